#include "ui.hpp"

#include "panel_alternatives.hpp"
#include "panel_cash_chart.hpp"
#include "panel_costs.hpp"
#include "panel_fit.hpp"
#include "panel_inputs.hpp"
#include "panel_loan.hpp"
#include "panel_method.hpp"
#include "panel_odds.hpp"
#include "panel_tornado.hpp"
#include "panel_verdict.hpp"
#include "theme.hpp"
#include "twin.hpp"
#include "widgets.hpp"

#include "imgui.h"
#include "imgui_internal.h"

#include <algorithm>
#include <cfloat>
#include <cmath>

namespace mlroi_web {

namespace {

constexpr float kTwoColumnsFrom = 640; // CSS px

// The result panels, most telling first; each collapsible, each with a "How?" link.
void draw_results(const AppState& app, UiState& ui) {
    ui.view.hover = nullptr; // set again by whichever chart the pointer is over
    draw_cash_chart(app, ui);
    if (app.complete) draw_odds(app, ui);
    draw_costs(app, ui);
    draw_loan(app, ui);
    if (app.complete) {
        draw_tornado(app, ui);
        draw_fit(app, ui);
        draw_modalities(app, ui);
        draw_alternatives(app, ui);
    }
    if (!app.results.notes.empty()) {
        ImGui::Dummy(ImVec2(0, 8 * ui.scale));
        ImGui::PushFont(ui.fonts.strong);
        ImGui::TextUnformatted("Good to know");
        ImGui::PopFont();
        record_item(ui, "notes");
        for (const std::string& note : app.results.notes)
            colored_wrapped(palette().text_muted, note);
    }
    ImGui::Dummy(ImVec2(0, 8 * ui.scale));
    draw_method(app, ui);
}

// Auto height: each column measures its content (both then get the taller's height, so the
// canvas's band always crosses both and neither is skipped as wholly clipped), and a jump in
// it ("How?", SetScrollHereY) becomes the page's scroll.
void end_column(UiState& ui, int i) {
    ImGuiWindow* w = ImGui::GetCurrentWindow();
    if (ui.auto_height && !w->SkipItems) {
        ui.column_height[i] = std::ceil(w->DC.CursorMaxPos.y - w->DC.CursorStartPos.y);
        if (w->ScrollTarget.y < FLT_MAX) {
            ui.reveal_y = w->Pos.y + w->ScrollTarget.y - w->Scroll.y;
            w->ScrollTarget.y = FLT_MAX;
        }
    }
    ImGui::EndChild();
}

} // namespace

void draw_app(AppState& app, UiState& ui) {
    ui.rects.clear();
    ui.opened.clear();
    const ImGuiIO& io = ImGui::GetIO();
    ImGui::SetNextWindowPos(ImVec2(0, 0));
    ImGui::SetNextWindowSize(io.DisplaySize);
    if (ui.auto_height) ImGui::SetNextWindowScroll(ImVec2(0, ui.view_y));
    const ImGuiWindowFlags frame =
        ImGuiWindowFlags_NoTitleBar | ImGuiWindowFlags_NoResize | ImGuiWindowFlags_NoMove |
        ImGuiWindowFlags_NoCollapse | ImGuiWindowFlags_NoSavedSettings |
        ImGuiWindowFlags_NoBringToFrontOnFocus | ImGuiWindowFlags_NoScrollbar |
        ImGuiWindowFlags_NoScrollWithMouse;
    ImGui::Begin("mlroi", nullptr, frame);
    // The verdict stays pinned above the columns, unless it would fill more than 40% of a
    // widget of fixed height (large text on a phone): then it scrolls with the inputs.
    const bool pinned = ui.auto_height || ui.verdict_height <= 0.4f * io.DisplaySize.y;
    const auto verdict = [&] {
        const float top = ImGui::GetCursorPosY();
        draw_verdict(app, ui);
        ImGui::Separator();
        ui.verdict_height = ImGui::GetCursorPosY() - top;
    };
    if (pinned) verdict();

    ui.wide = css_width(ui) >= kTwoColumnsFrom;
    ImGuiWindowFlags child = ImGuiWindowFlags_NoSavedSettings;
    // Auto height: the columns are as tall as the taller's content and never scroll.
    float height = 0; // 0: the rest of the window
    if (ui.auto_height) {
        child |= ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoScrollWithMouse;
        height = ui.wide ? std::max(ui.column_height[0], ui.column_height[1]) : ui.column_height[0];
    }
    if (ui.wide) {
        const float gap = ImGui::GetStyle().ItemSpacing.x * 2;
        const float left = std::floor((ImGui::GetContentRegionAvail().x - gap) * 0.55f);
        ImGui::BeginChild("inputs", ImVec2(left, height), false, child);
        if (!pinned) verdict();
        draw_inputs(app, ui);
        end_column(ui, 0);
        ImGui::SameLine(0, gap);
        ImGui::BeginChild("results", ImVec2(0, height), false, child);
        draw_results(app, ui);
        end_column(ui, 1);
    } else {
        ImGui::BeginChild("content", ImVec2(0, height), false, child);
        if (!pinned) verdict();
        draw_inputs(app, ui);
        ImGui::Dummy(ImVec2(0, 8 * ui.scale));
        ImGui::Separator();
        draw_results(app, ui);
        end_column(ui, 0);
    }
    if (ui.auto_height) {
        const ImGuiWindow* w = ImGui::GetCurrentWindow();
        ui.content_height =
            std::ceil(w->DC.CursorMaxPos.y - w->DC.CursorStartPos.y + w->WindowPadding.y * 2);
    }
    ImGui::End();
    twin_after_draw(ui);
}

} // namespace mlroi_web
