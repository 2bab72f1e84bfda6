#include "panel_odds.hpp"

#include "chart.hpp"
#include "panel_cash_chart.hpp"
#include "panel_method.hpp"
#include "theme.hpp"
#include "widgets.hpp"

#include "format.hpp"

#include "imgui.h"

#include <algorithm>
#include <cmath>

namespace mlroi_web {

std::string odds_sentence(double p_positive) {
    const int in_100 = static_cast<int>(std::lround(p_positive * 100));
    return std::to_string(in_100) + " in 100 simulated careers come out ahead";
}

namespace {
// "10,000": the money format's grouping, without the dollar sign.
std::string draws_text(int draws) {
    return mlroi::format_money(draws).substr(1);
}

std::string count_label(double count) {
    return std::to_string(static_cast<long>(count));
}
} // namespace

void draw_odds(const AppState& app, UiState& ui) {
    const mlroi::Uncertainty& u = app.results.uncertainty;
    if (!panel_header(ui, "odds", "The odds it pays off", "method.odds")) return;
    const Palette& pal = palette();
    ImGui::PushFont(ui.fonts.strong);
    colored_wrapped(u.p_positive >= 0.5 ? pal.good : pal.bad, odds_sentence(u.p_positive) + ".");
    ImGui::PopFont();

    const mlroi::Histogram& h = u.histogram;
    const int bins = static_cast<int>(h.counts.size());
    const double width = (h.high - h.low) / std::max(1, bins);
    int tallest = 1;
    for (int c : h.counts) tallest = std::max(tallest, c);
    std::vector<Bar> bars;
    for (int i = 0; i < bins; ++i) {
        const double left = h.low + i * width;
        // Colour by side of zero; the bar's own position, not its colour, carries the meaning.
        bars.push_back({left, left + width, static_cast<double>(h.counts[i]),
                        left + width / 2 >= 0 ? pal.good : pal.bad});
    }
    const ChartArea c = chart_begin(
        "odds chart", chart_height(ui, ImGui::GetContentRegionAvail().x) * 0.8f, {h.low, h.high},
        {0, static_cast<double>(tallest)}, money_label, count_label, true);
    record_item(ui, "chart.odds");
    chart_bars(c, bars);
    chart_marker(c, u.p10, pal.text_muted, "P10", 0);
    chart_marker(c, u.p50, pal.text_muted, "P50", 1);
    chart_marker(c, u.p90, pal.text_muted, "P90", 2);
    if (c.hovered) {
        const double value = c.x.to_value(c.mouse.x);
        const int i =
            std::clamp(static_cast<int>(std::floor((value - h.low) / width)), 0, bins - 1);
        const double left = h.low + i * width;
        std::string what = std::to_string(h.counts[i]) + " of " + draws_text(u.draws) +
                           " careers: NPV from " + mlroi::format_money(left) + " to " +
                           mlroi::format_money(left + width);
        if (i == 0) what += " (and below)";
        if (i == bins - 1) what += " (and above)";
        item_tooltip(ui, what);
        ui.view.hover = {{"panel", "odds"}, {"bin", i}, {"count", h.counts[i]}};
    }
    colored_wrapped(pal.text_muted,
                    "NPV of " + draws_text(u.draws) + " simulated careers. One in ten ends below " +
                        mlroi::format_money(u.p10) + " (P10), half below " +
                        mlroi::format_money(u.p50) + " (P50, the median), nine in ten below " +
                        mlroi::format_money(u.p90) + " (P90). Average " +
                        mlroi::format_money(u.mean) + ".");
    ImGui::TextUnformatted("Drawn at random in each career:");
    for (const std::string& d : u.drawn) {
        ImGui::Bullet();
        colored_wrapped(pal.text_muted, d);
    }
}

} // namespace mlroi_web
