// main_web.cpp: the widget's entry point and main loop in the browser. One module instance
// per widget: the app state, the Dear ImGui context and the platform layer
// (imgui_impl_html5.h) bound to Module.canvas. The loader's calls are js_api.cpp's; what this
// file tells the page goes through js_api_lib.js.
#include "field_info.hpp"
#include "fonts.hpp"
#include "imgui_impl_html5.h"
#include "ui.hpp"
#include "web_app.hpp"
#include "widgets.hpp"

#include "imgui.h"
#include "imgui_impl_opengl3.h"

#include <emscripten/eventloop.h> // emscripten_set_timeout: smaller than emscripten_async_call

#include <string>

// js_api_lib.js
extern "C" {
void mlroi_page_revision(int revision);
void mlroi_page_settled(int revision);
void mlroi_page_init_error(const char* message);
void mlroi_page_layout();
}

namespace mlroi_web {

WebApp& web_app() {
    static WebApp w;
    return w;
}

const char* web_out(std::string text) {
    web_app().out = std::move(text);
    return web_app().out.c_str();
}

} // namespace mlroi_web

namespace {

mlroi_web::WebApp& W = mlroi_web::web_app();
mlroi_web::AppState& g_app = W.app;
mlroi_web::UiState& g_ui = W.ui;
int g_told_revision = -1; // the last revision the page was told of

void on_scale(float scale) {
    g_ui.scale = scale;
    mlroi_web::fonts_build(g_ui.fonts, scale);
    mlroi_web::theme_apply(W.theme, scale);
}

// The reader's theme: forced colours (the system colours), else light or dark, in high
// contrast with prefers-contrast: more. `changed`: the system colours changed.
mlroi_web::Theme reader_theme(bool& changed) {
    static mlroi_web::SystemColors last;
    ImGui_ImplHtml5_SystemColors s;
    changed = false;
    if (ImGui_ImplHtml5_ForcedColors(&s)) {
        const mlroi_web::SystemColors colors{s.canvas,         s.canvas_text, s.highlight,
                                             s.highlight_text, s.button_face, s.button_text,
                                             s.gray_text,      s.link_text};
        changed = !(colors == last);
        last = colors;
        mlroi_web::theme_system_colors(colors);
        return mlroi_web::Theme::System;
    }
    const bool dark = ImGui_ImplHtml5_PrefersDark(), more = ImGui_ImplHtml5_PrefersMoreContrast();
    using T = mlroi_web::Theme;
    return dark ? (more ? T::DarkMore : T::Dark) : (more ? T::LightMore : T::Light);
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
int g_told_layout = -1;      // the last layout the twin heard of

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
    if (g_ui.layout_revision != g_told_layout) {
        g_told_layout = g_ui.layout_revision;
        mlroi_page_layout();
    }
    // A change, once it settles (nothing held, nothing being typed): the loader compares the
    // scenario with the last it saw and tells the page of the reader's (mlroi-change).
    if (g_app.revision != g_settled_revision && !ImGui::IsAnyItemActive() &&
        !ImGui_ImplHtml5_TextInputOpen()) {
        g_settled_revision = g_app.revision;
        mlroi_page_settled(g_app.revision);
    }
}

} // namespace

void mlroi_web::web_frame() {
    if (!W.drawing) return; // a wake-up (setScenario) without WebGL: nothing to draw
    ImGui_ImplHtml5_NewFrame();
    g_ui.auto_height = ImGui_ImplHtml5_AutoHeight();
    g_ui.view_y = ImGui_ImplHtml5_ViewY();
    g_ui.reveal_y = -1;
    bool colors_changed = false;
    const mlroi_web::Theme theme = reader_theme(colors_changed);
    if (theme != W.theme || colors_changed) {
        W.theme = theme;
        mlroi_web::theme_apply(W.theme, g_ui.scale);
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
        mlroi_page_revision(g_app.revision);
    }
}

int main() {
    IMGUI_CHECKVERSION();
    ImGui::CreateContext();
    mlroi_web::app_init(g_app, true); // the first frame shows sooner; the rest follows
    if (!ImGui_ImplHtml5_Init("!canvas", mlroi_web::web_frame, on_scale)) {
        mlroi_page_init_error("WebGL2 is not available");
        return 0;
    }
    ImGui_ImplOpenGL3_Init("#version 300 es");
    W.drawing = true;
    ImGui_ImplHtml5_AppHooks hooks;
    hooks.slider_at = slider_at;
    hooks.entry_at = entry_at;
    ImGui_ImplHtml5_SetAppHooks(hooks);
    g_ui.dom_entry = true;
    return 0;
}
