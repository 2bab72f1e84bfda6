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

TaxSegments tax_segments(const TaxRules& r, double index, double state_rate) {
    // Where the rate changes, in gross pay: each bracket's start (taxable income above the
    // deduction), the Social Security wage base and the additional Medicare threshold.
    TaxSegments t;
    for (const TaxBracket& b : r.brackets)
        t.upper.push_back(index * (r.standard_deduction + b.from));
    t.upper.push_back(r.social_security_wage_base * index);
    t.upper.push_back(r.additional_medicare_threshold);
    std::sort(t.upper.begin(), t.upper.end());
    for (size_t k = 0; k <= t.upper.size(); ++k) {
        // A point inside the segment says which pieces apply there.
        const double gross = k == t.upper.size() ? 2 * t.upper.back() + 1
                             : k == 0            ? t.upper[0] / 2
                                                 : (t.upper[k - 1] + t.upper[k]) / 2;
        double fixed = 0, rate = r.medicare_rate + state_rate;
        const double taxable = gross / index - r.standard_deduction;
        size_t i = r.brackets.size();
        while (i > 0 && taxable <= r.brackets[i - 1].from) --i;
        if (i > 0) { // index x (below + (gross / index - deduction - from) x rate)
            const TaxBracket& b = r.brackets[i - 1];
            fixed += index * (r.tax_below[i - 1] - (r.standard_deduction + b.from) * b.rate);
            rate += b.rate;
        }
        if (gross <= r.social_security_wage_base * index)
            rate += r.social_security_rate;
        else
            fixed += r.social_security_wage_base * index * r.social_security_rate;
        if (gross > r.additional_medicare_threshold) {
            fixed -= r.additional_medicare_threshold * r.additional_medicare_rate;
            rate += r.additional_medicare_rate;
        }
        t.fixed.push_back(fixed);
        t.rate.push_back(rate);
    }
    return t;
}

TaxSegments flat_tax_segments(double rate) {
    return {{}, {0.0}, {rate}};
}

double marginal_rate(double gross, const TaxRules& r, double index, double state_rate) {
    return yearly_tax(gross + 1, r, index, state_rate) - yearly_tax(gross, r, index, state_rate);
}

} // namespace mlroi
