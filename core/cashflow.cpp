#include "cashflow.hpp"

#include "portable_math.hpp"
#include "resolve.hpp"

#include <algorithm>
#include <cmath>
#include <memory>

namespace mlroi {

// [SECTION] Index: frame, taxes, paths

// [SECTION] Frame
namespace {

constexpr int kLeavingQuantiles = 8; // leaving months a leaver may take, equally likely

// Months of study before leaving, for leavers, as `count` equally likely values: the quantile
// midpoints of CGS's attrition curve (share of leavers gone by 6, 12 and 24 months, rising
// linearly in between), stretched to the program's length (CGS's programs take two years).
std::vector<int> leaving_months(const Evidence& e, int study_months, int count) {
    const double total = e.left_by_24;
    const double knots_month[] = {0, 6, 12, 24};
    const double knots_share[] = {0, e.left_by_6 / total, e.left_by_12 / total, 1};
    std::vector<int> months;
    for (int k = 0; k < count; ++k) {
        const double q = (k + 0.5) / count;
        int segment = 0;
        while (segment < 2 && q > knots_share[segment + 1]) ++segment;
        const double share =
            (q - knots_share[segment]) / (knots_share[segment + 1] - knots_share[segment]);
        const double month24 =
            knots_month[segment] + share * (knots_month[segment + 1] - knots_month[segment]);
        const int m = static_cast<int>(std::lround(month24 * study_months / 24.0));
        months.push_back(std::clamp(m, 1, std::max(1, study_months - 1)));
    }
    return months;
}

} // namespace

Frame make_frame(const Scenario& s, const Catalog& c) {
    Frame f;
    f.months = s.you.horizon_years * 12;
    double bridging_months = 0;
    for (const Prerequisite* p : missing_prerequisites(s, c)) {
        bridging_months += p->bridging_months;
        f.bridging_cost += p->bridging_cost;
    }
    f.study_months = std::max(1, static_cast<int>(std::lround(s.program.years * 12)));
    // Bridging never pushes the program's end past the last year of the horizon.
    f.start = std::clamp(static_cast<int>(std::lround(bridging_months)), 0,
                         std::max(0, f.months - 12 - f.study_months));
    f.graduation = f.start + f.study_months;
    f.placement = *s.outcome.placement_probability;
    f.completion = *s.outcome.completion_probability;
    const Assumptions& a = s.assumptions;
    f.nominal_discount_rate = (1 + a.real_discount_rate) * (1 + a.inflation) - 1;
    // Month t is discounted by (1 + nominal)^(-t/12): one factor, multiplied month by month.
    const double monthly = portable_pow(1 + f.nominal_discount_rate, -1.0 / 12.0);
    f.discount.resize(f.months);
    double factor = 1;
    for (int t = 0; t < f.months; ++t, factor *= monthly) f.discount[t] = factor;
    f.without_growth = portable_pow(1 + s.you.salary_growth, 1.0 / 12.0);
    f.target_growth = portable_pow(1 + *s.outcome.salary_growth, 1.0 / 12.0);
    f.extra_growth = portable_pow(1 + s.outcome.extra_raise, 1.0 / 12.0);
    f.extra_months = 12 * s.outcome.extra_raise_years;
    f.without_monthly.resize(f.months);
    f.target_monthly.resize(f.months);
    double without = *s.you.current_salary / 12.0, target = *s.outcome.salary / 12.0;
    for (int t = 0; t < f.months; ++t) {
        f.without_monthly[t] = without;
        f.target_monthly[t] = target;
        without *= f.without_growth;
        target *= f.target_growth;
        if (t >= f.graduation && t < f.graduation + f.extra_months) target *= f.extra_growth;
    }
    f.flat_tax = s.you.tax_rate;
    f.state_tax = s.you.state_tax_rate;
    f.taxes = &c.taxes;
    f.tax_index.resize(s.you.horizon_years);
    double index = 1;
    for (int y = 0; y < s.you.horizon_years; ++y, index *= 1 + a.inflation) f.tax_index[y] = index;
    f.leave_months = leaving_months(c.evidence, f.study_months, kLeavingQuantiles);
    f.without_net = after_tax(f, f.without_monthly);
    f.living.resize(f.months);
    const double inflation = portable_pow(1 + a.inflation, 1.0 / 12.0);
    double living = s.you.living_per_month;
    for (int t = 0; t < f.months; ++t, living *= inflation) f.living[t] = living;
    return f;
}

double without_gross(const Scenario& s, const Frame& f, int t) {
    return t < f.months ? f.without_monthly[t]
                        : *s.you.current_salary / 12.0 * portable_powi(f.without_growth, t);
}

double target_gross(const Scenario& s, const Frame& f, int t) {
    if (t < f.months) return f.target_monthly[t];
    const int extra = std::clamp(t - f.graduation, 0, f.extra_months);
    return *s.outcome.salary / 12.0 * portable_powi(f.target_growth, t) *
           portable_powi(f.extra_growth, extra);
}

// [SECTION] Taxes
namespace {
// After-tax pay of months [0, n) of `gross` into `net`, year by year.
void after_tax_into(const Frame& f, const double* gross, size_t n, double* net) {
    for (size_t a = 0; a < n; a += 12) {
        const size_t b = std::min(n, a + 12);
        double year = 0;
        for (size_t t = a; t < b; ++t) year += gross[t];
        const double keep =
            year > 0 ? 1 - tax_in_year(f, static_cast<int>(a / 12), year) / year : 1;
        for (size_t t = a; t < b; ++t) net[t] = gross[t] * keep;
    }
}
} // namespace

std::vector<double> after_tax(const Frame& f, const std::vector<double>& gross) {
    std::vector<double> net(gross.size());
    after_tax_into(f, gross.data(), gross.size(), net.data());
    return net;
}

// [SECTION] Paths
std::vector<double> without_path(const Scenario&, const Frame& f) {
    std::vector<double> cash(f.months);
    for (int t = 0; t < f.months; ++t) cash[t] = f.without_net[t] - f.living[t];
    return cash;
}

namespace {

// Direct cost of month t of the study: tuition and fees net of aid, the monthly extras, and
// relocation once at the start.
double study_cost(const Program& p, int month_of_study) {
    const double net_tuition = std::max(0.0, p.tuition_per_year + p.fees_per_year -
                                                 p.grants_per_year - p.employer_aid_per_year);
    double cost = net_tuition / 12 + p.extra_housing_per_month + p.caregiver_per_month +
                  p.travel_per_year / 12;
    if (month_of_study == 0) cost += p.relocation_cost;
    return cost;
}

LoanOutcome finance(const Scenario& s, const std::vector<double>& yearly_need, int start,
                    int end_of_study, const double* gross_past) {
    const Financing& fin = s.financing;
    LoanOutcome loan;
    loan.borrowing = borrow(yearly_need, start, s);
    loan.repayment_month = end_of_study + kGraceMonths;
    const int first = loan.repayment_month;
    loan.accrued = accrued_interest(loan.borrowing.federal, fin.federal_rate, first) +
                   accrued_interest(loan.borrowing.private_loans, fin.private_rate, first);
    const double federal_balance =
        loan.borrowing.federal_principal +
        accrued_interest(loan.borrowing.federal, fin.federal_rate, first);
    const double private_balance =
        loan.borrowing.private_principal +
        accrued_interest(loan.borrowing.private_loans, fin.private_rate, first);
    if (fin.plan == RepaymentPlan::Rap)
        // RAP counts adjusted gross income, taken here as gross pay (README).
        loan.federal = repay_rap(federal_balance, fin.federal_rate, s.you.dependents,
                                 [&](int k) { return 12 * gross_past[first + k]; });
    else
        loan.federal = repay_standard(federal_balance, fin.federal_rate);
    loan.private_loan = repay_fixed(private_balance, fin.private_rate, fin.term_years * 12);
    return loan;
}

} // namespace

PathCash with_path(const Scenario& s, const Frame& f, const Career& career) {
    const Program& p = s.program;
    const bool left = career.branch == Branch::Left;
    const int end_of_study = left ? f.start + career.left_after : f.graduation;
    PathCash path;
    path.job_month = f.graduation + career.search_months;

    // Gross income over the horizon and, for RAP, the 30 years of payments after it.
    const int repayment = end_of_study + kGraceMonths;
    const bool rap = s.financing.plan == RepaymentPlan::Rap;
    const int span = std::max(f.months, repayment + (rap ? kRapMaxPayments : 12));
    // Scratch buffers each month of which is written before it is read: no zero fill.
    const std::unique_ptr<double[]> gross(new double[span]);
    // Gross income in month t of the career (t may lie past the horizon: RAP needs it), stretch
    // by stretch: the old pay before the study (bridging courses are taken alongside the
    // job); the share of it worked while studying plus the stipend; then a leaver's old pay,
    // or the share worked while searching (the stipend has ended) and the new job's pay (the
    // old one for a finisher not placed).
    {
        const auto fill = [&](int from, int to, auto pay) {
            for (int t = std::max(from, 0), end = std::min(to, span); t < end; ++t)
                gross[t] = pay(t);
        };
        const auto without = [&](int t) { return without_gross(s, f, t); };
        const double work_share = p.work_share, stipend = p.stipend_per_year / 12;
        const int study_start = std::min(f.start, end_of_study);
        fill(0, f.start, without);
        fill(study_start, end_of_study, [&](int t) { return without(t) * work_share + stipend; });
        const int after = std::max(f.start, end_of_study);
        if (left) {
            fill(after, span, without);
        } else {
            const int job = std::max(after, path.job_month);
            fill(after, job, [&](int t) { return without(t) * work_share; });
            if (career.branch == Branch::Placed)
                fill(job, span, [&](int t) { return target_gross(s, f, t); });
            else
                fill(job, span, without);
        }
    }
    path.gross_income.assign(gross.get(), gross.get() + f.months);
    // Taxes year by year while the career differs from the old path; from the first whole year
    // back on the old pay (a leaver, a finisher not placed), the old path's after-tax pay.
    const int back_on_old_pay = career.branch == Branch::Placed ? f.months
                                : left                          ? end_of_study
                                                                : path.job_month;
    const int differs = std::min(f.months, (back_on_old_pay + 11) / 12 * 12);
    const std::unique_ptr<double[]> net(new double[f.months]);
    after_tax_into(f, gross.get(), differs, net.get());
    std::copy(f.without_net.begin() + differs, f.without_net.end(), net.get() + differs);

    // Direct costs: the study's each month (the first with relocation), and bridging courses
    // in month 0.
    const double first_study_month = study_cost(p, 0), study_month = study_cost(p, 1);
    const auto study = [&](int t) { return t == f.start ? first_study_month : study_month; };
    const auto cost = [&](int t) {
        return (t >= f.start && t < end_of_study ? study(t) : 0.0) +
               (t == 0 ? f.bridging_cost : 0.0);
    };
    // Each study year's need: costs plus living costs that study-time pay does not cover.
    const int years = (end_of_study - f.start + 11) / 12;
    std::vector<double> yearly_need(years, 0.0);
    for (int t = f.start; t < end_of_study; ++t)
        yearly_need[(t - f.start) / 12] += study(t) + (t < f.months ? f.living[t] - net[t] : 0);
    path.loan = finance(s, yearly_need, f.start, end_of_study, gross.get());

    const std::vector<double>& without_net = f.without_net;
    const int search_end = left ? end_of_study : path.job_month;
    const Borrowing& b = path.loan.borrowing;
    // Loan money reaches the reader evenly over its study year, as the costs fall due.
    std::vector<double> received_monthly(years);
    for (int y = 0; y < years; ++y)
        received_monthly[y] = b.received[y] / std::min(12, end_of_study - f.start - 12 * y);
    const std::vector<double>&federal = path.loan.federal.payments,
          &private_loan = path.loan.private_loan.payments;
    const int repayment_month = path.loan.repayment_month;
    // Month by month: after-tax pay less living costs less direct costs, plus loan money, less
    // loan payments, in that order; each term over the months it touches (a month without
    // direct costs takes off nothing: x - 0 is x).
    const std::unique_ptr<double[]> cash(new double[f.months]);
    for (int t = 0; t < f.months; ++t) cash[t] = net[t] - f.living[t];
    if (f.start > 0 && f.months > 0) {
        const double direct = cost(0);
        cash[0] -= direct;
        path.direct_cost += direct;
    }
    for (int t = std::max(0, f.start), end = std::min(end_of_study, f.months); t < end; ++t) {
        const double direct = cost(t);
        cash[t] -= direct;
        path.direct_cost += direct;
        cash[t] += received_monthly[(t - f.start) / 12];
    }
    for (int t = std::max(0, f.start), end = std::min(search_end, f.months); t < end; ++t)
        path.opportunity_cost += without_net[t] - net[t];
    for (const std::vector<double>* payments : {&federal, &private_loan})
        for (size_t k = 0; k < payments->size(); ++k) {
            const int t = repayment_month + static_cast<int>(k);
            if (t >= f.months) break;
            if (t >= 0) cash[t] -= (*payments)[k];
        }
    path.cash.assign(cash.get(), cash.get() + f.months);
    for (int t = repayment; t < repayment + 12; ++t) path.first_year_income += gross[t];
    return path;
}

// [SECTION] Shared paths
ScenarioPaths scenario_paths(const Scenario& s, const Catalog& c, const ScenarioPaths* base,
                             Unmoved unmoved) {
    if (!base) unmoved = Unmoved::Nothing;
    ScenarioPaths paths;
    paths.frame = make_frame(s, c);
    const Frame& f = paths.frame;
    paths.without = without_path(s, f);
    const int search = s.outcome.months_to_job;
    const auto fresh = [&](const Career& career) {
        return std::make_shared<const PathCash>(with_path(s, f, career));
    };
    paths.placed = unmoved == Unmoved::Cash ? base->placed : fresh({Branch::Placed, search, 0});
    paths.not_placed =
        unmoved != Unmoved::Nothing ? base->not_placed : fresh({Branch::NotPlaced, search, 0});
    const size_t typical = f.leave_months.size() / 2;
    paths.left.resize(f.leave_months.size());
    for (size_t k = 0; k < f.leave_months.size(); ++k) {
        if (f.completion >= 1 && k != typical) continue;
        if (unmoved != Unmoved::Nothing && k < base->left.size() && base->left[k])
            paths.left[k] = base->left[k];
        else
            paths.left[k] = fresh({Branch::Left, 0, f.leave_months[k]});
    }
    return paths;
}

} // namespace mlroi
