#include "harness.hpp"

#include "ui.hpp"

#include "imgui_internal.h"

#include <cstdio>
#include <map>

namespace mlroi_test {

std::vector<std::string>& imgui_assertions() {
    static std::vector<std::string> list;
    return list;
}

// [SECTION] Test-engine hooks: every item's rectangle (ItemAdd) and label (ItemInfo)
namespace {
std::map<ImGuiID, Item> g_items; // this frame
} // namespace

struct HookAccess {
    static void collect(Harness& h) {
        h.items_.clear();
        for (auto& [id, item] : g_items) h.items_.push_back(item);
        g_items.clear();
    }
};

} // namespace mlroi_test

using mlroi_test::g_items;

void mlroi_test_imgui_assert(const char* expression, const char* file, int line) {
    mlroi_test::imgui_assertions().push_back(std::string(expression) + " at " + file + ":" +
                                             std::to_string(line));
}

void ImGuiTestEngineHook_ItemAdd(ImGuiContext*, const ImRect& bb, ImGuiID id) {
    mlroi_test::Item& item = g_items[id ? id : static_cast<ImGuiID>(0x80000000u + g_items.size())];
    item.id = id;
    item.window = GImGui->CurrentWindow ? GImGui->CurrentWindow->Name : "";
    item.x0 = bb.Min.x, item.y0 = bb.Min.y, item.x1 = bb.Max.x, item.y1 = bb.Max.y;
}

void ImGuiTestEngineHook_ItemInfo(ImGuiContext*, ImGuiID id, const char* label,
                                  ImGuiItemStatusFlags) {
    auto it = g_items.find(id);
    if (it == g_items.end() || !label) return;
    std::string text = label;
    const size_t hashes = text.find("##");
    it->second.label = hashes == std::string::npos ? text : text.substr(0, hashes);
}

void ImGuiTestEngineHook_Log(ImGuiContext*, const char*, ...) {}
const char* ImGuiTestEngine_FindItemDebugLabel(ImGuiContext*, ImGuiID) {
    return nullptr;
}

namespace mlroi_test {

// [SECTION] Harness
Harness::Harness(float css_width, float css_height, float scale, mlroi_web::Theme theme) {
    IMGUI_CHECKVERSION();
    context_ = ImGui::CreateContext();
    ImGui::SetCurrentContext(context_); // CreateContext only does so for the first one
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;
    io.DisplaySize = ImVec2(css_width * scale, css_height * scale);
    io.DeltaTime = 1.0f / 60;
    io.KeyMap[ImGuiKey_Enter] = kKeyEnter;
    io.KeyMap[ImGuiKey_Backspace] = kKeyBackspace;
    io.KeyMap[ImGuiKey_Tab] = kKeyTab;
    ui.scale = scale;
    mlroi_web::fonts_build(ui.fonts, scale);
    unsigned char* pixels = nullptr;
    int w = 0, h = 0;
    io.Fonts->GetTexDataAsRGBA32(&pixels, &w, &h); // builds the atlas, as a renderer would
    mlroi_web::theme_apply(theme, scale);
    GImGui->TestEngineHookItems = true;
    mlroi_web::app_init(app);
}

Harness::~Harness() {
    ImGui::DestroyContext(context_);
}

void Harness::frame(int count) {
    for (int i = 0; i < count; ++i) {
        ImGui::SetCurrentContext(context_);
        GImGui->TestEngineHookItems = true;
        g_items.clear();
        ImGui::NewFrame();
        mlroi_web::draw_app(app, ui);
        ImGui::Render();
        HookAccess::collect(*this);

        // Nothing past the right edge: no item rectangle, no vertex.
        overflow_.clear();
        const float right = ImGui::GetIO().DisplaySize.x + 0.5f;
        for (const Item& item : items_)
            // Dear ImGui's implicit "Debug" window registers its title bar but is never drawn.
            if (item.x1 > right && item.window != "Debug##Default")
                overflow_.push_back("item \"" + item.label + "\" in " + item.window + " (" +
                                    std::to_string(item.x0) + ", " + std::to_string(item.y0) +
                                    ") ends at x=" + std::to_string(item.x1));
        const ImDrawData* data = ImGui::GetDrawData();
        for (int l = 0; l < data->CmdListsCount; ++l) {
            const ImDrawList* list = data->CmdLists[l];
            for (const ImDrawCmd& cmd : list->CmdBuffer) {
                if (cmd.ClipRect.z > right)
                    overflow_.push_back("clip rect of " +
                                        std::string(list->_OwnerName ? list->_OwnerName : "?") +
                                        " ends at x=" + std::to_string(cmd.ClipRect.z));
            }
            for (const ImDrawVert& v : list->VtxBuffer)
                if (v.pos.x > right) {
                    overflow_.push_back("vertex of " +
                                        std::string(list->_OwnerName ? list->_OwnerName : "?") +
                                        " at x=" + std::to_string(v.pos.x));
                    break;
                }
        }
    }
}

const Item* Harness::find(const std::string& label) const {
    for (const Item& item : items_)
        if (item.label == label) return &item;
    return nullptr;
}

std::vector<std::string> Harness::overflow() const {
    return overflow_;
}

void Harness::move(float x, float y, int frames) {
    ImGui::GetIO().MousePos = ImVec2(x, y);
    frame(frames);
}
void Harness::press(int frames) {
    ImGui::GetIO().MouseDown[0] = true;
    frame(frames);
}
void Harness::release(int frames) {
    ImGui::GetIO().MouseDown[0] = false;
    frame(frames);
}
void Harness::click(float x, float y) {
    move(x, y);
    press();
    release();
}
void Harness::double_click(float x, float y) {
    click(x, y);
    click(x, y);
    frame();
}
void Harness::type(const std::string& text) {
    for (char c : text) {
        ImGui::GetIO().AddInputCharacter(static_cast<unsigned char>(c));
        frame();
    }
}
void Harness::click_item(const std::string& key) {
    frame();
    const mlroi_web::ItemRect r = ui.rects.at(key); // a copy: the map is rebuilt each frame
    click(r.x + r.w / 2, r.y + r.h / 2);
}

void Harness::type_into(const std::string& path, const std::string& text) {
    frame(2);
    const mlroi_web::ItemRect r = ui.rects.at(path);
    double_click(r.x + r.w / 2, r.y + r.h / 2);
    frame();
    type(text);
}

void Harness::key(int imgui_key) {
    ImGui::GetIO().KeysDown[imgui_key] = true;
    frame();
    ImGui::GetIO().KeysDown[imgui_key] = false;
    frame();
}

} // namespace mlroi_test
