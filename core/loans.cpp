#include "loans.hpp"

#include "portable_math.hpp"

#include <algorithm>

namespace mlroi {

Borrowing borrow(const std::vector<double>& yearly_need, const Scenario& s) {
    const Financing& f = s.financing;
    // Direct Loans need at least half-time enrollment; below full time the limit is prorated.
    const double fraction = s.program.enrollment_fraction;
    const double annual_limit = fraction < 0.5 ? 0.0 : kFederalAnnualLimit * fraction;

    Borrowing b;
    double savings_left = f.savings;
    double federal_room = kFederalAggregateLimit;
    for (size_t year = 0; year < yearly_need.size(); ++year) {
        const double need = yearly_need[year];
        const double from_savings = std::min(savings_left, need);
        savings_left -= from_savings;
        b.savings_share.push_back(need > 0 ? from_savings / need : 1.0);
        const double rest = need - from_savings;
        if (rest <= 0) continue;
        const int month = static_cast<int>(year) * 12;
        // Borrow rest / (1 - fee) so that what arrives after the fee covers the need.
        const double federal = std::min({rest / (1.0 - f.federal_fee), annual_limit, federal_room});
        const double received = federal * (1.0 - f.federal_fee);
        if (federal > 0) {
            b.federal.push_back({month, federal});
            b.federal_principal += federal;
            b.fees += federal - received;
            federal_room -= federal;
        }
        const double gap = rest - received;
        if (gap > 1e-9) {
            b.private_loans.push_back({month, gap});
            b.private_principal += gap;
        }
    }
    return b;
}

double accrued_interest(const std::vector<Disbursement>& loans, double annual_rate,
                        int repayment_month) {
    double interest = 0;
    for (const Disbursement& d : loans)
        interest += d.principal * annual_rate * (repayment_month - d.month) / 12.0;
    return interest;
}

double amortized_payment(double balance, double annual_rate, int months) {
    if (balance <= 0 || months <= 0) return 0;
    const double i = annual_rate / 12.0;
    if (i == 0) return balance / months;
    // M = B i / (1 - (1 + i)^-n)
    return balance * i / (1.0 - 1.0 / portable_powi(1.0 + i, months));
}

int tiered_term_years(double balance) {
    if (balance < 25'000) return 10;
    if (balance < 50'000) return 15;
    if (balance < 100'000) return 20;
    return 25;
}

double rap_monthly_payment(double agi, int dependents) {
    // 1% of AGI from $10,000 to $20,000, one point more per $10,000, 10% from $100,000;
    // $120 a year below $10,000. Then $50 a month off per dependent, never below $10 a month.
    double yearly = 120;
    if (agi >= 10'000) {
        const int points = std::min(10, static_cast<int>(agi / 10'000));
        yearly = agi * points / 100.0;
    }
    return std::max(10.0, yearly / 12.0 - 50.0 * dependents);
}

namespace {
// Runs the balance down month by month; `payment_at(k, balance, interest)` gives month k's
// payment. Interest the payment does not cover is waived when `waive_unpaid_interest`.
template <class PaymentAt>
Repayment run_down(double balance, double annual_rate, int max_months, bool waive_unpaid_interest,
                   PaymentAt payment_at) {
    Repayment r;
    r.balance_at_start = balance;
    const double i = annual_rate / 12.0;
    for (int k = 0; k < max_months && balance > 1e-9; ++k) {
        const double interest = balance * i;
        const double due = balance + interest;
        const double payment = std::min(due, payment_at(k, balance, interest));
        const double charged = waive_unpaid_interest ? std::min(interest, payment) : interest;
        balance = balance + charged - payment;
        r.total_interest += charged;
        r.total_paid += payment;
        r.payments.push_back(payment);
    }
    r.forgiven = std::max(0.0, balance);
    return r;
}
} // namespace

Repayment repay_fixed(double balance, double annual_rate, int months) {
    const double m = amortized_payment(balance, annual_rate, months);
    // The last payment clears whatever rounding left, so a fixed plan never forgives.
    return run_down(balance, annual_rate, months, false, [&](int k, double b, double interest) {
        return k == months - 1 ? b + interest : m;
    });
}

Repayment repay_rap(double balance, double annual_rate, int dependents,
                    const std::function<double(int)>& agi_at) {
    return run_down(balance, annual_rate, kRapMaxPayments, true, [&](int k, double, double) {
        return rap_monthly_payment(agi_at(k), dependents);
    });
}

} // namespace mlroi
