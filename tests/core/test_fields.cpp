// The field table (core/fields.hpp) against what the core really does: every field of the
// scenario has a row and every row a field; each row's range, options and null are exactly
// what the reader accepts, probed through read_checked as the CLI and the widget read.
#include "analysis.hpp"
#include "catalog.hpp"
#include "fields.hpp"
#include "json_fields.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <limits>
#include <set>
#include <string>
#include <vector>

using namespace mlroi;

namespace {

// Leaf paths of a scenario document: "program.tuition_per_year"; a list ("you.has") is a leaf.
void leaf_paths(const json& j, const std::string& prefix, std::vector<std::string>& out) {
    if (!j.is_object()) {
        out.push_back(prefix);
        return;
    }
    for (const auto& item : j.items())
        leaf_paths(item.value(), prefix.empty() ? item.key() : prefix + "." + item.key(), out);
}

// {"program": {"tuition_per_year": value}} for "program.tuition_per_year".
json at_path(const std::string& path, const json& value) {
    const size_t dot = path.find('.');
    if (dot == std::string::npos) return json{{path, value}};
    return json{{path.substr(0, dot), at_path(path.substr(dot + 1), value)}};
}

// The value at "program.tuition_per_year" in a scenario document.
const json& value_at(const json& j, std::string path) {
    for (char& ch : path)
        if (ch == '.') ch = '/';
    return j.at(json::json_pointer("/" + path));
}

struct Read {
    bool ok = false;
    json scenario;     // as written back, when read
    Problems problems; // when refused
};

// The one call the CLI and the widget make, over the defaults.
Read read(const std::string& path, const json& value) {
    Read r;
    const Catalog& c = builtin_catalog();
    if (auto s = read_checked(at_path(path, value), c.defaults, c, r.problems)) {
        r.ok = true;
        r.scenario = *s;
    }
    return r;
}

// Refused, with a problem naming `path` (the first one: a single field is set).
bool refused_at(const Read& r, const std::string& path) {
    return !r.ok && !r.problems.items.empty() && r.problems.items.front().path == path;
}

std::string what(const Read& r) {
    return r.problems.empty() ? "accepted" : to_line(r.problems.items.front());
}

bool is_number(const Field& f) {
    return f.kind == FieldKind::Money || f.kind == FieldKind::Rate || f.kind == FieldKind::Years ||
           f.kind == FieldKind::Count;
}

} // namespace

// A field the reader takes but the table lacks would have no label, help or README row; a
// row naming no field would offer a control that sets nothing.
TEST_CASE("fields: every leaf of the default scenario has a row, and every row is a leaf") {
    const json defaults = builtin_catalog().defaults; // what `mlroi defaults` prints
    std::vector<std::string> leaves;
    leaf_paths(defaults, "", leaves);
    REQUIRE(leaves.size() > 40);
    for (const std::string& path : leaves) CHECK_MESSAGE(find_field(path), ("no row for " + path));
    std::set<std::string> seen;
    for (const Field& f : fields()) {
        CHECK_MESSAGE(std::find(leaves.begin(), leaves.end(), f.path) != leaves.end(),
                      (std::string(f.path) + " is not a leaf of the default scenario"));
        CHECK_MESSAGE(seen.insert(f.path).second, (std::string(f.path) + " has two rows"));
        CHECK_MESSAGE(*f.label, f.path);
        CHECK_MESSAGE(*f.help, f.path);
    }
    CHECK(fields().size() == leaves.size());
}

// The table's range is the core's: its edges read, and the next value past each is refused
// with a problem naming the field. Whole-number fields step by one, others by the next double.
TEST_CASE("fields: each numeric row's min and max are accepted, just outside is refused") {
    int numeric = 0;
    for (const Field& f : fields()) {
        if (!is_number(f)) continue;
        ++numeric;
        INFO(f.path);
        const bool whole = f.kind == FieldKind::Count;
        const double inf = std::numeric_limits<double>::infinity();
        const double below = whole ? f.min - 1 : std::nextafter(f.min, -inf);
        const double above = whole ? f.max + 1 : std::nextafter(f.max, inf);
        for (const double edge : {f.min, f.max}) {
            // Whole numbers as JSON integers (as a reader writes them), the seed's 2^53 - 1
            // included; the rest as doubles.
            const json value = whole ? json(static_cast<long long>(edge)) : json(edge);
            const Read r = read(f.path, value);
            CHECK_MESSAGE(r.ok, f.path, " = ", value.dump(), ": ", what(r));
            // (A schema-1 document is written back as the current schema.)
            if (r.ok && f.path != std::string("schema"))
                CHECK(value_at(r.scenario, f.path) == value);
        }
        for (const double outside : {below, above}) {
            const json value = whole ? json(static_cast<long long>(outside)) : json(outside);
            const Read r = read(f.path, value);
            CHECK_MESSAGE(refused_at(r, f.path), f.path, " = ", value.dump(), ": ", what(r));
        }
        if (whole) { // a fraction between the edges is refused too
            const Read r = read(f.path, f.min + 0.5);
            CHECK_MESSAGE(refused_at(r, f.path), what(r));
        }
    }
    CHECK(numeric >= 35);
}

// The message a reader sees names the range from the table, in the shape the CLI tests and
// README quote.
TEST_CASE("fields: a refused number's message states the table's range") {
    const Read tuition = read("program.tuition_per_year", -5);
    REQUIRE(refused_at(tuition, "program.tuition_per_year"));
    CHECK(tuition.problems.items[0].message == "must be a finite number from 0 to 500000, got -5");
    const Read tax = read("you.tax_rate", 2);
    REQUIRE(refused_at(tax, "you.tax_rate"));
    CHECK(tax.problems.items[0].message == "must be null or a finite number from 0 to 0.6, got 2");
    const Read horizon = read("you.horizon_years", 51);
    REQUIRE(refused_at(horizon, "you.horizon_years"));
    CHECK(horizon.problems.items[0].message == "must be a whole number from 5 to 50, got 51");
}

// NLOHMANN_JSON_SERIALIZE_ENUM would turn an unknown name into the first value silently: the
// reader must refuse it, listing the options, for enumerations and plain choices alike.
TEST_CASE("fields: every option of a choice or set is accepted, an unknown one refused") {
    const Catalog& c = builtin_catalog();
    int choices = 0;
    for (const Field& f : fields()) {
        if (f.kind != FieldKind::Choice && f.kind != FieldKind::Set) continue;
        ++choices;
        INFO(f.path);
        const std::vector<FieldOption> options = field_options(f, c);
        REQUIRE(options.size() >= 2);
        for (const FieldOption& o : options) {
            CHECK_MESSAGE(!o.label.empty(), o.key);
            const json value = f.kind == FieldKind::Set ? json::array({o.key}) : json(o.key);
            const Read r = read(f.path, value);
            CHECK_MESSAGE(r.ok, o.key, ": ", what(r));
            if (r.ok) CHECK(value_at(r.scenario, f.path) == value); // not the first option
        }
        const bool set = f.kind == FieldKind::Set;
        // The first option's key in capitals: close to a real one, and still none of them.
        std::string unknown = options.front().key;
        for (char& ch : unknown) ch = static_cast<char>(std::toupper(ch));
        const Read r = read(f.path, set ? json::array({unknown}) : json(unknown));
        const std::string where = set ? std::string(f.path) + "[0]" : f.path;
        REQUIRE_MESSAGE(refused_at(r, where), what(r));
        CHECK(r.problems.items[0].message ==
              "must be one of " + quoted_keys(options) + ", got \"" + unknown + "\"");
    }
    CHECK(choices == 6); // background, has, modality, pace, plan, role
}

TEST_CASE("fields: yes/no rows take true and false only, text rows their length") {
    for (const Field& f : fields()) {
        INFO(f.path);
        if (f.kind == FieldKind::YesNo) {
            CHECK(read(f.path, true).ok);
            CHECK(read(f.path, false).ok);
            CHECK(refused_at(read(f.path, "yes"), f.path));
            CHECK(refused_at(read(f.path, 1), f.path));
        } else if (f.kind == FieldKind::Text) {
            const size_t max = static_cast<size_t>(f.max);
            REQUIRE(max > 0);
            CHECK(read(f.path, std::string(max, 'x')).ok);
            CHECK(refused_at(read(f.path, std::string(max + 1, 'x')), f.path));
        }
    }
}

// Null means "leave it to the evidence" (or real taxes, or no published rate) only where the
// table says so; anywhere else it is a mistake the reader hears about.
TEST_CASE("fields: nullable rows accept null, the rest refuse it") {
    int nullable_rows = 0;
    for (const Field& f : fields()) {
        INFO(f.path);
        const Read r = read(f.path, nullptr);
        if (nullable(f)) {
            ++nullable_rows;
            CHECK_MESSAGE(r.ok, what(r));
            if (r.ok) CHECK(value_at(r.scenario, f.path).is_null());
        } else {
            CHECK_MESSAGE(refused_at(r, f.path), what(r));
        }
    }
    CHECK(nullable_rows == 7);
}

// What the widget offers lies inside what the core takes, and the table's JSON (for the
// page's own controls) carries every row with its options.
TEST_CASE("fields: sliders lie within the enforced range, the JSON has every row") {
    for (const Field& f : fields()) {
        INFO(f.path);
        if (!has_slider(f)) continue;
        CHECK(is_number(f));
        CHECK(f.min <= f.lo);
        CHECK(f.lo < f.hi);
        CHECK(f.hi <= f.max);
        CHECK(f.step < f.hi - f.lo);
    }
    const json j = fields_json(builtin_catalog());
    REQUIRE(j.size() == fields().size());
    for (const json& row : j) {
        CAPTURE(row.dump());
        const Field& f = field(row["path"].get<std::string>());
        CHECK(row["label"] == f.label);
        CHECK(row["nullable"] == nullable(f));
        if (is_number(f)) CHECK(row["min"] == f.min);
    }
    const json role = j[std::distance(&fields().front(), &field("outcome.role"))];
    CHECK(role["options"].size() == builtin_catalog().roles.size());
    CHECK(role["options"][0]["key"] == builtin_catalog().roles[0].key);
}

// Labels are written once: the tornado's bars and the prerequisites' names come from the table.
TEST_CASE("fields: tornado bars and prerequisite labels come from the table") {
    const Catalog& c = builtin_catalog();
    const Results results = analyze(c.defaults, c);
    REQUIRE(!results.sensitivity.tornado.empty());
    for (const TornadoBar& bar : results.sensitivity.tornado) {
        CAPTURE(bar.key);
        CHECK(bar.label == short_label(field(bar.key)));
    }
    const std::vector<FieldOption>& has = field("you.has").options;
    REQUIRE(c.prerequisites.size() == has.size());
    for (size_t i = 0; i < has.size(); ++i) {
        CHECK(c.prerequisites[i].key == has[i].key);
        CHECK(c.prerequisites[i].label == has[i].label);
    }
}

TEST_CASE("fields: values read as the reader reads them") {
    CHECK(format_value(field("program.tuition_per_year"), 27776) == "$27,776");
    CHECK(format_value(field("financing.federal_rate"), 0.0794) == "7.94%");
    CHECK(format_value(field("program.years"), 1.5) == "1.5 years");
    CHECK(format_value(field("outcome.months_to_job"), 1) == "1 month");
    CHECK(format_value(field("program.industry_connections"), 3) == "3");
}

// The enumerations' JSON names (scenario.hpp) and the table's options are the same list: a
// value with no option could be written but never read back.
TEST_CASE("fields: every enumeration value is an option of its row") {
    const auto keys = [](const char* path) {
        std::vector<std::string> out;
        for (const FieldOption& o : field(path).options) out.push_back(o.key);
        return out;
    };
    CHECK(keys("program.modality") == std::vector<std::string>{to_string(Modality::Online),
                                                               to_string(Modality::Hybrid),
                                                               to_string(Modality::InPerson)});
    CHECK(keys("program.pace") ==
          std::vector<std::string>{to_string(Pace::FullTime), to_string(Pace::PartTime)});
    CHECK(keys("financing.plan") == std::vector<std::string>{to_string(RepaymentPlan::Standard),
                                                             to_string(RepaymentPlan::Rap)});
}
