// scenario.hpp: one reader's inputs (the scenario JSON, schema 2) and their conversion.
// Field names are the public interface: CLI files, share links, the JS API and embed
// attributes all use them. Reading overlays JSON onto a base scenario (the defaults), so
// missing fields keep the base's value; unknown fields, wrong types, out-of-range and
// non-finite numbers are problems naming the field path. Ranges, options and what null means
// live in the field table (fields.hpp).
// A field held as std::optional may be null: "work it out from the evidence" (resolve.hpp
// fills it from the catalog before any calculation: the reader's background, role, pace).
#pragma once

#include "problems.hpp"

#include <nlohmann/json.hpp>

#include <optional>
#include <string>
#include <vector>

namespace mlroi {

using json = nlohmann::json;

enum class Modality { Online, Hybrid, InPerson };
enum class Pace { FullTime, PartTime };
// The 2026 law leaves new borrowers two plans: the new standard plan (term by balance) and RAP.
enum class RepaymentPlan { Standard, Rap };

// The JSON names, written once: the field table (fields.hpp) lists them as its options. An
// unknown name would convert to the first value: the reader checks names against the table.
NLOHMANN_JSON_SERIALIZE_ENUM(Modality, {{Modality::Online, "online"},
                                        {Modality::Hybrid, "hybrid"},
                                        {Modality::InPerson, "in_person"}})
NLOHMANN_JSON_SERIALIZE_ENUM(Pace, {{Pace::FullTime, "full_time"}, {Pace::PartTime, "part_time"}})
NLOHMANN_JSON_SERIALIZE_ENUM(RepaymentPlan,
                             {{RepaymentPlan::Standard, "standard"}, {RepaymentPlan::Rap, "rap"}})

inline constexpr int kSchema = 2; // what this version writes; schema 1 files still read

struct You {
    std::optional<double> current_salary; // gross, per year; null: the background's yardstick
    double salary_growth = 0;             // nominal, per year
    std::optional<double> tax_rate;       // flat rate on all income; null: real taxes
    double state_tax_rate = 0;            // flat state income tax (with real taxes)
    double living_per_month = 0;          // living costs while studying (paid on both paths)
    int horizon_years = 30;               // from month 0
    std::string background;               // "stem", "quantitative", "other"
    std::vector<std::string> has;         // prerequisites already held (fields.cpp lists them)
    bool must_keep_job = false;
    bool can_relocate = true;
    bool caregiving = false;
    int dependents = 0;
};

struct Program {
    std::string name;
    double tuition_per_year = 0;
    double fees_per_year = 0;
    double years = 2; // duration at the chosen pace
    Modality modality = Modality::InPerson;
    Pace pace = Pace::FullTime;
    double enrollment_fraction = 1; // share of full-time load (prorates the federal limit)
    double work_share = 0;          // share of current income kept while studying
    double stipend_per_year = 0;    // assistantship or stipend, taxable income
    double grants_per_year = 0;
    double employer_aid_per_year = 0;
    double relocation_cost = 0;         // once, month 0
    double extra_housing_per_month = 0; // only housing beyond what the reader pays anyway
    double travel_per_year = 0;
    double caregiver_per_month = 0;
    std::optional<double> placement_rate_published; // share of graduates placed, if published
    int industry_connections = 3;                   // 0 (none) to 5 (strong)
};

struct Financing {
    double savings = 0;
    double federal_rate = 0;
    double federal_fee = 0;
    double private_rate = 0;
    RepaymentPlan plan = RepaymentPlan::Standard;
    int term_years = 10; // the private loan's
};

struct Outcome {
    std::string role;
    std::optional<double> salary;        // gross per year, month-0 dollars; null: from evidence
    std::optional<double> salary_growth; // nominal, per year; null: your current raise
    double extra_raise = 0;              // added to the raise for the first years in the role
    int extra_raise_years = 0;
    std::optional<double> placement_probability; // null: the published rate, else by background
    int months_to_job = 0;
    std::optional<double> completion_probability; // null: CGS figures by pace
};

struct Assumptions {
    double inflation = 0.025;
    double real_discount_rate = 0.03;
    int simulations = 10000;
    unsigned long long seed = 1;
};

struct Scenario {
    int schema = kSchema; // as read: a schema-1 file keeps 1 here (the analysis notes it)
    You you;
    Program program;
    Financing financing;
    Outcome outcome;
    Assumptions assumptions;
    std::vector<std::string> reading_notes; // how old names were read (not written back)
};

// The JSON name: "in_person", "part_time", "rap".
std::string to_string(Modality m);
std::string to_string(Pace p);
std::string to_string(RepaymentPlan p);

void to_json(json& j, const You& v);
void to_json(json& j, const Program& v);
void to_json(json& j, const Financing& v);
void to_json(json& j, const Outcome& v);
void to_json(json& j, const Assumptions& v);
void to_json(json& j, const Scenario& v);

// Overlay `j` onto `v`: present fields replace, missing ones stay. Problems are collected
// (all of them, not just the first); on any problem the caller must discard `v`.
void from_json(const json& j, You& v, Problems& problems);
void from_json(const json& j, Program& v, Problems& problems);
void from_json(const json& j, Financing& v, Problems& problems, std::vector<std::string>& notes);
void from_json(const json& j, Outcome& v, Problems& problems);
void from_json(const json& j, Assumptions& v, Problems& problems);
void from_json(const json& j, Scenario& v, Problems& problems);

// Cross-field rules (e.g. the horizon must outlast the study); field rules are in from_json.
void check_consistency(const Scenario& s, Problems& problems);

// The deepest nesting of arrays and objects parse_json takes; a scenario needs 3.
inline constexpr std::size_t kMaxJsonDepth = 64;

// Parse JSON text without throwing. A syntax error (with its position), nesting deeper than
// kMaxJsonDepth or a key given twice in one object becomes one problem.
bool parse_json(const std::string& text, json& out, Problems& problems);

// Parse JSON text and overlay it onto `base`. Never throws; on any problem returns nullopt
// and `problems` says why, one entry per problem.
std::optional<Scenario> parse_scenario(const std::string& text, const Scenario& base,
                                       Problems& problems);
// The same for a document already parsed.
std::optional<Scenario> read_scenario(const json& j, const Scenario& base, Problems& problems);

} // namespace mlroi
