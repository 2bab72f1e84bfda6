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
    const Scenario& s = builtin_catalog().defaults;
    double sink = 0; // keeps the optimizer from dropping the work
    const double deterministic = median_microseconds(runs, [&] { sink += analyze(s).npv; });
    std::printf("deterministic analysis (defaults): median %.1f us over %d runs\n", deterministic,
                runs);
    return sink == 0.123456789 ? 1 : 0;
}
