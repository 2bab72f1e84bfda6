#include "panel_fit.hpp"

#include "panel_method.hpp"
#include "theme.hpp"
#include "widgets.hpp"

#include "imgui.h"

#include <cmath>

namespace mlroi_web {

namespace {
// A thin gauge: `share` of the width filled.
void gauge(const UiState& ui, double share, ImU32 color) {
    const float width = ImGui::GetContentRegionAvail().x;
    const float height = std::round(6 * ui.scale);
    const ImVec2 p = ImGui::GetCursorScreenPos();
    ImDrawList* draw = ImGui::GetWindowDrawList();
    draw->AddRectFilled(p, ImVec2(p.x + width, p.y + height), palette().track, height / 2);
    draw->AddRectFilled(p, ImVec2(p.x + static_cast<float>(width * share), p.y + height), color,
                        height / 2);
    ImGui::Dummy(ImVec2(width, height));
}

ImU32 score_color(double score) {
    const Palette& pal = palette();
    return score >= 75 ? pal.good : score >= 50 ? pal.risk[1] : pal.bad;
}
} // namespace

void draw_fit(const AppState& app, UiState& ui) {
    const mlroi::Fit& fit = app.results.fit;
    if (!panel_header(ui, "fit", "Program fit", "method.fit")) return;
    const Palette& pal = palette();
    ImGui::PushFont(ui.fonts.large);
    ImGui::Text("%d/100", static_cast<int>(std::lround(fit.score)));
    ImGui::PopFont();
    record_item(ui, "fit.score");
    gauge(ui, fit.score / 100, score_color(fit.score));

    for (const mlroi::FitFactor& f : fit.factors) {
        ImGui::PushFont(ui.fonts.strong);
        ImGui::TextUnformatted(f.label.c_str());
        ImGui::PopFont();
        colored_wrapped(pal.text_muted,
                        std::to_string(static_cast<int>(std::lround(f.score))) + "/100, weight " +
                            std::to_string(static_cast<int>(std::lround(f.weight))));
        record_item(ui, "fit." + f.key);
        gauge(ui, f.score / 100, score_color(f.score));
        colored_wrapped(pal.text_muted, f.sentence);
    }

    ImGui::Spacing();
    ImGui::PushFont(ui.fonts.strong);
    ImGui::TextUnformatted("The article's five questions");
    ImGui::PopFont();
    for (const mlroi::FitQuestion& q : fit.questions) {
        colored_wrapped(ImGui::GetColorU32(ImGuiCol_Text), q.question);
        ImGui::PushFont(ui.fonts.strong);
        colored_wrapped(ImGui::GetColorU32(ImGuiCol_Text), q.verdict);
        ImGui::PopFont();
        record_item(ui, "question." + q.key);
        colored_wrapped(pal.text_muted, q.detail);
    }
}

} // namespace mlroi_web
