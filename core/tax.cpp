#include "tax.hpp"

#include <algorithm>

namespace mlroi {

double yearly_tax(double gross, const TaxRules& r, double index, double state_rate) {
    if (gross <= 0) return 0;
    const double taxable = std::max(0.0, gross - r.standard_deduction * index);
    double federal = 0;
    for (size_t i = 0; i < r.brackets.size(); ++i) {
        const double from = r.brackets[i].from * index;
        if (taxable <= from) break;
        const double to = i + 1 < r.brackets.size() ? r.brackets[i + 1].from * index : taxable;
        federal += (std::min(taxable, to) - from) * r.brackets[i].rate;
    }
    const double fica = std::min(gross, r.social_security_wage_base * index) *
                            r.social_security_rate +
                        gross * r.medicare_rate +
                        std::max(0.0, gross - r.additional_medicare_threshold) *
                            r.additional_medicare_rate;
    return federal + fica + gross * state_rate;
}

double marginal_rate(double gross, const TaxRules& r, double index, double state_rate) {
    return yearly_tax(gross + 1, r, index, state_rate) - yearly_tax(gross, r, index, state_rate);
}

} // namespace mlroi
