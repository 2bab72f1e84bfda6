#include "field_info.hpp"

#include "format.hpp"

#include <cmath>
#include <cstdio>
#include <iterator>

namespace mlroi_web {

namespace {

// [SECTION] The fields, in the order the panels show them
const FieldSpec kFields[] = {
    // Program
    {"program.tuition_per_year", "Tuition per year",
     "What the program charges each year, before grants and employer aid.", Kind::Money, 0, 80000,
     100, nullptr},
    {"program.years", "Length",
     "How long the program takes at the pace you choose. Part-time study stretches it.",
     Kind::Years, 0.5, 8, 0.5, nullptr},
    {"program.extra_housing_per_month", "Extra housing per month",
     "Housing you would pay only because of the program (a move to a pricier city). Rent you "
     "pay either way cancels out and does not count.",
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
    // You
    {"you.current_salary", "Current salary",
     "Your gross yearly pay today, on the path you keep without the degree.", Kind::Money, 0,
     250000, 500, nullptr},
    {"you.salary_growth", "Yearly raise, current path",
     "How fast that pay grows each year (nominal: inflation included).", Kind::Percent, -0.05, 0.15,
     0.0025, nullptr},
    {"you.tax_rate", "Tax rate",
     "A flat effective rate for federal, state and payroll tax, on both paths.", Kind::Percent, 0,
     0.6, 0.01, nullptr},
    {"you.horizon_years", "Years counted",
     "How many years from the start of the program the comparison runs.", Kind::Whole, 5, 50, 1,
     "years"},
    {"you.dependents", "Dependents",
     "People who depend on you. Each lowers a RAP payment by $50 a month.", Kind::Whole, 0, 10, 1,
     "dependents"},
    // Financing
    {"financing.savings", "Savings you put in",
     "Savings that pay the costs first; loans cover the rest.", Kind::Money, 0, 200000, 500,
     nullptr},
    {"financing.federal_rate", "Federal loan rate",
     "Interest rate on the federal Direct Unsubsidized loan (graduate).", Kind::Percent, 0, 0.2,
     0.0001, nullptr},
    {"financing.federal_fee", "Federal loan fee",
     "Origination fee taken from each federal loan: you owe it but never receive it.",
     Kind::Percent, 0, 0.1, 0.0001, nullptr},
    {"financing.private_rate", "Private loan rate",
     "Interest rate on any private loan needed beyond the federal limits ($20,500 a year, "
     "$100,000 in all).",
     Kind::Percent, 0, 0.3, 0.0005, nullptr},
    {"financing.term_years", "Repayment term",
     "Years of fixed payments on the standard plan (and on any private loan).", Kind::Whole, 1, 30,
     1, "years"},
    // Outcome
    {"outcome.salary", "Salary after the degree",
     "Expected gross yearly pay in the target role, in today's dollars.", Kind::Money, 0, 300000,
     500, nullptr},
    {"outcome.salary_growth", "Yearly raise, new role",
     "How fast pay grows each year in the new role (nominal).", Kind::Percent, -0.05, 0.15, 0.0025,
     nullptr},
    {"outcome.placement_probability", "Chance of landing the role",
     "The chance you get the target role after graduating; otherwise you go back to your old "
     "path's pay.",
     Kind::Percent, 0, 1, 0.01, nullptr},
    {"outcome.months_to_job", "Job search", "Months of searching after you graduate.", Kind::Whole,
     0, 36, 1, "months"},
    {"outcome.completion_probability", "Chance of finishing",
     "The chance you complete the degree. Those who do not leave halfway, having paid the "
     "costs so far.",
     Kind::Percent, 0, 1, 0.01, nullptr},
    // Assumptions
    {"assumptions.inflation", "Inflation",
     "Yearly inflation, used to turn the real discount rate into a nominal one.", Kind::Percent,
     -0.02, 0.15, 0.0025, nullptr},
    {"assumptions.real_discount_rate", "Real discount rate",
     "How much less a dollar next year is worth to you than a dollar today, beyond inflation.",
     Kind::Percent, -0.02, 0.15, 0.0025, nullptr},
};

std::string describe(const mlroi::Provenance& p) {
    if (!p.assumption.empty()) return "Assumption: " + p.assumption + ".";
    std::string text = "Source: " + p.source;
    if (p.year) text += ", " + std::to_string(*p.year);
    return text + ".";
}

} // namespace

const FieldSpec* field_spec(const std::string& path) {
    for (const FieldSpec& f : kFields)
        if (path == f.path) return &f;
    return nullptr;
}

std::string format_value(const FieldSpec& spec, double value) {
    char buffer[64];
    switch (spec.kind) {
    case Kind::Money:
        return mlroi::format_money(value);
    case Kind::Percent: {
        // Two places when the value needs them ("7.94%"), else none ("80%").
        const double pct = value * 100;
        const bool whole = std::fabs(pct - std::round(pct)) < 1e-9;
        return mlroi::format_percent(value, whole ? 0 : 2);
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
    if (path == "outcome.salary") {
        if (const mlroi::RolePreset* r = c.role(app.scenario.outcome.role)) {
            auto it = r->sources.find("salary");
            if (it != r->sources.end())
                return r->label + ": " + mlroi::format_money(r->salary) + ". " +
                       describe(it->second) +
                       " Middle half of starting pay: " + mlroi::format_money(r->salary_p25) +
                       " to " + mlroi::format_money(r->salary_p75) + ".";
        }
    }
    auto it = c.sources.find(path);
    if (it == c.sources.end()) return "";
    const json defaults = c.defaults;
    const json* v = json_at(defaults, path);
    std::string value;
    if (v && v->is_number() && spec)
        value = format_value(*spec, v->get<double>());
    else if (v && v->is_string())
        value = v->get<std::string>();
    return (value.empty() ? "" : "Default: " + value + ". ") + describe(it->second);
}

} // namespace mlroi_web
