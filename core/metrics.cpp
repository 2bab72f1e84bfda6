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

namespace {

int sign(double v) {
    return (v > 0) - (v < 0);
}

// The root of pv_at in [a, b] (monthly factors, pv_at(a) and pv_at(b) of opposite signs), by
// Illinois false position: superlinear, and it keeps the root bracketed. Stops when the
// bracket is as narrow as doubles allow.
double root_between(const std::vector<double>& stream, double a, double b) {
    double pa = pv_at(stream, a), pb = pv_at(stream, b);
    int side = 0;
    for (int iteration = 0; iteration < 400; ++iteration) {
        double mid = b - pb * (b - a) / (pb - pa);
        if (!(mid > std::min(a, b) && mid < std::max(a, b))) mid = 0.5 * (a + b);
        if (mid == a || mid == b) break;
        const double pm = pv_at(stream, mid);
        if (pm == 0) return mid;
        if (sign(pm) == sign(pb)) {
            b = mid;
            pb = pm;
            if (side == -1) pa *= 0.5; // the stale end: halve its weight so it moves next time
            side = -1;
        } else {
            a = mid;
            pa = pm;
            if (side == 1) pb *= 0.5;
            side = 1;
        }
        if (std::fabs(b - a) <= 1e-15 * std::max(std::fabs(a), std::fabs(b))) break;
    }
    return std::fabs(pa) < std::fabs(pb) ? a : b;
}

double rate_of(double x) {
    return 1.0 / portable_powi(x, 12) - 1.0; // r = x^-12 - 1
}

} // namespace

std::optional<double> irr(const std::vector<double>& stream, int* roots) {
    if (roots) *roots = 0;
    int first = 0, last = 0, changes = 0;
    for (double v : stream) {
        if (v == 0) continue;
        if (last != 0 && sign(v) != last) ++changes;
        if (first == 0) first = sign(v);
        last = sign(v);
    }
    if (changes == 0) return std::nullopt;
    if (changes == 1) {
        // One root in x in (0, inf): pv has the first flow's sign near 0 and the last's at
        // infinity. Bracket it from x = 1 (a rate of 0%) by doubling or halving.
        double lo = 1, hi = 1;
        if (sign(pv_at(stream, 1)) == first) {
            while (sign(pv_at(stream, hi)) != last) {
                lo = hi;
                hi *= 1.25; // past ~3.3 powers overflow: a rate of -100% to many digits
                if (!std::isfinite(pv_at(stream, hi)) || hi > 64) return std::nullopt;
            }
        } else {
            while (sign(pv_at(stream, lo)) != first) {
                hi = lo;
                lo *= 0.5;
                if (lo < 1e-3) return std::nullopt; // a rate of 10^36 a year
            }
        }
        if (roots) *roots = 1;
        return rate_of(root_between(stream, lo, hi));
    }
    // Several sign changes: scan annual rates for sign changes of the present value.
    std::optional<double> nearest;
    int found = 0;
    double a = monthly_factor(-0.9999), pa = pv_at(stream, a);
    for (int k = 1; k <= 160; ++k) {
        const double rate = -0.9999 + 100.9999 * (k / 160.0) * (k / 160.0); // dense near 0
        const double b = monthly_factor(rate), pb = pv_at(stream, b);
        if (sign(pa) != 0 && sign(pb) != 0 && sign(pa) != sign(pb)) {
            ++found;
            const double r = rate_of(root_between(stream, a, b));
            if (!nearest || std::fabs(r) < std::fabs(*nearest)) nearest = r;
        }
        a = b;
        pa = pb;
    }
    if (roots) *roots = found;
    return nearest;
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
