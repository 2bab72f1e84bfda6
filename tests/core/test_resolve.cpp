// Resolving: what the reader leaves null is filled from the evidence in assets/presets.json
// ("model"), and what the reader sets is kept.
#include "analysis.hpp"
#include "resolve.hpp"
#include "scenarios.hpp"

#include <doctest/doctest.h>

using namespace mlroi;

namespace {
const Catalog& catalog() {
    return builtin_catalog();
}
Scenario resolved(const Scenario& s) {
    return resolve(s, catalog());
}
const UsedInput& used(const std::vector<UsedInput>& list, const std::string& path) {
    for (const UsedInput& u : list)
        if (u.path == path) return u;
    FAIL("no used input " << path);
    return list.front();
}
} // namespace

TEST_CASE("resolve: the current salary is the background's yardstick") {
    // NACE 2021: computer and information sciences $80,477; math and sciences $63,316; BLS
    // mean wage, all occupations, $58,260.
    Scenario s = catalog().defaults;
    REQUIRE_FALSE(s.you.current_salary.has_value());
    CHECK(*resolved(s).you.current_salary == 80'477);
    s.you.background = "quantitative";
    CHECK(*resolved(s).you.current_salary == 63'316);
    s.you.background = "other";
    CHECK(*resolved(s).you.current_salary == 58'260);
}

TEST_CASE("resolve: pay after the degree is the reader's pay + 14%, at least an in-field grad's") {
    // The causal premium (Minaya et al.) on the reader's own pay, never less than an in-field
    // graduate gets: the STEM yardstick plus the premium, 80,477 x 1.14 = 91,743.78. (NACE's
    // raw master's pay, $99,268, is for perspective only.)
    Scenario s = catalog().defaults; // STEM, current pay left to the yardstick
    CHECK(*resolved(s).outcome.salary == doctest::Approx(80'477 * 1.14));
    // A reader earning $135,000: 135,000 x 1.14 = 153,900.
    s.you.current_salary = 135'000;
    CHECK(*resolved(s).outcome.salary == doctest::Approx(153'900));
    // A career changer on the "other" yardstick, 58,260: 58,260 x 1.14 = 66,416.40 is below
    // the floor, so 91,743.78.
    s.you.current_salary.reset();
    s.you.background = "other";
    CHECK(*resolved(s).outcome.salary == doctest::Approx(91'743.78));
    // A PhD role's floor is its doctoral entry pay: $130,072 beats 100,000 x 1.14 = 114,000,
    // and 120,000 x 1.14 = 136,800 beats it.
    s.outcome.role = "research_scientist";
    s.you.current_salary = 100'000;
    CHECK(*resolved(s).outcome.salary == 130'072);
    s.you.current_salary = 120'000;
    CHECK(*resolved(s).outcome.salary == doctest::Approx(136'800));
    // The raise after the degree is the current one (3% by default).
    CHECK(*resolved(s).outcome.salary_growth == s.you.salary_growth);
}

TEST_CASE("resolve: the pay comes from the premium only when the reader's own pay sets it") {
    // Then the simulation spreads it as the premium spreads (resolve.hpp, pay_from_premium).
    Scenario s = catalog().defaults; // 80,477 x 1.14 is the floor itself: the premium's
    CHECK(pay_from_premium(s, catalog()));
    s.you.background = "other"; // the floor wins
    CHECK_FALSE(pay_from_premium(s, catalog()));
    s.you.current_salary = 135'000; // the premium wins again
    CHECK(pay_from_premium(s, catalog()));
    s.outcome.salary = 150'000; // the reader's own figure
    CHECK_FALSE(pay_from_premium(s, catalog()));
}

TEST_CASE("resolve: placement by background, missing prerequisites and modality") {
    // Table: stem 0.80, quantitative 0.70, other 0.55; minus 0.05 per missing prerequisite;
    // online -0.05, hybrid -0.03, in person 0.
    Scenario s = catalog().defaults;
    CHECK(*resolved(s).outcome.placement_probability == doctest::Approx(0.80));
    s.you.has = {"programming", "calculus"};
    s.program.modality = Modality::Online; // 0.80 - 2 x 0.05 - 0.05 = 0.65
    CHECK(*resolved(s).outcome.placement_probability == doctest::Approx(0.65));
    s.you.background = "quantitative";
    s.you.has = {"programming", "calculus", "linear_algebra"};
    s.program.modality = Modality::Hybrid; // 0.70 - 0.05 - 0.03 = 0.62
    CHECK(*resolved(s).outcome.placement_probability == doctest::Approx(0.62));
    s.you.background = "other";
    s.you.has.clear();
    s.program.modality = Modality::Online; // 0.55 - 4 x 0.05 - 0.05 = 0.30
    CHECK(*resolved(s).outcome.placement_probability == doctest::Approx(0.30));
    // A published rate wins over the table.
    s.program.placement_rate_published = 0.9;
    CHECK(*resolved(s).outcome.placement_probability == 0.9);
    // And the reader's own figure wins over both.
    s.outcome.placement_probability = 0.4;
    CHECK(*resolved(s).outcome.placement_probability == 0.4);
}

TEST_CASE("resolve: completion by pace (CGS 66% split 70% full time, 57% part time)") {
    Scenario s = catalog().defaults;
    CHECK(*resolved(s).outcome.completion_probability == 0.70);
    s.program.pace = Pace::PartTime;
    CHECK(*resolved(s).outcome.completion_probability == 0.57);
    s.outcome.completion_probability = 0.95;
    CHECK(*resolved(s).outcome.completion_probability == 0.95);
}

TEST_CASE("resolve: explicit values are kept, and the list of inputs says which were filled") {
    Scenario s = catalog().defaults;
    s.you.current_salary = 70'000;
    s.outcome.salary_growth = 0.04;
    std::vector<UsedInput> list;
    const Scenario r = resolve(s, catalog(), &list);
    CHECK(list.size() == 5);
    CHECK(*r.you.current_salary == 70'000);
    CHECK(used(list, "you.current_salary").value == 70'000);
    CHECK_FALSE(used(list, "you.current_salary").from_evidence);
    CHECK(used(list, "you.current_salary").why == "your input");
    CHECK(*r.outcome.salary_growth == 0.04);
    CHECK_FALSE(used(list, "outcome.salary_growth").from_evidence);
    // 70,000 x 1.14 = 79,800 < 80,477 x 1.14 = 91,743.78: an in-field graduate's pay plus
    // the premium, from the evidence.
    CHECK(used(list, "outcome.salary").value == doctest::Approx(91'743.78));
    CHECK(used(list, "outcome.salary").from_evidence);
    CHECK(used(list, "outcome.salary").why.rfind("an in-field graduate's pay", 0) == 0);
    CHECK(used(list, "outcome.placement_probability").from_evidence);
    CHECK(used(list, "outcome.completion_probability").from_evidence);
    // Resolving again changes nothing: every figure is now the reader's.
    CHECK(json(resolve(r, catalog())) == json(r));
    // The reader's scenario itself is untouched.
    CHECK_FALSE(s.outcome.salary.has_value());
}

TEST_CASE("resolve: missing prerequisites are listed in the catalog's order") {
    Scenario s = catalog().defaults;
    s.you.has = {"calculus", "programming"};
    const auto missing = missing_prerequisites(s, catalog());
    REQUIRE(missing.size() == 2);
    CHECK(missing[0]->key == "linear_algebra");
    CHECK(missing[1]->key == "probability_statistics");
}

TEST_CASE("a role given as {\"outcome\": {\"role\": key}} reads exactly as the role preset") {
    const Catalog& c = catalog();
    Problems problems;
    const auto from_file = read_checked(json::parse(R"({"outcome": {"role": "data_scientist"}})"),
                                        c.defaults, c, problems);
    REQUIRE(from_file);
    Scenario from_preset = c.defaults;
    REQUIRE(apply_preset("data_scientist", c, from_preset, problems));
    CHECK(json(*from_file) == json(from_preset));
    CHECK(json(analyze(*from_file, c)).dump() == json(analyze(from_preset, c)).dump());
    // Both leave the pay to the evidence: 80,477 x 1.14.
    CHECK_FALSE(from_preset.outcome.salary.has_value());
    CHECK(*resolve(from_preset, c).outcome.salary == doctest::Approx(91'743.78));
}
