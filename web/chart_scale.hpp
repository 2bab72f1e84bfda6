// chart_scale.hpp: the arithmetic of the charts, apart from any drawing: values to pixels
// and back, round tick values, and short money labels for axes. Pure functions, tested
// natively (tests/web/test_chart_scale.cpp).
#pragma once

#include <string>
#include <vector>

namespace mlroi_web {

// Maps [value_lo, value_hi] onto [px_lo, px_hi] (px_hi < px_lo for a y axis, which grows up).
struct LinearScale {
    double value_lo = 0, value_hi = 1;
    float px_lo = 0, px_hi = 1;

    float to_px(double value) const;
    double to_value(float px) const;
};

// Round tick values (1, 2 or 5 times a power of ten) covering [lo, hi], at most `max_ticks`.
// The first tick is <= lo and the last >= hi, so the axis ends on ticks.
std::vector<double> nice_ticks(double lo, double hi, int max_ticks);

// Axis money: "$0", "$950", "$12k", "$1.2M", "-$40k".
std::string money_short(double dollars);

} // namespace mlroi_web
