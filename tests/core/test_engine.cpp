// The cash-flow engine on scenarios small enough to work out by hand: no growth, no tax, no
// discounting unless a test says so.
#include "analysis.hpp"
#include "cashflow.hpp"
#include "format.hpp"
#include "scenarios.hpp"

#include <doctest/doctest.h>

using namespace mlroi;

using mlroi::test::hand_scenario;

TEST_CASE("NPV and break-even of a flat one-year program paid from savings") {
    // Year 1: -$1,000 tuition and -$5,000 lost pay each month = -$72,000. Then +$1,000 a month
    // for nine years = +$108,000. NPV at 0% = $36,000. The running sum is -72,000 at month 11
    // and gets back to 0 after 72 more months: month 83.
    const CashResults r = analyze_cash(hand_scenario());
    CHECK(r.npv == doctest::Approx(36'000));
    CHECK(r.break_even_month == 83);
    CHECK(r.discounted_break_even_month == 83);
    CHECK(r.cost.direct == doctest::Approx(12'000));
    CHECK(r.cost.opportunity == doctest::Approx(60'000));
    CHECK(r.cost.interest == 0);
    CHECK(r.cost.total == doctest::Approx(72'000));
    CHECK(r.loan.federal_principal == 0);
    CHECK_FALSE(r.loan.payoff_month.has_value());
    // Timeline: after year 1 the with-path has -$12,000, the without-path +$60,000.
    REQUIRE(r.timeline.size() == 11);
    CHECK(r.timeline[1].with == doctest::Approx(-12'000));
    CHECK(r.timeline[1].without == doctest::Approx(60'000));
    CHECK(r.timeline[10].with - r.timeline[10].without == doctest::Approx(36'000));
}

TEST_CASE("a loan-financed program counts the repayments, not the tuition twice") {
    // Same program, borrowed federally at 0% with no fee: $12,000 at month 0, repaid from
    // month 18 (12 of study + 6 of grace) at $100 a month for 120 months. Within ten years
    // that is months 18..119: 102 payments, $10,200. NPV = -60,000 + 108,000 - 10,200.
    Scenario s = hand_scenario();
    s.financing.savings = 0;
    s.financing.federal_rate = 0;
    s.financing.federal_fee = 0;
    const CashResults r = analyze_cash(s);
    CHECK(r.loan.federal_principal == doctest::Approx(12'000));
    CHECK(r.loan.monthly_payment == doctest::Approx(100));
    CHECK(r.loan.repayment_start_month == 18);
    CHECK(r.loan.payoff_month == 18 + 119);
    CHECK(r.npv == doctest::Approx(37'800));
    CHECK(r.cost.direct == doctest::Approx(12'000));
    CHECK(r.notes.size() == 1); // payments run past the ten-year horizon
    // Risk: $1,200 a year against $72,000 is 1.67% of income; debt 0.17 of salary: low.
    CHECK(r.loan_risk.payment_to_income == doctest::Approx(1'200.0 / 72'000));
    CHECK(r.loan_risk.debt_to_salary == doctest::Approx(12'000.0 / 72'000));
    CHECK(r.loan_risk.level == RiskLevel::Low);
}

TEST_CASE("discounting: the nominal rate is (1 + real)(1 + inflation) - 1") {
    Scenario s = hand_scenario();
    s.assumptions.real_discount_rate = 0.03;
    s.assumptions.inflation = 0.025;
    const Frame f = make_frame(s);
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
    CHECK(analyze_cash(s).cost.opportunity == doctest::Approx(120'000));
    s.program.work_share = 1;
    s.program.pace = Pace::PartTime;
    CHECK(analyze_cash(s).cost.opportunity == doctest::Approx(0));
    s.program.work_share = 0.5;
    CHECK(analyze_cash(s).cost.opportunity == doctest::Approx(60'000));
    s.program.work_share = 0;
    s.outcome.months_to_job = 3;
    CHECK(analyze_cash(s).cost.opportunity == doctest::Approx(135'000));
    // Tax lowers what is given up: 25% tax leaves 75% of $135,000.
    s.you.tax_rate = 0.25;
    CHECK(analyze_cash(s).cost.opportunity == doctest::Approx(101'250));
}

TEST_CASE("placement and completion enter as expected values") {
    // Placement 50%: after the study the expected salary is halfway, $66,000, so the gain is
    // $500 a month for 108 months = $54,000 against the $72,000 cost: NPV -$18,000.
    Scenario s = hand_scenario();
    s.outcome.placement_probability = 0.5;
    CHECK(analyze_cash(s).npv == doctest::Approx(-18'000));
    // Completion 50%: a non-completer leaves after month 6 having paid 6 x $6,000 = $36,000 and
    // gains nothing. 0.5 x 36,000 (completer) + 0.5 x -36,000 = $0.
    s.outcome.placement_probability = 1;
    s.outcome.completion_probability = 0.5;
    CHECK(analyze_cash(s).npv == doctest::Approx(0).epsilon(1e-9));
}

TEST_CASE("costs: relocation once, monthly extras, aid netted from tuition") {
    // 12 x (1,000 tuition - 500 grants + 400 housing + 100 care + 50 travel) + 3,000 moving.
    Scenario s = hand_scenario();
    s.program.grants_per_year = 6'000;
    s.program.extra_housing_per_month = 400;
    s.program.caregiver_per_month = 100;
    s.program.travel_per_year = 600;
    s.program.relocation_cost = 3'000;
    CHECK(analyze_cash(s).cost.direct == doctest::Approx(12 * 1'050 + 3'000));
    // Aid beyond the tuition is not income: net tuition stops at $0, with a note.
    s.program.employer_aid_per_year = 20'000;
    const CashResults r = analyze_cash(s);
    CHECK(r.cost.direct == doctest::Approx(12 * 550 + 3'000));
    CHECK(r.notes.front().find("net tuition counted as $0") != std::string::npos);
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
