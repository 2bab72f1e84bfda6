// Reading scenarios: one test per class of bad input, each naming the field and the rule.
#include "analysis.hpp"
#include "catalog.hpp"

#include "scenarios.hpp"

#include <doctest/doctest.h>

#include <cmath>

using namespace mlroi;
using mlroi::test::Lines;
using mlroi::test::problems_of;

namespace {} // namespace

TEST_CASE("an empty object is the default scenario, and defaults round-trip") {
    CHECK(problems_of("{}").empty());
    const Scenario& d = builtin_catalog().defaults;
    Problems problems;
    auto again = parse_scenario(json(d).dump(), Scenario{}, problems);
    REQUIRE(again);
    CHECK(json(*again) == json(d));
}

TEST_CASE("missing fields keep the defaults; present ones replace them") {
    Problems problems;
    const Scenario& d = builtin_catalog().defaults;
    auto s = parse_scenario(R"({"program": {"years": 3}})", d, problems);
    REQUIRE(s);
    CHECK(s->program.years == 3);
    CHECK(s->program.tuition_per_year == d.program.tuition_per_year);
    CHECK(s->you.current_salary == d.you.current_salary);
}

TEST_CASE("malformed JSON names the position") {
    const Lines lines = problems_of(R"({"program": {"years": 3})");
    REQUIRE(lines.size() == 1);
    CHECK(lines[0].rfind("not valid JSON", 0) == 0);
    CHECK(lines[0].find("at line 1, column 25") != std::string::npos);
}

TEST_CASE("wrong type names the field and what it got") {
    CHECK(
        problems_of(R"({"program": {"tuition_per_year": "abc"}})") ==
        Lines{R"(program.tuition_per_year: must be a finite number from 0 to 500000, got "abc")"});
    CHECK(problems_of(R"({"you": 5})") == Lines{"you: must be a JSON object, got number"});
    CHECK(problems_of(R"({"you": {"must_keep_job": 1}})") ==
          Lines{"you.must_keep_job: must be true or false, got 1"});
}

TEST_CASE("out-of-range numbers name the range") {
    CHECK(problems_of(R"({"program": {"tuition_per_year": -5}})") ==
          Lines{"program.tuition_per_year: must be a finite number from 0 to 500000, got -5"});
    CHECK(
        problems_of(R"({"outcome": {"placement_probability": 1.5}})") ==
        Lines{
            "outcome.placement_probability: must be null or a finite number from 0 to 1, got 1.5"});
    CHECK(problems_of(R"({"you": {"horizon_years": 2.5}})") ==
          Lines{"you.horizon_years: must be a whole number from 5 to 50, got 2.5"});
}

TEST_CASE("non-finite numbers never get in") {
    // JSON text cannot spell NaN; a document built in code (as the JS bridge may) can.
    json j;
    j["program"]["tuition_per_year"] = std::nan("");
    Problems problems;
    CHECK_FALSE(read_scenario(j, builtin_catalog().defaults, problems));
    REQUIRE(problems.items.size() == 1);
    CHECK(problems.items[0].path == "program.tuition_per_year");
    j["program"]["tuition_per_year"] = INFINITY;
    Problems again;
    CHECK_FALSE(read_scenario(j, builtin_catalog().defaults, again));
    CHECK(again.items.size() == 1);
}

TEST_CASE("unknown fields are errors, not silently ignored") {
    CHECK(problems_of(R"({"program": {"tuition": 5000}})") ==
          Lines{"program.tuition: unknown field"});
    CHECK(problems_of(R"({"extra": 1})") == Lines{"extra: unknown field"});
}

TEST_CASE("choices list the allowed names") {
    CHECK(
        problems_of(R"({"program": {"modality": "campus"}})") ==
        Lines{R"(program.modality: must be one of "online", "hybrid", "in_person", got "campus")"});
    CHECK(
        problems_of(R"({"you": {"has": ["programming", "cooking"]}})") ==
        Lines{
            R"(you.has[1]: must be one of "programming", "linear_algebra", "probability_statistics", "calculus", got "cooking")"});
    CHECK(problems_of(R"({"outcome": {"role": "astronaut"}})")
              .at(0)
              .rfind("outcome.role: must be one of", 0) == 0);
}

TEST_CASE("null is only allowed where a field is optional") {
    for (const char* text :
         {R"({"program": {"placement_rate_published": null}})",
          R"({"program": {"placement_rate_published": 0.9}})",
          R"({"you": {"current_salary": null, "tax_rate": null}})",
          R"({"outcome": {"salary": null, "salary_growth": null, "placement_probability": null,
              "completion_probability": null}})"})
        CHECK_MESSAGE(problems_of(text).empty(), text);
    CHECK(problems_of(R"({"program": {"tuition_per_year": null}})") ==
          Lines{"program.tuition_per_year: must be a finite number from 0 to 500000, got null"});
    CHECK(problems_of(R"({"you": {"living_per_month": null}})") ==
          Lines{"you.living_per_month: must be a finite number from 0 to 20000, got null"});
}

TEST_CASE("null overlays a number: the field goes back to the evidence") {
    Scenario base = builtin_catalog().defaults;
    base.you.current_salary = 70'000;
    base.outcome.salary = 120'000;
    Problems problems;
    auto s = parse_scenario(
        R"({"you": {"current_salary": null}, "outcome": {"role": "ml_engineer"}})", base, problems);
    REQUIRE(s);
    CHECK_FALSE(s->you.current_salary.has_value());
    CHECK(s->outcome.salary == 120'000); // absent: kept
    // Written back, a null stays null.
    const json j = *s;
    CHECK(j["you"]["current_salary"].is_null());
    CHECK(j["outcome"]["salary"] == 120'000);
    CHECK(j["schema"] == 2);
}

TEST_CASE("a schema-1 file reads: tiered_standard is the 2026 standard plan, with notes") {
    Problems problems;
    auto s = parse_scenario(R"({"schema": 1, "financing": {"plan": "tiered_standard"}})",
                            builtin_catalog().defaults, problems);
    REQUIRE(s);
    CHECK(s->schema == 1);
    CHECK(s->financing.plan == RepaymentPlan::Standard);
    REQUIRE(s->reading_notes.size() == 1);
    CHECK(s->reading_notes[0].find("\"tiered_standard\" is read as \"standard\"") !=
          std::string::npos);
    // The analysis passes both on: the plan's note and the schema's.
    const CashResults r = analyze_cash(*s, builtin_catalog());
    bool plan_note = false, schema_note = false;
    for (const std::string& n : r.notes) {
        plan_note = plan_note || n == s->reading_notes[0];
        schema_note = schema_note || n.rfind("Read as a schema-1 scenario", 0) == 0;
    }
    CHECK(plan_note);
    CHECK(schema_note);
    // Written back it is a schema-2 file with the plan's new name, and no notes.
    const json j = *s;
    CHECK(j["schema"] == 2);
    CHECK(j["financing"]["plan"] == "standard");
    // A schema-2 "standard" file has no plan note.
    Problems again;
    auto plain =
        parse_scenario(R"({"financing": {"plan": "standard"}})", builtin_catalog().defaults, again);
    REQUIRE(plain);
    CHECK(plain->reading_notes.empty());
}

TEST_CASE("a schema this version does not know is refused") {
    CHECK(problems_of(R"({"schema": 3})") ==
          Lines{"schema: must be a whole number from 1 to 2, got 3"});
}

TEST_CASE("cross-field rule: the horizon must outlast the study") {
    CHECK(problems_of(R"({"program": {"years": 6}, "you": {"horizon_years": 6}})") ==
          Lines{"you.horizon_years: must be at least 7 (program.years 6 plus one), got 6"});
}

TEST_CASE("every problem is reported, not just the first") {
    CHECK(
        problems_of(R"({"program": {"years": 0, "fees_per_year": -1}, "financing": {"plan": "x"}})")
            .size() == 3);
}

TEST_CASE("the built-in data: every default has a source or is marked an assumption") {
    const Catalog& c = builtin_catalog();
    const json plain = c.defaults;
    // Each leaf of the default scenario (but the schema number) has a provenance entry.
    size_t leaves = 0;
    for (const auto& section : plain.items()) {
        if (!section.value().is_object()) continue;
        for (const auto& field : section.value().items()) {
            ++leaves;
            const std::string path = section.key() + "." + field.key();
            REQUIRE_MESSAGE(c.sources.count(path) == 1, path);
            const Provenance& p = c.sources.at(path);
            CHECK_MESSAGE(p.source.empty() != p.assumption.empty(), path);
        }
    }
    CHECK(leaves == c.sources.size());
    CHECK(c.programs.size() == 4);
    CHECK(c.roles.size() == 5);
}

TEST_CASE("a figure without a source is refused when the data loads") {
    Catalog c;
    Problems problems;
    CHECK_FALSE(load_catalog(R"({"schema": 1, "you": {"tax_rate": 0.2}})", R"({})", c, problems));
    REQUIRE_FALSE(problems.empty());
    CHECK(to_line(problems.items[0]).rfind("you.tax_rate: has no source", 0) == 0);
}

TEST_CASE("presets apply: a program key sets the program, a role key the outcome") {
    const Catalog& c = builtin_catalog();
    Scenario s = c.defaults;
    Problems problems;
    CHECK(apply_preset("online_part_time", c, s, problems));
    CHECK(s.program.modality == Modality::Online);
    CHECK(s.program.work_share == 1.0);
    // A role sets the role; a pay left null follows it, a pay the reader set stays (as the
    // JSON overlay {"outcome": {"role": ...}} does).
    CHECK(apply_preset("data_scientist", c, s, problems));
    CHECK(s.outcome.role == "data_scientist");
    CHECK_FALSE(s.outcome.salary.has_value());
    s.outcome.salary = 123'456;
    CHECK(apply_preset("ml_engineer", c, s, problems));
    CHECK(s.outcome.role == "ml_engineer");
    CHECK(s.outcome.salary == 123'456.0);
    CHECK_FALSE(apply_preset("nope", c, s, problems));
    CHECK(to_line(problems.items.at(0)).rfind("preset: unknown preset \"nope\"", 0) == 0);
}
