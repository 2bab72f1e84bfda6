// sensitivity.hpp: which inputs move the answer most (a tornado of NPV at each input's low
// and high value) and where the answer flips (thresholds found by bisection).
#pragma once

#include "cashflow.hpp"
#include "montecarlo.hpp"
#include "scenario.hpp"

#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace mlroi {

struct TornadoBar {
    std::string key;                    // the field path, e.g. "program.tuition_per_year"
    std::string label;                  // in the reader's words
    double base = 0, low = 0, high = 0; // the input's values
    double npv_low = 0, npv_high = 0;   // NPV with the input at low and at high
    double swing = 0;                   // |npv_high - npv_low|
};

// Where NPV crosses zero as one input moves across its whole range. `value` is set when the
// crossing lies inside the range; otherwise `status` says which side the range is on:
// "found", "never" (NPV < 0 across the range) or "always" (NPV >= 0 across it).
struct Threshold {
    std::optional<double> value;
    std::string status;
};

struct Sensitivity {
    double base_npv = 0;
    std::vector<TornadoBar> tornado; // sorted by swing, largest first
    Threshold max_tuition_per_year;  // highest yearly tuition with NPV >= 0, to $100
    Threshold min_salary;            // lowest target salary with NPV >= 0, to $100
};

void to_json(json& j, const TornadoBar& v);
void to_json(json& j, const Threshold& v);
void to_json(json& j, const Sensitivity& v);

// `s` as the reader gave it: each variation is resolved again (a current salary moved by 20%
// moves a pay after the degree that derives from it).
// `paths`: those of `s` resolved, if already worked out.
Sensitivity sensitivity(const Scenario& s, const Catalog& c, const Spread& spread, double base_npv,
                        const ScenarioPaths* paths = nullptr);

// The crossing of NPV through zero as `set` moves a value over [lo, hi] in steps of `step`.
// `npv_falls` says NPV falls as the value rises (tuition) rather than rises (salary). The
// result is the last step with NPV >= 0 on the way from the good end.
// With `base` (the paths of `s` resolved), each step reuses those `set` leaves alone.
Threshold find_threshold(const Scenario& s, const Catalog& c,
                         const std::function<void(Scenario&, double)>& set, double lo, double hi,
                         double step, bool npv_falls, const ScenarioPaths* base = nullptr,
                         Unmoved unmoved = Unmoved::Nothing);

} // namespace mlroi
