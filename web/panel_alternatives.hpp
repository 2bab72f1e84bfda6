// panel_alternatives.hpp: the same reader on other paths: a table sortable by any column with
// this program highlighted (choosing a row draws that path's cash against this program's),
// and the modalities side by side, one line each.
#pragma once

#include "app_state.hpp"
#include "ui_state.hpp"

#include <string>
#include <vector>

namespace mlroi_web {

void draw_alternatives(const AppState& app, UiState& ui);
void draw_modalities(const AppState& app, UiState& ui);

// The rows' order for a sort by `column` (0 path, 1 cost, 2 months, 3 NPV, 4 break-even,
// 5 chance, 6 fit; -1 none); ties keep the core's order; a missing value (never breaks even,
// no fit score) sorts as the worst.
std::vector<int> alternatives_order(const std::vector<mlroi::Alternative>& rows, int column,
                                    bool ascending);

} // namespace mlroi_web
