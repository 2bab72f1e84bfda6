// field_info.hpp: every numeric input the widget offers: its label, what it means in the
// reader's words, how it is shown, its slider range, whether it may be left to the evidence,
// and where its default comes from (the catalog's sources: defaults, program presets, roles,
// and the evidence under presets "model" and "taxes").
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
    double lo, hi;         // slider range (typed entry may go beyond, up to the core's range)
    double step;           // slider rounding, in the field's own units (dollars, shares, years)
    const char* unit;      // for Whole: "years", "months"
    bool nullable = false; // null means "from the evidence" (resolve.hpp fills it)
};

// The spec for a path, or nullptr.
const FieldSpec* field_spec(const std::string& path);

// "Source: NCES Digest ..., 2018." or "Assumption: ...".
std::string describe(const mlroi::Provenance& p);

// The provenance of this field's default (the last applied preset's, else the defaults'),
// then the evidence behind a figure the analysis may fill: "Default: $27,776. Source: ...".
std::string provenance_text(const AppState& app, const std::string& path);

// The catalog's evidence behind `path` for this reader (preset_sources keys, "model.*" and
// "taxes.*", or a role's "entry_salary"), one "Evidence: ..." sentence each.
std::string evidence_sources(const AppState& app, const std::string& path);

// A value for display: "$27,776", "7.94%", "2 years", "3 months".
std::string format_value(const FieldSpec& spec, double value);

// Any field's value as the reader reads it: numbers by their spec, "yes"/"no", lists, and
// what null means there ("from the evidence", "real taxes", "none").
std::string value_words(const std::string& path, const json& value);

// The field's name in the reader's words: its spec's label, or the control's.
std::string field_label(const std::string& path);

} // namespace mlroi_web
