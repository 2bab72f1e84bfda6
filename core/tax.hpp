// tax.hpp: income tax on a year's gross pay, as a single filer pays it (README "Taxes").
// Federal brackets and the standard deduction of IRS Revenue Procedure 2025-32 (tax year
// 2026), FICA (Social Security up to its wage base, Medicare, the additional 0.9%), and a flat
// state rate the reader sets. Brackets, deduction and wage base grow with inflation from 2026;
// the additional Medicare threshold is fixed in law and does not. The figures, with their
// sources, are in assets/presets.json ("taxes").
#pragma once

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
// `index` times their 2026 values ((1 + inflation)^years since 2026).
double yearly_tax(double gross, const TaxRules& rules, double index, double state_rate);

// The marginal rate on one more dollar of `gross` (for the README's worked example and tests).
double marginal_rate(double gross, const TaxRules& rules, double index, double state_rate);

} // namespace mlroi
