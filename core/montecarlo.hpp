// montecarlo.hpp: the odds that the degree pays off (DESIGN.md "Uncertainty").
// Each draw is one possible career: finished or not, placed or not, how long the job hunt
// took, the starting salary and the raises in the new role. Draws are seeded and portable:
// the same seed gives bit-identical numbers natively and in WebAssembly.
#pragma once

#include "catalog.hpp"
#include "scenario.hpp"

#include <cstdint>
#include <string>
#include <vector>

namespace mlroi {

// How far the uncertain inputs spread around the scenario's values (assets/presets.json).
struct Spread {
    double salary_sigma = 0.47;     // of log salary; fitted to the role's 25th/75th percentiles
    double growth_sd = 0.01;        // of the yearly raise in the new role
    bool vary_months_to_job = true; // 0 to twice the expected search, evenly
};

// The lognormal sigma whose 25th and 75th percentiles are p25 and p75.
double sigma_from_quartiles(double p25, double p75);
// The lognormal sigma whose 10th and 90th percentiles are p10 and p90.
double sigma_from_deciles(double p10, double p90);

struct Histogram {
    double low = 0, high = 0; // the 1st and 99th percentiles: outer edges of the end bins
    std::vector<int> counts;  // 20 equal bins; the end bins also count the draws beyond them
};

struct Uncertainty {
    int draws = 0;
    uint64_t seed = 0;
    double p_positive = 0; // share of draws with NPV > 0
    double mean = 0;
    double std_error = 0; // of the mean, as for independent draws: an upper bound for ours
    double p10 = 0, p50 = 0, p90 = 0;
    Histogram histogram;
    std::vector<std::string> drawn; // what was drawn at random, in words
};

void to_json(json& j, const Histogram& v);
void to_json(json& j, const Uncertainty& v);

// `s` resolved (resolve.hpp).
Uncertainty simulate(const Scenario& s, const Catalog& c, const Spread& spread, int draws);
// The same with the scenario's paths already worked out (cashflow.hpp).
struct ScenarioPaths;
Uncertainty simulate(const Scenario& s, const Catalog& c, const Spread& spread, int draws,
                     const ScenarioPaths& paths);
// Only the simulation's chance that the degree pays off (Uncertainty::p_positive), as
// simulate finds it.
double chance_positive(const Scenario& s, const Catalog& c, const Spread& spread, int draws,
                       const ScenarioPaths& paths);

// The spread for the reader's scenario (as given, nulls included): a pay after the degree that
// is the premium on the reader's own pay varies as the premium does (its 10th-90th percentiles
// in the catalog); any other varies like the role's pay (its 25th-75th percentiles).
Spread spread_for(const Scenario& reader, const Catalog& c);

} // namespace mlroi
