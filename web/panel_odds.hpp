// panel_odds.hpp: the chance it pays off: the simulated careers' NPVs as a histogram with
// P10/P50/P90 marked, the chance in words, and what was drawn at random.
#pragma once

#include "app_state.hpp"
#include "ui_state.hpp"

#include <string>

namespace mlroi_web {

void draw_odds(const AppState& app, UiState& ui);

// "63 in 100 simulated careers come out ahead".
std::string odds_sentence(double p_positive);

} // namespace mlroi_web
