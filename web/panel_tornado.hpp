// panel_tornado.hpp: what moves the answer: one bar per input from its NPV at the low value
// to its NPV at the high value, biggest swing first, and where the answer flips (the tuition
// and salary thresholds) in plain words.
#pragma once

#include "app_state.hpp"
#include "ui_state.hpp"

#include <string>

namespace mlroi_web {

void draw_tornado(const AppState& app, UiState& ui);

// "If the salary after the degree were $78,819 instead of $120,883, NPV would fall to ..."
std::string tornado_sentence(const mlroi::TornadoBar& bar);

// "Worth it while tuition stays at or below $306,700 a year", "... as long as you earn at least
// $65,600 after": the thresholds in words.
std::string tuition_threshold_sentence(const mlroi::Threshold& t);
std::string salary_threshold_sentence(const mlroi::Threshold& t);

} // namespace mlroi_web
