// NPV, IRR and break-even on streams whose answers are known in closed form.
#include "metrics.hpp"
#include "portable_math.hpp"
#include "random.hpp"

#include <doctest/doctest.h>

#include <cmath>
#include <cstring>
#include <limits>
#include <vector>

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

TEST_CASE("IRR finds a deeply negative root: -100 now, +39.51 in a year is -60.49%") {
    // -100 + 39.51 / (1 + r) = 0: 1 + r = 0.3951, r = 39.51 / 100 - 1 = -0.6049.
    std::vector<double> stream(13, 0.0);
    stream[0] = -100;
    stream[12] = 39.51;
    int roots = 0;
    const auto r = irr(stream, &roots);
    REQUIRE(r.has_value());
    CHECK(*r == doctest::Approx(39.51 / 100 - 1).epsilon(1e-12));
    CHECK(roots == 1);
}

TEST_CASE("IRR finds a huge root: -100 now, +10,000 in a year is +9,900% a year") {
    // 1 + r = 10,000 / 100 = 100: r = 99.
    std::vector<double> stream(13, 0.0);
    stream[0] = -100;
    stream[12] = 10'000;
    const auto r = irr(stream);
    REQUIRE(r.has_value());
    CHECK(*r == doctest::Approx(99.0).epsilon(1e-12));
    // And one well beyond the scan of several-root streams: 1 + r = 10^6.
    stream[12] = 1e8;
    CHECK(*irr(stream) == doctest::Approx(999'999.0).epsilon(1e-10));
}

TEST_CASE("IRR with two sign changes reports both roots' count and the one nearest 0%") {
    // Flows -1, +2.1, -1.1 at months 0, 12, 24. With y = 1 / (1 + r) the present value is
    // -1 + 2.1 y - 1.1 y^2 = -1.1 (y - 1)(y - 1/1.1): roots y = 1 (r = 0%) and y = 1/1.1
    // (r = 10%). Nearest 0% is 0% itself.
    std::vector<double> stream(25, 0.0);
    stream[0] = -1;
    stream[12] = 2.1;
    stream[24] = -1.1;
    int roots = 0;
    auto r = irr(stream, &roots);
    REQUIRE(r.has_value());
    CHECK(std::fabs(*r) < 1e-12);
    CHECK(roots == 2);
    // Roots at -30% and +20%: y1 = 1/0.7, y2 = 1/1.2; flows -y1 y2, +(y1 + y2), -1. The scan
    // meets -30% first, but +20% is nearer 0%.
    const double y1 = 1 / 0.7, y2 = 1 / 1.2;
    stream[0] = -y1 * y2;
    stream[12] = y1 + y2;
    stream[24] = -1;
    r = irr(stream, &roots);
    REQUIRE(r.has_value());
    CHECK(*r == doctest::Approx(0.20).epsilon(1e-12));
    CHECK(roots == 2);
    // Roots at 5% and 40%: 5% is reported.
    const double z1 = 1 / 1.05, z2 = 1 / 1.4;
    stream[0] = -z1 * z2;
    stream[12] = z1 + z2;
    r = irr(stream, &roots);
    REQUIRE(r.has_value());
    CHECK(*r == doctest::Approx(0.05).epsilon(1e-12));
    CHECK(roots == 2);
}

TEST_CASE("IRR of random one-sign-change streams zeroes their present value") {
    // A cost then gains: one sign change, one root (Descartes). At the reported rate the
    // present value is zero to rounding, whatever the stream.
    Random random(11);
    for (int i = 0; i < 200; ++i) {
        const int cost_months = 1 + static_cast<int>(random.uniform() * 36);
        const int months = cost_months + 12 + static_cast<int>(random.uniform() * 400);
        std::vector<double> stream(months);
        for (int t = 0; t < months; ++t)
            stream[t] = t < cost_months ? -1'000 * random.uniform() : 500 * random.uniform();
        int roots = 0;
        const auto r = irr(stream, &roots);
        CAPTURE(i);
        REQUIRE(r.has_value());
        CHECK(roots == 1);
        // Zero relative to the size of the discounted flows.
        const std::vector<double> d = discount_at(*r, months);
        double scale = 0;
        for (int t = 0; t < months; ++t) scale += std::fabs(stream[t]) * d[t];
        CHECK(std::fabs(present_value(stream, d)) < 1e-9 * scale);
    }
}

TEST_CASE("IRR is absent when the stream never changes sign") {
    CHECK_FALSE(irr({100, 50, 20}).has_value());
    CHECK_FALSE(irr({-100, -50}).has_value());
    CHECK_FALSE(irr({0, 0, 0}).has_value());
    CHECK_FALSE(irr({}).has_value());
    int roots = -1;
    CHECK_FALSE(irr({5, 0, 7}, &roots).has_value());
    CHECK(roots == 0);
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

TEST_CASE("portable_exp_each and portable_log_each give portable_exp's and portable_log's bits") {
    Random r(7);
    std::vector<double> x;
    for (int i = 0; i < 1001; ++i) x.push_back((r.uniform() - 0.5) * 60);
    for (double edge : {0.0, -0.0, 709.0, 709.5, -708.0, -708.5, -800.0, 1e-310, 5e-324,
                        std::numeric_limits<double>::infinity(), std::nan("")})
        x.push_back(edge);
    std::vector<double> e = x, l = x;
    for (double& v : l) v = std::fabs(v) * 1e3;
    const std::vector<double> logs_of = l;
    portable_exp_each(e.data(), static_cast<int>(e.size()));
    portable_log_each(l.data(), static_cast<int>(l.size()));
    const auto same = [](double a, double b) {
        return std::memcmp(&a, &b, sizeof a) == 0 || (std::isnan(a) && std::isnan(b));
    };
    for (size_t i = 0; i < x.size(); ++i) {
        CHECK(same(e[i], portable_exp(x[i])));
        CHECK(same(l[i], portable_log(logs_of[i])));
    }
}
