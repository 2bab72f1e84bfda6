// The cash-flow engine on scenarios small enough to work out by hand: no growth, no tax, no
// discounting unless a test says so (tests/core/scenarios.hpp, hand_scenario).
#include "analysis.hpp"
#include "cashflow.hpp"
#include "format.hpp"
#include "scenarios.hpp"

#include <doctest/doctest.h>

#include <cmath>

using namespace mlroi;

using mlroi::test::hand_scenario;

namespace {
const Catalog& catalog() {
    return builtin_catalog();
}
CashResults cash_of(const Scenario& s) {
    return analyze_cash(s, catalog());
}
Frame frame_of(const Scenario& s) {
    return make_frame(resolve(s, catalog()), catalog());
}
bool has_note(const CashResults& r, const std::string& text) {
    for (const std::string& n : r.notes)
        if (n.find(text) != std::string::npos) return true;
    return false;
}
double closed_form_payment(double balance, double annual_rate, int months) {
    const double i = annual_rate / 12;
    return balance * i / (1 - std::pow(1 + i, -months));
}
} // namespace

// [SECTION] The hand scenario
TEST_CASE("NPV and break-even of a flat one-year program paid from savings") {
    // Year 1: -$1,000 tuition and -$5,000 lost pay each month = -$72,000. Then +$1,000 a month
    // for nine years = +$108,000. NPV at 0% = $36,000. The running sum is -72,000 at month 11
    // and gets back to 0 after 72 more months: month 83.
    const CashResults r = cash_of(hand_scenario());
    CHECK(r.npv == doctest::Approx(36'000));
    CHECK(r.break_even_month == 83);
    CHECK(r.discounted_break_even_month == 83);
    CHECK(r.cost.direct == doctest::Approx(12'000));
    CHECK(r.cost.opportunity == doctest::Approx(60'000));
    CHECK(r.cost.interest == 0);
    CHECK(r.cost.total == doctest::Approx(72'000));
    CHECK(r.loan.federal_principal == 0);
    CHECK_FALSE(r.loan.payoff_month.has_value());
    // IRR: -6,000 a month for 12 months then +1,000 for 108 has one sign change: a root.
    CHECK(r.irr.has_value());
    // Timeline: after year 1 the with-path has -$12,000, the without-path +$60,000.
    REQUIRE(r.timeline.size() == 11);
    CHECK(r.timeline[1].with == doctest::Approx(-12'000));
    CHECK(r.timeline[1].without == doctest::Approx(60'000));
    CHECK(r.timeline[10].with - r.timeline[10].without == doctest::Approx(36'000));
    // Pay after the degree against pay without it in the first month of the job: 72/60 - 1.
    CHECK(r.premium.implied == doctest::Approx(0.2));
    CHECK(r.premium.published_causal == 0.14);
    CHECK(r.premium.published_raw == 0.234);
}

TEST_CASE("a flat tax override scales every after-tax flow") {
    // 25% on all income: study year -1,000 - 5,000 x 0.75 = -4,750 a month, -57,000; then
    // (6,000 - 5,000) x 0.75 = +750 a month for 108 months, +81,000. NPV $24,000. The
    // running sum -57,000 at month 11 needs 57,000 / 750 = 76 months: break-even month 87.
    Scenario s = hand_scenario();
    s.you.tax_rate = 0.25;
    s.you.state_tax_rate = 0.05; // ignored: the flat rate is all the tax there is
    const CashResults r = cash_of(s);
    CHECK(r.npv == doctest::Approx(24'000));
    CHECK(r.break_even_month == 87);
    CHECK(r.cost.opportunity == doctest::Approx(45'000));
}

TEST_CASE("a loan-financed program counts the repayments, not the tuition twice") {
    // Same program, borrowed federally at 0% with no fee: $12,000 at month 0, repaid from
    // month 18 (12 of study + 6 of grace) at $100 a month for 120 months (under $25,000: a
    // 10-year standard plan). Within ten years that is months 18..119: 102 payments,
    // $10,200. NPV = -60,000 + 108,000 - 10,200.
    Scenario s = hand_scenario();
    s.financing.savings = 0;
    const CashResults r = cash_of(s);
    CHECK(r.loan.federal_principal == doctest::Approx(12'000));
    CHECK(r.loan.private_principal == 0);
    CHECK(r.loan.monthly_payment == doctest::Approx(100));
    CHECK(r.loan.repayment_start_month == 18);
    CHECK(r.loan.payoff_month == 18 + 119);
    CHECK(r.npv == doctest::Approx(37'800));
    CHECK(r.cost.direct == doctest::Approx(12'000));
    CHECK(r.notes.size() == 1);
    CHECK(has_note(r, "past the horizon"));
}

TEST_CASE("discounting: the nominal rate is (1 + real)(1 + inflation) - 1") {
    Scenario s = hand_scenario();
    s.assumptions.real_discount_rate = 0.03;
    s.assumptions.inflation = 0.025;
    const Frame f = frame_of(s);
    CHECK(f.nominal_discount_rate == doctest::Approx(0.05575));
    // Month 12 is discounted by exactly one year: 1 / 1.05575.
    CHECK(f.discount[12] == doctest::Approx(1 / 1.05575).epsilon(1e-13));
}

TEST_CASE("opportunity cost: full time gives up the salary, part time keeps it") {
    // $60,000, no tax, two years: full time gives up 24 x $5,000 = $120,000; part time with
    // work_share 1 gives up nothing; half the pay kept gives up $60,000. Three months of job
    // search at the study-time income add 3 x $5,000 for the full-time student.
    Scenario s = hand_scenario();
    s.program.years = 2;
    s.program.work_share = 0;
    CHECK(cash_of(s).cost.opportunity == doctest::Approx(120'000));
    s.program.work_share = 1;
    s.program.pace = Pace::PartTime;
    CHECK(cash_of(s).cost.opportunity == doctest::Approx(0));
    s.program.work_share = 0.5;
    CHECK(cash_of(s).cost.opportunity == doctest::Approx(60'000));
    s.program.work_share = 0;
    s.outcome.months_to_job = 3;
    CHECK(cash_of(s).cost.opportunity == doctest::Approx(135'000));
    // Tax lowers what is given up: 25% tax leaves 75% of $135,000.
    s.you.tax_rate = 0.25;
    CHECK(cash_of(s).cost.opportunity == doctest::Approx(101'250));
}

TEST_CASE("opportunity cost after real taxes: the after-tax pay of the year given up") {
    // $80,477 with real taxes and no state tax keeps 80,477 - 15,031.4305 = 65,445.5695 a
    // year (tax worked out in test_tax.cpp); one full-time year without pay gives that up.
    Scenario s = hand_scenario();
    s.you.current_salary = 80'477;
    s.you.tax_rate.reset();
    s.you.state_tax_rate = 0;
    s.outcome.salary = 99'268;
    CHECK(cash_of(s).cost.opportunity == doctest::Approx(65'445.5695).epsilon(1e-12));
}

TEST_CASE("placement and completion enter as expected values") {
    // Placement 50%: after the study the expected salary is halfway, $66,000, so the gain is
    // $500 a month for 108 months = $54,000 against the $72,000 cost: NPV -$18,000.
    Scenario s = hand_scenario();
    s.outcome.placement_probability = 0.5;
    CHECK(cash_of(s).npv == doctest::Approx(-18'000));
    // Completion 50%: a leaver leaves after one of eight equally likely months, CGS's curve
    // stretched to 12 months (see the next test): 1, 1, 2, 3, 4, 5, 8, 11, 35/8 = 4.375 on
    // average, having paid $6,000 a month (tuition and pay) and gained nothing:
    // 0.5 x 36,000 + 0.5 x (-6,000 x 4.375) = 18,000 - 13,125 = $4,875.
    s.outcome.placement_probability = 1;
    s.outcome.completion_probability = 0.5;
    CHECK(cash_of(s).npv == doctest::Approx(4'875));
}

TEST_CASE("leavers follow CGS's attrition curve: 10% by month 6, 17% by 12, 23% by 24") {
    // Shares of all leavers gone by 6, 12, 24 months: 10/23, 17/23, 1, linear in between.
    // Eight equally likely leavers sit at the quantile midpoints q = 1/16, 3/16, ..., 15/16:
    //   q <= 10/23: month 6 q / (10/23) = 13.8 q: 0.8625, 2.5875, 4.3125 -> 1, 3, 4
    //   q <= 17/23: 6 + 6 (23 q - 10) / 7: 7/16 -> 6.054, 9/16 -> 8.518, 11/16 -> 10.982
    //               -> 6, 9, 11
    //   else: 12 + 12 (23 q - 17) / 6: 13/16 -> 15.375, 15/16 -> 21.125 -> 15, 21
    Scenario s = hand_scenario();
    s.program.years = 2;
    CHECK(frame_of(s).leave_months == std::vector<int>{1, 3, 4, 6, 9, 11, 15, 21});
    // A one-year program halves them (0.43 -> 0 is raised to the first month):
    // 0.43, 1.29, 2.16, 3.03, 4.26, 5.49, 7.69, 10.56 -> 1, 1, 2, 3, 4, 5, 8, 11.
    s.program.years = 1;
    CHECK(frame_of(s).leave_months == std::vector<int>{1, 1, 2, 3, 4, 5, 8, 11});
}

TEST_CASE("costs: relocation once, monthly extras, aid netted from tuition") {
    // 12 x (1,000 tuition - 500 grants + 400 housing + 100 care + 50 travel) + 3,000 moving.
    Scenario s = hand_scenario();
    s.program.grants_per_year = 6'000;
    s.program.extra_housing_per_month = 400;
    s.program.caregiver_per_month = 100;
    s.program.travel_per_year = 600;
    s.program.relocation_cost = 3'000;
    CHECK(cash_of(s).cost.direct == doctest::Approx(12 * 1'050 + 3'000));
    // Aid beyond the tuition is not income: net tuition stops at $0, with a note.
    s.program.employer_aid_per_year = 20'000;
    const CashResults r = cash_of(s);
    CHECK(r.cost.direct == doctest::Approx(12 * 550 + 3'000));
    CHECK(has_note(r, "net tuition counted as $0"));
}

// [SECTION] Living costs, bridging, declined offers, extra raises
TEST_CASE("living costs cancel in the NPV when nothing is borrowed") {
    // Thirty years: -72,000 in the study year, then +1,000 a month for 348 months: $276,000.
    // Living costs are paid on both paths, so $1,500 a month changes the NPV not at all, but
    // each path's yearly cash falls by 18,000.
    Scenario s = hand_scenario();
    s.you.horizon_years = 30;
    const CashResults base = cash_of(s);
    CHECK(base.npv == doctest::Approx(276'000));
    s.you.living_per_month = 1'500;
    const CashResults living = cash_of(s);
    CHECK(living.npv == doctest::Approx(276'000));
    CHECK(living.break_even_month == base.break_even_month);
    CHECK(living.timeline[1].with == doctest::Approx(-12'000 - 18'000));
    CHECK(living.timeline[1].without == doctest::Approx(60'000 - 18'000));
    CHECK(living.loan.federal_principal == 0);
}

TEST_CASE("living costs borrowed for raise the interest, and the NPV falls by just that") {
    // Federal loan at 6%, no fee, nothing saved, thirty years, no discounting. Without living
    // costs the need is $12,000 at month 0; interest to month 18 is 12,000 x 0.06 x 1.5 =
    // 1,080, so 13,080 is repaid over 10 years (under $25,000) at M = closed form: interest
    // I = 1,080 + 120 M - 13,080. Every payment falls inside the horizon, so the NPV is the
    // savings-paid one less the interest: 276,000 - I.
    Scenario s = hand_scenario();
    s.you.horizon_years = 30;
    s.financing.savings = 0;
    s.financing.federal_rate = 0.06;
    s.financing.private_rate = 0.06;
    const double interest = 1'080 + 120 * closed_form_payment(13'080, 0.06, 120) - 13'080;
    const CashResults base = cash_of(s);
    CHECK(base.loan.federal_principal == doctest::Approx(12'000));
    CHECK(base.loan.total_interest == doctest::Approx(interest).epsilon(1e-9));
    CHECK(base.cost.interest == doctest::Approx(interest).epsilon(1e-9));
    CHECK(base.npv == doctest::Approx(276'000 - interest).epsilon(1e-9));
    // $500 a month of living costs with no pay while studying: the need is 12 x 1,500 =
    // 18,000, still one 10-year federal loan, so every figure scales by 1.5: the living costs
    // cancel, their interest does not.
    s.you.living_per_month = 500;
    const CashResults living = cash_of(s);
    CHECK(living.loan.federal_principal == doctest::Approx(18'000));
    CHECK(living.loan.total_interest == doctest::Approx(1.5 * interest).epsilon(1e-9));
    CHECK(living.npv == doctest::Approx(276'000 - 1.5 * interest).epsilon(1e-9));
    CHECK(has_note(living, "The loans also cover living costs"));
    // Pay while studying covers living costs first: with work_share 0.1 ($500 a month) the
    // need is back to $12,000 and so is the interest.
    s.program.work_share = 0.1;
    s.program.pace = Pace::PartTime;
    CHECK(cash_of(s).loan.federal_principal == doctest::Approx(12'000));
    CHECK(cash_of(s).loan.total_interest == doctest::Approx(interest).epsilon(1e-9));
}

TEST_CASE("bridging a missing prerequisite delays the start and costs its courses") {
    // Missing programming: 3 months and $500 (presets), taken alongside the job. Month 0 pays
    // the $500; months 3..14 are the study year (-6,000 a month); the job starts in month 15:
    // 105 months of +1,000. NPV = -500 - 72,000 + 105,000 = $32,500. The running sum is
    // -72,500 after month 14 and back above zero 73 months later: month 87.
    Scenario s = hand_scenario();
    s.you.has = {"linear_algebra", "probability_statistics", "calculus"};
    const Frame f = frame_of(s);
    CHECK(f.start == 3);
    CHECK(f.graduation == 15);
    CHECK(f.bridging_cost == 500);
    const CashResults r = cash_of(s);
    CHECK(r.npv == doctest::Approx(32'500));
    CHECK(r.break_even_month == 87);
    CHECK(r.cost.direct == doctest::Approx(12'500));
    CHECK(r.cost.opportunity == doctest::Approx(60'000));
    CHECK(has_note(r, "the program starts in month 3 and the courses cost $500"));
    // Borrowed, the loan arrives when the program starts: repayment in month 3 + 12 + 6 = 21.
    s.financing.savings = 0;
    CHECK(cash_of(s).loan.repayment_start_month == 21);
}

TEST_CASE("an offer that pays less than the old job is declined") {
    // $50,000 offered against $60,000 now: the reader goes back to the old pay, so the NPV
    // is only the study year's -72,000, not -72,000 - 108 x 1,000 = -180,000.
    Scenario s = hand_scenario();
    s.outcome.salary = 50'000;
    CHECK(cash_of(s).npv == doctest::Approx(-72'000));
    // An equal offer is taken (nothing lost either way): NPV -72,000 as well.
    s.outcome.salary = 60'000;
    CHECK(cash_of(s).npv == doctest::Approx(-72'000));
}

TEST_CASE("the extra raise applies for its years after graduating, then equal raises") {
    // 1.2% more a year for two years from graduation (month 12), no other growth: the pay is
    // 6,000 until month 12, 6,000 x 1.012 at month 24, 6,000 x 1.012^2 from month 36 on.
    Scenario s = hand_scenario();
    s.outcome.extra_raise = 0.012;
    s.outcome.extra_raise_years = 2;
    const Frame f = frame_of(s);
    CHECK(f.target_monthly[11] == doctest::Approx(6'000));
    CHECK(f.target_monthly[12] == doctest::Approx(6'000));
    CHECK(f.target_monthly[24] == doctest::Approx(6'000 * 1.012).epsilon(1e-13));
    CHECK(f.target_monthly[36] == doctest::Approx(6'000 * 1.012 * 1.012).epsilon(1e-13));
    CHECK(f.target_monthly[119] == doctest::Approx(6'000 * 1.012 * 1.012).epsilon(1e-13));
    // NPV: -72,000 + sum over months 12..35 of (6,000 q^k - 5,000), q = 1.012^(1/12), plus
    // 84 months of 6,000 x 1.012^2 - 5,000. The first sum is 6,000 (q^24 - 1) / (q - 1) -
    // 24 x 5,000.
    const double q = std::pow(1.012, 1.0 / 12);
    const double npv = -72'000 + 6'000 * (std::pow(q, 24) - 1) / (q - 1) - 24 * 5'000 +
                       84 * (6'000 * 1.012 * 1.012 - 5'000);
    CHECK(cash_of(s).npv == doctest::Approx(npv).epsilon(1e-11));
}

TEST_CASE("the premium the inputs imply, at the first month of the new job") {
    // Defaults: 80,477 x 1.14 against the STEM yardstick $80,477, both growing 3% a year; the
    // new job starts in month 27 (24 of study + 3 of search), three months into the extra
    // half-point raise: 1.14 x 1.005^(3/12) - 1 = 14.1%.
    const CashResults r = cash_of(catalog().defaults);
    CHECK(r.premium.implied == doctest::Approx(1.14 * std::pow(1.005, 0.25) - 1).epsilon(1e-12));
    // Within 5 points of the raw 23.4% gap: no note.
    CHECK_FALSE(has_note(r, "credits the degree with a career change"));
    // A reader on $60,000 gets the floor, 91,743.78: 53% is far beyond the published 14% to
    // 23%.
    Scenario low = catalog().defaults;
    low.you.current_salary = 60'000;
    CHECK(has_note(cash_of(low), "credits the degree with a career change"));
}

// [SECTION] Loan risk
TEST_CASE("loan risk: the first twelve payments against that year's gross pay") {
    // Hand scenario borrowed at 0%: $100 a month from month 18. With a 12-month job search
    // the job starts in month 24, so months 18..29 earn 0 x 6 + 6,000 x 6 = 36,000 (placed)
    // or 5,000 x 6 = 30,000 (not placed): payments 1,200 are 1/30 and 1/25 of that; debt
    // 12,000 is a third and 0.4 of it. A typical leaver (the median of the eight leaving
    // months, month 4) borrowed 4 x 1,000 = 4,000, repays 4,000 / 120 a month from month 10,
    // 400 in a year of 12 x 5,000 = 60,000 back at the old job.
    Scenario s = hand_scenario();
    s.financing.savings = 0;
    s.outcome.months_to_job = 12;
    const CashResults r = cash_of(s);
    REQUIRE(r.loan_risk_by_outcome.size() == 3);
    const LoanRisk& placed = r.loan_risk_by_outcome[0];
    const LoanRisk& not_placed = r.loan_risk_by_outcome[1];
    const LoanRisk& left = r.loan_risk_by_outcome[2];
    CHECK(placed.outcome == "placed");
    CHECK(*placed.payment_to_income == doctest::Approx(1'200.0 / 36'000));
    CHECK(*placed.debt_to_salary == doctest::Approx(12'000.0 / 36'000));
    CHECK(placed.level == RiskLevel::Low);
    CHECK(r.loan_risk.payment_to_income == placed.payment_to_income);
    CHECK(not_placed.outcome == "not_placed");
    CHECK(*not_placed.payment_to_income == doctest::Approx(1'200.0 / 30'000));
    CHECK(*not_placed.debt_to_salary == doctest::Approx(0.4));
    CHECK(left.outcome == "left");
    CHECK(left.balance_at_repayment == doctest::Approx(4'000));
    CHECK(left.monthly_payment == doctest::Approx(4'000.0 / 120));
    CHECK(*left.payment_to_income == doctest::Approx(400.0 / 60'000));
}

TEST_CASE("loan risk with no pay in the first year of repayment: null shares, very high") {
    // A 36-month search after a one-year program: the job starts in month 48, repayment in
    // month 18, and with work_share 0 and no stipend months 18..29 earn nothing. The shares
    // are undefined (not 1,200 / $1), the level very high, and a note says so.
    Scenario s = hand_scenario();
    s.financing.savings = 0;
    s.outcome.months_to_job = 36;
    const CashResults r = cash_of(s);
    for (int k : {0, 1}) {
        const LoanRisk& risk = r.loan_risk_by_outcome[k];
        CAPTURE(risk.outcome);
        CHECK(risk.balance_at_repayment == doctest::Approx(12'000));
        CHECK_FALSE(risk.payment_to_income.has_value());
        CHECK_FALSE(risk.debt_to_salary.has_value());
        CHECK(risk.level == RiskLevel::VeryHigh);
    }
    CHECK(json(r.loan_risk)["payment_to_income"].is_null());
    // The leaver is back at work: a share as before.
    CHECK(r.loan_risk_by_outcome[2].payment_to_income.has_value());
    CHECK(has_note(r, "If you land the role, payments start in a year with no pay"));
    CHECK(has_note(r, "If you are not placed, payments start in a year with no pay"));
    // No loan, no risk, even with no pay.
    s.financing.savings = 1'000'000;
    const CashResults saved = cash_of(s);
    CHECK(saved.loan_risk.level == RiskLevel::Low);
    CHECK_FALSE(saved.loan_risk.payment_to_income.has_value());
}

TEST_CASE(
    "the defaults' loans by hand: costs and living costs, federal to its limit, then private") {
    // Study year y, with no pay at all, needs 12 x (27,776 / 12 tuition + 1,000 housing) plus
    // the living costs 2,355 g^t of its months, g = 1.025^(1/12) (they follow inflation):
    //   need_y = 39,776 + 2,355 g^(12 y) (g^12 - 1) / (g - 1)     (about 68,358 and 69,073)
    // need_y / (1 - 1.057%) is over $20,500, so the federal loan is 20,500 a year and the
    // private one need_y - 20,500 x 0.98943. Interest to month 30 (24 of study + 6): federal
    // 20,500 x 7.94% x (30 + 18) / 12 = 6,510.80, so 47,510.80: a 15-year standard loan; the
    // private one at 10% over 30 and 18 months, repaid over its 10 years.
    const double g = std::pow(1.025, 1.0 / 12);
    std::vector<double> priv;
    for (int y = 0; y < 2; ++y)
        priv.push_back(39'776 + 2'355 * std::pow(g, 12 * y) * (std::pow(g, 12) - 1) / (g - 1) -
                       20'500 * (1 - 0.01057));
    const double federal_balance = 41'000 + 6'510.8;
    const double private_balance = priv[0] * (1 + 0.1 * 2.5) + priv[1] * (1 + 0.1 * 1.5);
    const double monthly = closed_form_payment(federal_balance, 0.0794, 180) +
                           closed_form_payment(private_balance, 0.10, 120);
    // The first year of repayment, months 30..41, at 80,477 x 1.14 / 12 q^t e^(t - 24):
    // raises of 3% (q = 1.03^(1/12)) and the extra half point (e = 1.005^(1/12)) since
    // graduating.
    double income = 0;
    for (int t = 30; t < 42; ++t)
        income += 80'477 * 1.14 / 12 * std::pow(1.03, t / 12.0) * std::pow(1.005, (t - 24) / 12.0);
    const CashResults r = cash_of(catalog().defaults);
    CHECK(r.loan.federal_principal == doctest::Approx(41'000));
    CHECK(r.loan.private_principal == doctest::Approx(priv[0] + priv[1]).epsilon(1e-12));
    CHECK(r.loan.repayment_start_month == 30);
    CHECK(r.loan.balance_at_repayment ==
          doctest::Approx(federal_balance + private_balance).epsilon(1e-12));
    CHECK(r.loan.monthly_payment == doctest::Approx(monthly).epsilon(1e-12));
    // Fees are part of the interest cost: 1.057% of 41,000 = 433.37.
    CHECK(r.cost.interest - r.loan.total_interest == doctest::Approx(41'000 * 0.01057));
    // 12 x (452.39 + 1,535.62) / 100,612 = 23.7% (over 12%) and 163,713 / 100,612 = 1.63
    // (over 1.5, not over 2): high risk.
    CHECK(*r.loan_risk.payment_to_income == doctest::Approx(12 * monthly / income).epsilon(1e-12));
    CHECK(*r.loan_risk.debt_to_salary ==
          doctest::Approx((federal_balance + private_balance) / income).epsilon(1e-12));
    CHECK(r.loan_risk.level == RiskLevel::High);
    CHECK(has_note(r, "Federal limits reached"));
}

TEST_CASE("loan risk levels follow Gainful Employment and Kantrowitz thresholds") {
    CHECK(risk_level(0.079, 0.5) == RiskLevel::Low);
    CHECK(risk_level(0.08, 0.5) == RiskLevel::Moderate);
    CHECK(risk_level(0.12, 1.0) == RiskLevel::Moderate);
    CHECK(risk_level(0.121, 1.0) == RiskLevel::High);
    CHECK(risk_level(0.05, 1.6) == RiskLevel::High);
    CHECK(risk_level(0.05, 2.01) == RiskLevel::VeryHigh);
}

TEST_CASE("money and percentages read as a person writes them") {
    CHECK(format_money(27'776) == "$27,776");
    CHECK(format_money(1'234'567.6) == "$1,234,568");
    CHECK(format_money(-1'200) == "-$1,200");
    CHECK(format_money(999) == "$999");
    CHECK(format_money(-0.2) == "$0");
    CHECK(format_percent(0.0794, 2) == "7.94%");
}
