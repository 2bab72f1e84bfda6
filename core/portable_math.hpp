// portable_math.hpp: exp, log and pow from + - * / only, so results are bit-identical
// natively (glibc) and in WebAssembly (musl). The C library's versions may differ in the
// last bit between the two, and one bit is enough to break byte-for-byte parity.
// Accuracy is about 1e-15 relative, far below anything a money figure shows.
#pragma once

namespace mlroi {

double portable_exp(double x);
double portable_log(double x);              // x > 0
double portable_pow(double base, double e); // base > 0
// base^n for a whole n by repeated squaring: exact order of operations, no exp/log.
double portable_powi(double base, int n);

} // namespace mlroi
