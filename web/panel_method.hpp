// panel_method.hpp: "How we calculate": the model's conventions, the figures this analysis
// used and every default with its source, built from the data (method_text.hpp); and the
// header every result panel opens with, whose "How?" button jumps here.
#pragma once

#include "app_state.hpp"
#include "ui_state.hpp"

namespace mlroi_web {

// A result panel's collapsible header (open at first; Dear ImGui remembers it per widget)
// with a "How?" button that opens "How we calculate" at `section`. Its rectangle is recorded
// as "panel.<key>". False when collapsed.
bool panel_header(UiState& ui, const char* key, const char* title, const char* section);

void draw_method(const AppState& app, UiState& ui);

} // namespace mlroi_web
