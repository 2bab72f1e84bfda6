// checks.hpp: the checks every panel test ends a frame with.
#pragma once

#include "harness.hpp"

#include <doctest/doctest.h>

#include <string>
#include <vector>

namespace mlroi_test {

inline std::string join_lines(const std::vector<std::string>& lines) {
    std::string out;
    for (const std::string& l : lines) out += l + "\n";
    return out;
}

// No Dear ImGui assertion fired and nothing was drawn past the widget's edge (then the
// assertions are cleared for the next frame). `what` says which case, on failure.
inline void check_clean(const Harness& h, const std::string& what = "") {
    INFO(what);
    CHECK_MESSAGE(imgui_assertions().empty(), join_lines(imgui_assertions()));
    CHECK_MESSAGE(h.overflow().empty(), join_lines(h.overflow()));
    imgui_assertions().clear();
}

} // namespace mlroi_test
