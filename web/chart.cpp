#include "chart.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace mlroi_web {

std::string year_label(double year) {
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "%.0f", year);
    return buffer;
}

std::string money_label(double dollars) {
    return money_short(dollars);
}

ChartArea chart_begin(const char* id, float height, Range x, Range y, AxisLabel x_label,
                      AxisLabel y_label, bool exact_x) {
    ChartArea c;
    const ImGuiStyle& style = ImGui::GetStyle();
    c.text = ImGui::GetColorU32(ImGuiCol_TextDisabled);
    c.grid = ImGui::GetColorU32(ImGuiCol_Separator, 0.6f);
    const float line = ImGui::GetTextLineHeight();
    const std::vector<double> y_ticks =
        nice_ticks(y.lo, y.hi, std::max(3, static_cast<int>(height / (2.5f * line))));
    // The y labels' width decides where the plot starts.
    float label_width = 0;
    for (double t : y_ticks)
        label_width = std::max(label_width, ImGui::CalcTextSize(y_label(t).c_str()).x);

    const ImVec2 origin = ImGui::GetCursorScreenPos();
    const float width = std::max(1.0f, ImGui::GetContentRegionAvail().x);
    ImGui::InvisibleButton(id, ImVec2(width, height));
    c.hovered = ImGui::IsItemHovered();
    c.mouse = ImGui::GetIO().MousePos;

    c.min = ImVec2(origin.x + label_width + style.ItemSpacing.x, origin.y + line * 0.5f);
    c.max = ImVec2(origin.x + width - style.ItemSpacing.x, origin.y + height - line * 1.5f);
    // An exact axis keeps only the ticks inside it: ask for a couple more to keep enough.
    const int x_tick_count = std::max(2, static_cast<int>((c.max.x - c.min.x) / (4 * line)));
    std::vector<double> x_ticks = nice_ticks(x.lo, x.hi, x_tick_count + (exact_x ? 2 : 0));
    if (exact_x) {
        c.x = {x.lo, x.hi, c.min.x, c.max.x};
        x_ticks.erase(std::remove_if(x_ticks.begin(), x_ticks.end(),
                                     [&](double t) { return t < x.lo || t > x.hi; }),
                      x_ticks.end());
    } else {
        c.x = {x_ticks.front(), x_ticks.back(), c.min.x, c.max.x};
    }
    c.y = {y_ticks.front(), y_ticks.back(), c.max.y, c.min.y};

    ImDrawList* draw = ImGui::GetWindowDrawList();
    for (double t : y_ticks) {
        const float py = c.y.to_px(t);
        draw->AddLine(ImVec2(c.min.x, py), ImVec2(c.max.x, py), t == 0 ? c.text : c.grid, 1.0f);
        const std::string label = y_label(t);
        const ImVec2 size = ImGui::CalcTextSize(label.c_str());
        draw->AddText(ImVec2(c.min.x - style.ItemSpacing.x - size.x, py - size.y * 0.5f), c.text,
                      label.c_str());
    }
    for (double t : x_ticks) {
        const float px = c.x.to_px(t);
        draw->AddLine(ImVec2(px, c.max.y), ImVec2(px, c.max.y + line * 0.25f), c.text, 1.0f);
        const std::string label = x_label(t);
        const ImVec2 size = ImGui::CalcTextSize(label.c_str());
        const float left = std::clamp(px - size.x * 0.5f, c.min.x - label_width, c.max.x - size.x);
        draw->AddText(ImVec2(left, c.max.y + line * 0.3f), c.text, label.c_str());
    }
    return c;
}

void chart_line(const ChartArea& c, const std::vector<double>& values, ImU32 color, LineStyle style,
                float thickness, double x0) {
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const float dash = thickness * 4, gap = thickness * 3;
    for (size_t i = 1; i < values.size(); ++i) {
        const ImVec2 a(c.x.to_px(x0 + i - 1), c.y.to_px(values[i - 1]));
        const ImVec2 b(c.x.to_px(x0 + i), c.y.to_px(values[i]));
        if (style == LineStyle::Solid) {
            draw->AddLine(a, b, color, thickness);
            continue;
        }
        // Dashes along the segment; the pattern restarts per segment, short enough not to show.
        const float dx = b.x - a.x, dy = b.y - a.y;
        const float length = std::sqrt(dx * dx + dy * dy);
        for (float s = 0; s < length; s += dash + gap) {
            const float e = std::min(length, s + dash);
            draw->AddLine(ImVec2(a.x + dx * s / length, a.y + dy * s / length),
                          ImVec2(a.x + dx * e / length, a.y + dy * e / length), color, thickness);
        }
    }
}

void chart_bars(const ChartArea& c, const std::vector<Bar>& bars, double base) {
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const float y0 = c.y.to_px(base);
    for (const Bar& b : bars) {
        const float left = c.x.to_px(b.left), right = c.x.to_px(b.right);
        const float top = c.y.to_px(b.value);
        // A pixel of gap between neighbours keeps the bars apart.
        draw->AddRectFilled(ImVec2(left + 0.5f, std::min(top, y0)),
                            ImVec2(std::max(left + 1.5f, right - 0.5f), std::max(top, y0)),
                            b.color);
    }
}

void chart_marker(const ChartArea& c, double x, ImU32 color, const std::string& label, int row) {
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const float px = c.x.to_px(x);
    draw->AddLine(ImVec2(px, c.min.y), ImVec2(px, c.max.y), color, 2.0f);
    if (label.empty()) return;
    const ImVec2 size = ImGui::CalcTextSize(label.c_str());
    // Right of the line, or left of it when it would run past the plot.
    const float left = px + size.x + 4 > c.max.x ? px - size.x - 4 : px + 4;
    draw->AddText(ImVec2(left, c.min.y + row * size.y), color, label.c_str());
}

std::optional<int> chart_hovered_index(const ChartArea& c, int count, double x0) {
    if (!c.hovered || count <= 0) return std::nullopt;
    const double x = c.x.to_value(c.mouse.x) - x0;
    return std::clamp(static_cast<int>(std::lround(x)), 0, count - 1);
}

} // namespace mlroi_web
