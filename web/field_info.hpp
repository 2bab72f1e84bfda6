// field_info.hpp: the widget's words about a field beyond its row in the field table
// (core/fields.hpp): where its default comes from (the catalog's sources: defaults, program
// presets, roles, and the evidence under presets "model" and "taxes") and its value in words.
#pragma once

#include "app_state.hpp"

#include "fields.hpp"

#include <string>

namespace mlroi_web {

// The field table's rows (core/fields.hpp): labels, help, kinds, ranges and options are there.
using FieldSpec = mlroi::Field;
using Kind = mlroi::FieldKind;

// The row for a path the widget offers a slider for, or nullptr.
const FieldSpec* field_spec(const std::string& path);

// "Source: NCES Digest ..., 2018." or "Assumption: ...".
std::string describe(const mlroi::Provenance& p);

// The provenance of this field's default (the last applied preset's, else the defaults'),
// then the evidence behind a figure the analysis may fill: "Default: $27,776. Source: ...".
std::string provenance_text(const AppState& app, const std::string& path);

// The catalog's evidence behind `path` for this reader (preset_sources keys, "model.*" and
// "taxes.*", or a role's "entry_salary"), one "Evidence: ..." sentence each.
std::string evidence_sources(const AppState& app, const std::string& path);

// Any field's value as the reader reads it: numbers on a slider by their row (format_value),
// "yes"/"no", lists, and what null means there ("from the evidence", "real taxes", "none").
std::string value_words(const std::string& path, const json& value);

// The field's name in the reader's words: its row's label, or the path.
std::string field_label(const std::string& path);

} // namespace mlroi_web
