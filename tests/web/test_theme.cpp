// Colours: every text colour meets WCAG AA (4.5:1) on its background, and chart marks meet
// the 3:1 of non-text contrast, in both themes. Worked out with WCAG 2's own formulas.
#include "harness.hpp"
#include "theme.hpp"

#include <doctest/doctest.h>

#include <cmath>
#include <string>

namespace {

// WCAG relative luminance of an sRGB colour.
double luminance(const ImVec4& c) {
    const auto linear = [](double v) {
        return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * linear(c.x) + 0.7152 * linear(c.y) + 0.0722 * linear(c.z);
}

double contrast(ImU32 a, const ImVec4& b) {
    const double la = luminance(ImGui::ColorConvertU32ToFloat4(a)), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

} // namespace

TEST_CASE("WCAG contrast of the widget's colours, light and dark") {
    // Black on white is 21:1 by the formula: a check on the check.
    CHECK(contrast(IM_COL32(0, 0, 0, 255), ImVec4(1, 1, 1, 1)) == doctest::Approx(21));
    for (const mlroi_web::Theme theme : {mlroi_web::Theme::Light, mlroi_web::Theme::Dark}) {
        mlroi_test::Harness h(800, 720, 1, theme); // applies the theme
        const mlroi_web::Palette& p = mlroi_web::palette();
        const ImVec4 bg = p.background;
        const std::string name = theme == mlroi_web::Theme::Light ? "light" : "dark";
        const ImGuiStyle& style = ImGui::GetStyle();
        CHECK_MESSAGE(contrast(ImGui::GetColorU32(style.Colors[ImGuiCol_Text]), bg) >= 4.5, name);
        CHECK_MESSAGE(contrast(ImGui::GetColorU32(style.Colors[ImGuiCol_TextDisabled]), bg) >= 4.5,
                      name);
        for (ImU32 text : {p.text_muted, p.good, p.bad, p.uncertain, p.error, p.bar[0]})
            CHECK_MESSAGE(contrast(text, bg) >= 4.5, name);
        for (int level = 0; level < 4; ++level)
            CHECK_MESSAGE(
                contrast(p.risk[level], ImGui::ColorConvertU32ToFloat4(p.risk_bg[level])) >= 4.5,
                name << " risk " << level);
        // Text on this program's highlighted row, and the chart marks against the page.
        CHECK_MESSAGE(contrast(ImGui::GetColorU32(style.Colors[ImGuiCol_Text]),
                               ImGui::ColorConvertU32ToFloat4(p.highlight)) >= 4.5,
                      name);
        for (ImU32 mark : {p.bar[0], p.bar[2], p.good, p.bad, p.text_muted})
            CHECK_MESSAGE(contrast(mark, bg) >= 3.0, name);
    }
}
