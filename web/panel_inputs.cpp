#include "panel_inputs.hpp"

#include "field_info.hpp"
#include "loan_words.hpp"
#include "theme.hpp"
#include "widgets.hpp"

#include "format.hpp"

#include "imgui.h"

#include <algorithm>
#include <cstring>

namespace mlroi_web {

// [SECTION] Index: helpers, presets, sections (You, Program, Financing, Outcome, Assumptions)

namespace {

bool section(UiState& ui, const char* title, bool open_by_default) {
    const std::string key = std::string("section.") + title;
    if (ui.force_open) ImGui::SetNextItemOpen(true);
    apply_open_request(ui, key);
    ImGui::PushFont(ui.fonts.strong);
    const bool open = ImGui::CollapsingHeader(
        title, open_by_default ? ImGuiTreeNodeFlags_DefaultOpen : ImGuiTreeNodeFlags_None);
    ImGui::PopFont();
    record_item(ui, key);
    ui.opened[key] = open;
    return open;
}

void show_error(AppState& app, const char* path) {
    auto error = app.errors.find(path);
    if (error != app.errors.end()) colored_wrapped(palette().error, error->second);
}

// A field's tooltip for controls that are not sliders: its meaning, then its default's source.
std::string about(const AppState& app, const char* path, const std::string& meaning) {
    const std::string source = provenance_text(app, path);
    return source.empty() ? meaning : meaning + "\n\n" + source;
}

std::string cite(const mlroi::Provenance& p) {
    return p.assumption.empty()
               ? p.source + (p.year ? ", " + std::to_string(*p.year) : std::string())
               : "Assumption: " + p.assumption;
}

// A choice field as segmented buttons: its label and options from its row (core/fields.hpp).
// Returns the key of the option clicked when it is not `current`, else "".
std::string choice_buttons(UiState& ui, const char* path, const std::string& current,
                           const std::string& tooltip) {
    const mlroi::Field& f = mlroi::field(path);
    std::vector<const char*> labels, keys;
    for (const mlroi::FieldOption& o : f.options) {
        labels.push_back(o.label.c_str());
        keys.push_back(o.key.c_str());
    }
    const auto at = std::find(keys.begin(), keys.end(), current);
    const int now = static_cast<int>(at - keys.begin());
    const int b = segmented(ui, path, f.label, labels.data(), keys.data(),
                            static_cast<int>(keys.size()), now, tooltip.c_str());
    return b >= 0 && b != now ? keys[b] : "";
}

// [SECTION] Presets
void program_combo(AppState& app, UiState& ui) {
    const mlroi::Catalog& c = *app.catalog;
    const char* id = "preset.program";
    const mlroi::ProgramPreset* current = c.program(app.program_preset);
    ImGui::PushID(id);
    const float width = row_label(ui, "Start from");
    item_tooltip(ui, "A typical program to start from. It sets the program's price, length, pace "
                     "and costs; your own inputs elsewhere stay.");
    ImGui::SetNextItemWidth(width);
    if (ImGui::BeginCombo("##combo", current ? current->label.c_str() : "Custom")) {
        for (const mlroi::ProgramPreset& p : c.programs) {
            if (ImGui::Selectable(p.label.c_str(), p.key == app.program_preset))
                input_choose(app, id, p.key);
            record_item(ui, std::string(id) + "=" + p.key);
            auto src = p.sources.find("program.tuition_per_year");
            const json* tuition = json_at(p.patch, "program.tuition_per_year");
            if (src != p.sources.end() && tuition && tuition->is_number())
                item_tooltip(ui, "Tuition " + mlroi::format_money(tuition->get<double>()) +
                                     " a year. " + cite(src->second) + ".");
        }
        ImGui::EndCombo();
    }
    record_item(ui, id);
    show_error(app, "preset");
    ImGui::PopID();
}

std::string role_tooltip(const mlroi::RolePreset& r) {
    std::string text =
        "Entry pay for new master's graduates: " + mlroi::format_money(r.entry_salary) + ".";
    if (auto it = r.sources.find("entry_salary"); it != r.sources.end())
        text += " " + cite(it->second) + ".";
    text += "\n\nFor context only (not used as your pay after): the average over all experience "
            "levels is " +
            mlroi::format_money(r.average_salary) + ".";
    if (auto it = r.sources.find("average_salary"); it != r.sources.end())
        text += " " + cite(it->second) + ".";
    return text;
}

void role_combo(AppState& app, UiState& ui) {
    const mlroi::Catalog& c = *app.catalog;
    const char* id = "preset.role";
    const mlroi::RolePreset* current = c.role(app.scenario.outcome.role);
    const auto entry = [](const mlroi::RolePreset& r) {
        return r.label + " (" + mlroi::format_money(r.entry_salary) + " entry)";
    };
    ImGui::PushID(id);
    const float width = row_label(ui, mlroi::field("outcome.role").label);
    item_tooltip(ui, current ? "The job you aim for. The pay after the degree the analysis uses "
                               "is in that field's note; the spread of the role's pay sets the "
                               "odds.\n\n" +
                                   role_tooltip(*current)
                             : std::string("The job you aim for."));
    ImGui::SetNextItemWidth(width);
    if (ImGui::BeginCombo("##combo", current ? entry(*current).c_str() : "Custom")) {
        for (const mlroi::RolePreset& r : c.roles) {
            if (ImGui::Selectable(entry(r).c_str(), r.key == app.scenario.outcome.role))
                input_choose(app, id, r.key);
            record_item(ui, std::string(id) + "=" + r.key);
            item_tooltip(ui, role_tooltip(r));
        }
        ImGui::EndCombo();
    }
    record_item(ui, id);
    if (current && ImGui::IsItemHovered()) item_tooltip(ui, role_tooltip(*current));
    show_error(app, "preset");
    ImGui::PopID();
}

// [SECTION] You
void background_buttons(AppState& app, UiState& ui) {
    const char* path = "you.background";
    const std::string key = choice_buttons(ui, path, app.scenario.you.background,
                                           about(app, path, mlroi::field(path).help));
    if (!key.empty()) input_choose(app, path, key);
    show_error(app, path);
}

void prerequisite_boxes(AppState& app, UiState& ui) {
    const std::vector<std::string>& has = app.scenario.you.has;
    std::vector<CheckOption> options;
    for (const mlroi::Prerequisite& p : app.catalog->prerequisites) {
        const bool held = std::find(has.begin(), has.end(), p.key) != has.end();
        options.push_back({p.key.c_str(), p.label, held,
                           held ? "You have it."
                                : "Missing: about " + std::to_string(int(p.bridging_months)) +
                                      " months of part-time study and " +
                                      mlroi::format_money(p.bridging_cost) +
                                      " before the program starts, and a lower chance of landing "
                                      "the role."});
    }
    const mlroi::Field& f = mlroi::field("you.has");
    const std::string tip = about(app, f.path, f.help);
    const int i = checkbox_flow(ui, f.path, f.label, options, tip.c_str());
    if (i >= 0) input_toggle(app, "you.has", options[i].key);
    show_error(app, "you.has");
}

void constraint_boxes(AppState& app, UiState& ui) {
    const mlroi::You& you = app.scenario.you;
    struct Box {
        const mlroi::Field& field;
        bool value;
    };
    const Box boxes[] = {{mlroi::field("you.must_keep_job"), you.must_keep_job},
                         {mlroi::field("you.can_relocate"), you.can_relocate},
                         {mlroi::field("you.caregiving"), you.caregiving}};
    std::vector<CheckOption> options;
    for (const Box& b : boxes) {
        options.push_back({std::strrchr(b.field.path, '.') + 1, b.field.label, b.value,
                           about(app, b.field.path, b.field.help)});
    }
    const int i = checkbox_flow(ui, "you.constraints", "Your constraints", options,
                                "What limits how you can study; it weighs in the program fit.");
    if (i >= 0) input_toggle(app, "you.constraints", options[i].key);
    for (const Box& b : boxes) show_error(app, b.field.path);
}

void tax_controls(AppState& app, UiState& ui) {
    static const char* const kLabels[] = {"Real taxes", "Flat rate"};
    static const char* const kKeys[] = {"real", "flat"};
    const bool flat = app.scenario.you.tax_rate.has_value();
    const std::string tip =
        about(app, "you.tax_rate",
              "Real taxes: the 2026 federal brackets and standard deduction for a single filer, "
              "Social Security and Medicare, and your state's flat rate, on each year's pay. Flat "
              "rate: one rate on all income instead (it starts at the share real taxes take from "
              "your current pay).");
    const int t =
        segmented(ui, "you.tax_rate", "Taxes", kLabels, kKeys, 2, flat ? 1 : 0, tip.c_str());
    if (t >= 0 && t != (flat ? 1 : 0)) input_choose(app, "you.tax_rate", kKeys[t]);
    show_error(app, "you.tax_rate");
    field_slider(app, ui, flat ? "you.tax_rate" : "you.state_tax_rate");
}

void you_section(AppState& app, UiState& ui) {
    if (!section(ui, "You", true)) return;
    field_slider(app, ui, "you.current_salary");
    background_buttons(app, ui);
    prerequisite_boxes(app, ui);
    constraint_boxes(app, ui);
    field_slider(app, ui, "you.dependents");
    field_slider(app, ui, "you.salary_growth");
    tax_controls(app, ui);
    field_slider(app, ui, "you.living_per_month");
    field_slider(app, ui, "you.horizon_years");
}

// [SECTION] Program
void program_section(AppState& app, UiState& ui) {
    if (!section(ui, "Program", true)) return;
    program_combo(app, ui);
    field_slider(app, ui, "program.tuition_per_year");
    field_slider(app, ui, "program.years");

    const char* modality = "program.modality";
    const std::string housing =
        mlroi::format_money(app.catalog->defaults.program.extra_housing_per_month);
    const std::string m = choice_buttons(
        ui, modality, mlroi::to_string(app.scenario.program.modality),
        std::string(mlroi::field(modality).help) +
            " Online and hybrid study need no move: choosing them sets extra housing and moving "
            "cost to $0; back in person, the default extra housing returns (" +
            housing + " a month). Adjust them below.");
    if (!m.empty()) input_choose(app, modality, m);
    show_error(app, modality);

    const char* pace = "program.pace";
    const std::string p =
        choice_buttons(ui, pace, mlroi::to_string(app.scenario.program.pace),
                       std::string(mlroi::field(pace).help) +
                           " Part-time usually means keeping your job: choosing it sets pay kept "
                           "to 100% and the course load to half; full-time sets them to 0% and a "
                           "full load. Set the length to match.");
    if (!p.empty()) input_choose(app, pace, p);
    show_error(app, pace);

    field_slider(app, ui, "program.work_share");
    field_slider(app, ui, "program.extra_housing_per_month");
    if (ui.force_open) ImGui::SetNextItemOpen(true);
    apply_open_request(ui, "section.More costs and aid");
    const bool more = ImGui::TreeNode("More costs and aid");
    record_item(ui, "section.More costs and aid");
    ui.opened["section.More costs and aid"] = more;
    if (more) {
        for (const char* path :
             {"program.fees_per_year", "program.grants_per_year", "program.employer_aid_per_year",
              "program.stipend_per_year", "program.relocation_cost", "program.travel_per_year",
              "program.caregiver_per_month", "program.enrollment_fraction"})
            field_slider(app, ui, path);
        ImGui::TreePop();
    }
}

// [SECTION] Financing
void financing_section(AppState& app, UiState& ui) {
    if (!section(ui, "Financing", true)) return;
    field_slider(app, ui, "financing.savings");
    field_slider(app, ui, "financing.federal_rate");
    const char* plan = "financing.plan";
    const std::string tip =
        about(app, plan,
              std::string(mlroi::field(plan).help) + "\n\nStandard: " + standard_plan_words() +
                  ". RAP: " + rap_words() + ".");
    const std::string choice =
        choice_buttons(ui, plan, mlroi::to_string(app.scenario.financing.plan), tip);
    if (!choice.empty()) input_choose(app, plan, choice);
    show_error(app, plan);
    field_slider(app, ui, "financing.private_rate");
    field_slider(app, ui, "financing.term_years");
    field_slider(app, ui, "financing.federal_fee");
}

// [SECTION] Outcome
void outcome_section(AppState& app, UiState& ui) {
    if (!section(ui, "Outcome", true)) return;
    role_combo(app, ui);
    for (const char* path : {"outcome.salary", "outcome.salary_growth", "outcome.extra_raise",
                             "outcome.extra_raise_years", "outcome.placement_probability",
                             "outcome.months_to_job", "outcome.completion_probability"})
        field_slider(app, ui, path);
}

// [SECTION] Assumptions
void assumptions_section(AppState& app, UiState& ui) {
    if (!section(ui, "Assumptions", false)) return;
    field_slider(app, ui, "assumptions.inflation");
    field_slider(app, ui, "assumptions.real_discount_rate");
    colored_wrapped(palette().text_muted,
                    "Future money is discounted at " +
                        mlroi::format_percent(app.results.nominal_discount_rate, 2) +
                        " a year: (1 + real rate) x (1 + inflation) - 1.");
}

} // namespace

// [SECTION] Choices and checkboxes (the canvas's and the twin's)
bool input_choose(AppState& app, const std::string& path, const std::string& key) {
    if (path == "preset.program" || path == "preset.role") return app_apply_preset(app, key);
    if (path == "you.tax_rate") {
        if (key != "real" && key != "flat") return false;
        return app_patch(app, path, tax_patch(app, key == "flat"));
    }
    if (path == "program.modality") {
        static const char* const kKeys[] = {"online", "hybrid", "in_person"};
        for (int i = 0; i < 3; ++i)
            if (key == kKeys[i])
                return app_patch(app, path, modality_patch(app, static_cast<mlroi::Modality>(i)));
        return app_edit(app, path, key); // the core names what is wrong
    }
    if (path == "program.pace") {
        static const char* const kKeys[] = {"full_time", "part_time"};
        for (int i = 0; i < 2; ++i)
            if (key == kKeys[i])
                return app_patch(app, path, pace_patch(app, static_cast<mlroi::Pace>(i)));
        return app_edit(app, path, key);
    }
    if (path == "you.background" || path == "financing.plan" || path == "outcome.role")
        return app_edit(app, path, key);
    return false;
}

bool input_toggle(AppState& app, const std::string& group, const std::string& key) {
    if (group == "you.has") {
        const std::vector<std::string>& has = app.scenario.you.has;
        json next = json::array(); // the catalog's order, this one flipped
        for (const mlroi::Prerequisite& p : app.catalog->prerequisites) {
            const bool held = std::find(has.begin(), has.end(), p.key) != has.end();
            if (held != (p.key == key)) next.push_back(p.key);
        }
        return app_edit(app, group, next);
    }
    if (group == "you.constraints") {
        const mlroi::You& you = app.scenario.you;
        const bool* value = key == "must_keep_job"  ? &you.must_keep_job
                            : key == "can_relocate" ? &you.can_relocate
                            : key == "caregiving"   ? &you.caregiving
                                                    : nullptr;
        return value && app_edit(app, "you." + key, !*value);
    }
    return false;
}

std::string input_error_path(const std::string& path, const std::string& key) {
    if (path == "preset.program" || path == "preset.role") return "preset";
    if (path == "you.constraints") return "you." + key;
    return path;
}

void draw_inputs(AppState& app, UiState& ui) {
    you_section(app, ui);
    program_section(app, ui);
    financing_section(app, ui);
    outcome_section(app, ui);
    assumptions_section(app, ui);
}

} // namespace mlroi_web
