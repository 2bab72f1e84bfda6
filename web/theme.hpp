// theme.hpp: light and dark looks (the page's prefers-color-scheme picks one), their
// high-contrast versions (prefers-contrast: more), one made of the system colours (forced
// colours), sizes scaled to device pixels, and the few colours that carry meaning (good, bad,
// risk levels).
#pragma once

#include "imgui.h"

namespace mlroi_web {

// LightMore and DarkMore: prefers-contrast: more. System: forced-colors: active, built from
// the colours given to theme_system_colors.
enum class Theme { Light, Dark, LightMore, DarkMore, System };

// The CSS system colours of forced-colors mode, 0xRRGGBB.
struct SystemColors {
    unsigned canvas = 0xffffff, canvas_text = 0, highlight = 0x0078d7, highlight_text = 0xffffff,
             button_face = 0xffffff, button_text = 0, gray_text = 0x6d6d6d, link_text = 0x0000ee;
    bool operator==(const SystemColors& o) const {
        return canvas == o.canvas && canvas_text == o.canvas_text && highlight == o.highlight &&
               highlight_text == o.highlight_text && button_face == o.button_face &&
               button_text == o.button_text && gray_text == o.gray_text && link_text == o.link_text;
    }
};

struct Palette {
    ImVec4 background; // the canvas clear colour
    ImU32 text_muted;  // secondary text
    ImU32 good, bad;   // verdict: likely / unlikely (and money won / lost)
    ImU32 uncertain;   // verdict: uncertain
    ImU32 risk[4];     // low, moderate, high, very high (text on risk_bg)
    ImU32 risk_bg[4];
    ImU32 error;     // a refused edit's message
    ImU32 bar[3];    // cost breakdown segments
    ImU32 track;     // empty part of a gauge
    ImU32 highlight; // this program's row among the alternatives
    ImU32 on_accent; // text on ImGuiCol_ButtonActive (the chosen one of a set of buttons)
};

// Sets Dear ImGui's style for the theme at `scale` device pixels per CSS pixel.
void theme_apply(Theme theme, float scale);
// The colours Theme::System uses (applied by the next theme_apply).
void theme_system_colors(const SystemColors& colors);
const Palette& palette();

} // namespace mlroi_web
