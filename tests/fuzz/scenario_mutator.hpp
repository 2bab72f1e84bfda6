// scenario_mutator.hpp: a structure-aware mutation for fuzz_analysis. Byte mutations mostly
// break the JSON or push a field out of range, so few inputs would reach analyze(); this one
// parses the input and sets one field to a value inside (or just at) its documented range,
// which keeps most inputs accepted. The ranges mirror from_json in core/scenario.cpp; when a
// range there changes, a stale one here only costs rejected inputs, never a false failure.
#pragma once

#include "catalog.hpp"
#include "scenario.hpp"

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <iterator>
#include <random>
#include <string>
#include <vector>

namespace mlroi::fuzz {

enum class Kind { Number, OptionalNumber, Whole, Boolean, Choice, Prerequisites, Role, Text };

struct Field {
    const char* section; // "you", "program", ...; "" for the document root
    const char* key;
    Kind kind;
    double lo = 0, hi = 0;
    std::vector<const char*> choices = {};
};

inline const std::vector<Field>& scenario_fields() {
    static const std::vector<Field> fields = {
        {"", "schema", Kind::Whole, 1, 2},
        {"you", "current_salary", Kind::OptionalNumber, 0, 1'000'000},
        {"you", "salary_growth", Kind::Number, -0.05, 0.15},
        {"you", "tax_rate", Kind::OptionalNumber, 0, 0.6},
        {"you", "state_tax_rate", Kind::Number, 0, 0.15},
        {"you", "living_per_month", Kind::Number, 0, 20'000},
        {"you", "horizon_years", Kind::Whole, 5, 50},
        {"you", "background", Kind::Choice, 0, 0, {"stem", "quantitative", "other"}},
        {"you", "has", Kind::Prerequisites},
        {"you", "must_keep_job", Kind::Boolean},
        {"you", "can_relocate", Kind::Boolean},
        {"you", "caregiving", Kind::Boolean},
        {"you", "dependents", Kind::Whole, 0, 10},
        {"program", "name", Kind::Text},
        {"program", "tuition_per_year", Kind::Number, 0, 500'000},
        {"program", "fees_per_year", Kind::Number, 0, 100'000},
        {"program", "years", Kind::Number, 0.5, 8},
        {"program", "modality", Kind::Choice, 0, 0, {"online", "hybrid", "in_person"}},
        {"program", "pace", Kind::Choice, 0, 0, {"full_time", "part_time"}},
        {"program", "enrollment_fraction", Kind::Number, 0.1, 1},
        {"program", "work_share", Kind::Number, 0, 1},
        {"program", "stipend_per_year", Kind::Number, 0, 200'000},
        {"program", "grants_per_year", Kind::Number, 0, 500'000},
        {"program", "employer_aid_per_year", Kind::Number, 0, 500'000},
        {"program", "relocation_cost", Kind::Number, 0, 100'000},
        {"program", "extra_housing_per_month", Kind::Number, 0, 20'000},
        {"program", "travel_per_year", Kind::Number, 0, 100'000},
        {"program", "caregiver_per_month", Kind::Number, 0, 20'000},
        {"program", "placement_rate_published", Kind::OptionalNumber, 0, 1},
        {"program", "industry_connections", Kind::Whole, 0, 5},
        {"financing", "savings", Kind::Number, 0, 2'000'000},
        {"financing", "federal_rate", Kind::Number, 0, 0.2},
        {"financing", "federal_fee", Kind::Number, 0, 0.1},
        {"financing", "private_rate", Kind::Number, 0, 0.3},
        {"financing", "plan", Kind::Choice, 0, 0, {"standard", "rap", "tiered_standard"}},
        {"financing", "term_years", Kind::Whole, 1, 30},
        {"outcome", "role", Kind::Role},
        {"outcome", "salary", Kind::OptionalNumber, 0, 1'000'000},
        {"outcome", "salary_growth", Kind::OptionalNumber, -0.05, 0.15},
        {"outcome", "extra_raise", Kind::Number, 0, 0.05},
        {"outcome", "extra_raise_years", Kind::Whole, 0, 40},
        {"outcome", "placement_probability", Kind::OptionalNumber, 0, 1},
        {"outcome", "months_to_job", Kind::Whole, 0, 36},
        {"outcome", "completion_probability", Kind::OptionalNumber, 0, 1},
        {"assumptions", "inflation", Kind::Number, -0.02, 0.15},
        {"assumptions", "real_discount_rate", Kind::Number, -0.02, 0.15},
        {"assumptions", "simulations", Kind::Whole, 100, 1'000'000},
        {"assumptions", "seed", Kind::Whole, 0, 9007199254740991.0},
    };
    return fields;
}

// A number in [lo, hi], often an edge: lo, hi, 0 (when inside), the midpoint, a value next
// to an edge, or anywhere between.
inline double pick_number(double lo, double hi, std::minstd_rand& rng) {
    std::uniform_real_distribution<double> any(lo, hi);
    switch (rng() % 8) {
    case 0:
        return lo;
    case 1:
        return hi;
    case 2:
        return lo <= 0 && 0 <= hi ? 0.0 : lo;
    case 3:
        return lo + (hi - lo) / 2;
    case 4:
        return lo + (hi - lo) * 1e-6;
    case 5:
        return hi - (hi - lo) * 1e-6;
    default:
        return any(rng);
    }
}

inline json pick_value(const Field& f, std::minstd_rand& rng) {
    switch (f.kind) {
    case Kind::OptionalNumber:
        if (rng() % 4 == 0) return nullptr;
        return pick_number(f.lo, f.hi, rng);
    case Kind::Number:
        return pick_number(f.lo, f.hi, rng);
    case Kind::Whole: {
        const double x = pick_number(f.lo, f.hi, rng);
        return static_cast<unsigned long long>(x < f.lo + 0.5 ? f.lo : x);
    }
    case Kind::Boolean:
        return rng() % 2 == 0;
    case Kind::Choice:
        return f.choices[rng() % f.choices.size()];
    case Kind::Prerequisites: {
        json has = json::array();
        for (const char* p : kPrerequisites)
            if (rng() % 2 == 0) has.push_back(p);
        return has;
    }
    case Kind::Role: {
        const auto& roles = builtin_catalog().roles;
        return roles.empty() ? json("ml_engineer") : json(roles[rng() % roles.size()].key);
    }
    case Kind::Text: {
        static const char* const pieces[] = {"a", "é", "😀", "\"", "\\", " ", "\u2028"};
        std::string text;
        for (size_t n = rng() % 40; n > 0; --n) text += pieces[rng() % std::size(pieces)];
        return text; // at most 160 bytes: sometimes over the 120 allowed
    }
    }
    return nullptr;
}

// Set one to three fields of the scenario in data[0, size) (JSON), writing the result back;
// 0 when the input is not a JSON object or the result would not fit (the caller then falls
// back to libFuzzer's byte mutations).
inline size_t mutate_scenario(uint8_t* data, size_t size, size_t max_size, unsigned seed) {
    std::minstd_rand rng(seed);
    json j;
    Problems ignored;
    if (!parse_json(std::string(reinterpret_cast<const char*>(data), size), j, ignored) ||
        !j.is_object())
        return 0;
    const auto& fields = scenario_fields();
    const int changes = 1 + static_cast<int>(rng() % 3);
    for (int i = 0; i < changes; ++i) {
        const Field& f = fields[rng() % fields.size()];
        json& at = *f.section ? j[f.section] : j;
        if (!at.is_object()) at = json::object();
        at[f.key] = pick_value(f, rng);
    }
    const std::string out = j.dump();
    if (out.size() > max_size) return 0;
    std::memcpy(data, out.data(), out.size());
    return out.size();
}

} // namespace mlroi::fuzz
