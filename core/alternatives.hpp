// alternatives.hpp: the same reader on other paths (DESIGN.md "Alternatives"): this program,
// the program in the other modalities and paces, a bootcamp, a certificate, self-study, a PhD,
// and staying on the current path. Each path's parameters live in assets/presets.json.
#pragma once

#include "catalog.hpp"
#include "fit.hpp"
#include "montecarlo.hpp"
#include "results.hpp"

#include <optional>
#include <string>
#include <vector>

namespace mlroi {

// Draws per alternative path: enough for its chance to be steady to about a point.
inline constexpr int kAlternativeDraws = 2000;

struct Alternative {
    std::string key, label, kind; // kind: "current", "variant", "path" or "stay"
    double cost = 0;              // direct + opportunity + interest, nominal
    int months = 0;               // of study
    double npv = 0;
    std::optional<int> break_even_month;
    std::optional<double> p_positive; // none for staying put: nothing is at stake
    std::optional<double> fit_score;  // none for staying put
    std::vector<double> timeline;     // cumulative after-tax cash with this path, each year
};

void to_json(json& j, const Alternative& v);

// The scenario for one alternative (as a reader would give it: figures left to the evidence
// stay null), or nullopt with a note when it cannot apply (a PhD that outlasts the horizon, a
// part-time variant of a funded research degree). `resolved` is the reader's scenario resolved.
std::optional<Scenario> alternative_scenario(const Scenario& reader, const Scenario& resolved,
                                             const AlternativePreset& a, const Catalog& c,
                                             std::vector<std::string>& notes);

// The table: the reader's own program first (its analysis already done: `cash`, its chance
// and fit), then each alternative in the catalog's order, then staying put.
std::vector<Alternative> alternatives(const Scenario& reader, const Scenario& resolved,
                                      const CashResults& cash, double p_positive, double fit_score,
                                      const Catalog& c, std::vector<std::string>& notes);

// A row from a scenario's deterministic results and simulated chance.
Alternative alternative_row(const std::string& key, const std::string& label,
                            const std::string& kind, const Scenario& s, const CashResults& cash,
                            std::optional<double> p_positive, std::optional<double> fit_score);

} // namespace mlroi
