#include "tax.hpp"

#include <algorithm>

namespace mlroi {

void set_brackets(TaxRules& r, std::vector<TaxBracket> brackets) {
    r.brackets = std::move(brackets);
    r.tax_below.assign(r.brackets.size(), 0.0);
    for (size_t i = 1; i < r.brackets.size(); ++i)
        r.tax_below[i] = r.tax_below[i - 1] +
                         (r.brackets[i].from - r.brackets[i - 1].from) * r.brackets[i - 1].rate;
}

double yearly_tax(double gross, const TaxRules& r, double index, double state_rate) {
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

double marginal_rate(double gross, const TaxRules& r, double index, double state_rate) {
    return yearly_tax(gross + 1, r, index, state_rate) - yearly_tax(gross, r, index, state_rate);
}

} // namespace mlroi
