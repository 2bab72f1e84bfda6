#include "resolve.hpp"

#include "format.hpp"

#include <algorithm>

namespace mlroi {

void to_json(json& j, const UsedInput& v) {
    j = json{
        {"path", v.path}, {"value", v.value}, {"from_evidence", v.from_evidence}, {"why", v.why}};
}

std::vector<const Prerequisite*> missing_prerequisites(const Scenario& s, const Catalog& c) {
    std::vector<const Prerequisite*> missing;
    for (const Prerequisite& p : c.prerequisites)
        if (std::find(s.you.has.begin(), s.you.has.end(), p.key) == s.you.has.end())
            missing.push_back(&p);
    return missing;
}

namespace {

std::string source_of(const Catalog& c, const std::string& key) {
    auto it = c.preset_sources.find(key);
    if (it == c.preset_sources.end()) return "";
    const Provenance& p = it->second;
    if (!p.assumption.empty()) return "assumption: " + p.assumption;
    return p.source + (p.year ? ", " + std::to_string(*p.year) : "");
}

double value_of(const std::map<std::string, double>& m, const std::string& key) {
    auto it = m.find(key);
    return it == m.end() ? 0.0 : it->second;
}

std::string role_source(const RolePreset& role, const std::string& key) {
    auto it = role.sources.find(key);
    return it == role.sources.end() ? "" : it->second.source;
}

// Fills `field` if null with `value`, recording either way.
void fill(std::optional<double>& field, const char* path, double value, const std::string& why,
          std::vector<UsedInput>* used) {
    const bool from_evidence = !field;
    if (from_evidence) field = value;
    if (used) used->push_back({path, *field, from_evidence, from_evidence ? why : "your input"});
}

} // namespace

bool pay_from_premium(const Scenario& reader, const Catalog& c) {
    if (reader.outcome.salary) return false;
    std::vector<UsedInput> used;
    resolve(reader, c, &used);
    for (const UsedInput& u : used)
        if (u.path == "outcome.salary") return u.why.rfind("your pay without the degree", 0) == 0;
    return false;
}

Scenario resolve(const Scenario& in, const Catalog& c, std::vector<UsedInput>* used) {
    Scenario s = in;
    const Evidence& e = c.evidence;
    const std::string& background = s.you.background;

    fill(s.you.current_salary, "you.current_salary", value_of(e.yardstick, background),
         "the starting pay of bachelor's graduates with your background (" + background +
             "): " + source_of(c, "model.yardstick." + background),
         used);

    // The degree's causal premium on the reader's pay, and never less than an in-field
    // graduate gets: the in-field bachelor's pay (the STEM yardstick) plus the same premium.
    // NACE's raw master's pay is not used: it credits the degree with who chooses it (Minaya
    // et al.). Roles that expect a PhD use their doctoral entry pay.
    const RolePreset* role = c.role(s.outcome.role);
    const double with_premium = *s.you.current_salary * (1 + e.premium);
    const bool doctoral = role && role->degree_expected == "phd";
    const double floor =
        doctoral ? role->entry_salary : value_of(e.yardstick, "stem") * (1 + e.premium);
    const std::string premium =
        format_percent(e.premium, 0) + " (" + source_of(c, "model.premium") + ")";
    fill(s.outcome.salary, "outcome.salary", std::max(floor, with_premium),
         with_premium >= floor ? "your pay without the degree plus its causal premium of " + premium
         : doctoral            ? "entry pay of new doctoral graduates as " + role->label + ": " +
                          role_source(*role, "entry_salary")
                    : "an in-field graduate's pay (" + source_of(c, "model.yardstick.stem") +
                          ") plus the degree's causal premium of " + premium,
         used);

    fill(s.outcome.salary_growth, "outcome.salary_growth", s.you.salary_growth,
         "the same raise as on your current path", used);

    double placement = 0;
    std::string why;
    if (s.program.placement_rate_published) {
        placement = *s.program.placement_rate_published;
        why = "the program's published placement rate";
    } else {
        const size_t missing = missing_prerequisites(s, c).size();
        const std::string modality = to_string(s.program.modality);
        placement = value_of(e.placement, background) - e.placement_per_missing * missing +
                    value_of(e.placement_modality, modality);
        why = "assumption by background (" + background + "), " + std::to_string(missing) +
              " missing prerequisite" + (missing == 1 ? "" : "s") + " and " + modality +
              " study (presets: model.placement)";
    }
    fill(s.outcome.placement_probability, "outcome.placement_probability",
         std::clamp(placement, 0.0, 1.0), why, used);

    const bool full_time = s.program.pace == Pace::FullTime;
    fill(s.outcome.completion_probability, "outcome.completion_probability",
         full_time ? e.completion_full_time : e.completion_part_time,
         std::string(full_time ? "full-time" : "part-time") + " study: " +
             source_of(c, full_time ? "model.completion.full_time" : "model.completion.part_time"),
         used);
    return s;
}

} // namespace mlroi
