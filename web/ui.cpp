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

// "Copy link", right-aligned on its own line (the browser does the copying).
void share_button(UiState& ui) {
    const char* label = "Copy link";
    const float w = ImGui::CalcTextSize(label).x + ImGui::GetStyle().FramePadding.x * 2;
    ImGui::SetCursorPosX(ImGui::GetCursorPosX() + std::max(0.0f, ImGui::GetContentRegionAvail().x - w));
    if (ImGui::SmallButton(label)) ui.copy_link = true;
    record_item(ui, "share.copy");
    item_tooltip(ui, "Copy a link to this scenario: opening it shows these inputs again. The "
                     "scenario is in the link itself; nothing is sent anywhere.");
}

// Auto height: a jump ("How?", SetScrollHereY) in the window becomes the page's scroll.
void take_jump(UiState& ui) {
    ImGuiWindow* w = ImGui::GetCurrentWindow();
    if (w->ScrollTarget.y < FLT_MAX) {
        ui.reveal_y = w->ScrollTarget.y - w->Scroll.y;
        w->ScrollTarget.y = FLT_MAX;
    }
}

} // namespace

void draw_app(AppState& app, UiState& ui) {
    ui.rects.clear();
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
    draw_verdict(app, ui);
    if (ui.share_button) share_button(ui);
    ImGui::Separator();

    ui.wide = css_width(ui) >= kTwoColumnsFrom;
    const ImGuiWindowFlags child = ImGuiWindowFlags_NoSavedSettings;
    const float gap = ImGui::GetStyle().ItemSpacing.x * 2;
    const float left = std::floor((ImGui::GetContentRegionAvail().x - gap) * 0.55f);
    // Two columns are two child windows, each scrolling. With auto height there are no child
    // windows (one wholly outside the canvas would skip its items, so nothing in it would be
    // measured or recorded): two columns are a table, one is the window itself.
    bool table = false;
    if (!ui.auto_height) {
        ImGui::BeginChild(ui.wide ? "inputs" : "content", ImVec2(ui.wide ? left : 0, 0), false, child);
    } else if (ui.wide) {
        ImGui::PushStyleVar(ImGuiStyleVar_CellPadding, ImVec2(gap / 2, 0));
        table = ImGui::BeginTable("columns", 2, ImGuiTableFlags_NoSavedSettings);
        ImGui::PopStyleVar();
        if (table) {
            ImGui::TableSetupColumn("inputs", ImGuiTableColumnFlags_WidthFixed, left);
            ImGui::TableSetupColumn("results", ImGuiTableColumnFlags_WidthStretch);
            ImGui::TableNextColumn();
        }
    }
    draw_inputs(app, ui);
    if (table) {
        ImGui::TableNextColumn();
    } else if (ui.wide && !ui.auto_height) {
        ImGui::EndChild();
        ImGui::SameLine(0, gap);
        ImGui::BeginChild("results", ImVec2(0, 0), false, child);
    } else {
        ImGui::Dummy(ImVec2(0, 8 * ui.scale));
        ImGui::Separator();
    }
    draw_results(app, ui);
    if (table) ImGui::EndTable();
    if (!ui.auto_height) ImGui::EndChild();
    if (ui.auto_height) {
        const ImGuiWindow* w = ImGui::GetCurrentWindow();
        ui.content_height =
            std::ceil(w->DC.CursorMaxPos.y - w->DC.CursorStartPos.y + w->WindowPadding.y * 2);
        take_jump(ui);
    }
    ImGui::End();
}

} // namespace mlroi_web
