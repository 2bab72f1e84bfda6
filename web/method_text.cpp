#include "method_text.hpp"

#include "field_info.hpp"
#include "loan_words.hpp"

#include "analysis.hpp"
#include "embedded_assets.hpp"
#include "fields.hpp"
#include "fit.hpp"
#include "format.hpp"
#include "loans.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace mlroi_web {

// [SECTION] Index: helpers, the sections in reading order, the list of sources

namespace {

using mlroi::format_money;

// Percentages with the places they need, at most two: "14%", "23.4%", "7.94%".
std::string pct(double share) {
    int places = 0;
    for (double scaled = share * 100; places < 2; ++places, scaled *= 10)
        if (std::fabs(scaled - std::round(scaled)) < 1e-6) break;
    return mlroi::format_percent(share, places);
}

// "1x", "1.5x", "2x".
std::string times(double x) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%gx", x);
    return buffer;
}

// "+5 points" / "-3 points" for a change in a chance.
std::string points(double change) {
    const long p = std::lround(change * 100);
    return (p > 0 ? "+" : "") + std::to_string(p) + (std::labs(p) == 1 ? " point" : " points");
}

std::string cite(const mlroi::Provenance& p) {
    return p.assumption.empty()
               ? p.source + (p.year ? ", " + std::to_string(*p.year) : std::string())
               : "assumption: " + p.assumption;
}

std::string evidence(const mlroi::Catalog& c, const std::string& key) {
    auto it = c.preset_sources.find(key);
    return it == c.preset_sources.end() ? std::string() : " (" + cite(it->second) + ")";
}

std::string default_source(const mlroi::Catalog& c, const std::string& path) {
    auto it = c.sources.find(path);
    return it == c.sources.end() ? std::string() : " (" + cite(it->second) + ")";
}

// A value from the catalog's plain presets, as a reader reads it.
std::string preset_words(const std::string& key, const json& v) {
    if (v.is_array()) { // the tax brackets: [[from, rate], ...]
        std::string text;
        for (const json& b : v)
            if (b.is_array() && b.size() == 2)
                text += (text.empty() ? "" : ", ") + pct(b[1].get<double>()) + " from " +
                        format_money(b[0].get<double>());
        return text;
    }
    if (!v.is_number()) return v.dump();
    const double x = v.get<double>();
    // Shares are under 1; money (pay, deductions, thresholds) is not. Placement changes are
    // points added to a chance.
    if (key.rfind("model.placement.", 0) == 0 && std::fabs(x) < 0.2) return points(x);
    return std::fabs(x) < 1 ? pct(x) : format_money(x);
}

std::string background_label(const std::string& key) {
    return mlroi::option_label(mlroi::field("you.background"), key);
}

MethodLine bullet(std::string text) {
    return {std::move(text), true};
}

// [SECTION] The sections
MethodSection money_and_time(const AppState& app) {
    const mlroi::Catalog& c = *app.catalog;
    const mlroi::Assumptions& a = app.resolved.assumptions;
    return {
        "method.money",
        "Money and time",
        {{"Everything is in US dollars as they are paid, month by month from the first month "
          "of the analysis, over the years you count (" +
          std::to_string(app.resolved.you.horizon_years) +
          " now). Future money is worth less: it is discounted at (1 + real rate) x (1 + "
          "inflation) - 1 = (1 + " +
          pct(a.real_discount_rate) + ") x (1 + " + pct(a.inflation) +
          ") - 1 = " + mlroi::format_percent(app.results.nominal_discount_rate, 2) + " a year."},
         bullet("Real discount rate: default " + pct(c.defaults.assumptions.real_discount_rate) +
                default_source(c, "assumptions.real_discount_rate") + "."),
         bullet("Inflation: default " + pct(c.defaults.assumptions.inflation) +
                default_source(c, "assumptions.inflation") +
                ". It also grows living costs and the tax brackets.")}};
}

MethodSection pay_without(const AppState& app) {
    const mlroi::Catalog& c = *app.catalog;
    MethodSection s{"method.yardstick",
                    "Your pay without the degree",
                    {{"The yardstick is the path you keep: your current pay, growing at your "
                      "yearly raise (" +
                      pct(app.resolved.you.salary_growth) +
                      " now). Left to the evidence, your current pay is the starting pay of "
                      "bachelor's graduates with your background:"}}};
    for (const auto& [key, pay] : c.evidence.yardstick)
        s.lines.push_back(bullet(background_label(key) + ": " + format_money(pay) +
                                 (key == app.resolved.you.background ? " (yours)" : "") +
                                 evidence(c, "model.yardstick." + key) + "."));
    return s;
}

MethodSection pay_after(const AppState& app) {
    const mlroi::Catalog& c = *app.catalog;
    const mlroi::Outcome& o = app.resolved.outcome;
    const mlroi::RolePreset* role = c.role(o.role);
    MethodSection s{"method.pay_after", "Your pay after the degree", {}};
    s.lines.push_back({"Left to the evidence, the pay after the degree is worked out by the "
                       "analysis's own rule, here run for " +
                       (role ? role->label : o.role) +
                       " and each background, with the pay without the degree left to the "
                       "evidence too:"});
    // The rule itself, run: resolve.hpp on the reader's scenario with each background.
    for (const auto& [key, pay] : c.evidence.yardstick) {
        mlroi::Scenario probe = app.scenario;
        probe.you.background = key;
        probe.you.current_salary.reset();
        probe.outcome.salary.reset();
        std::vector<mlroi::UsedInput> used;
        mlroi::resolve(probe, c, &used);
        for (const mlroi::UsedInput& u : used)
            if (u.path == "outcome.salary")
                s.lines.push_back(bullet(background_label(key) + ": " + format_money(u.value) +
                                         ", " + u.why + "."));
    }
    s.lines.push_back({"Published premiums for perspective: " + pct(c.evidence.premium) +
                       " causal" + evidence(c, "model.premium") + "; " +
                       pct(c.evidence.premium_raw) + " raw" + evidence(c, "model.premium_raw") +
                       ". The top line shows where your inputs fall."});
    s.lines.push_back({"Pay by role, as published (the average over all experience levels is "
                       "context only, never the pay after):"});
    for (const mlroi::RolePreset& r : c.roles) {
        std::string line = r.label + ": " + format_money(r.entry_salary) + " entry";
        if (auto it = r.sources.find("entry_salary"); it != r.sources.end())
            line += " (" + cite(it->second) + ")";
        line += "; average " + format_money(r.average_salary);
        if (auto it = r.sources.find("average_salary"); it != r.sources.end())
            line += " (" + cite(it->second) + ")";
        s.lines.push_back(bullet(line + "."));
    }
    s.lines.push_back(
        {"Raises: the new role's raise is yours to set; left to the evidence it is your current "
         "one. For the first " +
         std::to_string(o.extra_raise_years) + " years in the role it is " + pct(o.extra_raise) +
         " higher (default " + pct(c.defaults.outcome.extra_raise) + " for " +
         std::to_string(c.defaults.outcome.extra_raise_years) + " years" +
         default_source(c, "outcome.extra_raise") + "), then the raises are as set."});
    s.lines.push_back({"An offer that pays less than your old path in the month you would start "
                       "is declined: you go back to your old pay, as if not placed."});
    return s;
}

MethodSection finishing(const AppState& app) {
    const mlroi::Catalog& c = *app.catalog;
    const mlroi::Evidence& e = c.evidence;
    return {"method.completion",
            "Finishing the program",
            {{"Left to the evidence, the chance of finishing depends on the pace (yours now: " +
              pct(*app.resolved.outcome.completion_probability) + "):"},
             bullet("Full time: " + pct(e.completion_full_time) +
                    evidence(c, "model.completion.full_time") + "."),
             bullet("Part time: " + pct(e.completion_part_time) +
                    evidence(c, "model.completion.part_time") + "."),
             {"Those who do not finish leave along the Council of Graduate Schools' attrition "
              "curve, stretched to your program's length: at equally likely months between its "
              "points, so most leave early. A leaver has paid the costs so far, owes the loans so "
              "far, and goes back to the old pay without the degree."},
             bullet(pct(e.left_by_6 / e.left_by_24) + " of leavers gone by month 6 (" +
                    pct(e.left_by_6) + " of entrants)" +
                    evidence(c, "model.completion.left_by_month_6") + "."),
             bullet(pct(e.left_by_12 / e.left_by_24) + " by month 12 (" + pct(e.left_by_12) +
                    " of entrants)" + evidence(c, "model.completion.left_by_month_12") + "."),
             bullet("All by month 24 (" + pct(e.left_by_24) + " of entrants)" +
                    evidence(c, "model.completion.left_by_month_24") + ".")}};
}

MethodSection placement(const AppState& app) {
    const mlroi::Catalog& c = *app.catalog;
    const mlroi::Evidence& e = c.evidence;
    MethodSection s{"method.placement",
                    "Landing the role",
                    {{"If the program publishes a placement rate, that is your chance. Otherwise, "
                      "left to the evidence, it is a labelled assumption by background, less "
                      "for each missing prerequisite and for study away from campus (yours now: " +
                      pct(*app.resolved.outcome.placement_probability) + "):"}}};
    for (const auto& [key, chance] : e.placement)
        s.lines.push_back(bullet(background_label(key) + ": " + pct(chance) +
                                 evidence(c, "model.placement." + key) + "."));
    s.lines.push_back(bullet("Each missing prerequisite: " + points(-e.placement_per_missing) +
                             evidence(c, "model.placement.per_missing_prerequisite") + "."));
    for (const auto& [key, change] : e.placement_modality)
        s.lines.push_back(bullet(mlroi::option_label(mlroi::field("program.modality"), key) + ": " +
                                 points(change) + evidence(c, "model.placement." + key) + "."));
    s.lines.push_back({"After graduating you search for " +
                       std::to_string(app.resolved.outcome.months_to_job) +
                       " months on the pay you keep while studying; not placed, you go back to "
                       "your old path's pay."});
    return s;
}

MethodSection bridging(const AppState& app) {
    const mlroi::Catalog& c = *app.catalog;
    MethodSection s{"method.bridging",
                    "Prerequisites",
                    {{"Each prerequisite you lack is studied first, part time alongside your job: "
                      "the program starts when they are done, and their cost is paid at the start "
                      "and counted in the NPV."}}};
    for (const mlroi::Prerequisite& p : c.prerequisites) {
        const std::string key = "presets.prerequisites." + p.key;
        std::string line = p.label + ": " + std::to_string(std::lround(p.bridging_months)) +
                           " months, " + format_money(p.bridging_cost);
        auto it = c.preset_sources.find(key + ".bridging_months");
        if (it != c.preset_sources.end()) line += " (" + cite(it->second) + ")";
        s.lines.push_back(bullet(line + "."));
    }
    const auto missing = mlroi::missing_prerequisites(app.resolved, c);
    std::string yours;
    for (const mlroi::Prerequisite* p : missing) yours += (yours.empty() ? "" : ", ") + p->label;
    s.lines.push_back({missing.empty() ? "You have them all." : "Missing now: " + yours + "."});
    return s;
}

MethodSection two_paths(const AppState& app) {
    const mlroi::Catalog& c = *app.catalog;
    return {"method.timeline",
            "The two paths",
            {{"Both paths pay living costs (" + format_money(app.resolved.you.living_per_month) +
              " a month now, growing with inflation; default " +
              format_money(c.defaults.you.living_per_month) +
              default_source(c, "you.living_per_month") +
              "). Without the degree you keep your current pay. With it, you keep your share of "
              "that pay while you study (plus any stipend), pay tuition and fees less grants and "
              "employer aid, extra housing, travel, care and any move; after graduating you "
              "search, then start the new role if placed."},
             {"Each month's cash is after-tax pay less living costs, study costs and loan "
              "payments, plus loan money as it is received. Living costs cancel out of the "
              "difference, but what study-time pay does not cover is borrowed, and that loan's "
              "interest is a cost of the degree."},
             {"The path with the degree is the average of finishing and landing the role, "
              "finishing and not, and leaving early, each weighted by its chance."}}};
}

MethodSection taxes(const AppState& app) {
    const mlroi::Catalog& c = *app.catalog;
    const mlroi::TaxRules& t = c.taxes;
    const mlroi::You& you = app.resolved.you;
    MethodSection s{"method.taxes", "Taxes", {}};
    s.lines.push_back(
        {you.tax_rate ? "You chose one flat rate, " + pct(*you.tax_rate) +
                            " of all income, in place of the real taxes below."
                      : "Real taxes on each year's pay, as a single filer pays them. The federal "
                        "income tax on pay above the standard deduction of " +
                            format_money(t.standard_deduction) + ", by brackets:"});
    for (const mlroi::TaxBracket& b : t.brackets)
        s.lines.push_back(
            bullet(pct(b.rate) + " from " + format_money(b.from) + " of taxable pay"));
    s.lines.push_back(
        {"Social Security " + pct(t.social_security_rate) + " of pay up to " +
         format_money(t.social_security_wage_base) + "; Medicare " + pct(t.medicare_rate) +
         ", and " + pct(t.additional_medicare_rate) + " more above " +
         format_money(t.additional_medicare_threshold) + " (fixed in law); a flat state rate (" +
         pct(you.state_tax_rate) + " now; default " + pct(c.defaults.you.state_tax_rate) +
         default_source(c, "you.state_tax_rate") +
         "). The brackets, the deduction and the wage base grow with inflation from 2026."});
    const std::pair<const char*, const char*> sources[] = {
        {"taxes.brackets", "Brackets"},
        {"taxes.standard_deduction", "Standard deduction"},
        {"taxes.social_security_rate", "Social Security rate"},
        {"taxes.social_security_wage_base", "Social Security wage base"},
        {"taxes.medicare_rate", "Medicare rate"},
        {"taxes.additional_medicare_rate", "Additional Medicare rate"},
        {"taxes.additional_medicare_threshold", "Additional Medicare threshold"}};
    for (const auto& [key, label] : sources)
        if (auto it = c.preset_sources.find(key); it != c.preset_sources.end())
            s.lines.push_back(bullet(std::string(label) + ": " + cite(it->second) + "."));
    return s;
}

MethodSection loans(const AppState& app) {
    const mlroi::Financing& f = app.resolved.financing;
    return {
        "method.financing",
        "Loans",
        {{"Each study year's need (its costs, and living costs that study-time pay does not "
          "cover) is borrowed at its start: first a federal Direct Unsubsidized loan (loans "
          "from 1 July 2026: up to " +
          format_money(mlroi::kFederalAnnualLimit) +
          " a year, less below full time, none below half time; " +
          format_money(mlroi::kFederalAggregateLimit) +
          " in all), grossed up for its origination fee (" + pct(f.federal_fee) +
          "); the rest is a private loan. Savings then replace the dearest borrowing first: "
          "the loan with the higher rate, earliest first."},
         {"Interest builds up until repayment starts " + std::to_string(mlroi::kGraceMonths) +
          " months after the study ends and is then added to the balance."},
         bullet("Standard plan: " + standard_plan_words() + "."),
         bullet("RAP (Repayment Assistance Plan): " + rap_words() +
                ". It counts your gross pay as income."),
         bullet("A private loan: fixed payments over its term (" + std::to_string(f.term_years) +
                " years now) at the private rate (" + pct(f.private_rate) + ").")}};
}

MethodSection results_words(const AppState&) {
    return {"method.results",
            "NPV, return and break-even",
            {{"NPV is what the degree adds to your lifetime money after every cost, in today's "
              "dollars: the discounted sum of each month's difference between the path with the "
              "degree and the path without it."},
             {"The return on the money you put in, after loan costs, is the yearly rate at which "
              "that difference sums to zero (the internal rate of return; if several rates fit, "
              "the one nearest 0%)."},
             {"It breaks even in the first month from which the running total with the degree "
              "stays ahead of the running total without it."}}};
}

MethodSection verdict(const AppState&) {
    return {"method.verdict",
            "The verdict",
            {{"One verdict, the same words in the widget, the command line and the text report:"},
             bullet("Likely worth it: the expected NPV and the median career's are both above "
                    "zero, and at least " +
                    pct(mlroi::kLikelyChance) + " of simulated careers come out ahead."),
             bullet("Unlikely to pay off: both are below zero, and fewer than " +
                    pct(mlroi::kUnlikelyChance) + " come out ahead."),
             bullet("Uncertain: anything between."),
             {"The " + pct(mlroi::kLikelyChance) + " and " + pct(mlroi::kUnlikelyChance) +
              " cut-offs are our assumptions."}}};
}

MethodSection loan_risk(const AppState&) {
    using mlroi::kDebtToSalaryHigh, mlroi::kDebtToSalaryLow, mlroi::kDebtToSalaryModerate;
    return {
        "method.loan_risk",
        "Loan risk",
        {{"Two readings of the first year of repayment, and the worse one counts:"},
         bullet("Payments against that year's gross pay: under " + pct(mlroi::kPaymentShareLow) +
                " is low, up to " + pct(mlroi::kPaymentShareHigh) +
                " moderate (the Gainful Employment warning zone), above that high."),
         bullet("The balance against that year's pay: at most " + times(kDebtToSalaryLow) +
                " is low (Kantrowitz), up to " + times(kDebtToSalaryModerate) +
                " moderate (our assumption), up to " + times(kDebtToSalaryHigh) +
                " high, beyond that very high."),
         {"It is read in each outcome: landing the role, not placed (back to the old pay), "
          "and leaving without the degree (the typical leaver). With no pay at all in that "
          "year the risk is very high."}}};
}

MethodSection fit(const AppState& app) {
    MethodSection s{"method.fit",
                    "Program fit",
                    {{"A score out of 100 from six weighted factors, each scored 0 to 100 with a "
                      "sentence on why:"}}};
    if (!app.results.fit.factors.empty()) {
        for (const mlroi::FitFactor& f : app.results.fit.factors)
            s.lines.push_back(
                bullet(f.label + ": weight " + std::to_string(std::lround(f.weight))));
        return s;
    }
    const std::pair<const char*, double> weights[] = {
        {"Prerequisites", mlroi::kWeightPrerequisites},
        {"Modality and pace", mlroi::kWeightFormat},
        {"Affordability and loan risk", mlroi::kWeightAffordability},
        {"Outcomes evidence", mlroi::kWeightOutcomes},
        {"Industry connections", mlroi::kWeightConnections},
        {"Does the role expect a master's?", mlroi::kWeightDegreeExpected}};
    for (const auto& [label, weight] : weights)
        s.lines.push_back(
            bullet(std::string(label) + ": weight " + std::to_string(std::lround(weight))));
    return s;
}

MethodSection odds(const AppState& app) {
    const mlroi::Catalog& c = *app.catalog;
    MethodSection s{
        "method.odds",
        "The odds",
        {{"We simulate " + format_money(app.resolved.assumptions.simulations).substr(1) +
          " careers with a fixed seed (the same inputs always give the same careers). "
          "Each draws what is uncertain; the chance it pays off is the share of "
          "careers with an NPV above zero, and the median is the middle career's NPV."}}};
    if (!app.results.uncertainty.drawn.empty()) {
        s.lines.push_back({"Drawn in each career now:"});
        for (const std::string& d : app.results.uncertainty.drawn) s.lines.push_back(bullet(d));
    }
    s.lines.push_back({"Starting pay spreads like the role's pay (its 25th to 75th percentiles); "
                       "raises in the new role vary by " +
                       pct(c.salary_growth_sd) + " a year" +
                       evidence(c, "simulation.salary_growth_sd") + "."});
    return s;
}

MethodSection sensitivity(const AppState&) {
    return {"method.sensitivity",
            "What moves the answer",
            {{"Each bar is the NPV with one input at a low and a high value, everything else as "
              "you set it; the biggest swings come first. A figure left to the evidence moves "
              "what follows from it (your pay moves the pay after, where the evidence ties them)."},
             {"The thresholds are the highest tuition and the lowest pay after the degree at "
              "which the NPV is still zero or more, to the nearest $100."}}};
}

MethodSection other_paths(const AppState& app) {
    const mlroi::Catalog& c = *app.catalog;
    MethodSection s{"method.alternatives",
                    "Other paths",
                    {{"The same you on each path, with its own costs, length, chances and pay:"}}};
    for (const mlroi::AlternativePreset& a : c.alternatives) {
        std::string line = a.label + ": ";
        if (a.kind == "variant") {
            line += a.years_factor == 1 ? "your program's full-time length"
                                        : pct(a.years_factor) + " of your program's full-time "
                                                                "length";
            line += ", the same total tuition";
        } else if (a.salary > 0) {
            line += "its own pay, " + format_money(a.salary);
        } else if (!a.role.empty()) {
            const mlroi::RolePreset* r = c.role(a.role);
            line += "the pay of a " + (r ? r->label : a.role);
        } else if (a.salary_factor > 0) {
            line += pct(a.salary_factor) + " of your pay after the degree";
        }
        s.lines.push_back(bullet(line + "."));
    }
    s.lines.push_back(bullet("Staying on your current path: the yardstick, nothing at stake."));
    s.lines.push_back({"Their figures are in the catalog with their sources or marked as "
                       "assumptions."});
    return s;
}

MethodSection figures_used(const AppState& app) {
    MethodSection s{"method.inputs_used",
                    "The figures this analysis used",
                    {{"What the analysis took for each figure you may leave to the evidence:"}}};
    for (const mlroi::UsedInput& u : app.inputs_used) {
        const FieldSpec* spec = field_spec(u.path);
        const std::string value = spec ? format_value(*spec, u.value) : std::to_string(u.value);
        s.lines.push_back(bullet(
            std::string(spec ? spec->label : u.path.c_str()) + ": " + value +
            (u.from_evidence ? ", from the evidence: " + u.why : ", your own figure") + "."));
    }
    return s;
}

} // namespace

std::vector<MethodSection> method_sections(const AppState& app) {
    return {
        money_and_time(app), pay_without(app), pay_after(app), finishing(app), placement(app),
        bridging(app),       two_paths(app),   taxes(app),     loans(app),     results_words(app),
        verdict(app),        loan_risk(app),   fit(app),       odds(app),      sensitivity(app),
        other_paths(app),    figures_used(app)};
}

const json* preset_value(const std::string& key) {
    static const json plain = [] {
        std::map<std::string, mlroi::Provenance> ignored;
        mlroi::Problems problems;
        return mlroi::strip_sources(json::parse(mlroi::kPresetsJson, nullptr, false), "", ignored,
                                    problems);
    }();
    return json_at(plain, key);
}

std::vector<std::string> source_lines(const AppState& app) {
    const mlroi::Catalog& c = *app.catalog;
    std::vector<std::string> lines;
    const json defaults = c.defaults;
    for (const auto& [path, provenance] : c.sources) {
        const json* value = json_at(defaults, path);
        lines.push_back(field_label(path) + ": " + (value ? value_words(path, *value) : "?") +
                        ". " + describe(provenance));
    }
    for (const mlroi::RolePreset& r : c.roles)
        for (const char* key : {"entry_salary", "average_salary", "salary_p25", "salary_p75"}) {
            auto it = r.sources.find(key);
            if (it == r.sources.end()) continue;
            const double v = std::string(key) == "entry_salary"     ? r.entry_salary
                             : std::string(key) == "average_salary" ? r.average_salary
                             : std::string(key) == "salary_p25"     ? r.salary_p25
                                                                    : r.salary_p75;
            lines.push_back(r.label + ", " + key + ": " + format_money(v) + ". " +
                            describe(it->second));
        }
    for (const auto& [key, provenance] : c.preset_sources) {
        if (key.rfind("presets.", 0) == 0) continue; // prerequisites: their own section
        const json* v = preset_value(key);
        lines.push_back(key + ": " + (v ? preset_words(key, *v) : std::string("?")) + ". " +
                        describe(provenance));
    }
    return lines;
}

} // namespace mlroi_web
