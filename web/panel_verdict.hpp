// panel_verdict.hpp: the one-sentence answer at the top, e.g. "Worth it on these numbers:
// +$412,000 over 30 years, breaks even in year 6, 81% chance it pays off".
#pragma once

#include "app_state.hpp"
#include "ui_state.hpp"

#include <string>

namespace mlroi_web {

// Built from the results JSON alone. The chance it pays off appears only when the results
// carry `uncertainty.p_positive` (the core's Monte Carlo).
std::string verdict_sentence(const json& results, int horizon_years);

// The smaller line under it: present value, yearly return, discounted break-even.
std::string verdict_detail(const json& results);

void draw_verdict(const AppState& app, UiState& ui);

} // namespace mlroi_web
