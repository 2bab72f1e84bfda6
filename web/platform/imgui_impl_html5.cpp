// dear imgui: Platform Backend for the web on emscripten/html5.h (see imgui_impl_html5.h).
//
// [SECTION] Index: state, input queue, mouse, touch, wheel, keys, focus and clipboard,
// typed entry, sizing (auto height) and scheduling, the API.
// The browser half: imgui_impl_html5_lib.js (--js-library) holds every call this file makes
// into JavaScript, declared below; imgui_impl_html5_pre.js (--pre-js, one copy per module
// instance, as Module.mlroiPlatform) the band placement, the page's scroll and the <input>.
#include "imgui_impl_html5.h"

#include "imgui_impl_opengl3.h"
#include "imgui_internal.h"

#include <GLES3/gl3.h>
#include <emscripten.h>
#include <emscripten/html5.h>

#include <algorithm>
#include <cfloat>
#include <cmath>
#include <cstring>
#include <string>
#include <vector>

// imgui_impl_html5_lib.js
extern "C" {
void mlroi_html5_register_canvas();
double mlroi_html5_canvas_left();
double mlroi_html5_canvas_top();
double mlroi_html5_container_height();
void mlroi_html5_listen();
int mlroi_html5_prefers_dark();
void mlroi_html5_watch_reader();
double mlroi_html5_text_scale();
int mlroi_html5_more_contrast();
int mlroi_html5_system_colors(int* out);
void mlroi_html5_write_clipboard(const char* text);
void mlroi_html5_first_frame();
int mlroi_html5_start_auto_height();
double mlroi_html5_place_band(double content_css, double dpr, int max_device);
void mlroi_html5_set_height(double css);
void mlroi_html5_reveal(double css_y);
int mlroi_html5_can_scroll_page(double dy);
void mlroi_html5_open_input(const char* label, const char* text, const char* inputmode, ImU32 frame,
                            ImU32 ink, ImU32 border, ImU32 error, double x, double y, double w,
                            double h);
void mlroi_html5_place_input(double x, double y, double w, double h);
}

namespace {

// [SECTION] State
constexpr int kSettleFrames = 4; // frames drawn after the last input: widgets settle

struct Event {
    enum Type { Pos, Button, Key, Char, Wheel } type;
    float x = 0, y = 0; // Pos: device pixels; Wheel: steps
    int code = 0;       // Button: 0-4; Key: DOM key code; Char: code point
    bool down = false;
    bool ctrl = false, shift = false, alt = false, super = false;
};

struct State {
    std::string target;
    void (*frame)() = nullptr;
    ImGui_ImplHtml5_ScaleFn on_scale = nullptr;
    EMSCRIPTEN_WEBGL_CONTEXT_HANDLE gl = 0;
    std::vector<Event> queue;
    int frames_left = kSettleFrames;
    bool frame_requested = false;
    bool captured = false; // a mouse button went down on the canvas and is still held
    int fb_width = 0, fb_height = 0;
    float scale = 0;      // device pixels per CSS pixel
    float text_scale = 0; // the reader's text size against the widget's usual (1 at 16 px)
    double last_time = 0;
    int frame_count = 0;
    std::string clipboard;
    // Touch gesture: undecided until it moves; then a drag (a slider, a scrollbar), a scroll
    // of the widget's own area (vertical, or sideways), or the page's (the browser's).
    enum class Touch { None, Pending, Drag, Scroll, ScrollX, Page } touch = Touch::None;
    int touch_id = -1;
    float touch_x0 = 0, touch_y0 = 0, touch_last_x = 0, touch_last_y = 0;
    ImGui_ImplHtml5_AppHooks hooks;
    double last_down_time = 0; // the last left press: a second one soon after, nearby, is a double
    float last_down_x = 0, last_down_y = 0;
    // Auto height: the content's height (CSS px) and the band's top (device px).
    bool auto_height = false;
    float content_css = 0, view_y = 0;
    int max_device = 4096; // the tallest canvas, device px (the GPU's limit, at most 8192)
    // Typed entry: the open <input>'s commit, and the last message it returned.
    bool text_open = false;
    const char* (*text_commit)(const char*) = nullptr;
    std::string text_message;
};
State* g = nullptr;

void request_frame();

void wake(int frames = kSettleFrames) {
    if (!g) return;
    g->frames_left = std::max(g->frames_left, frames);
    request_frame();
}

// [SECTION] Input queue: one change of a given button or key per frame
void push(const Event& e) {
    g->queue.push_back(e);
    wake();
}

void apply_queue(ImGuiIO& io) {
    bool button_changed[5] = {}, key_changed = false, moved = false;
    size_t i = 0;
    for (; i < g->queue.size(); ++i) {
        const Event& e = g->queue[i];
        if (e.type == Event::Button) {
            if (button_changed[e.code]) break; // the next frame sees the next change
            // A press where the pointer has just arrived waits a frame: Dear ImGui takes an
            // overlapping item (a table header) only if it was hovered the frame before.
            if (e.down && moved) break;
            button_changed[e.code] = true;
            io.MouseDown[e.code] = e.down;
        } else if (e.type == Event::Key) {
            if (key_changed) break;
            key_changed = true;
            if (e.code >= 0 && e.code < IM_ARRAYSIZE(io.KeysDown)) io.KeysDown[e.code] = e.down;
        } else if (e.type == Event::Pos) {
            if (button_changed[0] && io.MouseDown[0] == false) break; // release where it was
            moved = moved || e.x != io.MousePos.x || e.y != io.MousePos.y;
            io.MousePos = ImVec2(e.x, e.y);
        } else if (e.type == Event::Char) {
            io.AddInputCharacter(static_cast<unsigned>(e.code));
        } else if (e.type == Event::Wheel) {
            io.MouseWheelH += e.x;
            io.MouseWheel += e.y;
        }
        if (e.type != Event::Pos && e.type != Event::Wheel) {
            io.KeyCtrl = e.ctrl, io.KeyShift = e.shift, io.KeyAlt = e.alt, io.KeySuper = e.super;
        }
    }
    g->queue.erase(g->queue.begin(), g->queue.begin() + static_cast<long>(i));
}

float device(float css) {
    return css * (g->scale > 0 ? g->scale : 1);
}

template <class E> Event with_mods(Event::Type type, const E* e) {
    Event ev{type};
    ev.ctrl = e->ctrlKey, ev.shift = e->shiftKey, ev.alt = e->altKey, ev.super = e->metaKey;
    return ev;
}

// [SECTION] Mouse
EM_BOOL on_mouse_down(int, const EmscriptenMouseEvent* e, void*) {
    if (e->button > 4) return EM_FALSE;
    Event pos = with_mods(Event::Pos, e);
    pos.x = device(e->targetX), pos.y = device(e->targetY);
    // A double-click or Ctrl+click on a field opens typed entry now, inside the event.
    const ImGuiIO& io = ImGui::GetIO();
    const double now = emscripten_get_now();
    const bool twice = now - g->last_down_time < io.MouseDoubleClickTime * 1000 &&
                       std::hypot(pos.x - g->last_down_x, pos.y - g->last_down_y) <
                           device(io.MouseDoubleClickMaxDist);
    g->last_down_time = e->button == 0 ? now : 0;
    g->last_down_x = pos.x, g->last_down_y = pos.y;
    if (e->button == 0 && (twice || e->ctrlKey) && g->hooks.entry_at &&
        g->hooks.entry_at(pos.x, pos.y)) {
        g->last_down_time = 0;
        return EM_TRUE; // no press for Dear ImGui, and the <input> keeps the focus
    }
    push(pos);
    Event b = with_mods(Event::Button, e);
    b.code = e->button, b.down = true;
    push(b);
    g->captured = true;
    return EM_FALSE; // the default gives the canvas keyboard focus
}

// Moves over the canvas (hover) come here; while a button is held, the window's handler
// tracks the mouse everywhere, relative to this canvas.
EM_BOOL on_mouse_move(int, const EmscriptenMouseEvent* e, void*) {
    if (g->captured) return EM_FALSE;
    Event pos = with_mods(Event::Pos, e);
    pos.x = device(e->targetX), pos.y = device(e->targetY);
    push(pos);
    return EM_FALSE;
}

// A window event's position relative to this canvas (clientX/Y minus the canvas's rectangle;
// html5.h's canvasX/Y do not follow a MODULARIZE instance's canvas).
Event window_pos(const EmscriptenMouseEvent* e) {
    Event pos = with_mods(Event::Pos, e);
    const double left = mlroi_html5_canvas_left();
    const double top = mlroi_html5_canvas_top();
    pos.x = device(static_cast<float>(e->clientX - left));
    pos.y = device(static_cast<float>(e->clientY - top));
    return pos;
}

EM_BOOL on_window_mouse_move(int, const EmscriptenMouseEvent* e, void*) {
    if (!g->captured) return EM_FALSE;
    push(window_pos(e));
    return EM_FALSE;
}

EM_BOOL on_window_mouse_up(int, const EmscriptenMouseEvent* e, void*) {
    if (!g->captured || e->button > 4) return EM_FALSE;
    push(window_pos(e));
    Event b = with_mods(Event::Button, e);
    b.code = e->button, b.down = false;
    push(b);
    g->captured = false;
    return EM_FALSE;
}

EM_BOOL on_mouse_leave(int, const EmscriptenMouseEvent*, void*) {
    if (g->captured) return EM_FALSE;
    Event pos{Event::Pos};
    pos.x = -FLT_MAX, pos.y = -FLT_MAX;
    push(pos);
    return EM_FALSE;
}

// [SECTION] Wheel: the widget scrolls while it can, then the page does
// Dear ImGui scrolls the hovered window, or the nearest parent that can scroll (as in
// UpdateMouseWheel). True when that window can move that way (`down` > 0: towards its end).
bool widget_can_scroll(float down) {
    ImGuiContext& ctx = *GImGui;
    ImGuiWindow* w = ctx.HoveredWindow;
    while (w && (w->Flags & ImGuiWindowFlags_ChildWindow) &&
           (w->ScrollMax.y == 0.0f || (w->Flags & ImGuiWindowFlags_NoScrollWithMouse)) &&
           !(w->Flags & ImGuiWindowFlags_NoMouseInputs))
        w = w->ParentWindow;
    if (!w || (w->Flags & ImGuiWindowFlags_NoScrollWithMouse) || w->ScrollMax.y == 0.0f)
        return false;
    return down > 0 ? w->Scroll.y < w->ScrollMax.y - 0.5f : w->Scroll.y > 0.5f;
}

EM_BOOL on_wheel(int, const EmscriptenWheelEvent* e, void*) {
    if (e->mouse.ctrlKey) return EM_FALSE; // browser zoom
    // deltaMode: 0 pixels, 1 lines, 2 pages. Dear ImGui scrolls ~5 lines per step.
    const double unit = e->deltaMode == 1 ? 1.0 / 3 : e->deltaMode == 2 ? 3.0 : 1.0 / 100;
    const float dy = static_cast<float>(e->deltaY * unit);
    const float dx = static_cast<float>(e->deltaX * unit);
    Event pos = with_mods(Event::Pos, &e->mouse);
    pos.x = device(e->mouse.targetX), pos.y = device(e->mouse.targetY);
    push(pos);
    if (dy != 0 && !widget_can_scroll(dy)) return EM_FALSE; // the page scrolls instead
    Event w{Event::Wheel};
    w.x = -dx, w.y = -dy;
    push(w);
    return EM_TRUE;
}

// [SECTION] Touch: the page first. A tap clicks (or opens typed entry); a drag that starts on a
// slider and goes sideways, or on a scrollbar, drags; a sideways swipe scrolls a sideways
// scroll area; anything else is the browser's (touch-action: pan-y pinch-zoom), and the
// widget's own areas take a vertical swipe only when the page cannot move that way.
const EmscriptenTouchPoint* find_touch(const EmscriptenTouchEvent* e, int id) {
    for (int i = 0; i < e->numTouches; ++i)
        if (e->touches[i].identifier == id) return &e->touches[i];
    return nullptr;
}

void touch_pos(float x, float y) {
    Event pos{Event::Pos};
    pos.x = x, pos.y = y;
    push(pos);
}
void touch_button(bool down) {
    Event b{Event::Button};
    b.code = 0, b.down = down;
    push(b);
}

// A scrollbar of any window under (x, y), from the last frame.
bool scrollbar_at(float x, float y) {
    for (ImGuiWindow* w : GImGui->Windows) {
        if (!w->Active || w->Hidden) continue;
        for (ImGuiAxis axis : {ImGuiAxis_X, ImGuiAxis_Y})
            if ((axis == ImGuiAxis_X ? w->ScrollbarX : w->ScrollbarY) &&
                ImGui::GetWindowScrollbarRect(w, axis).Contains(ImVec2(x, y)))
                return true;
    }
    return false;
}

// A window under (x, y) that scrolls sideways (the innermost).
bool sideways_area_at(float x, float y) {
    ImVector<ImGuiWindow*>& ws = GImGui->Windows;
    for (int i = ws.Size - 1; i >= 0; --i) {
        const ImGuiWindow* w = ws[i];
        if (w->Active && !w->Hidden && w->OuterRectClipped.Contains(ImVec2(x, y)) &&
            w->ScrollMax.x > 0 && !(w->Flags & ImGuiWindowFlags_NoScrollWithMouse))
            return true;
    }
    return false;
}

// The page (or a scrolling ancestor) can move for a finger moving `dy` (> 0: down).
bool page_can_scroll(float dy) {
    return mlroi_html5_can_scroll_page(dy) != 0;
}

EM_BOOL on_touch_start(int, const EmscriptenTouchEvent* e, void*) {
    if (g->touch != State::Touch::None) return EM_FALSE; // a second finger: the browser's
    for (int i = 0; i < e->numTouches; ++i) {
        const EmscriptenTouchPoint& t = e->touches[i];
        if (!t.isChanged) continue;
        g->touch = State::Touch::Pending;
        g->touch_id = t.identifier;
        g->touch_x0 = device(t.targetX), g->touch_y0 = device(t.targetY);
        g->touch_last_x = g->touch_x0, g->touch_last_y = g->touch_y0;
        touch_pos(g->touch_x0, g->touch_y0); // hover, so a tap has a target
        break;
    }
    return EM_FALSE; // the page may still scroll if this turns out to be a swipe
}

State::Touch decide(float dx, float dy) {
    const float x = g->touch_x0, y = g->touch_y0;
    if (scrollbar_at(x, y)) return State::Touch::Drag;
    if (std::fabs(dx) > std::fabs(dy)) {
        if (g->hooks.slider_at && g->hooks.slider_at(x, y)) return State::Touch::Drag;
        return sideways_area_at(x, y) ? State::Touch::ScrollX : State::Touch::Page;
    }
    if (page_can_scroll(dy)) return State::Touch::Page;
    return widget_can_scroll(-dy) ? State::Touch::Scroll : State::Touch::Page;
}

EM_BOOL on_touch_move(int, const EmscriptenTouchEvent* e, void*) {
    const EmscriptenTouchPoint* t = find_touch(e, g->touch_id);
    if (!t || g->touch == State::Touch::None) return EM_FALSE;
    const float x = device(t->targetX), y = device(t->targetY);
    if (g->touch == State::Touch::Pending) {
        const float dx = x - g->touch_x0, dy = y - g->touch_y0;
        // Not cancelled while undecided: the browser must be free to start the page's scroll.
        if (std::hypot(dx, dy) < device(6)) return EM_FALSE;
        g->touch = decide(dx, dy);
        if (g->touch == State::Touch::Drag) touch_button(true); // pressed where it landed
    }
    switch (g->touch) {
    case State::Touch::Drag:
        touch_pos(x, y);
        return EM_TRUE;
    case State::Touch::Scroll:
    case State::Touch::ScrollX: {
        Event w{Event::Wheel};
        // A vertical wheel step scrolls five lines, a sideways one two; a line is ~20 CSS px.
        if (g->touch == State::Touch::Scroll)
            w.y = (y - g->touch_last_y) / device(100);
        else
            w.x = (x - g->touch_last_x) / device(40);
        g->touch_last_x = x, g->touch_last_y = y;
        push(w);
        return EM_TRUE;
    }
    default:
        return EM_FALSE;
    }
}

EM_BOOL on_touch_end(int type, const EmscriptenTouchEvent* e, void*) {
    const EmscriptenTouchPoint* t = find_touch(e, g->touch_id);
    if (!t || !t->isChanged) return EM_FALSE;
    const State::Touch was = g->touch;
    g->touch = State::Touch::None;
    if (type == EMSCRIPTEN_EVENT_TOUCHCANCEL) {
        if (was == State::Touch::Drag) touch_button(false);
        touch_pos(-FLT_MAX, -FLT_MAX);
        return EM_FALSE;
    }
    if (was == State::Touch::Pending) {
        // A tap on a field opens typed entry here, inside the event, so the keyboard shows.
        if (g->hooks.entry_at && g->hooks.entry_at(g->touch_x0, g->touch_y0)) {
            touch_pos(-FLT_MAX, -FLT_MAX);
            return EM_TRUE; // no mouse events after it: the <input> keeps the focus
        }
        touch_button(true); // a tap: press and release where it landed
        touch_button(false);
    } else if (was == State::Touch::Drag) {
        touch_pos(device(t->targetX), device(t->targetY));
        touch_button(false);
    }
    // Then no hover: a finger leaves nothing under it.
    touch_pos(-FLT_MAX, -FLT_MAX);
    return was == State::Touch::Pending || was == State::Touch::Drag ? EM_TRUE : EM_FALSE;
}

// [SECTION] Keys (only while the canvas has focus: the events are the canvas's own)
bool is_ctrl_combo(const EmscriptenKeyboardEvent* e) {
    return e->ctrlKey || e->metaKey;
}

// One code point when `key` is a single printable character ("a", "7", "$"), else 0.
unsigned printable(const char* key) {
    unsigned c = 0;
    const int n = ImTextCharFromUtf8(&c, key, nullptr);
    return n > 0 && key[n] == '\0' && c >= 32 && c != 127 ? c : 0;
}

EM_BOOL on_key(int type, const EmscriptenKeyboardEvent* e, void*) {
    const bool down = type == EMSCRIPTEN_EVENT_KEYDOWN;
    const ImGuiIO& io = ImGui::GetIO();
    // Ctrl+V: let the browser fire its paste event (see on_paste); the key goes in then.
    if (down && is_ctrl_combo(e) && e->keyCode == 'V') return EM_FALSE;
    Event k = with_mods(Event::Key, e);
    k.code = static_cast<int>(e->keyCode);
    k.down = down;
    push(k);
    bool wanted = io.WantCaptureKeyboard || io.WantTextInput;
    if (down && !is_ctrl_combo(e) && !e->altKey) {
        if (const unsigned c = printable(e->key)) {
            Event ch{Event::Char};
            ch.code = static_cast<int>(c);
            push(ch);
            wanted = wanted || io.WantTextInput;
        }
    }
    // Tab leaves the widget unless something in it is being edited; browser shortcuts
    // (Ctrl+L, Ctrl+plus...) always pass, except copy/cut/select-all while editing.
    if (is_ctrl_combo(e))
        return io.WantTextInput && (e->keyCode == 'C' || e->keyCode == 'X' || e->keyCode == 'A' ||
                                    e->keyCode == 'Z' || e->keyCode == 'Y')
                   ? EM_TRUE
                   : EM_FALSE;
    return wanted ? EM_TRUE : EM_FALSE;
}

// [SECTION] Focus and clipboard
EM_BOOL on_focus(int type, const EmscriptenFocusEvent*, void*) {
    ImGui::GetIO().AddFocusEvent(type == EMSCRIPTEN_EVENT_FOCUS);
    if (type == EMSCRIPTEN_EVENT_BLUR) { // keys held when focus left are released
        for (Event& e : g->queue)
            if (e.type == Event::Char) e.type = Event::Wheel, e.x = e.y = 0;
        ImGuiIO& io = ImGui::GetIO();
        std::fill(std::begin(io.KeysDown), std::end(io.KeysDown), false);
        io.KeyCtrl = io.KeyShift = io.KeyAlt = io.KeySuper = false;
    }
    wake();
    return EM_FALSE;
}

const char* get_clipboard(void*) {
    return g->clipboard.c_str();
}

void set_clipboard(void*, const char* text) {
    g->clipboard = text ? text : "";
    mlroi_html5_write_clipboard(g->clipboard.c_str());
}

// [SECTION] Sizing and scheduling
EM_BOOL on_animation_frame(double, void*) {
    g->frame_requested = false;
    if (g->frame) g->frame();
    return EM_FALSE; // one frame per request: idle costs nothing
}

void request_frame() {
    if (!g || g->frame_requested) return;
    g->frame_requested = true;
    emscripten_request_animation_frame(on_animation_frame, nullptr);
}

bool busy() {
    const ImGuiIO& io = ImGui::GetIO();
    if (!g->queue.empty() || io.WantTextInput || ImGui::IsAnyItemActive()) return true;
    for (bool b : io.MouseDown)
        if (b) return true;
    for (bool k : io.KeysDown)
        if (k) return true; // key repeat
    return false;
}

void resize() {
    const float scale = static_cast<float>(emscripten_get_device_pixel_ratio());
    if (g->auto_height) {
        // The band over the visible part of the element: its top is the content's y at the
        // canvas's top, rounded to whole device pixels.
        const double top = mlroi_html5_place_band(g->content_css, scale, g->max_device);
        g->view_y = std::round(static_cast<float>(top) * scale);
    }
    double css_w = 0, css_h = 0;
    emscripten_get_element_css_size(g->target.c_str(), &css_w, &css_h);
    const int w = std::max(1, static_cast<int>(std::lround(css_w * scale)));
    const int h = std::max(1, static_cast<int>(std::lround(css_h * scale)));
    if (w != g->fb_width || h != g->fb_height) {
        emscripten_set_canvas_element_size(g->target.c_str(), w, h);
        g->fb_width = w, g->fb_height = h;
    }
    const float text = static_cast<float>(mlroi_html5_text_scale());
    if (scale != g->scale || text != g->text_scale) {
        const bool had_fonts = g->scale > 0;
        g->scale = scale;
        g->text_scale = text;
        if (g->on_scale) g->on_scale(scale * text);
        if (had_fonts) {
            ImGui_ImplOpenGL3_DestroyFontsTexture();
            ImGui_ImplOpenGL3_CreateFontsTexture();
        }
    }
    ImGuiIO& io = ImGui::GetIO();
    io.DisplaySize = ImVec2(static_cast<float>(w), static_cast<float>(h));
    io.DisplayFramebufferScale = ImVec2(1, 1);
}

} // namespace

// Called from JavaScript: the container was resized, the device-pixel ratio or the colour
// scheme changed, or the page pasted text into this canvas.
extern "C" {
EMSCRIPTEN_KEEPALIVE void mlroi_platform_wake() {
    wake();
}
// The <input> of typed entry: Enter or leaving it (returns "" or why not); it closed.
EMSCRIPTEN_KEEPALIVE const char* mlroi_platform_text_commit(const char* text) {
    if (!g || !g->text_commit) return "";
    const char* message = g->text_commit(text ? text : "");
    g->text_message = message ? message : "";
    wake();
    return g->text_message.c_str();
}
EMSCRIPTEN_KEEPALIVE void mlroi_platform_text_closed() {
    if (!g) return;
    g->text_open = false;
    wake();
}
EMSCRIPTEN_KEEPALIVE void mlroi_platform_paste(const char* text) {
    if (!g) return;
    g->clipboard = text ? text : "";
    Event down{Event::Key}, up{Event::Key};
    down.code = up.code = 'V';
    down.down = true;
    down.ctrl = up.ctrl = true;
    push(down);
    push(up);
    Event release{Event::Char}; // modifiers back to none after the paste
    push(release);
}
}

// [SECTION] API
bool ImGui_ImplHtml5_Init(const char* canvas_target, void (*frame)(),
                          ImGui_ImplHtml5_ScaleFn on_scale) {
    g = new State();
    g->target = canvas_target;
    g->frame = frame;
    g->on_scale = on_scale;
    if (g->target == "!canvas") mlroi_html5_register_canvas();

    EmscriptenWebGLContextAttributes attrs;
    emscripten_webgl_init_context_attributes(&attrs);
    attrs.majorVersion = 2;
    attrs.minorVersion = 0;
    attrs.alpha = EM_FALSE;
    attrs.depth = EM_FALSE;
    attrs.stencil = EM_FALSE;
    attrs.antialias = EM_FALSE;
    g->gl = emscripten_webgl_create_context(canvas_target, &attrs);
    if (g->gl <= 0 || emscripten_webgl_make_context_current(g->gl) != EMSCRIPTEN_RESULT_SUCCESS)
        return false;
    GLint most = 0, dims[2] = {0, 0};
    glGetIntegerv(GL_MAX_RENDERBUFFER_SIZE, &most);
    glGetIntegerv(GL_MAX_VIEWPORT_DIMS, dims);
    g->max_device = std::clamp(std::min<int>(most, dims[1] > 0 ? dims[1] : most), 1024, 8192);
    g->auto_height = mlroi_html5_start_auto_height() != 0;
    if (g->auto_height) g->content_css = static_cast<float>(mlroi_html5_container_height());

    ImGuiIO& io = ImGui::GetIO();
    io.BackendPlatformName = "mlroi_html5";
    io.IniFilename = nullptr;
    io.SetClipboardTextFn = set_clipboard;
    io.GetClipboardTextFn = get_clipboard;
    // DOM key codes.
    const int map[][2] = {
        {ImGuiKey_Tab, 9},          {ImGuiKey_LeftArrow, 37}, {ImGuiKey_RightArrow, 39},
        {ImGuiKey_UpArrow, 38},     {ImGuiKey_DownArrow, 40}, {ImGuiKey_PageUp, 33},
        {ImGuiKey_PageDown, 34},    {ImGuiKey_Home, 36},      {ImGuiKey_End, 35},
        {ImGuiKey_Insert, 45},      {ImGuiKey_Delete, 46},    {ImGuiKey_Backspace, 8},
        {ImGuiKey_Space, 32},       {ImGuiKey_Enter, 13},     {ImGuiKey_Escape, 27},
        {ImGuiKey_KeyPadEnter, 13}, {ImGuiKey_A, 'A'},        {ImGuiKey_C, 'C'},
        {ImGuiKey_V, 'V'},          {ImGuiKey_X, 'X'},        {ImGuiKey_Y, 'Y'},
        {ImGuiKey_Z, 'Z'}};
    for (const auto& m : map) io.KeyMap[m[0]] = m[1];

    const char* t = canvas_target;
    emscripten_set_mousedown_callback(t, nullptr, EM_FALSE, on_mouse_down);
    emscripten_set_mousemove_callback(t, nullptr, EM_FALSE, on_mouse_move);
    emscripten_set_mouseleave_callback(t, nullptr, EM_FALSE, on_mouse_leave);
    emscripten_set_mousemove_callback(EMSCRIPTEN_EVENT_TARGET_WINDOW, nullptr, EM_FALSE,
                                      on_window_mouse_move);
    emscripten_set_mouseup_callback(EMSCRIPTEN_EVENT_TARGET_WINDOW, nullptr, EM_FALSE,
                                    on_window_mouse_up);
    emscripten_set_wheel_callback(t, nullptr, EM_FALSE, on_wheel);
    emscripten_set_touchstart_callback(t, nullptr, EM_FALSE, on_touch_start);
    emscripten_set_touchmove_callback(t, nullptr, EM_FALSE, on_touch_move);
    emscripten_set_touchend_callback(t, nullptr, EM_FALSE, on_touch_end);
    emscripten_set_touchcancel_callback(t, nullptr, EM_FALSE, on_touch_end);
    emscripten_set_keydown_callback(t, nullptr, EM_FALSE, on_key);
    emscripten_set_keyup_callback(t, nullptr, EM_FALSE, on_key);
    emscripten_set_focus_callback(t, nullptr, EM_FALSE, on_focus);
    emscripten_set_blur_callback(t, nullptr, EM_FALSE, on_focus);

    mlroi_html5_listen(); // container size, devicePixelRatio, colour scheme, paste: each wakes us
    mlroi_html5_watch_reader(); // text size, forced colours, prefers-contrast: each wakes us
    resize();
    wake();
    return true;
}

void ImGui_ImplHtml5_Shutdown() {
    if (!g) return;
    emscripten_html5_remove_all_event_listeners();
    if (g->gl > 0) emscripten_webgl_destroy_context(g->gl);
    delete g;
    g = nullptr;
}

void ImGui_ImplHtml5_NewFrame() {
    resize();
    ImGuiIO& io = ImGui::GetIO();
    const double now = emscripten_get_now();
    // Real time between frames, even after idling: double-clicks and key repeat need it.
    io.DeltaTime = g->last_time > 0
                       ? static_cast<float>(std::clamp((now - g->last_time) / 1000, 1e-4, 10.0))
                       : 1.0f / 60;
    g->last_time = now;
    apply_queue(io);
    ImGui_ImplOpenGL3_NewFrame();
}

void ImGui_ImplHtml5_Render(ImDrawData* draw_data, const ImVec4& clear) {
    emscripten_webgl_make_context_current(g->gl);
    glViewport(0, 0, g->fb_width, g->fb_height);
    glClearColor(clear.x, clear.y, clear.z, 1);
    glClear(GL_COLOR_BUFFER_BIT);
    ImGui_ImplOpenGL3_RenderDrawData(draw_data);
    if (++g->frame_count == 1) mlroi_html5_first_frame();
    if (g->frames_left > 0) --g->frames_left;
    if (g->frames_left > 0 || busy()) request_frame();
}

void ImGui_ImplHtml5_SetAppHooks(const ImGui_ImplHtml5_AppHooks& hooks) {
    if (g) g->hooks = hooks;
}

// [SECTION] Typed entry (the <input> is imgui_impl_html5_pre.js's)
void ImGui_ImplHtml5_OpenTextInput(const ImGui_ImplHtml5_TextInput& in) {
    if (!g) return;
    g->text_open = true;
    g->text_commit = in.commit;
    const ImVec4* c = ImGui::GetStyle().Colors;
    const float s = g->scale > 0 ? g->scale : 1;
    // Colours (0xAABBGGRR): the frame's, the text's, the active slider grab's (the border), the
    // error's.
    mlroi_html5_open_input(
        in.label, in.text, in.inputmode, ImGui::ColorConvertFloat4ToU32(c[ImGuiCol_FrameBg]),
        ImGui::ColorConvertFloat4ToU32(c[ImGuiCol_Text]),
        ImGui::ColorConvertFloat4ToU32(c[ImGuiCol_SliderGrabActive]), in.error_color, in.min.x / s,
        in.min.y / s, (in.max.x - in.min.x) / s, (in.max.y - in.min.y) / s);
}

void ImGui_ImplHtml5_PlaceTextInput(ImVec2 min, ImVec2 max) {
    if (!g || !g->text_open) return;
    const float s = g->scale > 0 ? g->scale : 1;
    mlroi_html5_place_input(min.x / s, min.y / s, (max.x - min.x) / s, (max.y - min.y) / s);
}

bool ImGui_ImplHtml5_TextInputOpen() {
    return g && g->text_open;
}

// [SECTION] Auto height
bool ImGui_ImplHtml5_AutoHeight() {
    return g && g->auto_height;
}

float ImGui_ImplHtml5_ViewY() {
    return g && g->auto_height ? g->view_y : 0;
}

void ImGui_ImplHtml5_SetContentHeight(float height) {
    if (!g || !g->auto_height || g->scale <= 0) return;
    const float css = std::ceil(height / g->scale - 0.01f);
    // Grows at once, shrinks only by more than 2 px: Dear ImGui floors positions toward zero,
    // so items above the canvas (negative y) with fractional heights measure a pixel or two
    // apart from where the band sat before, and the page must not jiggle as it scrolls.
    if (css < 1 || css == g->content_css || (css < g->content_css && css >= g->content_css - 2))
        return;
    g->content_css = css;
    mlroi_html5_set_height(css);
    wake(); // the band follows on the next frame
}

void ImGui_ImplHtml5_RevealY(float y) {
    if (!g) return;
    mlroi_html5_reveal(y / (g->scale > 0 ? g->scale : 1));
}

void ImGui_ImplHtml5_Wake() {
    wake();
}

bool ImGui_ImplHtml5_PrefersDark() {
    return mlroi_html5_prefers_dark() != 0;
}

float ImGui_ImplHtml5_TextScale() {
    return g && g->text_scale > 0 ? g->text_scale : 1;
}

bool ImGui_ImplHtml5_PrefersMoreContrast() {
    return mlroi_html5_more_contrast() != 0;
}

bool ImGui_ImplHtml5_ForcedColors(ImGui_ImplHtml5_SystemColors* colors) {
    int c[8] = {};
    if (!mlroi_html5_system_colors(c)) return false;
    if (colors) {
        unsigned* out[8] = {&colors->canvas,         &colors->canvas_text, &colors->highlight,
                            &colors->highlight_text, &colors->button_face, &colors->button_text,
                            &colors->gray_text,      &colors->link_text};
        for (int i = 0; i < 8; ++i) *out[i] = static_cast<unsigned>(c[i]) & 0xffffffu;
    }
    return true;
}

int ImGui_ImplHtml5_FrameCount() {
    return g ? g->frame_count : 0;
}
