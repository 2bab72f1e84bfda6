#include "catalog.hpp"

#include "embedded_assets.hpp"
#include "json_fields.hpp"

#include <cstdlib>

namespace mlroi {

void to_json(json& j, const Provenance& p) {
    if (p.assumption.empty())
        j = json{{"source", p.source}, {"year", or_null(p.year)}};
    else
        j = json{{"assumption", p.assumption}};
}

const RolePreset* Catalog::role(const std::string& key) const {
    for (const RolePreset& r : roles)
        if (r.key == key) return &r;
    return nullptr;
}

const ProgramPreset* Catalog::program(const std::string& key) const {
    for (const ProgramPreset& p : programs)
        if (p.key == key) return &p;
    return nullptr;
}

namespace {
std::string join(const std::string& prefix, const std::string& key) {
    return prefix.empty() ? key : prefix + "." + key;
}

// One {value, source, year} or {value, assumption} leaf.
json read_leaf(const json& leaf, const std::string& path,
               std::map<std::string, Provenance>& sources, Problems& problems) {
    Provenance p;
    for (const auto& item : leaf.items()) {
        const std::string& k = item.key();
        const json& v = item.value();
        if (k == "value") continue;
        if (k == "source" && v.is_string())
            p.source = v.get<std::string>();
        else if (k == "assumption" && v.is_string())
            p.assumption = v.get<std::string>();
        else if (k == "year" && v.is_number_integer())
            p.year = v.get<int>();
        else if (k == "year" && v.is_null())
            p.year.reset();
        else
            problems.add(join(path, k), "unexpected in a sourced value, got " + v.dump());
    }
    if (p.source.empty() == p.assumption.empty() || (!p.source.empty() && !leaf.contains("year")))
        problems.add(path, "needs either \"source\" and \"year\", or \"assumption\"");
    sources[path] = p;
    return leaf["value"];
}
} // namespace

json strip_sources(const json& sourced, const std::string& prefix,
                   std::map<std::string, Provenance>& sources, Problems& problems) {
    if (sourced.is_object() && sourced.contains("value"))
        return read_leaf(sourced, prefix, sources, problems);
    if (!sourced.is_object()) {
        problems.add(prefix, "has no source: write it as {value, source, year} or "
                             "{value, assumption}");
        return sourced;
    }
    json plain = json::object();
    for (const auto& item : sourced.items()) {
        if (item.key() == "about") continue; // a note for people reading the file
        const std::string path = join(prefix, item.key());
        // The schema number is a format version, not a figure that needs a source.
        plain[item.key()] =
            path == "schema" ? item.value() : strip_sources(item.value(), path, sources, problems);
    }
    return plain;
}

namespace {
std::string text_or(const json& j, const char* key, const std::string& fallback) {
    return j.contains(key) && j[key].is_string() ? j[key].get<std::string>() : fallback;
}

// A preset list entry: its key and label (and kind, for alternatives) come out, the sourced
// body stays.
json preset_body(const json& item, std::string& key, std::string& label) {
    key = text_or(item, "key", "");
    label = text_or(item, "label", key);
    json body = item;
    for (const char* name : {"key", "label", "kind"}) body.erase(name);
    return body;
}

// The preset lists keep the file's order: it is the order the widget offers them in.
void read_programs(const json& programs, Catalog& c, Problems& problems) {
    for (const json& item : programs) {
        ProgramPreset preset;
        const json body = preset_body(item, preset.key, preset.label);
        const std::string path = "presets.programs." + preset.key;
        preset.patch = strip_sources(body, "", preset.sources, problems);
        Problems check;
        read_scenario(preset.patch, c.defaults, check); // a preset must be a valid overlay
        for (const Problem& p : check.items) problems.add(path + "." + p.path, p.message);
        c.programs.push_back(std::move(preset));
    }
}

void read_roles(const json& roles, Catalog& c, Problems& problems) {
    for (const json& item : roles) {
        RolePreset r;
        const json body = preset_body(item, r.key, r.label);
        const std::string path = "presets.roles." + r.key;
        const json plain = strip_sources(body, "", r.sources, problems);
        ObjectFields f(plain, path, problems);
        f.number("salary", r.salary, 1, 1'000'000);
        f.number("salary_p25", r.salary_p25, 1, 1'000'000);
        f.number("salary_p75", r.salary_p75, 1, 1'000'000);
        f.choice("degree_expected", r.degree_expected,
                 std::vector<std::pair<const char*, std::string>>{
                     {"bachelor", "bachelor"}, {"master", "master"}, {"phd", "phd"}});
        if (r.salary_p75 <= r.salary_p25)
            problems.add(path + ".salary_p75", "must be above salary_p25");
        c.roles.push_back(r);
    }
}
void read_prerequisites(const json& list, Catalog& c, Problems& problems) {
    for (const json& item : list) {
        Prerequisite pre;
        const json body = preset_body(item, pre.key, pre.label);
        const std::string path = "presets.prerequisites." + pre.key;
        const json plain = strip_sources(body, path, c.preset_sources, problems);
        ObjectFields f(plain, path, problems);
        f.number("bridging_months", pre.bridging_months, 0, 24);
        f.number("bridging_cost", pre.bridging_cost, 0, 50'000);
        c.prerequisites.push_back(pre);
    }
}

void read_alternatives(const json& list, Catalog& c, Problems& problems) {
    for (const json& item : list) {
        AlternativePreset a;
        const json body = preset_body(item, a.key, a.label);
        a.kind = text_or(item, "kind", "");
        const std::string path = "presets.alternatives." + a.key;
        json plain = strip_sources(body, "", a.sources, problems);
        a.patch = plain.contains("scenario") ? plain["scenario"] : json::object();
        plain.erase("scenario");
        ObjectFields f(plain, path, problems);
        f.number("years_factor", a.years_factor, 0.5, 3);
        f.number("salary_factor", a.salary_factor, 0.1, 2);
        f.text("role", a.role, 60);
        if (a.kind != "variant" && a.kind != "path")
            problems.add(path + ".kind", "must be \"variant\" or \"path\", got \"" + a.kind + "\"");
        if (a.kind == "variant" && a.years_factor == 0)
            problems.add(path + ".years_factor", "a variant needs one");
        if (!a.role.empty() && !c.role(a.role))
            problems.add(path + ".role", "unknown role \"" + a.role + "\"");
        Problems check;
        read_scenario(a.patch, c.defaults, check);
        for (const Problem& p : check.items) problems.add(path + ".scenario." + p.path, p.message);
        c.alternatives.push_back(std::move(a));
    }
}
} // namespace

bool load_catalog(const std::string& defaults_text, const std::string& presets_text, Catalog& c,
                  Problems& problems) {
    json defaults, presets;
    if (!parse_json(defaults_text, defaults, problems) ||
        !parse_json(presets_text, presets, problems))
        return false;
    const json plain = strip_sources(defaults, "", c.sources, problems);
    Scenario base;
    if (auto s = read_scenario(plain, base, problems)) c.defaults = *s;
    if (presets.contains("programs") && presets["programs"].is_array())
        read_programs(presets["programs"], c, problems);
    if (presets.contains("roles") && presets["roles"].is_array())
        read_roles(presets["roles"], c, problems);
    if (presets.contains("prerequisites") && presets["prerequisites"].is_array())
        read_prerequisites(presets["prerequisites"], c, problems);
    if (presets.contains("alternatives") && presets["alternatives"].is_array())
        read_alternatives(presets["alternatives"], c, problems);
    if (presets.contains("simulation")) {
        const json plain =
            strip_sources(presets["simulation"], "simulation", c.preset_sources, problems);
        ObjectFields f(plain, "presets.simulation", problems);
        f.number("salary_growth_sd", c.salary_growth_sd, 0, 0.05);
    }
    check_against_catalog(c.defaults, c, problems);
    return problems.empty();
}

const Catalog& builtin_catalog() {
    // Built once; the embedded files are checked by the tests, so a problem here is a
    // build defect, not a reader's mistake.
    static const Catalog catalog = [] {
        Catalog c;
        Problems problems;
        if (!load_catalog(kDefaultsJson, kPresetsJson, c, problems)) std::abort();
        return c;
    }();
    return catalog;
}

void check_against_catalog(const Scenario& s, const Catalog& c, Problems& problems) {
    if (c.role(s.outcome.role)) return;
    std::string names;
    for (const RolePreset& r : c.roles) names += (names.empty() ? "\"" : ", \"") + r.key + "\"";
    problems.add("outcome.role",
                 "must be one of " + names + ", got " + describe_value(s.outcome.role));
}

bool apply_preset(const std::string& key, const Catalog& c, Scenario& s, Problems& problems) {
    if (const ProgramPreset* p = c.program(key)) {
        if (auto next = read_scenario(p->patch, s, problems)) s = *next;
        return problems.empty();
    }
    if (const RolePreset* r = c.role(key)) {
        s.outcome.role = r->key;
        s.outcome.salary = r->salary;
        return true;
    }
    std::string names;
    for (const ProgramPreset& p : c.programs) names += (names.empty() ? "" : ", ") + p.key;
    for (const RolePreset& r : c.roles) names += ", " + r.key;
    problems.add("preset", "unknown preset \"" + escape_text(key) + "\"; known: " + names);
    return false;
}

} // namespace mlroi
