#include "bench.hpp"

#include "analysis.hpp"
#include "catalog.hpp"

#include <algorithm>
#include <chrono>
#include <cstdio>

using namespace mlroi;

namespace {

// Median wall time of `work` over `runs` calls, in microseconds.
template <class Work> double median_microseconds(int runs, Work work) {
    std::vector<double> times;
    times.reserve(runs);
    for (int i = 0; i < runs; ++i) {
        const auto start = std::chrono::steady_clock::now();
        work();
        const auto stop = std::chrono::steady_clock::now();
        times.push_back(std::chrono::duration<double, std::micro>(stop - start).count());
    }
    std::nth_element(times.begin(), times.begin() + runs / 2, times.end());
    return times[runs / 2];
}

} // namespace

int run_bench(const std::vector<std::string>& args) {
    int runs = 2000;
    if (args.size() == 2 && args[0] == "--runs") runs = std::max(1, std::atoi(args[1].c_str()));
    const Catalog& c = builtin_catalog();
    const Scenario& s = c.defaults;
    double sink = 0; // keeps the optimizer from dropping the work
    const double cash = median_microseconds(runs, [&] { sink += analyze_cash(s, c).npv; });
    std::printf("deterministic analysis (defaults):      median %8.1f us over %d runs\n", cash,
                runs);
    const int full_runs = std::max(1, runs / 10);
    const double full = median_microseconds(full_runs, [&] { sink += analyze(s, c).npv; });
    std::printf("full analysis (%d draws + tornado + thresholds + %zu alternatives): median %8.1f "
                "us over %d runs\n",
                s.assumptions.simulations, c.alternatives.size(), full, full_runs);

    // The simulated chance that the degree pays off, from the usual draws beside a million:
    // the difference is the sampling error a reader sees.
    std::printf("\nP(NPV > 0)            %10s %12s %10s\n", "10,000", "1,000,000", "diff (pts)");
    for (const char* preset : {"", "public_in_state", "elite_in_person", "online_part_time"}) {
        Scenario x = s;
        Problems problems;
        if (*preset) apply_preset(preset, c, x, problems);
        const Scenario r = resolve(x, c);
        const Spread spread = spread_for(x, c);
        const double few = simulate(r, c, spread, 10'000).p_positive;
        const double many = simulate(r, c, spread, 1'000'000).p_positive;
        std::printf("%-21s %9.2f%% %11.2f%% %10.2f\n", *preset ? preset : "defaults", 100 * few,
                    100 * many, 100 * (few - many));
    }
    return sink == 0.123456789 ? 1 : 0;
}
