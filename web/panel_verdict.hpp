// panel_verdict.hpp: the answer at the top: the core's one verdict (results.verdict.headline,
// the same words every view shows) coloured by its level; then the expected NPV beside the
// median career's, the return on the money put in, and the pay premium the inputs imply beside
// the published ones.
#pragma once

#include "app_state.hpp"
#include "ui_state.hpp"

#include <string>

namespace mlroi_web {

ImU32 verdict_color(mlroi::VerdictLevel level);

// Before the odds are known (a quick start's first frame): the expected NPV alone.
std::string pending_headline(const mlroi::CashResults& r, int horizon_years);

// "Expected -$42,635 · median -$107,944"; the median only once the odds are known.
std::string expected_median_line(const mlroi::Results& r, bool complete);

// "Return on the money you put in, after loan costs: 3.1% a year."
std::string return_line(const mlroi::CashResults& r);

// "Pay after the degree is 24% above pay without it; published: 14% (causal, Minaya et al.
// 2024) to 23% (raw, NACE 2021)." Sources and years from the catalog.
std::string premium_line(const mlroi::CashResults& r, const mlroi::Catalog& c);

// "Minaya et al. 2024" from "Minaya, Scott-Clayton and Zhou, ..." and its year.
std::string short_cite(const mlroi::Provenance& p);

void draw_verdict(const AppState& app, UiState& ui);

} // namespace mlroi_web
