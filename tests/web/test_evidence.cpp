// The "You" section and the figures a reader may leave to the evidence, driven by simulated
// clicks, drags and typing. Expected figures are the catalog's published ones, typed here by
// hand from their sources (NACE 2021, BLS), or the core's own analysis of the same scenario.
#include "checks.hpp"
#include "harness.hpp"

#include "widgets.hpp"

#include "analysis.hpp"
#include "catalog.hpp"

#include <doctest/doctest.h>

#include <cmath>
#include <string>

using mlroi_test::check_clean;
using mlroi_test::Harness;
using mlroi_web::json;

namespace {
// The core's analysis of the widget's current scenario (as the reader gave it).
double core_npv(const Harness& h) {
    return mlroi::analyze(h.app.scenario, mlroi::builtin_catalog()).npv;
}
} // namespace

TEST_CASE("a field left to the evidence shows the evidence's figure, and says so") {
    Harness h(800, 2400);
    h.frame(2);
    REQUIRE_FALSE(h.app.scenario.you.current_salary.has_value());
    // NACE Summer 2021: bachelor's graduates in computer and information sciences, $80,477.
    CHECK(mlroi_web::shown_value(h.app, "you.current_salary") == 80477);
    CHECK(mlroi_web::left_to_evidence(h.app, "you.current_salary"));
    const mlroi::UsedInput* used = mlroi_web::input_used(h.app, "you.current_salary");
    REQUIRE(used != nullptr);
    CHECK(used->from_evidence);
    CHECK(used->why.find("NACE Summer 2021") != std::string::npos);
    // The note sits under the slider; its tooltip shows without trouble.
    REQUIRE(h.ui.rects.count("you.current_salary.evidence") == 1);
    const auto note = h.ui.rects.at("you.current_salary.evidence");
    CHECK(note.y > h.ui.rects.at("you.current_salary").y);
    h.move(note.x + 4, note.y + note.h / 2, 2);
    check_clean(h);

    // Pressing the middle of the $0-$250,000 slider makes the pay the reader's own: $125,000.
    const auto r = h.ui.rects.at("you.current_salary");
    h.move(r.x + r.w / 2, r.y + r.h / 2);
    h.press(2);
    h.release();
    CHECK(h.app.scenario.you.current_salary == 125000);
    CHECK_FALSE(mlroi_web::left_to_evidence(h.app, "you.current_salary"));
    CHECK(h.app.results.npv == core_npv(h));
    // The note is now a "Use evidence" button: a click puts the field back to null.
    h.click_item("you.current_salary.evidence");
    CHECK_FALSE(h.app.scenario.you.current_salary.has_value());
    CHECK(mlroi_web::shown_value(h.app, "you.current_salary") == 80477);
    const mlroi::Catalog& c = mlroi::builtin_catalog();
    CHECK(h.app.results.npv == mlroi::analyze(c.defaults, c).npv);
    check_clean(h);
}

TEST_CASE("typing into a fillable field sets the reader's own value; Use evidence undoes it") {
    Harness h(1200, 2400);
    // The assumption table: a STEM graduate with every prerequisite, in person: 80%.
    CHECK(mlroi_web::shown_value(h.app, "outcome.placement_probability") == doctest::Approx(0.8));
    h.type_into("outcome.placement_probability", "65");
    h.key(mlroi_test::kKeyEnter);
    CHECK(h.app.scenario.outcome.placement_probability == doctest::Approx(0.65));
    const mlroi::UsedInput* used = mlroi_web::input_used(h.app, "outcome.placement_probability");
    REQUIRE(used != nullptr);
    CHECK_FALSE(used->from_evidence);
    CHECK(h.app.results.npv == core_npv(h));
    h.click_item("outcome.placement_probability.evidence");
    CHECK_FALSE(h.app.scenario.outcome.placement_probability.has_value());
    CHECK(mlroi_web::shown_value(h.app, "outcome.placement_probability") == doctest::Approx(0.8));
    // The evidence's figure for a field the reader set: what null would give.
    REQUIRE(mlroi_web::app_edit(h.app, "outcome.completion_probability", 0.9));
    const mlroi::UsedInput would = mlroi_web::evidence_for(h.app, "outcome.completion_probability");
    CHECK(would.value == doctest::Approx(0.7)); // full time: 70% (CGS, split by pace)
    CHECK(would.from_evidence);
    check_clean(h);
}

TEST_CASE("background buttons move the evidence's pay and chance") {
    Harness h(360, 2400);
    h.click_item("you.background=other");
    CHECK(h.app.scenario.you.background == "other");
    // BLS OEWS mean annual wage, all occupations, $58,260; a career changer lands the role
    // 55% of the time (the labelled assumption).
    CHECK(mlroi_web::shown_value(h.app, "you.current_salary") == 58260);
    CHECK(mlroi_web::shown_value(h.app, "outcome.placement_probability") == doctest::Approx(0.55));
    h.click_item("you.background=quantitative");
    // NACE Winter 2021: math and sciences bachelor's, $63,316; 70%.
    CHECK(mlroi_web::shown_value(h.app, "you.current_salary") == 63316);
    CHECK(mlroi_web::shown_value(h.app, "outcome.placement_probability") == doctest::Approx(0.7));
    CHECK(h.app.results.npv == core_npv(h));
    check_clean(h);
}

TEST_CASE("prerequisite checkboxes: a missing one delays the start and costs its course") {
    Harness h(800, 2400);
    const double direct = h.app.results.cost.direct;
    REQUIRE(direct == doctest::Approx(2 * 27776 + 24000));
    h.click_item("you.has=programming");
    const std::vector<std::string> expected = {"linear_algebra", "probability_statistics",
                                               "calculus"};
    CHECK(h.app.scenario.you.has == expected);
    // Programming: a $500 course over 3 months first; 5 points off the chance of the role.
    CHECK(h.app.results.cost.direct == doctest::Approx(direct + 500));
    CHECK(mlroi_web::shown_value(h.app, "outcome.placement_probability") == doctest::Approx(0.75));
    CHECK(h.app.results.npv == core_npv(h));
    h.click_item("you.has=programming");
    CHECK(h.app.scenario.you.has.size() == 4);
    check_clean(h);
}

TEST_CASE("constraint checkboxes weigh in the program fit") {
    Harness h(1200, 2400);
    const auto format_score = [&] {
        for (const mlroi::FitFactor& f : h.app.results.fit.factors)
            if (f.key == "format") return f.score;
        return -1.0;
    };
    const double before = format_score();
    h.click_item("you.constraints=must_keep_job");
    CHECK(h.app.scenario.you.must_keep_job);
    // A job to keep against full-time campus study with no pay kept: a worse fit.
    CHECK(format_score() < before);
    h.click_item("you.constraints=can_relocate");
    CHECK_FALSE(h.app.scenario.you.can_relocate);
    h.click_item("you.constraints=caregiving");
    CHECK(h.app.scenario.you.caregiving);
    check_clean(h);
}

TEST_CASE("taxes: real taxes or one flat rate, and the state rate with real taxes") {
    Harness h(800, 2400);
    h.frame(2);
    REQUIRE_FALSE(h.app.scenario.you.tax_rate.has_value());
    CHECK(h.ui.rects.count("you.state_tax_rate") == 1);
    CHECK(h.ui.rects.count("you.tax_rate") == 0);
    h.click_item("you.tax_rate=flat");
    // On $80,477 in 2026: federal (80,477 - 16,100 deduction: 10% of 12,400 + 12% of 38,000 +
    // 22% of 13,977 = $8,874.94), FICA 7.65% ($6,156.49) and 5% state ($4,023.85): $19,055.28,
    // 23.7% of the pay, to the nearest point 24%.
    CHECK(h.app.scenario.you.tax_rate == doctest::Approx(0.24));
    h.frame();
    CHECK(h.ui.rects.count("you.tax_rate") == 1);
    CHECK(h.ui.rects.count("you.state_tax_rate") == 0);
    CHECK(h.app.results.npv == core_npv(h));
    h.click_item("you.tax_rate=real");
    CHECK_FALSE(h.app.scenario.you.tax_rate.has_value());
    check_clean(h);
}

TEST_CASE("plan buttons: Standard and RAP only; the private loan's term keeps its own row") {
    Harness h(1200, 2400);
    h.frame(2);
    CHECK(h.ui.rects.count("financing.plan=standard") == 1);
    CHECK(h.ui.rects.count("financing.plan=rap") == 1);
    CHECK(h.ui.rects.count("financing.plan=tiered_standard") == 0);
    const double standard = h.app.results.loan.monthly_payment;
    h.click_item("financing.plan=rap");
    CHECK(h.app.scenario.financing.plan == mlroi::RepaymentPlan::Rap);
    CHECK(h.app.results.loan.monthly_payment != standard);
    CHECK(h.app.results.npv == core_npv(h));
    h.click_item("financing.plan=standard");
    CHECK(h.app.scenario.financing.plan == mlroi::RepaymentPlan::Standard);
    CHECK(h.app.results.loan.monthly_payment == standard);
    check_clean(h);
}

TEST_CASE("the role menu: picking a role by clicking; the pay after follows it if left null") {
    Harness h(800, 2400);
    h.click_item("preset.role");
    h.frame();
    REQUIRE(h.ui.rects.count("preset.role=data_scientist") == 1);
    h.click_item("preset.role=data_scientist");
    CHECK(h.app.scenario.outcome.role == "data_scientist");
    CHECK_FALSE(h.app.scenario.outcome.salary.has_value());
    const mlroi::UsedInput* used = mlroi_web::input_used(h.app, "outcome.salary");
    REQUIRE(used != nullptr);
    CHECK(used->from_evidence);
    CHECK(h.app.results.npv == core_npv(h));
    // A pay the reader set stays theirs when the role changes (as {"outcome": {"role": k}}).
    REQUIRE(mlroi_web::app_edit(h.app, "outcome.salary", 150000));
    h.click_item("preset.role");
    h.frame();
    h.click_item("preset.role=software_engineer");
    CHECK(h.app.scenario.outcome.role == "software_engineer");
    CHECK(h.app.scenario.outcome.salary == 150000);
    check_clean(h);
}

TEST_CASE("new sliders: living costs, extra raise and its years, state tax") {
    Harness h(1200, 2400);
    const double npv = h.app.results.npv;
    h.type_into("you.living_per_month", "3000");
    h.key(mlroi_test::kKeyEnter);
    CHECK(h.app.scenario.you.living_per_month == 3000);
    // More living costs to borrow for while studying: more interest, a lower NPV.
    CHECK(h.app.results.npv < npv);
    h.type_into("outcome.extra_raise_years", "0");
    h.key(mlroi_test::kKeyEnter);
    CHECK(h.app.scenario.outcome.extra_raise_years == 0);
    h.type_into("you.state_tax_rate", "0");
    h.key(mlroi_test::kKeyEnter);
    CHECK(h.app.scenario.you.state_tax_rate == 0);
    CHECK(h.app.results.npv == core_npv(h));
    check_clean(h);
}
