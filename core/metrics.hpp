// metrics.hpp: what a monthly stream of cash differences is worth (DESIGN.md "Outputs").
#pragma once

#include <optional>
#include <vector>

namespace mlroi {

// Sum of stream[t] * discount[t].
double present_value(const std::vector<double>& stream, const std::vector<double>& discount);

// Annual rate r at which the stream's present value is zero, month t discounted by
// (1 + r)^(-t/12), found to full precision wherever it lies above -100% (and below about
// 10^30 % a year). With one sign change in the stream the root is unique (Descartes' rule).
// With several, several rates may fit: a grid of rates from -99.99% to +10,000% a year is
// scanned and the root nearest 0% is reported; `roots` (if given) receives how many the scan
// found. nullopt when no rate fits (all costs, all gains, or nothing).
std::optional<double> irr(const std::vector<double>& stream, int* roots = nullptr);

// First month from which the running sum of stream[t] * weight[t] stays >= 0 until the end;
// nullopt if it ends below zero. `weight` empty means undiscounted.
std::optional<int> break_even_month(const std::vector<double>& stream,
                                    const std::vector<double>& weight = {});

} // namespace mlroi
