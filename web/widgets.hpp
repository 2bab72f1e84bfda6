// widgets.hpp: the input rows the panels are made of. Each row shows a label, a slider (or
// segmented buttons), a tooltip with the field's meaning and the source of its default, and
// the core's reason when an edit was refused. Typed entry: double-click (or Ctrl+click, or
// Tab into) a slider to type an exact value.
#pragma once

#include "app_state.hpp"
#include "ui_state.hpp"

#include <string>
#include <vector>

namespace mlroi_web {

// A numeric field by scenario path (see field_info.hpp), showing the value the analysis uses.
// A field the reader may leave to the evidence says under its slider whether it is (a muted
// note; its tooltip says why) or offers "Use evidence" to go back. True when the scenario
// changed.
bool field_slider(AppState& app, UiState& ui, const char* path);
// What that slider shows: a refused value as typed, else the figure the analysis uses (the
// reader's own, or the evidence's where the reader left it null).
double shown_value(const AppState& app, const std::string& path);

// Typed entry outside Dear ImGui (the browser's own <input>): the text a field's entry starts
// with ("27776", "7.94" for 7.94%), and typed text applied the way the slider's text box
// applies it ("$15,000" and "15000" alike; text that is no number goes to the core, which
// says why). True when applied; else app.errors[path] holds the core's message.
std::string typed_text(const AppState& app, const std::string& path);
bool apply_typed(AppState& app, const std::string& path, const std::string& text);

// Segmented buttons: one of `count` options; `keys[i]` names option i in the rectangles map
// ("program.modality=online"). Returns the clicked index, or -1.
int segmented(UiState& ui, const char* path, const char* label, const char* const* labels,
              const char* const* keys, int count, int current, const char* tooltip);

// Checkboxes under one label, flowing onto as many lines as the column needs; each recorded as
// "<path>=<key>". Returns the index of the one clicked, or -1.
struct CheckOption {
    const char* key;
    std::string label;
    bool checked;
    std::string tooltip;
};
int checkbox_flow(UiState& ui, const char* path, const char* label,
                  const std::vector<CheckOption>& options, const char* tooltip);

// A label for a row; stacked above its control on narrow columns. Returns the control width.
float row_label(UiState& ui, const char* label);

// Wrapped tooltip for the last item when hovered.
void item_tooltip(const UiState& ui, const std::string& text);

// Records the last item's rectangle under `key`.
void record_item(UiState& ui, const std::string& key);
// Opens or closes the next collapsing header or tree node when the twin asked (ui.open_request).
void apply_open_request(UiState& ui, const std::string& key);

// Records any rectangle (screen pixels) under `key`: a chart's plot area, a marker.
void record_rect(UiState& ui, const std::string& key, const ImVec2& min, const ImVec2& max);

// "Label ........ value" on one line, the value right-aligned; the label wraps before it.
void value_row(const UiState& ui, const char* label, const std::string& value, const char* meaning);

// Text in a colour, wrapped to the column.
void colored_wrapped(ImU32 color, const std::string& text);

} // namespace mlroi_web
