#include "analysis.hpp"

#include "cashflow.hpp"
#include "format.hpp"
#include "metrics.hpp"

#include <algorithm>

namespace mlroi {

RiskLevel risk_level(double payment_to_income, double debt_to_salary) {
    int payment = payment_to_income < kPaymentShareLow     ? 0
                  : payment_to_income <= kPaymentShareHigh ? 1
                                                           : 2;
    int debt = debt_to_salary <= kDebtToSalaryLow        ? 0
               : debt_to_salary <= kDebtToSalaryModerate ? 1
               : debt_to_salary <= kDebtToSalaryHigh     ? 2
                                                         : 3;
    return static_cast<RiskLevel>(std::max(payment, debt));
}

namespace {

// The expected with-path: the completer's branch weighted by the chance of finishing, the
// non-completer's by the rest.
struct ExpectedPaths {
    Frame frame;
    PathCash completer;
    std::vector<double> with;
    std::vector<double> without;
    std::vector<double> difference;
};

ExpectedPaths expected_paths(const Scenario& s) {
    ExpectedPaths e{make_frame(s), {}, {}, {}, {}};
    e.completer = with_path(s, e.frame, Branch::Expected);
    e.without = without_path(s, e.frame);
    e.with = e.completer.cash;
    const double c = s.outcome.completion_probability;
    if (c < 1) {
        const PathCash dropout = with_path(s, e.frame, Branch::Dropout);
        for (int t = 0; t < e.frame.months; ++t)
            e.with[t] = c * e.with[t] + (1 - c) * dropout.cash[t];
    }
    e.difference.resize(e.frame.months);
    for (int t = 0; t < e.frame.months; ++t) e.difference[t] = e.with[t] - e.without[t];
    return e;
}

LoanSummary summarize(const LoanOutcome& l) {
    LoanSummary s;
    s.federal_principal = l.borrowing.federal_principal;
    s.private_principal = l.borrowing.private_principal;
    s.balance_at_repayment = l.federal.balance_at_start + l.private_loan.balance_at_start;
    const auto first = [](const Repayment& r) { return r.payments.empty() ? 0.0 : r.payments[0]; };
    s.monthly_payment = first(l.federal) + first(l.private_loan);
    s.total_interest = l.accrued + l.federal.total_interest + l.private_loan.total_interest;
    s.total_paid = l.federal.total_paid + l.private_loan.total_paid;
    s.forgiven = l.federal.forgiven + l.private_loan.forgiven;
    s.repayment_start_month = l.repayment_month;
    const size_t months = std::max(l.federal.payments.size(), l.private_loan.payments.size());
    if (months > 0) s.payoff_month = l.repayment_month + static_cast<int>(months) - 1;
    return s;
}

void add_notes(const Scenario& s, const ExpectedPaths& e, const CashResults& r,
               std::vector<std::string>& notes) {
    const Program& p = s.program;
    if (p.grants_per_year + p.employer_aid_per_year > p.tuition_per_year + p.fees_per_year)
        notes.push_back(
            "Grants and employer aid exceed tuition and fees: net tuition counted as $0 "
            "(the excess is not counted as income).");
    const Borrowing& b = e.completer.loan.borrowing;
    if (p.enrollment_fraction < 0.5 && b.private_principal > 0)
        notes.push_back("Below half-time enrollment there are no federal Direct Loans: the whole "
                        "need is borrowed privately.");
    else if (b.private_principal > 0)
        notes.push_back("Federal limits reached: " + format_money(b.private_principal) +
                        " is borrowed privately at the private rate.");
    if (r.loan.payoff_month && *r.loan.payoff_month >= e.frame.months)
        notes.push_back("Loan payments go on past the horizon; the NPV counts only those within " +
                        std::to_string(s.you.horizon_years) + " years.");
    if (r.loan.forgiven > 0)
        notes.push_back("RAP forgives " + format_money(r.loan.forgiven) + " after 360 payments.");
    if (s.outcome.completion_probability < 1)
        notes.push_back("The NPV includes a " +
                        format_percent(1 - s.outcome.completion_probability, 0) +
                        " chance of leaving halfway through: costs paid, no degree.");
}

} // namespace

double expected_npv(const Scenario& s) {
    const ExpectedPaths e = expected_paths(s);
    return present_value(e.difference, e.frame.discount);
}

CashResults analyze_cash(const Scenario& s) {
    const ExpectedPaths e = expected_paths(s);
    CashResults r;
    r.npv = present_value(e.difference, e.frame.discount);
    r.irr = irr(e.difference);
    r.break_even_month = break_even_month(e.difference);
    r.discounted_break_even_month = break_even_month(e.difference, e.frame.discount);
    r.nominal_discount_rate = e.frame.nominal_discount_rate;

    // Costs, loan and risk describe the plan itself: the reader who finishes.
    const PathCash& c = e.completer;
    r.loan = summarize(c.loan);
    r.cost.direct = c.direct_cost;
    r.cost.opportunity = c.opportunity_cost;
    r.cost.interest = r.loan.total_interest + c.loan.borrowing.fees;
    r.cost.total = r.cost.direct + r.cost.opportunity + r.cost.interest;

    // Risk is measured against the expected gross income of the first year of repayment.
    const int start = c.loan.repayment_month;
    // (annualized when the horizon ends within that year). A share is capped at 100%.
    const int end = std::min(start + 12, e.frame.months);
    double income = 0;
    for (int t = start; t < end; ++t) income += c.gross_income[t];
    income = end > start ? income * 12 / (end - start) : 0;
    const double payments = 12 * r.loan.monthly_payment;
    r.loan_risk.payment_to_income = payments > 0 ? payments / std::max(income, payments) : 0;
    r.loan_risk.debt_to_salary = r.loan.balance_at_repayment / std::max(income, 1.0);
    r.loan_risk.level = risk_level(r.loan_risk.payment_to_income, r.loan_risk.debt_to_salary);

    double with = 0, without = 0;
    r.timeline.push_back({0, 0, 0});
    for (int t = 0; t < e.frame.months; ++t) {
        with += e.with[t];
        without += e.without[t];
        if ((t + 1) % 12 == 0) r.timeline.push_back({(t + 1) / 12, with, without});
    }
    add_notes(s, e, r, r.notes);
    return r;
}

} // namespace mlroi

namespace mlroi {

void to_json(json& j, const Results& v) {
    to_json(j, static_cast<const CashResults&>(v));
    j["fit"] = v.fit;
    j["uncertainty"] = v.uncertainty;
    j["sensitivity"] = v.sensitivity;
    j["alternatives"] = v.alternatives;
}

Results analyze(const Scenario& s, const Catalog& c) {
    Results r;
    static_cast<CashResults&>(r) = analyze_cash(s);
    const Spread spread = spread_for(s, c);
    r.fit = program_fit(s, r, c);
    r.uncertainty = simulate(s, spread, s.assumptions.simulations);
    r.sensitivity = sensitivity(s, spread, r.npv);
    r.alternatives = alternatives(s, r, r.uncertainty.p_positive, r.fit.score, c, r.notes);
    return r;
}

} // namespace mlroi
