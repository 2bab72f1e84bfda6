// scenario_mutator.hpp: a structure-aware mutation for fuzz_analysis. Byte mutations mostly
// break the JSON or push a field out of range, so few inputs would reach analyze(); this one
// parses the input and sets one field to a value inside (or just at) its range, which keeps
// most inputs accepted. Fields, ranges and options are the field table's (core/fields.hpp),
// the same rows the reader enforces.
#pragma once

#include "catalog.hpp"
#include "fields.hpp"
#include "scenario.hpp"

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <iterator>
#include <random>
#include <string>
#include <vector>

namespace mlroi::fuzz {

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
    if (nullable(f) && rng() % 4 == 0) return nullptr;
    switch (f.kind) {
    case FieldKind::Money:
    case FieldKind::Rate:
    case FieldKind::Years:
        return pick_number(f.min, f.max, rng);
    case FieldKind::Count: {
        const double x = pick_number(f.min, f.max, rng);
        return static_cast<unsigned long long>(x < f.min + 0.5 ? f.min : x);
    }
    case FieldKind::YesNo:
        return rng() % 2 == 0;
    case FieldKind::Choice: {
        // The schema-1 plan name still reads (as "standard"): worth reaching too.
        if (std::strcmp(f.path, "financing.plan") == 0 && rng() % 3 == 0) return "tiered_standard";
        const std::vector<FieldOption> options = field_options(f, builtin_catalog());
        return options.empty() ? json("") : json(options[rng() % options.size()].key);
    }
    case FieldKind::Set: {
        json set = json::array();
        for (const FieldOption& o : f.options)
            if (rng() % 2 == 0) set.push_back(o.key);
        return set;
    }
    case FieldKind::Text: {
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
    const std::vector<Field>& rows = fields();
    const int changes = 1 + static_cast<int>(rng() % 3);
    for (int i = 0; i < changes; ++i) {
        const Field& f = rows[rng() % rows.size()];
        const char* dot = std::strchr(f.path, '.');
        json& at = dot ? j[std::string(f.path, dot)] : j;
        if (!at.is_object()) at = json::object();
        at[field_key(f)] = pick_value(f, rng);
    }
    const std::string out = j.dump();
    if (out.size() > max_size) return 0;
    std::memcpy(data, out.data(), out.size());
    return out.size();
}

} // namespace mlroi::fuzz
