// panel_inputs.hpp: the reader's inputs in collapsible sections: You (first, open), Program,
// Financing, Outcome, Assumptions.
#pragma once

#include "app_state.hpp"
#include "ui_state.hpp"

namespace mlroi_web {

void draw_inputs(AppState& app, UiState& ui);

// The one way a choice is made, from the canvas or the DOM twin (web/twin.hpp): segmented
// buttons ("you.background", "you.tax_rate" real/flat, "program.modality", "program.pace",
// "financing.plan") and presets ("preset.program", "preset.role", by catalog key); and a
// checkbox flipped ("you.has" by prerequisite, "you.constraints" by you.* flag). True when
// applied; else app.errors holds the core's message (under the field's path, or "preset").
bool input_choose(AppState& app, const std::string& path, const std::string& key);
bool input_toggle(AppState& app, const std::string& group, const std::string& key);
// Where input_choose / input_toggle put a refusal's message for `path`.
std::string input_error_path(const std::string& path, const std::string& key);

} // namespace mlroi_web
