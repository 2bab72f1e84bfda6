// fields.hpp: the one table of scenario fields. For every leaf of the scenario JSON: its path,
// its name and help in the reader's words, its kind and unit, the range the core enforces,
// the slider the widget offers, whether null is accepted (and what it means), and the options
// of a choice or a set. The reader (scenario.cpp) takes its ranges and option lists from here,
// the widget its labels, help, sliders and options, the tornado its labels, and README's
// field table is `mlroi fields --markdown`. A label, a range or an option list is written once.
#pragma once

#include <nlohmann/json.hpp>

#include <string>
#include <vector>

namespace mlroi {

struct Catalog;

enum class FieldKind {
    Money, // dollars, shown "$27,776"
    Rate,  // a share of 1, shown "7.94%"
    Years, // a length in years, halves allowed: "2 years", "1.5 years"
    Count, // a whole number, with its unit: "30 years", "3 months"
    Choice,
    YesNo,
    Set,  // a list of distinct options (the prerequisites held)
    Text, // free text, up to `max` characters
};
NLOHMANN_JSON_SERIALIZE_ENUM(FieldKind, {{FieldKind::Money, "money"},
                                         {FieldKind::Rate, "rate"},
                                         {FieldKind::Years, "years"},
                                         {FieldKind::Count, "count"},
                                         {FieldKind::Choice, "choice"},
                                         {FieldKind::YesNo, "yes_no"},
                                         {FieldKind::Set, "set"},
                                         {FieldKind::Text, "text"}})

struct FieldOption {
    std::string key;   // as in the JSON: "in_person"
    std::string label; // as the reader reads it: "In person"
};

// What null means, for the fields that accept it.
inline constexpr const char* kFromEvidence = "from the evidence"; // resolve.hpp fills it

struct Field {
    const char* path;  // "program.tuition_per_year"
    const char* label; // "Tuition per year"
    const char* help;  // what it means, in a sentence or two
    FieldKind kind;
    const char* unit = "";            // what a number counts: "$ a year", "share", "months"; or ""
    double min = 0, max = 0;          // what the core accepts (Text and Choice: max characters)
    double lo = 0, hi = 0;            // the widget's slider; typed entry may go up to min and max
    double step = 0;                  // the slider's rounding, in the field's units; 0: no slider
    const char* null_means = nullptr; // null is accepted and means this; nullptr: refused
    std::vector<FieldOption> options; // Choice and Set, in the order they are offered
    const char* options_from = nullptr; // "roles": the options are the catalog's roles
    const char* short_label = nullptr;  // in the tornado, where it differs from `label`
};

void to_json(nlohmann::json& j, const FieldOption& v);
void to_json(nlohmann::json& j, const Field& v);

// Every row, in the order of the scenario JSON (`mlroi defaults`).
const std::vector<Field>& fields();

// The row for `path`, or nullptr.
const Field* find_field(const std::string& path);

// The row for `path`, which must exist (a path the code names itself; the tests check them).
const Field& field(const std::string& path);

inline bool nullable(const Field& f) {
    return f.null_means != nullptr;
}
bool from_evidence(const Field& f); // null: the evidence fills it
inline bool has_slider(const Field& f) {
    return f.step > 0;
}
inline const char* short_label(const Field& f) {
    return f.short_label ? f.short_label : f.label;
}
// The last part of the path: the key inside its section ("tuition_per_year").
std::string field_key(const Field& f);

// The options a reader may pick: the row's own, or the catalog's roles.
std::vector<FieldOption> field_options(const Field& f, const Catalog& c);

// The label of the row's option `key` ("in_person": "In person"), or "" when it has none.
std::string option_label(const Field& f, const std::string& key);

// `"a", "b", "c"`: option keys as a problem message lists them.
std::string quoted_keys(const std::vector<FieldOption>& options);

// A number of this field as the reader reads it: "$27,776", "7.94%", "2 years", "3 months".
std::string format_value(const Field& f, double value);

// The table as JSON for the page's own controls: every row, role options from `c`.
nlohmann::json fields_json(const Catalog& c);

// README's field table (markdown), from the table.
std::string fields_markdown(const Catalog& c);

} // namespace mlroi
