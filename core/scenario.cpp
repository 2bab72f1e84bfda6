#include "scenario.hpp"

#include "fields.hpp"
#include "json_fields.hpp"

#include <cmath>
#include <set>

namespace mlroi {

// [SECTION] Names of the enumerations (scenario.hpp: NLOHMANN_JSON_SERIALIZE_ENUM)
std::string to_string(Modality m) {
    return json(m).get<std::string>();
}
std::string to_string(Pace p) {
    return json(p).get<std::string>();
}
std::string to_string(RepaymentPlan p) {
    return json(p).get<std::string>();
}

// [SECTION] Writing
void to_json(json& j, const You& v) {
    j = json{{"current_salary", or_null(v.current_salary)},
             {"salary_growth", v.salary_growth},
             {"tax_rate", or_null(v.tax_rate)},
             {"state_tax_rate", v.state_tax_rate},
             {"living_per_month", v.living_per_month},
             {"horizon_years", v.horizon_years},
             {"background", v.background},
             {"has", v.has},
             {"must_keep_job", v.must_keep_job},
             {"can_relocate", v.can_relocate},
             {"caregiving", v.caregiving},
             {"dependents", v.dependents}};
}

void to_json(json& j, const Program& v) {
    j = json{{"name", v.name},
             {"tuition_per_year", v.tuition_per_year},
             {"fees_per_year", v.fees_per_year},
             {"years", v.years},
             {"modality", v.modality},
             {"pace", v.pace},
             {"enrollment_fraction", v.enrollment_fraction},
             {"work_share", v.work_share},
             {"stipend_per_year", v.stipend_per_year},
             {"grants_per_year", v.grants_per_year},
             {"employer_aid_per_year", v.employer_aid_per_year},
             {"relocation_cost", v.relocation_cost},
             {"extra_housing_per_month", v.extra_housing_per_month},
             {"travel_per_year", v.travel_per_year},
             {"caregiver_per_month", v.caregiver_per_month},
             {"placement_rate_published", or_null(v.placement_rate_published)},
             {"industry_connections", v.industry_connections}};
}

void to_json(json& j, const Financing& v) {
    j = json{{"savings", v.savings},
             {"federal_rate", v.federal_rate},
             {"federal_fee", v.federal_fee},
             {"private_rate", v.private_rate},
             {"plan", v.plan},
             {"term_years", v.term_years}};
}

void to_json(json& j, const Outcome& v) {
    j = json{{"role", v.role},
             {"salary", or_null(v.salary)},
             {"salary_growth", or_null(v.salary_growth)},
             {"extra_raise", v.extra_raise},
             {"extra_raise_years", v.extra_raise_years},
             {"placement_probability", or_null(v.placement_probability)},
             {"months_to_job", v.months_to_job},
             {"completion_probability", or_null(v.completion_probability)}};
}

void to_json(json& j, const Assumptions& v) {
    j = json{{"inflation", v.inflation},
             {"real_discount_rate", v.real_discount_rate},
             {"simulations", v.simulations},
             {"seed", v.seed}};
}

void to_json(json& j, const Scenario& v) {
    j = json{{"schema", kSchema},        {"you", v.you},         {"program", v.program},
             {"financing", v.financing}, {"outcome", v.outcome}, {"assumptions", v.assumptions}};
}

// [SECTION] Reading: every field's type, range and options from its row (fields.hpp)
void from_json(const json& j, You& v, Problems& problems) {
    ObjectFields f(j, "you", problems);
    f.read(field("you.current_salary"), v.current_salary);
    f.read(field("you.salary_growth"), v.salary_growth);
    f.read(field("you.tax_rate"), v.tax_rate);
    f.read(field("you.state_tax_rate"), v.state_tax_rate);
    f.read(field("you.living_per_month"), v.living_per_month);
    f.read(field("you.horizon_years"), v.horizon_years);
    f.read(field("you.background"), v.background);
    f.read(field("you.has"), v.has);
    f.read(field("you.must_keep_job"), v.must_keep_job);
    f.read(field("you.can_relocate"), v.can_relocate);
    f.read(field("you.caregiving"), v.caregiving);
    f.read(field("you.dependents"), v.dependents);
}

void from_json(const json& j, Program& v, Problems& problems) {
    ObjectFields f(j, "program", problems);
    f.read(field("program.name"), v.name);
    f.read(field("program.tuition_per_year"), v.tuition_per_year);
    f.read(field("program.fees_per_year"), v.fees_per_year);
    f.read(field("program.years"), v.years);
    f.read(field("program.modality"), v.modality);
    f.read(field("program.pace"), v.pace);
    f.read(field("program.enrollment_fraction"), v.enrollment_fraction);
    f.read(field("program.work_share"), v.work_share);
    f.read(field("program.stipend_per_year"), v.stipend_per_year);
    f.read(field("program.grants_per_year"), v.grants_per_year);
    f.read(field("program.employer_aid_per_year"), v.employer_aid_per_year);
    f.read(field("program.relocation_cost"), v.relocation_cost);
    f.read(field("program.extra_housing_per_month"), v.extra_housing_per_month);
    f.read(field("program.travel_per_year"), v.travel_per_year);
    f.read(field("program.caregiver_per_month"), v.caregiver_per_month);
    f.read(field("program.placement_rate_published"), v.placement_rate_published);
    f.read(field("program.industry_connections"), v.industry_connections);
}

void from_json(const json& in, Financing& v, Problems& problems, std::vector<std::string>& notes) {
    // Schema 1's "tiered_standard" is the 2026 standard plan (tiered by balance): read as such.
    const bool tiered = in.is_object() && in.contains("plan") && in["plan"] == "tiered_standard";
    json copy;
    if (tiered) {
        copy = in;
        copy["plan"] = "standard";
        notes.push_back("financing.plan \"tiered_standard\" is read as \"standard\": for loans "
                        "first disbursed from 1 July 2026 the standard plan's term follows the "
                        "balance (10 to 25 years), and the old fixed 10-year plan is gone.");
    }
    const json& j = tiered ? copy : in;
    ObjectFields f(j, "financing", problems);
    f.read(field("financing.savings"), v.savings);
    f.read(field("financing.federal_rate"), v.federal_rate);
    f.read(field("financing.federal_fee"), v.federal_fee);
    f.read(field("financing.private_rate"), v.private_rate);
    f.read(field("financing.plan"), v.plan);
    f.read(field("financing.term_years"), v.term_years);
}

void from_json(const json& j, Outcome& v, Problems& problems) {
    ObjectFields f(j, "outcome", problems);
    f.read(field("outcome.role"), v.role);
    f.read(field("outcome.salary"), v.salary);
    f.read(field("outcome.salary_growth"), v.salary_growth);
    f.read(field("outcome.extra_raise"), v.extra_raise);
    f.read(field("outcome.extra_raise_years"), v.extra_raise_years);
    f.read(field("outcome.placement_probability"), v.placement_probability);
    f.read(field("outcome.months_to_job"), v.months_to_job);
    f.read(field("outcome.completion_probability"), v.completion_probability);
}

void from_json(const json& j, Assumptions& v, Problems& problems) {
    ObjectFields f(j, "assumptions", problems);
    f.read(field("assumptions.inflation"), v.inflation);
    f.read(field("assumptions.real_discount_rate"), v.real_discount_rate);
    f.read(field("assumptions.simulations"), v.simulations);
    f.read(field("assumptions.seed"), v.seed);
}

void from_json(const json& j, Scenario& v, Problems& problems) {
    ObjectFields f(j, "", problems);
    if (!f.ok()) return;
    f.read(field("schema"), v.schema);
    if (const json* p = f.object("you")) from_json(*p, v.you, problems);
    if (const json* p = f.object("program")) from_json(*p, v.program, problems);
    if (const json* p = f.object("financing"))
        from_json(*p, v.financing, problems, v.reading_notes);
    if (const json* p = f.object("outcome")) from_json(*p, v.outcome, problems);
    if (const json* p = f.object("assumptions")) from_json(*p, v.assumptions, problems);
}

void check_consistency(const Scenario& s, Problems& problems) {
    // The analysis needs at least a year after the study to say anything about the payoff.
    const int needed = static_cast<int>(std::ceil(s.program.years)) + 1;
    if (s.you.horizon_years < needed)
        problems.add("you.horizon_years", "must be at least " + std::to_string(needed) +
                                              " (program.years " + format_limit(s.program.years) +
                                              " plus one), got " +
                                              std::to_string(s.you.horizon_years));
}

namespace {
// Builds the document like json::parse, but records a problem instead of throwing
// (WebAssembly builds run without exception support), and refuses what json::parse would let
// through: nesting deeper than kMaxJsonDepth (deep documents cost stack in every recursive
// walk after parsing, and end in a crash) and a key given twice in one object (JSON leaves
// it undefined; nlohmann keeps the last one silently).
struct RecordingParser : nlohmann::detail::json_sax_dom_parser<json> {
    using Base = nlohmann::detail::json_sax_dom_parser<json>;
    struct Open {
        bool array = false;
        std::size_t items = 0;      // arrays: values so far, for the path
        std::string key;            // objects: the current key
        std::set<std::string> keys; // objects: keys so far
    };

    RecordingParser(json& result, Problem& error) : Base(result, false), error(error) {}

    bool null() { return item() && Base::null(); }
    bool boolean(bool v) { return item() && Base::boolean(v); }
    bool number_integer(json::number_integer_t v) { return item() && Base::number_integer(v); }
    bool number_unsigned(json::number_unsigned_t v) { return item() && Base::number_unsigned(v); }
    bool number_float(json::number_float_t v, const std::string& s) {
        return item() && Base::number_float(v, s);
    }
    bool string(std::string& v) { return item() && Base::string(v); }
    bool start_object(std::size_t n) { return open(false) && Base::start_object(n); }
    bool start_array(std::size_t n) { return open(true) && Base::start_array(n); }
    bool end_object() { return close() && Base::end_object(); }
    bool end_array() { return close() && Base::end_array(); }
    bool key(std::string& k) {
        Open& o = stack.back();
        o.key = k;
        if (o.keys.insert(k).second) return Base::key(k);
        return fail(path(), "appears twice");
    }
    bool parse_error(std::size_t, const std::string& token, const nlohmann::detail::exception& ex) {
        // ex.what() reads "[json.exception.parse_error.101] parse error at line 1, column 13:
        // syntax error ...; last read: '<token>'"; keep what follows "parse error", with the
        // token (the whole of an unterminated string) escaped and capped.
        std::string what = ex.what();
        const std::size_t at = what.find("parse error");
        what = at == std::string::npos ? ": " + what : what.substr(at + 11);
        const std::string read = "last read: '" + token + "'";
        if (const std::size_t t = what.find(read); t != std::string::npos)
            what.replace(t, read.size(),
                         "last read: '" + escape_text(token, kPreviewBytes, false) + "'");
        return fail("", "not valid JSON" + escape_text(what, 160, false));
    }

    // The path of the value being read: program.tuition_per_year, you.has[1].
    std::string path() const {
        std::string p;
        for (const Open& o : stack)
            p = o.array ? p + "[" + std::to_string(o.items - 1) + "]" : field_path(p, o.key);
        return p.size() > 100 ? escape_text(p, 100, false) : p;
    }
    bool item() {
        if (!stack.empty() && stack.back().array) ++stack.back().items;
        return true;
    }
    bool open(bool array) {
        item();
        if (stack.size() == kMaxJsonDepth)
            return fail(path(), "nested more than " + std::to_string(kMaxJsonDepth) +
                                    " levels deep (arrays and objects)");
        stack.push_back({array, 0, {}, {}});
        return true;
    }
    bool close() {
        stack.pop_back();
        return true;
    }
    bool fail(std::string where, std::string message) {
        error = {std::move(where), std::move(message)};
        return false;
    }

    std::vector<Open> stack;
    Problem& error;
};
} // namespace

bool parse_json(const std::string& text, json& out, Problems& problems) {
    Problem error;
    RecordingParser parser(out, error);
    if (json::sax_parse(text, &parser) && error.message.empty()) return true;
    problems.add(error.path, error.message.empty() ? "not valid JSON" : error.message);
    out = json();
    return false;
}

std::optional<Scenario> read_scenario(const json& j, const Scenario& base, Problems& problems) {
    Scenario s = base;
    from_json(j, s, problems);
    if (problems.empty()) check_consistency(s, problems);
    if (!problems.empty()) return std::nullopt;
    return s;
}

std::optional<Scenario> parse_scenario(const std::string& text, const Scenario& base,
                                       Problems& problems) {
    json j;
    if (!parse_json(text, j, problems)) return std::nullopt;
    return read_scenario(j, base, problems);
}

} // namespace mlroi
