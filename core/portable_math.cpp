#include "portable_math.hpp"

#include <cmath>
#include <limits>

namespace mlroi {

namespace {
// ln 2 split so that k * kLn2Hi is exact for |k| < 2^11 (Cody-Waite reduction).
constexpr double kLn2Hi = 6.93147180369123816490e-01;
constexpr double kLn2Lo = 1.90821492927058770002e-10;
constexpr double kInvLn2 = 1.44269504088896338700e+00;
constexpr double kSqrtHalf = 0.70710678118654752440;
} // namespace

double portable_exp(double x) {
    if (std::isnan(x)) return x;
    if (x > 709.0) return std::numeric_limits<double>::infinity();
    if (x < -745.0) return 0.0;
    // x = k ln2 + r with |r| <= ln2 / 2; exp(r) by its Taylor series (17 terms: r^17/17! < 1e-17).
    const double k = std::floor(x * kInvLn2 + 0.5);
    const double r = (x - k * kLn2Hi) - k * kLn2Lo;
    double sum = 1.0;
    double term = 1.0;
    for (int n = 1; n <= 17; ++n) {
        term = term * r / n;
        sum += term;
    }
    return std::ldexp(sum, static_cast<int>(k));
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
    // Horner over the odd terms 1/(2n+1), n = 0..11 (s^24 / 25 < 1e-19).
    for (int n = 11; n >= 0; --n) sum = sum * s2 + 1.0 / (2 * n + 1);
    return (e * kLn2Hi + 2.0 * s * sum) + e * kLn2Lo;
}

double portable_pow(double base, double e) {
    if (e == 0.0) return 1.0;
    if (base == 1.0) return 1.0;
    return portable_exp(e * portable_log(base));
}

double portable_powi(double base, int n) {
    if (n < 0) return 1.0 / portable_powi(base, -n);
    double result = 1.0;
    double square = base;
    while (n > 0) {
        if (n & 1) result *= square;
        square *= square;
        n >>= 1;
    }
    return result;
}

} // namespace mlroi
