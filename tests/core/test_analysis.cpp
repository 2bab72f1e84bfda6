// The core analysis: program fit, the simulation, sensitivity, thresholds, alternatives, the
// verdict, and properties that must hold for any valid scenario.
#include "analysis.hpp"
#include "cashflow.hpp"
#include "scenarios.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <cstring>

using namespace mlroi;
using mlroi::test::hand_scenario;

namespace {
const Catalog& catalog() {
    return builtin_catalog();
}
const FitFactor& factor(const Fit& fit, const std::string& key) {
    for (const FitFactor& f : fit.factors)
        if (f.key == key) return f;
    FAIL("no factor " << key);
    return fit.factors.front();
}
Fit fit_of(const Scenario& s) {
    return program_fit(resolve(s, catalog()), analyze_cash(s, catalog()), catalog());
}
double npv_of(const Scenario& s) {
    return analyze_cash(s, catalog()).npv;
}
Uncertainty simulate_reader(const Scenario& s, const Spread& spread, int draws) {
    return simulate(resolve(s, catalog()), catalog(), spread, draws);
}
Spread no_spread() {
    Spread none;
    none.salary_sigma = 0;
    none.growth_sd = 0;
    none.vary_months_to_job = false;
    return none;
}

// Every number in a JSON document is finite.
bool all_finite(const json& j) {
    if (j.is_number()) return std::isfinite(j.get<double>());
    if (j.is_structured())
        for (const auto& item : j)
            if (!all_finite(item)) return false;
    return true;
}
} // namespace

// [SECTION] Program fit
TEST_CASE("fit: the defaults' score is the weighted sum of its factors") {
    // Defaults: all prerequisites (100), no clashes (100), high loan risk (30: see the next
    // tests), no published rate (25), connections 3 of 5 (60), ML engineer expects a master's
    // (100): 0.20*100 + 0.20*100 + 0.20*30 + 0.15*25 + 0.15*60 + 0.10*100 = 68.75.
    const Fit fit = fit_of(catalog().defaults);
    CHECK(fit.score == doctest::Approx(68.75));
    CHECK(fit.factors.size() == 6);
    CHECK(fit.questions.size() == 5);
}

TEST_CASE("fit: affordability follows the loan risk level; no loan, no risk") {
    // The defaults borrow $41,000 federally and about $96,900 privately (test_engine.cpp,
    // "the defaults' loans by hand"): payments take 23.7% of the first repayment year's pay
    // (over 12%) and the debt is 1.63 times it: high risk, 30 points.
    Scenario s = catalog().defaults;
    CHECK(factor(fit_of(s), "affordability").score == 30);
    s.financing.savings = 1'000'000;
    const Fit fit = fit_of(s);
    CHECK(factor(fit, "affordability").score == 100);
    CHECK(fit.questions.back().verdict == "No loan");
}

TEST_CASE("fit: missing prerequisites lower the score and add bridging time and cost") {
    Scenario s = catalog().defaults;
    s.you.has = {"programming", "probability_statistics"};
    const Fit fit = fit_of(s);
    // Two of four held: 50. Linear algebra and calculus take 2 months and $400 each (assets).
    CHECK(factor(fit, "prerequisites").score == doctest::Approx(50));
    CHECK(fit.bridging_months == 4);
    CHECK(fit.bridging_cost == 800);
    CHECK(fit.missing == std::vector<std::string>{"Linear algebra", "Calculus"});
    CHECK(factor(fit, "prerequisites").sentence.find("4 months and $800") != std::string::npos);
    // The loan is as risky four months later (payments still over 12% of pay): only the
    // prerequisites' 20 x 50% = 10 points go.
    CHECK(factor(fit, "affordability").score == 30);
    CHECK(fit.score == doctest::Approx(68.75 - 0.20 * 50));
}

TEST_CASE("fit: modality and pace against the reader's constraints") {
    Scenario s = catalog().defaults; // in person, full time, no work
    s.you.must_keep_job = true;
    CHECK(factor(fit_of(s), "format").score == 40); // 100 - 60: would have to quit
    s.you.can_relocate = false;
    CHECK(factor(fit_of(s), "format").score == 0); // and cannot move: floored at 0
    Problems problems;
    apply_preset("online_part_time", catalog(), s, problems);
    CHECK(factor(fit_of(s), "format").score == 100); // online, keeps the whole salary
    s.you.caregiving = true;
    s.program.modality = Modality::Hybrid;
    CHECK(factor(fit_of(s), "format").score == 75); // hybrid: -15 no move, -10 care cover
}

TEST_CASE("fit: outcomes evidence, connections and the role's expected degree") {
    Scenario s = catalog().defaults;
    CHECK(factor(fit_of(s), "outcomes").score == 25);
    s.program.placement_rate_published = 0.9;
    CHECK(factor(fit_of(s), "outcomes").score == doctest::Approx(40 + 60 * 0.9));
    // Left to the evidence the assumption is the published rate itself: in line with it.
    s.program.placement_rate_published = 0.5;
    CHECK(factor(fit_of(s), "outcomes").sentence.find("in line") != std::string::npos);
    // A reader's own 80% against a published 50%: the sentence says so.
    s.outcome.placement_probability = 0.8;
    CHECK(factor(fit_of(s), "outcomes").sentence.find("consider lowering") != std::string::npos);
    s.program.industry_connections = 5;
    CHECK(factor(fit_of(s), "connections").score == 100);
    s.program.industry_connections = 0;
    CHECK(factor(fit_of(s), "connections").score == 0);
    s.outcome.role = "data_scientist";
    CHECK(factor(fit_of(s), "degree_expected").score == 60);
    s.outcome.role = "research_scientist";
    CHECK(factor(fit_of(s), "degree_expected").score == 30);
}

TEST_CASE("fit: the five questions answer from the scenario, not canned text") {
    Scenario s = catalog().defaults;
    Problems problems;
    apply_preset("online_part_time", catalog(), s, problems);
    const Fit fit = fit_of(s);
    REQUIRE(fit.questions.size() == 5);
    CHECK(fit.questions[0].key == "peer_outcomes");
    CHECK(fit.questions[0].detail.find("$80,477 without the degree") != std::string::npos);
    CHECK(fit.questions[2].verdict == "Yes: online");
    CHECK(fit.questions[3].verdict == "Yes: part time over 3 years");
    s.program.placement_rate_published = 0.72;
    CHECK(fit_of(s).questions[0].verdict == "Published: 72% placed");
}

// [SECTION] Monte Carlo
TEST_CASE("same seed, byte-identical results; another seed, other draws") {
    const Scenario& s = catalog().defaults;
    const std::string once = json(analyze(s, catalog())).dump();
    CHECK(json(analyze(s, catalog())).dump() == once);
    Scenario other = s;
    other.assumptions.seed = 2;
    const std::string twice = json(analyze(other, catalog())).dump();
    CHECK(twice != once);
    CHECK(twice.size() > 1000);
    // The draws alone, compared bit for bit.
    const Spread spread = spread_for(s, catalog());
    const Uncertainty a = simulate_reader(s, spread, 2'000), b = simulate_reader(s, spread, 2'000);
    CHECK(std::memcmp(&a.mean, &b.mean, sizeof a.mean) == 0);
    CHECK(std::memcmp(&a.p50, &b.p50, sizeof a.p50) == 0);
    CHECK(a.histogram.counts == b.histogram.counts);
}

TEST_CASE("the generator is xoshiro256** seeded by splitmix64, as published") {
    // Blackman and Vigna's reference: from state {1, 2, 3, 4} the first output is
    // rotl(2 x 5, 7) x 9 = 1,280 x 9 = 11,520; the state becomes {7, 0, 262,146, 6 << 45},
    // so the second is rotl(0, 7) x 9 = 0; the third rotl(262,149 x 5, 7) x 9 = 1,509,978,240.
    Random r(0);
    r.state[0] = 1;
    r.state[1] = 2;
    r.state[2] = 3;
    r.state[3] = 4;
    CHECK(r.next() == 11'520u);
    CHECK(r.next() == 0u);
    CHECK(r.next() == 1'509'978'240u);
    // splitmix64 from 1234567 (the reference's test vector) fills the four words.
    const Random seeded(1'234'567);
    CHECK(seeded.state[0] == 6457827717110365317ULL);
    CHECK(seeded.state[1] == 3203168211198807973ULL);
    CHECK(seeded.state[2] == 9817491932198370423ULL);
    CHECK(seeded.state[3] == 4593380528125082431ULL);
    // A uniform is the top 53 bits, centred: 11,520 >> 11 = 5, so (5 + 0.5) / 2^53.
    Random u(0);
    u.state[0] = 1;
    u.state[1] = 2;
    u.state[2] = 3;
    u.state[3] = 4;
    CHECK(u.uniform() == 5.5 / 9007199254740992.0);
}

TEST_CASE("with nothing uncertain, every draw is the deterministic NPV") {
    // Finishing and landing the role certain, sigma 0, no spread of raises, a fixed search:
    // each draw's closed-form yearly sums must give the month-by-month NPV. Growth, extra
    // raises, discounting, real taxes, living costs, bridging and loans (federal to its limit,
    // then private) make the check non-trivial.
    Scenario s = hand_scenario();
    s.you.horizon_years = 30;
    s.you.salary_growth = 0.03;
    s.you.tax_rate.reset();
    s.you.state_tax_rate = 0.05;
    s.you.living_per_month = 2'000;
    s.you.has = {"programming", "linear_algebra", "calculus"}; // 2 months of bridging
    s.program.years = 2;
    s.program.tuition_per_year = 30'000;
    s.financing.savings = 10'000;
    s.financing.federal_rate = 0.0794;
    s.financing.federal_fee = 0.01057;
    s.financing.private_rate = 0.1;
    s.outcome.salary = 95'000;
    s.outcome.salary_growth = 0.035;
    s.outcome.extra_raise = 0.005;
    s.outcome.extra_raise_years = 10;
    s.outcome.months_to_job = 5;
    s.assumptions.inflation = 0.025;
    s.assumptions.real_discount_rate = 0.03;
    for (const RepaymentPlan plan : {RepaymentPlan::Standard, RepaymentPlan::Rap}) {
        s.financing.plan = plan;
        CAPTURE(to_string(plan));
        const Uncertainty u = simulate_reader(s, no_spread(), 1'000);
        const double npv = npv_of(s);
        CHECK(u.mean == doctest::Approx(npv).epsilon(1e-6));
        CHECK(u.p10 == doctest::Approx(npv).epsilon(1e-6));
        CHECK(u.p90 == doctest::Approx(npv).epsilon(1e-6));
        CHECK(u.histogram.low == doctest::Approx(npv).epsilon(1e-6)); // the 1st percentile
        CHECK(u.p_positive == (npv > 0 ? 1.0 : 0.0));
    }
}

TEST_CASE("with nothing uncertain, a declined offer is the old path in every draw") {
    // $50,000 offered against $60,000: every draw declines, as the deterministic path does:
    // NPV -72,000, the study year only.
    Scenario s = hand_scenario();
    s.outcome.salary = 50'000;
    const Uncertainty u = simulate_reader(s, no_spread(), 500);
    CHECK(u.p10 == doctest::Approx(-72'000));
    CHECK(u.p90 == doctest::Approx(-72'000));
    CHECK(u.p_positive == 0);
}

TEST_CASE("stratified draws: each branch gets its exact share of the draws") {
    // Completion 70%, placement 80%, nothing else uncertain, 1,000 draws: lround(300) leavers,
    // lround(700 x 0.8) = 560 placed finishers, 140 not placed. Only the placed come out
    // ahead (+36,000, as by hand); the 140 not placed lose the study year, -72,000, and every
    // leaver loses 6,000 a month for 1 to 11 months (-6,000 to -66,000). Sorted, draws 0..139
    // are -72,000 and 440..999 are +36,000.
    Scenario s = hand_scenario();
    s.outcome.completion_probability = 0.7;
    s.outcome.placement_probability = 0.8;
    const Uncertainty u = simulate_reader(s, no_spread(), 1'000);
    CHECK(u.p_positive == 0.56);
    CHECK(u.p10 == doctest::Approx(-72'000)); // draw 99 of 1,000
    CHECK(u.p50 == doctest::Approx(36'000));  // draw 499
    CHECK(u.p90 == doctest::Approx(36'000));
}

TEST_CASE("the simulated mean agrees with the expected NPV where the model is linear") {
    // Placement and completion enter NPV linearly, and the salary draw keeps its mean at
    // outcome.salary. The rest must be linear too: a flat tax (real taxes are progressive),
    // no pay to go back to (so no offer is ever declined), fixed raises and search, and a
    // standard plan (payments independent of pay). Then E[NPV] is the deterministic NPV:
    // allow 4 standard errors.
    Scenario s = catalog().defaults;
    s.you.current_salary = 0;
    s.you.tax_rate = 0.25;
    Spread spread = spread_for(s, catalog());
    spread.growth_sd = 0;
    spread.vary_months_to_job = false;
    const Uncertainty u = simulate_reader(s, spread, 200'000);
    const double npv = npv_of(s);
    CHECK(std::fabs(u.mean - npv) < 4 * u.std_error);
    CHECK(u.std_error > 0);
    CHECK(u.std_error < 0.01 * std::fabs(npv)); // and the test is not vacuous
}

TEST_CASE("simulation summary: ordered percentiles, a full histogram, a probability") {
    const Scenario& s = catalog().defaults;
    const Uncertainty u = simulate_reader(s, spread_for(s, catalog()), 10'000);
    CHECK(u.draws == 10'000);
    CHECK(u.seed == 1);
    CHECK(u.p10 <= u.p50);
    CHECK(u.p50 <= u.p90);
    int total = 0;
    for (int c : u.histogram.counts) total += c;
    CHECK(total == 10'000);
    CHECK(u.histogram.counts.size() == 20);
    CHECK(u.p_positive > 0);
    CHECK(u.p_positive < 1);
    // Finishing, landing the role, salary, the job search (3 months: 0 to 6) and raises.
    REQUIRE(u.drawn.size() == 5);
    CHECK(u.drawn[3] == "job search: 0 to 6 months, evenly");
}

TEST_CASE("lognormal sigma from quartiles: ln(p75/p25) / (2 x 0.67449)") {
    // Data scientists (BLS May 2024): ln(155,810 / 82,630) = 0.634239; / 1.348980 = 0.470181.
    CHECK(sigma_from_quartiles(82'630, 155'810) == doctest::Approx(0.4701810).epsilon(1e-6));
    // From deciles: ln(p90 / p10) / (2 x 1.281552): a premium of 5% to 25% gives
    // ln(1.25 / 1.05) = 0.174353, / 2.563103 = 0.068024.
    CHECK(sigma_from_deciles(1.05, 1.25) == doctest::Approx(0.068024).epsilon(1e-5));
}

TEST_CASE("the salary spread: the premium's when the pay is the premium, else the role's") {
    // Defaults: the pay after is the reader's own plus 14%, so it varies as the premium does
    // (5% to 25% as the 10th and 90th percentiles); raises by a point (presets).
    Scenario s = catalog().defaults;
    const Spread premium = spread_for(s, catalog());
    CHECK(premium.salary_sigma ==
          doctest::Approx(std::log(1.25 / 1.05) / (2 * 1.2815515655446004)).epsilon(1e-12));
    CHECK(premium.growth_sd == 0.01);
    // A pay the reader sets varies like the role's pay (BLS quartiles for ML engineers).
    s.outcome.salary = 120'000;
    CHECK(spread_for(s, catalog()).salary_sigma ==
          doctest::Approx(std::log(155'810.0 / 82'630) / (2 * 0.6744897501960817)).epsilon(1e-12));
    // And so does the floor (a career changer): software engineers' quartiles.
    s.outcome.salary.reset();
    s.you.background = "other";
    s.outcome.role = "software_engineer";
    CHECK(spread_for(s, catalog()).salary_sigma ==
          doctest::Approx(std::log(169'000.0 / 103'050) / (2 * 0.6744897501960817)).epsilon(1e-12));
}

TEST_CASE("uniform and normal draws behave") {
    Random r(42);
    double sum = 0, squares = 0;
    const int n = 100'000;
    for (int i = 0; i < n; ++i) {
        const double z = r.normal();
        sum += z;
        squares += z * z;
    }
    // Mean 0 and variance 1 within 4 standard errors (1/sqrt(n) and sqrt(2/n)).
    CHECK(std::fabs(sum / n) < 4 / std::sqrt(n));
    CHECK(std::fabs(squares / n - 1) < 4 * std::sqrt(2.0 / n));
    CHECK(inverse_normal(0.5) == doctest::Approx(0).epsilon(1e-12));
    CHECK(inverse_normal(0.975) == doctest::Approx(1.959963985).epsilon(1e-8));
    CHECK(inverse_normal(0.001) == doctest::Approx(-3.090232306).epsilon(1e-8));
}

// [SECTION] Verdict
TEST_CASE("verdict: likely needs NPV > 0, median > 0 and a 60% chance") {
    CHECK(verdict_for(1'000, 0.7, 500, 30, 30).level == VerdictLevel::Likely);
    CHECK(verdict_for(1'000, 0.6, 1, 30, 30).level == VerdictLevel::Likely); // at the edge
    CHECK(verdict_for(1'000, 0.5999, 1, 30, 30).level == VerdictLevel::Uncertain);
    CHECK(verdict_for(1'000, 0.7, -1, 30, 30).level == VerdictLevel::Uncertain); // median < 0
    CHECK(verdict_for(0, 0.7, 500, 30, 30).level == VerdictLevel::Uncertain);    // NPV not > 0
    CHECK(verdict_for(1'000, 0.45, 500, 30, 30).level == VerdictLevel::Uncertain);
}

TEST_CASE("verdict: unlikely needs NPV < 0, median < 0 and under a 40% chance") {
    CHECK(verdict_for(-1'000, 0.3, -500, 30, std::nullopt).level == VerdictLevel::Unlikely);
    CHECK(verdict_for(-1'000, 0.4, -500, 30, std::nullopt).level == VerdictLevel::Uncertain);
    CHECK(verdict_for(-1'000, 0.3, 500, 30, std::nullopt).level == VerdictLevel::Uncertain);
    CHECK(verdict_for(1'000, 0.3, -500, 30, std::nullopt).level == VerdictLevel::Uncertain);
}

TEST_CASE("verdict: never likely with under half the careers ahead or a negative median") {
    Random r(5);
    for (int i = 0; i < 10'000; ++i) {
        const double npv = (r.uniform() - 0.5) * 2e5, p = r.uniform();
        const double median = (r.uniform() - 0.5) * 2e5;
        const VerdictLevel level = verdict_for(npv, p, median, 30, std::nullopt).level;
        if (p < 0.5 || median < 0) CHECK(level != VerdictLevel::Likely);
        if (p >= 0.5 || median > 0 || npv > 0) CHECK(level != VerdictLevel::Unlikely);
    }
}

TEST_CASE("verdict: the headline says the figures in words") {
    // Break-even in month 30 is in year 30 / 12 + 1 = 3.
    CHECK(verdict_for(12'345.6, 0.7, 5'000, 30, 30).headline ==
          "Likely worth it: +$12,346 expected over 30 years (median +$5,000), 70% chance it "
          "pays off, breaks even in year 3.");
    CHECK(verdict_for(-2'000, 0.2, -3'000, 10, std::nullopt).headline ==
          "Unlikely to pay off: -$2,000 expected over 10 years (median -$3,000), 20% chance it "
          "pays off, never breaks even.");
}

TEST_CASE("analyze: the verdict is the one for its own NPV, chance and median") {
    const Results r = analyze(catalog().defaults, catalog());
    const Verdict v =
        verdict_for(r.npv, r.uncertainty.p_positive, r.uncertainty.p50, 30, r.break_even_month);
    CHECK(r.verdict.level == v.level);
    CHECK(r.verdict.headline == v.headline);
    const json j = r;
    CHECK(j["verdict"]["level"] == to_string(v.level));
    // The defaults leave all five figures the evidence can fill null.
    REQUIRE(r.inputs_used.size() == 5);
    for (const UsedInput& u : r.inputs_used) CHECK_MESSAGE(u.from_evidence, u.path);
}

// [SECTION] Sensitivity and thresholds
TEST_CASE("tornado: swings worked out by hand, sorted largest first") {
    // Hand scenario, NPV = -12,000 - S0 + 9 (S1 - S0) with a 12-month study, 108 months after.
    //  current salary 48,000..72,000: NPV = 636,000 - 10 S0 -> swing 240,000;
    //  salary with sigma 0.1: S1 from 72,000 e^(-0.005 -+ 0.067449) -> swing 9 x that spread;
    //  years 0.5..1.5: 6 months (-36,000 + 114,000 = 78,000) or 18 (-108,000 + 102,000);
    //  placement 0.8..1.0: 0.2 x 9 x 12,000 = 21,600;
    //  completion 0.8..1.0: 0.2 x (36,000 - (-26,250)) = 12,450 (the leavers' -26,250 as in
    //    test_engine.cpp);
    //  tuition 6,000..18,000 paid from savings: 12,000;
    //  flat tax 0..5%: NPV = 48,000 (1 - t) - 12,000 -> 2,400;
    //  loan rate: nothing is borrowed -> 0;
    //  raises after the degree -2%..2% and the discount rate -2%..2%: geometric sums below.
    const Scenario s = hand_scenario();
    Spread spread;
    spread.salary_sigma = 0.1;
    const Sensitivity t = sensitivity(s, catalog(), spread, npv_of(s));
    REQUIRE(t.tornado.size() == 10);
    for (size_t i = 1; i < t.tornado.size(); ++i)
        CHECK(t.tornado[i - 1].swing >= t.tornado[i].swing);
    const auto bar = [&](const std::string& key) {
        for (const TornadoBar& b : t.tornado)
            if (b.key == key) return b;
        FAIL("no bar " << key);
        return t.tornado.front();
    };
    // Raises g: pay 6,000 q^t from month 12, q = (1 + g)^(1/12):
    // NPV = -72,000 + 6,000 (q^12 - q^120) / (1 - q) - 108 x 5,000.
    const auto npv_growth = [](double g) {
        const double q = std::pow(1 + g, 1.0 / 12);
        return -72'000 + 6'000 * (std::pow(q, 12) - std::pow(q, 120)) / (1 - q) - 540'000;
    };
    // Discount rate r: v = (1 + r)^(-1/12); -6,000 (1 - v^12) / (1 - v) + 1,000 (v^12 -
    // v^120) / (1 - v).
    const auto npv_discount = [](double r) {
        const double v = std::pow(1 + r, -1.0 / 12);
        return (-6'000 * (1 - std::pow(v, 12)) + 1'000 * (std::pow(v, 12) - std::pow(v, 120))) /
               (1 - v);
    };
    const double spread_s1 =
        72'000 * (std::exp(-0.005 + 0.0674489750) - std::exp(-0.005 - 0.0674489750));
    // Raises: about 141,700; salary 87,044; discount rate about 22,500.
    const std::vector<std::pair<std::string, double>> expected = {
        {"you.current_salary", 240'000},
        {"outcome.salary_growth", npv_growth(0.02) - npv_growth(-0.02)},
        {"outcome.salary", 9 * spread_s1},
        {"program.years", 84'000},
        {"assumptions.real_discount_rate", npv_discount(-0.02) - npv_discount(0.02)},
        {"outcome.placement_probability", 21'600},
        {"outcome.completion_probability", 12'450},
        {"program.tuition_per_year", 12'000},
        {"you.tax_rate", 2'400},
        {"financing.federal_rate", 0},
    };
    for (size_t i = 0; i < expected.size(); ++i) {
        CAPTURE(expected[i].first);
        CHECK(bar(expected[i].first).swing == doctest::Approx(expected[i].second).epsilon(1e-9));
        // Listed here largest first, so the tornado has the same order.
        CHECK(t.tornado[i].key == expected[i].first);
    }
    CHECK(bar("program.years").npv_low == doctest::Approx(78'000));
    CHECK(bar("program.years").npv_high == doctest::Approx(-6'000));
}

TEST_CASE("tornado: a current salary moved re-derives a pay after the degree left null") {
    // Defaults' current salary is the yardstick 80,477, varied by 20%: 64,381.6 and 96,572.4.
    // Pay after the degree follows it where the premium wins: 96,572.4 x 1.14 = 110,092.5
    // beats 99,268. So the high end's NPV is the NPV with both set that way.
    const Scenario& d = catalog().defaults;
    const Sensitivity t = sensitivity(d, catalog(), spread_for(d, catalog()), npv_of(d));
    TornadoBar current;
    for (const TornadoBar& b : t.tornado)
        if (b.key == "you.current_salary") current = b;
    CHECK(current.base == 80'477);
    CHECK(current.high == doctest::Approx(80'477 * 1.2));
    Scenario both = d;
    both.you.current_salary = 80'477 * 1.2;
    both.outcome.salary = 80'477 * 1.2 * 1.14;
    CHECK(current.npv_high == doctest::Approx(npv_of(both)).epsilon(1e-12));
}

TEST_CASE("thresholds by hand: tuition up to $48,000, salary from $68,000") {
    // NPV = 36,000 + 12,000 - T: zero at T = 48,000. NPV = -72,000 + 9 (S - 60,000): zero at
    // S = 68,000. Both lie on the $100 grid, where NPV is zero up to rounding (a last-bit
    // -0.0000001 moves the answer one step), so the next step is accepted too.
    const Sensitivity t = sensitivity(hand_scenario(), catalog(), Spread{}, 36'000);
    CHECK(t.max_tuition_per_year.status == "found");
    REQUIRE(t.max_tuition_per_year.value);
    REQUIRE(t.min_salary.value);
    CHECK(*t.max_tuition_per_year.value >= 47'900);
    CHECK(*t.max_tuition_per_year.value <= 48'000);
    CHECK(*t.min_salary.value >= 68'000);
    CHECK(*t.min_salary.value <= 68'100);
}

TEST_CASE("thresholds: NPV within $1,000 of zero there, and the right sign either side") {
    // The defaults with a pay of $110,000 after the degree: worth it at the default tuition,
    // not at $500,000; not at a pay of 0, worth it at $1,000,000.
    Scenario s = catalog().defaults;
    s.outcome.salary = 110'000;
    const auto set_tuition = [](Scenario& x, double v) { x.program.tuition_per_year = v; };
    const auto set_salary = [](Scenario& x, double v) { x.outcome.salary = v; };
    const auto npv_at = [&](auto set, double v) {
        Scenario x = s;
        set(x, v);
        return npv_of(x);
    };
    // To the dollar, the crossing is within $1,000 of zero NPV.
    const Threshold tuition = find_threshold(s, catalog(), set_tuition, 0, 500'000, 1, true);
    const Threshold salary = find_threshold(s, catalog(), set_salary, 0, 1'000'000, 1, false);
    REQUIRE(tuition.value);
    REQUIRE(salary.value);
    CHECK(std::fabs(npv_at(set_tuition, *tuition.value)) < 1'000);
    CHECK(std::fabs(npv_at(set_salary, *salary.value)) < 1'000);
    // The reported ones, to $100: NPV >= 0 at the threshold, < 0 one step beyond.
    const Sensitivity t = sensitivity(s, catalog(), spread_for(s, catalog()), 0);
    const double max_tuition = *t.max_tuition_per_year.value, min_salary = *t.min_salary.value;
    CHECK(std::fmod(max_tuition, 100) == 0);
    CHECK(npv_at(set_tuition, max_tuition) >= 0);
    CHECK(npv_at(set_tuition, max_tuition + 100) < 0);
    CHECK(npv_at(set_salary, min_salary) >= 0);
    CHECK(npv_at(set_salary, min_salary - 100) < 0);
}

TEST_CASE("thresholds outside the range say which side") {
    Scenario s = hand_scenario();
    s.outcome.salary = 50'000; // less than now: declined, so no tuition makes it pay
    const Sensitivity t = sensitivity(s, catalog(), Spread{}, npv_of(s));
    CHECK(t.max_tuition_per_year.status == "never");
    CHECK_FALSE(t.max_tuition_per_year.value);
    s.you.current_salary = 0; // nothing to give up: any salary above 0 pays back a free program
    s.program.tuition_per_year = 0;
    CHECK(sensitivity(s, catalog(), Spread{}, 0).min_salary.status == "always");
}

// [SECTION] Alternatives
TEST_CASE("alternatives: every path, the current one first, staying put last") {
    const Results r = analyze(catalog().defaults, catalog());
    std::vector<std::string> keys;
    for (const Alternative& a : r.alternatives) keys.push_back(a.key);
    // The defaults are in person, full time: that variant is the program itself.
    CHECK(keys == std::vector<std::string>{"this_program", "online_part_time", "hybrid_part_time",
                                           "bootcamp", "certificate", "self_study", "phd", "stay"});
    CHECK(r.alternatives.front().npv == r.npv);
    CHECK(r.alternatives.front().p_positive == r.uncertainty.p_positive);
    CHECK(r.alternatives.back().npv == 0);
    CHECK_FALSE(r.alternatives.back().p_positive.has_value()); // nothing at stake
    for (const Alternative& a : r.alternatives) {
        CHECK(a.timeline.size() == r.timeline.size());
        if (!a.p_positive) continue;
        CHECK(*a.p_positive >= 0);
        CHECK(*a.p_positive <= 1);
    }
    // An online part-time reader sees the in-person variant instead of the online one.
    Scenario online = catalog().defaults;
    Problems problems;
    apply_preset("online_part_time", catalog(), online, problems);
    std::vector<std::string> online_keys;
    for (const Alternative& a : analyze(online, catalog()).alternatives)
        online_keys.push_back(a.key);
    CHECK(online_keys[1] == "hybrid_part_time");
    CHECK(online_keys[2] == "in_person_full_time");
}

TEST_CASE("a variant keeps the program's total tuition over its own length") {
    // Two full-time years at $27,776 become three part-time years at 27,776 x 2/3 = $18,517.33.
    const Catalog& c = catalog();
    std::vector<std::string> notes;
    const auto x =
        alternative_scenario(c.defaults, resolve(c.defaults, c), c.alternatives[0], c, notes);
    REQUIRE(x);
    CHECK(x->program.years == doctest::Approx(3));
    CHECK(x->program.tuition_per_year == doctest::Approx(27'776.0 * 2 / 3));
    CHECK(x->program.modality == Modality::Online);
    CHECK(analyze_cash(*x, c).cost.direct == doctest::Approx(2 * 27'776.0)); // no housing online
    // Left to the evidence, the online variant's placement follows its modality: 0.80 - 0.05.
    CHECK(*resolve(*x, c).outcome.placement_probability == doctest::Approx(0.75));
    // And back: from three part-time years, the in-person variant is two full-time years.
    const auto back = alternative_scenario(*x, resolve(*x, c), c.alternatives[2], c, notes);
    REQUIRE(back);
    CHECK(back->program.years == doctest::Approx(2));
    CHECK(back->program.tuition_per_year == doctest::Approx(27'776));
}

TEST_CASE("a variant moves a reader's own placement by the modality's points") {
    // The reader's own 80% in person becomes 80 - 5 = 75% online and 80 - 3 = 77% hybrid.
    const Catalog& c = catalog();
    Scenario s = c.defaults;
    s.outcome.placement_probability = 0.8;
    std::vector<std::string> notes;
    const auto online = alternative_scenario(s, resolve(s, c), c.alternatives[0], c, notes);
    const auto hybrid = alternative_scenario(s, resolve(s, c), c.alternatives[1], c, notes);
    REQUIRE(online);
    REQUIRE(hybrid);
    CHECK(*online->outcome.placement_probability == doctest::Approx(0.75));
    CHECK(*hybrid->outcome.placement_probability == doctest::Approx(0.77));
    // Industry ties: 3 in person, one fewer away from campus.
    CHECK(online->program.industry_connections == 2);
}

TEST_CASE("other paths: their own pay, a share of the reader's, or another role's") {
    const Catalog& c = catalog();
    const Scenario& d = c.defaults;
    const Scenario r = resolve(d, c);
    std::vector<std::string> notes;
    const auto path = [&](const std::string& key) {
        for (const AlternativePreset& a : c.alternatives)
            if (a.key == key) return alternative_scenario(d, r, a, c, notes);
        FAIL("no alternative " << key);
        return std::optional<Scenario>{};
    };
    CHECK(*path("bootcamp")->outcome.salary == 70'000);
    // A certificate earns 85% of the pay after the degree: 0.85 x 80,477 x 1.14 = 77,982.22.
    CHECK(*path("certificate")->outcome.salary == doctest::Approx(0.85 * 80'477 * 1.14));
    // A PhD leads to research scientist, paid from that role's evidence: $130,072.
    const auto phd = path("phd");
    CHECK(phd->outcome.role == "research_scientist");
    CHECK_FALSE(phd->outcome.salary.has_value());
    CHECK(*resolve(*phd, c).outcome.salary == 130'072);
}

TEST_CASE("a PhD that outlasts the horizon is left out, with a note") {
    Scenario s = catalog().defaults;
    s.you.horizon_years = 5; // a five-year PhD needs six
    const Results r = analyze(s, catalog());
    for (const Alternative& a : r.alternatives) CHECK(a.key != "phd");
    bool noted = false;
    for (const std::string& n : r.notes) noted = noted || n.rfind("PhD is left out", 0) == 0;
    CHECK(noted);
}

TEST_CASE("a dearer federal loan never makes the degree worth more") {
    // Savings always replace the private loan first (loans.cpp), so a federal rate that
    // passes the private one does not move them onto the federal loan (which may run 15 to 25
    // years against the private term_years). Two years at $60,000, no pay, $40,000 saved,
    // private 10% over 10 years, no discounting: at a federal 9.5% or 10.5% alike, savings
    // clear $40,000 of the private loans, leaving $41,000 federal (15 years) and $39,000
    // private; the dearer federal rate only adds interest.
    Scenario s = hand_scenario();
    s.you.horizon_years = 30;
    s.program.years = 2;
    s.program.tuition_per_year = 60'000;
    s.financing.savings = 40'000;
    s.financing.private_rate = 0.10;
    s.financing.federal_rate = 0.095;
    const CashResults cheap = analyze_cash(s, catalog());
    s.financing.federal_rate = 0.105;
    const CashResults dear = analyze_cash(s, catalog());
    CHECK(dear.loan.total_interest >= cheap.loan.total_interest);
    CHECK(dear.npv <= cheap.npv);
}

// [SECTION] Properties over random valid scenarios
TEST_CASE("properties: a scenario round-trips through JSON unchanged, nulls included") {
    Random r(99);
    int nulls = 0;
    for (int i = 0; i < 1000; ++i) {
        const Scenario s = test::random_scenario(r);
        const json j = s;
        CAPTURE(j.dump());
        Problems problems;
        const auto again = read_checked(j, catalog().defaults, catalog(), problems);
        REQUIRE(again);
        CHECK(json(*again) == j);
        // Through text as well: numbers are written to round-trip exactly.
        const auto from_text = parse_scenario(j.dump(), Scenario{}, problems);
        REQUIRE(from_text);
        CHECK(json(*from_text) == j);
        nulls += j["outcome"]["salary"].is_null();
    }
    CHECK(nulls > 300); // the property was tried on null fields
}

TEST_CASE("properties: monotone in tuition, loan rate and years, over 3,000 scenarios") {
    Random r(2026);
    for (int i = 0; i < 3000; ++i) {
        const Scenario s = test::random_scenario(r);
        CAPTURE(json(s).dump());
        const CashResults base = analyze_cash(s, catalog());
        // More tuition never raises NPV.
        Scenario dearer = s;
        dearer.program.tuition_per_year = std::min(500'000.0, s.program.tuition_per_year + 5'000);
        CHECK(npv_of(dearer) <= base.npv + 1e-6 * (1 + std::fabs(base.npv)));
        // A higher loan rate never lowers total interest (savings always replace the private
        // loan first, so the rate cannot move them).
        Scenario costlier = s;
        costlier.financing.federal_rate = std::min(0.2, s.financing.federal_rate + 0.01);
        CHECK(analyze_cash(costlier, catalog()).loan.total_interest >=
              base.loan.total_interest - 1e-6);
        // More years of study never lower the direct cost.
        Scenario longer = s;
        longer.program.years =
            std::min(std::floor(s.you.horizon_years - 1.0), s.program.years + 0.5);
        CHECK(analyze_cash(longer, catalog()).cost.direct >= base.cost.direct - 1e-6);
        // The fast path is the same number.
        CHECK(expected_npv(s, catalog()) == base.npv);
    }
}

TEST_CASE("properties: with nothing uncertain, the draws are the deterministic NPV, over 2,000") {
    // The simulation's closed-form yearly sums against the month-by-month paths, across the
    // ranges: growth, extra raises, taxes, bridging, living costs, both plans, declined offers.
    Random r(31);
    for (int i = 0; i < 2000; ++i) {
        Scenario s = test::random_scenario(r);
        s.outcome.completion_probability = 1;
        s.outcome.placement_probability = 1;
        CAPTURE(json(s).dump());
        const Uncertainty u = simulate_reader(s, no_spread(), 100);
        const double npv = npv_of(s);
        CHECK(u.p10 == doctest::Approx(npv).epsilon(1e-6).scale(1));
        CHECK(u.p90 == doctest::Approx(npv).epsilon(1e-6).scale(1));
    }
}

TEST_CASE("properties: full results are finite, ordered and within [0, 1], over 300 scenarios") {
    Random r(7);
    for (int i = 0; i < 300; ++i) {
        const Scenario s = test::random_scenario(r);
        CAPTURE(json(s).dump());
        const Results res = analyze(s, catalog());
        const json j = res;
        CHECK(all_finite(j));
        CHECK(res.uncertainty.p10 <= res.uncertainty.p50);
        CHECK(res.uncertainty.p50 <= res.uncertainty.p90);
        CHECK(res.uncertainty.p_positive >= 0);
        CHECK(res.uncertainty.p_positive <= 1);
        for (const LoanRisk& risk : res.loan_risk_by_outcome) {
            if (risk.payment_to_income) {
                CHECK(*risk.payment_to_income >= 0);
                CHECK(risk.debt_to_salary.has_value());
            } else if (risk.balance_at_repayment > 0) {
                CHECK(risk.level == RiskLevel::VeryHigh); // payments with no pay at all
            }
        }
        CHECK(res.fit.score >= 0);
        CHECK(res.fit.score <= 100);
        if (res.uncertainty.p_positive < 0.5 || res.uncertainty.p50 < 0)
            CHECK(res.verdict.level != VerdictLevel::Likely);
        for (const Alternative& a : res.alternatives) {
            if (!a.p_positive) continue;
            CHECK(*a.p_positive >= 0);
            CHECK(*a.p_positive <= 1);
        }
    }
}

TEST_CASE("a variation that reuses its base's paths gives the NPV of a fresh analysis") {
    // Sensitivity reuses the paths an input cannot move (cashflow.hpp, Unmoved): the finisher
    // not placed and the leavers for the degree's outcome, every path for the discount rate.
    Random r(41);
    for (int i = 0; i < 40; ++i) {
        const Scenario s = test::random_scenario(r);
        const Scenario resolved = resolve(s, catalog());
        const ScenarioPaths base = scenario_paths(resolved, catalog());
        const auto same = [&](Scenario x, Unmoved unmoved) {
            CHECK(expected_npv(x, catalog(), base, unmoved) == expected_npv(x, catalog()));
        };
        Scenario x = s;
        x.outcome.salary = *resolved.outcome.salary * 0.7;
        same(x, Unmoved::NotPlacedOrLeft);
        x = s;
        x.outcome.salary_growth = *resolved.outcome.salary_growth + 0.02;
        same(x, Unmoved::NotPlacedOrLeft);
        x = s;
        x.outcome.placement_probability = 0.3;
        same(x, Unmoved::NotPlacedOrLeft);
        x = s;
        x.outcome.completion_probability = i % 2 ? 1.0 : 0.5; // every leaver, or only one
        same(x, Unmoved::NotPlacedOrLeft);
        x = s;
        x.assumptions.real_discount_rate = resolved.assumptions.real_discount_rate + 0.02;
        same(x, Unmoved::Cash);
        x = s;
        x.program.tuition_per_year += 5'000;
        same(x, Unmoved::Nothing);
    }
}
