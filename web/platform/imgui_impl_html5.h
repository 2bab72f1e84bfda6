// dear imgui: Platform Backend for the web, on Emscripten's html5.h, bound to one canvas
// (mlroi's own backend; it replaces imgui_impl_glfw, whose JavaScript in Emscripten 3.1.6
// listens on the whole window and blocks the page's own keys). Renderer: imgui_impl_opengl3
// on WebGL2 ("#version 300 es").
//
// Implemented features:
//  [X] Platform: WebGL2 context on *this instance's* canvas, registered as "!canvas" through
//      specialHTMLTargets, so several module instances live on one page.
//  [X] Platform: Mouse (hover, click, drag that keeps tracking outside the canvas).
//  [X] Platform: Touch, with the page first (canvas touch-action: pan-y pinch-zoom): a tap
//      clicks (or opens typed entry, see below); a drag that starts on a slider (the app's
//      test) and moves mostly sideways drags it, as does any drag on a scrollbar; a sideways
//      swipe scrolls a sideways scroll area; every other swipe is the browser's, so the page
//      scrolls, and the widget's own scroll areas take a vertical swipe only when the page
//      cannot move that way (a widget as tall as the screen). Pinch-zoom stays the browser's.
//  [X] Platform: Mouse wheel scrolls the widget's own scroll areas; the page scrolls when the
//      widget cannot (at its ends) and Ctrl+wheel (browser zoom) is left alone.
//  [X] Platform: Auto height (Module.mlroiAutoHeight): the element is as tall as the content
//      the app reports each frame (ImGui_ImplHtml5_SetContentHeight), so the page scrolls it
//      and nothing inside does. The canvas covers only a band of about 1.5 screens over the
//      visible part, moved (and redrawn) when the visible part leaves it: a tall widget costs
//      what a short one does. The app shows its content from ImGui_ImplHtml5_ViewY() down.
//      In a cross-origin iframe the visible part comes from an IntersectionObserver.
//  [X] Platform: Typed entry in a real <input> over an item (ImGui_ImplHtml5_OpenTextInput),
//      opened inside the input event (a tap, a double-click or Ctrl+click on what the app
//      says is a field), so phones raise their keyboard: Enter commits through
//      the app, Escape cancels, a refusal shows beside it (aria-invalid), leaving commits.
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
//  [X] Platform: The reader's text size (ImGui_ImplHtml5_TextScale): the host element's
//      computed font-size (the browser's default font size, the page's CSS) and the browser's
//      minimum font size (measured: computed styles do not show it), followed live; the app's
//      scale callback gets device pixels x text scale, so fonts and sizes grow with the text.
//  [X] Platform: forced-colors: active reported with the system colours (Canvas, CanvasText,
//      Highlight, ...: ImGui_ImplHtml5_ForcedColors), and prefers-contrast: more
//      (ImGui_ImplHtml5_PrefersMoreContrast), both followed live.
//  [X] Platform: Input events queued and applied one button/key change per frame, so a fast
//      click (down and up between two frames) is never lost (Dear ImGui 1.86 has no queue).
//  [ ] Platform: Mouse cursor shapes; gamepads; IME composition.
//
// Use: Init once (after ImGui::CreateContext), then each frame, from the callback given to
// Init: NewFrame(), ImGui::NewFrame(), your UI, ImGui::Render(), Render(draw data).
#pragma once

#include "imgui.h"

// Called when the device-pixel ratio or the reader's text size changes (and once at start):
// rebuild fonts and style for `scale` = device pixels per CSS pixel x ImGui_ImplHtml5_TextScale().
// The backend re-uploads the font texture after.
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

// [SECTION] The app's side of touch and typed entry
// Device pixels, canvas coordinates; both are asked inside the touch event, from the rects of
// the last frame.
struct ImGui_ImplHtml5_AppHooks {
    // True when a press at (x, y) starts dragging a slider.
    bool (*slider_at)(float x, float y) = nullptr;
    // A tap, a double-click or a Ctrl+click at (x, y): true when the app opened typed entry
    // there (ImGui_ImplHtml5_OpenTextInput; the event is then no click).
    bool (*entry_at)(float x, float y) = nullptr;
};
void ImGui_ImplHtml5_SetAppHooks(const ImGui_ImplHtml5_AppHooks& hooks);

struct ImGui_ImplHtml5_TextInput {
    const char* label = "";            // its accessible name
    const char* text = "";             // what it holds at first (selected)
    const char* inputmode = "decimal"; // the soft keyboard: "decimal", "text"...
    ImVec2 min, max;                   // the item's rectangle (device pixels, canvas)
    ImU32 error_color = IM_COL32(192, 0, 0, 255);
    // Enter, or leaving the input: returns "" when applied (the input closes), else why not:
    // after Enter the input stays open with that message beside it (aria-invalid); after
    // leaving it closes (the app shows the message itself).
    const char* (*commit)(const char* text) = nullptr;
};
// Opens a DOM <input> over the item and focuses it. Call it inside an input event (a tap's
// handler: see AppHooks) so a phone raises its keyboard; elsewhere it works with a keyboard.
void ImGui_ImplHtml5_OpenTextInput(const ImGui_ImplHtml5_TextInput& input);
// Keeps the open input over its item (call each frame with the item's rectangle).
void ImGui_ImplHtml5_PlaceTextInput(ImVec2 min, ImVec2 max);
bool ImGui_ImplHtml5_TextInputOpen();

// [SECTION] Auto height (see the feature list)
bool ImGui_ImplHtml5_AutoHeight();
// Device pixels: the content's y shown at the canvas's top.
float ImGui_ImplHtml5_ViewY();
// The content's whole height (device pixels); the element follows it.
void ImGui_ImplHtml5_SetContentHeight(float height);
// Scrolls the page so that canvas y (device pixels) comes to the top of the screen.
void ImGui_ImplHtml5_RevealY(float y);

// Something outside the input changed (the JS API set a scenario): draw a few frames.
void ImGui_ImplHtml5_Wake();
bool ImGui_ImplHtml5_PrefersDark();
// The reader's text size against the widget's usual: the widget's body text is 0.8 of the host
// element's computed font-size (1 at 16 px), and never under the browser's minimum font size.
float ImGui_ImplHtml5_TextScale();
bool ImGui_ImplHtml5_PrefersMoreContrast();
// forced-colors: active: the system colours as 0xRRGGBB. False (colors untouched) when off.
struct ImGui_ImplHtml5_SystemColors {
    unsigned canvas = 0xffffff, canvas_text = 0, highlight = 0x0078d7, highlight_text = 0xffffff,
             button_face = 0xffffff, button_text = 0, gray_text = 0x6d6d6d, link_text = 0x0000ee;
};
bool ImGui_ImplHtml5_ForcedColors(ImGui_ImplHtml5_SystemColors* colors);
// Frames drawn so far (the benchmark and the tests read it through the module).
int ImGui_ImplHtml5_FrameCount();
