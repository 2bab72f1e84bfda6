// results_view.hpp: what the result panels remember between frames, apart from the scenario:
// the path drawn against this program, the alternatives table's order, the "How we
// calculate" jump, and what the pointer is over (the browser tests read it through the JS
// hook, to compare what a reader is shown with getResults()).
#pragma once

#include <nlohmann/json.hpp>

#include <string>
#include <vector>

namespace mlroi_web {

struct ResultsView {
    std::string compare;                  // alternatives row shown against this program
    std::vector<std::string> table_order; // alternatives' keys as the table shows them
    bool open_method = false;             // a "How?" link was clicked this frame
    std::string method_section;           // the section it asked for
    std::string scroll_to;                // a panel key to bring to the top next frame
    nlohmann::json hover;                 // {"panel": "cash", "year": 5, ...} or null
};

} // namespace mlroi_web
