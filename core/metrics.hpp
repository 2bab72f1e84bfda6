// metrics.hpp: what a monthly stream of cash differences is worth (DESIGN.md "Outputs").
#pragma once

#include <optional>
#include <vector>

namespace mlroi {

// Sum of stream[t] * discount[t].
double present_value(const std::vector<double>& stream, const std::vector<double>& discount);

// Annual rate r at which the stream's present value is zero, month t discounted by
// (1 + r)^(-t/12). Searched within -99% to +1000% a year; nullopt when the stream has no
// sign change there (all costs, all gains, or nothing).
std::optional<double> irr(const std::vector<double>& stream);

// First month from which the running sum of stream[t] * weight[t] stays >= 0 until the end;
// nullopt if it ends below zero. `weight` empty means undiscounted.
std::optional<int> break_even_month(const std::vector<double>& stream,
                                    const std::vector<double>& weight = {});

} // namespace mlroi
