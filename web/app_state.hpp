// app_state.hpp: what the widget knows, independent of drawing: the reader's scenario as they
// gave it (fields left to the evidence are null), the same resolved against the catalog (what
// the analysis used, and why), its results, and the reader's rejected edits with the core's
// reasons. Every change goes through the core's validation (mlroi::read_checked); nothing
// here throws or aborts on bad input.
#pragma once

#include "analysis.hpp"
#include "catalog.hpp"

#include <map>
#include <string>
#include <vector>

namespace mlroi_web {

using json = nlohmann::json;

struct AppState {
    const mlroi::Catalog* catalog = nullptr;
    mlroi::Scenario scenario; // the reader's last good scenario, nulls kept
    json scenario_json;       // the same, as JSON (the CLI's `mlroi defaults` shape)
    mlroi::Scenario resolved; // `scenario` with every null filled from the evidence
    json resolved_json;       // the same, as JSON: what the sliders show
    std::vector<mlroi::UsedInput> inputs_used; // each fillable figure: its value and why
    mlroi::Results results;                    // of `scenario`
    json results_json; // the same, as JSON (the CLI's `mlroi analyze` shape)
    std::map<std::string, std::string> errors; // field path -> why the last edit was refused
    std::map<std::string, double> pending;     // field path -> the refused value, shown as typed
    std::string program_preset;                // key of the last program preset applied
    int revision = 0;                          // bumps on every accepted change
    bool complete = true; // results hold the whole analysis (odds, fit...), not only the cash
};

// Defaults from the built-in catalog, analysed. With `quick`, only the deterministic cash
// analysis runs now (the first frame needs no more); app_complete adds the rest.
void app_init(AppState& app, bool quick = false);
// Completes a quick start's results; true if there was anything to do.
bool app_complete(AppState& app);

// One field edit: `path` like "program.tuition_per_year", `value` any JSON value (null puts a
// fillable figure back to the evidence). On success the scenario and results change and the
// field's error clears; on failure nothing changes except errors[path] (all problems, one per
// line) and, for a number, pending[path].
bool app_edit(AppState& app, const std::string& path, const json& value);

// Several fields at once (a JSON fragment of the scenario), reported under `path`.
bool app_patch(AppState& app, const std::string& path, const json& patch);

// A program or role preset from the catalog, over the current scenario.
bool app_apply_preset(AppState& app, const std::string& key);

// Modality and pace bring their usual companions: online study needs no move, so no extra
// housing or relocation; part-time study keeps the job and half a load. Returns the patch.
json modality_patch(const AppState& app, mlroi::Modality m);
json pace_patch(const AppState& app, mlroi::Pace p);
// Real taxes (tax_rate null) or one flat rate, which starts at the share real taxes take from
// the current pay (state tax included), to the nearest point.
json tax_patch(const AppState& app, bool flat);

// [SECTION] Figures left to the evidence
// The reader left `path` null: the analysis fills it from the evidence.
bool left_to_evidence(const AppState& app, const std::string& path);
// How the analysis filled (or took) the figure at `path`; nullptr for other fields.
const mlroi::UsedInput* input_used(const AppState& app, const std::string& path);
// What the evidence would give for `path` were it left null (value and why).
mlroi::UsedInput evidence_for(const AppState& app, const std::string& path);

// [SECTION] The JS hook's three calls, as JSON text
std::string app_scenario_text(const AppState& app);
std::string app_results_text(AppState& app); // completes the results first
// Overlays a partial scenario (JSON text); returns a JSON array of {path, message}, empty
// when accepted. Nothing changes when there is any problem.
std::string app_set_scenario_text(AppState& app, const std::string& text);

// A value from a JSON document by dotted path ("loan.monthly_payment"); nullptr if absent.
const json* json_at(const json& doc, const std::string& path);
double number_at(const json& doc, const std::string& path, double fallback = 0);

} // namespace mlroi_web
