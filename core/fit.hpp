// fit.hpp: how well a program suits this reader (DESIGN.md "Program fit"): a 0-100 score from
// weighted factors, each with a sentence built from the reader's own numbers, and verdicts on
// the article's five questions.
#pragma once

#include "catalog.hpp"
#include "results.hpp"
#include "scenario.hpp"

#include <string>
#include <vector>

namespace mlroi {

struct FitFactor {
    std::string key, label;
    double weight = 0; // points out of 100
    double score = 0;  // 0-100
    std::string sentence;
};

struct FitQuestion {
    std::string key, question, verdict, detail;
};

struct Fit {
    double score = 0; // sum of weight x score / 100
    std::vector<FitFactor> factors;
    std::vector<std::string> missing; // prerequisites to bridge
    double bridging_months = 0, bridging_cost = 0;
    std::vector<FitQuestion> questions;
};

void to_json(json& j, const FitFactor& v);
void to_json(json& j, const FitQuestion& v);
void to_json(json& j, const Fit& v);

// Weights of the factors, in points out of 100.
inline constexpr double kWeightPrerequisites = 20;
inline constexpr double kWeightFormat = 20;
inline constexpr double kWeightAffordability = 20;
inline constexpr double kWeightOutcomes = 15;
inline constexpr double kWeightConnections = 15;
inline constexpr double kWeightDegreeExpected = 10;

// `cash` is the deterministic analysis of the same scenario (its loan risk and costs).
Fit program_fit(const Scenario& s, const CashResults& cash, const Catalog& c);

} // namespace mlroi
