// js_api.cpp: the functions the loader (shell/embed.js) calls on a widget's module instance:
// the scenario and results as JSON text, the results as HTML for the text version, and a
// frame drawn on demand (print). Text comes in through the heap (embed.js: withText).
#include "imgui_impl_html5.h"
#include "report_html.hpp"
#include "report_text.hpp"
#include "twin.hpp"
#include "web_app.hpp"

#include <emscripten.h>

#include <string>

namespace {
mlroi_web::WebApp& W = mlroi_web::web_app();
} // namespace

// [SECTION] Exported to JavaScript
extern "C" {
EMSCRIPTEN_KEEPALIVE const char* mlroi_get_scenario() {
    return mlroi_web::web_out(mlroi_web::app_scenario_text(W.app));
}

EMSCRIPTEN_KEEPALIVE const char* mlroi_get_results() {
    return mlroi_web::web_out(mlroi_web::app_results_text(W.app));
}

EMSCRIPTEN_KEEPALIVE const char* mlroi_set_scenario(const char* text) {
    mlroi_web::app_complete(W.app);
    const int before = W.app.revision;
    mlroi_web::web_out(mlroi_web::app_set_scenario_text(W.app, text ? text : ""));
    if (W.app.revision != before) ImGui_ImplHtml5_Wake();
    return W.out.c_str();
}

// The results as HTML text and tables (core/report_html: the headline, the key figures, every
// panel's data), for the page's text version; element ids start with `prefix`.
EMSCRIPTEN_KEEPALIVE const char* mlroi_results_html(const char* prefix) {
    mlroi_web::app_complete(W.app);
    return mlroi_web::web_out(mlroi::results_html(W.app.scenario, W.app.results, *W.app.catalog,
                                                  prefix && *prefix ? prefix : "mlroi"));
}

// The results as a plain-text summary (core/report_text): "Copy summary".
EMSCRIPTEN_KEEPALIVE const char* mlroi_summary_text() {
    mlroi_web::app_complete(W.app);
    return mlroi_web::web_out(mlroi::summary_text(W.app.scenario, W.app.results, *W.app.catalog));
}

// Bumps on every accepted change of the scenario (and once when the results complete).
EMSCRIPTEN_KEEPALIVE int mlroi_revision() {
    return W.app.revision;
}

// [SECTION] The DOM twin (web/twin.hpp, shell/twin.js)
// Its controls in reading order (JSON), once.
EMSCRIPTEN_KEEPALIVE const char* mlroi_twin_fields() {
    return mlroi_web::web_out(mlroi_web::twin_fields_json(W.app));
}

// Every control's value, spoken value and refusal (JSON), after each revision.
EMSCRIPTEN_KEEPALIVE const char* mlroi_twin_state() {
    return mlroi_web::web_out(mlroi_web::twin_state_json(W.app));
}

// The items' rectangles and open states (JSON), when the layout changed (Module.onLayout).
EMSCRIPTEN_KEEPALIVE const char* mlroi_twin_layout() {
    return mlroi_web::web_out(mlroi_web::twin_layout_json(W.app, W.ui));
}

// "<id>=<value>" from a twin control, applied as the canvas applies it: "" or the core's
// message.
EMSCRIPTEN_KEEPALIVE const char* mlroi_twin_set(const char* command) {
    mlroi_web::app_complete(W.app);
    mlroi_web::web_out(mlroi_web::twin_set(W.app, W.ui, command ? command : ""));
    ImGui_ImplHtml5_Wake();
    return W.out.c_str();
}

// The twin element with the page's focus (its item's rectangle key), or "": the ring.
EMSCRIPTEN_KEEPALIVE void mlroi_twin_focus(const char* key) {
    mlroi_web::twin_focus(W.app, W.ui, key ? key : "");
    ImGui_ImplHtml5_Wake();
}

// Draws one frame now, so the page can copy the canvas in the same task (a still picture for
// print; WebGL keeps a frame's pixels only until the task ends). The loader sets the theme
// it wants through Module.mlroiPrefersDark first and wakes the widget after.
EMSCRIPTEN_KEEPALIVE void mlroi_draw_now() {
    if (W.drawing && ImGui_ImplHtml5_FrameCount() > 0) mlroi_web::web_frame();
}
}
