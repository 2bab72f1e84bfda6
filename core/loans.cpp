#include "loans.hpp"

#include "portable_math.hpp"

#include <algorithm>

namespace mlroi {

Borrowing borrow(const std::vector<double>& yearly_need, int start, const Scenario& s) {
    const Financing& f = s.financing;
    // Direct Loans need at least half-time enrollment; below full time the limit is prorated.
    const double fraction = s.program.enrollment_fraction;
    const double annual_limit = fraction < 0.5 ? 0.0 : kFederalAnnualLimit * fraction;
    const size_t years = yearly_need.size();

    // What each year would borrow with no savings: federal first, private for the rest.
    std::vector<double> federal(years, 0.0), private_loan(years, 0.0); // principal owed
    double federal_room = kFederalAggregateLimit;
    for (size_t y = 0; y < years; ++y) {
        const double need = std::max(0.0, yearly_need[y]);
        // Borrow need / (1 - fee) so that what arrives after the fee covers the need.
        federal[y] = std::min({need / (1.0 - f.federal_fee), annual_limit, federal_room});
        federal_room -= federal[y];
        private_loan[y] = std::max(0.0, need - federal[y] * (1.0 - f.federal_fee));
    }

    // Savings replace the dearer loan first, earliest year first: that saves most interest.
    Borrowing b;
    double savings = f.savings;
    const auto spend = [&](std::vector<double>& loan, double received_share) {
        for (size_t y = 0; y < years && savings > 0; ++y) {
            const double use = std::min(savings, loan[y] * received_share);
            loan[y] -= use / received_share;
            savings -= use;
            b.savings_used += use;
        }
    };
    // The private loan first, whatever its rate: the federal loan keeps protections a private
    // one lacks (RAP's payments by income, its match and forgiveness, discharge), so it is
    // the last to pay down; then the federal loan.
    spend(private_loan, 1.0);
    spend(federal, 1.0 - f.federal_fee);

    b.received.assign(years, 0.0);
    for (size_t y = 0; y < years; ++y) {
        const int month = start + static_cast<int>(y) * 12;
        if (federal[y] > 1e-9) {
            b.federal.push_back({month, federal[y]});
            b.federal_principal += federal[y];
            b.fees += federal[y] * f.federal_fee;
        }
        if (private_loan[y] > 1e-9) {
            b.private_loans.push_back({month, private_loan[y]});
            b.private_principal += private_loan[y];
        }
        b.received[y] = federal[y] * (1.0 - f.federal_fee) + private_loan[y];
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

int standard_term_years(double balance) {
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
// payment. With `rap`, interest the payment does not cover is waived and principal falls by at
// least the match each month.
template <class PaymentAt>
Repayment run_down(double balance, double annual_rate, int max_months, bool rap,
                   PaymentAt payment_at) {
    Repayment r;
    r.payments.reserve(balance > 1e-9 ? max_months : 0);
    r.balance_at_start = balance;
    const double i = annual_rate / 12.0;
    for (int k = 0; k < max_months && balance > 1e-9; ++k) {
        const double interest = balance * i;
        const double due = balance + interest;
        const double payment = std::min(due, payment_at(k, balance, interest));
        const double charged = rap ? std::min(interest, payment) : interest;
        balance = balance + charged - payment;
        if (rap) {
            // The match is the lesser of $50 less the principal paid and the payment itself.
            const double match =
                std::min({balance, kRapPrincipalMatch - (payment - charged), payment});
            if (match > 0) {
                balance -= match;
                r.matched += match;
            }
        }
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

Repayment repay_standard(double balance, double annual_rate) {
    return repay_fixed(balance, annual_rate, standard_term_years(balance) * 12);
}

Repayment repay_rap(double balance, double annual_rate, int dependents,
                    const std::function<double(int)>& agi_at) {
    return run_down(balance, annual_rate, kRapMaxPayments, true, [&](int k, double, double) {
        return rap_monthly_payment(agi_at(k), dependents);
    });
}

} // namespace mlroi
