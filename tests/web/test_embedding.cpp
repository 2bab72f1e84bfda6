// What the browser asks of the panels (issue 10): auto height (the window as tall as its
// content, shown through a band that moves), typed entry in the page's own <input>
// (typed_text, apply_typed, the request a slider makes instead of opening Dear ImGui's text
// box). Expected values: the core's messages and figures, and the layout's own rectangles.
#include "checks.hpp"

#include "widgets.hpp"

#include "imgui.h"

#include <doctest/doctest.h>

#include <cmath>

namespace {

using mlroi_test::Harness;

// The whole content's height after the layout settles (a few frames: columns are measured).
float settle(Harness& h) {
    h.frame(4);
    return h.ui.content_height;
}

} // namespace

TEST_CASE("auto height: the window is as tall as its content, nothing scrolls inside") {
    for (float width : {360.0f, 1200.0f}) {
        INFO("width " << width);
        Harness h(width, 800);
        h.ui.auto_height = true;
        const float content = settle(h);
        CHECK(content > 1600);
        // The last item, "How we calculate", ends just inside the content.
        const auto method = h.ui.rects.at("panel.method");
        CHECK(method.y + method.h <= content);
        CHECK(content - (method.y + method.h) < 60);
        CHECK_FALSE(method.visible); // below the 800 px band
        // The band moved to the end: the same item, at the same place in the content, shows.
        h.ui.view_y = content - 800;
        h.frame(2);
        // Within 2 px: Dear ImGui floors positions toward zero, so items above the band (at
        // negative y) with fractional heights land a pixel apart (the platform lets the element
        // grow but not shrink by that much).
        CHECK(std::fabs(h.ui.content_height - content) <= 2);
        const auto moved = h.ui.rects.at("panel.method");
        CHECK(moved.visible);
        CHECK(std::fabs(moved.y + h.ui.view_y - method.y) <= 2);
        // Items far above the band are still laid out and recorded (not skipped).
        REQUIRE(h.ui.rects.count("program.tuition_per_year") == 1);
        CHECK_FALSE(h.ui.rects.at("program.tuition_per_year").visible);
        // (No overflow check: the alternatives table, in view here, scrolls sideways.)
        CHECK_MESSAGE(mlroi_test::imgui_assertions().empty(),
                      mlroi_test::join_lines(mlroi_test::imgui_assertions()));
    }
}

TEST_CASE("auto height: a \"How?\" jump asks the page to scroll to the section") {
    Harness h(1200, 800);
    h.ui.auto_height = true;
    settle(h);
    const auto header = h.ui.rects.at("panel.cash");
    REQUIRE(header.visible);
    h.ui.reveal_y = -1;
    h.click(header.x + header.w - 8, header.y + header.h / 2);
    h.frame(2);
    REQUIRE(h.ui.reveal_y >= 0);
    // To the cash flows' section of How we calculate, far below the band.
    const auto section = h.ui.rects.at("method.timeline");
    CHECK(h.ui.reveal_y == doctest::Approx(section.y).epsilon(0.01));
    CHECK(section.y > 800);
}

TEST_CASE("typed entry in the page's <input>: the text it starts with and what it applies") {
    Harness h(1200, 2400);
    CHECK(mlroi_web::typed_text(h.app, "program.tuition_per_year") == "27776");
    CHECK(mlroi_web::typed_text(h.app, "financing.federal_rate") == "7.94");
    CHECK(mlroi_web::typed_text(h.app, "program.years") == "2");
    // Left to the evidence: the figure the analysis uses (NACE, STEM bachelor's, $80,477).
    CHECK(mlroi_web::typed_text(h.app, "you.current_salary") == "80477");

    CHECK(mlroi_web::apply_typed(h.app, "program.tuition_per_year", "$15,000"));
    CHECK(h.app.scenario.program.tuition_per_year == 15000);
    CHECK(h.app.results.cost.direct == doctest::Approx(2 * 15000 + 24000));
    CHECK(mlroi_web::apply_typed(h.app, "financing.federal_rate", " 6.5 % "));
    CHECK(h.app.scenario.financing.federal_rate == doctest::Approx(0.065));

    // Refused: the core's own words, nothing changed.
    CHECK_FALSE(mlroi_web::apply_typed(h.app, "program.tuition_per_year", "-5"));
    CHECK(h.app.errors.at("program.tuition_per_year") ==
          "must be a finite number from 0 to 500000, got -5");
    CHECK_FALSE(mlroi_web::apply_typed(h.app, "program.tuition_per_year", "abc"));
    CHECK(h.app.errors.at("program.tuition_per_year") ==
          "must be a finite number from 0 to 500000, got \"abc\"");
    CHECK(h.app.scenario.program.tuition_per_year == 15000);
}

TEST_CASE("with the page's <input>, a double-click asks for it instead of Dear ImGui's text box") {
    Harness h(1200, 2400);
    h.ui.dom_entry = true;
    h.frame(2);
    const auto r = h.ui.rects.at("program.tuition_per_year");
    h.double_click(r.x + r.w / 2, r.y + r.h / 2);
    h.frame();
    CHECK(h.ui.entry_request == "program.tuition_per_year");
    h.frame(2); // Dear ImGui's text box never took a key, and wants none now
    CHECK_FALSE(ImGui::GetIO().WantTextInput);
    CHECK(h.app.errors.empty());
    mlroi_test::check_clean(h, "dom entry");
}
