// main_web.cpp: the widget's entry point in the browser. One module instance per widget:
// the app state, the Dear ImGui context and the platform layer bound to Module.canvas. The
// JS hook (shell/embed.js) calls the exported functions below.
#include "app_state.hpp"
#include "field_info.hpp"
#include "fonts.hpp"
#include "platform_html5.h"
#include "report_html.hpp"
#include "theme.hpp"
#include "ui.hpp"
#include "ui_state.hpp"
#include "widgets.hpp"

#include "imgui.h"
#include "imgui_impl_opengl3.h"

#include <emscripten.h>
#include <emscripten/eventloop.h> // emscripten_set_timeout: smaller than emscripten_async_call

#include <algorithm>
#include <cstdio>
#include <string>
#include <vector>

namespace {

mlroi_web::AppState g_app;
mlroi_web::UiState g_ui;
mlroi_web::Theme g_theme = mlroi_web::Theme::Light;
std::string g_out;        // the last string handed to JavaScript
int g_told_revision = -1; // the last revision Module.onRevision was told of
bool g_drawing = false;   // WebGL 2 and the renderer are up (without them: the hook only)

void on_scale(float scale) {
    g_ui.scale = scale;
    mlroi_web::fonts_build(g_ui.fonts, scale);
    mlroi_web::theme_apply(g_theme, scale);
}

// After the first frame: the rest of the analysis (odds, fit, sensitivity, alternatives).
void complete(void*) {
    if (mlroi_web::app_complete(g_app)) ImGui_ImplHtml5_Wake();
}

// [SECTION] Typed entry in the page's own <input> (platform: ImGui_ImplHtml5_OpenTextInput)
std::string g_typing; // the field being typed into, or ""

// A numeric field's slider under (x, y), device pixels, from the last frame; or "".
std::string field_at(float x, float y) {
    for (const auto& [key, r] : g_ui.rects)
        if (r.visible && x >= r.x && x < r.x + r.w && y >= r.y && y < r.y + r.h &&
            mlroi_web::field_spec(key))
            return key;
    return "";
}

const char* commit_typing(const char* text) {
    static std::string message;
    message.clear();
    if (!g_typing.empty() && !mlroi_web::apply_typed(g_app, g_typing, text ? text : "")) {
        auto it = g_app.errors.find(g_typing);
        message = it != g_app.errors.end() ? it->second : "not applied";
    }
    return message.c_str();
}

bool open_typing(const std::string& path) {
    const mlroi_web::FieldSpec* spec = mlroi_web::field_spec(path);
    auto r = g_ui.rects.find(path);
    if (!spec || r == g_ui.rects.end()) return false;
    g_typing = path;
    const std::string text = mlroi_web::typed_text(g_app, path);
    ImGui_ImplHtml5_TextInput in;
    in.label = spec->label;
    in.text = text.c_str();
    in.inputmode = spec->lo < 0 ? "text" : "decimal"; // iOS's decimal pad has no minus sign
    in.min = ImVec2(r->second.x, r->second.y);
    in.max = ImVec2(r->second.x + r->second.w, r->second.y + r->second.h);
    in.error_color = mlroi_web::palette().error;
    in.commit = commit_typing;
    ImGui_ImplHtml5_OpenTextInput(in);
    return true;
}

bool slider_at(float x, float y) {
    return !field_at(x, y).empty();
}

bool entry_at(float x, float y) {
    const std::string path = field_at(x, y);
    return !path.empty() && open_typing(path);
}

// [SECTION] After each frame: what the platform and the page learn from it
int g_settled_revision = -1; // the last revision the loader heard of as settled

void after_frame() {
    if (g_ui.auto_height) ImGui_ImplHtml5_SetContentHeight(g_ui.content_height);
    if (g_ui.reveal_y >= 0) ImGui_ImplHtml5_RevealY(g_ui.reveal_y);
    if (!g_ui.entry_request.empty()) {
        open_typing(g_ui.entry_request);
        g_ui.entry_request.clear();
    }
    if (ImGui_ImplHtml5_TextInputOpen()) {
        auto r = g_ui.rects.find(g_typing);
        if (r != g_ui.rects.end())
            ImGui_ImplHtml5_PlaceTextInput(
                ImVec2(r->second.x, r->second.y),
                ImVec2(r->second.x + r->second.w, r->second.y + r->second.h));
    }
    // A change, once it settles (nothing held, nothing being typed): the loader compares the
    // scenario with the last it saw and tells the page of the reader's (mlroi-change).
    if (g_app.revision != g_settled_revision && !ImGui::IsAnyItemActive() &&
        !ImGui_ImplHtml5_TextInputOpen()) {
        g_settled_revision = g_app.revision;
        EM_ASM(
            {
                if (Module["onSettled"]) Module["onSettled"]($0);
            },
            g_app.revision);
    }
}

void frame() {
    if (!g_drawing) return; // a wake-up (setScenario) without WebGL: nothing to draw
    ImGui_ImplHtml5_NewFrame();
    g_ui.auto_height = ImGui_ImplHtml5_AutoHeight();
    g_ui.view_y = ImGui_ImplHtml5_ViewY();
    g_ui.reveal_y = -1;
    const mlroi_web::Theme theme =
        ImGui_ImplHtml5_PrefersDark() ? mlroi_web::Theme::Dark : mlroi_web::Theme::Light;
    if (theme != g_theme) {
        g_theme = theme;
        mlroi_web::theme_apply(g_theme, g_ui.scale);
    }
    ImGui::NewFrame();
    mlroi_web::draw_app(g_app, g_ui);
    ImGui::Render();
    ImGui_ImplHtml5_Render(ImGui::GetDrawData(), mlroi_web::palette().background);
    after_frame();
    if (!g_app.complete) emscripten_set_timeout(complete, 0, nullptr);
    // The loader updates the page's text version a moment after the last change.
    if (g_app.revision != g_told_revision) {
        g_told_revision = g_app.revision;
        EM_ASM(
            {
                if (Module["onRevision"]) Module["onRevision"]($0);
            },
            g_app.revision);
    }
}

const char* out(std::string text) {
    g_out = std::move(text);
    return g_out.c_str();
}

} // namespace

// [SECTION] Exported to JavaScript
extern "C" {
EMSCRIPTEN_KEEPALIVE const char* mlroi_get_scenario() {
    return out(mlroi_web::app_scenario_text(g_app));
}

EMSCRIPTEN_KEEPALIVE const char* mlroi_get_results() {
    return out(mlroi_web::app_results_text(g_app));
}

EMSCRIPTEN_KEEPALIVE const char* mlroi_set_scenario(const char* text) {
    mlroi_web::app_complete(g_app);
    const int before = g_app.revision;
    out(mlroi_web::app_set_scenario_text(g_app, text ? text : ""));
    if (g_app.revision != before) ImGui_ImplHtml5_Wake();
    return g_out.c_str();
}

// The results as HTML text and tables (core/report_html: the headline, the key figures, every
// panel's data), for the page's text version; element ids start with `prefix`.
EMSCRIPTEN_KEEPALIVE const char* mlroi_results_html(const char* prefix) {
    mlroi_web::app_complete(g_app);
    return out(mlroi::results_html(g_app.scenario, g_app.results, *g_app.catalog,
                                   prefix && *prefix ? prefix : "mlroi"));
}

// Bumps on every accepted change of the scenario (and once when the results complete).
EMSCRIPTEN_KEEPALIVE int mlroi_revision() {
    return g_app.revision;
}

// Draws one frame now, so the page can copy the canvas in the same task (a still picture for
// print; WebGL keeps a frame's pixels only until the task ends). The loader sets the theme
// it wants through Module.mlroiPrefersDark first and wakes the widget after.
EMSCRIPTEN_KEEPALIVE void mlroi_draw_now() {
    if (g_drawing && ImGui_ImplHtml5_FrameCount() > 0) frame();
}

// {"x","y","w","h","visible"} in CSS pixels relative to the canvas, for an input by path
// ("program.tuition_per_year", "program.modality=online"), or null. Tests and the benchmark.
EMSCRIPTEN_KEEPALIVE const char* mlroi_item_rect(const char* key) {
    auto it = g_ui.rects.find(key ? key : "");
    if (it == g_ui.rects.end()) return out("null");
    const float s = g_ui.scale;
    char buffer[160];
    std::snprintf(buffer, sizeof buffer,
                  "{\"x\":%.2f,\"y\":%.2f,\"w\":%.2f,\"h\":%.2f,\"visible\":%s}", it->second.x / s,
                  it->second.y / s, it->second.w / s, it->second.h / s,
                  it->second.visible ? "true" : "false");
    return out(buffer);
}

// What the result panels showed in the last frame: {"hover": what the pointer is over (the
// values a tooltip shows) or null, "table": the alternatives' keys in the table's order}.
EMSCRIPTEN_KEEPALIVE const char* mlroi_inspect() {
    const nlohmann::json j = {{"hover", g_ui.view.hover}, {"table", g_ui.view.table_order}};
    return out(j.dump());
}

// Brings a result panel ("odds", "tornado", ...) to the top of its column on the next frame.
EMSCRIPTEN_KEEPALIVE void mlroi_scroll_to(const char* panel) {
    g_ui.view.scroll_to = panel ? panel : "";
    ImGui_ImplHtml5_Wake();
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
        sink += mlroi::analyze(g_app.scenario, *g_app.catalog).npv;
        times.push_back(emscripten_get_now() - start);
    }
    std::nth_element(times.begin(), times.begin() + runs / 2, times.end());
    return sink == 0.123456789 ? -1 : times[runs / 2];
}
}

int main() {
    IMGUI_CHECKVERSION();
    ImGui::CreateContext();
    mlroi_web::app_init(g_app, true); // the first frame shows sooner; the rest follows
    if (!ImGui_ImplHtml5_Init("!canvas", frame, on_scale)) {
        EM_ASM({
            if (Module["onInitError"]) Module["onInitError"]("WebGL2 is not available");
        });
        return 0;
    }
    ImGui_ImplOpenGL3_Init("#version 300 es");
    g_drawing = true;
    ImGui_ImplHtml5_AppHooks hooks;
    hooks.slider_at = slider_at;
    hooks.entry_at = entry_at;
    ImGui_ImplHtml5_SetAppHooks(hooks);
    g_ui.dom_entry = true;
    return 0;
}
