// js_api.cpp: the functions the loader (shell/embed.js) calls on a widget's module instance:
// the scenario and results as JSON text, the results as HTML for the text version, and a
// frame drawn on demand (print). Text comes in through the heap (embed.js: withText).
#include "imgui_impl_html5.h"
#include "report_html.hpp"
#include "report_text.hpp"
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

// Draws one frame now, so the page can copy the canvas in the same task (a still picture for
// print; WebGL keeps a frame's pixels only until the task ends). The loader sets the theme
// it wants through Module.mlroiPrefersDark first and wakes the widget after.
EMSCRIPTEN_KEEPALIVE void mlroi_draw_now() {
    if (W.drawing && ImGui_ImplHtml5_FrameCount() > 0) mlroi_web::web_frame();
}
}
