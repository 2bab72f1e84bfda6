// format.hpp: numbers as a reader reads them: "$27,776", "-$1,200", "7.94%".
#pragma once

#include <string>

namespace mlroi {

// Whole dollars with thousands separators; -0 prints as $0.
std::string format_money(double dollars);
// A share as a percentage with `decimals` places: format_percent(0.0794, 2) == "7.94%".
std::string format_percent(double share, int decimals);

} // namespace mlroi
