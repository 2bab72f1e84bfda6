// scenarios.hpp: scenarios the tests share. The hand scenario is small enough to work out on
// paper; the random ones cover the documented ranges for property tests, null fields included.
#pragma once

#include "catalog.hpp"
#include "random.hpp"
#include "resolve.hpp"

#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

namespace mlroi::test {

inline const std::vector<std::string> kAllPrerequisites = {"programming", "linear_algebra",
                                                           "probability_statistics", "calculus"};

// One year of study at $12,000, paid from savings; $60,000 now, $72,000 after; everything
// certain and flat: no growth, no extra raise, no living costs, no tax (a flat override of 0),
// no discounting. Every figure is the reader's own: nothing is left to the evidence.
inline Scenario hand_scenario() {
    Scenario s = builtin_catalog().defaults;
    s.you = You{};
    s.you.current_salary = 60'000;
    s.you.tax_rate = 0;
    s.you.horizon_years = 10;
    s.you.background = "stem";
    s.you.has = kAllPrerequisites;
    s.program = Program{};
    s.program.tuition_per_year = 12'000;
    s.program.years = 1;
    s.financing = Financing{};
    s.financing.savings = 1'000'000;
    s.outcome.salary = 72'000;
    s.outcome.salary_growth = 0;
    s.outcome.extra_raise = 0;
    s.outcome.extra_raise_years = 0;
    s.outcome.placement_probability = 1;
    s.outcome.months_to_job = 0;
    s.outcome.completion_probability = 1;
    s.assumptions.inflation = 0;
    s.assumptions.real_discount_rate = 0;
    return s;
}

// A valid scenario drawn across the documented ranges (the money ranges cut to plausible
// spans so that most draws are neither hopeless nor certain). About half the optional figures
// are left null, to be filled from the evidence.
inline Scenario random_scenario(Random& r) {
    const auto pick = [&](double lo, double hi) { return lo + (hi - lo) * r.uniform(); };
    const auto whole = [&](int lo, int hi) {
        return lo + static_cast<int>(r.uniform() * (hi - lo + 1));
    };
    const auto maybe = [&](double lo, double hi) -> std::optional<double> {
        if (r.uniform() < 0.5) return std::nullopt;
        return pick(lo, hi);
    };
    static const char* kBackgrounds[] = {"stem", "quantitative", "other"};
    Scenario s = builtin_catalog().defaults;
    s.you.current_salary = maybe(0, 250'000);
    s.you.salary_growth = pick(-0.05, 0.15);
    s.you.tax_rate = maybe(0, 0.6);
    s.you.state_tax_rate = pick(0, 0.15);
    s.you.living_per_month = pick(0, 5'000);
    s.you.horizon_years = whole(5, 50);
    s.you.background = kBackgrounds[whole(0, 2)];
    s.you.has.clear();
    for (const std::string& p : kAllPrerequisites)
        if (r.uniform() < 0.7) s.you.has.push_back(p);
    s.you.must_keep_job = r.uniform() < 0.3;
    s.you.can_relocate = r.uniform() < 0.7;
    s.you.caregiving = r.uniform() < 0.2;
    s.you.dependents = whole(0, 10);
    s.program.tuition_per_year = pick(0, 120'000);
    s.program.fees_per_year = pick(0, 5'000);
    s.program.years = std::min(pick(0.5, 8), std::floor(s.you.horizon_years - 1.0));
    s.program.modality = static_cast<Modality>(whole(0, 2));
    s.program.pace = static_cast<Pace>(whole(0, 1));
    s.program.enrollment_fraction = pick(0.1, 1);
    s.program.work_share = pick(0, 1);
    s.program.stipend_per_year = r.uniform() < 0.2 ? pick(0, 40'000) : 0;
    s.program.grants_per_year = pick(0, 20'000);
    s.program.employer_aid_per_year = pick(0, 10'000);
    s.program.relocation_cost = pick(0, 10'000);
    s.program.extra_housing_per_month = pick(0, 3'000);
    s.program.travel_per_year = pick(0, 5'000);
    s.program.caregiver_per_month = pick(0, 1'000);
    s.program.industry_connections = whole(0, 5);
    s.program.placement_rate_published = maybe(0, 1);
    s.financing.savings = r.uniform() < 0.5 ? pick(0, 100'000) : 0;
    s.financing.federal_rate = pick(0, 0.2);
    s.financing.federal_fee = pick(0, 0.1);
    s.financing.private_rate = pick(0, 0.3);
    s.financing.plan = static_cast<RepaymentPlan>(whole(0, 1));
    s.financing.term_years = whole(1, 30);
    s.outcome.role = builtin_catalog().roles[whole(0, 4)].key;
    s.outcome.salary = maybe(0, 300'000);
    s.outcome.salary_growth = maybe(-0.05, 0.15);
    s.outcome.extra_raise = pick(0, 0.05);
    s.outcome.extra_raise_years = whole(0, 40);
    s.outcome.placement_probability = maybe(0, 1);
    s.outcome.months_to_job = whole(0, 36);
    s.outcome.completion_probability = maybe(0, 1);
    s.assumptions.inflation = pick(-0.02, 0.15);
    s.assumptions.real_discount_rate = pick(-0.02, 0.15);
    s.assumptions.simulations = 500;
    s.assumptions.seed = r.next() >> 11;
    return s;
}

// The problems reading `text` over the defaults, one "path: message" line each.
inline std::vector<std::string> problems_of(const std::string& text) {
    Problems problems;
    const Catalog& c = builtin_catalog();
    auto s = parse_scenario(text, c.defaults, problems);
    if (s) check_against_catalog(*s, c, problems);
    std::vector<std::string> lines;
    for (const Problem& p : problems.items) lines.push_back(to_line(p));
    return lines;
}
using Lines = std::vector<std::string>;

} // namespace mlroi::test
