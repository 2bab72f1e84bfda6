#include "metrics.hpp"

#include "portable_math.hpp"

#include <cmath>

namespace mlroi {

double present_value(const std::vector<double>& stream, const std::vector<double>& discount) {
    double sum = 0;
    for (size_t t = 0; t < stream.size(); ++t) sum += stream[t] * discount[t];
    return sum;
}

namespace {
// Present value with monthly factor x = (1 + r)^(-1/12): sum stream[t] x^t, by Horner's rule
// on four interleaved sub-streams (t mod 4) so the multiply-add chains run side by side.
double pv_at(const std::vector<double>& stream, double x) {
    const double x2 = x * x, x4 = x2 * x2;
    double c[4] = {0, 0, 0, 0};
    const size_t n = stream.size();
    for (size_t block = (n + 3) / 4; block-- > 0;)
        for (size_t k = 0; k < 4; ++k) {
            const size_t t = 4 * block + k;
            c[k] = c[k] * x4 + (t < n ? stream[t] : 0.0);
        }
    return (c[0] + x * c[1]) + x2 * (c[2] + x * c[3]);
}
double monthly_factor(double annual_rate) {
    return portable_pow(1 + annual_rate, -1.0 / 12.0);
}
} // namespace

std::optional<double> irr(const std::vector<double>& stream) {
    bool any = false;
    for (double v : stream) any = any || v != 0;
    if (!any) return std::nullopt;
    // Scan annual rates for the first sign change of the present value, then narrow it down
    // by bisection on the monthly factor x (x falls as the rate rises).
    static const double kRates[] = {-0.99, -0.9, -0.5, -0.2, -0.1, 0.0, 0.05, 0.1,
                                    0.2,   0.35, 0.5,  1.0,  2.0,  4.0, 10.0};
    double a = monthly_factor(kRates[0]);
    double pa = pv_at(stream, a);
    for (size_t i = 1; i < std::size(kRates); ++i) {
        double b = monthly_factor(kRates[i]);
        const double pb = pv_at(stream, b);
        if ((pa < 0) == (pb < 0) && pb != 0) {
            a = b;
            pa = pb;
            continue;
        }
        // Illinois false position: superlinear, and it keeps the root bracketed.
        double pb_ = pb;
        for (int iteration = 0; iteration < 100 && std::fabs(b - a) > 1e-15 * b; ++iteration) {
            const double mid = b - pb_ * (b - a) / (pb_ - pa);
            const double pm = pv_at(stream, mid);
            if (pm == 0) return 1.0 / portable_powi(mid, 12) - 1.0;
            if ((pm < 0) == (pb_ < 0)) {
                pa *= 0.5; // the stale end: halve its weight so it moves next time
            } else {
                a = b;
                pa = pb_;
            }
            b = mid;
            pb_ = pm;
        }
        return 1.0 / portable_powi(b, 12) - 1.0; // r = x^-12 - 1
    }
    return std::nullopt;
}

std::optional<int> break_even_month(const std::vector<double>& stream,
                                    const std::vector<double>& weight) {
    double running = 0;
    int last_negative = -1;
    for (size_t t = 0; t < stream.size(); ++t) {
        running += weight.empty() ? stream[t] : stream[t] * weight[t];
        if (running < 0) last_negative = static_cast<int>(t);
    }
    if (last_negative == static_cast<int>(stream.size()) - 1) return std::nullopt;
    return last_negative + 1;
}

} // namespace mlroi
