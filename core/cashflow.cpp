#include "cashflow.hpp"

#include "portable_math.hpp"

#include <algorithm>
#include <cmath>

namespace mlroi {

Frame make_frame(const Scenario& s) {
    Frame f;
    f.months = s.you.horizon_years * 12;
    f.study_months = std::max(1, static_cast<int>(std::lround(s.program.years * 12)));
    f.drop_month = f.study_months / 2;
    const Assumptions& a = s.assumptions;
    f.nominal_discount_rate = (1 + a.real_discount_rate) * (1 + a.inflation) - 1;
    // Month t is discounted by (1 + nominal)^(-t/12): one factor, multiplied month by month.
    const double monthly = portable_pow(1 + f.nominal_discount_rate, -1.0 / 12.0);
    f.discount.resize(f.months);
    double factor = 1;
    for (int t = 0; t < f.months; ++t, factor *= monthly) f.discount[t] = factor;
    f.without_growth = portable_pow(1 + s.you.salary_growth, 1.0 / 12.0);
    f.target_growth = portable_pow(1 + s.outcome.salary_growth, 1.0 / 12.0);
    f.without_monthly.resize(f.months);
    f.target_monthly.resize(f.months);
    double without = s.you.current_salary / 12.0, target = s.outcome.salary / 12.0;
    for (int t = 0; t < f.months; ++t, without *= f.without_growth, target *= f.target_growth) {
        f.without_monthly[t] = without;
        f.target_monthly[t] = target;
    }
    return f;
}

// Within the horizon from the frame's tables; past it (RAP payments run on) worked out.
double without_gross(const Scenario& s, const Frame& f, int t) {
    return t < f.months ? f.without_monthly[t]
                        : s.you.current_salary / 12.0 * portable_powi(f.without_growth, t);
}

double target_gross(const Scenario& s, const Frame& f, int t) {
    return t < f.months ? f.target_monthly[t]
                        : s.outcome.salary / 12.0 * portable_powi(f.target_growth, t);
}

std::vector<double> without_path(const Scenario& s, const Frame& f) {
    std::vector<double> cash(f.months);
    for (int t = 0; t < f.months; ++t) cash[t] = without_gross(s, f, t) * (1 - s.you.tax_rate);
    return cash;
}

namespace {

// Gross income in month t of a branch (t may lie past the horizon: RAP needs it).
double branch_gross(const Scenario& s, const Frame& f, Branch branch, int end_of_study,
                    int job_month, int t) {
    const double without = without_gross(s, f, t);
    if (t < end_of_study) return without * s.program.work_share + s.program.stipend_per_year / 12;
    if (branch == Branch::Dropout) return without;
    if (t < job_month) return without * s.program.work_share; // searching: study-time income
    switch (branch) {
    case Branch::Placed:
        return target_gross(s, f, t);
    case Branch::NotPlaced:
        return without;
    default: {
        const double p = s.outcome.placement_probability;
        return p * target_gross(s, f, t) + (1 - p) * without;
    }
    }
}

// Direct cost of month t of the study: tuition and fees net of aid, the monthly extras, and
// relocation once at the start.
double study_cost(const Program& p, int t) {
    const double net_tuition = std::max(0.0, p.tuition_per_year + p.fees_per_year -
                                                 p.grants_per_year - p.employer_aid_per_year);
    double cost = net_tuition / 12 + p.extra_housing_per_month + p.caregiver_per_month +
                  p.travel_per_year / 12;
    if (t == 0) cost += p.relocation_cost;
    return cost;
}

LoanOutcome finance(const Scenario& s, const std::vector<double>& yearly_need, int end_of_study,
                    const std::function<double(int)>& gross_at) {
    const Financing& fin = s.financing;
    LoanOutcome loan;
    loan.borrowing = borrow(yearly_need, s);
    loan.repayment_month = end_of_study + kGraceMonths;
    const int start = loan.repayment_month;
    const double federal_accrued =
        accrued_interest(loan.borrowing.federal, fin.federal_rate, start);
    const double private_accrued =
        accrued_interest(loan.borrowing.private_loans, fin.private_rate, start);
    loan.accrued = federal_accrued + private_accrued;
    const double federal_balance = loan.borrowing.federal_principal + federal_accrued;
    switch (fin.plan) {
    case RepaymentPlan::Standard:
        loan.federal = repay_fixed(federal_balance, fin.federal_rate, fin.term_years * 12);
        break;
    case RepaymentPlan::TieredStandard:
        loan.federal =
            repay_fixed(federal_balance, fin.federal_rate, tiered_term_years(federal_balance) * 12);
        break;
    case RepaymentPlan::Rap:
        loan.federal = repay_rap(federal_balance, fin.federal_rate, s.you.dependents,
                                 [&](int k) { return 12 * gross_at(start + k); });
        break;
    }
    loan.private_loan = repay_fixed(loan.borrowing.private_principal + private_accrued,
                                    fin.private_rate, fin.term_years * 12);
    return loan;
}

} // namespace

PathCash with_path(const Scenario& s, const Frame& f, Branch branch) {
    const Program& p = s.program;
    const int end_of_study = branch == Branch::Dropout ? f.drop_month : f.study_months;
    PathCash path;
    path.job_month = f.study_months + s.outcome.months_to_job;
    auto gross_at = [&](int t) {
        return branch_gross(s, f, branch, end_of_study, path.job_month, t);
    };

    // Costs by study year, then who pays them: savings first, loans for the rest.
    const int years = (end_of_study + 11) / 12;
    std::vector<double> yearly_need(years, 0.0);
    for (int t = 0; t < end_of_study; ++t) yearly_need[t / 12] += study_cost(p, t);
    path.loan = finance(s, yearly_need, end_of_study, gross_at);
    const Borrowing& b = path.loan.borrowing;

    const double keep = 1 - s.you.tax_rate;
    const int search_end = branch == Branch::Dropout ? end_of_study : path.job_month;
    path.cash.resize(f.months);
    path.gross_income.resize(f.months);
    for (int t = 0; t < f.months; ++t) {
        const double gross = gross_at(t);
        double cash = gross * keep;
        if (t < end_of_study) {
            const double cost = study_cost(p, t);
            path.direct_cost += cost;
            cash -= cost * b.savings_share[t / 12]; // the loan-financed part is repaid below
        }
        if (t < search_end) path.opportunity_cost += (without_gross(s, f, t) - gross) * keep;
        const int k = t - path.loan.repayment_month;
        if (k >= 0) {
            if (k < static_cast<int>(path.loan.federal.payments.size()))
                cash -= path.loan.federal.payments[k];
            if (k < static_cast<int>(path.loan.private_loan.payments.size()))
                cash -= path.loan.private_loan.payments[k];
        }
        path.gross_income[t] = gross;
        path.cash[t] = cash;
    }
    return path;
}

} // namespace mlroi
