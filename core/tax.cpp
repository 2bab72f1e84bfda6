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

double marginal_rate(double gross, const TaxRules& r, double index, double state_rate) {
    return yearly_tax(gross + 1, r, index, state_rate) - yearly_tax(gross, r, index, state_rate);
}

} // namespace mlroi
