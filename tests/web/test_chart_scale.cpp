// The chart arithmetic on hand-computed cases.
#include "chart_scale.hpp"

#include <doctest/doctest.h>

using namespace mlroi_web;

TEST_CASE("a linear scale maps the axis ends and the middle, and back") {
    // Years 0..30 onto pixels 100..400: year 0 at 100, year 30 at 400, year 6 at 160.
    const LinearScale x{0, 30, 100, 400};
    CHECK(x.to_px(0) == doctest::Approx(100));
    CHECK(x.to_px(30) == doctest::Approx(400));
    CHECK(x.to_px(6) == doctest::Approx(160));
    CHECK(x.to_value(160) == doctest::Approx(6));
    // A y axis grows upwards: -$200k at the bottom (300 px), $1M at the top (50 px);
    // $0 sits 200k/1.2M of the way up: 300 - 250 x 1/6 = 258.33.
    const LinearScale y{-200'000, 1'000'000, 300, 50};
    CHECK(y.to_px(-200'000) == doctest::Approx(300));
    CHECK(y.to_px(1'000'000) == doctest::Approx(50));
    CHECK(y.to_px(0) == doctest::Approx(300 - 250.0 / 6));
    // An empty range puts everything in the middle rather than dividing by zero.
    CHECK(LinearScale{5, 5, 0, 100}.to_px(5) == doctest::Approx(50));
}

TEST_CASE("nice ticks are round, cover the range and respect the count") {
    // 0..30 years in at most 7 ticks: steps of 5.
    CHECK(nice_ticks(0, 30, 7) == std::vector<double>{0, 5, 10, 15, 20, 25, 30});
    // -213,000..1,870,000 in at most 6: a step of 500k from -500k to 2M.
    CHECK(nice_ticks(-213'000, 1'870'000, 6) ==
          std::vector<double>{-500'000, 0, 500'000, 1'000'000, 1'500'000, 2'000'000});
    // 0..1 in at most 3 ticks: 0, 0.5, 1.
    CHECK(nice_ticks(0, 1, 3) == std::vector<double>{0, 0.5, 1});
    // A degenerate range still gives an axis.
    CHECK(nice_ticks(4, 4, 5).size() >= 2);
}

TEST_CASE("short money labels for axes") {
    CHECK(money_short(0) == "$0");
    CHECK(money_short(950) == "$950");
    CHECK(money_short(12'345) == "$12k");
    CHECK(money_short(-40'000) == "-$40k");
    CHECK(money_short(1'000'000) == "$1M");
    CHECK(money_short(1'234'567) == "$1.2M");
    CHECK(money_short(25'000'000) == "$25M");
    CHECK(money_short(-0.2) == "$0");
}
