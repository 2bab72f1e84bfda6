#include "analysis.hpp"

#include "cashflow.hpp"
#include "format.hpp"
#include "metrics.hpp"

#include <algorithm>

namespace mlroi {

// [SECTION] Index: loan risk, expected paths, notes, deterministic analysis, verdict, analyze

// [SECTION] Loan risk
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

double first_payment(const Repayment& r) {
    return r.payments.empty() ? 0.0 : r.payments[0];
}

// The first twelve payments (fewer if the loan is paid off sooner).
double first_year_payments(const Repayment& r) {
    double sum = 0;
    for (size_t k = 0; k < r.payments.size() && k < 12; ++k) sum += r.payments[k];
    return sum;
}

LoanRisk loan_risk(const char* outcome, const PathCash& path) {
    const LoanOutcome& l = path.loan;
    LoanRisk r;
    r.outcome = outcome;
    r.monthly_payment = first_payment(l.federal) + first_payment(l.private_loan);
    r.balance_at_repayment = l.federal.balance_at_start + l.private_loan.balance_at_start;
    const double payments = first_year_payments(l.federal) + first_year_payments(l.private_loan);
    const double income = path.first_year_income;
    if (r.balance_at_repayment <= 0) return r; // no loan, no risk
    if (income <= 0) {
        r.level = RiskLevel::VeryHigh; // payments due with no pay at all
        return r;
    }
    r.payment_to_income = payments / income;
    r.debt_to_salary = r.balance_at_repayment / income;
    r.level = risk_level(*r.payment_to_income, *r.debt_to_salary);
    return r;
}

LoanSummary summarize(const LoanOutcome& l) {
    LoanSummary s;
    s.federal_principal = l.borrowing.federal_principal;
    s.private_principal = l.borrowing.private_principal;
    s.balance_at_repayment = l.federal.balance_at_start + l.private_loan.balance_at_start;
    s.monthly_payment = first_payment(l.federal) + first_payment(l.private_loan);
    s.total_interest = l.accrued + l.federal.total_interest + l.private_loan.total_interest;
    s.total_paid = l.federal.total_paid + l.private_loan.total_paid;
    s.forgiven = l.federal.forgiven + l.private_loan.forgiven;
    s.repayment_start_month = l.repayment_month;
    const size_t months = std::max(l.federal.payments.size(), l.private_loan.payments.size());
    if (months > 0) s.payoff_month = l.repayment_month + static_cast<int>(months) - 1;
    return s;
}

// [SECTION] Expected paths
// The expected with-path: finishers placed or not, weighted by the chance of landing the
// role, then leavers (each of the equally likely leaving months), weighted by the rest.
struct ExpectedPaths {
    const ScenarioPaths& paths;
    const Frame& frame;
    const PathCash *placed, *not_placed, *left_typical;
    const std::vector<double>& without;
    std::vector<double> with, difference;
};

ExpectedPaths expected_paths(const Scenario& s, const ScenarioPaths& paths) {
    const Frame& f = paths.frame;
    ExpectedPaths e{paths, f, nullptr, paths.not_placed.get(), nullptr, paths.without, {}, {}};
    const int search = s.outcome.months_to_job;
    // An offer that pays less than the old path is declined: the reader goes back (README).
    const int job = std::min(f.months - 1, f.graduation + search);
    const bool worth_taking = target_gross(s, f, job) >= without_gross(s, f, job);
    e.placed = worth_taking ? paths.placed.get() : paths.not_placed.get();
    e.with.assign(f.months, 0.0);
    const double p = f.placement, done = f.completion;
    for (int t = 0; t < f.months; ++t)
        e.with[t] = done * (p * e.placed->cash[t] + (1 - p) * e.not_placed->cash[t]);
    // Every leaving month counts (unless all finish); the typical leaver (the median month) is
    // kept for the loan-risk reading.
    const size_t typical = f.leave_months.size() / 2;
    const double w = (1 - done) / f.leave_months.size();
    for (size_t k = 0; k < f.leave_months.size(); ++k) {
        if (done >= 1 && k != typical) continue;
        const PathCash& left = *paths.left[k];
        for (int t = 0; t < f.months && w > 0; ++t) e.with[t] += w * left.cash[t];
        if (k == typical) e.left_typical = &left;
    }
    e.difference.resize(f.months);
    for (int t = 0; t < f.months; ++t) e.difference[t] = e.with[t] - e.without[t];
    return e;
}

// [SECTION] Notes
void add_notes(const Scenario& s, const Catalog& c, const ExpectedPaths& e, const CashResults& r,
               std::vector<std::string>& notes) {
    const Program& p = s.program;
    const Frame& f = e.frame;
    notes.insert(notes.end(), s.reading_notes.begin(), s.reading_notes.end());
    if (s.schema == 1)
        notes.push_back("Read as a schema-1 scenario: fields it sets keep their values; what it "
                        "leaves out now comes from the evidence (schema 2). Its \"standard\" plan "
                        "(fixed payments over term_years) is now the 2026 standard plan, whose "
                        "term follows the balance; term_years applies to the private loan.");
    if (f.start > 0)
        notes.push_back("Catching up on " + std::to_string(missing_prerequisites(s, c).size()) +
                        " missing prerequisite(s) first: the program starts in month " +
                        std::to_string(f.start) + " and the courses cost " +
                        format_money(f.bridging_cost) + ".");
    if (p.grants_per_year + p.employer_aid_per_year > p.tuition_per_year + p.fees_per_year)
        notes.push_back(
            "Grants and employer aid exceed tuition and fees: net tuition counted as $0 "
            "(the excess is not counted as income).");
    const Borrowing& b = e.placed->loan.borrowing;
    if (b.federal_principal + b.private_principal > 0 && s.you.living_per_month > 0)
        notes.push_back("The loans also cover living costs (" +
                        format_money(s.you.living_per_month) +
                        " a month) that pay while studying does not: the living costs cancel "
                        "out, their interest does not.");
    if (p.enrollment_fraction < 0.5 && b.private_principal > 0)
        notes.push_back("Below half-time enrollment there are no federal Direct Loans: the whole "
                        "need is borrowed privately.");
    else if (b.private_principal > 0)
        notes.push_back("Federal limits reached: " + format_money(b.private_principal) +
                        " is borrowed privately at the private rate.");
    if (b.savings_used > 0 && b.private_principal + b.federal_principal > 0)
        notes.push_back("Savings of " + format_money(b.savings_used) +
                        " replace private borrowing first, earliest first (the federal loan "
                        "keeps RAP and its protections).");
    if (r.loan.payoff_month && *r.loan.payoff_month >= f.months)
        notes.push_back("Loan payments go on past the horizon; the NPV counts only those within " +
                        std::to_string(s.you.horizon_years) + " years.");
    if (r.loan.forgiven > 0)
        notes.push_back("RAP forgives " + format_money(r.loan.forgiven) + " after 360 payments.");
    for (const LoanRisk& risk : r.loan_risk_by_outcome)
        if (risk.balance_at_repayment > 0 && !risk.payment_to_income)
            notes.push_back("If " +
                            std::string(risk.outcome == "left"     ? "you leave the program"
                                        : risk.outcome == "placed" ? "you land the role"
                                                                   : "you are not placed") +
                            ", payments start in a year with no pay: the loan risk is very high.");
    if (f.completion < 1)
        notes.push_back("The NPV includes a " + format_percent(1 - f.completion, 0) +
                        " chance of leaving early (most leavers go within the first year, as "
                        "CGS finds): costs paid, no degree.");
    if (r.premium.implied > c.evidence.premium_raw + 0.05)
        notes.push_back("Your pay after the degree is " + format_percent(r.premium.implied, 0) +
                        " above your pay without it, well beyond the published " +
                        format_percent(c.evidence.premium, 0) + " to " +
                        format_percent(c.evidence.premium_raw, 0) +
                        " premium: the answer credits the degree with a career change.");
}

} // namespace

// [SECTION] Deterministic analysis
double expected_npv(const Scenario& reader, const Catalog& c) {
    const Scenario s = resolve(reader, c);
    const ScenarioPaths paths = scenario_paths(s, c);
    const ExpectedPaths e = expected_paths(s, paths);
    return present_value(e.difference, e.frame.discount);
}

double expected_npv(const Scenario& reader, const Catalog& c, const ScenarioPaths& base,
                    Unmoved unmoved) {
    const Scenario s = resolve(reader, c);
    const ScenarioPaths paths = scenario_paths(s, c, &base, unmoved);
    const ExpectedPaths e = expected_paths(s, paths);
    return present_value(e.difference, e.frame.discount);
}

CashResults analyze_cash(const Scenario& reader, const Catalog& c) {
    const Scenario s = resolve(reader, c);
    return cash_results(s, c, scenario_paths(s, c));
}

CashResults cash_results(const Scenario& s, const Catalog& c, const ScenarioPaths& paths) {
    const ExpectedPaths e = expected_paths(s, paths);
    const Frame& f = e.frame;
    CashResults r;
    r.npv = present_value(e.difference, f.discount);
    int roots = 0;
    r.irr = irr(e.difference, &roots);
    if (roots > 1)
        r.notes.push_back("The cash difference changes sign several times, so " +
                          std::to_string(roots) +
                          " yearly returns fit it; the one nearest 0% is shown.");
    r.break_even_month = break_even_month(e.difference);
    r.discounted_break_even_month = break_even_month(e.difference, f.discount);
    r.nominal_discount_rate = f.nominal_discount_rate;

    // Costs, loan and risk describe the plan itself: the reader who finishes and is placed.
    const PathCash& plan = *e.placed;
    r.loan = summarize(plan.loan);
    r.cost.direct = plan.direct_cost;
    r.cost.opportunity = plan.opportunity_cost;
    r.cost.interest = r.loan.total_interest + plan.loan.borrowing.fees;
    r.cost.total = r.cost.direct + r.cost.opportunity + r.cost.interest;
    r.loan_risk = loan_risk("placed", plan);
    r.loan_risk_by_outcome = {r.loan_risk, loan_risk("not_placed", *e.not_placed),
                              loan_risk("left", *e.left_typical)};

    const int job = std::min(f.months - 1, plan.job_month);
    r.premium = {target_gross(s, f, job) / std::max(1.0, without_gross(s, f, job)) - 1,
                 c.evidence.premium, c.evidence.premium_raw};

    double with = 0, without = 0;
    r.timeline.push_back({0, 0, 0});
    for (int t = 0; t < f.months; ++t) {
        with += e.with[t];
        without += e.without[t];
        if ((t + 1) % 12 == 0) r.timeline.push_back({(t + 1) / 12, with, without});
    }
    add_notes(s, c, e, r, r.notes);
    return r;
}

// [SECTION] Verdict
const char* to_string(VerdictLevel level) {
    switch (level) {
    case VerdictLevel::Likely:
        return "likely";
    case VerdictLevel::Uncertain:
        return "uncertain";
    case VerdictLevel::Unlikely:
        return "unlikely";
    }
    return "";
}

void to_json(json& j, const Verdict& v) {
    j = json{{"level", to_string(v.level)}, {"headline", v.headline}};
}

Verdict verdict_for(double npv, double p_positive, double median, int horizon_years,
                    std::optional<int> break_even_month) {
    Verdict v;
    if (npv > 0 && median > 0 && p_positive >= kLikelyChance)
        v.level = VerdictLevel::Likely;
    else if (npv < 0 && median < 0 && p_positive < kUnlikelyChance)
        v.level = VerdictLevel::Unlikely;
    else
        v.level = VerdictLevel::Uncertain;
    static const char* kOpening[] = {"Likely worth it", "Uncertain", "Unlikely to pay off"};
    const auto signed_money = [](double x) { return (x > 0 ? "+" : "") + format_money(x); };
    v.headline =
        std::string(kOpening[static_cast<int>(v.level)]) + ": " + signed_money(npv) +
        " expected over " + std::to_string(horizon_years) + " years (median " +
        signed_money(median) + "), " + format_percent(p_positive, 0) + " chance it pays off, " +
        (break_even_month ? "breaks even in year " + std::to_string(*break_even_month / 12 + 1)
                          : std::string("never breaks even")) +
        ".";
    return v;
}

// [SECTION] Analyze
void to_json(json& j, const Results& v) {
    to_json(j, static_cast<const CashResults&>(v));
    j["verdict"] = v.verdict;
    j["inputs_used"] = v.inputs_used;
    j["fit"] = v.fit;
    j["uncertainty"] = v.uncertainty;
    j["sensitivity"] = v.sensitivity;
    j["alternatives"] = v.alternatives;
}

Results analyze(const Scenario& reader, const Catalog& c) {
    Results r;
    const Scenario s = resolve(reader, c, &r.inputs_used);
    ScenarioPaths paths = scenario_paths(s, c);
    static_cast<CashResults&>(r) = cash_results(s, c, paths);
    const Spread spread = spread_for(reader, c);
    r.fit = program_fit(s, r, c);
    r.uncertainty = simulate(s, c, spread, s.assumptions.simulations, paths);
    r.verdict = verdict_for(r.npv, r.uncertainty.p_positive, r.uncertainty.p50, s.you.horizon_years,
                            r.break_even_month);
    r.sensitivity = sensitivity(reader, c, spread, r.npv, &paths);
    r.alternatives = alternatives(reader, s, r, r.uncertainty.p_positive, r.fit.score, c, r.notes);
    return r;
}

} // namespace mlroi
