// test_hooks.cpp: hooks for the browser tests and the benchmark, linked only into the test
// build (build/web-test/, Makefile.emscripten), as Dear ImGui keeps its test engine behind
// IMGUI_ENABLE_TEST_ENGINE. The loader shows them as element.mlroiInternals when present.
#include "imgui_impl_html5.h"
#include "web_app.hpp"

#include <emscripten.h>

#include <algorithm>
#include <cstdio>
#include <string>
#include <vector>

namespace {
mlroi_web::WebApp& W = mlroi_web::web_app();
} // namespace

extern "C" {
// {"x","y","w","h","visible"} in CSS pixels relative to the canvas, for an input by path
// ("program.tuition_per_year", "program.modality=online"), or null. Tests and the benchmark.
EMSCRIPTEN_KEEPALIVE const char* mlroi_item_rect(const char* key) {
    auto it = W.ui.rects.find(key ? key : "");
    if (it == W.ui.rects.end()) return mlroi_web::web_out("null");
    const float s = W.ui.scale / ImGui_ImplHtml5_TextScale(); // device pixels per CSS pixel
    char buffer[160];
    std::snprintf(buffer, sizeof buffer,
                  "{\"x\":%.2f,\"y\":%.2f,\"w\":%.2f,\"h\":%.2f,\"visible\":%s}", it->second.x / s,
                  it->second.y / s, it->second.w / s, it->second.h / s,
                  it->second.visible ? "true" : "false");
    return mlroi_web::web_out(buffer);
}

// What the result panels showed in the last frame: {"hover": what the pointer is over (the
// values a tooltip shows) or null, "table": the alternatives' keys in the table's order}.
EMSCRIPTEN_KEEPALIVE const char* mlroi_inspect() {
    const nlohmann::json j = {{"hover", W.ui.view.hover}, {"table", W.ui.view.table_order}};
    return mlroi_web::web_out(j.dump());
}

// Brings a result panel ("odds", "tornado", ...) to the top of its column on the next frame.
EMSCRIPTEN_KEEPALIVE void mlroi_scroll_to(const char* panel) {
    W.ui.view.scroll_to = panel ? panel : "";
    ImGui_ImplHtml5_Wake();
}

// The body text's size as a CSS font-size (px): Dear ImGui sizes a font by its line (Roboto's
// ascent + descent, 2400 of its 2048 units per em), CSS by its em.
EMSCRIPTEN_KEEPALIVE double mlroi_body_text_px() {
    if (!W.ui.fonts.body) return 0;
    const float dpr = W.ui.scale / ImGui_ImplHtml5_TextScale();
    return W.ui.fonts.body->FontSize / dpr * 2048.0 / 2400.0;
}

// The theme drawn: 0 light, 1 dark, 2 light high contrast, 3 dark high contrast, 4 system
// colours (forced colours).
EMSCRIPTEN_KEEPALIVE int mlroi_theme() {
    return static_cast<int>(W.theme);
}

EMSCRIPTEN_KEEPALIVE int mlroi_frame_count() {
    return ImGui_ImplHtml5_FrameCount();
}

// Median milliseconds of one full analysis of the current scenario over `runs`.
EMSCRIPTEN_KEEPALIVE double mlroi_bench_analysis(int runs) {
    runs = std::max(1, runs);
    std::vector<double> times;
    double sink = 0;
    for (int i = 0; i < runs; ++i) {
        const double start = emscripten_get_now();
        sink += mlroi::analyze(W.app.scenario, *W.app.catalog).npv;
        times.push_back(emscripten_get_now() - start);
    }
    std::nth_element(times.begin(), times.begin() + runs / 2, times.end());
    return sink == 0.123456789 ? -1 : times[runs / 2];
}
}
