#include "alternatives.hpp"

#include "analysis.hpp"
#include "json_fields.hpp"

#include <algorithm>
#include <cmath>

namespace mlroi {

void to_json(json& j, const Alternative& v) {
    j = json{{"key", v.key},
             {"label", v.label},
             {"kind", v.kind},
             {"cost", v.cost},
             {"months", v.months},
             {"npv", v.npv},
             {"break_even_month", or_null(v.break_even_month)},
             {"p_positive", or_null(v.p_positive)},
             {"fit_score", or_null(v.fit_score)},
             {"timeline", v.timeline}};
}

Alternative alternative_row(const std::string& key, const std::string& label,
                            const std::string& kind, const Scenario& s, const CashResults& cash,
                            std::optional<double> p_positive, std::optional<double> fit_score) {
    Alternative a{key,
                  label,
                  kind,
                  cash.cost.total,
                  static_cast<int>(std::lround(s.program.years * 12)),
                  cash.npv,
                  cash.break_even_month,
                  p_positive,
                  fit_score,
                  {}};
    for (const YearPoint& p : cash.timeline) a.timeline.push_back(p.with);
    return a;
}

namespace {

// How much longer than full time the reader's current pace takes, from the catalog's variant
// of the same pace (1 for full time).
double pace_stretch(const Scenario& s, const Catalog& c) {
    if (s.program.pace == Pace::FullTime) return 1;
    for (const AlternativePreset& a : c.alternatives) {
        if (a.kind != "variant") continue;
        const auto& pace = a.patch["program"]["pace"];
        if (pace.is_string() && pace == to_string(s.program.pace)) return a.years_factor;
    }
    return 1;
}

bool same_format(const Scenario& s, const AlternativePreset& a) {
    const json& p = a.patch["program"];
    return p.value("modality", "") == to_string(s.program.modality) &&
           p.value("pace", "") == to_string(s.program.pace);
}

// Industry ties of a modality against the in-person program: the variant's own change.
double connections_change(const Catalog& c, Modality m) {
    for (const AlternativePreset& a : c.alternatives)
        if (a.kind == "variant" && a.patch["program"].value("modality", "") == to_string(m))
            return a.connections_change;
    return 0;
}

double modality_placement(const Catalog& c, Modality m) {
    auto it = c.evidence.placement_modality.find(to_string(m));
    return it == c.evidence.placement_modality.end() ? 0 : it->second;
}

// A funded research degree (a stipend, no net tuition) has no part-time or online version.
bool funded_research(const Program& p) {
    return p.stipend_per_year > 0 &&
           p.tuition_per_year + p.fees_per_year <= p.grants_per_year + p.employer_aid_per_year;
}

} // namespace

std::optional<Scenario> alternative_scenario(const Scenario& reader, const Scenario& resolved,
                                             const AlternativePreset& a, const Catalog& c,
                                             std::vector<std::string>& notes) {
    Scenario x = reader;
    if (a.kind == "variant") {
        if (funded_research(reader.program)) {
            notes.push_back(a.label + " is left out: a funded research degree has no part-time "
                                      "or online version.");
            return std::nullopt;
        }
        // Same credits at another pace: the length changes, the program's totals do not.
        const double full_time_years = reader.program.years / pace_stretch(reader, c);
        const double years = std::clamp(full_time_years * a.years_factor, 0.5, 8.0);
        const double scale = reader.program.years / years;
        for (double* per_year :
             {&x.program.tuition_per_year, &x.program.fees_per_year, &x.program.grants_per_year,
              &x.program.employer_aid_per_year, &x.program.stipend_per_year})
            *per_year = std::min(500'000.0, *per_year * scale);
        x.program.years = years;
    }
    Problems problems;
    auto patched = read_scenario(a.patch, x, problems);
    if (!patched) {
        notes.push_back(a.label + " is left out: " + to_line(problems.items.front()) + ".");
        return std::nullopt;
    }
    x = *patched;
    if (a.kind == "variant") {
        // Away from campus: fewer employer ties, and a lower chance of landing the role where
        // the reader set their own (left to the evidence, it follows the modality anyway).
        const Modality from = reader.program.modality, to = x.program.modality;
        x.program.industry_connections =
            static_cast<int>(std::clamp(reader.program.industry_connections +
                                            connections_change(c, to) - connections_change(c, from),
                                        0.0, 5.0));
        if (reader.outcome.placement_probability && !reader.program.placement_rate_published)
            x.outcome.placement_probability =
                std::clamp(*reader.outcome.placement_probability + modality_placement(c, to) -
                               modality_placement(c, from),
                           0.0, 1.0);
    }
    if (a.salary_factor > 0) x.outcome.salary = *resolved.outcome.salary * a.salary_factor;
    if (a.salary > 0) x.outcome.salary = a.salary;
    if (const RolePreset* role = c.role(a.role)) {
        x.outcome.role = role->key;
        x.outcome.salary.reset(); // the role's own evidence
    }
    return x;
}

std::vector<Alternative> alternatives(const Scenario& reader, const Scenario& resolved,
                                      const CashResults& cash, double p_positive, double fit_score,
                                      const Catalog& c, std::vector<std::string>& notes) {
    std::vector<Alternative> rows = {alternative_row("this_program", "This program", "current",
                                                     resolved, cash, p_positive, fit_score)};
    for (const AlternativePreset& a : c.alternatives) {
        if (a.kind == "variant" && same_format(reader, a)) continue; // that is the current row
        auto x = alternative_scenario(reader, resolved, a, c, notes);
        if (!x) continue;
        const Scenario rx = resolve(*x, c);
        const ScenarioPaths paths = scenario_paths(rx, c);
        const CashResults path = cash_results(rx, c, paths);
        const double odds = chance_positive(rx, c, spread_for(*x, c), kAlternativeDraws, paths);
        rows.push_back(alternative_row(a.key, a.label, a.kind, rx, path, odds,
                                       program_fit(rx, path, c).score));
    }
    // Staying put: the without-path against itself, so nothing gained, nothing spent.
    Alternative stay{
        "stay", "Stay on your current path", "stay", 0, 0, 0, 0, std::nullopt, std::nullopt, {}};
    for (const YearPoint& p : cash.timeline) stay.timeline.push_back(p.without);
    rows.push_back(stay);
    return rows;
}

} // namespace mlroi
