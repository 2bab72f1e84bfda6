// panel_inputs.hpp: the reader's inputs in collapsible sections: You (first, open), Program,
// Financing, Outcome, Assumptions.
#pragma once

#include "app_state.hpp"
#include "ui_state.hpp"

namespace mlroi_web {

void draw_inputs(AppState& app, UiState& ui);

} // namespace mlroi_web
