// harness.hpp: the widget's panels in a Dear ImGui context with no renderer (1.86's
// example_null pattern), driven by simulated mouse and keyboard input, with every item's
// label and rectangle recorded through the test-engine hooks.
#pragma once

#include "app_state.hpp"
#include "theme.hpp"
#include "ui_state.hpp"

#include "imgui.h"

#include <string>
#include <vector>

namespace mlroi_test {

struct Item {
    unsigned id = 0;
    std::string label;
    std::string window; // name of the window it is in
    float x0 = 0, y0 = 0, x1 = 0, y1 = 0;
};

// Dear ImGui assertions that fired (expression, file:line), across all harnesses.
std::vector<std::string>& imgui_assertions();

class Harness {
  public:
    Harness(float css_width, float css_height = 720, float scale = 1,
            mlroi_web::Theme theme = mlroi_web::Theme::Light);
    ~Harness();
    Harness(const Harness&) = delete;
    Harness& operator=(const Harness&) = delete;

    void frame(int count = 1);

    // Items drawn in the last frame: by exact label (the part before "##"), or nullptr.
    const Item* find(const std::string& label) const;
    const std::vector<Item>& items() const { return items_; }

    // Anything drawn past the display's right edge in the last frame: one line each.
    std::vector<std::string> overflow() const;

    void move(float x, float y, int frames = 1);
    void press(int frames = 1);
    void release(int frames = 1);
    void click(float x, float y);
    void double_click(float x, float y);
    void type(const std::string& text);
    void key(int imgui_key);

    // By the keys the widget records (UiState::rects): a click at the item's centre; a
    // double-click on a slider, which turns it into a text box, then `text` typed into it.
    void click_item(const std::string& key);
    void type_into(const std::string& path, const std::string& text);

    mlroi_web::AppState app;
    mlroi_web::UiState ui;

  private:
    ImGuiContext* context_ = nullptr;
    std::vector<Item> items_;
    std::vector<std::string> overflow_;
    friend struct HookAccess;
};

// Key indices the harness maps in io.KeyMap (as the web platform maps DOM key codes).
inline constexpr int kKeyEnter = 13, kKeyBackspace = 8, kKeyTab = 9;

} // namespace mlroi_test
