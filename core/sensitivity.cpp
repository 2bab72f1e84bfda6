#include "sensitivity.hpp"

#include "analysis.hpp"
#include "fields.hpp"
#include "json_fields.hpp"
#include "portable_math.hpp"

#include <algorithm>
#include <cmath>

namespace mlroi {

void to_json(json& j, const TornadoBar& v) {
    j = json{{"key", v.key},           {"label", v.label}, {"base", v.base},
             {"low", v.low},           {"high", v.high},   {"npv_low", v.npv_low},
             {"npv_high", v.npv_high}, {"swing", v.swing}};
}

void to_json(json& j, const Threshold& v) {
    j = json{{"value", or_null(v.value)}, {"status", v.status}};
}

void to_json(json& j, const Sensitivity& v) {
    j = json{{"base_npv", v.base_npv},
             {"tornado", v.tornado},
             {"max_tuition_per_year", v.max_tuition_per_year},
             {"min_salary", v.min_salary}};
}

namespace {

using Range = std::function<std::pair<double, double>(double base)>;

// One tornado input: how to read it (from the resolved scenario) and write it (into the
// reader's scenario, which is then resolved again, so that figures derived from it follow),
// and its documented low and high values.
struct Input {
    const char* key;
    const char* label;
    std::function<double(const Scenario&)> get;
    std::function<void(Scenario&, double)> set;
    Range range;
};

double clamp(double x, double lo, double hi) {
    return std::min(hi, std::max(lo, x));
}

// A bar's name: the field table's short label.
const char* tornado_label(const char* key) {
    return short_label(mlroi::field(key));
}

// An input that is one number field of one section of the scenario (plain or optional).
template <class Section, class Field>
Input field(const char* key, Section Scenario::*section, Field Section::*member, Range range) {
    return {key, tornado_label(key),
            [=](const Scenario& s) { return static_cast<double>(s.*section.*member); },
            [=](Scenario& s, double v) { s.*section.*member = v; }, std::move(range)};
}
template <class Section>
Input field(const char* key, Section Scenario::*section, std::optional<double> Section::*member,
            Range range) {
    return {key, tornado_label(key), [=](const Scenario& s) { return *(s.*section.*member); },
            [=](Scenario& s, double v) { s.*section.*member = v; }, std::move(range)};
}

// Moves the value by `points` down and up, kept within [lo, hi].
Range points(double points, double lo, double hi) {
    return [=](double b) {
        return std::pair{clamp(b - points, lo, hi), clamp(b + points, lo, hi)};
    };
}

// Scales the value down and up by `share`, kept under `hi`.
Range share(double share, double hi) {
    return [=](double b) { return std::pair{b * (1 - share), std::min(hi, b * (1 + share))}; };
}

std::vector<Input> inputs(const Scenario& s, const Spread& spread) {
    // Salary: the 25th and 75th percentiles of the simulation's lognormal (mean = salary).
    const double sigma = spread.salary_sigma;
    const double quartile = 0.6744897501960817 * sigma;
    const Range salary_quartiles = [=](double b) {
        return std::pair{b * portable_exp(-sigma * sigma / 2 - quartile),
                         std::min(1e6, b * portable_exp(-sigma * sigma / 2 + quartile))};
    };
    // The horizon must outlast the study by a year.
    const double longest = std::min(8.0, std::floor(s.you.horizon_years - 1.0));
    // The loan-rate bar moves the private rate with the federal one, point for point.
    const Input loan_rate{"financing.federal_rate", tornado_label("financing.federal_rate"),
                          [](const Scenario& x) { return x.financing.federal_rate; },
                          [base = s.financing](Scenario& x, double v) {
                              x.financing.federal_rate = v;
                              x.financing.private_rate =
                                  clamp(base.private_rate + v - base.federal_rate, 0, 0.3);
                          },
                          points(0.02, 0, 0.2)};
    // Taxes: the flat rate if the reader set one, else the state rate over real taxes.
    const Input tax =
        s.you.tax_rate ? field("you.tax_rate", &Scenario::you, &You::tax_rate, points(0.05, 0, 0.6))
                       : field("you.state_tax_rate", &Scenario::you, &You::state_tax_rate,
                               points(0.03, 0, 0.15));
    return {
        field("program.tuition_per_year", &Scenario::program, &Program::tuition_per_year,
              share(0.5, 500'000)),
        field("outcome.salary", &Scenario::outcome, &Outcome::salary, salary_quartiles),
        field("outcome.placement_probability", &Scenario::outcome, &Outcome::placement_probability,
              points(0.2, 0, 1)),
        loan_rate,
        field("program.years", &Scenario::program, &Program::years, points(0.5, 0.5, longest)),
        field("you.current_salary", &Scenario::you, &You::current_salary, share(0.2, 1e6)),
        field("assumptions.real_discount_rate", &Scenario::assumptions,
              &Assumptions::real_discount_rate, points(0.02, -0.02, 0.15)),
        tax,
        field("outcome.completion_probability", &Scenario::outcome,
              &Outcome::completion_probability, points(0.2, 0, 1)),
        field("outcome.salary_growth", &Scenario::outcome, &Outcome::salary_growth,
              points(0.02, -0.05, 0.15)),
    };
}

double npv_with(const Scenario& reader, const Catalog& c, const Input& input, double value) {
    Scenario copy = reader;
    input.set(copy, value);
    return expected_npv(copy, c);
}

} // namespace

Threshold find_threshold(const Scenario& s, const Catalog& c,
                         const std::function<void(Scenario&, double)>& set, double lo, double hi,
                         double step, bool npv_falls) {
    const auto npv_at = [&](long k) {
        Scenario copy = s;
        set(copy, lo + k * step);
        return expected_npv(copy, c);
    };
    // Work in whole steps from lo; `good` is the end of the range where NPV is highest.
    const long last = static_cast<long>(std::floor((hi - lo) / step + 1e-9));
    long good = npv_falls ? 0 : last, bad = npv_falls ? last : 0;
    double npv_good = npv_at(good), npv_bad = npv_at(bad);
    if (npv_good < 0) return {std::nullopt, "never"};
    if (npv_bad >= 0) return {std::nullopt, "always"};
    // Invariant: NPV(good) >= 0 > NPV(bad). NPV is close to linear in these inputs, so false
    // position (Illinois) narrows the bracket in a few steps where bisection needs ~13.
    bool last_moved_good = false, last_moved_bad = false;
    while (std::labs(bad - good) > 1) {
        const double guess = good + (bad - good) * npv_good / (npv_good - npv_bad);
        // Stay strictly inside the bracket, in whole steps.
        const long lo_k = std::min(good, bad) + 1, hi_k = std::max(good, bad) - 1;
        const long mid = std::clamp(std::lround(guess), lo_k, hi_k);
        const double npv = npv_at(mid);
        if (npv >= 0) {
            good = mid;
            npv_good = npv;
            if (last_moved_good) npv_bad *= 0.5; // the stale end: halve its weight
            last_moved_good = true;
            last_moved_bad = false;
        } else {
            bad = mid;
            npv_bad = npv;
            if (last_moved_bad) npv_good *= 0.5;
            last_moved_bad = true;
            last_moved_good = false;
        }
    }
    return {lo + good * step, "found"};
}

Sensitivity sensitivity(const Scenario& s, const Catalog& c, const Spread& spread,
                        double base_npv) {
    Sensitivity result;
    result.base_npv = base_npv;
    const Scenario resolved = resolve(s, c);
    for (const Input& input : inputs(resolved, spread)) {
        const double base = input.get(resolved);
        const auto [low, high] = input.range(base);
        TornadoBar bar{input.key,
                       input.label,
                       base,
                       low,
                       high,
                       npv_with(s, c, input, low),
                       npv_with(s, c, input, high),
                       0};
        bar.swing = std::fabs(bar.npv_high - bar.npv_low);
        result.tornado.push_back(bar);
    }
    std::stable_sort(result.tornado.begin(), result.tornado.end(),
                     [](const TornadoBar& a, const TornadoBar& b) { return a.swing > b.swing; });
    result.max_tuition_per_year = find_threshold(
        s, c, [](Scenario& x, double v) { x.program.tuition_per_year = v; }, 0, 500'000, 100, true);
    result.min_salary = find_threshold(
        s, c, [](Scenario& x, double v) { x.outcome.salary = v; }, 0, 1'000'000, 100, false);
    return result;
}

} // namespace mlroi
