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

void portable_exp_each(double* xs, int n) {
    int i = 0;
    for (; i + 4 <= n; i += 4) {
        double* x = xs + i;
        bool plain = true; // no NaN, nothing beyond the range portable_exp treats apart
        for (int j = 0; j < 4; ++j) plain = plain && x[j] >= -708.0 && x[j] <= 709.0;
        if (!plain) {
            for (int j = 0; j < 4; ++j) x[j] = portable_exp(x[j]);
            continue;
        }
        double k[4], r[4], sum[4];
        for (int j = 0; j < 4; ++j) {
            k[j] = std::floor(x[j] * kInvLn2 + 0.5);
            r[j] = (x[j] - k[j] * kLn2Hi) - k[j] * kLn2Lo;
            sum[j] = kInverseFactorial[14];
        }
        for (int m = 13; m >= 0; --m)
            for (int j = 0; j < 4; ++j) sum[j] = sum[j] * r[j] + kInverseFactorial[m];
        for (int j = 0; j < 4; ++j) x[j] = sum[j] * power_of_two(static_cast<int>(k[j]));
    }
    for (; i < n; ++i) xs[i] = portable_exp(xs[i]);
}

void portable_log_each(double* xs, int n) {
    int i = 0;
    for (; i + 4 <= n; i += 4) {
        double* x = xs + i;
        bool plain = true; // positive, finite and normal: frexp is then a matter of bits
        for (int j = 0; j < 4; ++j)
            plain = plain && x[j] >= std::numeric_limits<double>::min() &&
                    x[j] <= std::numeric_limits<double>::max();
        if (!plain) {
            for (int j = 0; j < 4; ++j) x[j] = portable_log(x[j]);
            continue;
        }
        double m[4], s[4], s2[4], sum[4];
        int e[4];
        for (int j = 0; j < 4; ++j) {
            uint64_t bits;
            std::memcpy(&bits, &x[j], sizeof bits);
            e[j] = static_cast<int>((bits >> 52) & 0x7ff) - 1022; // as frexp: m in [0.5, 1)
            bits = (bits & ~(uint64_t{0x7ff} << 52)) | (uint64_t{1022} << 52);
            std::memcpy(&m[j], &bits, sizeof bits);
            if (m[j] < kSqrtHalf) {
                m[j] *= 2.0;
                e[j] -= 1;
            }
            s[j] = (m[j] - 1.0) / (m[j] + 1.0);
            s2[j] = s[j] * s[j];
            sum[j] = 0.0;
        }
        for (int t = 11; t >= 0; --t)
            for (int j = 0; j < 4; ++j) sum[j] = sum[j] * s2[j] + kInverseOdd[t];
        for (int j = 0; j < 4; ++j) x[j] = (e[j] * kLn2Hi + 2.0 * s[j] * sum[j]) + e[j] * kLn2Lo;
    }
    for (; i < n; ++i) xs[i] = portable_log(xs[i]);
}

double portable_pow(double base, double e) {
    if (e == 0.0) return 1.0;
    if (base == 1.0) return 1.0;
    return portable_exp(e * portable_log(base));
}

} // namespace mlroi
