// analysis.hpp: the entry points. `analyze` answers "is it worth it for me?" for a scenario;
// `expected_npv` is the fast path that sensitivity and threshold searches call many times.
#pragma once

#include "catalog.hpp"
#include "results.hpp"
#include "scenario.hpp"

namespace mlroi {

// Loan-risk thresholds: Gainful Employment (payments under 8% of gross earnings, warning
// zone 8-12%) and Kantrowitz (debt at most the first-year salary; over twice, very high).
inline constexpr double kPaymentShareLow = 0.08;
inline constexpr double kPaymentShareHigh = 0.12;
inline constexpr double kDebtToSalaryLow = 1.0;
inline constexpr double kDebtToSalaryModerate = 1.5; // assumption: halfway to Kantrowitz's 2x
inline constexpr double kDebtToSalaryHigh = 2.0;

RiskLevel risk_level(double payment_to_income, double debt_to_salary);

// The deterministic analysis (expected values): NPV, IRR, break-even, costs, loan, timeline.
Results analyze(const Scenario& s);

// NPV of the expected difference stream only.
double expected_npv(const Scenario& s);

} // namespace mlroi
