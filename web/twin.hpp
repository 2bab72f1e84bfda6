// twin.hpp: the widget's DOM twin, the C++ half (the page's half is shell/twin.js). The
// browser gets one real, labelled DOM element per control and panel, in reading order,
// placed over the item it stands for: the verdict, each input section's header, its sliders
// (<input type=range>), choices (radio groups), checkboxes and presets (<select>), and each
// result panel's header. Everything here compiles natively (tests/web).
//
// Ids: a slider by its scenario path ("program.tuition_per_year"); "evidence:<path>" its "Use
// evidence" button; "choice:<path>" a radio group, "check:you.has" / "check:you.constraints"
// checkbox groups (their options' rectangles are "<path>=<key>"); "preset.program",
// "preset.role"; "section.<title>", "panel.<key>"; "verdict".
#pragma once

#include "app_state.hpp"
#include "ui_state.hpp"

#include <string>

namespace mlroi_web {

// The controls in reading order, as JSON: [{id, kind (region, section, range, evidence,
// choice, check, select, panel), label, key (its rectangle), sections (the input sections
// it sits in), and for a range min, max, step in the units it shows (percent for shares),
// for choices and checks options [{key, label}], for a panel text (the text version's
// section)}]. The one place the twin's field list comes from.
std::string twin_fields_json(const AppState& app);

// Every control's value now: {id: {v: value, t: spoken value (aria-valuetext), e: the core's
// message for a refused edit, ev: left to the evidence}}, and verdict: {t: headline}.
std::string twin_state_json(const AppState& app);

// The rectangles of the twin's items in CSS px, content coordinates (auto height: from the
// content's top; fixed: the canvas's), {r: {key: [x, y, w, h]}, o: {key: open}}.
std::string twin_layout_json(const AppState& app, const UiState& ui);

// "<id>=<value>": a slider's value as shown ("27876", "7.95"), a choice's key, a checkbox's
// key (flipped), a preset's key, "null" for Use evidence, "open"/"closed"/"toggle" for a
// section or panel. Applied exactly as the canvas applies it (apply_typed, input_choose,
// input_toggle, app_edit). Returns "" when applied, else the core's message.
std::string twin_set(AppState& app, UiState& ui, const std::string& command);

// The twin element whose item has the page's focus (its rectangle key), or "" for none. The
// item gets a focus ring; its sections open and (fixed height) its column scrolls to it.
void twin_focus(const AppState& app, UiState& ui, const std::string& key);

// After each frame's UI: the focus ring, and layout_revision bumped if the layout changed.
void twin_after_draw(UiState& ui);

// The ring's colour and width (device px) at this scale.
ImU32 focus_ring_color();
float focus_ring_width(const UiState& ui);

} // namespace mlroi_web
