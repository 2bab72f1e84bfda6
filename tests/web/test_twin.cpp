// The DOM twin's C++ half (web/twin.hpp): its control list in reading order, edits through
// the canvas's own functions, the focus ring, sections opened for a focused item, scrolling
// to it, and the layout's revision. Expected values: the scenario's own figures, the canvas's
// behaviour for the same edit, and WCAG's contrast formula.
#include "checks.hpp"

#include "field_info.hpp"
#include "twin.hpp"
#include "widgets.hpp"

#include "imgui.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <set>
#include <string>

namespace {

using mlroi_test::Harness;
using mlroi_web::json;

double luminance(const ImVec4& c) {
    const auto linear = [](double v) {
        return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * linear(c.x) + 0.7152 * linear(c.y) + 0.0722 * linear(c.z);
}

// Vertices on the foreground draw list in the last frame (only the ring draws there).
int foreground_vertices() {
    return ImGui::GetForegroundDrawList()->VtxBuffer.Size;
}

} // namespace

TEST_CASE("twin: every control and panel, in reading order") {
    Harness h(1200);
    h.frame(2);
    const json fields = json::parse(mlroi_web::twin_fields_json(h.app));
    std::vector<std::string> ids;
    for (const json& f : fields) ids.push_back(f["id"].get<std::string>());
    const auto at = [&](const std::string& id) {
        return std::find(ids.begin(), ids.end(), id) - ids.begin();
    };
    CHECK(ids.front() == "verdict");
    CHECK(at("section.You") < at("you.current_salary"));
    CHECK(at("you.current_salary") < at("section.Program"));
    CHECK(at("program.tuition_per_year") < at("choice:program.modality"));
    CHECK(at("section.Financing") < at("financing.federal_rate"));
    CHECK(at("assumptions.real_discount_rate") < at("panel.cash"));
    CHECK(ids.back() == "panel.method");
    int panels = 0;
    for (const json& f : fields) panels += f["kind"] == "panel";
    CHECK(panels == 9);
    // Each field of the table once, with the slider's range in the units it shows.
    std::set<std::string> unique(ids.begin(), ids.end());
    CHECK(unique.size() == ids.size());
    const json& rate = fields[at("financing.federal_rate")];
    CHECK(rate["kind"] == "range");
    CHECK(rate["max"].get<double>() == doctest::Approx(20));
    CHECK(rate["step"].get<double>() == doctest::Approx(0.01));
    CHECK(fields[at("program.tuition_per_year")]["step"] == 100);
    // Every rectangle key the twin stands over is one the canvas records (all sections open).
    h.ui.force_open = true;
    h.frame(2);
    const json layout = json::parse(mlroi_web::twin_layout_json(h.app, h.ui));
    for (const json& f : fields) {
        if (f["kind"] == "evidence" || f["id"] == "you.tax_rate" || f["id"] == "you.state_tax_rate")
            continue; // shown one at a time
        if (f.contains("options") && f["kind"] != "select") {
            for (const json& o : f["options"])
                CHECK_MESSAGE(layout["r"].contains(f["key"].get<std::string>() + "=" +
                                                   o["key"].get<std::string>()),
                              f["id"]);
        } else {
            CHECK_MESSAGE(layout["r"].contains(f["key"].get<std::string>()), f["id"]);
        }
    }
}

TEST_CASE("twin: edits go through the canvas's own functions; refusals carry the core's message") {
    Harness h(1200);
    h.frame(2);
    const double tuition = h.app.scenario.program.tuition_per_year;
    CHECK(mlroi_web::twin_set(
              h.app, h.ui, "program.tuition_per_year=" + std::to_string(int(tuition) + 100)) == "");
    CHECK(h.app.scenario.program.tuition_per_year == tuition + 100);
    CHECK(mlroi_web::twin_set(h.app, h.ui, "financing.federal_rate=7.95") == "");
    CHECK(h.app.scenario.financing.federal_rate == 0.0795);
    // Online brings its companions, as the canvas's button does: no extra housing.
    CHECK(mlroi_web::twin_set(h.app, h.ui, "choice:program.modality=online") == "");
    CHECK(h.app.scenario.program.modality == mlroi::Modality::Online);
    CHECK(h.app.scenario.program.extra_housing_per_month == 0);
    const size_t had = h.app.scenario.you.has.size();
    CHECK(mlroi_web::twin_set(h.app, h.ui, "check:you.has=calculus") == "");
    CHECK(h.app.scenario.you.has.size() == had - 1);
    // The horizon must outlast the program by a year: 8 years of study, then 5 counted.
    CHECK(mlroi_web::twin_set(h.app, h.ui, "program.years=8") == "");
    const std::string why = mlroi_web::twin_set(h.app, h.ui, "you.horizon_years=5");
    CHECK_FALSE(why.empty());
    CHECK(why == h.app.errors.at("you.horizon_years"));
    const json state = json::parse(mlroi_web::twin_state_json(h.app));
    CHECK(state["you.horizon_years"]["e"] == why);
    CHECK(state["program.tuition_per_year"]["t"] ==
          mlroi::format_value(*mlroi_web::field_spec("program.tuition_per_year"), tuition + 100) +
              " a year");
    CHECK(state["choice:program.modality"]["v"] == "online");
    CHECK(state["verdict"]["t"] == h.app.results.verdict.headline);
    // A nullable figure: "Use evidence" puts it back to null.
    CHECK(mlroi_web::twin_set(h.app, h.ui, "you.current_salary=90000") == "");
    CHECK(json::parse(mlroi_web::twin_state_json(h.app))["you.current_salary"]["ev"] == false);
    CHECK(mlroi_web::twin_set(h.app, h.ui, "evidence:you.current_salary=null") == "");
    CHECK_FALSE(h.app.scenario.you.current_salary.has_value());
    CHECK_FALSE(mlroi_web::twin_set(h.app, h.ui, "no.such=1").empty());
}

TEST_CASE("twin: the focus ring, at least 2 px and 3:1 against the background in every theme") {
    using mlroi_web::Theme;
    for (const Theme theme :
         {Theme::Light, Theme::Dark, Theme::LightMore, Theme::DarkMore, Theme::System}) {
        Harness h(1200, 720, 2, theme);
        h.frame(2);
        CHECK(foreground_vertices() == 0);
        mlroi_web::twin_focus(h.app, h.ui, "program.tuition_per_year");
        h.frame(2);
        CHECK(foreground_vertices() > 0);
        CHECK(mlroi_web::focus_ring_width(h.ui) >= 2 * h.ui.scale);
        const ImVec4 ring = ImGui::ColorConvertU32ToFloat4(mlroi_web::focus_ring_color());
        const double a = luminance(ring), b = luminance(mlroi_web::palette().background);
        CHECK((std::max(a, b) + 0.05) / (std::min(a, b) + 0.05) >= 3);
        mlroi_web::twin_focus(h.app, h.ui, "");
        h.frame(1);
        CHECK(foreground_vertices() == 0);
        mlroi_test::check_clean(h);
    }
}

TEST_CASE("twin: focus on an item in a closed section opens it; a fixed height scrolls to it") {
    Harness h(1200, 720);
    h.frame(2);
    CHECK(h.ui.opened.at("section.Assumptions") == false); // closed by default
    CHECK(h.ui.rects.count("assumptions.inflation") == 0);
    mlroi_web::twin_focus(h.app, h.ui, "assumptions.inflation");
    h.frame(3);
    CHECK(h.ui.opened.at("section.Assumptions"));
    REQUIRE(h.ui.rects.count("assumptions.inflation") == 1);
    CHECK(h.ui.rects.at("assumptions.inflation").visible); // scrolled into the column's view
    // A panel far down the results column, too.
    CHECK_FALSE(h.ui.rects.at("panel.method").visible);
    mlroi_web::twin_focus(h.app, h.ui, "panel.method");
    h.frame(3);
    CHECK(h.ui.rects.at("panel.method").visible);
    // Sections and panels open and close on the twin's request.
    CHECK(mlroi_web::twin_set(h.app, h.ui, "panel.odds=toggle") == "");
    h.frame(2);
    CHECK(h.ui.opened.at("panel.odds") == false);
    CHECK(h.ui.rects.count("chart.odds") == 0);
    mlroi_test::check_clean(h);
}

TEST_CASE("twin: the layout's revision moves only when the layout does") {
    Harness h(1200, 720);
    h.frame(3);
    const int before = h.ui.layout_revision;
    h.frame(3);
    CHECK(h.ui.layout_revision == before);
    mlroi_web::twin_set(h.app, h.ui, "section.You=closed");
    h.frame(2);
    CHECK(h.ui.layout_revision > before);
    const json layout = json::parse(mlroi_web::twin_layout_json(h.app, h.ui));
    CHECK(layout["o"]["section.You"] == false);
    CHECK_FALSE(layout["r"].contains("you.current_salary"));
}
