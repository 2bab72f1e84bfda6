// field_info.hpp: every input the widget offers: its label, what it means in the reader's
// words, how it is shown, its slider range, and where its default comes from (the
// catalog's sources: defaults, program presets, role presets).
#pragma once

#include "app_state.hpp"

#include <string>

namespace mlroi_web {

enum class Kind {
    Money,   // "$27,776"
    Percent, // a share shown as "7.94%"
    Years,   // "2 years" (halves allowed)
    Whole,   // an integer with a unit
};

struct FieldSpec {
    const char* path;    // scenario field, e.g. "program.tuition_per_year"
    const char* label;   // "Tuition per year"
    const char* meaning; // one or two sentences for the tooltip
    Kind kind;
    double lo, hi;    // slider range (typed entry may go beyond, up to the core's range)
    double step;      // slider rounding, in the field's own units (dollars, shares, years)
    const char* unit; // for Whole: "years", "months"
};

// The spec for a path, or nullptr.
const FieldSpec* field_spec(const std::string& path);

// "Default: $27,776. Source: NCES Digest ..., 2018." or "Assumption: ...": the provenance of
// the current default for this field (the last applied preset's, else the defaults').
std::string provenance_text(const AppState& app, const std::string& path);

// A value for display: "$27,776", "7.94%", "2 years", "3 months".
std::string format_value(const FieldSpec& spec, double value);

} // namespace mlroi_web
