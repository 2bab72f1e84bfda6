#include "field_info.hpp"

#include "format.hpp"
#include "resolve.hpp"

#include <vector>

namespace mlroi_web {

namespace {

std::string evidence_line(const mlroi::Provenance& p) {
    if (!p.assumption.empty()) return "Assumed: " + p.assumption + ".";
    return "Evidence: " + p.source + (p.year ? ", " + std::to_string(*p.year) : "") + ".";
}

// The preset_sources keys behind a figure the analysis fills for this reader.
std::vector<std::string> evidence_keys(const AppState& app, const std::string& path) {
    const mlroi::Scenario& s = app.resolved;
    if (path == "you.current_salary") return {"model.yardstick." + s.you.background};
    if (path == "outcome.salary") return {"model.premium"};
    if (path == "outcome.placement_probability") {
        if (s.program.placement_rate_published) return {};
        std::vector<std::string> keys = {"model.placement." + s.you.background};
        if (!mlroi::missing_prerequisites(s, *app.catalog).empty())
            keys.push_back("model.placement.per_missing_prerequisite");
        if (s.program.modality != mlroi::Modality::InPerson)
            keys.push_back(std::string("model.placement.") + mlroi::to_string(s.program.modality));
        return keys;
    }
    if (path == "outcome.completion_probability")
        return {std::string("model.completion.") + mlroi::to_string(s.program.pace),
                "model.completion.left_by_month_24"};
    if (path == "you.tax_rate" || path == "you.state_tax_rate")
        return {"taxes.brackets", "taxes.standard_deduction", "taxes.social_security_wage_base"};
    return {};
}

} // namespace

std::string value_words(const std::string& path, const json& v) {
    const FieldSpec* spec = field_spec(path);
    if (v.is_number() && spec) return format_value(*spec, v.get<double>());
    if (v.is_null()) { // what null means for this field
        const mlroi::Field* f = mlroi::find_field(path);
        return f && f->null_means ? f->null_means : "none";
    }
    if (v.is_string()) return v.get<std::string>();
    if (v.is_boolean()) return v.get<bool>() ? "yes" : "no";
    if (v.is_array()) {
        std::string text;
        for (const json& item : v)
            text += (text.empty() ? "" : ", ") + (item.is_string() ? item.get<std::string>() : "");
        return text.empty() ? "none" : text;
    }
    return v.dump();
}

std::string field_label(const std::string& path) {
    const mlroi::Field* f = mlroi::find_field(path);
    return f ? f->label : path;
}

const FieldSpec* field_spec(const std::string& path) {
    const mlroi::Field* f = mlroi::find_field(path);
    return f && mlroi::has_slider(*f) ? f : nullptr;
}

std::string describe(const mlroi::Provenance& p) {
    if (!p.assumption.empty()) return "Assumption: " + p.assumption + ".";
    std::string text = "Source: " + p.source;
    if (p.year) text += ", " + std::to_string(*p.year);
    return text + ".";
}

std::string evidence_sources(const AppState& app, const std::string& path) {
    const mlroi::Catalog& c = *app.catalog;
    std::string text;
    const auto add = [&](const std::string& line) { text += (text.empty() ? "" : "\n") + line; };
    if (path == "outcome.salary")
        if (const mlroi::RolePreset* r = c.role(app.scenario.outcome.role)) {
            auto it = r->sources.find("entry_salary");
            if (it != r->sources.end())
                add(r->label + ", entry pay " + mlroi::format_money(r->entry_salary) + ". " +
                    evidence_line(it->second));
        }
    for (const std::string& key : evidence_keys(app, path)) {
        auto it = c.preset_sources.find(key);
        if (it != c.preset_sources.end()) add(evidence_line(it->second));
    }
    return text;
}

std::string provenance_text(const AppState& app, const std::string& path) {
    const mlroi::Catalog& c = *app.catalog;
    const FieldSpec* spec = field_spec(path);
    // A preset's own source wins for the fields it sets.
    if (path.rfind("program.", 0) == 0) {
        if (const mlroi::ProgramPreset* p = c.program(app.program_preset)) {
            auto it = p->sources.find(path);
            const json* v = json_at(p->patch, path);
            const json defaults = c.defaults;
            const json* d = json_at(defaults, path);
            const bool is_default = d && v && *d == *v;
            if (it != p->sources.end() && v && v->is_number() && spec)
                return (is_default ? std::string("Default") : "Preset \"" + p->label + "\"") +
                       ": " + format_value(*spec, v->get<double>()) + ". " + describe(it->second);
        }
    }
    std::string text;
    auto it = c.sources.find(path);
    if (it != c.sources.end()) {
        const json defaults = c.defaults;
        const json* v = json_at(defaults, path);
        const std::string value = v && !v->is_null() ? value_words(path, *v) : "";
        text = (value.empty() ? "" : "Default: " + value + ". ") + describe(it->second);
    }
    const std::string evidence = evidence_sources(app, path);
    if (!evidence.empty()) text += (text.empty() ? "" : "\n") + evidence;
    return text;
}

} // namespace mlroi_web
