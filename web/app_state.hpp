// app_state.hpp: what the widget knows, independent of drawing: the current (last good)
// scenario, its results, and the reader's rejected edits with the core's reasons.
// Every change goes through the core's validation (mlroi::read_scenario and
// mlroi::check_against_catalog); nothing here throws or aborts on bad input.
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
    mlroi::Scenario scenario; // the last good scenario
    json scenario_json;       // the same, as JSON (the CLI's `mlroi defaults` shape)
    mlroi::Results results;   // of `scenario`
    json results_json;        // the same, as JSON (the CLI's `mlroi analyze` shape)
    std::map<std::string, std::string> errors; // field path -> why the last edit was refused
    std::map<std::string, double> pending;     // field path -> the refused value, shown as typed
    std::string program_preset;                // key of the last program preset applied
    std::string role_preset;                   // key of the last role preset applied
    int revision = 0;                          // bumps on every accepted change
    bool complete = true; // results hold the whole analysis (odds, fit...), not only the cash
};

// Defaults from the built-in catalog, analysed. With `quick`, only the deterministic cash
// analysis runs now (the first frame needs no more); app_complete adds the rest.
void app_init(AppState& app, bool quick = false);
// Completes a quick start's results; true if there was anything to do.
bool app_complete(AppState& app);

// One field edit: `path` like "program.tuition_per_year", `value` any JSON value. On success
// the scenario and results change and the field's error clears; on failure nothing changes
// except errors[path] (all problems, one per line) and, for a number, pending[path].
bool app_edit(AppState& app, const std::string& path, const json& value);

// Several fields at once (a JSON fragment of the scenario), reported under `path`.
bool app_patch(AppState& app, const std::string& path, const json& patch);

// A program or role preset from the catalog, over the current scenario.
bool app_apply_preset(AppState& app, const std::string& key);

// Modality and pace bring their usual companions: online study needs no move, so no extra
// housing or relocation; part-time study keeps the job and half a load. Returns the patch.
json modality_patch(const AppState& app, mlroi::Modality m);
json pace_patch(const AppState& app, mlroi::Pace p);

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
