#include "fields.hpp"

#include "catalog.hpp"
#include "format.hpp"
#include "json_fields.hpp"
#include "scenario.hpp"

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <limits>

namespace mlroi {

namespace {

// An enumeration's options: the key is the enumeration's own JSON name (scenario.hpp), so
// it is written once, there.
template <class Enum>
std::vector<FieldOption> enum_options(std::initializer_list<std::pair<Enum, const char*>> list) {
    std::vector<FieldOption> out;
    for (const auto& [value, label] : list)
        out.push_back({nlohmann::json(value).get<std::string>(), label});
    return out;
}

constexpr const char* kDollarsAYear = "$ a year";
constexpr const char* kDollarsAMonth = "$ a month";
constexpr const char* kShare = "share";
constexpr const char* kShareAYear = "share a year";

// A slider over all the core accepts.
constexpr double kWholeRange = std::numeric_limits<double>::infinity();

// One row; what is left out is 0, empty or nullptr. The core takes [min, max]; a slider (when
// `step` is not 0) runs from min up to `slider_top`, or to max for kWholeRange.
Field row(const char* path, const char* label, const char* help, FieldKind kind,
          const char* unit = "", double min = 0, double max = 0, double slider_top = 0,
          double step = 0, const char* null_means = nullptr,
          std::vector<FieldOption> options = {}) {
    Field f{};
    f.path = path;
    f.label = label;
    f.help = help;
    f.kind = kind;
    f.unit = unit;
    f.min = min;
    f.max = max;
    if (step > 0) {
        f.lo = min;
        f.hi = slider_top == kWholeRange ? max : slider_top;
        f.step = step;
    }
    f.null_means = null_means;
    f.options = std::move(options);
    return f;
}

// [SECTION] The table, in the order of the scenario JSON
std::vector<Field> build_table() {
    using K = FieldKind;
    std::vector<Field> t;
    t.push_back(row("schema", "Schema version",
                    "The version of the scenario format: 2. A schema-1 file still reads.", K::Count,
                    "", 1, kSchema));
    // You
    t.push_back(row("you.current_salary", "Current pay",
                    "Your gross yearly pay today, on the path you keep without the degree. Left to "
                    "the evidence, it is the starting pay of bachelor's graduates with your "
                    "background.",
                    K::Money, kDollarsAYear, 0, 1'000'000, 250'000, 500, kFromEvidence));
    t.back().short_label = "Current salary";
    t.push_back(row("you.salary_growth", "Yearly raise",
                    "How fast your pay grows each year on your current path (nominal: inflation "
                    "included). The new role gets the same raise unless you set another.",
                    K::Rate, kShareAYear, -0.05, 0.15, kWholeRange, 0.0025));
    t.push_back(row("you.tax_rate", "Flat tax rate",
                    "One effective rate for federal, state and payroll tax on all income, on both "
                    "paths, in place of real taxes.",
                    K::Rate, kShare, 0, 0.6, kWholeRange, 0.01, "real taxes"));
    t.back().short_label = "Tax rate";
    t.push_back(row("you.state_tax_rate", "State income tax",
                    "A flat state income tax, on top of the federal income tax and FICA (0% in "
                    "states without one).",
                    K::Rate, kShare, 0, 0.15, kWholeRange, 0.0025));
    t.push_back(row("you.living_per_month", "Living costs per month",
                    "Rent, food, transport and the rest, paid on both paths, so they cancel out of "
                    "the difference; but a student borrows for what study-time pay does not cover, "
                    "and that loan's interest is a cost of the degree.",
                    K::Money, kDollarsAMonth, 0, 20'000, 8000, 50));
    t.push_back(row("you.horizon_years", "Years counted",
                    "How many years from the start of the program the comparison runs: at least "
                    "the program's length plus one.",
                    K::Count, "years", 5, 50, kWholeRange, 1));
    t.push_back(
        row("you.background", "Your background",
            "Your bachelor's field: STEM (computing, engineering), quantitative (economics, "
            "statistics, physics) or other. It sets the pay the evidence gives you without "
            "the degree and your chance of landing the role, if you leave those to it.",
            K::Choice, "", 0, 0, 0, 0, nullptr,
            {{"stem", "STEM"}, {"quantitative", "Quantitative"}, {"other", "Other"}}));
    t.push_back(
        row("you.has", "Prerequisites you have",
            "What the program expects you to know. Each one you lack is studied first, part "
            "time alongside your job, which delays the start and costs a little.",
            K::Set, "", 0, 0, 0, 0, nullptr,
            {{"programming", "Programming (Python)"},
             {"linear_algebra", "Linear algebra"},
             {"probability_statistics", "Probability and statistics"},
             {"calculus", "Calculus"}}));
    t.push_back(
        row("you.must_keep_job", "Must keep my job",
            "You cannot stop working to study: full-time campus programs fit you less well.",
            K::YesNo));
    t.push_back(row("you.can_relocate", "Can relocate",
                    "You could move for a program: in-person programs elsewhere fit you.",
                    K::YesNo));
    t.push_back(row("you.caregiving", "Caregiving duties",
                    "You look after children or relatives: flexible, part-time study fits you "
                    "better.",
                    K::YesNo));
    t.push_back(row("you.dependents", "Dependents",
                    "People who depend on you. On RAP, each lowers the monthly payment.", K::Count,
                    "dependents", 0, 10, kWholeRange, 1));
    // Program
    t.push_back(row("program.name", "Program", "A name for the program, for your own reference.",
                    K::Text, "", 0, 120));
    t.push_back(row("program.tuition_per_year", "Tuition per year",
                    "What the program charges each year, before grants and employer aid.", K::Money,
                    kDollarsAYear, 0, 500'000, 80'000, 100));
    t.push_back(row("program.fees_per_year", "Fees per year",
                    "Required fees on top of tuition, each year.", K::Money, kDollarsAYear, 0,
                    100'000, 20'000, 50));
    t.push_back(row("program.years", "Length",
                    "How long the program takes at the pace you choose. Part-time study stretches "
                    "it.",
                    K::Years, "years", 0.5, 8, kWholeRange, 0.5));
    t.back().short_label = "Years of study";
    t.push_back(row("program.modality", "Where you study",
                    "Online, hybrid or on campus: it sets whether you move, the program's fit and "
                    "the chance of landing the role.",
                    K::Choice, "", 0, 0, 0, 0, nullptr,
                    enum_options<Modality>({{Modality::Online, "Online"},
                                            {Modality::Hybrid, "Hybrid"},
                                            {Modality::InPerson, "In person"}})));
    t.push_back(
        row("program.pace", "Pace",
            "Full-time or part-time: it sets the chance of finishing and how the program fits you.",
            K::Choice, "", 0, 0, 0, 0, nullptr,
            enum_options<Pace>({{Pace::FullTime, "Full-time"}, {Pace::PartTime, "Part-time"}})));
    t.push_back(row("program.enrollment_fraction", "Course load",
                    "Share of a full-time load. It prorates the federal loan limit; under half "
                    "time there are no federal loans.",
                    K::Rate, kShare, 0.1, 1, kWholeRange, 0.05));
    t.push_back(row("program.work_share", "Pay kept while studying",
                    "Share of your current pay you keep while you study: 0% for full-time campus "
                    "study, 100% for part-time study while keeping your job.",
                    K::Rate, kShare, 0, 1, kWholeRange, 0.05));
    t.push_back(row("program.stipend_per_year", "Stipend per year",
                    "An assistantship or stipend paid to you while you study (taxed like pay).",
                    K::Money, kDollarsAYear, 0, 200'000, 60'000, 100));
    t.push_back(row("program.grants_per_year", "Grants per year",
                    "Scholarships and grants you do not repay, each year. Netted from tuition and "
                    "fees.",
                    K::Money, kDollarsAYear, 0, 500'000, 60'000, 100));
    t.push_back(row("program.employer_aid_per_year", "Employer aid per year",
                    "Tuition help from your employer, each year. Netted from tuition and fees.",
                    K::Money, kDollarsAYear, 0, 500'000, 30'000, 100));
    t.push_back(row("program.relocation_cost", "Moving cost",
                    "A one-off cost of moving for the program, paid at the start.", K::Money, "$",
                    0, 100'000, 20'000, 100));
    t.push_back(row("program.extra_housing_per_month", "Extra housing per month",
                    "Housing you would pay only because of the program (a move to a pricier city). "
                    "Rent you pay either way is in your living costs and does not count here.",
                    K::Money, kDollarsAMonth, 0, 20'000, 5000, 50));
    t.push_back(row("program.travel_per_year", "Travel per year",
                    "Travel to campus beyond your usual commute (hybrid programs), each year.",
                    K::Money, kDollarsAYear, 0, 100'000, 10'000, 50));
    t.push_back(row("program.caregiver_per_month", "Care per month",
                    "Paid childcare or other care the program makes necessary, each month.",
                    K::Money, kDollarsAMonth, 0, 20'000, 3000, 50));
    t.push_back(row("program.placement_rate_published", "Published placement rate",
                    "The share of graduates the program says found a job in the field, if it "
                    "publishes one: it then stands for your chance of landing the role.",
                    K::Rate, kShare, 0, 1, 0, 0, "none"));
    t.push_back(row("program.industry_connections", "Industry connections (0-5)",
                    "The program's ties to employers, from 0 (none) to 5 (strong): they weigh in "
                    "the program's fit.",
                    K::Count, "", 0, 5));
    // Financing
    t.push_back(row("financing.savings", "Savings you put in",
                    "Savings that replace the dearest borrowing first; loans cover the rest.",
                    K::Money, "$", 0, 2'000'000, 200'000, 500));
    t.push_back(row("financing.federal_rate", "Federal loan rate",
                    "Interest rate on the federal Direct Unsubsidized loan (graduate).", K::Rate,
                    kShareAYear, 0, 0.2, kWholeRange, 0.0001));
    // The tornado's bar moves the private rate with the federal one.
    t.back().short_label = "Loan interest rate";
    t.push_back(
        row("financing.federal_fee", "Federal loan fee",
            "Origination fee taken from each federal loan: you owe it but never receive it.",
            K::Rate, kShare, 0, 0.1, kWholeRange, 0.0001));
    t.push_back(row("financing.private_rate", "Private loan rate",
                    "Interest rate on any private loan needed beyond the federal limits.", K::Rate,
                    kShareAYear, 0, 0.3, kWholeRange, 0.0005));
    t.push_back(
        row("financing.plan", "Repayment plan",
            "The federal loan's plan (loans from 1 July 2026): standard, its term set by the "
            "balance, or RAP (Repayment Assistance Plan), payments set by income.",
            K::Choice, "", 0, 0, 0, 0, nullptr,
            enum_options<RepaymentPlan>(
                {{RepaymentPlan::Standard, "Standard"}, {RepaymentPlan::Rap, "RAP"}})));
    t.push_back(row("financing.term_years", "Private loan term",
                    "Years of fixed payments on any private loan. The federal loan follows the "
                    "plan above.",
                    K::Count, "years", 1, 30, kWholeRange, 1));
    // Outcome
    t.push_back(row("outcome.role", "Target role",
                    "The job you aim for: one of the role presets, which brings its own pay "
                    "evidence whenever the pay after the degree is left to the evidence.",
                    K::Choice, "", 0, 60));
    t.back().options_from = "roles";
    t.push_back(row("outcome.salary", "Pay after the degree",
                    "Expected gross yearly pay in the target role when you start, in today's "
                    "dollars. Left to the evidence, it is worked out from published figures; the "
                    "note says which.",
                    K::Money, kDollarsAYear, 0, 1'000'000, 300'000, 500, kFromEvidence));
    t.back().short_label = "Salary after the degree";
    t.push_back(row("outcome.salary_growth", "Raise after",
                    "How fast pay grows each year in the new role (nominal). Left to the evidence, "
                    "the same raise as on your current path.",
                    K::Rate, kShareAYear, -0.05, 0.15, kWholeRange, 0.0025, kFromEvidence));
    t.back().short_label = "Raises after the degree";
    t.push_back(row("outcome.extra_raise", "Extra raise",
                    "Added to the raise in the new role for the first years after the degree, as "
                    "the master's premium grows with experience before it levels off.",
                    K::Rate, kShareAYear, 0, 0.05, kWholeRange, 0.0025));
    t.push_back(row("outcome.extra_raise_years", "Extra raise lasts",
                    "How many years after graduating the extra raise lasts.", K::Count, "years", 0,
                    40, 20, 1));
    t.push_back(row("outcome.placement_probability", "Chance of landing the role",
                    "The chance you get the target role after graduating; otherwise you go back to "
                    "your old path's pay. Left to the evidence: the program's published rate, else "
                    "by your background, missing prerequisites and the program's format.",
                    K::Rate, kShare, 0, 1, kWholeRange, 0.01, kFromEvidence));
    t.push_back(row("outcome.months_to_job", "Job search",
                    "Months of searching after you graduate.", K::Count, "months", 0, 36,
                    kWholeRange, 1));
    t.push_back(
        row("outcome.completion_probability", "Chance of finishing",
            "The chance you complete the degree. Those who do not leave along the Council "
            "of Graduate Schools' attrition curve (most within the first year), having paid "
            "the costs so far. Left to the evidence: by pace.",
            K::Rate, kShare, 0, 1, kWholeRange, 0.01, kFromEvidence));
    // Assumptions
    t.push_back(row("assumptions.inflation", "Inflation",
                    "Yearly inflation: it turns the real discount rate into a nominal one and "
                    "indexes the tax brackets and living costs.",
                    K::Rate, kShareAYear, -0.02, 0.15, kWholeRange, 0.0025));
    t.push_back(row("assumptions.real_discount_rate", "Real discount rate",
                    "How much less a dollar next year is worth to you than a dollar today, beyond "
                    "inflation.",
                    K::Rate, kShareAYear, -0.02, 0.15, kWholeRange, 0.0025));
    t.back().short_label = "Discount rate (real)";
    t.push_back(row("assumptions.simulations", "Simulated careers",
                    "How many careers the Monte Carlo simulation draws for the odds.", K::Count,
                    "careers", 100, 1'000'000));
    t.push_back(
        row("assumptions.seed", "Random seed",
            "The simulation's seed: the same seed gives the same numbers. At most 2^53 - 1, "
            "exact in a JavaScript number.",
            K::Count, "", 0, 9007199254740991.0));
    return t;
}

// "1,000,000", "0.15", "-0.05": a limit as README shows it (whole numbers exact).
std::string limit_words(double x) {
    if (x != std::floor(x) || std::fabs(x) < 10'000) return format_limit(x);
    std::string digits = std::to_string(static_cast<long long>(std::fabs(x))), out;
    for (size_t i = 0; i < digits.size(); ++i) {
        if (i > 0 && (digits.size() - i) % 3 == 0) out += ',';
        out += digits[i];
    }
    return (x < 0 ? "-" : "") + out;
}

// How a number of this field is shown, as a pattern for the page's own controls.
std::string format_pattern(const Field& f) {
    switch (f.kind) {
    case FieldKind::Money:
        return "$#,##0";
    case FieldKind::Rate:
        return "0.##%";
    case FieldKind::Years:
        return "0.# years";
    case FieldKind::Count:
        return *f.unit ? std::string("0 ") + f.unit : "0";
    default:
        return "";
    }
}

bool is_number(FieldKind k) {
    return k == FieldKind::Money || k == FieldKind::Rate || k == FieldKind::Years ||
           k == FieldKind::Count;
}

std::string code_list(const std::vector<FieldOption>& options) {
    std::string text;
    for (const FieldOption& o : options) text += (text.empty() ? "`" : ", `") + o.key + "`";
    return text;
}

} // namespace

const std::vector<Field>& fields() {
    static const std::vector<Field> table = build_table();
    return table;
}

const Field* find_field(const std::string& path) {
    for (const Field& f : fields())
        if (path == f.path) return &f;
    return nullptr;
}

const Field& field(const std::string& path) {
    if (const Field* f = find_field(path)) return *f;
    std::fprintf(stderr, "mlroi: no row for %s in the field table\n", path.c_str());
    std::abort(); // a path the code names itself: a defect the tests catch
}

bool from_evidence(const Field& f) {
    return f.null_means && std::strcmp(f.null_means, kFromEvidence) == 0;
}

std::string field_key(const Field& f) {
    const char* dot = std::strrchr(f.path, '.');
    return dot ? dot + 1 : f.path;
}

std::vector<FieldOption> field_options(const Field& f, const Catalog& c) {
    if (!f.options_from) return f.options;
    std::vector<FieldOption> out;
    for (const RolePreset& r : c.roles) out.push_back({r.key, r.label});
    return out;
}

std::string option_label(const Field& f, const std::string& key) {
    for (const FieldOption& o : f.options)
        if (o.key == key) return o.label;
    return "";
}

std::string quoted_keys(const std::vector<FieldOption>& options) {
    std::string names;
    for (const FieldOption& o : options) names += (names.empty() ? "\"" : ", \"") + o.key + "\"";
    return names;
}

std::string format_value(const Field& f, double value) {
    char buffer[64];
    switch (f.kind) {
    case FieldKind::Money:
        return format_money(value);
    case FieldKind::Rate: {
        // The places the value needs, at most two: "80%", "0.5%", "7.94%".
        int places = 0;
        for (double pct = value * 100; places < 2; ++places, pct *= 10)
            if (std::fabs(pct - std::round(pct)) < 1e-9) break;
        return format_percent(value, places);
    }
    case FieldKind::Years:
        std::snprintf(buffer, sizeof buffer, value == std::floor(value) ? "%.0f %s" : "%.1f %s",
                      value, value == 1 ? "year" : "years");
        return buffer;
    case FieldKind::Count: {
        std::string unit = f.unit;
        if (value == 1 && !unit.empty() && unit.back() == 's') unit.pop_back();
        std::snprintf(buffer, sizeof buffer, unit.empty() ? "%.0f" : "%.0f %s", value,
                      unit.c_str());
        return buffer;
    }
    default:
        return format_limit(value);
    }
}

void to_json(nlohmann::json& j, const FieldOption& v) {
    j = nlohmann::json{{"key", v.key}, {"label", v.label}};
}

void to_json(nlohmann::json& j, const Field& v) {
    j = nlohmann::json{{"path", v.path},
                       {"label", v.label},
                       {"short_label", short_label(v)},
                       {"help", v.help},
                       {"kind", v.kind},
                       {"unit", v.unit},
                       {"format", format_pattern(v)},
                       {"nullable", nullable(v)},
                       {"null_means", v.null_means ? nlohmann::json(v.null_means) : nullptr},
                       {"options", v.options}};
    if (is_number(v.kind)) {
        j["min"] = v.min;
        j["max"] = v.max;
    } else if (v.max > 0) {
        j["max_length"] = v.max;
    }
    j["slider"] = has_slider(v) ? nlohmann::json{{"min", v.lo}, {"max", v.hi}, {"step", v.step}}
                                : nlohmann::json(nullptr);
    if (v.options_from) j["options_from"] = v.options_from;
}

nlohmann::json fields_json(const Catalog& c) {
    nlohmann::json rows = nlohmann::json::array();
    for (const Field& f : fields()) {
        nlohmann::json row = f;
        if (f.options_from) row["options"] = field_options(f, c);
        rows.push_back(std::move(row));
    }
    return rows;
}

std::string fields_markdown(const Catalog& c) {
    std::string text = "| field | name | meaning | values |\n| --- | --- | --- | --- |\n";
    for (const Field& f : fields()) {
        std::string values;
        if (is_number(f.kind)) {
            values = limit_words(f.min) + " to " + limit_words(f.max);
            if (*f.unit) values += " (" + std::string(f.unit) + ")";
            if (f.kind == FieldKind::Count) values += ", whole";
        } else if (f.kind == FieldKind::Choice) {
            values = (f.options_from ? "a role: " : "one of ") + code_list(field_options(f, c));
        } else if (f.kind == FieldKind::Set) {
            values = "a list of any of " + code_list(f.options);
        } else if (f.kind == FieldKind::YesNo) {
            values = "`true` or `false`";
        } else {
            values = "text, up to " + limit_words(f.max) + " characters";
        }
        if (f.null_means) values += "; `null`: " + std::string(f.null_means);
        text += "| `" + std::string(f.path) + "` | " + f.label + " | " + f.help + " | " + values +
                " |\n";
    }
    return text;
}

} // namespace mlroi
