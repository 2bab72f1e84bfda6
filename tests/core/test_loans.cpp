// Loans: each rule against a figure worked out by hand or from its closed form.
#include "catalog.hpp"
#include "loans.hpp"

#include <doctest/doctest.h>

#include <cmath>

using namespace mlroi;

namespace {
// A scenario whose financing is easy to follow: no fee, nothing saved, full time, the private
// loan dearer than the federal one.
Scenario plain_financing() {
    Scenario s = builtin_catalog().defaults;
    s.financing.savings = 0;
    s.financing.federal_fee = 0;
    s.financing.federal_rate = 0.08;
    s.financing.private_rate = 0.10;
    s.program.enrollment_fraction = 1;
    return s;
}
// M = B i / (1 - (1 + i)^-n), with the C library's pow.
double closed_form_payment(double balance, double annual_rate, int months) {
    const double i = annual_rate / 12;
    return balance * i / (1 - std::pow(1 + i, -months));
}
} // namespace

TEST_CASE("standard amortization matches the closed form M = B i / (1 - (1 + i)^-n)") {
    // $10,000 at 6% over 12 months: i = 0.005, M = 50 / (1 - 1.005^-12) = 860.66 (tables).
    CHECK(amortized_payment(10'000, 0.06, 12) ==
          doctest::Approx(closed_form_payment(10'000, 0.06, 12)).epsilon(1e-13));
    CHECK(amortized_payment(10'000, 0.06, 12) == doctest::Approx(860.66).epsilon(1e-5));
    // $100,000 at 7.94% over 120 months: 120 level payments; the interest is 120 M - B.
    const double m = closed_form_payment(100'000, 0.0794, 120);
    const Repayment r = repay_fixed(100'000, 0.0794, 120);
    CHECK(r.payments.size() == 120);
    CHECK(r.payments[0] == doctest::Approx(m).epsilon(1e-13));
    CHECK(r.payments[119] == doctest::Approx(m).epsilon(1e-9)); // the last clears rounding only
    CHECK(r.total_interest == doctest::Approx(120 * m - 100'000).epsilon(1e-9));
    CHECK(r.total_paid == doctest::Approx(120 * m).epsilon(1e-12));
    CHECK(r.forgiven == 0);
    // At 0% the balance is repaid in equal parts: $12,000 over 120 months is $100 a month.
    CHECK(amortized_payment(12'000, 0, 120) == 100);
}

TEST_CASE("2026 standard plan: the term changes exactly at $25,000, $50,000 and $100,000") {
    CHECK(standard_term_years(24'999.99) == 10);
    CHECK(standard_term_years(25'000) == 15);
    CHECK(standard_term_years(49'999.99) == 15);
    CHECK(standard_term_years(50'000) == 20);
    CHECK(standard_term_years(99'999.99) == 20);
    CHECK(standard_term_years(100'000) == 25);
    // repay_standard uses that term: $30,000 at 6% is 180 payments of 150 / (1 - 1.005^-180).
    const Repayment r = repay_standard(30'000, 0.06);
    CHECK(r.payments.size() == 180);
    CHECK(r.payments[0] == doctest::Approx(closed_form_payment(30'000, 0.06, 180)).epsilon(1e-13));
    CHECK(repay_standard(120'000, 0.06).payments.size() == 300);
}

TEST_CASE("RAP payment: brackets, the $10 minimum and $50 per dependent") {
    // Under $10,000 of AGI: $120 a year, $10 a month.
    CHECK(rap_monthly_payment(9'999.99, 0) == doctest::Approx(10));
    CHECK(rap_monthly_payment(0, 0) == doctest::Approx(10));
    // $10,000 at 1% is $100 a year, $8.33 a month: the $10 minimum applies.
    CHECK(rap_monthly_payment(10'000, 0) == doctest::Approx(10));
    // $15,000 at 1% = $150 a year = $12.50 a month.
    CHECK(rap_monthly_payment(15'000, 0) == doctest::Approx(12.5));
    // $20,000 moves to 2%: $400 a year = $33.33 a month.
    CHECK(rap_monthly_payment(20'000, 0) == doctest::Approx(400.0 / 12));
    // $55,000 at 5% = $2,750 a year = $229.17 a month; two dependents take off $100.
    CHECK(rap_monthly_payment(55'000, 0) == doctest::Approx(2'750.0 / 12));
    CHECK(rap_monthly_payment(55'000, 2) == doctest::Approx(2'750.0 / 12 - 100));
    // $99,999 is still 9%; $100,000 and above pay 10%.
    CHECK(rap_monthly_payment(99'999, 0) == doctest::Approx(99'999 * 0.09 / 12));
    CHECK(rap_monthly_payment(100'000, 0) == doctest::Approx(10'000.0 / 12));
    CHECK(rap_monthly_payment(150'000, 0) == doctest::Approx(1'250));
    // $25,000 at 2% = $41.67 a month, less $50 for one dependent: below zero, so $10.
    CHECK(rap_monthly_payment(25'000, 1) == doctest::Approx(10));
}

TEST_CASE("RAP: a payment below the interest waives the rest, the match cuts $50, 360 forgive") {
    // $50,000 at 8%: $333.33 of interest a month. AGI $30,000 pays 3% = $75 a month: all of it
    // is interest, the other $258.33 is waived, and the match lowers the principal by $50.
    // Month k starts at 50,000 - 50 k; after 360 payments 50,000 - 18,000 = 32,000 is
    // forgiven.
    const Repayment r = repay_rap(50'000, 0.08, 0, [](int) { return 30'000.0; });
    REQUIRE(r.payments.size() == 360);
    CHECK(r.payments[0] == doctest::Approx(75));
    CHECK(r.total_paid == doctest::Approx(360 * 75.0));
    CHECK(r.total_interest == doctest::Approx(360 * 75.0)); // only what was paid was charged
    CHECK(r.matched == doctest::Approx(360 * 50.0));
    CHECK(r.forgiven == doctest::Approx(32'000));
    // What the reader paid plus the match plus what is forgiven is the balance plus the
    // interest charged: nothing is lost.
    CHECK(r.total_paid + r.matched + r.forgiven ==
          doctest::Approx(r.balance_at_start + r.total_interest));
}

TEST_CASE("RAP: the match tops a small principal cut up to $50 until the payment covers it") {
    // $10,000 at 6% (0.5% a month) with $75 payments (AGI $30,000). While the balance B is
    // above $5,000 the payment cuts principal by 75 - 0.005 B < 50 and the match adds the
    // rest: B falls by exactly $50 a month, so that phase lasts 100 months and the matches
    // sum to sum_k (0.005 (10,000 - 50 k) - 25) = sum_k (25 - 0.25 k), k < 100,
    // = 2,500 - 0.25 x 4,950 = 1,262.50.
    // Then $5,000 is repaid at $75 a month: after n payments 15,000 - 10,000 x 1.005^n is
    // left, positive up to n = 81, so the 82nd (last) payment is that times 1.005.
    const Repayment r = repay_rap(10'000, 0.06, 0, [](int) { return 30'000.0; });
    CHECK(r.matched == doctest::Approx(1'262.5).epsilon(1e-9));
    REQUIRE(r.payments.size() == 100 + 82);
    const double left = 15'000 - 10'000 * std::pow(1.005, 81);
    CHECK(r.payments.back() == doctest::Approx(left * 1.005).epsilon(1e-6));
    CHECK(r.total_paid == doctest::Approx(100 * 75 + 81 * 75 + left * 1.005).epsilon(1e-9));
    CHECK(r.forgiven == 0);
    CHECK(r.total_paid + r.matched == doctest::Approx(10'000 + r.total_interest).epsilon(1e-12));
    // A high earner pays it off early: $10,000 at 0% with AGI $120,000 (10% = $1,000 a month)
    // is repaid in exactly 10 payments, nothing matched or forgiven.
    const Repayment quick = repay_rap(10'000, 0, 0, [](int) { return 120'000.0; });
    CHECK(quick.payments.size() == 10);
    CHECK(quick.matched == 0);
    CHECK(quick.forgiven == 0);
}

TEST_CASE("RAP: the match is at most the payment (Public Law 119-21)") {
    // The law matches a principal cut below $50 by the lesser of $50 less the principal paid
    // and the payment itself (TISLA's and other summaries of section 455(q): "if your payment
    // is $10 and nothing goes to principal they will reduce your principal by $10"). With no
    // income the payment is $10: $50,000 at 8% falls by $10 a month, 3,600 in 360 months,
    // and 46,400 is forgiven.
    const Repayment r = repay_rap(50'000, 0.08, 0, [](int) { return 0.0; });
    CHECK(r.matched == doctest::Approx(360 * 10.0));
    CHECK(r.forgiven == doctest::Approx(46'400));
}

TEST_CASE("federal limit is prorated by enrollment, nothing under half time, rest private") {
    Scenario s = plain_financing();
    s.program.enrollment_fraction = 0.5;
    // Half time: $20,500 x 0.5 = $10,250 a year federal; the other $19,750 of a $30,000 need
    // is private.
    const Borrowing b = borrow({30'000, 30'000}, 0, s);
    CHECK(b.federal_principal == doctest::Approx(20'500));
    CHECK(b.private_principal == doctest::Approx(39'500));
    REQUIRE(b.federal.size() == 2);
    CHECK(b.federal[1].month == 12); // each year's loan arrives at the start of that year
    // Three-quarter time: 20,500 x 0.75 = 15,375.
    s.program.enrollment_fraction = 0.75;
    CHECK(borrow({30'000}, 0, s).federal_principal == doctest::Approx(15'375));
    // Below half time there are no Direct Loans at all.
    s.program.enrollment_fraction = 0.4;
    CHECK(borrow({30'000}, 0, s).federal_principal == 0);
    CHECK(borrow({30'000}, 0, s).private_principal == doctest::Approx(30'000));
}

TEST_CASE("loans arrive at the start of each study year, counted from the program's start") {
    // A program that starts in month 4 (after bridging): disbursements at months 4 and 16.
    const Borrowing b = borrow({10'000, 10'000}, 4, plain_financing());
    REQUIRE(b.federal.size() == 2);
    CHECK(b.federal[0].month == 4);
    CHECK(b.federal[1].month == 16);
    CHECK(b.received == std::vector<double>{10'000, 10'000});
}

TEST_CASE("federal aggregate limit of $100,000 caps the fifth full-time year") {
    // Five years at the $20,500 annual limit would be $102,500: the fifth year gets $18,000.
    const Borrowing b = borrow({30'000, 30'000, 30'000, 30'000, 30'000}, 0, plain_financing());
    CHECK(b.federal_principal == doctest::Approx(100'000));
    CHECK(b.federal.back().principal == doctest::Approx(18'000));
    CHECK(b.private_principal == doctest::Approx(150'000 - 100'000));
}

TEST_CASE("origination fee is grossed up: borrow need / (1 - fee)") {
    Scenario s = plain_financing();
    s.financing.federal_fee = 0.01057;
    // $10,000 needed: 10,000 / 0.98943 = $10,106.83 borrowed, $106.83 of it the fee.
    const Borrowing b = borrow({10'000}, 0, s);
    CHECK(b.federal_principal == doctest::Approx(10'000 / 0.98943).epsilon(1e-13));
    CHECK(b.fees == doctest::Approx(10'000 / 0.98943 - 10'000).epsilon(1e-9));
    CHECK(b.private_principal == 0);
    CHECK(b.received[0] == doctest::Approx(10'000));
    // Savings replace what the loan delivers: $4,000 saved cuts the loan by 4,000 / 0.98943.
    s.financing.savings = 4'000;
    const Borrowing saved = borrow({10'000}, 0, s);
    CHECK(saved.federal_principal == doctest::Approx(6'000 / 0.98943).epsilon(1e-12));
    CHECK(saved.received[0] == doctest::Approx(6'000));
    CHECK(saved.savings_used == doctest::Approx(4'000));
}

TEST_CASE("savings replace the private loan first when it is dearer, earliest year first") {
    // Need $30,000 a year for two years: federal 20,500 + private 9,500 each year. $12,000 of
    // savings go to the private loans (10% > 8%): year 1's 9,500 is gone, year 2's falls to
    // 7,000. Federal stays 41,000.
    Scenario s = plain_financing();
    s.financing.savings = 12'000;
    const Borrowing b = borrow({30'000, 30'000}, 0, s);
    CHECK(b.savings_used == doctest::Approx(12'000));
    CHECK(b.federal_principal == doctest::Approx(41'000));
    CHECK(b.private_principal == doctest::Approx(7'000));
    REQUIRE(b.private_loans.size() == 1);
    CHECK(b.private_loans[0].month == 12);
    CHECK(b.received == std::vector<double>{20'500, 20'500 + 7'000});
    // Equal rates: the private loan still goes first.
    s.financing.private_rate = 0.08;
    CHECK(borrow({30'000, 30'000}, 0, s).private_principal == doctest::Approx(7'000));
}

TEST_CASE("savings replace the private loan first even when it is cheaper, then federal") {
    // Same need, private at 6% < federal 8%: the federal loan keeps RAP and its protections,
    // so the $12,000 still goes to the private loans: year 1's 9,500 is gone, year 2's falls
    // to 7,000; federal stays 20,500 + 20,500.
    Scenario s = plain_financing();
    s.financing.private_rate = 0.06;
    s.financing.savings = 12'000;
    const Borrowing b = borrow({30'000, 30'000}, 0, s);
    CHECK(b.federal_principal == doctest::Approx(41'000));
    CHECK(b.private_principal == doctest::Approx(7'000));
    // $25,000 saved: both private loans (19,000) go, then 6,000 of year 1's federal need:
    // its principal falls by 6,000 / (1 - fee) (plain_financing has no fee: 6,000).
    s.financing.savings = 25'000;
    const Borrowing more = borrow({30'000, 30'000}, 0, s);
    CHECK(more.private_principal == 0);
    REQUIRE(more.federal.size() == 2);
    CHECK(more.federal[0].principal == doctest::Approx(20'500 - 6'000));
    // Savings beyond every loan are left unused: 100,000 saved, 60,000 needed.
    s.financing.savings = 100'000;
    const Borrowing all = borrow({30'000, 30'000}, 0, s);
    CHECK(all.savings_used == doctest::Approx(60'000));
    CHECK(all.federal.empty());
    CHECK(all.private_loans.empty());
}

TEST_CASE("simple interest accrues on each disbursement through school and grace") {
    // $20,000 at month 0 and at month 12, 6%, repayment at month 30 (24 months of study + 6):
    // 20,000 x 0.06 x 30/12 = 3,000 and 20,000 x 0.06 x 18/12 = 1,800: $4,800 in all.
    const std::vector<Disbursement> loans = {{0, 20'000}, {12, 20'000}};
    CHECK(accrued_interest(loans, 0.06, 30) == doctest::Approx(4'800));
}
