#include "app_state.hpp"

#include "describe_value.hpp"
#include "fields.hpp"
#include "tax.hpp"

#include <algorithm>
#include <cmath>

namespace mlroi_web {

namespace {

void resolve_now(AppState& app) {
    app.scenario_json = app.scenario;
    app.inputs_used.clear();
    app.resolved = mlroi::resolve(app.scenario, *app.catalog, &app.inputs_used);
    app.resolved_json = app.resolved;
}

void recompute(AppState& app) {
    resolve_now(app);
    app.results = mlroi::analyze(app.scenario, *app.catalog);
    app.results_json = app.results;
    app.complete = true;
    ++app.revision;
}

// {"program": {"tuition_per_year": v}} from "program.tuition_per_year" and v.
json patch_for(const std::string& path, const json& value) {
    json patch = value;
    std::string rest = path;
    std::vector<std::string> parts;
    for (size_t dot; (dot = rest.find('.')) != std::string::npos; rest = rest.substr(dot + 1))
        parts.push_back(rest.substr(0, dot));
    parts.push_back(rest);
    for (auto it = parts.rbegin(); it != parts.rend(); ++it) patch = json{{*it, patch}};
    return patch;
}

std::string join_problems(const mlroi::Problems& problems, const std::string& path) {
    std::string text;
    for (const mlroi::Problem& p : problems.items) {
        if (!text.empty()) text += "\n";
        // A problem on another field (a cross-field rule) names that field.
        text += p.path == path || p.path.empty() ? p.message : mlroi::to_line(p);
    }
    return text;
}

std::optional<mlroi::Scenario> validated(const AppState& app, const json& patch,
                                         mlroi::Problems& problems) {
    return mlroi::read_checked(patch, app.scenario, *app.catalog, problems);
}

void forget_edits_under(AppState& app, const std::string& prefix) {
    for (auto it = app.errors.begin(); it != app.errors.end();)
        it = it->first.rfind(prefix, 0) == 0 ? app.errors.erase(it) : std::next(it);
    for (auto it = app.pending.begin(); it != app.pending.end();)
        it = it->first.rfind(prefix, 0) == 0 ? app.pending.erase(it) : std::next(it);
}

} // namespace

void app_init(AppState& app, bool quick) {
    app.catalog = &mlroi::builtin_catalog();
    app.scenario = app.catalog->defaults;
    app.errors.clear();
    app.pending.clear();
    app.program_preset.clear();
    for (const mlroi::ProgramPreset& p : app.catalog->programs)
        if (p.label == app.scenario.program.name) app.program_preset = p.key;
    if (!quick) return recompute(app);
    resolve_now(app);
    app.results = mlroi::Results();
    static_cast<mlroi::CashResults&>(app.results) = mlroi::analyze_cash(app.scenario, *app.catalog);
    app.results_json = static_cast<const mlroi::CashResults&>(app.results);
    app.complete = false;
    ++app.revision;
}

bool app_complete(AppState& app) {
    if (app.complete) return false;
    recompute(app);
    return true;
}

bool app_patch(AppState& app, const std::string& path, const json& patch) {
    mlroi::Problems problems;
    auto next = validated(app, patch, problems);
    if (!next) {
        app.errors[path] = join_problems(problems, path);
        return false;
    }
    app.scenario = *next;
    app.errors.erase(path);
    app.pending.erase(path);
    recompute(app);
    return true;
}

bool app_edit(AppState& app, const std::string& path, const json& value) {
    // A whole number goes in as an integer, so a refusal quotes "600000", not "600000.0".
    json v = value;
    if (v.is_number_float()) {
        const double d = v.get<double>();
        if (std::isfinite(d) && std::floor(d) == d && std::fabs(d) < 9007199254740992.0)
            v = static_cast<long long>(d);
    }
    if (app_patch(app, path, patch_for(path, v))) return true;
    if (value.is_number()) app.pending[path] = value.get<double>();
    return false;
}

bool app_apply_preset(AppState& app, const std::string& key) {
    mlroi::Scenario next = app.scenario;
    mlroi::Problems problems;
    if (!mlroi::apply_preset(key, *app.catalog, next, problems)) {
        app.errors["preset"] = join_problems(problems, "preset");
        return false;
    }
    const bool is_program = app.catalog->program(key) != nullptr;
    if (is_program) app.program_preset = key;
    app.scenario = next;
    // The preset replaced what it sets: refused edits of those fields no longer apply.
    forget_edits_under(app, is_program ? "program." : "outcome.");
    app.errors.erase("preset");
    recompute(app);
    return true;
}

json modality_patch(const AppState& app, mlroi::Modality m) {
    json program = {{"modality", mlroi::to_string(m)}};
    if (m == mlroi::Modality::InPerson) {
        // Back on campus: the default extra housing returns if none is set.
        if (app.scenario.program.extra_housing_per_month == 0)
            program["extra_housing_per_month"] =
                app.catalog->defaults.program.extra_housing_per_month;
    } else {
        program["extra_housing_per_month"] = 0; // studying from home (hybrid: commuting)
        program["relocation_cost"] = 0;
    }
    return {{"program", program}};
}

json pace_patch(const AppState&, mlroi::Pace p) {
    const bool part = p == mlroi::Pace::PartTime;
    return {{"program",
             {{"pace", mlroi::to_string(p)},
              {"work_share", part ? 1.0 : 0.0},
              {"enrollment_fraction", part ? 0.5 : 1.0}}}};
}

json tax_patch(const AppState& app, bool flat) {
    if (!flat) return {{"you", {{"tax_rate", nullptr}}}};
    const double pay = *app.resolved.you.current_salary;
    const double tax =
        mlroi::yearly_tax(pay, app.catalog->taxes, 1, app.resolved.you.state_tax_rate);
    const mlroi::Field& f = mlroi::field("you.tax_rate");
    const double rate = pay > 0 ? std::clamp(std::round(tax / pay * 100) / 100, f.min, f.max) : 0.0;
    return {{"you", {{"tax_rate", rate}}}};
}

// [SECTION] Figures left to the evidence
bool left_to_evidence(const AppState& app, const std::string& path) {
    const json* v = json_at(app.scenario_json, path);
    return v && v->is_null() && input_used(app, path) != nullptr;
}

const mlroi::UsedInput* input_used(const AppState& app, const std::string& path) {
    for (const mlroi::UsedInput& u : app.inputs_used)
        if (u.path == path) return &u;
    return nullptr;
}

mlroi::UsedInput evidence_for(const AppState& app, const std::string& path) {
    mlroi::Problems problems;
    const auto cleared =
        mlroi::read_checked(patch_for(path, nullptr), app.scenario, *app.catalog, problems);
    std::vector<mlroi::UsedInput> used;
    if (cleared) mlroi::resolve(*cleared, *app.catalog, &used);
    for (const mlroi::UsedInput& u : used)
        if (u.path == path) return u;
    return {};
}

// [SECTION] The JS hook
std::string app_scenario_text(const AppState& app) {
    return app.scenario_json.dump();
}

std::string app_results_text(AppState& app) {
    app_complete(app);
    return app.results_json.dump();
}

std::string app_set_scenario_text(AppState& app, const std::string& text) {
    mlroi::Problems problems;
    json j;
    std::optional<mlroi::Scenario> next;
    if (mlroi::parse_json(text, j, problems)) {
        if (!j.is_object())
            problems.add("", "a scenario must be a JSON object, got " + mlroi::describe_value(j));
        else
            next = validated(app, j, problems);
    }
    json errors = json::array();
    for (const mlroi::Problem& p : problems.items)
        errors.push_back({{"path", p.path}, {"message", p.message}});
    // Problems quote reader text escaped, so this is valid UTF-8; were it not, dump() would
    // throw, and an exception aborts the WebAssembly module.
    if (!next) return errors.dump(-1, ' ', false, json::error_handler_t::replace);
    app.scenario = *next;
    app.errors.clear();
    app.pending.clear();
    if (j.contains("program")) app.program_preset.clear();
    recompute(app);
    return errors.dump();
}

const json* json_at(const json& doc, const std::string& path) {
    const json* at = &doc;
    size_t start = 0;
    while (true) {
        const size_t dot = path.find('.', start);
        const std::string key = path.substr(start, dot == std::string::npos ? dot : dot - start);
        if (!at->is_object()) return nullptr;
        auto it = at->find(key);
        if (it == at->end()) return nullptr;
        at = &*it;
        if (dot == std::string::npos) return at;
        start = dot + 1;
    }
}

double number_at(const json& doc, const std::string& path, double fallback) {
    const json* v = json_at(doc, path);
    return v && v->is_number() ? v->get<double>() : fallback;
}

} // namespace mlroi_web
