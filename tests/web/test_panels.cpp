// Headless tests of the widget's panels (web/), natively: every preset at 360, 800 and
// 1200 px with no Dear ImGui assertion and nothing past the right edge, simulated drags,
// clicks and typing, and the words the panels print. Expected values are worked out by hand
// or through the core directly, never read back from the interface.
#include "checks.hpp"
#include "harness.hpp"

#include "field_info.hpp"
#include "fields.hpp"
#include "panel_alternatives.hpp"
#include "theme.hpp"

#include "analysis.hpp"
#include "catalog.hpp"

#include <doctest/doctest.h>

#include <cmath>
#include <string>

using mlroi_test::check_clean;
using mlroi_test::Harness;
using mlroi_web::json;

namespace {

float center_x(const mlroi_web::ItemRect& r) {
    return r.x + r.w / 2;
}
float center_y(const mlroi_web::ItemRect& r) {
    return r.y + r.h / 2;
}

// Dear ImGui 1.86's slider geometry (SliderBehaviorT): 2 px padding, a grab of GrabMinSize.
float slider_x_for(const mlroi_web::ItemRect& r, double t) {
    const float pad = 2, grab = ImGui::GetStyle().GrabMinSize;
    return static_cast<float>(r.x + pad + grab / 2 + t * (r.w - 2 * pad - grab));
}

mlroi::Scenario defaults() {
    return mlroi::builtin_catalog().defaults;
}

} // namespace

TEST_CASE("every preset draws at 360, 800 and 1200 px: no assertion, nothing past the edge") {
    const mlroi::Catalog& c = mlroi::builtin_catalog();
    std::vector<std::string> keys;
    for (const auto& p : c.programs) keys.push_back(p.key);
    for (const auto& r : c.roles) keys.push_back(r.key);
    REQUIRE(keys.size() >= 9);
    for (float width : {360.f, 800.f, 1200.f}) {
        for (const mlroi_web::Theme theme : {mlroi_web::Theme::Light, mlroi_web::Theme::Dark}) {
            for (const std::string& key : keys) {
                Harness h(width, 720, 1, theme);
                h.ui.force_open = true;
                REQUIRE(mlroi_web::app_apply_preset(h.app, key));
                h.frame(3);
                check_clean(h, key + " at " + std::to_string(int(width)) + " px");
                // Every input of the five sections is there, the You section's new controls
                // and the evidence notes included.
                for (const char* path :
                     {"program.tuition_per_year", "you.current_salary", "financing.federal_rate",
                      "outcome.salary", "assumptions.inflation", "program.caregiver_per_month",
                      "you.background=quantitative", "you.has=calculus",
                      "you.constraints=caregiving", "you.tax_rate=flat", "you.state_tax_rate",
                      "you.living_per_month", "financing.plan=rap", "financing.term_years",
                      "outcome.extra_raise", "outcome.extra_raise_years",
                      "you.current_salary.evidence", "outcome.salary.evidence",
                      "outcome.completion_probability.evidence"})
                    CHECK_MESSAGE(h.ui.rects.count(path) == 1, std::string(path));
                // And every result panel, open.
                for (const char* panel :
                     {"panel.cash", "panel.odds", "panel.costs", "panel.loan", "panel.tornado",
                      "panel.fit", "panel.modalities", "panel.alternatives", "panel.method",
                      "chart.cash", "chart.odds", "fit.score", "threshold.tuition", "verdict",
                      "verdict.expected", "verdict.premium", "method.taxes", "method.inputs_used",
                      "method.sources"})
                    CHECK_MESSAGE(h.ui.rects.count(panel) == 1, std::string(panel));
                // The risk in each outcome, whenever there is a loan.
                const mlroi::LoanSummary& loan = h.app.results.loan;
                CHECK(h.ui.rects.count("loan.outcome.left") ==
                      (loan.federal_principal + loan.private_principal > 0 ? 1u : 0u));
                // A tooltip over the tuition slider stays inside too.
                const auto& r = h.ui.rects.at("program.tuition_per_year");
                if (r.visible) {
                    h.move(center_x(r), center_y(r), 2);
                    check_clean(h, key + " tooltip at " + std::to_string(int(width)));
                }
            }
        }
    }
}

TEST_CASE("high-DPI canvases (scale 2 and 3) lay out like 360 CSS px") {
    for (float scale : {2.f, 3.f}) {
        Harness h(360, 720, scale);
        h.ui.force_open = true;
        h.frame(3);
        check_clean(h, "scale " + std::to_string(scale));
        CHECK(h.ui.fonts.body->FontSize == doctest::Approx(15 * scale));
        CHECK_FALSE(h.ui.wide);
    }
}

TEST_CASE("the layout has two columns from 640 CSS px") {
    Harness narrow(639), wide(640);
    narrow.frame(2);
    wide.frame(2);
    CHECK_FALSE(narrow.ui.wide);
    CHECK(wide.ui.wide);
    // Side by side: the results start to the right of the inputs.
    CHECK(wide.ui.rects.at("panel.costs").x > wide.ui.rects.at("program.tuition_per_year").x);
}

TEST_CASE("a drag on the tuition slider changes the scenario and the results") {
    Harness h(800, 2400); // tall: every input in view
    h.frame(2);
    const auto r = h.ui.rects.at("program.tuition_per_year");
    REQUIRE(r.visible);
    const double before_npv = h.app.results.npv;
    REQUIRE(h.app.scenario.program.tuition_per_year == 27776);

    // Pressing at the middle of a $0-$80,000 slider sets $40,000.
    h.move(center_x(r), center_y(r));
    h.press(2);
    CHECK(h.app.scenario.program.tuition_per_year == 40000);
    // Dragging to three quarters: $60,000 (to the nearest $100 step).
    for (double t = 0.55; t <= 0.75001; t += 0.05) h.move(slider_x_for(r, t), center_y(r));
    h.release();
    CHECK(h.app.scenario.program.tuition_per_year == doctest::Approx(60000).epsilon(0.002));
    CHECK(std::fmod(h.app.scenario.program.tuition_per_year, 100) == 0);

    // The results are the core's for that tuition, and lower than before.
    mlroi::Scenario expected = defaults();
    expected.program.tuition_per_year = h.app.scenario.program.tuition_per_year;
    CHECK(h.app.results.npv == mlroi::analyze(expected, mlroi::builtin_catalog()).npv);
    CHECK(h.app.results.npv < before_npv);
    // Two years at the new tuition plus $1,000 a month of housing.
    CHECK(h.app.results.cost.direct ==
          doctest::Approx(2 * expected.program.tuition_per_year + 24000));
    check_clean(h, "after drag");
}

TEST_CASE("typed entry: double-click a slider, type an exact value") {
    Harness h(1200, 2400);
    h.type_into("program.tuition_per_year", "31234");
    h.key(mlroi_test::kKeyEnter);
    CHECK(h.app.scenario.program.tuition_per_year == 31234);
    CHECK(h.app.results.cost.direct == doctest::Approx(2 * 31234 + 24000));
    check_clean(h, "typed entry");
}

TEST_CASE("a refused value shows its reason beside the field and keeps the last good results") {
    Harness h(1200, 2400);
    h.type_into("program.tuition_per_year", "600000"); // the core allows up to $500,000
    h.frame();
    const auto& errors = h.app.errors;
    REQUIRE(errors.count("program.tuition_per_year") == 1);
    CHECK(errors.at("program.tuition_per_year") ==
          "must be a finite number from 0 to 500000, got 600000");
    // "60000" was the last accepted keystroke.
    CHECK(h.app.scenario.program.tuition_per_year == 60000);
    CHECK(h.app.pending.at("program.tuition_per_year") == 600000);
    mlroi::Scenario expected = defaults();
    expected.program.tuition_per_year = 60000;
    CHECK(h.app.results.npv == mlroi::analyze(expected, mlroi::builtin_catalog()).npv);
    check_clean(h, "refused value");
}

TEST_CASE("modality buttons: online drops the extra housing from the costs") {
    Harness h(1200, 2400);
    h.frame(2);
    CHECK(h.app.results.cost.direct == doctest::Approx(2 * 27776 + 24000));
    const auto r = h.ui.rects.at("program.modality=online");
    h.click(center_x(r), center_y(r));
    CHECK(h.app.scenario.program.modality == mlroi::Modality::Online);
    CHECK(h.app.results.cost.direct == doctest::Approx(2 * 27776));
    // Back in person: the article's $1,000 a month returns.
    const auto p = h.ui.rects.at("program.modality=in_person");
    h.click(center_x(p), center_y(p));
    CHECK(h.app.scenario.program.extra_housing_per_month == 1000);
    check_clean(h, "modality");
}

TEST_CASE("pace buttons: part-time keeps the job and half a load") {
    Harness h(360, 2400);
    // One flat tax rate: pay kept in full is then taxed exactly as without the program (real
    // taxes would tax the search months at the average rate of a year with the new pay).
    REQUIRE(mlroi_web::app_edit(h.app, "you.tax_rate", 0.25));
    h.frame(2);
    const auto r = h.ui.rects.at("program.pace=part_time");
    REQUIRE(r.visible);
    h.click(center_x(r), center_y(r));
    CHECK(h.app.scenario.program.pace == mlroi::Pace::PartTime);
    CHECK(h.app.scenario.program.work_share == 1.0);
    CHECK(h.app.scenario.program.enrollment_fraction == 0.5);
    // Keeping the full pay: no income given up while studying and none while searching.
    CHECK(h.app.results.cost.opportunity == doctest::Approx(0).epsilon(1e-9));
    check_clean(h, "pace");
}

TEST_CASE("the program preset menu applies a preset by clicking") {
    Harness h(800, 2400);
    h.frame(2);
    const auto combo = h.ui.rects.at("preset.program");
    h.click(center_x(combo), center_y(combo));
    h.frame();
    REQUIRE(h.ui.rects.count("preset.program=elite_in_person") == 1);
    const auto item = h.ui.rects.at("preset.program=elite_in_person");
    h.click(center_x(item), center_y(item));
    CHECK(h.app.scenario.program.tuition_per_year == 52000);
    CHECK(h.app.program_preset == "elite_in_person");
    // The tooltip's source follows the preset.
    CHECK(mlroi_web::provenance_text(h.app, "program.tuition_per_year").find("Carnegie Mellon") !=
          std::string::npos);
    check_clean(h, "preset menu");
}

TEST_CASE("sections: You comes first and open; the others open and close by their headers") {
    Harness h(800, 2400);
    h.frame(2);
    // "You" is the first section, above "Program", and open.
    REQUIRE(h.ui.rects.count("section.You") == 1);
    CHECK(h.ui.rects.at("section.You").y < h.ui.rects.at("section.Program").y);
    CHECK(h.ui.rects.at("you.current_salary").y < h.ui.rects.at("section.Program").y);
    CHECK(h.ui.rects.count("assumptions.inflation") == 0); // "Assumptions" starts closed
    h.click_item("section.Assumptions");
    h.frame();
    CHECK(h.ui.rects.count("assumptions.inflation") == 1);
    h.click_item("section.You");
    h.frame();
    CHECK(h.ui.rects.count("you.current_salary") == 0);
}

TEST_CASE("the JS hook's calls: setScenario validates through the core") {
    mlroi_web::AppState app;
    mlroi_web::app_init(app);
    const std::string before = mlroi_web::app_scenario_text(app);
    CHECK(before == json(mlroi::builtin_catalog().defaults).dump());
    const std::string results = mlroi_web::app_results_text(app);
    CHECK(results ==
          json(mlroi::analyze(mlroi::builtin_catalog().defaults, mlroi::builtin_catalog())).dump());

    // Each bad input: errors naming the field, nothing changed.
    for (const char* bad :
         {R"({"program": {"tuition_per_year": "abc"}})", "{nope", "[1, 2]",
          R"({"program": {"tuition": 1}})", R"({"outcome": {"role": "chef"}})",
          R"({"program": {"years": 8}, "you": {"horizon_years": 5}})",
          R"({"financing": {"plan": "tiered"}})", R"({"you": {"background": "arts"}})",
          R"({"you": {"has": ["juggling"]}})", R"({"outcome": {"placement_probability": 1.5}})",
          ""}) {
        const json errors = json::parse(mlroi_web::app_set_scenario_text(app, bad));
        INFO(bad);
        REQUIRE(errors.is_array());
        CHECK(errors.size() >= 1);
        CHECK(errors[0].contains("path"));
        CHECK(errors[0].contains("message"));
        CHECK(mlroi_web::app_scenario_text(app) == before);
        CHECK(mlroi_web::app_results_text(app) == results);
    }
    const json e = json::parse(
        mlroi_web::app_set_scenario_text(app, R"({"program": {"tuition_per_year": "abc"}})"));
    CHECK(e[0]["path"] == "program.tuition_per_year");

    // A good partial: the rest stays.
    CHECK(mlroi_web::app_set_scenario_text(app, R"({"program": {"tuition_per_year": 52000}})") ==
          "[]");
    CHECK(app.scenario.program.tuition_per_year == 52000);
    CHECK_FALSE(app.scenario.outcome.salary.has_value()); // left to the evidence, still
    CHECK(app.results.cost.direct == doctest::Approx(2 * 52000 + 24000));
    // Null puts a figure back to the evidence; a number makes it the reader's own.
    CHECK(mlroi_web::app_set_scenario_text(app, R"({"outcome": {"salary": 150000}})") == "[]");
    CHECK(app.scenario.outcome.salary == 150000);
    CHECK(mlroi_web::app_set_scenario_text(app, R"({"outcome": {"salary": null}})") == "[]");
    CHECK_FALSE(app.scenario.outcome.salary.has_value());
    CHECK(json::parse(mlroi_web::app_scenario_text(app))["outcome"]["salary"].is_null());
}

TEST_CASE("a quick start shows the cash analysis first and completes on demand") {
    mlroi_web::AppState app;
    mlroi_web::app_init(app, true);
    CHECK_FALSE(app.complete);
    CHECK(app.results_json.contains("npv"));
    CHECK_FALSE(app.results_json.contains("uncertainty"));
    CHECK(app.results.verdict.headline.empty()); // no verdict until the odds are known
    // The figures left to the evidence are resolved already: the sliders need them.
    CHECK(app.resolved.you.current_salary == 80477);
    // The hook always answers with the whole analysis.
    const mlroi::Catalog& c = mlroi::builtin_catalog();
    CHECK(mlroi_web::app_results_text(app) == json(mlroi::analyze(c.defaults, c)).dump());
    CHECK(app.complete);
    CHECK(app.results.verdict.headline.find("chance it pays off") != std::string::npos);
}

// [SECTION] Result panels (issue: the widget, part 2)
TEST_CASE("cash chart: axis ends and the break-even marker where the arithmetic puts them") {
    Harness h(1200);
    // A cheap program and a big raise: it breaks even well inside the 30-year horizon.
    REQUIRE(
        mlroi_web::app_set_scenario_text(
            h.app, R"({"program": {"tuition_per_year": 10000}, "outcome": {"salary": 160000}})") ==
        "[]");
    h.frame(3);
    // A 30-year horizon: the x axis ends on ticks 0 and 30. Break-even month m is the end of
    // month m: (m + 1) / 12 years along the axis.
    REQUIRE(h.app.results.break_even_month.has_value());
    const int m = *h.app.results.break_even_month;
    REQUIRE(m < 30 * 12);
    const auto plot = h.ui.rects.at("chart.cash.plot"); // copies: the map is rebuilt each frame
    const auto marker = h.ui.rects.at("chart.cash.break_even");
    CHECK(marker.x == doctest::Approx(plot.x + plot.w * ((m + 1) / 12.0) / 30).epsilon(1e-4));
    // Hovering the plot's right end shows year 30's values from the results.
    h.move(plot.x + plot.w, plot.y + plot.h / 2, 2);
    REQUIRE(h.ui.view.hover.is_object());
    CHECK(h.ui.view.hover["year"] == 30);
    CHECK(h.ui.view.hover["with"].get<double>() == h.app.results.timeline[30].with);
    CHECK(h.ui.view.hover["without"].get<double>() == h.app.results.timeline[30].without);
    // And the left end, year 0: nothing yet on either path.
    h.move(plot.x + 1, plot.y + plot.h / 2, 2);
    CHECK(h.ui.view.hover["year"] == 0);
    CHECK(h.ui.view.hover["difference"].get<double>() == 0);
}

TEST_CASE("tornado: bars in the core's order, top to bottom") {
    Harness h(800);
    h.ui.force_open = true;
    h.frame(3);
    float last_y = -1;
    for (const mlroi::TornadoBar& b : h.app.results.sensitivity.tornado) {
        const auto& r = h.ui.rects.at("tornado." + b.key);
        CHECK_MESSAGE(r.y > last_y, b.key);
        last_y = r.y;
    }
}

TEST_CASE("alternatives: sorting orders rows like the core's values, missing ones last") {
    Harness h(1200);
    h.frame(2);
    const std::vector<mlroi::Alternative>& rows = h.app.results.alternatives;
    // By expected NPV, highest first: each row's NPV at least the next one's.
    const std::vector<int> by_npv = mlroi_web::alternatives_order(rows, 3, false);
    REQUIRE(by_npv.size() == rows.size());
    for (size_t i = 1; i < by_npv.size(); ++i)
        CHECK(rows[by_npv[i - 1]].npv >= rows[by_npv[i]].npv);
    // No sort keeps the core's order; by fit, "stay" (no score) comes last when descending.
    const std::vector<int> none = mlroi_web::alternatives_order(rows, -1, true);
    for (size_t i = 0; i < none.size(); ++i) CHECK(none[i] == static_cast<int>(i));
    CHECK(rows[mlroi_web::alternatives_order(rows, 6, false).back()].key == "stay");
    // Staying put has no chance either (nothing is at stake): last by chance, descending.
    REQUIRE_FALSE(rows.back().p_positive.has_value());
    CHECK(rows[mlroi_web::alternatives_order(rows, 5, false).back()].key == "stay");
    // Clicking a row draws its cash against this program's.
    h.ui.view.scroll_to = "alternatives";
    h.frame(2);
    const auto row = h.ui.rects.at("alternatives.row.bootcamp");
    REQUIRE(row.visible);
    h.click(row.x + row.w / 2, row.y + row.h / 2);
    h.frame(2);
    CHECK(h.ui.view.compare == "bootcamp");
    CHECK(h.ui.rects.count("chart.comparison") == 1);
}

TEST_CASE("a \"How?\" link opens How we calculate at its section") {
    Harness h(1200);
    h.frame(2);
    CHECK(h.ui.view.method_section.empty());
    h.ui.view.scroll_to = "loan";
    h.frame(2);
    const auto header = h.ui.rects.at("panel.loan");
    REQUIRE(header.visible);
    // The link sits at the right end of the header row.
    h.click(header.x + header.w - 8, header.y + header.h / 2);
    h.frame(2);
    CHECK(h.ui.view.method_section == "method.loan_risk");
    CHECK(h.ui.rects.count("panel.method") == 1);
}

// The field table (core/fields.hpp) is what the inputs are drawn from: every row with a slider
// is one, and every option of a choice, a set or a yes/no row is a button or a box.
TEST_CASE("every slider and option the field table lists is drawn") {
    Harness h(800);
    h.ui.force_open = true;
    h.frame(3);
    const auto drawn = [&](const std::string& key) { return h.ui.rects.count(key) > 0; };
    for (const mlroi::Field& f : mlroi::fields()) {
        INFO(f.path);
        if (mlroi::has_slider(f) && std::string(f.path) != "you.tax_rate") CHECK(drawn(f.path));
        if (f.kind == mlroi::FieldKind::YesNo)
            CHECK(drawn("you.constraints=" + mlroi::field_key(f)));
        if (!f.options_from)
            for (const mlroi::FieldOption& o : f.options) CHECK(drawn(f.path + ("=" + o.key)));
    }
    // The flat tax rate's slider shows once taxes are flat.
    CHECK_FALSE(drawn("you.tax_rate"));
    mlroi_web::app_edit(h.app, "you.tax_rate", 0.2);
    h.frame(2);
    CHECK(drawn("you.tax_rate"));
}
