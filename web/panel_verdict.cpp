#include "panel_verdict.hpp"

#include "theme.hpp"
#include "widgets.hpp"

#include "format.hpp"

#include "imgui.h"

#include <cmath>

namespace mlroi_web {

namespace {
std::string signed_money(double x) {
    return (x > 0 ? "+" : "") + mlroi::format_money(x);
}

std::string cite_key(const mlroi::Catalog& c, const char* key) {
    auto it = c.preset_sources.find(key);
    return it == c.preset_sources.end() ? std::string() : short_cite(it->second);
}
} // namespace

ImU32 verdict_color(mlroi::VerdictLevel level) {
    const Palette& p = palette();
    switch (level) {
    case mlroi::VerdictLevel::Likely:
        return p.good;
    case mlroi::VerdictLevel::Uncertain:
        return p.uncertain;
    case mlroi::VerdictLevel::Unlikely:
        return p.bad;
    }
    return p.text_muted;
}

std::string pending_headline(const mlroi::CashResults& r, int horizon_years) {
    return signed_money(r.npv) + " expected over " + std::to_string(horizon_years) +
           " years; working out the odds...";
}

std::string expected_median_line(const mlroi::Results& r, bool complete) {
    std::string s = "Expected " + signed_money(r.npv);
    if (complete) s += " \u00b7 median " + signed_money(r.uncertainty.p50);
    return s;
}

std::string return_line(const mlroi::CashResults& r) {
    const std::string label = "Return on the money you put in, after loan costs: ";
    if (!r.irr) return label + "no single yearly rate fits these cash flows.";
    return label + mlroi::format_percent(*r.irr, 1) + " a year.";
}

std::string short_cite(const mlroi::Provenance& p) {
    const std::string& s = p.source;
    const size_t end = s.find_first_of(" ,:");
    std::string name = s.substr(0, end);
    if (end != std::string::npos && s[end] == ',') name += " et al."; // "Minaya, Scott-Clayton"
    return p.year ? name + " " + std::to_string(*p.year) : name;
}

std::string premium_line(const mlroi::CashResults& r, const mlroi::Catalog& c) {
    const double implied = r.premium.implied;
    const std::string size = mlroi::format_percent(std::abs(implied), 0);
    return "Pay after the degree is " + size + (implied >= 0 ? " above" : " below") +
           " pay without it when you start; published premiums: " +
           mlroi::format_percent(r.premium.published_causal, 0) + " (causal, " +
           cite_key(c, "model.premium") + ") to " +
           mlroi::format_percent(r.premium.published_raw, 0) + " (raw, " +
           cite_key(c, "model.premium_raw") + ").";
}

void draw_verdict(const AppState& app, UiState& ui) {
    const mlroi::Results& r = app.results;
    const Palette& pal = palette();
    ImGui::PushFont(ui.fonts.large);
    if (app.complete)
        colored_wrapped(verdict_color(r.verdict.level), r.verdict.headline);
    else
        colored_wrapped(pal.text_muted, pending_headline(r, app.scenario.you.horizon_years));
    ImGui::PopFont();
    record_item(ui, "verdict");

    ImGui::PushFont(ui.fonts.strong);
    colored_wrapped(ImGui::GetColorU32(ImGuiCol_Text), expected_median_line(r, app.complete));
    ImGui::PopFont();
    record_item(ui, "verdict.expected");
    item_tooltip(ui, "Expected: the average over every outcome (finishing or not, landing the "
                     "role or not), weighted by its chance. Median: the middle one of the "
                     "simulated careers; half do better. Both are what the degree adds to your "
                     "lifetime money after every cost, in today's dollars (future money "
                     "discounted at " +
                         mlroi::format_percent(r.nominal_discount_rate, 2) + " a year).");
    colored_wrapped(pal.text_muted, return_line(r));
    record_item(ui, "verdict.return");
    item_tooltip(ui, "The yearly interest rate at which what you put in (costs, pay given up, "
                     "loan payments) and what you get back balance: the internal rate of return "
                     "of the cash with the degree against the cash without it.");
    colored_wrapped(pal.text_muted, premium_line(r, *app.catalog));
    record_item(ui, "verdict.premium");
    item_tooltip(ui, "Your pay after the degree against your pay without it in the same month. "
                     "The causal estimate compares the same people before and after a master's; "
                     "the raw one compares starting salaries of master's and bachelor's "
                     "graduates.");
}

} // namespace mlroi_web
