// web_app.hpp: the one widget a module instance holds (one instance per widget on the page),
// shared by the main loop (main_web.cpp), the JS API (js_api.cpp) and, in a test build only,
// the test hooks (test_hooks.cpp).
#pragma once

#include "app_state.hpp"
#include "theme.hpp"
#include "ui_state.hpp"

#include <string>

namespace mlroi_web {

struct WebApp {
    AppState app;
    UiState ui;
    Theme theme = Theme::Light;
    bool drawing = false; // WebGL 2 and the renderer are up (without them: the JS API only)
    std::string out;      // the last string handed to JavaScript
};

WebApp& web_app();
// Keeps `text` until the next call and returns it for JavaScript to read.
const char* web_out(std::string text);
// Draws one frame now (main_web.cpp).
void web_frame();

} // namespace mlroi_web
