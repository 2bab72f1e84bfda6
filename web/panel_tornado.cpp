#include "panel_tornado.hpp"

#include "chart_scale.hpp"
#include "field_info.hpp"
#include "panel_method.hpp"
#include "theme.hpp"
#include "widgets.hpp"

#include "format.hpp"

#include "imgui.h"

#include <algorithm>
#include <cctype>
#include <cmath>

namespace mlroi_web {

namespace {

// The text colour or the page's, whichever contrasts more with `fill` (by luminance).
ImU32 ink_on(ImU32 fill) {
    const auto lum = [](const ImVec4& c) { return 0.2126f * c.x + 0.7152f * c.y + 0.0722f * c.z; };
    const ImVec4 text = ImGui::GetStyle().Colors[ImGuiCol_Text];
    const ImVec4 page = ImGui::GetStyle().Colors[ImGuiCol_WindowBg];
    const float f = lum(ImGui::ColorConvertU32ToFloat4(fill));
    return ImGui::GetColorU32(std::abs(lum(text) - f) >= std::abs(lum(page) - f) ? text : page);
}

std::string value_text(const std::string& key, double value) {
    const FieldSpec* spec = field_spec(key);
    return spec ? format_value(*spec, value) : mlroi::format_money(value);
}

std::string lower_first(std::string s) {
    if (!s.empty()) s[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(s[0])));
    return s;
}
} // namespace

std::string tornado_sentence(const mlroi::TornadoBar& b) {
    const std::string name = lower_first(b.label);
    const auto verb = [&](double npv, double other) { return npv < other ? "fall" : "rise"; };
    return "If the " + name + " were " + value_text(b.key, b.low) + " instead of " +
           value_text(b.key, b.base) + ", NPV would " + verb(b.npv_low, b.npv_high) + " to " +
           mlroi::format_money(b.npv_low) + "; at " + value_text(b.key, b.high) + " it would " +
           verb(b.npv_high, b.npv_low) + " to " + mlroi::format_money(b.npv_high) + ".";
}

std::string tuition_threshold_sentence(const mlroi::Threshold& t) {
    if (t.status == "found")
        return "Worth it while tuition stays at or below " + mlroi::format_money(*t.value) +
               " a year.";
    if (t.status == "always") return "Worth it at any tuition up to $500,000 a year.";
    return "Not worth it even with free tuition.";
}

std::string salary_threshold_sentence(const mlroi::Threshold& t) {
    if (t.status == "found")
        return "Worth it as long as you earn at least " + mlroi::format_money(*t.value) +
               " a year after (in today's dollars).";
    if (t.status == "always") return "Worth it whatever you earn after.";
    return "Not worth it at any salary up to $1,000,000.";
}

void draw_tornado(const AppState& app, UiState& ui) {
    const mlroi::Sensitivity& s = app.results.sensitivity;
    if (!panel_header(ui, "tornado", "What moves the answer", "method.sensitivity")) return;
    const Palette& pal = palette();
    double lo = s.base_npv, hi = s.base_npv;
    for (const mlroi::TornadoBar& b : s.tornado) {
        lo = std::min({lo, b.npv_low, b.npv_high});
        hi = std::max({hi, b.npv_low, b.npv_high});
    }
    const float width = ImGui::GetContentRegionAvail().x;
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    const LinearScale x{lo, hi > lo ? hi : lo + 1, origin.x + 2, origin.x + width - 2};
    const float bar_height = ImGui::GetTextLineHeight();
    ImDrawList* draw = ImGui::GetWindowDrawList();
    colored_wrapped(pal.text_muted, "NPV with each input at a low and a high value; the line is "
                                    "today's answer, " +
                                        mlroi::format_money(s.base_npv) + ".");
    const float top = ImGui::GetCursorScreenPos().y;
    for (const mlroi::TornadoBar& b : s.tornado) {
        ImGui::TextUnformatted(b.label.c_str());
        const ImVec2 p = ImGui::GetCursorScreenPos();
        ImGui::InvisibleButton(("tornado " + b.key).c_str(), ImVec2(width, bar_height));
        record_item(ui, "tornado." + b.key);
        // Each half in its own colour: the good side green, the bad side red; the input's
        // values written at the ends say which is which without colour.
        for (const auto& [npv, value] :
             {std::pair{b.npv_low, b.low}, std::pair{b.npv_high, b.high}}) {
            const float a = x.to_px(s.base_npv), e = x.to_px(npv);
            draw->AddRectFilled(ImVec2(std::min(a, e), p.y),
                                ImVec2(std::max(a, e) + 1, p.y + bar_height),
                                npv >= s.base_npv ? pal.good : pal.bad);
            const std::string text = value_text(b.key, value);
            const float tw = ImGui::CalcTextSize(text.c_str()).x;
            // Outside the bar's end when there is room, else inside it.
            float tx = e >= a ? e + 3 : e - tw - 3;
            if (tx < p.x || tx + tw > p.x + width) tx = e >= a ? e - tw - 3 : e + 3;
            tx = std::clamp(tx, p.x, p.x + width - tw);
            // Inside the bar: the text or the page's colour, whichever stands out on the bar.
            const bool inside = tx < std::max(a, e) && tx + tw > std::min(a, e);
            const ImU32 bar = npv >= s.base_npv ? pal.good : pal.bad;
            draw->AddText(ImVec2(tx, p.y), inside ? ink_on(bar) : ImGui::GetColorU32(ImGuiCol_Text),
                          text.c_str());
        }
        if (ImGui::IsItemHovered()) {
            item_tooltip(ui, tornado_sentence(b));
            ui.view.hover = {{"panel", "tornado"},
                             {"key", b.key},
                             {"npv_low", b.npv_low},
                             {"npv_high", b.npv_high}};
        }
    }
    const float base_x = x.to_px(s.base_npv);
    draw->AddLine(ImVec2(base_x, top), ImVec2(base_x, ImGui::GetCursorScreenPos().y),
                  ImGui::GetColorU32(ImGuiCol_Text), 1.5f * ui.scale);

    ImGui::Spacing();
    ImGui::PushFont(ui.fonts.strong);
    ImGui::TextUnformatted("Where the answer flips");
    ImGui::PopFont();
    const ImU32 text = ImGui::GetColorU32(ImGuiCol_Text);
    ImGui::Bullet();
    colored_wrapped(text, tuition_threshold_sentence(s.max_tuition_per_year));
    record_item(ui, "threshold.tuition");
    ImGui::Bullet();
    colored_wrapped(text, salary_threshold_sentence(s.min_salary));
    record_item(ui, "threshold.salary");
}

} // namespace mlroi_web
