#include "format.hpp"

#include <cmath>
#include <cstdio>

namespace mlroi {

std::string format_money(double dollars) {
    if (!std::isfinite(dollars)) return "n/a";
    const double rounded = std::round(dollars);
    const bool negative = rounded < 0;
    char digits[32];
    std::snprintf(digits, sizeof digits, "%.0f", std::fabs(rounded));
    std::string grouped;
    const std::string raw = digits;
    for (size_t i = 0; i < raw.size(); ++i) {
        if (i > 0 && (raw.size() - i) % 3 == 0) grouped += ',';
        grouped += raw[i];
    }
    return (negative ? "-$" : "$") + grouped;
}

std::string format_percent(double share, int decimals) {
    if (!std::isfinite(share)) return "n/a";
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.*f%%", decimals, share * 100);
    return buffer;
}

} // namespace mlroi
