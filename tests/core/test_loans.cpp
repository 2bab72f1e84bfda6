// Loans: each rule against a figure worked out by hand or from its closed form.
#include "catalog.hpp"
#include "loans.hpp"

#include <doctest/doctest.h>

using namespace mlroi;

namespace {
// A scenario whose financing is easy to follow: no fee, nothing saved, full time.
Scenario plain_financing() {
    Scenario s = builtin_catalog().defaults;
    s.financing.savings = 0;
    s.financing.federal_fee = 0;
    s.program.enrollment_fraction = 1;
    return s;
}
} // namespace

TEST_CASE("standard amortization matches the closed form M = B i / (1 - (1 + i)^-n)") {
    // $10,000 at 6% over 12 months: i = 0.005, M = 50 / (1 - 1.005^-12) = 860.6643 (tables:
    // 860.66).
    CHECK(amortized_payment(10'000, 0.06, 12) == doctest::Approx(860.6642970708245).epsilon(1e-12));
    // $100,000 at 7.94% over 120 months: M = 1,210.1079; total interest 120 M - B = 45,212.94.
    const Repayment r = repay_fixed(100'000, 0.0794, 120);
    CHECK(r.payments.size() == 120);
    CHECK(r.payments[0] == doctest::Approx(1210.1078614487974).epsilon(1e-12));
    CHECK(r.total_interest == doctest::Approx(45'212.9433738557).epsilon(1e-9));
    CHECK(r.total_paid == doctest::Approx(145'212.9433738557).epsilon(1e-9));
    CHECK(r.forgiven == 0);
    // At 0% the balance is repaid in equal parts: $12,000 over 120 months is $100 a month.
    CHECK(amortized_payment(12'000, 0, 120) == 100);
}

TEST_CASE("tiered standard term changes exactly at $25,000, $50,000 and $100,000") {
    CHECK(tiered_term_years(24'999.99) == 10);
    CHECK(tiered_term_years(25'000) == 15);
    CHECK(tiered_term_years(49'999.99) == 15);
    CHECK(tiered_term_years(50'000) == 20);
    CHECK(tiered_term_years(99'999.99) == 20);
    CHECK(tiered_term_years(100'000) == 25);
}

TEST_CASE("RAP payment: brackets, the $10 minimum and $50 per dependent") {
    // Under $10,000 of AGI: $120 a year, $10 a month.
    CHECK(rap_monthly_payment(9'999.99, 0) == doctest::Approx(10));
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

TEST_CASE("RAP waives the interest a payment does not cover and forgives after 360 payments") {
    // $50,000 at 8%: $333.33 of interest a month. AGI $30,000 pays 3% = $75 a month, so the
    // balance never moves, $258.33 a month is waived, and all $50,000 is forgiven.
    const Repayment r = repay_rap(50'000, 0.08, 0, [](int) { return 30'000.0; });
    CHECK(r.payments.size() == 360);
    CHECK(r.total_paid == doctest::Approx(360 * 75.0));
    CHECK(r.total_interest == doctest::Approx(360 * 75.0)); // only what was paid was charged
    CHECK(r.forgiven == doctest::Approx(50'000));
    // A high earner pays it off early: $10,000 at 0% with AGI $120,000 (10% = $1,000 a month)
    // is repaid in exactly 10 payments, nothing forgiven.
    const Repayment quick = repay_rap(10'000, 0, 0, [](int) { return 120'000.0; });
    CHECK(quick.payments.size() == 10);
    CHECK(quick.forgiven == 0);
}

TEST_CASE("federal limit is prorated by enrollment and the rest is a private loan") {
    Scenario s = plain_financing();
    s.program.enrollment_fraction = 0.5;
    // Half time: $20,500 x 0.5 = $10,250 a year federal; the other $19,750 of a $30,000 need
    // is private.
    const Borrowing b = borrow({30'000, 30'000}, s);
    CHECK(b.federal_principal == doctest::Approx(20'500));
    CHECK(b.private_principal == doctest::Approx(39'500));
    REQUIRE(b.federal.size() == 2);
    CHECK(b.federal[1].month == 12); // each year's loan arrives at the start of that year
    // Below half time there are no Direct Loans at all.
    s.program.enrollment_fraction = 0.4;
    CHECK(borrow({30'000}, s).federal_principal == 0);
    CHECK(borrow({30'000}, s).private_principal == doctest::Approx(30'000));
}

TEST_CASE("federal aggregate limit of $100,000 caps the fifth full-time year") {
    // Five years at the $20,500 annual limit would be $102,500: the fifth year gets $18,000.
    const Borrowing b = borrow({30'000, 30'000, 30'000, 30'000, 30'000}, plain_financing());
    CHECK(b.federal_principal == doctest::Approx(100'000));
    CHECK(b.federal.back().principal == doctest::Approx(18'000));
    CHECK(b.private_principal == doctest::Approx(150'000 - 100'000));
}

TEST_CASE("origination fee is grossed up: borrow need / (1 - fee)") {
    Scenario s = plain_financing();
    s.financing.federal_fee = 0.01057;
    // $10,000 needed: 10,000 / 0.98943 = $10,106.83 borrowed, $106.83 of it the fee.
    const Borrowing b = borrow({10'000}, s);
    CHECK(b.federal_principal == doctest::Approx(10'106.829184479953));
    CHECK(b.fees == doctest::Approx(106.829184479953));
    CHECK(b.private_principal == 0);
}

TEST_CASE("savings pay first, loans only the rest") {
    Scenario s = plain_financing();
    s.financing.savings = 25'000;
    // Year 1 ($20,000) is all savings; year 2 gets the last $5,000 and borrows $15,000.
    const Borrowing b = borrow({20'000, 20'000}, s);
    CHECK(b.savings_share[0] == 1.0);
    CHECK(b.savings_share[1] == doctest::Approx(0.25));
    CHECK(b.federal_principal == doctest::Approx(15'000));
}

TEST_CASE("simple interest accrues on each disbursement through school and grace") {
    // $20,000 at month 0 and at month 12, 6%, repayment at month 30 (24 months of study + 6):
    // 20,000 x 0.06 x 30/12 = 3,000 and 20,000 x 0.06 x 18/12 = 1,800: $4,800 in all.
    const std::vector<Disbursement> loans = {{0, 20'000}, {12, 20'000}};
    CHECK(accrued_interest(loans, 0.06, 30) == doctest::Approx(4'800));
}
