// analysis.hpp: the entry points. `analyze` answers "is it worth it for me?" for a scenario;
// `analyze_cash` is its deterministic part, and `expected_npv` the fast path that sensitivity
// and threshold searches call many times.
#pragma once

#include "alternatives.hpp"
#include "catalog.hpp"
#include "fit.hpp"
#include "montecarlo.hpp"
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

// Everything the reader sees: the deterministic analysis plus fit, odds, sensitivity and the
// alternatives. The JSON is flat: the cash fields, then "fit", "uncertainty", "sensitivity"
// and "alternatives".
struct Results : CashResults {
    Fit fit;
    Uncertainty uncertainty;
    Sensitivity sensitivity;
    std::vector<Alternative> alternatives;
};
void to_json(json& j, const Results& v);

Results analyze(const Scenario& s, const Catalog& c = builtin_catalog());

// The deterministic analysis (expected values): NPV, IRR, break-even, costs, loan, timeline.
CashResults analyze_cash(const Scenario& s);

// NPV of the expected difference stream only.
double expected_npv(const Scenario& s);

} // namespace mlroi
