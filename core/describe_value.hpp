// describe_value.hpp: how a message quotes what the reader gave. Every problem is one short
// line on a terminal, whatever the input: text is escaped (no control character, newline or
// broken UTF-8 gets through) and capped (a 10 MB value gives a line of a few dozen bytes).
#pragma once

#include <nlohmann/json.hpp>

#include <cstddef>
#include <string>

namespace mlroi {

// The most bytes of a value (or key) a message quotes.
inline constexpr std::size_t kPreviewBytes = 40;

// `text` with JSON's escapes for control characters, DEL, C1 controls and U+2028/U+2029
// ("\n", "\u001b", "\u0000"), and "\xNN" for a byte that is not UTF-8; with `quotes`, '"' and
// '\' too. At most `max_bytes` of output, cut between characters and ended with "…" if cut.
std::string escape_text(const std::string& text, std::size_t max_bytes = kPreviewBytes,
                        bool quotes = true);

// A value as a message shows it: as JSON when short (-5, "abc", null, [1,2]), otherwise its
// type and size and the start of it: a string of 10485760 characters: "xxxx…".
std::string describe_value(const nlohmann::json& v);

} // namespace mlroi
