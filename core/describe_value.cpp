#include "describe_value.hpp"

#include <cstdio>
#include <cstring>
#include <string_view>

namespace mlroi {

namespace {

// The length of the UTF-8 character at text[i] and its code point; 0 when the bytes there are
// not UTF-8 (a stray continuation, a truncated or overlong sequence, a surrogate).
std::size_t utf8_at(const std::string& text, std::size_t i, unsigned& code) {
    const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(text[k]); };
    const unsigned lead = byte(i);
    std::size_t n = lead < 0x80       ? 1
                    : lead >> 5 == 6  ? 2
                    : lead >> 4 == 14 ? 3
                    : lead >> 3 == 30 ? 4
                                      : 0;
    if (n == 0 || i + n > text.size()) return 0;
    code = n == 1 ? lead : lead & (0x7F >> n);
    for (std::size_t k = 1; k < n; ++k) {
        if (byte(i + k) >> 6 != 2) return 0;
        code = code << 6 | (byte(i + k) & 0x3F);
    }
    static const unsigned kMin[] = {0, 0, 0x80, 0x800, 0x10000};
    if (code < kMin[n] || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF)) return 0;
    return n;
}

const char kControls[] = "\n\r\t\b\f"; // JSON's short escapes, in the order of "nrtbf"

// Appends `text` escaped while `out` stays within `limit` bytes; false when it had to stop.
bool append_escaped(std::string& out, const std::string& text, std::size_t limit, bool quotes) {
    for (std::size_t i = 0; i < text.size();) {
        unsigned code = 0;
        std::size_t n = utf8_at(text, i, code);
        char unit[12] = {};
        if (n == 0) {
            std::snprintf(unit, sizeof unit, "\\x%02X", static_cast<unsigned char>(text[i]));
            n = 1;
        } else if (quotes && (code == '"' || code == '\\')) {
            unit[0] = '\\';
            unit[1] = static_cast<char>(code);
        } else if (const char* c =
                       code && code < 0x20 ? std::strchr(kControls, int(code)) : nullptr) {
            unit[0] = '\\';
            unit[1] = "nrtbf"[c - kControls];
        } else if (code < 0x20 || (code >= 0x7F && code < 0xA0) || code == 0x2028 ||
                   code == 0x2029) {
            std::snprintf(unit, sizeof unit, "\\u%04x", code);
        } else {
            text.copy(unit, n, i);
        }
        const std::string_view piece(unit);
        if (out.size() + piece.size() > limit) return false;
        out += piece;
        i += n;
    }
    return true;
}

// Appends `v` as compact JSON while `out` stays within `limit` bytes; false when it had to
// stop. Each level writes a bracket before it descends, so recursion stays under `limit`.
bool append_json(std::string& out, const nlohmann::json& v, std::size_t limit) {
    const auto put = [&](const std::string& s) {
        if (out.size() + s.size() > limit) return false;
        out += s;
        return true;
    };
    if (v.is_string())
        return put("\"") && append_escaped(out, v.get_ref<const std::string&>(), limit, true) &&
               put("\"");
    if (v.is_array() || v.is_object()) {
        if (!put(v.is_array() ? "[" : "{")) return false;
        bool first = true;
        for (auto it = v.begin(); it != v.end(); ++it, first = false) {
            if (!first && !put(",")) return false;
            if (v.is_object() &&
                !(put("\"") && append_escaped(out, it.key(), limit, true) && put("\":")))
                return false;
            if (!append_json(out, *it, limit)) return false;
        }
        return put(v.is_array() ? "]" : "}");
    }
    return put(v.dump()); // a number, true, false or null: a few bytes
}

std::string count(std::size_t n, const char* one, const char* many) {
    return std::to_string(n) + " " + (n == 1 ? one : many);
}

} // namespace

std::string escape_text(const std::string& text, std::size_t max_bytes, bool quotes) {
    std::string out;
    if (!append_escaped(out, text, max_bytes, quotes)) out += "…";
    return out;
}

std::string describe_value(const nlohmann::json& v) {
    std::string preview;
    if (append_json(preview, v, kPreviewBytes)) return preview;
    std::string kind;
    if (v.is_string()) {
        std::size_t characters = 0;
        for (const char c : v.get_ref<const std::string&>())
            characters += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
        kind = "a string of " + count(characters, "character", "characters");
    } else if (v.is_array()) {
        kind = "an array of " + count(v.size(), "item", "items");
    } else {
        kind = "an object of " + count(v.size(), "field", "fields");
    }
    return kind + ": " + preview + "…" + (v.is_string() ? "\"" : "");
}

} // namespace mlroi
