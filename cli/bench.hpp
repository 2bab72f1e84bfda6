// bench.hpp: `mlroi bench`, timings of the analysis printed as figures (never asserted).
#pragma once

#include <string>
#include <vector>

int run_bench(const std::vector<std::string>& args);
