// analysis.hpp: the entry points. `analyze` answers "is it worth it for me?" for a scenario;
// `analyze_cash` is its deterministic part, and `expected_npv` the fast path that sensitivity
// and threshold searches call many times. Each takes the scenario as the reader gave it (null
// fields included) and resolves it against the catalog first (resolve.hpp).
#pragma once

#include "alternatives.hpp"
#include "cashflow.hpp"
#include "catalog.hpp"
#include "fit.hpp"
#include "montecarlo.hpp"
#include "resolve.hpp"
#include "results.hpp"
#include "scenario.hpp"
#include "sensitivity.hpp"

namespace mlroi {

// Loan-risk thresholds: Gainful Employment (payments under 8% of gross earnings, warning
// zone 8-12%) and Kantrowitz (debt at most the first-year salary; over twice, very high).
inline constexpr double kPaymentShareLow = 0.08;
inline constexpr double kPaymentShareHigh = 0.12;
inline constexpr double kDebtToSalaryLow = 1.0;
inline constexpr double kDebtToSalaryModerate = 1.5; // assumption: halfway to Kantrowitz's 2x
inline constexpr double kDebtToSalaryHigh = 2.0;

RiskLevel risk_level(double payment_to_income, double debt_to_salary);

// One verdict for every view (widget, CLI, text): decided from the expected NPV, the chance it
// pays off and the median. Never "likely" when the chance is under 50% or the median below 0.
enum class VerdictLevel { Likely, Uncertain, Unlikely };
const char* to_string(VerdictLevel level);
inline constexpr double kLikelyChance = 0.6;   // assumption: three careers in five come out ahead
inline constexpr double kUnlikelyChance = 0.4; // assumption: fewer than two in five do

struct Verdict {
    VerdictLevel level = VerdictLevel::Uncertain;
    std::string headline;
};
void to_json(json& j, const Verdict& v);

// Everything the reader sees: the deterministic analysis plus fit, odds, sensitivity and the
// alternatives. The JSON is flat: the cash fields, then "verdict", "inputs_used", "fit",
// "uncertainty", "sensitivity" and "alternatives".
struct Results : CashResults {
    Verdict verdict;
    std::vector<UsedInput> inputs_used;
    Fit fit;
    Uncertainty uncertainty;
    Sensitivity sensitivity;
    std::vector<Alternative> alternatives;
};
void to_json(json& j, const Results& v);

Results analyze(const Scenario& s, const Catalog& c);

// The deterministic analysis (expected values): NPV, IRR, break-even, costs, loan, timeline.
CashResults analyze_cash(const Scenario& s, const Catalog& c);

// NPV of the expected difference stream only.
double expected_npv(const Scenario& s, const Catalog& c);
// The same for a variation of a base scenario whose paths are known (`base`: of the base
// resolved), reusing those the variation leaves alone (cashflow.hpp).
double expected_npv(const Scenario& s, const Catalog& c, const ScenarioPaths& base,
                    Unmoved unmoved);

// analyze_cash for `s` resolved and its paths.
CashResults cash_results(const Scenario& s, const Catalog& c, const ScenarioPaths& paths);

// The verdict from the headline figures (exposed for tests).
Verdict verdict_for(double npv, double p_positive, double median, int horizon_years,
                    std::optional<int> break_even_month);

} // namespace mlroi
