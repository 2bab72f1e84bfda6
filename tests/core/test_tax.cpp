// Taxes: a single filer's 2026 federal income tax, FICA and a flat state rate, worked out by
// hand from IRS Revenue Procedure 2025-32 and the SSA's 2026 wage base.
#include "cashflow.hpp"
#include "scenarios.hpp"
#include "tax.hpp"

#include <doctest/doctest.h>

using namespace mlroi;

namespace {
const TaxRules& rules() {
    return builtin_catalog().taxes;
}
} // namespace

TEST_CASE("tax data: the 2026 single-filer figures as published") {
    // Rev. Proc. 2025-32: 10% from 0, 12% from 12,400, 22% from 50,400, 24% from 105,700,
    // 32% from 201,775, 35% from 256,225, 37% from 640,600; standard deduction 16,100.
    // SSA: 6.2% up to 184,500; Medicare 1.45%, plus 0.9% above 200,000.
    const TaxRules& r = rules();
    const std::vector<std::pair<double, double>> expected = {
        {0, 0.10},       {12'400, 0.12},  {50'400, 0.22}, {105'700, 0.24},
        {201'775, 0.32}, {256'225, 0.35}, {640'600, 0.37}};
    REQUIRE(r.brackets.size() == expected.size());
    for (size_t i = 0; i < expected.size(); ++i) {
        CHECK(r.brackets[i].from == expected[i].first);
        CHECK(r.brackets[i].rate == expected[i].second);
    }
    CHECK(r.standard_deduction == 16'100);
    CHECK(r.social_security_rate == 0.062);
    CHECK(r.social_security_wage_base == 184'500);
    CHECK(r.medicare_rate == 0.0145);
    CHECK(r.additional_medicare_rate == 0.009);
    CHECK(r.additional_medicare_threshold == 200'000);
}

TEST_CASE("tax at $80,477 (the STEM yardstick) in 2026") {
    // Taxable 80,477 - 16,100 = 64,377.
    //   10% x 12,400                    =  1,240
    //   12% x (50,400 - 12,400)         =  4,560
    //   22% x (64,377 - 50,400 = 13,977) = 3,074.94   federal 8,874.94
    // FICA: 6.2% x 80,477 = 4,989.574; 1.45% x 80,477 = 1,166.9165     6,156.4905
    // Total 15,031.4305; with a 5% state rate, + 4,023.85 = 19,055.2805.
    CHECK(yearly_tax(80'477, rules(), 1, 0) == doctest::Approx(15'031.4305).epsilon(1e-12));
    CHECK(yearly_tax(80'477, rules(), 1, 0.05) == doctest::Approx(19'055.2805).epsilon(1e-12));
    // One more dollar pays 22% + 6.2% + 1.45% (+ 5% state).
    CHECK(marginal_rate(80'477, rules(), 1, 0) == doctest::Approx(0.2965).epsilon(1e-9));
    CHECK(marginal_rate(80'477, rules(), 1, 0.05) == doctest::Approx(0.3465).epsilon(1e-9));
}

TEST_CASE("tax at $250,000: the 32% bracket, the wage base and additional Medicare") {
    // Taxable 250,000 - 16,100 = 233,900.
    //   1,240 + 4,560 + 22% x 55,300 = 12,166 + 24% x 96,075 = 23,058
    //   + 32% x (233,900 - 201,775 = 32,125) = 10,280                  federal 51,304
    // Social Security stops at the wage base: 6.2% x 184,500 = 11,439.
    // Medicare 1.45% x 250,000 = 3,625; additional 0.9% x 50,000 = 450.     FICA 15,514
    CHECK(yearly_tax(250'000, rules(), 1, 0) == doctest::Approx(66'818).epsilon(1e-12));
    // Past the wage base one more dollar pays 32% + 1.45% + 0.9%.
    CHECK(marginal_rate(250'000, rules(), 1, 0) == doctest::Approx(0.3435).epsilon(1e-9));
}

TEST_CASE("tax at $700,000 reaches the 37% bracket") {
    // Taxable 683,900: 1,240 + 4,560 + 12,166 + 23,058 + 32% x 54,450 = 17,424
    //   + 35% x 384,375 = 134,531.25 + 37% x (683,900 - 640,600 = 43,300) = 16,021
    //   federal 209,000.25; FICA 11,439 + 10,150 + 0.9% x 500,000 = 4,500: 26,089.
    CHECK(yearly_tax(700'000, rules(), 1, 0) == doctest::Approx(235'089.25).epsilon(1e-12));
}

TEST_CASE("tax below the standard deduction is FICA only; no pay, no tax") {
    // $10,000 is under the $16,100 deduction: 7.65% FICA = $765, plus 5% state = $500.
    CHECK(yearly_tax(10'000, rules(), 1, 0) == doctest::Approx(765));
    CHECK(yearly_tax(10'000, rules(), 1, 0.05) == doctest::Approx(1'265));
    CHECK(yearly_tax(0, rules(), 1, 0.05) == 0);
}

TEST_CASE("indexing scales deduction, brackets and wage base, not the $200,000 threshold") {
    // Index 1.1 at $250,000: deduction 17,710, taxable 232,290; brackets from 13,640, 55,440,
    // 116,270, 221,952.5:
    //   10% x 13,640 = 1,364; 12% x 41,800 = 5,016; 22% x 60,830 = 13,382.6;
    //   24% x 105,682.5 = 25,363.8; 32% x (232,290 - 221,952.5 = 10,337.5) = 3,308
    //   federal 48,434.4 (= 1.1 x the 2026 tax on 232,290 / 1.1, as it must)
    // Social Security 6.2% x 202,950 = 12,582.9; Medicare 3,625; additional Medicare still
    // 0.9% x (250,000 - 200,000) = 450. Total 65,092.3.
    CHECK(yearly_tax(250'000, rules(), 1.1, 0) == doctest::Approx(65'092.3).epsilon(1e-12));
    // Had the threshold been indexed too (to 220,000) the additional tax would be 270.
    // Below every threshold, indexing by k is the same as taxing gross / k and scaling by k
    // (FICA and state are proportional then): at $60,000, index 1.1 = 1.1 x tax(60,000 / 1.1).
    CHECK(yearly_tax(60'000, rules(), 1.1, 0.05) ==
          doctest::Approx(1.1 * yearly_tax(60'000 / 1.1, rules(), 1, 0.05)).epsilon(1e-12));
}

TEST_CASE("the frame taxes each year with its own index, or one flat rate when set") {
    Scenario s = test::hand_scenario();
    s.you.tax_rate.reset(); // real taxes
    s.you.state_tax_rate = 0.05;
    s.assumptions.inflation = 0.025;
    const Frame real = make_frame(resolve(s, builtin_catalog()), builtin_catalog());
    // Year 2's amounts are 1.025^2 = 1.050625 times 2026's.
    REQUIRE(real.tax_index.size() == 10);
    CHECK(real.tax_index[2] == doctest::Approx(1.050625).epsilon(1e-14));
    CHECK(tax_in_year(real, 2, 80'477) ==
          doctest::Approx(yearly_tax(80'477, rules(), 1.050625, 0.05)).epsilon(1e-14));
    // A flat override replaces federal, FICA and state tax alike: 25% of $80,477.
    s.you.tax_rate = 0.25;
    const Frame flat = make_frame(resolve(s, builtin_catalog()), builtin_catalog());
    CHECK(tax_in_year(flat, 2, 80'477) == doctest::Approx(0.25 * 80'477));
    // $60,000 a year at 25% leaves 5,000 x 0.75 = $3,750 a month.
    CHECK(flat.without_net[0] == doctest::Approx(3'750));
}

TEST_CASE("a year's tax is worked out on the year's total and shared by its earning months") {
    // Half a year without pay, then $10,000 a month: the year's gross is $60,000, taxed as a
    // whole: taxable 43,900 -> 1,240 + 12% x 31,500 = 3,780 -> 5,020 federal; FICA 7.65% x
    // 60,000 = 4,590; tax 9,610. Each earning month keeps 10,000 x (1 - 9,610 / 60,000).
    Scenario s = test::hand_scenario();
    s.you.tax_rate.reset();
    s.you.state_tax_rate = 0;
    const Frame f = make_frame(resolve(s, builtin_catalog()), builtin_catalog());
    std::vector<double> gross(12, 0.0);
    for (int t = 6; t < 12; ++t) gross[t] = 10'000;
    const std::vector<double> net = after_tax(f, gross);
    CHECK(net[0] == 0);
    CHECK(net[6] == doctest::Approx(10'000 - 9'610.0 / 6).epsilon(1e-12));
    CHECK(net[11] == doctest::Approx(10'000 - 9'610.0 / 6).epsilon(1e-12));
    // Spread over the whole year the same $60,000 pays the same tax: progressive taxes see
    // years, not months.
    const std::vector<double> even = after_tax(f, std::vector<double>(12, 5'000));
    CHECK(even[0] == doctest::Approx(5'000 - 9'610.0 / 12).epsilon(1e-12));
}

TEST_CASE("tax segments: the simulation's piecewise linear tax equals yearly_tax") {
    for (double index : {1.0, 1.025, 1.8}) {
        for (double state : {0.0, 0.05}) {
            const TaxSegments t = tax_segments(rules(), index, state);
            CHECK(t.fixed.size() == t.upper.size() + 1);
            size_t guess = 0;
            for (double gross = 100; gross < 2e6; gross *= 1.01) {
                const size_t k = t.find(gross, guess);
                CHECK(k == t.find(gross, 0));
                CHECK(k == t.find(gross, t.upper.size()));
                guess = k;
                CHECK(t.fixed[k] + t.rate[k] * gross ==
                      doctest::Approx(yearly_tax(gross, rules(), index, state)).epsilon(1e-12));
            }
        }
    }
    const TaxSegments flat = flat_tax_segments(0.3);
    CHECK(flat.find(50'000, 3) == 0);
    CHECK(flat.fixed[0] + flat.rate[0] * 50'000 == doctest::Approx(15'000));
}
