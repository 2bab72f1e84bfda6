#include "twin.hpp"

#include "field_info.hpp"
#include "fields.hpp"
#include "panel_inputs.hpp"
#include "widgets.hpp"

#include "imgui.h"

#include <algorithm>
#include <cmath>
#include <functional>
#include <utility>
#include <vector>

namespace mlroi_web {

namespace {

// [SECTION] The controls, in the order the panels draw them
struct Item {
    std::string id, kind, label, key; // key: the item's rectangle
    std::vector<std::string> sections;
    std::vector<std::pair<std::string, std::string>> options; // key, label
    const FieldSpec* spec = nullptr;
    std::string text; // a panel's section in the text version
};

using Options = std::vector<std::pair<std::string, std::string>>;

Item make_item(std::string id, std::string kind, std::string label, std::string key) {
    Item item;
    item.id = std::move(id), item.kind = std::move(kind), item.label = std::move(label);
    item.key = std::move(key);
    return item;
}

std::vector<Item> items(const AppState& app) {
    std::vector<Item> out;
    std::vector<std::string> in; // the sections being filled
    const auto add = [&](Item item) {
        item.sections = in;
        out.push_back(std::move(item));
    };
    const auto section = [&](const std::string& title, bool nested = false) {
        if (!nested) in.clear();
        Item s = make_item("section." + title, "section", title, "section." + title);
        add(s);
        in.push_back(s.id);
    };
    const auto range = [&](const char* path) {
        const FieldSpec* spec = field_spec(path);
        if (!spec) return;
        Item r = make_item(path, "range", spec->label, path);
        r.spec = spec;
        add(r);
        if (mlroi::from_evidence(*spec))
            add(make_item(std::string("evidence:") + path, "evidence",
                          std::string("Use evidence for ") + spec->label,
                          std::string(path) + ".evidence"));
    };
    // A choice: its label and options from the field table, unless given (taxes: real or flat).
    const auto choice = [&](const char* path, const char* label = nullptr, Options options = {}) {
        const mlroi::Field& f = mlroi::field(path);
        if (options.empty())
            for (const mlroi::FieldOption& o : f.options) options.push_back({o.key, o.label});
        Item c = make_item(std::string("choice:") + path, "choice", label ? label : f.label, path);
        c.options = std::move(options);
        add(c);
    };
    const auto check = [&](const char* group, const char* label, Options options) {
        Item c = make_item(std::string("check:") + group, "check", label, "");
        c.options = std::move(options);
        c.key = group;
        add(c);
    };
    const auto select = [&](const char* path, const char* label, Options options) {
        Item c = make_item(path, "select", label, path);
        c.options = std::move(options);
        add(c);
    };
    const mlroi::Catalog& cat = *app.catalog;

    add(make_item("verdict", "region", "The answer", "verdict"));
    section("You");
    range("you.current_salary");
    choice("you.background");
    Options has;
    for (const mlroi::Prerequisite& p : cat.prerequisites) has.push_back({p.key, p.label});
    check("you.has", mlroi::field("you.has").label, has);
    Options constraints;
    for (const char* key : {"must_keep_job", "can_relocate", "caregiving"})
        constraints.push_back({key, mlroi::field(std::string("you.") + key).label});
    check("you.constraints", "Your constraints", constraints);
    range("you.dependents");
    range("you.salary_growth");
    choice("you.tax_rate", "Taxes", {{"real", "Real taxes"}, {"flat", "Flat rate"}});
    range("you.tax_rate");
    range("you.state_tax_rate");
    range("you.living_per_month");
    range("you.horizon_years");

    section("Program");
    Options programs;
    for (const mlroi::ProgramPreset& p : cat.programs) programs.push_back({p.key, p.label});
    select("preset.program", "Start from", programs);
    range("program.tuition_per_year");
    range("program.years");
    choice("program.modality");
    choice("program.pace");
    range("program.work_share");
    range("program.extra_housing_per_month");
    section("More costs and aid", true);
    for (const char* path :
         {"program.fees_per_year", "program.grants_per_year", "program.employer_aid_per_year",
          "program.stipend_per_year", "program.relocation_cost", "program.travel_per_year",
          "program.caregiver_per_month", "program.enrollment_fraction"})
        range(path);

    section("Financing");
    range("financing.savings");
    range("financing.federal_rate");
    choice("financing.plan");
    range("financing.private_rate");
    range("financing.term_years");
    range("financing.federal_fee");

    section("Outcome");
    Options roles;
    for (const mlroi::RolePreset& r : cat.roles) roles.push_back({r.key, r.label});
    select("preset.role", "Target role", roles);
    for (const char* path : {"outcome.salary", "outcome.salary_growth", "outcome.extra_raise",
                             "outcome.extra_raise_years", "outcome.placement_probability",
                             "outcome.months_to_job", "outcome.completion_probability"})
        range(path);

    section("Assumptions");
    range("assumptions.inflation");
    range("assumptions.real_discount_rate");

    in.clear();
    static const char* const kPanels[][3] = {
        {"cash", "Cash with and without the degree", "cash"},
        {"odds", "The odds it pays off", "odds"},
        {"costs", "What it costs", "costs"},
        {"loan", "The loan", "loan"},
        {"tornado", "What moves the answer", "moves"},
        {"fit", "Program fit", "fit"},
        {"modalities", "Online, hybrid or in person?", "alternatives"},
        {"alternatives", "Other paths", "alternatives"},
        {"method", "How we calculate", ""}};
    for (const auto& p : kPanels) {
        Item panel =
            make_item(std::string("panel.") + p[0], "panel", p[1], std::string("panel.") + p[0]);
        panel.text = p[2];
        add(panel);
    }
    return out;
}

// The rectangle keys an item stands over.
std::vector<std::string> rect_keys(const Item& item) {
    if (item.kind == "choice" || item.kind == "check") {
        std::vector<std::string> keys;
        for (const auto& o : item.options) keys.push_back(item.key + "=" + o.first);
        return keys;
    }
    return {item.key};
}

double shown_units(const FieldSpec& spec) {
    return spec.kind == Kind::Rate ? 100 : 1;
}

bool ends_with(const std::string& s, const std::string& tail) {
    return s.size() >= tail.size() && s.compare(s.size() - tail.size(), tail.size(), tail) == 0;
}

std::string error_of(const AppState& app, const std::string& path) {
    auto it = app.errors.find(path);
    return it != app.errors.end() ? it->second : "";
}

} // namespace

// [SECTION] What the page asks for
std::string twin_fields_json(const AppState& app) {
    json out = json::array();
    for (const Item& item : items(app)) {
        json j = {{"id", item.id},
                  {"kind", item.kind},
                  {"label", item.label},
                  {"key", item.key},
                  {"sections", item.sections}};
        if (item.spec) {
            const double k = shown_units(*item.spec);
            j["min"] = item.spec->lo * k;
            j["max"] = item.spec->hi * k;
            j["step"] = item.spec->step * k;
        }
        if (!item.options.empty()) {
            j["options"] = json::array();
            for (const auto& [key, label] : item.options)
                j["options"].push_back({{"key", key}, {"label", label}});
        }
        if (!item.text.empty()) j["text"] = item.text;
        out.push_back(j);
    }
    return out.dump();
}

std::string twin_state_json(const AppState& app) {
    json out = json::object();
    const mlroi::Scenario& s = app.scenario;
    for (const Item& item : items(app)) {
        json j = json::object();
        if (item.kind == "region") {
            j["t"] = app.results.verdict.headline;
        } else if (item.kind == "range") {
            const FieldSpec& spec = *item.spec;
            const double v = shown_value(app, item.id);
            std::string words = format_value(spec, v);
            const std::string label = spec.label;
            if (ends_with(label, "per year")) words += " a year";
            if (ends_with(label, "per month")) words += " a month";
            const bool evidence = mlroi::from_evidence(spec) && left_to_evidence(app, item.id);
            if (evidence) words += ", from the evidence";
            j["v"] = std::round(v * shown_units(spec) * 1e6) / 1e6;
            j["t"] = words;
            if (mlroi::from_evidence(spec)) j["ev"] = evidence;
            const std::string e = error_of(app, item.id);
            if (!e.empty()) j["e"] = e;
        } else if (item.kind == "choice") {
            const std::string path = item.key;
            j["v"] = path == "you.background"     ? s.you.background
                     : path == "you.tax_rate"     ? (s.you.tax_rate ? "flat" : "real")
                     : path == "program.modality" ? mlroi::to_string(s.program.modality)
                     : path == "program.pace"     ? mlroi::to_string(s.program.pace)
                                                  : mlroi::to_string(s.financing.plan);
            const std::string e = error_of(app, path);
            if (!e.empty()) j["e"] = e;
        } else if (item.kind == "check") {
            json on = json::array();
            std::string e;
            for (const auto& o : item.options) {
                const bool checked =
                    item.key == "you.has"
                        ? std::find(s.you.has.begin(), s.you.has.end(), o.first) != s.you.has.end()
                    : o.first == "must_keep_job" ? s.you.must_keep_job
                    : o.first == "can_relocate"  ? s.you.can_relocate
                                                 : s.you.caregiving;
                if (checked) on.push_back(o.first);
                const std::string m = error_of(app, input_error_path(item.key, o.first));
                if (!m.empty() && e.find(m) == std::string::npos) e += (e.empty() ? "" : " ") + m;
            }
            j["v"] = on;
            if (!e.empty()) j["e"] = e;
        } else if (item.kind == "select") {
            j["v"] = item.id == "preset.program"         ? app.program_preset
                     : app.catalog->role(s.outcome.role) ? s.outcome.role
                                                         : std::string();
            const std::string e = error_of(app, "preset");
            if (!e.empty()) j["e"] = e;
        } else {
            continue;
        }
        out[item.id] = j;
    }
    return out.dump();
}

std::string twin_layout_json(const AppState& app, const UiState& ui) {
    json r = json::object(), o = json::object();
    const float s = ui.scale > 0 ? ui.scale : 1;
    const float dy = ui.auto_height ? ui.view_y : 0;
    const auto css = [&](float v) { return std::round(v / s * 10) / 10; };
    for (const Item& item : items(app)) {
        for (const std::string& key : rect_keys(item)) {
            auto it = ui.rects.find(key);
            if (it == ui.rects.end()) continue;
            const ItemRect& q = it->second;
            r[key] = {css(q.x), css(q.y + dy), css(q.w), css(q.h)};
        }
        auto open = ui.opened.find(item.key);
        if (open != ui.opened.end()) o[item.key] = open->second;
    }
    return json{{"r", r}, {"o", o}}.dump();
}

std::string twin_set(AppState& app, UiState& ui, const std::string& command) {
    const size_t eq = command.find('=');
    if (eq == std::string::npos) return "not understood";
    const std::string id = command.substr(0, eq), value = command.substr(eq + 1);
    const auto result = [&](bool ok, const std::string& path) {
        if (ok) return std::string();
        const std::string e = error_of(app, path);
        return e.empty() ? std::string("not applied") : e;
    };
    if (id.rfind("section.", 0) == 0 || id.rfind("panel.", 0) == 0) {
        auto open = ui.opened.find(id);
        const bool now = open != ui.opened.end() && open->second;
        ui.open_request[id] = value == "toggle" ? !now : value == "open";
        return "";
    }
    if (id.rfind("evidence:", 0) == 0) {
        const std::string path = id.substr(9);
        const FieldSpec* spec = field_spec(path);
        if (!spec || !mlroi::from_evidence(*spec)) return "not a figure the evidence fills";
        return result(app_edit(app, path, nullptr), path);
    }
    if (id.rfind("choice:", 0) == 0) {
        const std::string path = id.substr(7);
        return result(input_choose(app, path, value), input_error_path(path, value));
    }
    if (id.rfind("check:", 0) == 0) {
        const std::string group = id.substr(6);
        return result(input_toggle(app, group, value), input_error_path(group, value));
    }
    if (id == "preset.program" || id == "preset.role")
        return result(input_choose(app, id, value), "preset");
    if (field_spec(id)) return result(apply_typed(app, id, value), id);
    return "not a control of this calculator";
}

void twin_focus(const AppState& app, UiState& ui, const std::string& key) {
    ui.focus_key = key;
    ui.focus_reveal = !key.empty();
    if (key.empty()) return;
    for (const Item& item : items(app)) {
        const std::vector<std::string> keys = rect_keys(item);
        if (std::find(keys.begin(), keys.end(), key) == keys.end()) continue;
        for (const std::string& section : item.sections) {
            auto open = ui.opened.find(section);
            if (open == ui.opened.end() || !open->second) ui.open_request[section] = true;
        }
        return;
    }
}

// [SECTION] The focus ring and the layout's revision
ImU32 focus_ring_color() {
    // The text colour: at least 4.5:1 against the background in every theme (tests/web).
    return ImGui::GetColorU32(ImGuiCol_Text);
}

float focus_ring_width(const UiState& ui) {
    return std::max(2.0f, std::round(2 * ui.scale));
}

void twin_after_draw(UiState& ui) {
    auto focused = ui.focus_key.empty() ? ui.rects.end() : ui.rects.find(ui.focus_key);
    if (focused != ui.rects.end()) {
        const ItemRect& r = focused->second;
        const float w = focus_ring_width(ui), gap = std::round(2 * ui.scale);
        // Inside the canvas, so a full-width item's ring shows whole.
        const ImVec2 size = ImGui::GetIO().DisplaySize;
        const ImVec2 min(std::max(w / 2, r.x - gap - w / 2), std::max(w / 2, r.y - gap - w / 2));
        const ImVec2 max(std::min(size.x - w / 2, r.x + r.w + gap + w / 2),
                         std::min(size.y - w / 2, r.y + r.h + gap + w / 2));
        ImGui::GetForegroundDrawList()->AddRect(min, max, focus_ring_color(), 3 * ui.scale, 0, w);
    }
    // What the twin's placement depends on: every rectangle (content coordinates, CSS px)
    // and every open state.
    const float s = ui.scale > 0 ? ui.scale : 1;
    const float dy = ui.auto_height ? ui.view_y : 0;
    size_t h = 0;
    const auto mix = [&h](size_t v) { h ^= v + 0x9e3779b97f4a7c15ULL + (h << 6) + (h >> 2); };
    for (const auto& [key, r] : ui.rects) {
        mix(std::hash<std::string>()(key));
        for (float v : {r.x, r.y + dy, r.w, r.h}) mix(static_cast<size_t>(std::lround(v / s * 10)));
    }
    for (const auto& [key, open] : ui.opened) mix(std::hash<std::string>()(key) + open);
    if (h != ui.layout_hash) {
        ui.layout_hash = h;
        ++ui.layout_revision;
    }
}

} // namespace mlroi_web
