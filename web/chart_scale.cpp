#include "chart_scale.hpp"

#include <cmath>
#include <cstdio>

namespace mlroi_web {

float LinearScale::to_px(double value) const {
    const double span = value_hi - value_lo;
    const double t = span == 0 ? 0.5 : (value - value_lo) / span;
    return static_cast<float>(px_lo + t * (px_hi - px_lo));
}

double LinearScale::to_value(float px) const {
    const double span = px_hi - px_lo;
    const double t = span == 0 ? 0.5 : (px - px_lo) / span;
    return value_lo + t * (value_hi - value_lo);
}

std::vector<double> nice_ticks(double lo, double hi, int max_ticks) {
    if (!(hi > lo)) hi = lo + 1;
    if (max_ticks < 2) max_ticks = 2;
    // Candidate steps in increasing order: 1, 2, 5 x 10^k, starting at the decade of the
    // rough step; take the first that covers the range (ends rounded outwards) in few ticks.
    static const double kMultiples[] = {1, 2, 5};
    const double rough = (hi - lo) / (max_ticks - 1);
    double decade = std::pow(10.0, std::floor(std::log10(rough)));
    for (int i = 0;; ++i) {
        if (i == 3) {
            i = 0;
            decade *= 10;
        }
        const double step = kMultiples[i] * decade;
        if (step < rough) continue;
        const double first = std::floor(lo / step) * step;
        const double last = std::ceil(hi / step) * step;
        const int count = static_cast<int>(std::lround((last - first) / step)) + 1;
        if (count > max_ticks) continue;
        std::vector<double> ticks;
        for (int k = 0; k < count; ++k) ticks.push_back(first + k * step);
        return ticks;
    }
}

std::string money_short(double dollars) {
    const double a = std::fabs(dollars);
    const char* sign = dollars < 0 && a >= 0.5 ? "-" : "";
    char buffer[32];
    if (a >= 999'500) {
        const double m = a / 1e6;
        std::snprintf(buffer, sizeof buffer, m < 9.95 ? "%s$%.1fM" : "%s$%.0fM", sign, m);
    } else if (a >= 999.5) {
        std::snprintf(buffer, sizeof buffer, "%s$%.0fk", sign, a / 1e3);
    } else {
        std::snprintf(buffer, sizeof buffer, "%s$%.0f", sign, a);
    }
    std::string s = buffer;
    // "$1.0M" reads better as "$1M".
    const size_t dot = s.find(".0M");
    if (dot != std::string::npos) s.erase(dot, 2);
    return s;
}

} // namespace mlroi_web
