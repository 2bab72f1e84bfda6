// dear imgui: Platform Backend for the web, on Emscripten's html5.h, bound to one canvas
// (mlroi's own backend; it replaces imgui_impl_glfw, whose JavaScript in Emscripten 3.1.6
// listens on the whole window and blocks the page's own keys). Renderer: imgui_impl_opengl3
// on WebGL2 ("#version 300 es").
//
// Implemented features:
//  [X] Platform: WebGL2 context on *this instance's* canvas, registered as "!canvas" through
//      specialHTMLTargets, so several module instances live on one page.
//  [X] Platform: Mouse (hover, click, drag that keeps tracking outside the canvas).
//  [X] Platform: Touch: tap clicks; a horizontal drag drags (sliders); a vertical swipe
//      scrolls the widget while it can, then the page.
//  [X] Platform: Mouse wheel scrolls the widget's own scroll areas; the page scrolls when the
//      widget cannot (at its ends) and Ctrl+wheel (browser zoom) is left alone.
//  [X] Platform: Keyboard and text only while the canvas has focus (tabindex=0); a key is
//      kept from the page (preventDefault) only when Dear ImGui wants it, so Tab leaves the
//      widget when nothing is being edited. The page's own fields are never touched.
//  [X] Platform: Clipboard through the browser (navigator.clipboard.writeText on copy; the
//      page's paste event on Ctrl+V).
//  [X] Platform: Device-pixel sizing: the canvas follows its container (ResizeObserver) and
//      devicePixelRatio (browser zoom included); on a ratio change the app's font callback
//      rebuilds the fonts and the font texture is re-uploaded.
//  [X] Platform: Idle: frames are drawn only after input or a wake-up, plus a few to let
//      widgets settle (a dirty counter), and while something is held or being edited.
//      Nothing is drawn when nothing changes (requestAnimationFrame is not even requested).
//  [X] Platform: prefers-color-scheme reported (and followed live) for light/dark themes.
//  [X] Platform: Input events queued and applied one button/key change per frame, so a fast
//      click (down and up between two frames) is never lost (Dear ImGui 1.86 has no queue).
//  [ ] Platform: Mouse cursor shapes; gamepads; IME composition.
//  [ ] Platform: On-screen keyboard for typed entry on touch devices (a canvas cannot raise
//      it; typed entry there needs a hidden <input>, not done yet).
//
// Use: Init once (after ImGui::CreateContext), then each frame, from the callback given to
// Init: NewFrame(), ImGui::NewFrame(), your UI, ImGui::Render(), Render(draw data).
#pragma once

#include "imgui.h"

// Called when the device-pixel ratio changes (and once at start): rebuild fonts and style
// for `scale` device pixels per CSS pixel. The backend re-uploads the font texture after.
typedef void (*ImGui_ImplHtml5_ScaleFn)(float scale);

// `canvas_target` is a selector for emscripten/html5.h, normally "!canvas" (Module.canvas).
// `frame` draws one frame; the backend calls it from requestAnimationFrame when needed.
bool ImGui_ImplHtml5_Init(const char* canvas_target, void (*frame)(),
                          ImGui_ImplHtml5_ScaleFn on_scale);
void ImGui_ImplHtml5_Shutdown();
// Sizes the canvas, applies queued input, and starts the renderer's frame.
void ImGui_ImplHtml5_NewFrame();
// Clears with `clear` and draws; then decides whether another frame is needed.
void ImGui_ImplHtml5_Render(ImDrawData* draw_data, const ImVec4& clear);

// Something outside the input changed (the JS API set a scenario): draw a few frames.
void ImGui_ImplHtml5_Wake();
bool ImGui_ImplHtml5_PrefersDark();
float ImGui_ImplHtml5_Scale();
// Frames drawn so far (the benchmark and the tests read it through the module).
int ImGui_ImplHtml5_FrameCount();
