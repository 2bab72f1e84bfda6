// panel_loan.hpp: the loan: monthly payment, total interest, the risk level in colour and
// words, and the thresholds behind it (Gainful Employment, Kantrowitz; constants in
// core/analysis.hpp).
#pragma once

#include "app_state.hpp"
#include "ui_state.hpp"

#include <string>

namespace mlroi_web {

// "Low", "Moderate", "High", "Very high" from "low", ...; index 0-3 for colours (-1 unknown).
int risk_index(const std::string& level);
const char* risk_label(int index);

// Plain sentences: the payment share against 8% / 12%, the debt against 1x / 1.5x / 2x pay.
std::string payment_explanation(const json& results);
std::string debt_explanation(const json& results);

void draw_loan(const AppState& app, UiState& ui);

} // namespace mlroi_web
