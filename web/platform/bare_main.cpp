// bare_main.cpp: the benchmark's baseline, a bare Dear ImGui page (one window, a few widgets,
// the default font) on the same platform layer, renderer and compiler flags as the widget.
// Not part of the widget.
#include "imgui_impl_html5.h"

#include "imgui.h"
#include "imgui_impl_opengl3.h"

namespace {

float g_value = 0.5f;
bool g_check = true;

void on_scale(float scale) {
    ImGuiIO& io = ImGui::GetIO();
    io.Fonts->Clear();
    ImFontConfig config;
    config.SizePixels = 13 * scale;
    io.Fonts->AddFontDefault(&config);
    ImGuiStyle style;
    ImGui::StyleColorsLight(&style);
    style.ScaleAllSizes(scale);
    ImGui::GetStyle() = style;
}

void frame() {
    ImGui_ImplHtml5_NewFrame();
    ImGui::NewFrame();
    ImGui::SetNextWindowPos(ImVec2(0, 0));
    ImGui::SetNextWindowSize(ImGui::GetIO().DisplaySize);
    ImGui::Begin("bare", nullptr, ImGuiWindowFlags_NoDecoration);
    ImGui::TextUnformatted("A bare Dear ImGui page");
    ImGui::SliderFloat("value", &g_value, 0, 1);
    ImGui::Checkbox("check", &g_check);
    ImGui::Button("button");
    ImGui::End();
    ImGui::Render();
    ImGui_ImplHtml5_Render(ImGui::GetDrawData(), ImVec4(1, 1, 1, 1));
}

} // namespace

int main() {
    ImGui::CreateContext();
    if (!ImGui_ImplHtml5_Init("!canvas", frame, on_scale)) return 0;
    ImGui_ImplOpenGL3_Init("#version 300 es");
    return 0;
}
