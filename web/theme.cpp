#include "theme.hpp"

#include <initializer_list>

namespace mlroi_web {

namespace {

Palette g_palette;
SystemColors g_system;

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
    c[ImGuiCol_NavHighlight] = rgbf(0x1f5fbf);
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
    p.on_accent = rgb(0xffffff);
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
    c[ImGuiCol_NavHighlight] = rgbf(0x8ab4f8);
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
    p.on_accent = rgb(0xffffff);
}

// prefers-contrast: more: black text on white (white on black), borders drawn around every
// frame, and the meaning colours darker (lighter): 7:1 for text where it can be.
void light_more(ImGuiStyle& s, Palette& p) {
    light(s, p);
    ImVec4* c = s.Colors;
    c[ImGuiCol_Text] = rgbf(0x000000);
    c[ImGuiCol_TextDisabled] = rgbf(0x3c3c3c);
    c[ImGuiCol_Border] = rgbf(0x000000);
    c[ImGuiCol_Separator] = rgbf(0x3c3c3c);
    c[ImGuiCol_FrameBg] = rgbf(0xffffff);
    c[ImGuiCol_FrameBgHovered] = rgbf(0xe8eefa);
    c[ImGuiCol_FrameBgActive] = rgbf(0xd6e2f7);
    c[ImGuiCol_Button] = rgbf(0xffffff);
    c[ImGuiCol_ButtonHovered] = rgbf(0xe8eefa);
    c[ImGuiCol_ButtonActive] = rgbf(0x0b3d91);
    c[ImGuiCol_SliderGrab] = rgbf(0x0b3d91);
    c[ImGuiCol_SliderGrabActive] = rgbf(0x000000);
    c[ImGuiCol_CheckMark] = rgbf(0x0b3d91);
    c[ImGuiCol_Header] = rgbf(0xffffff);
    c[ImGuiCol_HeaderHovered] = rgbf(0xe8eefa);
    c[ImGuiCol_NavHighlight] = rgbf(0x000000);
    p.text_muted = rgb(0x3c3c3c);
    p.good = rgb(0x0a4a1c);
    p.bad = rgb(0x8c1d18);
    p.uncertain = rgb(0x5c3800);
    p.error = rgb(0x8c1d18);
    p.risk[0] = rgb(0x053014), p.risk_bg[0] = rgb(0xe3f5e7);
    p.risk[1] = rgb(0x4a3000), p.risk_bg[1] = rgb(0xfdf0cc);
    p.risk[2] = rgb(0x5e1d00), p.risk_bg[2] = rgb(0xfee6d8);
    p.risk[3] = rgb(0x6a1410), p.risk_bg[3] = rgb(0xfbe0dd);
    p.bar[0] = rgb(0x0b3d91), p.bar[1] = rgb(0x5a86c9), p.bar[2] = rgb(0x8a5300);
    p.track = rgb(0xc4c9d0);
    p.highlight = rgb(0xe3edfb);
}

void dark_more(ImGuiStyle& s, Palette& p) {
    dark(s, p);
    ImVec4* c = s.Colors;
    c[ImGuiCol_Text] = rgbf(0xffffff);
    c[ImGuiCol_TextDisabled] = rgbf(0xd0d0d0);
    c[ImGuiCol_WindowBg] = rgbf(0x000000);
    c[ImGuiCol_ChildBg] = rgbf(0x000000, 0);
    c[ImGuiCol_PopupBg] = rgbf(0x000000);
    c[ImGuiCol_Border] = rgbf(0xffffff);
    c[ImGuiCol_Separator] = rgbf(0xc8c8c8);
    c[ImGuiCol_FrameBg] = rgbf(0x000000);
    c[ImGuiCol_FrameBgHovered] = rgbf(0x1c2a40);
    c[ImGuiCol_FrameBgActive] = rgbf(0x263a5a);
    c[ImGuiCol_Button] = rgbf(0x000000);
    c[ImGuiCol_ButtonHovered] = rgbf(0x1c2a40);
    c[ImGuiCol_ButtonActive] = rgbf(0x1d4ea0);
    c[ImGuiCol_SliderGrab] = rgbf(0xaecbfa);
    c[ImGuiCol_SliderGrabActive] = rgbf(0xffffff);
    c[ImGuiCol_CheckMark] = rgbf(0xaecbfa);
    c[ImGuiCol_Header] = rgbf(0x000000);
    c[ImGuiCol_HeaderHovered] = rgbf(0x1c2a40);
    c[ImGuiCol_ScrollbarBg] = rgbf(0x000000, 0);
    c[ImGuiCol_NavHighlight] = rgbf(0xffffff);
    p.background = rgbf(0x000000);
    p.text_muted = rgb(0xd0d0d0);
    p.good = rgb(0x9df0b3);
    p.bad = rgb(0xffb4ab);
    p.uncertain = rgb(0xffe08a);
    p.error = rgb(0xffb4ab);
    p.bar[0] = rgb(0xaecbfa), p.bar[1] = rgb(0x5a86c9), p.bar[2] = rgb(0xf2b35e);
    p.track = rgb(0x3a3f46);
    p.highlight = rgb(0x1c2a40);
}

// forced-colors: active: only the system colours, meaning carried by words, lines and
// borders, not hue. Everything starts as CanvasText on Canvas.
void system(ImGuiStyle& s, Palette& p, const SystemColors& k) {
    ImGui::StyleColorsLight(&s);
    ImVec4* c = s.Colors;
    for (int i = 0; i < ImGuiCol_COUNT; ++i) c[i] = rgbf(k.canvas_text);
    for (ImGuiCol i : {ImGuiCol_WindowBg,
                       ImGuiCol_PopupBg,
                       ImGuiCol_FrameBg,
                       ImGuiCol_FrameBgHovered,
                       ImGuiCol_FrameBgActive,
                       ImGuiCol_TitleBg,
                       ImGuiCol_TitleBgActive,
                       ImGuiCol_TitleBgCollapsed,
                       ImGuiCol_MenuBarBg,
                       ImGuiCol_Header,
                       ImGuiCol_HeaderHovered,
                       ImGuiCol_HeaderActive,
                       ImGuiCol_Tab,
                       ImGuiCol_TabHovered,
                       ImGuiCol_TabActive,
                       ImGuiCol_TabUnfocused,
                       ImGuiCol_TabUnfocusedActive,
                       ImGuiCol_TableHeaderBg,
                       ImGuiCol_TableRowBg,
                       ImGuiCol_TableRowBgAlt})
        c[i] = rgbf(k.canvas);
    c[ImGuiCol_ChildBg] = rgbf(k.canvas, 0);
    c[ImGuiCol_ScrollbarBg] = rgbf(k.canvas, 0);
    c[ImGuiCol_ModalWindowDimBg] = rgbf(k.canvas, 0);
    c[ImGuiCol_NavWindowingDimBg] = rgbf(k.canvas, 0);
    c[ImGuiCol_TextDisabled] = rgbf(k.gray_text);
    c[ImGuiCol_Button] = rgbf(k.button_face);
    c[ImGuiCol_ButtonHovered] = rgbf(k.button_face);
    c[ImGuiCol_ButtonActive] = rgbf(k.highlight);
    for (ImGuiCol i :
         {ImGuiCol_SliderGrab, ImGuiCol_SliderGrabActive, ImGuiCol_CheckMark, ImGuiCol_NavHighlight,
          ImGuiCol_TextSelectedBg, ImGuiCol_ScrollbarGrabActive})
        c[i] = rgbf(k.highlight);
    p.background = rgbf(k.canvas);
    p.text_muted = p.good = p.bad = p.uncertain = p.error = rgb(k.canvas_text);
    for (int level = 0; level < 4; ++level)
        p.risk[level] = rgb(k.canvas_text), p.risk_bg[level] = rgb(k.canvas);
    p.bar[0] = rgb(k.canvas_text), p.bar[1] = rgb(k.highlight), p.bar[2] = rgb(k.link_text);
    p.track = rgb(k.gray_text);
    p.highlight = rgb(k.canvas);
    p.on_accent = rgb(k.highlight_text);
}

} // namespace

void theme_apply(Theme theme, float scale) {
    ImGuiStyle style;
    switch (theme) {
    case Theme::Dark:
        dark(style, g_palette);
        break;
    case Theme::LightMore:
        light_more(style, g_palette);
        break;
    case Theme::DarkMore:
        dark_more(style, g_palette);
        break;
    case Theme::System:
        system(style, g_palette, g_system);
        break;
    default:
        light(style, g_palette);
        break;
    }
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
    // High contrast and forced colours: every frame outlined (Border), not told by its fill.
    style.FrameBorderSize =
        theme == Theme::LightMore || theme == Theme::DarkMore || theme == Theme::System ? 1 : 0;
    style.ScaleAllSizes(scale);
    ImGui::GetStyle() = style;
}

void theme_system_colors(const SystemColors& colors) {
    g_system = colors;
}

const Palette& palette() {
    return g_palette;
}

} // namespace mlroi_web
