// ui_state.hpp: what the interface remembers between frames, apart from the scenario:
// the device-pixel scale, the fonts, a typed-entry request, and the rectangles of the
// inputs drawn this frame (the browser tests and the benchmark find sliders by field path).
#pragma once

#include "fonts.hpp"
#include "results_view.hpp"

#include <map>
#include <string>

namespace mlroi_web {

struct ItemRect {
    float x = 0, y = 0, w = 0, h = 0; // device pixels, canvas coordinates
    bool visible = false;             // inside its window's visible area
};

struct UiState {
    float scale = 1; // device pixels per CSS pixel
    Fonts fonts;
    bool force_open = false;               // open every section (headless tests)
    std::string type_request;              // field whose slider turns into a text box next frame
    std::map<std::string, ItemRect> rects; // "program.tuition_per_year", "program.modality=online"
    ResultsView view;                      // the result panels' own memory
    bool wide = false;                     // two columns this frame
};

// The canvas width in CSS pixels.
float css_width(const UiState& ui);

} // namespace mlroi_web
