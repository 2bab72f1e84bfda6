#include "panel_alternatives.hpp"

#include "chart.hpp"
#include "panel_cash_chart.hpp"
#include "panel_method.hpp"
#include "panel_odds.hpp"
#include "theme.hpp"
#include "widgets.hpp"

#include "format.hpp"

#include "imgui.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <limits>
#include <numeric>

namespace mlroi_web {

namespace {
constexpr const char* kColumns[] = {"Path", "Cost", "Months", "NPV", "Even in", "Odds", "Fit"};
constexpr const char* kColumnMeanings[] = {
    "The path; hover a name for all of it.",
    "Direct costs, pay given up and loan interest, in dollars as paid.",
    "Months of study.",
    "Expected NPV: what the path adds to your lifetime money, in today's dollars.",
    "The year from which you stay ahead of your current path.",
    "The chance it pays off (simulated careers with an NPV above zero); none for staying put.",
    "Program fit, out of 100."};
constexpr const char* kColumnKeys[] = {
    "label", "cost", "months", "npv", "break_even_month", "p_positive", "fit_score"};

// The value a column sorts by (none: -1 keeps the core's order); missing values sort as the
// worst.
double sort_value(const mlroi::Alternative& a, int column) {
    constexpr double kMissing = std::numeric_limits<double>::infinity();
    switch (column) {
    case 1:
        return a.cost;
    case 2:
        return a.months;
    case 3:
        return a.npv;
    case 4:
        return a.break_even_month ? *a.break_even_month : kMissing;
    case 5:
        return a.p_positive ? *a.p_positive : -kMissing;
    case 6:
        return a.fit_score ? *a.fit_score : -kMissing;
    }
    return 0;
}

const char* modality_words(mlroi::Modality m) {
    return m == mlroi::Modality::Online   ? "online"
           : m == mlroi::Modality::Hybrid ? "hybrid"
                                          : "in person";
}

std::string break_even_text(const mlroi::Alternative& a) {
    if (a.kind == "stay") return "-"; // nothing to win back
    return a.break_even_month ? "year " + std::to_string(*a.break_even_month / 12 + 1) : "never";
}

// "Same program, online part-time" reads as "Online part-time" in the table.
std::string short_label(const mlroi::Alternative& a) {
    const std::string prefix = "Same program, ";
    std::string s = a.label.rfind(prefix, 0) == 0 ? a.label.substr(prefix.size()) : a.label;
    if (!s.empty()) s[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(s[0])));
    return s;
}

const mlroi::Alternative* find_row(const std::vector<mlroi::Alternative>& rows,
                                   const std::string& key) {
    for (const mlroi::Alternative& a : rows)
        if (a.key == key) return &a;
    return nullptr;
}

void comparison_chart(const AppState& app, UiState& ui, const mlroi::Alternative& path) {
    const std::vector<mlroi::Alternative>& rows = app.results.alternatives;
    const mlroi::Alternative& current = rows.front();
    double lo = 0, hi = 1;
    for (const auto* series : {&current.timeline, &path.timeline})
        for (double v : *series) lo = std::min(lo, v), hi = std::max(hi, v);
    const Palette& pal = palette();
    colored_wrapped(ImGui::GetColorU32(ImGuiCol_Text),
                    "Cumulative cash: " + path.label + " against this program");
    const ChartArea c = chart_begin(
        "comparison chart", chart_height(ui, ImGui::GetContentRegionAvail().x) * 0.8f,
        {0, static_cast<double>(current.timeline.size() - 1)}, {lo, hi}, year_label, money_label);
    record_item(ui, "chart.comparison");
    chart_line(c, path.timeline, pal.bar[2], LineStyle::Dashed, 2 * ui.scale);
    chart_line(c, current.timeline, pal.bar[0], LineStyle::Solid, 2.5f * ui.scale);
    if (const auto year = chart_hovered_index(c, static_cast<int>(current.timeline.size())))
        item_tooltip(ui, "End of year " + std::to_string(*year) +
                             "\nThis program: " + mlroi::format_money(current.timeline[*year]) +
                             "\n" + path.label + ": " + mlroi::format_money(path.timeline[*year]));
    colored_wrapped(pal.text_muted, "Solid: this program. Dashed: " + path.label + ".");
}
} // namespace

std::vector<int> alternatives_order(const std::vector<mlroi::Alternative>& rows, int column,
                                    bool ascending) {
    std::vector<int> order(rows.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
        if (column == 0)
            return ascending ? rows[a].label < rows[b].label : rows[a].label > rows[b].label;
        const double x = sort_value(rows[a], column), y = sort_value(rows[b], column);
        return ascending ? x < y : x > y;
    });
    return order;
}

void draw_alternatives(const AppState& app, UiState& ui) {
    const std::vector<mlroi::Alternative>& rows = app.results.alternatives;
    if (rows.empty() || !panel_header(ui, "alternatives", "Other paths", "method.alternatives"))
        return;
    const Palette& pal = palette();
    colored_wrapped(pal.text_muted, "The same you on other paths. Sort by any column; choose a row "
                                    "to see its cash against this program's.");
    // The path names keep their width; on a narrow column the numbers scroll sideways
    // under them (the names stay put). Tristate: the core's order until a header is clicked.
    const ImGuiTableFlags flags = ImGuiTableFlags_Sortable | ImGuiTableFlags_SortTristate |
                                  ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH |
                                  ImGuiTableFlags_SizingFixedFit | ImGuiTableFlags_ScrollX;
    float name_width = 0;
    for (const mlroi::Alternative& a : rows)
        name_width = std::max(name_width, ImGui::CalcTextSize(short_label(a).c_str()).x);
    name_width = std::min(name_width, ImGui::GetContentRegionAvail().x * 0.45f);
    const float row = ImGui::GetTextLineHeight() + ImGui::GetStyle().CellPadding.y * 2;
    const float height = (rows.size() + 1) * row + ImGui::GetStyle().ScrollbarSize + 2 * ui.scale;
    if (!ImGui::BeginTable("alternatives", 7, flags, ImVec2(0, height))) return;
    ImGui::TableSetupScrollFreeze(1, 1);
    ImGui::TableSetupColumn(
        kColumns[0], ImGuiTableColumnFlags_WidthFixed | ImGuiTableColumnFlags_NoHide, name_width);
    for (int i = 1; i < 7; ++i)
        ImGui::TableSetupColumn(kColumns[i], ImGuiTableColumnFlags_PreferSortDescending);
    ImGui::TableNextRow(ImGuiTableRowFlags_Headers);
    for (int i = 0; i < 7; ++i) {
        ImGui::TableSetColumnIndex(i);
        ImGui::TableHeader(kColumns[i]);
        record_item(ui, std::string("alternatives.header.") + kColumnKeys[i]);
        item_tooltip(ui, kColumnMeanings[i]);
    }
    int column = -1;
    bool ascending = true;
    if (const ImGuiTableSortSpecs* specs = ImGui::TableGetSortSpecs();
        specs && specs->SpecsCount > 0) {
        column = specs->Specs[0].ColumnIndex;
        ascending = specs->Specs[0].SortDirection == ImGuiSortDirection_Ascending;
    }
    ui.view.table_order.clear();
    for (int index : alternatives_order(rows, column, ascending)) {
        const mlroi::Alternative& a = rows[index];
        ui.view.table_order.push_back(a.key);
        ImGui::TableNextRow();
        if (a.kind == "current") ImGui::TableSetBgColor(ImGuiTableBgTarget_RowBg1, pal.highlight);
        ImGui::TableSetColumnIndex(0);
        const bool chosen = ui.view.compare == a.key;
        if (ImGui::Selectable((short_label(a) + "##" + a.key).c_str(), chosen,
                              ImGuiSelectableFlags_SpanAllColumns) &&
            a.kind != "current")
            ui.view.compare = chosen ? "" : a.key;
        item_tooltip(ui, a.label);
        record_item(ui, "alternatives.row." + a.key);
        ImGui::TableSetColumnIndex(1);
        ImGui::TextUnformatted(mlroi::format_money(a.cost).c_str());
        ImGui::TableSetColumnIndex(2);
        ImGui::Text("%d", a.months);
        ImGui::TableSetColumnIndex(3);
        ImGui::TextColored(ImGui::ColorConvertU32ToFloat4(a.npv >= 0 ? pal.good : pal.bad), "%s",
                           mlroi::format_money(a.npv).c_str());
        ImGui::TableSetColumnIndex(4);
        ImGui::TextUnformatted(break_even_text(a).c_str());
        ImGui::TableSetColumnIndex(5);
        ImGui::TextUnformatted(a.p_positive ? mlroi::format_percent(*a.p_positive, 0).c_str()
                                            : "-");
        ImGui::TableSetColumnIndex(6);
        ImGui::TextUnformatted(
            a.fit_score ? std::to_string(static_cast<int>(std::lround(*a.fit_score))).c_str()
                        : "-");
    }
    ImGui::EndTable();
    if (const mlroi::Alternative* path = find_row(rows, ui.view.compare))
        comparison_chart(app, ui, *path);
}

void draw_modalities(const AppState& app, UiState& ui) {
    const std::vector<mlroi::Alternative>& rows = app.results.alternatives;
    if (rows.empty() ||
        !panel_header(ui, "modalities", "Online, hybrid or in person?", "method.alternatives"))
        return;
    const Palette& pal = palette();
    for (const mlroi::Alternative& a : rows) {
        if (a.kind != "current" && a.kind != "variant") continue;
        const mlroi::Program& p = app.scenario.program;
        const std::string name =
            a.kind == "current" ? std::string("Yours: ") + modality_words(p.modality) + ", " +
                                      (p.pace == mlroi::Pace::FullTime ? "full-time" : "part-time")
                                : short_label(a);
        ImGui::PushFont(ui.fonts.strong);
        ImGui::TextUnformatted(name.c_str());
        ImGui::PopFont();
        record_item(ui, "modality." + a.key);
        colored_wrapped(a.npv >= 0 ? pal.good : pal.bad,
                        mlroi::format_money(a.npv) + " over your horizon, breaks even " +
                            break_even_text(a) + ", " +
                            (a.p_positive ? odds_sentence(*a.p_positive) + ", " : "") + "costs " +
                            mlroi::format_money(a.cost) + " in all.");
    }
}

} // namespace mlroi_web
