// method_text.hpp: "How we calculate", built from the same data the analysis uses rather than
// restated prose that could drift: the defaults and their sources from the catalog (sources,
// preset_sources, roles), the figures this analysis used (inputs_used), the thresholds from
// the core's constants, the tax brackets from catalog.taxes, the repayment plans from the
// core's loan rules. Model v2's conventions in the reader's words, one section each.
#pragma once

#include "app_state.hpp"

#include <string>
#include <vector>

namespace mlroi_web {

struct MethodLine {
    std::string text;
    bool bullet = false; // a row of a list (a default, a bracket, a figure used)
};

struct MethodSection {
    std::string id; // "method.taxes": what a result panel's "How?" link opens
    std::string title;
    std::vector<MethodLine> lines;
};

std::vector<MethodSection> method_sections(const AppState& app);

// Every default and every piece of evidence with its value and source, one line each:
// "Federal loan rate: 7.94%. Source: US Department of Education ..., 2025."
std::vector<std::string> source_lines(const AppState& app);

// A value under presets "model", "taxes" or "simulation" (e.g. "model.yardstick.stem"), as
// the catalog file gives it; nullptr if absent.
const json* preset_value(const std::string& key);

} // namespace mlroi_web
