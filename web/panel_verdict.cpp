#include "panel_verdict.hpp"

#include "theme.hpp"
#include "widgets.hpp"

#include "format.hpp"

#include "imgui.h"

namespace mlroi_web {

namespace {
// Month m (from month 0) falls in year m / 12 + 1.
std::string year_of(double month) {
    return std::to_string(static_cast<int>(month) / 12 + 1);
}
} // namespace

std::string verdict_sentence(const json& results, int horizon_years) {
    const double npv = number_at(results, "npv");
    const bool worth = npv >= 0;
    std::string s = worth ? "Worth it on these numbers: +" : "Not worth it on these numbers: ";
    s += mlroi::format_money(npv) + " over " + std::to_string(horizon_years) + " years";
    const json* be = json_at(results, "break_even_month");
    if (be && be->is_number())
        s += ", breaks even in year " + year_of(be->get<double>());
    else
        s += ", never breaks even";
    const json* p = json_at(results, "uncertainty.p_positive");
    if (p && p->is_number())
        s += ", " + mlroi::format_percent(p->get<double>(), 0) + " chance it pays off";
    return s;
}

std::string verdict_detail(const json& results) {
    std::string s = "What the degree adds to your lifetime money after every cost, in today's "
                    "dollars (future money discounted at " +
                    mlroi::format_percent(number_at(results, "nominal_discount_rate"), 2) +
                    " a year).";
    const json* irr = json_at(results, "irr");
    if (irr && irr->is_number())
        s += " Yearly return on what it costs: " + mlroi::format_percent(irr->get<double>(), 1) +
             ".";
    const json* dbe = json_at(results, "discounted_break_even_month");
    if (dbe && dbe->is_number())
        s += " Counting discounting, it breaks even in year " + year_of(dbe->get<double>()) + ".";
    return s;
}

void draw_verdict(const AppState& app, UiState& ui) {
    const double npv = number_at(app.results_json, "npv");
    ImGui::PushFont(ui.fonts.large);
    colored_wrapped(npv >= 0 ? palette().good : palette().bad,
                    verdict_sentence(app.results_json, app.scenario.you.horizon_years));
    ImGui::PopFont();
    record_item(ui, "verdict");
    colored_wrapped(palette().text_muted, verdict_detail(app.results_json));
}

} // namespace mlroi_web
