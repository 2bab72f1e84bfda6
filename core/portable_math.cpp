#include "portable_math.hpp"

#include <cmath>
#include <cstdint>
#include <cstring>
#include <limits>

namespace mlroi {

namespace {
// ln 2 split so that k * kLn2Hi is exact for |k| < 2^11 (Cody-Waite reduction).
constexpr double kLn2Hi = 6.93147180369123816490e-01;
constexpr double kLn2Lo = 1.90821492927058770002e-10;
constexpr double kInvLn2 = 1.44269504088896338700e+00;
constexpr double kSqrtHalf = 0.70710678118654752440;
} // namespace

namespace {
// 2^k for a whole k within the normal range, built from its bits: exact and cheap.
double power_of_two(int k) {
    const uint64_t bits = static_cast<uint64_t>(k + 1023) << 52;
    double result;
    std::memcpy(&result, &bits, sizeof result);
    return result;
}

// 1/n! for n = 0..14, for Horner's rule over the Taylor series of exp.
constexpr double kInverseFactorial[] = {1.0,
                                        1.0,
                                        1.0 / 2,
                                        1.0 / 6,
                                        1.0 / 24,
                                        1.0 / 120,
                                        1.0 / 720,
                                        1.0 / 5040,
                                        1.0 / 40320,
                                        1.0 / 362880,
                                        1.0 / 3628800,
                                        1.0 / 39916800,
                                        1.0 / 479001600,
                                        1.0 / 6227020800.0,
                                        1.0 / 87178291200.0};

// 1/(2n+1) for n = 0..11, the odd terms of 2 atanh(s).
constexpr double kInverseOdd[] = {1.0,      1.0 / 3,  1.0 / 5,  1.0 / 7,  1.0 / 9,  1.0 / 11,
                                  1.0 / 13, 1.0 / 15, 1.0 / 17, 1.0 / 19, 1.0 / 21, 1.0 / 23};
} // namespace

double portable_exp(double x) {
    if (std::isnan(x)) return x;
    if (x > 709.0) return std::numeric_limits<double>::infinity();
    if (x < -708.0)
        return x < -745.0 ? 0.0 : std::ldexp(portable_exp(x + 512 * kLn2Hi + 512 * kLn2Lo), -512);
    // x = k ln2 + r with |r| <= ln2 / 2; exp(r) by its Taylor series to r^14/14! (error
    // below 1e-17), then scaled by 2^k.
    const double k = std::floor(x * kInvLn2 + 0.5);
    const double r = (x - k * kLn2Hi) - k * kLn2Lo;
    double sum = kInverseFactorial[14];
    for (int n = 13; n >= 0; --n) sum = sum * r + kInverseFactorial[n];
    // 2^k may itself be subnormal only for x below -708, handled above.
    return sum * power_of_two(static_cast<int>(k));
}

double portable_log(double x) {
    if (!(x > 0.0))
        return x == 0.0 ? -std::numeric_limits<double>::infinity()
                        : std::numeric_limits<double>::quiet_NaN();
    if (std::isinf(x)) return x;
    // x = m 2^e with m in [sqrt(1/2), sqrt(2)); log m = 2 atanh(s), s = (m-1)/(m+1), |s| < 0.172.
    int e = 0;
    double m = std::frexp(x, &e); // m in [0.5, 1)
    if (m < kSqrtHalf) {
        m *= 2.0;
        e -= 1;
    }
    const double s = (m - 1.0) / (m + 1.0);
    const double s2 = s * s;
    double sum = 0.0;
    // Horner over the odd terms, n = 11..0 (s^24 / 25 < 1e-19).
    for (int n = 11; n >= 0; --n) sum = sum * s2 + kInverseOdd[n];
    return (e * kLn2Hi + 2.0 * s * sum) + e * kLn2Lo;
}

double portable_pow(double base, double e) {
    if (e == 0.0) return 1.0;
    if (base == 1.0) return 1.0;
    return portable_exp(e * portable_log(base));
}

} // namespace mlroi
