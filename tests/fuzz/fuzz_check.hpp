// fuzz_check.hpp: what the harnesses share. An invariant that fails prints why and aborts,
// which libFuzzer reports as a crash and saves the input (tests/fuzz/README.md).
#pragma once

#include "catalog.hpp"
#include "scenario.hpp"

#include <cstdio>
#include <cstdlib>
#include <optional>
#include <string>

namespace mlroi::fuzz {

[[noreturn]] inline void fail(const std::string& what) {
    std::fprintf(stderr, "\nmlroi fuzz: invariant broken: %s\n", what.c_str());
    std::fflush(stderr);
    std::abort();
}

// The reader as the CLI and the widget call it: JSON text over the defaults, checked against
// the built-in catalog. Accepted exactly when there are no problems.
inline std::optional<Scenario> read(const std::string& text, Problems& problems) {
    const Catalog& c = builtin_catalog();
    json j;
    std::optional<Scenario> s;
    if (parse_json(text, j, problems)) s = read_checked(j, c.defaults, c, problems);
    if (s && !problems.empty()) fail("accepted with problems: " + to_line(problems.items.front()));
    if (!s && problems.empty()) fail("rejected without a problem");
    return s;
}

} // namespace mlroi::fuzz
