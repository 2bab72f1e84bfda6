// panel_cash_chart.hpp: cumulative after-tax cash with and without the degree, year by year,
// with the break-even year marked; hovering a year shows both values and the difference.
#pragma once

#include "app_state.hpp"
#include "ui_state.hpp"

namespace mlroi_web {

void draw_cash_chart(const AppState& app, UiState& ui);

// The chart's height for a column `width` pixels wide: wide enough to read, never taller
// than it is wide.
float chart_height(const UiState& ui, float width);

} // namespace mlroi_web
