#include "panel_method.hpp"

#include "field_info.hpp"
#include "theme.hpp"
#include "widgets.hpp"

#include "analysis.hpp"
#include "format.hpp"
#include "loans.hpp"

#include "imgui.h"

#include <string>

namespace mlroi_web {

// [SECTION] Index
//   Panel header with its "How?" link, the conventions, the sources.

namespace {

struct Section {
    const char* id;
    const char* title;
    std::string text;
};

std::vector<Section> sections() {
    using mlroi::format_money;
    using mlroi::format_percent;
    return {
        {"method.money", "Money and time",
         "Everything is in US dollars as they are paid, month by month from the first month of "
         "the program, over the horizon you choose. Money in the future is worth less: we "
         "discount it at a real rate (3%, FREOPP's) plus inflation (2.5%, an assumption), about "
         "5.6% a year. Pay grows each year at the raise rates you set."},
        {"method.timeline", "The two paths",
         "Without the degree you keep your current pay. With it, you keep your share of that pay "
         "while you study (nothing full time on campus, all of it part time), pay tuition and "
         "fees less grants and employer aid, extra housing, travel, care and any move; then you "
         "look for a job on that income, and land the new role with the chance you set (or go "
         "back to your old pay). If you may not finish, a non-finisher leaves halfway, having "
         "paid the costs so far. Income is taxed at your flat rate; costs and loan payments are "
         "after-tax. Rent you pay on both paths cancels out (FREOPP's convention)."},
        {"method.financing", "Loans",
         "Savings pay first; the rest of each study year is borrowed at its start: first a "
         "federal Direct Unsubsidized loan (loans from 1 July 2026: up to " +
             format_money(mlroi::kFederalAnnualLimit) +
             " a year, less below full time, none below "
             "half time; " +
             format_money(mlroi::kFederalAggregateLimit) +
             " in all), then a private loan. The loan includes its origination fee. Interest "
             "builds up until repayment starts six months after the program and is then added "
             "to the balance. Standard: fixed payments over your term. Tiered: 10 to 25 years by "
             "balance. RAP: 1% to 10% of your income, $50 a month less per dependent, at least "
             "$10; "
             "unpaid interest is waived and what is left after 30 years is forgiven."},
        {"method.results", "NPV, return and break-even",
         "NPV is what the degree adds to your lifetime money, after every cost, in today's "
         "dollars. The yearly return is the interest rate at which the degree's costs and gains "
         "balance. It breaks even in the first month from which your running total with the "
         "degree stays ahead of the running total without it."},
        {"method.loan_risk", "Loan risk",
         "Two readings, and the worse one counts. Payments against the first year's expected "
         "pay: under " +
             format_percent(mlroi::kPaymentShareLow, 0) + " is low, up to " +
             format_percent(mlroi::kPaymentShareHigh, 0) +
             " moderate (the Gainful Employment warning zone), above that high. Debt against "
             "that year's pay: at most one year's pay is low (Kantrowitz), up to 1.5 times "
             "moderate (our assumption), up to twice high, beyond twice very high."},
        {"method.fit", "Program fit",
         "Six factors, weighted: prerequisites (20), modality and pace against your constraints "
         "(20), affordability and loan risk (20), published outcomes (15), industry connections "
         "(15), and whether the role expects a master's (10). Each scores 0 to 100 and says why "
         "in one sentence."},
        {"method.odds", "The odds",
         "We simulate thousands of careers. Each draws whether you finish, how long the job "
         "search takes, whether you land the role, your starting salary (spread like the role's "
         "BLS pay: the middle half between its 25th and 75th percentiles) and your raises. The "
         "chance it pays off is the share of careers with an NPV above zero. The same seed "
         "always gives the same careers."},
        {"method.sensitivity", "What moves the answer",
         "Each bar is the NPV with one input at a low and a high value (say, tuition half and one "
         "and a half times yours), everything else as you set it; the biggest swings come first. "
         "The thresholds are the highest tuition and the lowest salary after the degree at which "
         "the NPV is still zero or more, to the nearest $100."},
        {"method.alternatives", "Other paths",
         "The same you on each path, with its own costs, length, chances and salary: your program "
         "at another pace (part time takes 1.5 times as long; the total tuition stays the same), "
         "a bootcamp (placement counted the CIRR way: hired in field within 180 days, every "
         "student who enrolled counted), a certificate, self-study, a funded PhD, or staying put. "
         "Their figures are assumptions unless a source is given in the data."},
    };
}

void draw_sources(const AppState& app, const UiState& ui) {
    const json defaults = app.catalog->defaults;
    for (const auto& [path, provenance] : app.catalog->sources) {
        const FieldSpec* spec = field_spec(path);
        const json* value = json_at(defaults, path);
        std::string shown = value ? value->dump() : "";
        if (spec && value && value->is_number()) shown = format_value(*spec, value->get<double>());
        if (value && value->is_string()) shown = value->get<std::string>();
        ImGui::PushFont(ui.fonts.strong);
        colored_wrapped(ImGui::GetColorU32(ImGuiCol_Text),
                        std::string(spec ? spec->label : path.c_str()) + ": " + shown);
        ImGui::PopFont();
        const std::string where =
            provenance.assumption.empty()
                ? provenance.source +
                      (provenance.year ? ", " + std::to_string(*provenance.year) : "")
                : "Assumption: " + provenance.assumption;
        colored_wrapped(palette().text_muted, where + ".");
    }
}

} // namespace

bool panel_header(UiState& ui, const char* key, const char* title, const char* section) {
    if (ui.force_open) ImGui::SetNextItemOpen(true);
    const bool open = ImGui::CollapsingHeader(title, ImGuiTreeNodeFlags_DefaultOpen |
                                                         ImGuiTreeNodeFlags_AllowItemOverlap);
    record_item(ui, std::string("panel.") + key);
    if (ui.view.scroll_to == key) {
        ImGui::SetScrollHereY(0);
        ui.view.scroll_to.clear();
    }
    const char* link = "How?";
    const float width = ImGui::CalcTextSize(link).x + ImGui::GetStyle().FramePadding.x * 2;
    ImGui::SameLine(ImGui::GetWindowContentRegionMax().x - width);
    ImGui::PushID(title);
    if (ImGui::SmallButton(link)) {
        ui.view.open_method = true;
        ui.view.method_section = section;
    }
    ImGui::PopID();
    item_tooltip(ui, "How we calculate this");
    return open;
}

void draw_method(const AppState& app, UiState& ui) {
    const bool jump = ui.view.open_method || ui.view.scroll_to == "method";
    if (jump || ui.force_open) ImGui::SetNextItemOpen(true);
    const bool open = ImGui::CollapsingHeader("How we calculate");
    record_item(ui, "panel.method");
    if (ui.view.scroll_to == "method") {
        ImGui::SetScrollHereY(0);
        ui.view.scroll_to.clear();
    }
    if (!open) return;
    for (const Section& s : sections()) {
        if (ui.force_open || (jump && ui.view.method_section == s.id)) ImGui::SetNextItemOpen(true);
        const bool section_open = ImGui::TreeNodeEx(s.id, ImGuiTreeNodeFlags_None, "%s", s.title);
        if (jump && ui.view.method_section == s.id) ImGui::SetScrollHereY(0);
        if (!section_open) continue;
        colored_wrapped(ImGui::GetColorU32(ImGuiCol_Text), s.text);
        ImGui::TreePop();
    }
    if (ui.force_open) ImGui::SetNextItemOpen(true);
    if (ImGui::TreeNode("Every default and its source")) {
        draw_sources(app, ui);
        ImGui::TreePop();
    }
    ui.view.open_method = false;
}

} // namespace mlroi_web
