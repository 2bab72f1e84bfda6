// portable_math.hpp: exp, log and pow from + - * / only, so results are bit-identical
// natively (glibc) and in WebAssembly (musl). The C library's versions may differ in the
// last bit between the two, and one bit is enough to break byte-for-byte parity.
// Accuracy is about 1e-15 relative, far below anything a money figure shows.
#pragma once

namespace mlroi {

double portable_exp(double x);
double portable_log(double x);              // x > 0
double portable_pow(double base, double e); // base > 0
// portable_exp and portable_log of each of xs[0, n), in place: the same numbers, four values
// at a time, their Horner chains interleaved (independent work the processor overlaps).
void portable_exp_each(double* xs, int n);
void portable_log_each(double* xs, int n);
// base^n for a whole n by repeated squaring: exact order of operations, no exp/log. Inline:
// the simulation raises each draw's monthly raise to the 12th power.
inline double portable_powi(double base, int n) {
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
