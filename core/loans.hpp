// loans.hpp: how the study is financed and repaid, under the federal rules for loans first
// disbursed on or after 1 July 2026 (see DESIGN.md "Financing").
//   1. Each study year's need (costs and living costs that study-time pay does not cover) is
//      borrowed at its start: federal Direct Unsubsidized up to $20,500 a year (prorated below
//      full time; nothing below half time) and $100,000 in all, grossed up for the
//      origination fee; any need beyond that is a private loan.
//   2. Savings then replace the costliest borrowing first: the loan with the higher rate
//      (usually the private one), earliest disbursement first, as that saves most interest.
//   3. Simple interest accrues on each disbursement until repayment starts (six months after
//      the study ends) and is added to the balance then.
//   4. Repayment of the federal loan: the new standard plan (term by balance) or RAP; the
//      private loan always on a fixed schedule over `financing.term_years`.
#pragma once

#include "scenario.hpp"

#include <functional>
#include <vector>

namespace mlroi {

inline constexpr double kFederalAnnualLimit = 20'500;
inline constexpr double kFederalAggregateLimit = 100'000;
inline constexpr int kGraceMonths = 6;
inline constexpr int kRapMaxPayments = 360;

struct Disbursement {
    int month = 0;
    double principal = 0; // owed, fee included
};

struct Borrowing {
    std::vector<Disbursement> federal;
    std::vector<Disbursement> private_loans;
    std::vector<double> received; // per study year: loan money that reaches the reader
    double savings_used = 0;
    double federal_principal = 0;
    double private_principal = 0;
    double fees = 0; // origination fees: borrowed, owed, never received
};

// `yearly_need[y]` is what study year y needs beyond study-time pay; disbursements happen at
// month `start + 12 * y`.
Borrowing borrow(const std::vector<double>& yearly_need, int start, const Scenario& s);

// Simple interest on each disbursement from its month to `repayment_month`.
double accrued_interest(const std::vector<Disbursement>& loans, double annual_rate,
                        int repayment_month);

// Level payment that repays `balance` in `months` at `annual_rate` (zero rate: equal parts).
double amortized_payment(double balance, double annual_rate, int months);

// The 2026 standard plan: 10, 15, 20 or 25 years by the balance when repayment starts.
int standard_term_years(double balance);

// RAP's principal match: where a payment cuts principal by less than this, principal falls
// by this much (the government pays the difference).
inline constexpr double kRapPrincipalMatch = 50;

// RAP: the monthly payment for a yearly adjusted gross income and number of dependents.
double rap_monthly_payment(double agi, int dependents);

struct Repayment {
    std::vector<double> payments; // one per month from the first payment
    double balance_at_start = 0;
    double total_paid = 0;
    double total_interest = 0; // interest charged and not waived, capitalized interest included
    double forgiven = 0;
    double matched = 0; // principal the government paid (RAP's match)
};

// Standard amortization of `balance` over `months`.
Repayment repay_fixed(double balance, double annual_rate, int months);
// The 2026 standard plan: repay_fixed over standard_term_years(balance).
Repayment repay_standard(double balance, double annual_rate);
// RAP: payment from `agi_at(k)`, the yearly income in the k-th repayment month; interest the
// payment does not cover is waived; principal falls by at least $50 a month (the match); what
// is left after 360 payments is forgiven.
Repayment repay_rap(double balance, double annual_rate, int dependents,
                    const std::function<double(int)>& agi_at);

} // namespace mlroi
