// tax.hpp: income tax on a year's gross pay, as a single filer pays it (README "Taxes").
// Federal brackets and the standard deduction of IRS Revenue Procedure 2025-32 (tax year
// 2026), FICA (Social Security up to its wage base, Medicare, the additional 0.9%), and a flat
// state rate the reader sets. Brackets, deduction and wage base grow with inflation from 2026;
// the additional Medicare threshold is fixed in law and does not. The figures, with their
// sources, are in assets/presets.json ("taxes").
#pragma once

#include <algorithm>
#include <vector>

namespace mlroi {

struct TaxBracket {
    double from = 0; // taxable income where the rate starts, 2026 dollars
    double rate = 0;
};

struct TaxRules {
    double standard_deduction = 0;
    std::vector<TaxBracket> brackets; // ascending, the first from 0
    std::vector<double> tax_below;    // federal tax on taxable income up to each bracket's start
                                      // (2026 dollars; set_brackets fills it)
    double social_security_rate = 0, social_security_wage_base = 0;
    double medicare_rate = 0;
    double additional_medicare_rate = 0, additional_medicare_threshold = 0;
};

// Sets the brackets and the running tax below each: a year's tax is then one lookup.
void set_brackets(TaxRules& rules, std::vector<TaxBracket> brackets);

// Federal income tax, FICA and state tax on `gross` earned in a year whose indexed amounts are
// `index` times their 2026 values ((1 + inflation)^years since 2026). Inline: the simulation
// calls it once per simulated year.
inline double yearly_tax(double gross, const TaxRules& r, double index, double state_rate) {
    if (gross <= 0) return 0;
    // Brackets and deduction grow with the same index, so the tax is the 2026 tax on the
    // income in 2026 dollars, scaled back up: index x F(gross / index - deduction).
    const double taxable = std::max(0.0, gross / index - r.standard_deduction);
    size_t i = r.brackets.size();
    while (i > 0 && taxable <= r.brackets[i - 1].from) --i;
    const double federal = i == 0
                               ? 0
                               : index * (r.tax_below[i - 1] + (taxable - r.brackets[i - 1].from) *
                                                                   r.brackets[i - 1].rate);
    const double fica =
        std::min(gross, r.social_security_wage_base * index) * r.social_security_rate +
        gross * r.medicare_rate +
        std::max(0.0, gross - r.additional_medicare_threshold) * r.additional_medicare_rate;
    return federal + fica + gross * state_rate;
}

// A year's tax as a piecewise linear function of gross pay, for the simulation's closed form:
// on segment k (gross above upper[k - 1], up to upper[k]; the last without bound) the tax is
// fixed[k] + rate[k] x gross. It equals yearly_tax up to rounding (about 1e-16 relative).
struct TaxSegments {
    std::vector<double> upper; // ascending, one fewer than the segments
    std::vector<double> fixed, rate;
    // The segment of `gross` (> 0), searched from `guess` (a nearby year's segment).
    size_t find(double gross, size_t guess) const {
        size_t k = std::min(guess, upper.size());
        while (k < upper.size() && gross > upper[k]) ++k;
        while (k > 0 && gross <= upper[k - 1]) --k;
        return k;
    }
};
TaxSegments tax_segments(const TaxRules& rules, double index, double state_rate);
TaxSegments flat_tax_segments(double rate);

// The marginal rate on one more dollar of `gross` (for the README's worked example and tests).
double marginal_rate(double gross, const TaxRules& rules, double index, double state_rate);

} // namespace mlroi
