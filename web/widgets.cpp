#include "widgets.hpp"

#include "field_info.hpp"
#include "theme.hpp"

#include "imgui_internal.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>

namespace mlroi_web {

// [SECTION] Helpers
float css_width(const UiState& ui) {
    return ImGui::GetIO().DisplaySize.x / ui.scale;
}

void record_item(UiState& ui, const std::string& key) {
    const ImVec2 min = ImGui::GetItemRectMin(), max = ImGui::GetItemRectMax();
    const ImRect clip = ImGui::GetCurrentWindow()->ClipRect;
    ItemRect r;
    r.x = min.x, r.y = min.y, r.w = max.x - min.x, r.h = max.y - min.y;
    r.visible = min.y >= clip.Min.y && max.y <= clip.Max.y && ImGui::IsItemVisible();
    ui.rects[key] = r;
    // The twin's focus: a fixed-height widget scrolls its column to the item (with auto
    // height the page scrolls to the twin's element by itself).
    if (ui.focus_reveal && key == ui.focus_key) {
        ui.focus_reveal = false;
        if (!ui.auto_height)
            ImGui::ScrollToBringRectIntoView(ImGui::GetCurrentWindow(), ImRect(min, max));
    }
}

void apply_open_request(UiState& ui, const std::string& key) {
    auto it = ui.open_request.find(key);
    if (it == ui.open_request.end()) return;
    ImGui::SetNextItemOpen(it->second);
    ui.open_request.erase(it);
}

void record_rect(UiState& ui, const std::string& key, const ImVec2& min, const ImVec2& max) {
    const ImRect clip = ImGui::GetCurrentWindow()->ClipRect;
    ui.rects[key] = {min.x, min.y, max.x - min.x, max.y - min.y,
                     min.y >= clip.Min.y && max.y <= clip.Max.y};
}

void value_row(const UiState& ui, const char* label, const std::string& value,
               const char* meaning) {
    const float right = ImGui::GetContentRegionAvail().x;
    const float x0 = ImGui::GetCursorPosX();
    const float w = ImGui::CalcTextSize(value.c_str()).x;
    ImGui::PushTextWrapPos(x0 + right - w - ImGui::GetStyle().ItemSpacing.x);
    ImGui::TextUnformatted(label);
    ImGui::PopTextWrapPos();
    if (meaning) item_tooltip(ui, meaning);
    ImGui::SameLine(x0 + right - w);
    ImGui::TextUnformatted(value.c_str());
}

void item_tooltip(const UiState& ui, const std::string& text) {
    if (text.empty() || !ImGui::IsItemHovered()) return;
    const float width = ImGui::GetIO().DisplaySize.x;
    ImGui::BeginTooltip();
    // Wrap well inside the canvas: a tooltip must never run past its right edge.
    ImGui::PushTextWrapPos(std::min(340 * ui.scale, width * 0.8f));
    ImGui::TextUnformatted(text.c_str());
    ImGui::PopTextWrapPos();
    ImGui::EndTooltip();
}

void colored_wrapped(ImU32 color, const std::string& text) {
    // Our own word wrap, at spaces only: Dear ImGui's also breaks after a comma, which would
    // split "$306,700" across two lines. One group, so the caller can record it as one item.
    const float width = std::max(1.0f, ImGui::GetContentRegionAvail().x);
    ImGui::PushStyleColor(ImGuiCol_Text, color);
    ImGui::BeginGroup();
    // Lines of one paragraph sit as close as Dear ImGui's own wrapped lines.
    ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(ImGui::GetStyle().ItemSpacing.x, 0));
    size_t start = 0;
    while (start <= text.size()) {
        const size_t newline = std::min(text.find('\n', start), text.size());
        size_t line_start = start, last_fit = start;
        for (size_t pos = start; pos <= newline; ++pos) {
            if (pos != newline && text[pos] != ' ') continue;
            const float w = ImGui::CalcTextSize(text.data() + line_start, text.data() + pos).x;
            if (w > width && last_fit > line_start) { // the line so far ends at the last space
                ImGui::TextUnformatted(text.data() + line_start, text.data() + last_fit);
                line_start = last_fit + 1;
            }
            last_fit = pos;
        }
        ImGui::TextUnformatted(text.data() + line_start, text.data() + newline);
        start = newline + 1;
    }
    ImGui::PopStyleVar();
    ImGui::EndGroup();
    ImGui::PopStyleColor();
}

float row_label(UiState& ui, const char* label) {
    const float avail = ImGui::GetContentRegionAvail().x;
    // Side by side when the column is wide enough, else the label sits above the control.
    if (avail / ui.scale < 430) {
        ImGui::TextUnformatted(label);
        return avail;
    }
    const float label_width = std::floor(avail * 0.42f);
    const float x0 = ImGui::GetCursorPosX();
    ImGui::AlignTextToFramePadding();
    ImGui::PushTextWrapPos(x0 + label_width - ImGui::GetStyle().ItemSpacing.x);
    ImGui::TextUnformatted(label);
    ImGui::PopTextWrapPos();
    ImGui::SameLine(x0 + label_width);
    return ImGui::GetContentRegionAvail().x;
}

namespace {

// A display string as a Dear ImGui format: no conversions, '%' doubled.
std::string as_format(const std::string& text) {
    std::string out;
    for (char c : text) {
        out += c;
        if (c == '%') out += '%';
    }
    return out;
}

const char* typed_format(Kind kind) {
    switch (kind) {
    case Kind::Money:
        return "%.0f";
    case Kind::Rate:
        return "%.2f";
    case Kind::Years:
        return "%.1f";
    case Kind::Count:
        return "%d";
    default:
        return "%g";
    }
}

double tidy(double v, const FieldSpec& spec, bool typed) {
    if (!typed) v = std::round(v / spec.step) * spec.step;
    // Shares to 1e-8 (a hundredth of a basis point), money to the cent: no binary noise.
    if (spec.kind == Kind::Rate) return std::round(v * 1e8) / 1e8;
    return std::round(v * 100) / 100;
}

// Whose figure this is: the evidence's (and why) or the reader's own.
std::string status_text(const AppState& app, const FieldSpec& spec) {
    if (!mlroi::from_evidence(spec)) return "";
    if (left_to_evidence(app, spec.path)) {
        const mlroi::UsedInput* used = input_used(app, spec.path);
        return "From the evidence: " + (used ? used->why : std::string("")) + ".";
    }
    const mlroi::UsedInput evidence = evidence_for(app, spec.path);
    return "Your own figure. The evidence would give " + format_value(spec, evidence.value) + ": " +
           evidence.why + ".";
}

std::string tooltip_text(const AppState& app, const FieldSpec& spec) {
    std::string text = spec.help;
    for (const std::string& part : {status_text(app, spec), provenance_text(app, spec.path)})
        if (!part.empty()) text += "\n\n" + part;
    text += "\n\nDouble-click the slider to type an exact value.";
    return text;
}

// Under a fillable field's slider: a muted note while the evidence fills it, else a button
// that puts it back to the evidence (null).
void evidence_note(AppState& app, UiState& ui, const FieldSpec& spec, float x) {
    ImGui::SetCursorPosX(x);
    const std::string key = std::string(spec.path) + ".evidence";
    if (left_to_evidence(app, spec.path)) {
        colored_wrapped(palette().text_muted, "from the evidence");
        record_item(ui, key);
        if (ImGui::IsItemHovered()) item_tooltip(ui, status_text(app, spec));
        return;
    }
    const bool clicked = ImGui::SmallButton("Use evidence");
    record_item(ui, key);
    if (ImGui::IsItemHovered()) {
        const mlroi::UsedInput evidence = evidence_for(app, spec.path);
        item_tooltip(ui, "Go back to the evidence: " + format_value(spec, evidence.value) + ", " +
                             evidence.why + ".");
    }
    if (clicked) app_edit(app, spec.path, nullptr);
}

} // namespace

// [SECTION] Numeric field
double shown_value(const AppState& app, const std::string& path) {
    auto pending = app.pending.find(path);
    return pending != app.pending.end() ? pending->second : number_at(app.resolved_json, path);
}

bool field_slider(AppState& app, UiState& ui, const char* path) {
    const FieldSpec* spec = field_spec(path);
    if (!spec) return false;
    ImGui::PushID(path);
    const float width = row_label(ui, spec->label);
    const bool label_hovered = ImGui::IsItemHovered();
    // The tooltip's text is built only when it shows (sources are looked up by path).
    if (label_hovered) item_tooltip(ui, tooltip_text(app, *spec));

    const double value = shown_value(app, path);
    const float control_x = ImGui::GetCursorPosX();
    const ImGuiID id = ImGui::GetID("##value");
    const bool typing = ImGui::TempInputIsActive(id);
    if (ui.type_request == path) {
        ImGui::SetKeyboardFocusHere();
        ui.type_request.clear();
    }
    const std::string format =
        typing ? typed_format(spec->kind) : as_format(format_value(*spec, value));
    ImGui::SetNextItemWidth(width);
    bool changed = false;
    double next = value;
    if (spec->kind == Kind::Count) {
        int v = static_cast<int>(std::lround(value));
        const int lo = static_cast<int>(spec->lo), hi = static_cast<int>(spec->hi);
        changed = ImGui::SliderScalar("##value", ImGuiDataType_S32, &v, &lo, &hi, format.c_str());
        next = v;
    } else {
        const double k = spec->kind == Kind::Rate ? 100 : 1;
        double shown = value * k;
        const double lo = spec->lo * k, hi = spec->hi * k;
        changed =
            ImGui::SliderScalar("##value", ImGuiDataType_Double, &shown, &lo, &hi, format.c_str());
        next = tidy(shown / k, *spec, typing);
    }
    record_item(ui, path);
    if (ImGui::IsItemHovered() && ImGui::IsMouseDoubleClicked(0) && !typing) ui.type_request = path;
    if (ui.dom_entry && ImGui::TempInputIsActive(id)) {
        // In the browser the page's own <input> takes the typing (phones raise a keyboard
        // for it): Dear ImGui's text box closes before it takes a key.
        ImGui::ClearActiveID();
        ui.entry_request = path;
        changed = false;
    }
    if (!ImGui::IsItemActive() && ImGui::IsItemHovered())
        item_tooltip(ui, tooltip_text(app, *spec));

    bool accepted = false;
    if (changed && next != value) {
        accepted = spec->kind == Kind::Count
                       ? app_edit(app, path, static_cast<int>(std::lround(next)))
                       : app_edit(app, path, next);
    }
    const int revision = app.revision;
    if (mlroi::from_evidence(*spec)) evidence_note(app, ui, *spec, control_x);
    accepted = accepted || app.revision != revision;
    auto error = app.errors.find(path);
    if (error != app.errors.end())
        colored_wrapped(palette().error, "Not applied: " + error->second);
    ImGui::PopID();
    return accepted;
}

// [SECTION] Typed entry outside Dear ImGui (the browser's <input>)
std::string typed_text(const AppState& app, const std::string& path) {
    const FieldSpec* spec = field_spec(path);
    if (!spec) return "";
    char out[32]; // ten significant digits: "27776", "7.94", no binary noise
    std::snprintf(out, sizeof out, "%.10g",
                  shown_value(app, path) * (spec->kind == Kind::Rate ? 100 : 1));
    return out;
}

bool apply_typed(AppState& app, const std::string& path, const std::string& text) {
    const FieldSpec* spec = field_spec(path);
    if (!spec) return false;
    // "$15,000", "15000", " 7.5 % ": the number, without the signs a reader may type.
    std::string number;
    for (char c : text)
        if (c != '$' && c != ',' && c != '%' && c != ' ' && c != '\t') number += c;
    char* end = nullptr;
    const double typed = number.empty() ? 0 : std::strtod(number.c_str(), &end);
    if (number.empty() || end != number.c_str() + number.size() || !std::isfinite(typed))
        return app_edit(app, path, text); // the core names what is wrong with the text
    const double k = spec->kind == Kind::Rate ? 100 : 1;
    const double next = tidy(typed / k, *spec, true);
    return spec->kind == Kind::Count && std::floor(next) == next && std::fabs(next) < 1e9
               ? app_edit(app, path, static_cast<int>(next))
               : app_edit(app, path, next);
}

// [SECTION] Checkboxes
int checkbox_flow(UiState& ui, const char* path, const char* label,
                  const std::vector<CheckOption>& options, const char* tooltip) {
    ImGui::PushID(path);
    const float width = row_label(ui, label);
    if (tooltip) item_tooltip(ui, tooltip);
    const ImGuiStyle& style = ImGui::GetStyle();
    const float right = ImGui::GetCursorScreenPos().x + width;
    int clicked = -1;
    ImGui::BeginGroup();
    for (size_t i = 0; i < options.size(); ++i) {
        const CheckOption& o = options[i];
        const float w = ImGui::GetFrameHeight() + style.ItemInnerSpacing.x +
                        ImGui::CalcTextSize(o.label.c_str()).x;
        if (i > 0) {
            // Beside the last one when it fits, else on the next line (the group's left edge).
            const float after = ImGui::GetItemRectMax().x + style.ItemSpacing.x * 2;
            if (after + w <= right) ImGui::SameLine(0, style.ItemSpacing.x * 2);
        }
        bool checked = o.checked;
        if (ImGui::Checkbox(o.label.c_str(), &checked)) clicked = static_cast<int>(i);
        record_item(ui, std::string(path) + "=" + o.key);
        item_tooltip(ui, o.tooltip.empty() && tooltip ? std::string(tooltip) : o.tooltip);
    }
    ImGui::EndGroup();
    ImGui::PopID();
    return clicked;
}

// [SECTION] Segmented buttons
int segmented(UiState& ui, const char* path, const char* label, const char* const* labels,
              const char* const* keys, int count, int current, const char* tooltip) {
    ImGui::PushID(path);
    const float width = row_label(ui, label);
    if (tooltip) item_tooltip(ui, tooltip);
    const float gap = std::round(2 * ui.scale);
    const float each = std::floor((width - gap * (count - 1)) / count);
    int clicked = -1;
    for (int i = 0; i < count; ++i) {
        if (i > 0) ImGui::SameLine(0, gap);
        const bool selected = i == current;
        if (selected) {
            ImGui::PushStyleColor(ImGuiCol_Button, ImGui::GetStyleColorVec4(ImGuiCol_ButtonActive));
            ImGui::PushStyleColor(ImGuiCol_ButtonHovered,
                                  ImGui::GetStyleColorVec4(ImGuiCol_ButtonActive));
            ImGui::PushStyleColor(ImGuiCol_Text, palette().on_accent);
        }
        if (ImGui::Button(labels[i], ImVec2(i == count - 1 ? width - (each + gap) * i : each, 0)))
            clicked = i;
        record_item(ui, std::string(path) + "=" + keys[i]);
        if (tooltip) item_tooltip(ui, tooltip);
        if (selected) ImGui::PopStyleColor(3);
    }
    ImGui::PopID();
    return clicked;
}

} // namespace mlroi_web
