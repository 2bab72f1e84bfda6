// panel_fit.hpp: how well the program suits this reader: the score, each factor with its
// weight and sentence, and the article's five questions with their verdicts.
#pragma once

#include "app_state.hpp"
#include "ui_state.hpp"

namespace mlroi_web {

void draw_fit(const AppState& app, UiState& ui);

} // namespace mlroi_web
