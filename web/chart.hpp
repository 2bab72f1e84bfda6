// chart.hpp: one small chart helper for every panel: a plot area with money and year axes,
// lines (solid or dashed, so two series differ by more than colour), bars, vertical markers
// with labels, and the hovered x. Drawn with Dear ImGui's draw lists; the arithmetic lives
// in chart_scale.hpp.
//
//   ChartArea c = chart_begin("cash", height, {0, 30}, {-200e3, 1.2e6}, year_label, money_label);
//   chart_line(c, with_values, colour, LineStyle::Solid);
//   chart_marker(c, 5.5, colour, "breaks even");
//   if (auto x = chart_hovered_index(c, 31)) ...
#pragma once

#include "chart_scale.hpp"

#include "imgui.h"

#include <optional>
#include <string>
#include <vector>

namespace mlroi_web {

struct Range {
    double lo = 0, hi = 1;
};

using AxisLabel = std::string (*)(double value);

struct ChartArea {
    ImVec2 min, max;  // the plot area, screen pixels
    LinearScale x, y; // values to pixels
    bool hovered = false;
    ImVec2 mouse;
    ImU32 text = 0, grid = 0;
};

enum class LineStyle { Solid, Dashed };

// Reserves `height` pixels across the available width, draws the grid, the axes' tick labels
// and returns the plot area. Ranges are widened to round ticks, unless `exact_x`: then the x
// axis spans exactly `x` (a histogram's bins fill the width) with round ticks inside it.
ChartArea chart_begin(const char* id, float height, Range x, Range y, AxisLabel x_label,
                      AxisLabel y_label, bool exact_x = false);

// values[i] at x = x0 + i.
void chart_line(const ChartArea& c, const std::vector<double>& values, ImU32 color, LineStyle style,
                float thickness, double x0 = 0);

// Vertical bars from `base` to each value, one per [left, right) interval.
struct Bar {
    double left = 0, right = 0, value = 0;
    ImU32 color = 0;
};
void chart_bars(const ChartArea& c, const std::vector<Bar>& bars, double base = 0);

// A vertical line at x with a label at its top; `row` moves the label down by that many
// lines, so markers close together keep their labels apart.
void chart_marker(const ChartArea& c, double x, ImU32 color, const std::string& label, int row = 0);

// The whole x nearest the mouse, within [0, count), when the chart is hovered.
std::optional<int> chart_hovered_index(const ChartArea& c, int count, double x0 = 0);

// "Year 5", "$120k": the usual axis labels.
std::string year_label(double year);
std::string money_label(double dollars);

} // namespace mlroi_web
