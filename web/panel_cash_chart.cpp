#include "panel_cash_chart.hpp"

#include "chart.hpp"
#include "panel_method.hpp"
#include "theme.hpp"
#include "widgets.hpp"

#include "format.hpp"

#include "imgui.h"

#include <algorithm>

namespace mlroi_web {

float chart_height(const UiState& ui, float width) {
    return std::clamp(width * 0.6f, 170 * ui.scale, 280 * ui.scale);
}

namespace {

// A series' name written at its last point, so lines differ by label as well as colour.
void end_label(const ChartArea& c, const std::vector<double>& values, ImU32 color, const char* text,
               bool above) {
    if (values.empty()) return;
    const ImVec2 size = ImGui::CalcTextSize(text);
    const float x = c.max.x - size.x;
    const float y = c.y.to_px(values.back()) + (above ? -size.y - 2 : 2);
    ImGui::GetWindowDrawList()->AddText(ImVec2(x, std::clamp(y, c.min.y, c.max.y - size.y)), color,
                                        text);
}

// A short legend: a line sample drawn in its style, then its name.
void legend_entry(const UiState& ui, ImU32 color, LineStyle style, const char* text) {
    const float h = ImGui::GetTextLineHeight();
    const ImVec2 p = ImGui::GetCursorScreenPos();
    const float w = 24 * ui.scale;
    ImGui::Dummy(ImVec2(w, h));
    ChartArea sample;
    sample.x = {0, 1, p.x, p.x + w};
    sample.y = {0, 1, p.y + h * 0.5f, p.y + h * 0.5f};
    chart_line(sample, {0, 0}, color, style, 2 * ui.scale);
    ImGui::SameLine();
    ImGui::TextUnformatted(text);
}

} // namespace

void draw_cash_chart(const AppState& app, UiState& ui) {
    const mlroi::Results& r = app.results;
    if (!panel_header(ui, "cash", "Cash with and without the degree", "method.timeline")) return;
    std::vector<double> with, without;
    for (const mlroi::YearPoint& p : r.timeline) {
        with.push_back(p.with);
        without.push_back(p.without);
    }
    double lo = 0, hi = 1;
    for (double v : with) lo = std::min(lo, v), hi = std::max(hi, v);
    for (double v : without) lo = std::min(lo, v), hi = std::max(hi, v);

    const Palette& pal = palette();
    const ChartArea c =
        chart_begin("cash chart", chart_height(ui, ImGui::GetContentRegionAvail().x),
                    {0, static_cast<double>(with.size() - 1)}, {lo, hi}, year_label, money_label);
    record_item(ui, "chart.cash");
    record_rect(ui, "chart.cash.plot", c.min, c.max);
    chart_line(c, without, pal.text_muted, LineStyle::Dashed, 2 * ui.scale);
    chart_line(c, with, pal.bar[0], LineStyle::Solid, 2.5f * ui.scale);
    end_label(c, with, pal.bar[0], "with", with.back() >= without.back());
    end_label(c, without, pal.text_muted, "without", with.back() < without.back());
    if (r.break_even_month) {
        // Year y on the axis is the end of month 12 y - 1, so month m sits at (m + 1) / 12.
        const double x = (*r.break_even_month + 1) / 12.0;
        chart_marker(c, x, pal.good,
                     "even in year " + std::to_string(*r.break_even_month / 12 + 1));
        record_rect(ui, "chart.cash.break_even", ImVec2(c.x.to_px(x), c.min.y),
                    ImVec2(c.x.to_px(x), c.max.y));
    }

    if (const auto year = chart_hovered_index(c, static_cast<int>(with.size()))) {
        const float x = c.x.to_px(*year);
        ImDrawList* draw = ImGui::GetWindowDrawList();
        draw->AddLine(ImVec2(x, c.min.y), ImVec2(x, c.max.y), pal.text_muted, 1);
        draw->AddCircleFilled(ImVec2(x, c.y.to_px(with[*year])), 4 * ui.scale, pal.bar[0]);
        draw->AddCircleFilled(ImVec2(x, c.y.to_px(without[*year])), 4 * ui.scale, pal.text_muted);
        const double difference = with[*year] - without[*year];
        item_tooltip(ui, "End of year " + std::to_string(*year) +
                             "\nWith the degree: " + mlroi::format_money(with[*year]) +
                             "\nWithout: " + mlroi::format_money(without[*year]) +
                             "\nDifference: " + mlroi::format_money(difference));
        ui.view.hover = {{"panel", "cash"},
                         {"year", *year},
                         {"with", with[*year]},
                         {"without", without[*year]},
                         {"difference", difference}};
    }
    legend_entry(ui, pal.bar[0], LineStyle::Solid, "with the degree");
    ImGui::SameLine(0, 16 * ui.scale);
    legend_entry(ui, pal.text_muted, LineStyle::Dashed, "without it");
    colored_wrapped(pal.text_muted,
                    "Cumulative after-tax cash left after living costs, on both paths, from "
                    "the first month of the program, in dollars as they are paid (not "
                    "discounted). With the degree: the average over finishing or not and "
                    "landing the role or not.");
}

} // namespace mlroi_web
