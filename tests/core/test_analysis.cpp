// The core analysis: program fit, the simulation, sensitivity, thresholds, alternatives, and
// properties that must hold for any valid scenario.
#include "analysis.hpp"
#include "scenarios.hpp"

#include <doctest/doctest.h>

#include <cmath>

using namespace mlroi;
using mlroi::test::hand_scenario;

namespace {
const FitFactor& factor(const Fit& fit, const std::string& key) {
    for (const FitFactor& f : fit.factors)
        if (f.key == key) return f;
    FAIL("no factor " << key);
    return fit.factors.front();
}
Fit fit_of(const Scenario& s) {
    return program_fit(s, analyze_cash(s), builtin_catalog());
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
    // Defaults: all prerequisites (100), no clashes (100), moderate loan risk (65), no
    // published rate (25), connections 3 of 5 (60), ML engineer expects a master's (100):
    // 0.20*100 + 0.20*100 + 0.20*65 + 0.15*25 + 0.15*60 + 0.10*100 = 75.75.
    const Fit fit = fit_of(builtin_catalog().defaults);
    CHECK(fit.score == doctest::Approx(75.75));
    CHECK(fit.factors.size() == 6);
    CHECK(fit.questions.size() == 5);
}

TEST_CASE("fit: missing prerequisites lower the score and add bridging time and cost") {
    Scenario s = builtin_catalog().defaults;
    s.you.has = {"programming", "probability_statistics"};
    const Fit fit = fit_of(s);
    // Two of four held: 50. Linear algebra and calculus take 2 months and $400 each (assets).
    CHECK(factor(fit, "prerequisites").score == doctest::Approx(50));
    CHECK(fit.bridging_months == 4);
    CHECK(fit.bridging_cost == 800);
    CHECK(fit.missing == std::vector<std::string>{"Linear algebra", "Calculus"});
    CHECK(factor(fit, "prerequisites").sentence.find("4 months and $800") != std::string::npos);
    CHECK(fit.score == doctest::Approx(75.75 - 0.20 * 50));
}

TEST_CASE("fit: modality and pace against the reader's constraints") {
    Scenario s = builtin_catalog().defaults; // in person, full time, no work
    s.you.must_keep_job = true;
    CHECK(factor(fit_of(s), "format").score == 40); // 100 - 60: would have to quit
    s.you.can_relocate = false;
    CHECK(factor(fit_of(s), "format").score == 0); // and cannot move: floored at 0
    Problems problems;
    apply_preset("online_part_time", builtin_catalog(), s, problems);
    CHECK(factor(fit_of(s), "format").score == 100); // online, keeps the whole salary
    s.you.caregiving = true;
    s.program.modality = Modality::Hybrid;
    CHECK(factor(fit_of(s), "format").score == 75); // hybrid: -15 no move, -10 care cover
}

TEST_CASE("fit: outcomes evidence, connections and the role's expected degree") {
    Scenario s = builtin_catalog().defaults;
    CHECK(factor(fit_of(s), "outcomes").score == 25);
    s.program.placement_rate_published = 0.9;
    CHECK(factor(fit_of(s), "outcomes").score == doctest::Approx(40 + 60 * 0.9));
    s.program.placement_rate_published = 0.5; // below the assumed 80%: the sentence says so
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

TEST_CASE("fit: affordability follows the loan risk level; no loan, no risk") {
    Scenario s = builtin_catalog().defaults;
    CHECK(factor(fit_of(s), "affordability").score == 65); // moderate (11.8% of pay)
    s.financing.savings = 1'000'000;
    const Fit fit = fit_of(s);
    CHECK(factor(fit, "affordability").score == 100);
    CHECK(fit.questions.back().verdict == "No loan");
}

TEST_CASE("fit: the five questions answer from the scenario, not canned text") {
    Scenario s = builtin_catalog().defaults;
    Problems problems;
    apply_preset("online_part_time", builtin_catalog(), s, problems);
    const Fit fit = fit_of(s);
    REQUIRE(fit.questions.size() == 5);
    CHECK(fit.questions[0].key == "peer_outcomes");
    CHECK(fit.questions[2].verdict == "Yes: online");
    CHECK(fit.questions[3].verdict == "Yes: part time over 3 years");
    s.program.placement_rate_published = 0.72;
    CHECK(fit_of(s).questions[0].verdict == "Published: 72% placed");
}

// [SECTION] Monte Carlo
TEST_CASE("same seed, byte-identical results; another seed, other draws") {
    const Scenario& s = builtin_catalog().defaults;
    const std::string once = json(analyze(s)).dump();
    CHECK(json(analyze(s)).dump() == once);
    Scenario other = s;
    other.assumptions.seed = 2;
    CHECK(json(analyze(other)).dump() != once);
    CHECK(json(analyze(other)).dump().size() > 1000);
}

TEST_CASE("with nothing uncertain, every draw is the deterministic NPV") {
    Scenario s = hand_scenario();
    s.outcome.salary_growth = 0.03; // growth, discounting and tax make the check non-trivial
    s.assumptions.real_discount_rate = 0.03;
    s.you.tax_rate = 0.2;
    Spread none;
    none.salary_sigma = 0;
    none.growth_sd = 0;
    none.vary_months_to_job = false;
    const Uncertainty u = simulate(s, none, 1000);
    const double npv = analyze_cash(s).npv;
    CHECK(u.mean == doctest::Approx(npv).epsilon(1e-9));
    CHECK(u.p10 == doctest::Approx(npv).epsilon(1e-9));
    CHECK(u.p90 == doctest::Approx(npv).epsilon(1e-9));
    CHECK(u.p_positive == (npv > 0 ? 1.0 : 0.0));
}

TEST_CASE("the simulated mean agrees with the expected NPV where the model is linear") {
    // Placement and completion enter NPV linearly, and the salary draw keeps its mean at
    // outcome.salary; with raises and job search fixed (and a standard plan, whose payments
    // do not depend on income), E[NPV] is the deterministic NPV. Allow 4 standard errors.
    Scenario s = builtin_catalog().defaults;
    Spread spread = spread_for(s, builtin_catalog());
    spread.growth_sd = 0;
    spread.vary_months_to_job = false;
    const Uncertainty u = simulate(s, spread, 200'000);
    const double npv = analyze_cash(s).npv;
    CHECK(std::fabs(u.mean - npv) < 4 * u.std_error);
    CHECK(u.std_error > 0);
    CHECK(u.std_error < 0.01 * npv); // and the test is not vacuous
}

TEST_CASE("simulation summary: ordered percentiles, a full histogram, a probability") {
    const Uncertainty u =
        simulate(builtin_catalog().defaults,
                 spread_for(builtin_catalog().defaults, builtin_catalog()), 10'000);
    CHECK(u.p10 <= u.p50);
    CHECK(u.p50 <= u.p90);
    int total = 0;
    for (int c : u.histogram.counts) total += c;
    CHECK(total == 10'000);
    CHECK(u.histogram.counts.size() == 20);
    CHECK(u.p_positive > 0);
    CHECK(u.p_positive < 1);
    CHECK(u.drawn.size() == 5);
}

TEST_CASE("lognormal sigma from quartiles: ln(p75/p25) / (2 x 0.67449)") {
    // Data scientists (BLS May 2024): ln(155,810 / 82,630) = 0.634239; / 1.348980 = 0.470181.
    CHECK(sigma_from_quartiles(82'630, 155'810) == doctest::Approx(0.4701810).epsilon(1e-6));
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

// [SECTION] Sensitivity and thresholds
TEST_CASE("tornado: swings worked out by hand, sorted largest first") {
    // Hand scenario: NPV = -tuition - S0 + 9 x (S1 - S0) with placement p: 9 p (S1 - S0)...
    //  current salary 48,000..72,000: NPV = 636,000 - 10 S0 -> swing 240,000;
    //  salary with sigma 0.1: S1 from 72,000 e^(-0.005 -+ 0.067449) -> swing 9 x that spread;
    //  placement 0.8..1.0: 0.2 x 9 x 12,000 = 21,600;
    //  tuition 6,000..18,000 paid from savings: 12,000.
    const Scenario s = hand_scenario();
    Spread spread;
    spread.salary_sigma = 0.1;
    const Sensitivity t = sensitivity(s, spread, analyze_cash(s).npv);
    REQUIRE(t.tornado.size() == 10);
    for (size_t i = 1; i < t.tornado.size(); ++i)
        CHECK(t.tornado[i - 1].swing >= t.tornado[i].swing);
    const auto bar = [&](const std::string& key) {
        for (const TornadoBar& b : t.tornado)
            if (b.key == key) return b;
        FAIL("no bar " << key);
        return t.tornado.front();
    };
    CHECK(bar("you.current_salary").swing == doctest::Approx(240'000));
    const double spread_s1 =
        72'000 * (std::exp(-0.005 + 0.0674489750) - std::exp(-0.005 - 0.0674489750));
    CHECK(bar("outcome.salary").swing == doctest::Approx(9 * spread_s1).epsilon(1e-9));
    CHECK(bar("outcome.placement_probability").swing == doctest::Approx(21'600));
    CHECK(bar("program.tuition_per_year").swing == doctest::Approx(12'000));
    CHECK(t.tornado[0].key == "you.current_salary");
    const auto rank = [&](const std::string& key) {
        for (size_t i = 0; i < t.tornado.size(); ++i)
            if (t.tornado[i].key == key) return i;
        return t.tornado.size();
    };
    CHECK(rank("outcome.salary") < rank("outcome.placement_probability"));
    CHECK(rank("outcome.placement_probability") < rank("program.tuition_per_year"));
}

TEST_CASE("thresholds by hand: tuition up to $48,000, salary from $68,000") {
    // NPV = 36,000 + 12,000 - T: zero at T = 48,000. NPV = -72,000 + 9 (S - 60,000): zero at
    // S = 68,000. Both lie on the $100 grid, where NPV is zero up to rounding (a last-bit
    // -0.0000001 moves the answer one step), so the next step is accepted too.
    const Sensitivity t = sensitivity(hand_scenario(), Spread{}, 36'000);
    CHECK(t.max_tuition_per_year.status == "found");
    REQUIRE(t.max_tuition_per_year.value);
    REQUIRE(t.min_salary.value);
    CHECK(*t.max_tuition_per_year.value >= 47'900);
    CHECK(*t.max_tuition_per_year.value <= 48'000);
    CHECK(*t.min_salary.value >= 68'000);
    CHECK(*t.min_salary.value <= 68'100);
}

TEST_CASE("thresholds: NPV within $1,000 of zero there, and the right sign either side") {
    const Scenario& s = builtin_catalog().defaults;
    const auto set_tuition = [](Scenario& x, double v) { x.program.tuition_per_year = v; };
    const auto set_salary = [](Scenario& x, double v) { x.outcome.salary = v; };
    const auto npv_at = [&](auto set, double v) {
        Scenario x = s;
        set(x, v);
        return analyze_cash(x).npv;
    };
    // To the dollar, the crossing is within $1,000 of zero NPV.
    const Threshold tuition = find_threshold(s, set_tuition, 0, 500'000, 1, true);
    const Threshold salary = find_threshold(s, set_salary, 0, 1'000'000, 1, false);
    REQUIRE(tuition.value);
    REQUIRE(salary.value);
    CHECK(std::fabs(npv_at(set_tuition, *tuition.value)) < 1'000);
    CHECK(std::fabs(npv_at(set_salary, *salary.value)) < 1'000);
    // The reported ones, to $100: NPV >= 0 at the threshold, < 0 one step beyond.
    const Sensitivity t = sensitivity(s, spread_for(s, builtin_catalog()), 0);
    const double max_tuition = *t.max_tuition_per_year.value, min_salary = *t.min_salary.value;
    CHECK(std::fmod(max_tuition, 100) == 0);
    CHECK(npv_at(set_tuition, max_tuition) >= 0);
    CHECK(npv_at(set_tuition, max_tuition + 100) < 0);
    CHECK(npv_at(set_salary, min_salary) >= 0);
    CHECK(npv_at(set_salary, min_salary - 100) < 0);
}

TEST_CASE("thresholds outside the range say which side") {
    Scenario s = hand_scenario();
    s.outcome.salary = 50'000; // less than now: no tuition makes it pay
    const Sensitivity t = sensitivity(s, Spread{}, analyze_cash(s).npv);
    CHECK(t.max_tuition_per_year.status == "never");
    CHECK_FALSE(t.max_tuition_per_year.value);
    s.you.current_salary = 0; // nothing to give up: any salary above 0 pays back a free program
    s.program.tuition_per_year = 0;
    CHECK(sensitivity(s, Spread{}, 0).min_salary.status == "always");
}

// [SECTION] Alternatives
TEST_CASE("alternatives: every path, the current one first, staying put last") {
    const Results r = analyze(builtin_catalog().defaults);
    std::vector<std::string> keys;
    for (const Alternative& a : r.alternatives) keys.push_back(a.key);
    // The defaults are in person, full time: that variant is the program itself.
    CHECK(keys == std::vector<std::string>{"this_program", "online_part_time", "hybrid_part_time",
                                           "bootcamp", "certificate", "self_study", "phd", "stay"});
    CHECK(r.alternatives.front().npv == r.npv);
    CHECK(r.alternatives.front().p_positive == r.uncertainty.p_positive);
    CHECK(r.alternatives.back().npv == 0);
    CHECK(r.alternatives.back().p_positive == 0);
    for (const Alternative& a : r.alternatives) {
        CHECK(a.timeline.size() == r.timeline.size());
        CHECK(a.p_positive >= 0);
        CHECK(a.p_positive <= 1);
    }
    // An online part-time reader sees the in-person variant instead of the online one.
    Scenario online = builtin_catalog().defaults;
    Problems problems;
    apply_preset("online_part_time", builtin_catalog(), online, problems);
    std::vector<std::string> online_keys;
    for (const Alternative& a : analyze(online).alternatives) online_keys.push_back(a.key);
    CHECK(online_keys[1] == "hybrid_part_time");
    CHECK(online_keys[2] == "in_person_full_time");
}

TEST_CASE("a variant keeps the program's total tuition over its own length") {
    // Two full-time years at $27,776 become three part-time years at 27,776 x 2/3 = $18,517.33.
    const Catalog& c = builtin_catalog();
    std::vector<std::string> notes;
    const auto x = alternative_scenario(c.defaults, c.alternatives[0], c, notes);
    REQUIRE(x);
    CHECK(x->program.years == doctest::Approx(3));
    CHECK(x->program.tuition_per_year == doctest::Approx(27'776.0 * 2 / 3));
    CHECK(x->program.modality == Modality::Online);
    CHECK(analyze_cash(*x).cost.direct == doctest::Approx(2 * 27'776.0)); // no housing online
    // And back: from three part-time years, the in-person variant is two full-time years.
    const auto back = alternative_scenario(*x, c.alternatives[2], c, notes);
    REQUIRE(back);
    CHECK(back->program.years == doctest::Approx(2));
    CHECK(back->program.tuition_per_year == doctest::Approx(27'776));
}

TEST_CASE("a PhD that outlasts the horizon is left out, with a note") {
    Scenario s = builtin_catalog().defaults;
    s.you.horizon_years = 5; // a five-year PhD needs six
    const Results r = analyze(s);
    for (const Alternative& a : r.alternatives) CHECK(a.key != "phd");
    bool noted = false;
    for (const std::string& n : r.notes) noted = noted || n.rfind("PhD is left out", 0) == 0;
    CHECK(noted);
}

// [SECTION] Properties over random valid scenarios
TEST_CASE("properties: monotone in tuition, loan rate and years, over 3,000 scenarios") {
    Random r(2026);
    for (int i = 0; i < 3000; ++i) {
        const Scenario s = test::random_scenario(r);
        CAPTURE(json(s).dump());
        const CashResults base = analyze_cash(s);
        // More tuition never raises NPV.
        Scenario dearer = s;
        dearer.program.tuition_per_year = std::min(500'000.0, s.program.tuition_per_year + 5'000);
        CHECK(analyze_cash(dearer).npv <= base.npv + 1e-6 * (1 + std::fabs(base.npv)));
        // A higher loan rate never lowers total interest.
        Scenario costlier = s;
        costlier.financing.federal_rate = std::min(0.2, s.financing.federal_rate + 0.01);
        CHECK(analyze_cash(costlier).loan.total_interest >= base.loan.total_interest - 1e-6);
        // More years of study never lower the direct cost.
        Scenario longer = s;
        longer.program.years =
            std::min(std::floor(s.you.horizon_years - 1.0), s.program.years + 0.5);
        CHECK(analyze_cash(longer).cost.direct >= base.cost.direct - 1e-6);
    }
}

TEST_CASE("properties: full results are finite, ordered and within [0, 1], over 300 scenarios") {
    Random r(7);
    for (int i = 0; i < 300; ++i) {
        const Scenario s = test::random_scenario(r);
        CAPTURE(json(s).dump());
        const Results res = analyze(s);
        const json j = res;
        CHECK(all_finite(j));
        CHECK(res.uncertainty.p10 <= res.uncertainty.p50);
        CHECK(res.uncertainty.p50 <= res.uncertainty.p90);
        CHECK(res.uncertainty.p_positive >= 0);
        CHECK(res.uncertainty.p_positive <= 1);
        CHECK(res.loan_risk.payment_to_income >= 0);
        CHECK(res.loan_risk.payment_to_income <= 1);
        CHECK(res.fit.score >= 0);
        CHECK(res.fit.score <= 100);
        for (const Alternative& a : res.alternatives) {
            CHECK(a.p_positive >= 0);
            CHECK(a.p_positive <= 1);
        }
    }
}
