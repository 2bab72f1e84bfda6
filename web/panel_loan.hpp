// panel_loan.hpp: the loan: monthly payment, total interest, the risk level in colour and
// words, the thresholds behind it (Gainful Employment, Kantrowitz; constants in
// core/analysis.hpp), and the risk in each outcome: placed, not placed, left without the
// degree.
#pragma once

#include "app_state.hpp"
#include "ui_state.hpp"

#include <string>

namespace mlroi_web {

// "Low", "Moderate", "High", "Very high"; index 0-3 for colours.
int risk_index(mlroi::RiskLevel level);
const char* risk_label(mlroi::RiskLevel level);

// "If you land the role", "If you are not placed", "If you leave without the degree".
std::string outcome_words(const std::string& outcome);

// "If you land the role: payments take 21.9% of pay, the debt is 1.5x pay ($1,988 a month)."
std::string outcome_sentence(const mlroi::LoanRisk& risk);

// Plain sentences: the payment share against 8% / 12%, the debt against 1x / 1.5x / 2x pay;
// with no pay that year, "No pay that year: very high risk."
std::string payment_explanation(const mlroi::LoanRisk& risk);
std::string debt_explanation(const mlroi::LoanRisk& risk);

void draw_loan(const AppState& app, UiState& ui);

} // namespace mlroi_web
