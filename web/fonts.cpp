#include "fonts.hpp"

extern const unsigned char roboto_Regular_ttf[];
extern const unsigned int roboto_Regular_ttf_len;
extern const unsigned char roboto_Medium_ttf[];
extern const unsigned int roboto_Medium_ttf_len;

namespace mlroi_web {

namespace {
// The glyphs web/make_fonts.sh keeps (zero-terminated pairs).
const ImWchar kRanges[] = {0x0020, 0x007E, 0x00A0, 0x00A0, 0x00B7, 0x00B7, 0x00D7, 0x00D7, 0x2013,
                           0x2014, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2022, 0x2026, 0x2026,
                           0x2190, 0x2193, 0x2212, 0x2212, 0x2264, 0x2265, 0};

ImFont* add(const unsigned char* data, unsigned int size, float pixels, float scale) {
    ImFontConfig config;
    config.FontDataOwnedByAtlas = false; // static data
    // Sub-pixel positions matter less on dense screens.
    config.OversampleH = scale < 1.5f ? 2 : 1;
    config.OversampleV = 1;
    config.PixelSnapH = false;
    return ImGui::GetIO().Fonts->AddFontFromMemoryTTF(
        const_cast<unsigned char*>(data), static_cast<int>(size), pixels, &config, kRanges);
}
} // namespace

void fonts_build(Fonts& fonts, float scale) {
    ImFontAtlas* atlas = ImGui::GetIO().Fonts;
    atlas->Clear();
    atlas->Flags |= ImFontAtlasFlags_NoPowerOfTwoHeight; // a smaller texture to upload
    fonts.body = add(roboto_Regular_ttf, roboto_Regular_ttf_len, 15 * scale, scale);
    fonts.strong = add(roboto_Medium_ttf, roboto_Medium_ttf_len, 15 * scale, scale);
    fonts.large = add(roboto_Medium_ttf, roboto_Medium_ttf_len, 19 * scale, scale);
    fonts.scale = scale;
    ImGui::GetIO().FontDefault = fonts.body;
}

} // namespace mlroi_web
