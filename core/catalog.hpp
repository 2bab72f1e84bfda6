// catalog.hpp: the data under assets/ (defaults, program and role presets), each figure with
// its source. Files hold "sourced" leaves, {value, source, year} or {value, assumption}; the
// catalog keeps the plain values for the model and the sources for the README and the UI.
#pragma once

#include "problems.hpp"
#include "scenario.hpp"
#include "tax.hpp"

#include <map>
#include <string>
#include <vector>

namespace mlroi {

// Where a default comes from: a source and year, or the reason it is an assumption.
struct Provenance {
    std::string source; // empty for an assumption
    std::optional<int> year;
    std::string assumption; // empty for a sourced figure
};
void to_json(json& j, const Provenance& p);

struct ProgramPreset {
    std::string key, label;
    json patch;                                // plain scenario fragment: {"program": {...}}
    std::map<std::string, Provenance> sources; // "program.tuition_per_year" -> provenance
};

struct RolePreset {
    std::string key, label;
    double entry_salary = 0;                   // new master's graduates: the default pay after
    double average_salary = 0;                 // all experience levels (the article's; context)
    double salary_p25 = 0, salary_p75 = 0;     // the spread of salaries in the role
    std::string degree_expected;               // "bachelor", "master" or "phd"
    std::map<std::string, Provenance> sources; // "entry_salary" -> provenance
};

// A prerequisite a reader may lack, and what catching up on it takes.
struct Prerequisite {
    std::string key, label;
    double bridging_months = 0;
    double bridging_cost = 0;
};

// Another path the reader could take. A "variant" is the reader's own program in another
// modality and pace: its length is the full-time length times `years_factor` and its total
// tuition stays the same. A "path" is another route: its scenario fragment replaces the
// program, and the target salary is the reader's times `salary_factor`, or `role`'s.
struct AlternativePreset {
    std::string key, label, kind; // kind: "variant" or "path"
    json patch;
    double years_factor = 0;       // variants
    double connections_change = 0; // variants: industry ties against the in-person program
    double salary_factor = 0;      // paths that scale the reader's pay after the degree
    double salary = 0;             // paths with their own pay (a bootcamp)
    std::string role;              // paths that lead to another role
    std::map<std::string, Provenance> sources;
};

// The evidence that fills what the reader leaves null (resolve.hpp), from presets "model".
struct Evidence {
    std::map<std::string, double> yardstick; // background -> pay without the degree
    double premium = 0;                      // the degree's causal premium (Minaya et al.)
    double premium_raw = 0;                  // the raw starting gap (NACE), for perspective
    double premium_p10 = 0, premium_p90 = 0; // the spread of one reader's own premium
    std::map<std::string, double> placement; // background -> chance of landing the role
    double placement_per_missing = 0;        // points off per missing prerequisite
    std::map<std::string, double> placement_modality; // "online", "hybrid" -> points added
    double completion_full_time = 0, completion_part_time = 0;
    double left_by_6 = 0, left_by_12 = 0, left_by_24 = 0; // CGS: share of entrants gone by
};

struct Catalog {
    Scenario defaults;
    std::map<std::string, Provenance> sources; // "program.tuition_per_year" -> provenance
    std::vector<ProgramPreset> programs;
    std::vector<RolePreset> roles;
    std::vector<Prerequisite> prerequisites;
    std::vector<AlternativePreset> alternatives;
    Evidence evidence;
    TaxRules taxes;
    double salary_growth_sd = 0; // spread of raises in the new role, for the simulation
    std::map<std::string, Provenance> preset_sources; // "simulation.salary_growth_sd", ...

    const RolePreset* role(const std::string& key) const;
    const ProgramPreset* program(const std::string& key) const;
};

// Split sourced JSON into plain values, recording each leaf's provenance under `prefix`.
json strip_sources(const json& sourced, const std::string& prefix,
                   std::map<std::string, Provenance>& sources, Problems& problems);

bool load_catalog(const std::string& defaults_text, const std::string& presets_text,
                  Catalog& catalog, Problems& problems);

// The catalog built from the copies of assets/*.json compiled into the program.
const Catalog& builtin_catalog();

// Scenario rules that need the catalog: the role must be one it knows.
void check_against_catalog(const Scenario& s, const Catalog& c, Problems& problems);

// Read a scenario (JSON text) over `base` and check it against the catalog: the one call the
// CLI, the widget and the tests use. Never throws; on any problem nullopt and `problems`.
std::optional<Scenario> read_checked(const json& j, const Scenario& base, const Catalog& c,
                                     Problems& problems);

// A preset applied to a scenario: a program key sets the program, a role key the outcome's
// role and leaves its pay to the role's evidence (salary null).
bool apply_preset(const std::string& key, const Catalog& c, Scenario& s, Problems& problems);

} // namespace mlroi
