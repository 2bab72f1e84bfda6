// ui_state.hpp: what the interface remembers between frames, apart from the scenario:
// the device-pixel scale, the fonts, a typed-entry request, the rectangles of the inputs
// drawn this frame (the browser tests and the benchmark find sliders by field path), and
// what the browser asks of the layout (auto height, typed entry in a DOM input).
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

    // The browser's typed entry (web/platform/main_web.cpp): a field's typed entry is the page's
    // own <input>, not Dear ImGui's text box. A slider asked to type (double-click, Ctrl+click,
    // Tab) puts its path in entry_request instead.
    bool dom_entry = false;
    std::string entry_request;
    // Auto height: the window is as tall as its content, with no scroll area inside (the
    // columns are as tall as the taller); the canvas shows it from view_y down (device px).
    // Out: the content's height, and reveal_y, a canvas y that a jump ("How?") asked to bring
    // to the top of the screen (-1: none).
    bool auto_height = false;
    float view_y = 0;
    float content_height = 0;
    float column_height[2] = {0, 0}; // each column's content in the last frame
    float verdict_height = 0;        // the verdict's height in the last frame (device px)
    float reveal_y = -1;

    // The DOM twin (web/twin.hpp): the item whose twin element has the page's focus (a ring
    // is drawn around it; focus_reveal: scroll it into view next frame), sections and panels
    // asked to open or close ("section.You", "panel.odds"), and what is open this frame.
    // layout_revision bumps when any rectangle or open state changes (content coordinates).
    std::string focus_key;
    bool focus_reveal = false;
    std::map<std::string, bool> open_request;
    std::map<std::string, bool> opened;
    size_t layout_hash = 0;
    int layout_revision = 0;
};

// The canvas width in CSS pixels.
float css_width(const UiState& ui);

} // namespace mlroi_web
