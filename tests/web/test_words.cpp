// What the panels write, checked against values worked out by hand: the verdict's lines, the
// loan-risk sentences, field formats and sources, the repayment plans in words, and "How we
// calculate" built from the catalog, the core's constants and this analysis.
#include "harness.hpp"

#include "field_info.hpp"
#include "loan_words.hpp"
#include "method_text.hpp"
#include "panel_loan.hpp"
#include "panel_verdict.hpp"

#include "analysis.hpp"
#include "catalog.hpp"
#include "format.hpp"

#include <doctest/doctest.h>

#include <string>

using mlroi_web::json;

namespace {
bool has(const std::string& text, const std::string& part) {
    return text.find(part) != std::string::npos;
}

// All of a section's lines, one per line.
std::string section_text(const mlroi_web::AppState& app, const std::string& id) {
    for (const mlroi_web::MethodSection& s : mlroi_web::method_sections(app))
        if (s.id == id) {
            std::string text;
            for (const mlroi_web::MethodLine& l : s.lines) text += l.text + "\n";
            return text;
        }
    return "";
}
} // namespace

// [SECTION] Verdict
TEST_CASE("verdict lines: expected beside median, the return, the premium against published") {
    mlroi::Results r;
    r.npv = 412000.4;
    r.uncertainty.p50 = -12345.6;
    CHECK(mlroi_web::expected_median_line(r, true) == "Expected +$412,000 \u00b7 median -$12,346");
    CHECK(mlroi_web::expected_median_line(r, false) == "Expected +$412,000");
    r.irr = 0.0308;
    CHECK(mlroi_web::return_line(r) ==
          "Return on the money you put in, after loan costs: 3.1% a year.");
    r.irr.reset();
    CHECK(has(mlroi_web::return_line(r), "no single yearly rate"));
    r.premium = {0.30, 0.14, 0.234};
    const mlroi::Catalog& c = mlroi::builtin_catalog();
    CHECK(mlroi_web::premium_line(r, c) ==
          "Pay after the degree is 30% above pay without it when you start; published premiums: "
          "14% (causal, Minaya et al. 2024) to 23% (raw, NACE 2021).");
    r.premium.implied = -0.05;
    CHECK(has(mlroi_web::premium_line(r, c), "is 5% below pay without it"));
    CHECK(mlroi_web::short_cite({"Minaya, Scott-Clayton and Zhou, RHE", 2024, ""}) ==
          "Minaya et al. 2024");
    CHECK(mlroi_web::short_cite({"NACE Summer 2021 Salary Survey: x", 2021, ""}) == "NACE 2021");
    CHECK(mlroi_web::short_cite({"FREOPP", std::nullopt, ""}) == "FREOPP");
    mlroi::CashResults cash;
    cash.npv = -42635.4;
    CHECK(mlroi_web::pending_headline(cash, 30) ==
          "-$42,635 expected over 30 years; working out the odds...");
}

TEST_CASE("verdict colours follow the level: likely green, uncertain amber, unlikely red") {
    mlroi_test::Harness h(400); // applies the light theme
    const mlroi_web::Palette& p = mlroi_web::palette();
    CHECK(mlroi_web::verdict_color(mlroi::VerdictLevel::Likely) == p.good);
    CHECK(mlroi_web::verdict_color(mlroi::VerdictLevel::Uncertain) == p.uncertain);
    CHECK(mlroi_web::verdict_color(mlroi::VerdictLevel::Unlikely) == p.bad);
    CHECK(p.uncertain != p.good);
    CHECK(p.uncertain != p.bad);
}

// [SECTION] Loan
TEST_CASE("loan risk words carry the thresholds, and say so when there is no pay") {
    mlroi::LoanRisk r;
    r.payment_to_income = 0.118;
    r.debt_to_salary = 0.777;
    const std::string pay = mlroi_web::payment_explanation(r);
    CHECK(has(pay, "11.8%"));
    CHECK(has(pay, "inside the Gainful Employment warning zone of 8% to 12%"));
    const std::string debt = mlroi_web::debt_explanation(r);
    CHECK(has(debt, "0.777x"));
    CHECK(has(debt, "at most 1x is low; up to 1.5x moderate"));
    mlroi::LoanRisk none;
    none.level = mlroi::RiskLevel::VeryHigh;
    CHECK(mlroi_web::payment_explanation(none) == "No pay that year: very high risk.");
    CHECK(mlroi_web::debt_explanation(none) == "No pay that year: very high risk.");
    CHECK(mlroi_web::risk_index(mlroi::RiskLevel::VeryHigh) == 3);
    CHECK(std::string(mlroi_web::risk_label(mlroi::RiskLevel::Moderate)) == "Moderate");
    CHECK(mlroi_web::outcome_words("left") == "If you leave without the degree");
    r.outcome = "placed";
    r.monthly_payment = 1988.01;
    CHECK(mlroi_web::outcome_sentence(r) ==
          "If you land the role: payments take 11.8% of pay, the debt is 0.777x pay ($1,988 a "
          "month).");
    none.outcome = "not_placed";
    none.monthly_payment = 1988.01;
    CHECK(mlroi_web::outcome_sentence(none) == "If you are not placed: no pay that year ($1,988 a "
                                               "month).");
}

TEST_CASE("the loan panel with no pay in a year of repayment: very high, and the table says so") {
    mlroi_test::Harness h(360, 2400);
    h.ui.force_open = true;
    // No pay without the degree: not placed, or leaving, the payments fall due with no pay.
    REQUIRE(mlroi_web::app_set_scenario_text(
                h.app, R"({"you": {"current_salary": 0}, "outcome": {"salary": 100000}})") == "[]");
    h.frame(3);
    const std::vector<mlroi::LoanRisk>& risks = h.app.results.loan_risk_by_outcome;
    REQUIRE(risks.size() == 3);
    CHECK(risks[0].outcome == "placed");
    CHECK(risks[0].payment_to_income.has_value()); // $100,000 of pay once placed
    for (int i : {1, 2}) {
        CHECK_FALSE(risks[i].payment_to_income.has_value());
        CHECK_FALSE(risks[i].debt_to_salary.has_value());
        CHECK(risks[i].level == mlroi::RiskLevel::VeryHigh);
    }
    // The table: one row per outcome, in the core's order, top to bottom.
    const float placed = h.ui.rects.at("loan.outcome.placed").y;
    const float not_placed = h.ui.rects.at("loan.outcome.not_placed").y;
    const float left = h.ui.rects.at("loan.outcome.left").y;
    CHECK(placed < not_placed);
    CHECK(not_placed < left);
    CHECK(mlroi_test::imgui_assertions().empty());
    CHECK(h.overflow().empty());
}

// [SECTION] Fields
TEST_CASE("values read as money and rates; every default has its source") {
    using mlroi::format_value; // core/fields.hpp: the widget shows numbers as the table says
    using mlroi_web::field_spec;
    CHECK(format_value(*field_spec("program.tuition_per_year"), 27776) == "$27,776");
    CHECK(format_value(*field_spec("financing.federal_rate"), 0.0794) == "7.94%");
    CHECK(format_value(*field_spec("outcome.placement_probability"), 0.8) == "80%");
    CHECK(format_value(*field_spec("outcome.extra_raise"), 0.005) == "0.5%");
    CHECK(format_value(*field_spec("you.living_per_month"), 2355) == "$2,355");
    CHECK(format_value(*field_spec("program.years"), 2) == "2 years");
    CHECK(format_value(*field_spec("program.years"), 1.5) == "1.5 years");
    CHECK(format_value(*field_spec("outcome.months_to_job"), 1) == "1 month");
    CHECK(format_value(*field_spec("outcome.extra_raise_years"), 10) == "10 years");
    // Exactly the fields the core may fill are marked so (they get the evidence note).
    for (const char* path : {"you.current_salary", "outcome.salary", "outcome.salary_growth",
                             "outcome.placement_probability", "outcome.completion_probability"})
        CHECK_MESSAGE(mlroi::from_evidence(*field_spec(path)), path);
    CHECK_FALSE(mlroi::from_evidence(*field_spec("you.tax_rate"))); // null there: real taxes
    CHECK(mlroi::nullable(*field_spec("you.tax_rate")));
    CHECK(std::string(field_spec("financing.term_years")->label) == "Private loan term");

    mlroi_web::AppState app;
    mlroi_web::app_init(app);
    CHECK(mlroi_web::provenance_text(app, "program.tuition_per_year") ==
          "Default: $27,776. Source: NCES Digest of Education Statistics: average graduate "
          "tuition and required fees, private nonprofit institutions (as cited by the "
          "article), 2018.");
    CHECK(mlroi_web::provenance_text(app, "financing.private_rate")
              .rfind("Default: 10%. "
                     "Assumption: ",
                     0) == 0);
    // New fields: their default and its source.
    CHECK(has(mlroi_web::provenance_text(app, "you.living_per_month"),
              "Default: $2,355. Source: University of Evansville"));
    CHECK(has(mlroi_web::provenance_text(app, "you.state_tax_rate"), "Default: 5%. Assumption:"));
    // Figures the evidence fills: the evidence for this reader, from preset_sources.
    const std::string pay = mlroi_web::provenance_text(app, "you.current_salary");
    CHECK(has(pay, "Evidence: NACE Summer 2021 Salary Survey: average starting salary of "
                   "bachelor's graduates in computer and information sciences"));
    CHECK(has(mlroi_web::provenance_text(app, "you.tax_rate"), "IRS Revenue Procedure 2025-32"));
    const std::string after = mlroi_web::provenance_text(app, "outcome.salary");
    CHECK(has(after, "ML engineer, entry pay $99,268"));
    CHECK(has(after, "Minaya, Scott-Clayton and Zhou"));
    REQUIRE(mlroi_web::app_edit(app, "you.background", "other"));
    CHECK(has(mlroi_web::provenance_text(app, "you.current_salary"),
              "BLS Occupational Employment and Wage Statistics"));
    CHECK(has(mlroi_web::provenance_text(app, "outcome.placement_probability"),
              "a career changer from outside STEM"));
}

// [SECTION] Repayment plans, from the core's rules
TEST_CASE("the plans in words: the 2026 standard plan's terms and RAP's rules") {
    // Public Law 119-21: 10 years under $25,000, 15 under $50,000, 20 under $100,000, else 25.
    CHECK(mlroi_web::standard_plan_words() ==
          "fixed payments over 10 years under $25,000 owed, 15 under $50,000, 20 under $100,000 "
          "and 25 beyond, by the balance when repayment starts");
    // RAP: 1% to 10% of AGI, $50 a month off per dependent, $10 minimum, the $50 principal
    // match, forgiveness after 360 payments.
    CHECK(mlroi_web::rap_words() ==
          "1% to 10% of your income, $50 a month less per dependent, never under $10 a month; "
          "interest the payment does not cover is waived, the principal falls by at least $50 a "
          "month (the government matches the rest), and what is left after 360 payments (30 "
          "years) is forgiven");
}

// [SECTION] How we calculate
TEST_CASE("How we calculate is built from the catalog, the constants and this analysis") {
    mlroi_web::AppState app;
    mlroi_web::app_init(app);
    // Every "How?" link lands on a section that exists.
    for (const char* id : {"method.timeline", "method.loan_risk", "method.odds",
                           "method.sensitivity", "method.fit", "method.alternatives"})
        CHECK_MESSAGE(!section_text(app, id).empty(), id);
    // IRS Revenue Procedure 2025-32, single filer, 2026.
    const std::string tax = section_text(app, "method.taxes");
    CHECK(has(tax, "standard deduction of $16,100"));
    CHECK(has(tax, "22% from $50,400 of taxable pay"));
    CHECK(has(tax, "37% from $640,600 of taxable pay"));
    CHECK(has(tax, "Social Security 6.2% of pay up to $184,500"));
    // The federal limits (loans from 1 July 2026) and the six-month grace period.
    const std::string loans = section_text(app, "method.financing");
    CHECK(has(loans, "up to $20,500 a year"));
    CHECK(has(loans, "$100,000 in all"));
    CHECK(has(loans, "repayment starts 6 months after"));
    CHECK(has(loans, "25 beyond"));
    const std::string verdict = section_text(app, "method.verdict");
    CHECK(has(verdict, "at least 60% of simulated careers"));
    CHECK(has(verdict, "fewer than 40% come out ahead"));
    CHECK(has(section_text(app, "method.loan_risk"), "under 8% is low, up to 12% moderate"));
    CHECK(has(section_text(app, "method.loan_risk"), "up to 1.5x moderate"));
    CHECK(has(section_text(app, "method.yardstick"), "STEM: $80,477 (yours)"));
    CHECK(has(section_text(app, "method.placement"), "Online: -5 points"));
    CHECK(has(section_text(app, "method.placement"), "Each missing prerequisite: -5 points"));
    CHECK(has(section_text(app, "method.completion"), "Full time: 70%"));
    CHECK(has(section_text(app, "method.completion"), "(10% of entrants)"));
    CHECK(has(section_text(app, "method.bridging"), "Programming (Python): 3 months, $500"));
    // The rule the section shows is the analysis's: the figure it gives a reader of each
    // background is the pay after the degree the analysis used for that reader.
    for (const char* background : {"stem", "quantitative", "other"}) {
        mlroi_web::AppState reader;
        mlroi_web::app_init(reader, true);
        REQUIRE(mlroi_web::app_edit(reader, "you.background", background));
        const std::string label = background == std::string("stem")           ? "STEM"
                                  : background == std::string("quantitative") ? "Quantitative"
                                                                              : "Other";
        const double used = mlroi_web::input_used(reader, "outcome.salary")->value;
        CHECK_MESSAGE(has(section_text(app, "method.pay_after"),
                          label + ": " + mlroi::format_money(used) + ", "),
                      label);
    }
    CHECK(has(section_text(app, "method.inputs_used"),
              "Current pay: $80,477, from the evidence: the starting pay of bachelor's"));
    // It follows the reader's inputs.
    REQUIRE(mlroi_web::app_edit(app, "you.state_tax_rate", 0.03));
    CHECK(has(section_text(app, "method.taxes"), "(3% now; default 5%"));
    REQUIRE(mlroi_web::app_edit(app, "you.current_salary", 70000));
    CHECK(has(section_text(app, "method.inputs_used"), "Current pay: $70,000, your own figure"));

    const std::vector<std::string> sources = mlroi_web::source_lines(app);
    const auto listed = [&](const std::string& part) {
        for (const std::string& l : sources)
            if (has(l, part)) return true;
        return false;
    };
    CHECK(listed("model.premium: 14%. Source: Minaya, Scott-Clayton and Zhou"));
    CHECK(listed("taxes.standard_deduction: $16,100. Source: IRS Revenue Procedure 2025-32"));
    CHECK(listed("model.placement.online: -5 points. Assumption:"));
    CHECK(listed("Current pay: from the evidence. Assumption: left to your background"));
    CHECK(listed("ML engineer, average_salary: $120,883. Source: Salary.com"));
    REQUIRE(mlroi_web::preset_value("model.yardstick.stem") != nullptr);
    CHECK(*mlroi_web::preset_value("model.yardstick.stem") == 80477);
}
