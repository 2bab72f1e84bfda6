// fuzz_analysis: read + the full analysis (mlroi::analyze: cash, Monte Carlo, sensitivity,
// alternatives, verdict) on every scenario the reader accepts; a custom mutator keeps most
// inputs valid scenarios (scenario_mutator.hpp). Invariants:
//   - it never crashes, throws, leaks or trips ASan/UBSan;
//   - no NaN or infinity anywhere in the results JSON (its path is named when one appears);
//   - the results JSON dumps (valid UTF-8) and parses back equal.
// To keep each run fast, the accepted scenario is capped after reading: at most
// kMaxSimulations simulations and a horizon of at most kMaxHorizonYears (never below what
// check_consistency requires, ceil(program.years) + 1). Every other field is the reader's.
// Run: tests/fuzz/run.sh (make -f Makefile.emscripten fuzz); see tests/fuzz/README.md.
#include "analysis.hpp"
#include "fuzz_check.hpp"
#include "scenario_mutator.hpp"

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace mlroi;
namespace {
constexpr int kMaxSimulations = 200;
constexpr int kMaxHorizonYears = 30;

// The path of the first NaN or infinity in `j` ("" when every number is finite); the path is
// built only on the way out of a failure, so the walk itself allocates nothing.
bool all_finite(const json& j, std::string& where) {
    if (j.is_number_float()) return std::isfinite(j.get<double>());
    if (j.is_object()) {
        for (const auto& item : j.items())
            if (!all_finite(item.value(), where)) {
                where = "." + item.key() + where;
                return false;
            }
    } else if (j.is_array()) {
        for (size_t i = 0; i < j.size(); ++i)
            if (!all_finite(j[i], where)) {
                where = "[" + std::to_string(i) + "]" + where;
                return false;
            }
    }
    return true;
}
} // namespace

// How many inputs reached analyze(): printed at exit (run.sh reports it), since most fuzzed
// inputs are rejected by the reader and the rate of analyses is the figure that matters.
static unsigned long long analyses = 0;
static void report_analyses() {
    std::fprintf(stderr, "mlroi fuzz: analyses run: %llu\n", analyses);
}

extern "C" int LLVMFuzzerInitialize(int*, char***) {
    builtin_catalog();
    std::atexit(report_analyses);
    return 0;
}

extern "C" size_t LLVMFuzzerMutate(uint8_t* data, size_t size, size_t max_size);

// Three mutations in four set fields within their ranges (scenario_mutator.hpp), so most
// inputs reach analyze(); the fourth, and any input that is not a JSON object, gets
// libFuzzer's own byte mutations (with the dictionary).
extern "C" size_t LLVMFuzzerCustomMutator(uint8_t* data, size_t size, size_t max_size,
                                          unsigned int seed) {
    if (seed % 4 != 0)
        if (const size_t n = fuzz::mutate_scenario(data, size, max_size, seed)) return n;
    return LLVMFuzzerMutate(data, size, max_size);
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const std::string text(reinterpret_cast<const char*>(data), size);
    Problems problems;
    std::optional<Scenario> s = fuzz::read(text, problems);
    if (!s) return 0;

    s->assumptions.simulations = std::min(s->assumptions.simulations, kMaxSimulations);
    const int needed = static_cast<int>(std::ceil(s->program.years)) + 1;
    s->you.horizon_years = std::min(s->you.horizon_years, std::max(kMaxHorizonYears, needed));

    ++analyses;
    const json results = analyze(*s, builtin_catalog());
    std::string where;
    if (!all_finite(results, where)) fuzz::fail("non-finite number at results" + where);
    std::string dumped;
    try {
        dumped = results.dump();
    } catch (const json::exception& e) {
        fuzz::fail(std::string("the results JSON does not dump: ") + e.what());
    }
    json back;
    Problems parse_problems;
    if (!parse_json(dumped, back, parse_problems))
        fuzz::fail("the results JSON does not parse back: " +
                   to_line(parse_problems.items.front()));
    if (back != results) fuzz::fail("the results JSON changes when dumped and parsed back");
    return 0;
}
