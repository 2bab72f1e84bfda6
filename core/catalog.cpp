#include "catalog.hpp"

#include "embedded_assets.hpp"
#include "fields.hpp"
#include "json_fields.hpp"

#include <algorithm>
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
        f.number("entry_salary", r.entry_salary, 1, 1'000'000);
        f.number("average_salary", r.average_salary, 1, 1'000'000);
        f.number("salary_p25", r.salary_p25, 1, 1'000'000);
        f.number("salary_p75", r.salary_p75, 1, 1'000'000);
        f.choice("degree_expected", r.degree_expected,
                 {{"bachelor", "Bachelor's"}, {"master", "Master's"}, {"phd", "PhD"}});
        for (const char* key : {"entry_salary", "average_salary", "salary_p25", "salary_p75"})
            if (!plain.contains(key)) problems.add(path + "." + key, "missing");
        if (r.salary_p75 <= r.salary_p25)
            problems.add(path + ".salary_p75", "must be above salary_p25");
        c.roles.push_back(r);
    }
}
// What catching up on each prerequisite takes. Keys and labels are the field table's
// (you.has): each of its options needs an entry here, and nothing else may have one.
void read_prerequisites(const json& list, Catalog& c, Problems& problems) {
    const std::vector<FieldOption>& options = field("you.has").options;
    for (const json& item : list) {
        Prerequisite pre;
        const json body = preset_body(item, pre.key, pre.label);
        const std::string path = "presets.prerequisites." + pre.key;
        const auto option = std::find_if(options.begin(), options.end(),
                                         [&](const FieldOption& o) { return o.key == pre.key; });
        if (option == options.end())
            problems.add(path, "is not one of you.has: " + quoted_keys(options));
        else
            pre.label = option->label;
        const json plain = strip_sources(body, path, c.preset_sources, problems);
        ObjectFields f(plain, path, problems);
        f.number("bridging_months", pre.bridging_months, 0, 24);
        f.number("bridging_cost", pre.bridging_cost, 0, 50'000);
        c.prerequisites.push_back(pre);
    }
    for (const FieldOption& o : options)
        if (std::none_of(c.prerequisites.begin(), c.prerequisites.end(),
                         [&](const Prerequisite& p) { return p.key == o.key; }))
            problems.add("presets.prerequisites." + o.key, "missing");
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
        f.number("connections_change", a.connections_change, -5, 5);
        f.number("salary_factor", a.salary_factor, 0.1, 2);
        f.number("salary", a.salary, 1, 1'000'000);
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
// A map of sourced numbers, {key: number}, all keys required.
void read_numbers(const json& plain, const std::string& path, std::map<std::string, double>& out,
                  const std::vector<const char*>& keys, double lo, double hi, Problems& problems) {
    ObjectFields f(plain, path, problems);
    for (const char* key : keys) {
        if (!plain.is_object() || !plain.contains(key)) problems.add(path + "." + key, "missing");
        f.number(key, out[key], lo, hi);
    }
}

void read_model(const json& sourced, Catalog& c, Problems& problems) {
    const json plain = strip_sources(sourced, "model", c.preset_sources, problems);
    Evidence& e = c.evidence;
    ObjectFields f(plain, "presets.model", problems);
    if (const json* y = f.object("yardstick"))
        read_numbers(*y, "presets.model.yardstick", e.yardstick, {"stem", "quantitative", "other"},
                     0, 1'000'000, problems);
    f.number("premium", e.premium, 0, 1);
    f.number("premium_raw", e.premium_raw, 0, 1);
    f.number("premium_p10", e.premium_p10, 0, 1);
    f.number("premium_p90", e.premium_p90, 0, 1);
    if (!(e.premium_p10 < e.premium && e.premium < e.premium_p90))
        problems.add("presets.model.premium", "must lie between premium_p10 and premium_p90");
    if (const json* p = f.object("placement")) {
        std::map<std::string, double> all;
        read_numbers(
            *p, "presets.model.placement", all,
            {"stem", "quantitative", "other", "per_missing_prerequisite", "hybrid", "online"}, -1,
            1, problems);
        e.placement = {
            {"stem", all["stem"]}, {"quantitative", all["quantitative"]}, {"other", all["other"]}};
        e.placement_per_missing = all["per_missing_prerequisite"];
        e.placement_modality = {{"hybrid", all["hybrid"]}, {"online", all["online"]}};
    }
    if (const json* p = f.object("completion")) {
        std::map<std::string, double> all;
        read_numbers(
            *p, "presets.model.completion", all,
            {"full_time", "part_time", "left_by_month_6", "left_by_month_12", "left_by_month_24"},
            0, 1, problems);
        e.completion_full_time = all["full_time"];
        e.completion_part_time = all["part_time"];
        e.left_by_6 = all["left_by_month_6"];
        e.left_by_12 = all["left_by_month_12"];
        e.left_by_24 = all["left_by_month_24"];
        if (!(0 < e.left_by_6 && e.left_by_6 < e.left_by_12 && e.left_by_12 < e.left_by_24))
            problems.add("presets.model.completion", "the shares who left must rise with time");
    }
}

void read_taxes(const json& sourced, Catalog& c, Problems& problems) {
    const json plain = strip_sources(sourced, "taxes", c.preset_sources, problems);
    TaxRules& t = c.taxes;
    ObjectFields f(plain, "presets.taxes", problems);
    f.number("standard_deduction", t.standard_deduction, 0, 1e6);
    f.number("social_security_rate", t.social_security_rate, 0, 1);
    f.number("social_security_wage_base", t.social_security_wage_base, 0, 1e7);
    f.number("medicare_rate", t.medicare_rate, 0, 1);
    f.number("additional_medicare_rate", t.additional_medicare_rate, 0, 1);
    f.number("additional_medicare_threshold", t.additional_medicare_threshold, 0, 1e7);
    const json* brackets = f.object("brackets");
    bool ok = brackets && brackets->is_array() && !brackets->empty();
    std::vector<TaxBracket> list;
    for (size_t i = 0; ok && i < brackets->size(); ++i) {
        const json& b = (*brackets)[i];
        ok = b.is_array() && b.size() == 2 && b[0].is_number() && b[1].is_number() &&
             (i == 0 ? b[0] == 0 : b[0].get<double>() > list.back().from);
        if (ok) list.push_back({b[0].get<double>(), b[1].get<double>()});
    }
    if (!ok) problems.add("presets.taxes.brackets", "must be [[from, rate], ...] rising from 0");
    set_brackets(t, std::move(list));
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
    if (presets.contains("model"))
        read_model(presets["model"], c, problems);
    else
        problems.add("presets.model", "missing");
    if (presets.contains("taxes"))
        read_taxes(presets["taxes"], c, problems);
    else
        problems.add("presets.taxes", "missing");
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
    problems.add("outcome.role", "must be one of " +
                                     quoted_keys(field_options(field("outcome.role"), c)) +
                                     ", got " + describe_value(s.outcome.role));
}

std::optional<Scenario> read_checked(const json& j, const Scenario& base, const Catalog& c,
                                     Problems& problems) {
    auto s = read_scenario(j, base, problems);
    if (s) check_against_catalog(*s, c, problems);
    if (!problems.empty()) return std::nullopt;
    return s;
}

bool apply_preset(const std::string& key, const Catalog& c, Scenario& s, Problems& problems) {
    if (const ProgramPreset* p = c.program(key)) {
        if (auto next = read_scenario(p->patch, s, problems)) s = *next;
        return problems.empty();
    }
    if (const RolePreset* r = c.role(key)) {
        s.outcome.role = r->key; // as `{"outcome": {"role": key}}`: a pay left null follows it
        return true;
    }
    std::string names;
    for (const ProgramPreset& p : c.programs) names += (names.empty() ? "" : ", ") + p.key;
    for (const RolePreset& r : c.roles) names += ", " + r.key;
    problems.add("preset", "unknown preset \"" + escape_text(key) + "\"; known: " + names);
    return false;
}

} // namespace mlroi
