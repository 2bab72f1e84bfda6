#include "panel_inputs.hpp"

#include "theme.hpp"
#include "widgets.hpp"

#include "format.hpp"

#include "imgui.h"

#include <iterator>

namespace mlroi_web {

// [SECTION] Index: helpers, presets, sections (Program, You, Financing, Outcome, Assumptions)

namespace {

bool section(UiState& ui, const char* title, bool open_by_default) {
    if (ui.force_open) ImGui::SetNextItemOpen(true);
    ImGui::PushFont(ui.fonts.strong);
    const bool open = ImGui::CollapsingHeader(
        title, open_by_default ? ImGuiTreeNodeFlags_DefaultOpen : ImGuiTreeNodeFlags_None);
    ImGui::PopFont();
    record_item(ui, std::string("section.") + title);
    return open;
}

// [SECTION] Presets
void preset_combo(AppState& app, UiState& ui, bool programs) {
    const mlroi::Catalog& c = *app.catalog;
    const char* id = programs ? "preset.program" : "preset.role";
    std::string preview = "Custom";
    if (programs) {
        if (const mlroi::ProgramPreset* p = c.program(app.program_preset)) preview = p->label;
    } else if (const mlroi::RolePreset* r = c.role(app.scenario.outcome.role)) {
        preview = r->label;
    }
    ImGui::PushID(id);
    const float width = row_label(ui, programs ? "Start from" : "Target role");
    item_tooltip(ui, programs ? "A typical program to start from. It sets the program's price, "
                                "length, pace and costs; your own inputs elsewhere stay."
                              : "The job you aim for. It sets the expected salary after the "
                                "degree (Salary.com averages as cited by the article; BLS for "
                                "research scientists).");
    ImGui::SetNextItemWidth(width);
    if (ImGui::BeginCombo("##combo", preview.c_str())) {
        if (programs) {
            for (const mlroi::ProgramPreset& p : c.programs) {
                if (ImGui::Selectable(p.label.c_str(), p.key == app.program_preset))
                    app_apply_preset(app, p.key);
                record_item(ui, std::string(id) + "=" + p.key);
                auto src = p.sources.find("program.tuition_per_year");
                const json* tuition = json_at(p.patch, "program.tuition_per_year");
                if (src != p.sources.end() && tuition && tuition->is_number())
                    item_tooltip(
                        ui, "Tuition " + mlroi::format_money(tuition->get<double>()) + " a year. " +
                                (src->second.assumption.empty()
                                     ? src->second.source
                                     : "Assumption: " + src->second.assumption) +
                                (src->second.year ? ", " + std::to_string(*src->second.year)
                                                  : std::string()) +
                                ".");
            }
        } else {
            for (const mlroi::RolePreset& r : c.roles) {
                const std::string text = r.label + " (" + mlroi::format_money(r.salary) + ")";
                if (ImGui::Selectable(text.c_str(), r.key == app.scenario.outcome.role))
                    app_apply_preset(app, r.key);
                record_item(ui, std::string(id) + "=" + r.key);
                auto src = r.sources.find("salary");
                if (src != r.sources.end())
                    item_tooltip(ui, src->second.assumption.empty()
                                         ? src->second.source +
                                               (src->second.year
                                                    ? ", " + std::to_string(*src->second.year)
                                                    : std::string())
                                         : "Assumption: " + src->second.assumption);
            }
        }
        ImGui::EndCombo();
    }
    record_item(ui, id);
    auto error = app.errors.find("preset");
    if (error != app.errors.end()) colored_wrapped(palette().error, error->second);
    ImGui::PopID();
}

// [SECTION] Program
void program_section(AppState& app, UiState& ui) {
    if (!section(ui, "Program", true)) return;
    preset_combo(app, ui, true);
    field_slider(app, ui, "program.tuition_per_year");
    field_slider(app, ui, "program.years");

    static const char* const kModalityLabels[] = {"Online", "Hybrid", "In person"};
    static const char* const kModalityKeys[] = {"online", "hybrid", "in_person"};
    const int modality = static_cast<int>(app.scenario.program.modality);
    const int m = segmented(ui, "program.modality", "Where you study", kModalityLabels,
                            kModalityKeys, 3, modality,
                            "Online, hybrid or on campus. Online and hybrid study need no move: "
                            "choosing them sets extra housing and moving cost to $0; back in "
                            "person, the default extra housing returns ($1,000 a month, from the "
                            "article). Adjust them below.");
    if (m >= 0 && m != modality)
        app_patch(app, "program.modality", modality_patch(app, static_cast<mlroi::Modality>(m)));
    if (app.errors.count("program.modality"))
        colored_wrapped(palette().error, app.errors["program.modality"]);

    static const char* const kPaceLabels[] = {"Full-time", "Part-time"};
    static const char* const kPaceKeys[] = {"full_time", "part_time"};
    const int pace = static_cast<int>(app.scenario.program.pace);
    const int p = segmented(ui, "program.pace", "Pace", kPaceLabels, kPaceKeys, 2, pace,
                            "Full-time or part-time. Part-time usually means keeping your job: "
                            "choosing it sets pay kept to 100% and the course load to half; "
                            "full-time sets them to 0% and a full load. Set the length to match.");
    if (p >= 0 && p != pace)
        app_patch(app, "program.pace", pace_patch(app, static_cast<mlroi::Pace>(p)));
    if (app.errors.count("program.pace"))
        colored_wrapped(palette().error, app.errors["program.pace"]);

    field_slider(app, ui, "program.work_share");
    field_slider(app, ui, "program.extra_housing_per_month");
    if (ui.force_open) ImGui::SetNextItemOpen(true);
    if (ImGui::TreeNode("More costs and aid")) {
        record_item(ui, "section.More costs and aid");
        for (const char* path :
             {"program.fees_per_year", "program.grants_per_year", "program.employer_aid_per_year",
              "program.stipend_per_year", "program.relocation_cost", "program.travel_per_year",
              "program.caregiver_per_month", "program.enrollment_fraction"})
            field_slider(app, ui, path);
        ImGui::TreePop();
    }
}

// [SECTION] You
void you_section(AppState& app, UiState& ui) {
    if (!section(ui, "You", false)) return;
    for (const char* path : {"you.current_salary", "you.salary_growth", "you.tax_rate",
                             "you.horizon_years", "you.dependents"})
        field_slider(app, ui, path);
}

// [SECTION] Financing
void financing_section(AppState& app, UiState& ui) {
    if (!section(ui, "Financing", true)) return;
    field_slider(app, ui, "financing.savings");
    field_slider(app, ui, "financing.federal_rate");
    static const char* const kPlanLabels[] = {"Standard", "Tiered", "RAP"};
    static const char* const kPlanKeys[] = {"standard", "tiered_standard", "rap"};
    const int plan = static_cast<int>(app.scenario.financing.plan);
    const int choice = segmented(
        ui, "financing.plan", "Repayment plan", kPlanLabels, kPlanKeys, 3, plan,
        "Standard: fixed payments over the term you set. Tiered: the term follows the balance "
        "(under $25,000: 10 years; under $50,000: 15; under $100,000: 20; else 25). RAP "
        "(Repayment Assistance Plan): 1% to 10% of your income, unpaid interest waived, the "
        "rest forgiven after 30 years.");
    if (choice >= 0 && choice != plan) app_edit(app, "financing.plan", kPlanKeys[choice]);
    field_slider(app, ui, "financing.term_years");
    field_slider(app, ui, "financing.private_rate");
    field_slider(app, ui, "financing.federal_fee");
}

// [SECTION] Outcome
void outcome_section(AppState& app, UiState& ui) {
    if (!section(ui, "Outcome", true)) return;
    preset_combo(app, ui, false);
    for (const char* path :
         {"outcome.salary", "outcome.salary_growth", "outcome.placement_probability",
          "outcome.months_to_job", "outcome.completion_probability"})
        field_slider(app, ui, path);
}

// [SECTION] Assumptions
void assumptions_section(AppState& app, UiState& ui) {
    if (!section(ui, "Assumptions", false)) return;
    field_slider(app, ui, "assumptions.inflation");
    field_slider(app, ui, "assumptions.real_discount_rate");
    ImGui::PushStyleColor(ImGuiCol_Text, palette().text_muted);
    ImGui::PushTextWrapPos(0);
    ImGui::Text("Future money is discounted at %s a year: (1 + real rate) x (1 + inflation) - 1.",
                mlroi::format_percent(app.results.nominal_discount_rate, 2).c_str());
    ImGui::PopTextWrapPos();
    ImGui::PopStyleColor();
}

} // namespace

void draw_inputs(AppState& app, UiState& ui) {
    program_section(app, ui);
    you_section(app, ui);
    financing_section(app, ui);
    outcome_section(app, ui);
    assumptions_section(app, ui);
}

} // namespace mlroi_web
