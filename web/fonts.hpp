// fonts.hpp: the widget's fonts, Roboto subset at build time (web/make_fonts.sh) and
// rasterised at the device-pixel size, so text is crisp at devicePixelRatio 1, 2 and 3.
#pragma once

#include "imgui.h"

namespace mlroi_web {

struct Fonts {
    ImFont* body = nullptr;   // Regular, 15 CSS px
    ImFont* strong = nullptr; // Medium, 15 CSS px
    ImFont* large = nullptr;  // Medium, 19 CSS px (the verdict)
    float scale = 0;          // device pixels per CSS pixel they were built for
};

// Clears the atlas and adds the three fonts at `scale`. The caller rebuilds the renderer's
// font texture afterwards (the platform layer does it on a devicePixelRatio change).
void fonts_build(Fonts& fonts, float scale);

} // namespace mlroi_web
