#include "panel_costs.hpp"

#include "panel_method.hpp"
#include "theme.hpp"
#include "widgets.hpp"

#include "format.hpp"

#include "imgui.h"

#include <algorithm>
#include <cmath>

namespace mlroi_web {

namespace {

struct Part {
    const char* label;
    const char* meaning;
    double value;
};

// "Label ........ $12,345" on one line; the value right-aligned.
void money_row(const UiState& ui, const char* label, double value, const char* meaning,
               ImU32 swatch) {
    if (swatch) {
        const ImVec2 p = ImGui::GetCursorScreenPos();
        const float h = ImGui::GetTextLineHeight();
        const float s = std::round(h * 0.6f);
        ImGui::GetWindowDrawList()->AddRectFilled(ImVec2(p.x, p.y + (h - s) / 2),
                                                  ImVec2(p.x + s, p.y + (h + s) / 2), swatch,
                                                  2 * ui.scale);
        ImGui::Dummy(ImVec2(s, h));
        ImGui::SameLine();
    }
    value_row(ui, label, mlroi::format_money(value), meaning);
}

} // namespace

void draw_costs(const AppState& app, UiState& ui) {
    const mlroi::Costs& cost = app.results.cost;
    const Part parts[] = {
        {"Direct costs",
         "Tuition and fees less grants and employer aid, extra housing, travel, care, moving and "
         "any prerequisite courses: everything the program costs, however it is paid.",
         cost.direct},
        {"Pay given up", "After-tax pay you give up while you study and look for the new job.",
         cost.opportunity},
        {"Loan interest and fees",
         "Interest charged on the loans and not waived (including interest added when repayment "
         "starts) plus origination fees. The loans also carry the living costs study-time pay "
         "does not cover.",
         cost.interest},
    };
    const double total = cost.total;

    if (!panel_header(ui, "costs", "What it costs", "method.timeline")) return;

    // The shares as one bar.
    const float width = ImGui::GetContentRegionAvail().x;
    const float height = std::round(10 * ui.scale);
    const ImVec2 p = ImGui::GetCursorScreenPos();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->AddRectFilled(p, ImVec2(p.x + width, p.y + height), palette().track, 3 * ui.scale);
    float x = p.x;
    for (int i = 0; i < 3; ++i) {
        if (total <= 0) break;
        const float w = static_cast<float>(width * std::max(0.0, parts[i].value) / total);
        const float end = std::min(p.x + width, x + w);
        if (end > x) dl->AddRectFilled(ImVec2(x, p.y), ImVec2(end, p.y + height), palette().bar[i]);
        x = end;
    }
    ImGui::Dummy(ImVec2(width, height));

    for (int i = 0; i < 3; ++i)
        money_row(ui, parts[i].label, parts[i].value, parts[i].meaning, palette().bar[i]);
    ImGui::Separator();
    ImGui::PushFont(ui.fonts.strong);
    money_row(ui, "Total cost", total,
              "All three together, in dollars as they are paid (not discounted), for a reader "
              "who finishes.",
              0);
    ImGui::PopFont();
}

} // namespace mlroi_web
