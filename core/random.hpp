// random.hpp: a portable seeded generator and normal draws, so a seed gives the same numbers
// on every platform. std::*_distribution is implementation-defined (libstdc++ and libc++,
// which Emscripten uses, give different numbers), so none is used.
#pragma once

#include <cstdint>

namespace mlroi {

// xoshiro256** (Blackman and Vigna), seeded through splitmix64 as its authors recommend.
struct Random {
    uint64_t state[4];

    explicit Random(uint64_t seed);
    uint64_t next();
    // Uniform in (0, 1): never exactly 0 or 1, so the inverse normal below stays finite.
    double uniform();
    // Standard normal by the inverse of its distribution function (one uniform per draw).
    double normal();
};

// Inverse of the standard normal distribution function, p in (0, 1): Acklam's rational
// approximation, relative error below 1.15e-9 (no refinement step: that would need erfc,
// whose last bits differ between C libraries).
double inverse_normal(double p);

} // namespace mlroi
