// ui.hpp: the whole widget, one Dear ImGui frame: the verdict pinned at the top (unless it
// would fill a fixed-height widget: large text on a phone), then the
// inputs and the results, in two columns on a wide canvas and one under 640 CSS px
// (kTwoColumnsFrom, ui.cpp).
#pragma once

#include "app_state.hpp"
#include "ui_state.hpp"

namespace mlroi_web {

// Call between ImGui::NewFrame() and ImGui::Render(); fills the display.
void draw_app(AppState& app, UiState& ui);

} // namespace mlroi_web
