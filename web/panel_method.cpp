#include "panel_method.hpp"

#include "method_text.hpp"
#include "theme.hpp"
#include "widgets.hpp"

#include "imgui.h"

#include <string>

namespace mlroi_web {

// [SECTION] Index
//   Panel header with its "How?" link, the conventions (method_text.hpp), the sources.

bool panel_header(UiState& ui, const char* key, const char* title, const char* section) {
    const std::string id = std::string("panel.") + key;
    if (ui.force_open) ImGui::SetNextItemOpen(true);
    apply_open_request(ui, id);
    const bool open = ImGui::CollapsingHeader(title, ImGuiTreeNodeFlags_DefaultOpen |
                                                         ImGuiTreeNodeFlags_AllowItemOverlap);
    record_item(ui, id);
    ui.opened[id] = open;
    if (ui.view.scroll_to == key) {
        ImGui::SetScrollHereY(0);
        ui.view.scroll_to.clear();
    }
    const char* link = "How?";
    const float width = ImGui::CalcTextSize(link).x + ImGui::GetStyle().FramePadding.x * 2;
    ImGui::SameLine(ImGui::GetWindowContentRegionMax().x - width);
    ImGui::PushID(title);
    if (ImGui::SmallButton(link)) {
        ui.view.open_method = true;
        ui.view.method_section = section;
    }
    ImGui::PopID();
    item_tooltip(ui, "How we calculate this");
    return open;
}

void draw_method(const AppState& app, UiState& ui) {
    const bool jump = ui.view.open_method || ui.view.scroll_to == "method";
    if (jump || ui.force_open) ImGui::SetNextItemOpen(true);
    apply_open_request(ui, "panel.method");
    const bool open = ImGui::CollapsingHeader("How we calculate");
    record_item(ui, "panel.method");
    ui.opened["panel.method"] = open;
    if (ui.view.scroll_to == "method") {
        ImGui::SetScrollHereY(0);
        ui.view.scroll_to.clear();
    }
    if (!open) return;
    // Sections are built only when the panel is open: their words come from the data.
    for (const MethodSection& s : method_sections(app)) {
        const bool asked = jump && ui.view.method_section == s.id;
        if (ui.force_open || asked) ImGui::SetNextItemOpen(true);
        const bool section_open =
            ImGui::TreeNodeEx(s.id.c_str(), ImGuiTreeNodeFlags_None, "%s", s.title.c_str());
        record_item(ui, s.id);
        if (asked) ImGui::SetScrollHereY(0);
        if (!section_open) continue;
        for (const MethodLine& line : s.lines) {
            if (line.bullet) ImGui::Bullet();
            colored_wrapped(line.bullet ? palette().text_muted : ImGui::GetColorU32(ImGuiCol_Text),
                            line.text);
        }
        ImGui::TreePop();
    }
    if (ui.force_open) ImGui::SetNextItemOpen(true);
    if (ImGui::TreeNode("Every default and its source")) {
        record_item(ui, "method.sources");
        for (const std::string& line : source_lines(app))
            colored_wrapped(palette().text_muted, line);
        ImGui::TreePop();
    }
    ui.view.open_method = false;
}

} // namespace mlroi_web
