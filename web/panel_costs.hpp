// panel_costs.hpp: what the degree costs: direct costs, income given up, loan interest and
// fees, and their total, with a bar showing the shares.
#pragma once

#include "app_state.hpp"
#include "ui_state.hpp"

namespace mlroi_web {

void draw_costs(const AppState& app, UiState& ui);

} // namespace mlroi_web
