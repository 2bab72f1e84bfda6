// report_text.hpp: the results as a short plain-text summary, to paste into a note or a
// message: the verdict's headline, the key figures (as the text version gives them) and the
// main inputs in words. The widget's "Copy summary" button and `mlroi summary` give it.
#pragma once

#include "analysis.hpp"

#include <string>

namespace mlroi {

// `reader` as the reader gave it (nulls included), `r` its full analysis. Lines end in "\n".
std::string summary_text(const Scenario& reader, const Results& r, const Catalog& c);

} // namespace mlroi
