// NPV, IRR and break-even on streams whose answers are known in closed form.
#include "metrics.hpp"
#include "portable_math.hpp"

#include <doctest/doctest.h>

#include <cmath>

using namespace mlroi;

namespace {
std::vector<double> discount_at(double annual, int months) {
    std::vector<double> d(months);
    for (int t = 0; t < months; ++t) d[t] = std::pow(1 + annual, -t / 12.0);
    return d;
}
} // namespace

TEST_CASE("NPV of a simple stream: -1,000 now, +1,100 in a year, at 10% is zero") {
    std::vector<double> stream(13, 0.0);
    stream[0] = -1'000;
    stream[12] = 1'100;
    CHECK(present_value(stream, discount_at(0.10, 13)) == doctest::Approx(0).epsilon(1e-9));
    // At 0% it is just the sum, +100.
    CHECK(present_value(stream, std::vector<double>(13, 1.0)) == doctest::Approx(100));
}

TEST_CASE("IRR recovers a known rate") {
    // -1,000 now and 1,000 x 1.01^12 in twelve months: 1% a month = 12.6825% a year.
    std::vector<double> stream(13, 0.0);
    stream[0] = -1'000;
    stream[12] = 1'000 * std::pow(1.01, 12);
    REQUIRE(irr(stream).has_value());
    CHECK(*irr(stream) == doctest::Approx(0.12682503013196977).epsilon(1e-9));
    // -1,000 now, +1,100 in a year: exactly 10% a year.
    stream[12] = 1'100;
    CHECK(*irr(stream) == doctest::Approx(0.10).epsilon(1e-9));
    // Costs later than gains (a loan taken and repaid with 5% interest): 5% as well.
    std::vector<double> loan(13, 0.0);
    loan[0] = 1'000;
    loan[12] = -1'050;
    CHECK(*irr(loan) == doctest::Approx(0.05).epsilon(1e-9));
}

TEST_CASE("IRR is absent when the stream never changes sign") {
    CHECK_FALSE(irr({100, 50, 20}).has_value());
    CHECK_FALSE(irr({-100, -50}).has_value());
    CHECK_FALSE(irr({0, 0, 0}).has_value());
}

TEST_CASE("break-even month is the first from which the running sum stays >= 0") {
    // Running sums -100, -50, -20, 10, 5, 15: from month 3 on.
    CHECK(break_even_month({-100, 50, 30, 30, -5, 10}) == 3);
    // Running sums -10, 10, -5, 5: it dips again at month 2, so month 3.
    CHECK(break_even_month({-10, 20, -15, 10}) == 3);
    // Never recovers.
    CHECK_FALSE(break_even_month({-10, 5}).has_value());
    // Never negative: from month 0.
    CHECK(break_even_month({0, 5}) == 0);
    // Discounted at 100% a year a +1,500 a year later is worth only 750 < 1,000.
    std::vector<double> stream(13, 0.0);
    stream[0] = -1'000;
    stream[12] = 1'500;
    CHECK(break_even_month(stream) == 12);
    CHECK_FALSE(break_even_month(stream, discount_at(1.0, 13)).has_value());
}

TEST_CASE("portable exp, log and pow agree with the C library to 1e-15") {
    for (double x : {1e-300, 1e-5, 0.5, 0.999, 1.0, 1.0794, 2.0, 10.0, 1e10, 1e300})
        CHECK(portable_log(x) == doctest::Approx(std::log(x)).epsilon(1e-15));
    for (double x : {-700.0, -20.0, -1.0, -1e-9, 0.0, 0.3, 1.0, 5.5, 100.0, 700.0})
        CHECK(portable_exp(x) == doctest::Approx(std::exp(x)).epsilon(2e-15));
    CHECK(portable_pow(1.0794, 1.0 / 12) ==
          doctest::Approx(std::pow(1.0794, 1.0 / 12)).epsilon(1e-15));
    CHECK(portable_powi(1.005, 120) == doctest::Approx(std::pow(1.005, 120)).epsilon(1e-14));
    CHECK(portable_powi(2.0, -3) == 0.125);
}
