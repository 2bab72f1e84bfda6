#include "ui.hpp"

#include "panel_costs.hpp"
#include "panel_inputs.hpp"
#include "panel_loan.hpp"
#include "panel_verdict.hpp"
#include "theme.hpp"
#include "widgets.hpp"

#include "imgui.h"

#include <cmath>

namespace mlroi_web {

namespace {

constexpr float kTwoColumnsFrom = 700; // CSS px

void draw_results(const AppState& app, UiState& ui) {
    draw_costs(app, ui);
    ImGui::Dummy(ImVec2(0, 8 * ui.scale));
    draw_loan(app, ui);
    const json* notes = json_at(app.results_json, "notes");
    if (notes && notes->is_array() && !notes->empty()) {
        ImGui::Dummy(ImVec2(0, 8 * ui.scale));
        ImGui::PushFont(ui.fonts.strong);
        ImGui::TextUnformatted("Good to know");
        ImGui::PopFont();
        for (const json& note : *notes)
            if (note.is_string()) colored_wrapped(palette().text_muted, note.get<std::string>());
    }
}

} // namespace

void draw_app(AppState& app, UiState& ui) {
    ui.rects.clear();
    const ImGuiIO& io = ImGui::GetIO();
    ImGui::SetNextWindowPos(ImVec2(0, 0));
    ImGui::SetNextWindowSize(io.DisplaySize);
    const ImGuiWindowFlags frame =
        ImGuiWindowFlags_NoTitleBar | ImGuiWindowFlags_NoResize | ImGuiWindowFlags_NoMove |
        ImGuiWindowFlags_NoCollapse | ImGuiWindowFlags_NoSavedSettings |
        ImGuiWindowFlags_NoBringToFrontOnFocus | ImGuiWindowFlags_NoScrollbar |
        ImGuiWindowFlags_NoScrollWithMouse;
    ImGui::Begin("mlroi", nullptr, frame);
    draw_verdict(app, ui);
    ImGui::Separator();

    ui.wide = css_width(ui) >= kTwoColumnsFrom;
    const ImGuiWindowFlags child = ImGuiWindowFlags_NoSavedSettings;
    if (ui.wide) {
        const float gap = ImGui::GetStyle().ItemSpacing.x * 2;
        const float left = std::floor((ImGui::GetContentRegionAvail().x - gap) * 0.55f);
        ImGui::BeginChild("inputs", ImVec2(left, 0), false, child);
        draw_inputs(app, ui);
        ImGui::EndChild();
        ImGui::SameLine(0, gap);
        ImGui::BeginChild("results", ImVec2(0, 0), false, child);
        draw_results(app, ui);
        ImGui::EndChild();
    } else {
        ImGui::BeginChild("content", ImVec2(0, 0), false, child);
        draw_inputs(app, ui);
        ImGui::Dummy(ImVec2(0, 8 * ui.scale));
        ImGui::Separator();
        draw_results(app, ui);
        ImGui::EndChild();
    }
    ImGui::End();
}

} // namespace mlroi_web
