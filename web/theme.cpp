#include "theme.hpp"

namespace mlroi_web {

namespace {

Palette g_palette;

ImU32 rgb(unsigned hex) {
    return IM_COL32((hex >> 16) & 0xff, (hex >> 8) & 0xff, hex & 0xff, 0xff);
}
ImVec4 rgbf(unsigned hex, float alpha = 1) {
    return ImVec4(((hex >> 16) & 0xff) / 255.f, ((hex >> 8) & 0xff) / 255.f, (hex & 0xff) / 255.f,
                  alpha);
}

// Text colours meet WCAG AA (4.5:1) on their backgrounds in both themes.
void light(ImGuiStyle& s, Palette& p) {
    ImGui::StyleColorsLight(&s);
    ImVec4* c = s.Colors;
    c[ImGuiCol_Text] = rgbf(0x1c1e21);
    c[ImGuiCol_TextDisabled] = rgbf(0x5f6368);
    c[ImGuiCol_WindowBg] = rgbf(0xffffff);
    c[ImGuiCol_ChildBg] = rgbf(0xffffff, 0);
    c[ImGuiCol_PopupBg] = rgbf(0xfbfbfd);
    c[ImGuiCol_Border] = rgbf(0xd0d4da);
    c[ImGuiCol_FrameBg] = rgbf(0xeef1f5);
    c[ImGuiCol_FrameBgHovered] = rgbf(0xe1e7f0);
    c[ImGuiCol_FrameBgActive] = rgbf(0xd3dcea);
    c[ImGuiCol_SliderGrab] = rgbf(0x1f5fbf);
    c[ImGuiCol_SliderGrabActive] = rgbf(0x17489a);
    c[ImGuiCol_Button] = rgbf(0xeef1f5);
    c[ImGuiCol_ButtonHovered] = rgbf(0xdce5f3);
    c[ImGuiCol_ButtonActive] = rgbf(0x1f5fbf);
    c[ImGuiCol_Header] = rgbf(0xf1f4f8);
    c[ImGuiCol_HeaderHovered] = rgbf(0xe3eaf4);
    c[ImGuiCol_HeaderActive] = rgbf(0xd3dcea);
    c[ImGuiCol_CheckMark] = rgbf(0x1f5fbf);
    c[ImGuiCol_ScrollbarBg] = rgbf(0xffffff, 0);
    c[ImGuiCol_Separator] = rgbf(0xd0d4da);
    p.background = rgbf(0xffffff);
    p.text_muted = rgb(0x5f6368);
    p.good = rgb(0x146c2e);
    p.bad = rgb(0xb3261e);
    p.uncertain = rgb(0x8a5300);
    p.error = rgb(0xb3261e);
    p.risk[0] = rgb(0x0d5323), p.risk_bg[0] = rgb(0xd6f0dc);
    p.risk[1] = rgb(0x6b4500), p.risk_bg[1] = rgb(0xfbe8b4);
    p.risk[2] = rgb(0x8a2c00), p.risk_bg[2] = rgb(0xfdd9c4);
    p.risk[3] = rgb(0x8c1d18), p.risk_bg[3] = rgb(0xf9d0cc);
    p.bar[0] = rgb(0x1f5fbf), p.bar[1] = rgb(0x7aa7e6), p.bar[2] = rgb(0xc07c12);
    p.track = rgb(0xe4e8ee);
    p.highlight = rgb(0xe3edfb);
}

void dark(ImGuiStyle& s, Palette& p) {
    ImGui::StyleColorsDark(&s);
    ImVec4* c = s.Colors;
    c[ImGuiCol_Text] = rgbf(0xe8eaed);
    c[ImGuiCol_TextDisabled] = rgbf(0xa0a6ad);
    c[ImGuiCol_WindowBg] = rgbf(0x17191c);
    c[ImGuiCol_ChildBg] = rgbf(0x17191c, 0);
    c[ImGuiCol_PopupBg] = rgbf(0x22252a);
    c[ImGuiCol_Border] = rgbf(0x3a3f46);
    c[ImGuiCol_FrameBg] = rgbf(0x262a30);
    c[ImGuiCol_FrameBgHovered] = rgbf(0x2f343b);
    c[ImGuiCol_FrameBgActive] = rgbf(0x383e47);
    c[ImGuiCol_SliderGrab] = rgbf(0x8ab4f8);
    c[ImGuiCol_SliderGrabActive] = rgbf(0xaecbfa);
    c[ImGuiCol_Button] = rgbf(0x262a30);
    c[ImGuiCol_ButtonHovered] = rgbf(0x323842);
    c[ImGuiCol_ButtonActive] = rgbf(0x3d5a8a);
    c[ImGuiCol_Header] = rgbf(0x22252a);
    c[ImGuiCol_HeaderHovered] = rgbf(0x2c3036);
    c[ImGuiCol_HeaderActive] = rgbf(0x353a42);
    c[ImGuiCol_CheckMark] = rgbf(0x8ab4f8);
    c[ImGuiCol_ScrollbarBg] = rgbf(0x17191c, 0);
    c[ImGuiCol_Separator] = rgbf(0x3a3f46);
    p.background = rgbf(0x17191c);
    p.text_muted = rgb(0xa0a6ad);
    p.good = rgb(0x6fdc8c);
    p.bad = rgb(0xff8a80);
    p.uncertain = rgb(0xf0c050);
    p.error = rgb(0xff8a80);
    p.risk[0] = rgb(0xb7f0c4), p.risk_bg[0] = rgb(0x1d3b26);
    p.risk[1] = rgb(0xffe08a), p.risk_bg[1] = rgb(0x3d3214);
    p.risk[2] = rgb(0xffc09c), p.risk_bg[2] = rgb(0x4a2616);
    p.risk[3] = rgb(0xffb4ab), p.risk_bg[3] = rgb(0x4e1a17);
    p.bar[0] = rgb(0x8ab4f8), p.bar[1] = rgb(0x4a78c2), p.bar[2] = rgb(0xf2b35e);
    p.track = rgb(0x2c3036);
    p.highlight = rgb(0x1d2c44);
}

} // namespace

void theme_apply(Theme theme, float scale) {
    ImGuiStyle style;
    if (theme == Theme::Dark)
        dark(style, g_palette);
    else
        light(style, g_palette);
    style.WindowPadding = ImVec2(12, 10);
    style.FramePadding = ImVec2(8, 5);
    style.ItemSpacing = ImVec2(8, 6);
    style.ItemInnerSpacing = ImVec2(6, 4);
    style.IndentSpacing = 14;
    style.ScrollbarSize = 12;
    style.GrabMinSize = 14;
    style.WindowRounding = 0;
    style.ChildRounding = 0;
    style.FrameRounding = 4;
    style.GrabRounding = 4;
    style.PopupRounding = 4;
    style.ScrollbarRounding = 6;
    style.WindowBorderSize = 0;
    style.ChildBorderSize = 0;
    style.PopupBorderSize = 1;
    style.FrameBorderSize = 0;
    style.ScaleAllSizes(scale);
    ImGui::GetStyle() = style;
}

const Palette& palette() {
    return g_palette;
}

} // namespace mlroi_web
