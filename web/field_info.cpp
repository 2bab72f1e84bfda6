#include "field_info.hpp"

#include "format.hpp"
#include "resolve.hpp"

#include <cmath>
#include <cstdio>
#include <iterator>
#include <vector>

namespace mlroi_web {

namespace {

// [SECTION] The fields, in the order the panels show them
const FieldSpec kFields[] = {
    // You
    {"you.current_salary", "Current pay",
     "Your gross yearly pay today, on the path you keep without the degree. Left to the "
     "evidence, it is the starting pay of bachelor's graduates with your background.",
     Kind::Money, 0, 250000, 500, nullptr, true},
    {"you.salary_growth", "Yearly raise",
     "How fast your pay grows each year on your current path (nominal: inflation included). "
     "The new role gets the same raise unless you set another.",
     Kind::Percent, -0.05, 0.15, 0.0025, nullptr},
    {"you.dependents", "Dependents",
     "People who depend on you. On RAP, each lowers the monthly payment.", Kind::Whole, 0, 10, 1,
     "dependents"},
    {"you.tax_rate", "Flat tax rate",
     "One effective rate for federal, state and payroll tax on all income, on both paths, in "
     "place of real taxes.",
     Kind::Percent, 0, 0.6, 0.01, nullptr},
    {"you.state_tax_rate", "State income tax",
     "A flat state income tax, on top of the federal income tax and FICA (0% in states "
     "without one).",
     Kind::Percent, 0, 0.15, 0.0025, nullptr},
    {"you.living_per_month", "Living costs per month",
     "Rent, food, transport and the rest, paid on both paths, so they cancel out of the "
     "difference; but a student borrows for what study-time pay does not cover, and that "
     "loan's interest is a cost of the degree.",
     Kind::Money, 0, 8000, 50, nullptr},
    {"you.horizon_years", "Years counted",
     "How many years from the start of the program the comparison runs.", Kind::Whole, 5, 50, 1,
     "years"},
    // Program
    {"program.tuition_per_year", "Tuition per year",
     "What the program charges each year, before grants and employer aid.", Kind::Money, 0, 80000,
     100, nullptr},
    {"program.years", "Length",
     "How long the program takes at the pace you choose. Part-time study stretches it.",
     Kind::Years, 0.5, 8, 0.5, nullptr},
    {"program.extra_housing_per_month", "Extra housing per month",
     "Housing you would pay only because of the program (a move to a pricier city). Rent you "
     "pay either way is in your living costs and does not count here.",
     Kind::Money, 0, 5000, 50, nullptr},
    {"program.enrollment_fraction", "Course load",
     "Share of a full-time load. It prorates the federal loan limit; under half time there are "
     "no federal loans.",
     Kind::Percent, 0.1, 1, 0.05, nullptr},
    {"program.work_share", "Pay kept while studying",
     "Share of your current pay you keep while you study: 0% for full-time campus study, 100% "
     "for part-time study while keeping your job.",
     Kind::Percent, 0, 1, 0.05, nullptr},
    {"program.fees_per_year", "Fees per year", "Required fees on top of tuition, each year.",
     Kind::Money, 0, 20000, 50, nullptr},
    {"program.grants_per_year", "Grants per year",
     "Scholarships and grants you do not repay, each year. Netted from tuition and fees.",
     Kind::Money, 0, 60000, 100, nullptr},
    {"program.employer_aid_per_year", "Employer aid per year",
     "Tuition help from your employer, each year. Netted from tuition and fees.", Kind::Money, 0,
     30000, 100, nullptr},
    {"program.stipend_per_year", "Stipend per year",
     "An assistantship or stipend paid to you while you study (taxed like pay).", Kind::Money, 0,
     60000, 100, nullptr},
    {"program.relocation_cost", "Moving cost",
     "A one-off cost of moving for the program, paid at the start.", Kind::Money, 0, 20000, 100,
     nullptr},
    {"program.travel_per_year", "Travel per year",
     "Travel to campus beyond your usual commute (hybrid programs), each year.", Kind::Money, 0,
     10000, 50, nullptr},
    {"program.caregiver_per_month", "Care per month",
     "Paid childcare or other care the program makes necessary, each month.", Kind::Money, 0, 3000,
     50, nullptr},
    // Financing
    {"financing.savings", "Savings you put in",
     "Savings that replace the dearest borrowing first; loans cover the rest.", Kind::Money, 0,
     200000, 500, nullptr},
    {"financing.federal_rate", "Federal loan rate",
     "Interest rate on the federal Direct Unsubsidized loan (graduate).", Kind::Percent, 0, 0.2,
     0.0001, nullptr},
    {"financing.federal_fee", "Federal loan fee",
     "Origination fee taken from each federal loan: you owe it but never receive it.",
     Kind::Percent, 0, 0.1, 0.0001, nullptr},
    {"financing.private_rate", "Private loan rate",
     "Interest rate on any private loan needed beyond the federal limits.", Kind::Percent, 0, 0.3,
     0.0005, nullptr},
    {"financing.term_years", "Private loan term",
     "Years of fixed payments on any private loan. The federal loan follows the plan above.",
     Kind::Whole, 1, 30, 1, "years"},
    // Outcome
    {"outcome.salary", "Pay after the degree",
     "Expected gross yearly pay in the target role when you start, in today's dollars. Left to "
     "the evidence, it is worked out from published figures; the note says which.",
     Kind::Money, 0, 300000, 500, nullptr, true},
    {"outcome.salary_growth", "Raise after",
     "How fast pay grows each year in the new role (nominal). Left to the evidence, the same "
     "raise as on your current path.",
     Kind::Percent, -0.05, 0.15, 0.0025, nullptr, true},
    {"outcome.extra_raise", "Extra raise",
     "Added to the raise in the new role for the first years after the degree, as the "
     "master's premium grows with experience before it levels off.",
     Kind::Percent, 0, 0.05, 0.0025, nullptr},
    {"outcome.extra_raise_years", "Extra raise lasts",
     "How many years after graduating the extra raise lasts.", Kind::Whole, 0, 20, 1, "years"},
    {"outcome.placement_probability", "Chance of landing the role",
     "The chance you get the target role after graduating; otherwise you go back to your old "
     "path's pay. Left to the evidence: the program's published rate, else by your background, "
     "missing prerequisites and the program's format.",
     Kind::Percent, 0, 1, 0.01, nullptr, true},
    {"outcome.months_to_job", "Job search", "Months of searching after you graduate.", Kind::Whole,
     0, 36, 1, "months"},
    {"outcome.completion_probability", "Chance of finishing",
     "The chance you complete the degree. Those who do not leave along the Council of Graduate "
     "Schools' attrition curve (most within the first year), having paid the costs so far. Left "
     "to the evidence: by pace.",
     Kind::Percent, 0, 1, 0.01, nullptr, true},
    // Assumptions
    {"assumptions.inflation", "Inflation",
     "Yearly inflation: it turns the real discount rate into a nominal one and indexes the tax "
     "brackets and living costs.",
     Kind::Percent, -0.02, 0.15, 0.0025, nullptr},
    {"assumptions.real_discount_rate", "Real discount rate",
     "How much less a dollar next year is worth to you than a dollar today, beyond inflation.",
     Kind::Percent, -0.02, 0.15, 0.0025, nullptr},
};

std::string evidence_line(const mlroi::Provenance& p) {
    if (!p.assumption.empty()) return "Assumed: " + p.assumption + ".";
    return "Evidence: " + p.source + (p.year ? ", " + std::to_string(*p.year) : "") + ".";
}

// The preset_sources keys behind a figure the analysis fills for this reader.
std::vector<std::string> evidence_keys(const AppState& app, const std::string& path) {
    const mlroi::Scenario& s = app.resolved;
    if (path == "you.current_salary") return {"model.yardstick." + s.you.background};
    if (path == "outcome.salary") return {"model.premium"};
    if (path == "outcome.placement_probability") {
        if (s.program.placement_rate_published) return {};
        std::vector<std::string> keys = {"model.placement." + s.you.background};
        if (!mlroi::missing_prerequisites(s, *app.catalog).empty())
            keys.push_back("model.placement.per_missing_prerequisite");
        if (s.program.modality != mlroi::Modality::InPerson)
            keys.push_back(std::string("model.placement.") + mlroi::to_string(s.program.modality));
        return keys;
    }
    if (path == "outcome.completion_probability")
        return {std::string("model.completion.") + mlroi::to_string(s.program.pace),
                "model.completion.left_by_month_24"};
    if (path == "you.tax_rate" || path == "you.state_tax_rate")
        return {"taxes.brackets", "taxes.standard_deduction", "taxes.social_security_wage_base"};
    return {};
}

} // namespace

std::string value_words(const std::string& path, const json& v) {
    const FieldSpec* spec = field_spec(path);
    if (v.is_number() && spec) return format_value(*spec, v.get<double>());
    if (v.is_null()) // what null means for this field
        return path == "you.tax_rate"   ? "real taxes"
               : spec && spec->nullable ? "from the evidence"
                                        : "none";
    if (v.is_string()) return v.get<std::string>();
    if (v.is_boolean()) return v.get<bool>() ? "yes" : "no";
    if (v.is_array()) {
        std::string text;
        for (const json& item : v)
            text += (text.empty() ? "" : ", ") + (item.is_string() ? item.get<std::string>() : "");
        return text.empty() ? "none" : text;
    }
    return v.dump();
}

std::string field_label(const std::string& path) {
    static const std::pair<const char*, const char*> kOthers[] = {
        {"you.background", "Your background"},
        {"you.has", "Prerequisites you have"},
        {"you.must_keep_job", "Must keep my job"},
        {"you.can_relocate", "Can relocate"},
        {"you.caregiving", "Caregiving duties"},
        {"program.name", "Program"},
        {"program.modality", "Where you study"},
        {"program.pace", "Pace"},
        {"program.placement_rate_published", "Published placement rate"},
        {"program.industry_connections", "Industry connections (0-5)"},
        {"financing.plan", "Repayment plan"},
        {"outcome.role", "Target role"},
        {"assumptions.simulations", "Simulated careers"},
        {"assumptions.seed", "Random seed"}};
    if (const FieldSpec* spec = field_spec(path)) return spec->label;
    for (const auto& [p, label] : kOthers)
        if (path == p) return label;
    return path;
}

const FieldSpec* field_spec(const std::string& path) {
    for (const FieldSpec& f : kFields)
        if (path == f.path) return &f;
    return nullptr;
}

std::string describe(const mlroi::Provenance& p) {
    if (!p.assumption.empty()) return "Assumption: " + p.assumption + ".";
    std::string text = "Source: " + p.source;
    if (p.year) text += ", " + std::to_string(*p.year);
    return text + ".";
}

std::string format_value(const FieldSpec& spec, double value) {
    char buffer[64];
    switch (spec.kind) {
    case Kind::Money:
        return mlroi::format_money(value);
    case Kind::Percent: {
        // The places the value needs, at most two: "80%", "0.5%", "7.94%".
        int places = 0;
        for (double pct = value * 100; places < 2; ++places, pct *= 10)
            if (std::fabs(pct - std::round(pct)) < 1e-9) break;
        return mlroi::format_percent(value, places);
    }
    case Kind::Years:
        std::snprintf(buffer, sizeof buffer, value == std::floor(value) ? "%.0f %s" : "%.1f %s",
                      value, value == 1 ? "year" : "years");
        return buffer;
    case Kind::Whole: {
        std::string unit = spec.unit ? spec.unit : "";
        if (value == 1 && !unit.empty() && unit.back() == 's') unit.pop_back();
        std::snprintf(buffer, sizeof buffer, "%.0f %s", value, unit.c_str());
        return buffer;
    }
    }
    return "";
}

std::string evidence_sources(const AppState& app, const std::string& path) {
    const mlroi::Catalog& c = *app.catalog;
    std::string text;
    const auto add = [&](const std::string& line) { text += (text.empty() ? "" : "\n") + line; };
    if (path == "outcome.salary")
        if (const mlroi::RolePreset* r = c.role(app.scenario.outcome.role)) {
            auto it = r->sources.find("entry_salary");
            if (it != r->sources.end())
                add(r->label + ", entry pay " + mlroi::format_money(r->entry_salary) + ". " +
                    evidence_line(it->second));
        }
    for (const std::string& key : evidence_keys(app, path)) {
        auto it = c.preset_sources.find(key);
        if (it != c.preset_sources.end()) add(evidence_line(it->second));
    }
    return text;
}

std::string provenance_text(const AppState& app, const std::string& path) {
    const mlroi::Catalog& c = *app.catalog;
    const FieldSpec* spec = field_spec(path);
    // A preset's own source wins for the fields it sets.
    if (path.rfind("program.", 0) == 0) {
        if (const mlroi::ProgramPreset* p = c.program(app.program_preset)) {
            auto it = p->sources.find(path);
            const json* v = json_at(p->patch, path);
            const json defaults = c.defaults;
            const json* d = json_at(defaults, path);
            const bool is_default = d && v && *d == *v;
            if (it != p->sources.end() && v && v->is_number() && spec)
                return (is_default ? std::string("Default") : "Preset \"" + p->label + "\"") +
                       ": " + format_value(*spec, v->get<double>()) + ". " + describe(it->second);
        }
    }
    std::string text;
    auto it = c.sources.find(path);
    if (it != c.sources.end()) {
        const json defaults = c.defaults;
        const json* v = json_at(defaults, path);
        const std::string value = v && !v->is_null() ? value_words(path, *v) : "";
        text = (value.empty() ? "" : "Default: " + value + ". ") + describe(it->second);
    }
    const std::string evidence = evidence_sources(app, path);
    if (!evidence.empty()) text += (text.empty() ? "" : "\n") + evidence;
    return text;
}

} // namespace mlroi_web
