// theme.hpp: light and dark looks (the page's prefers-color-scheme picks one), sizes scaled
// to device pixels, and the few colours that carry meaning (good, bad, risk levels).
#pragma once

#include "imgui.h"

namespace mlroi_web {

enum class Theme { Light, Dark };

struct Palette {
    ImVec4 background; // the canvas clear colour
    ImU32 text_muted;  // secondary text
    ImU32 good, bad;   // verdict: likely / unlikely (and money won / lost)
    ImU32 uncertain;   // verdict: uncertain
    ImU32 risk[4];     // low, moderate, high, very high (text on risk_bg)
    ImU32 risk_bg[4];
    ImU32 error;  // a refused edit's message
    ImU32 bar[3]; // cost breakdown segments
    ImU32 track;
    ImU32 highlight; // this program's row among the alternatives  // empty part of a gauge
};

// Sets Dear ImGui's style for the theme at `scale` device pixels per CSS pixel.
void theme_apply(Theme theme, float scale);
const Palette& palette();

} // namespace mlroi_web
