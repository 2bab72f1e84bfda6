// report_html.hpp: the results as an HTML fragment of text and tables: the headline, the key
// figures and every panel's data, each table with a caption and header cells. One function
// serves every reader who does not see the canvas: the CLI writes it into the pages at build
// time (readers without JavaScript or WebGL, search engines, reader modes), and the widget can
// put the same text into the page's DOM (screen readers, find, print, saved pages).
// Plain text only, every value escaped; no scripts, no styles beyond class names.
#pragma once

#include "analysis.hpp"

#include <string>
#include <utility>
#include <vector>

namespace mlroi {

// `reader` as the reader gave it (nulls included), `r` its full analysis. Element ids start
// with `id_prefix` (one per widget on a page, so ids stay unique).
std::string results_html(const Scenario& reader, const Results& r, const Catalog& c,
                         const std::string& id_prefix = "mlroi");

// The key figures (name, value in words), as both the text version and the copied summary
// (report_text.hpp) give them: expected NPV, median, chance, break-even, return, pay, premium,
// cost, payment, loan risk, program fit. `s` resolved (no nulls).
std::vector<std::pair<std::string, std::string>> key_figures(const Scenario& s, const Results& r);

// Text with &, <, >, " and ' escaped for HTML.
std::string escape_html(const std::string& text);

} // namespace mlroi
