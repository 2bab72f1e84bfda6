#include "montecarlo.hpp"

#include "cashflow.hpp"
#include "format.hpp"
#include "metrics.hpp"
#include "portable_math.hpp"
#include "random.hpp"

#include <algorithm>
#include <cmath>

namespace mlroi {

namespace {
constexpr double kQuartileZ = 0.6744897501960817; // the standard normal's 75th percentile
constexpr int kBins = 20;
} // namespace

double sigma_from_quartiles(double p25, double p75) {
    return portable_log(p75 / p25) / (2 * kQuartileZ);
}

Spread spread_for(const Scenario& s, const Catalog& c) {
    Spread spread;
    if (const RolePreset* role = c.role(s.outcome.role))
        spread.salary_sigma = sigma_from_quartiles(role->salary_p25, role->salary_p75);
    spread.growth_sd = c.salary_growth_sd;
    return spread;
}

void to_json(json& j, const Histogram& v) {
    j = json{{"low", v.low}, {"high", v.high}, {"counts", v.counts}};
}

void to_json(json& j, const Uncertainty& v) {
    j = json{{"draws", v.draws},
             {"seed", v.seed},
             {"p_positive", v.p_positive},
             {"mean", v.mean},
             {"std_error", v.std_error},
             {"p10", v.p10},
             {"p50", v.p50},
             {"p90", v.p90},
             {"histogram", v.histogram},
             {"drawn", v.drawn}};
}

namespace {

// Everything a draw needs, worked out once: each draw then costs a few exp/log calls instead
// of a month-by-month simulation. Present values are all in month-0 dollars.
struct Precomputed {
    int months = 0, study_months = 0, max_search = 0;
    double keep = 0;                             // 1 - tax
    double log_discount = 0;                     // ln of the monthly discount factor
    double without_total = 0;                    // PV of the whole without-path
    std::vector<double> without_tail;            // PV of the without-path from month t on
    std::vector<double> searching_tail;          // PV of study-time income from month t on
    double study = 0;                            // PV of the completer's cash during the study
    double loan_placed = 0, loan_not_placed = 0; // PV of loan payments within the horizon
    double dropout_npv = 0;
};

double loan_pv(const PathCash& path, const Frame& f) {
    double pv = 0;
    const LoanOutcome& l = path.loan;
    for (const Repayment* r : {&l.federal, &l.private_loan})
        for (size_t k = 0; k < r->payments.size(); ++k) {
            const size_t t = l.repayment_month + k;
            if (t < f.discount.size()) pv += r->payments[k] * f.discount[t];
        }
    return pv;
}

// Running sums from the end: tail[t] = sum over u >= t of values[u] * discount[u].
std::vector<double> tail_sums(const std::vector<double>& values,
                              const std::vector<double>& discount) {
    std::vector<double> tail(values.size() + 1, 0.0);
    for (size_t t = values.size(); t-- > 0;) tail[t] = tail[t + 1] + values[t] * discount[t];
    return tail;
}

Precomputed precompute(const Scenario& s) {
    const Frame f = make_frame(s);
    Precomputed p;
    p.months = f.months;
    p.study_months = f.study_months;
    p.max_search = s.outcome.months_to_job;
    p.keep = 1 - s.you.tax_rate;
    p.log_discount = -portable_log(1 + f.nominal_discount_rate) / 12;
    const std::vector<double> without = without_path(s, f);
    p.without_tail = tail_sums(without, f.discount);
    p.without_total = p.without_tail[0];
    std::vector<double> searching(f.months);
    for (int t = 0; t < f.months; ++t) searching[t] = without[t] * s.program.work_share;
    p.searching_tail = tail_sums(searching, f.discount);

    const PathCash placed = with_path(s, f, Branch::Placed);
    for (int t = 0; t < std::min(f.study_months, f.months); ++t)
        p.study += placed.cash[t] * f.discount[t];
    p.loan_placed = loan_pv(placed, f);
    p.loan_not_placed = loan_pv(with_path(s, f, Branch::NotPlaced), f);
    p.dropout_npv =
        present_value(with_path(s, f, Branch::Dropout).cash, f.discount) - p.without_total;
    return p;
}

// Sum over t = a .. n-1 of q^t, with ln q given.
double geometric_sum(double log_q, int a, int n) {
    if (a >= n) return 0;
    if (std::fabs(log_q) < 1e-12) return n - a;
    return (portable_exp(a * log_q) - portable_exp(n * log_q)) / (1 - portable_exp(log_q));
}

std::vector<std::string> describe(const Scenario& s, const Spread& spread) {
    const Outcome& o = s.outcome;
    // Quartiles of the lognormal with mean `salary`: salary * exp(-sigma^2/2 -+ z sigma).
    const double sigma = spread.salary_sigma;
    const double q25 = o.salary * portable_exp(-sigma * sigma / 2 - kQuartileZ * sigma);
    const double q75 = o.salary * portable_exp(-sigma * sigma / 2 + kQuartileZ * sigma);
    std::vector<std::string> drawn = {
        "finishing the program: " + format_percent(o.completion_probability, 0) +
            " chance; otherwise leaving halfway",
        "landing the role: " + format_percent(o.placement_probability, 0) + " chance",
        "starting salary: lognormal, average " + format_money(o.salary) + ", middle half " +
            format_money(q25) + " to " + format_money(q75)};
    if (spread.vary_months_to_job && o.months_to_job > 0)
        drawn.push_back("job search: 0 to " + std::to_string(2 * o.months_to_job) +
                        " months, evenly");
    if (spread.growth_sd > 0)
        drawn.push_back("yearly raise in the new role: " + format_percent(o.salary_growth, 1) +
                        " give or take " + format_percent(spread.growth_sd, 1));
    return drawn;
}

double percentile(std::vector<double>& sorted_part, double q) {
    const size_t index = static_cast<size_t>(q * (sorted_part.size() - 1));
    std::nth_element(sorted_part.begin(), sorted_part.begin() + index, sorted_part.end());
    return sorted_part[index];
}

} // namespace

Uncertainty simulate(const Scenario& s, const Spread& spread, int draws) {
    const Precomputed p = precompute(s);
    const Outcome& o = s.outcome;
    const double sigma = spread.salary_sigma;
    const double log_mean_shift = -sigma * sigma / 2; // keeps the mean salary at o.salary
    const int search_choices = spread.vary_months_to_job ? 2 * o.months_to_job + 1 : 1;

    Random random(s.assumptions.seed);
    std::vector<double> npv(draws);
    double sum = 0;
    int positive = 0;
    for (int i = 0; i < draws; ++i) {
        // Five uniforms per draw, always in this order, used or not: a draw's career does not
        // depend on how the ones before it turned out. Salary and raise become normal draws
        // only when needed.
        const double u_finish = random.uniform();
        const double u_search = random.uniform();
        const double u_placed = random.uniform();
        const double u_salary = random.uniform();
        const double u_growth = random.uniform();

        double value;
        if (u_finish >= o.completion_probability) {
            value = p.dropout_npv;
        } else {
            const int search =
                spread.vary_months_to_job
                    ? std::min(search_choices - 1, static_cast<int>(u_search * search_choices))
                    : o.months_to_job;
            const int job = std::min(p.months, p.study_months + search);
            value = p.study +
                    (p.searching_tail[std::min(p.study_months, p.months)] - p.searching_tail[job]) -
                    p.without_total;
            if (u_placed < o.placement_probability) {
                const double salary =
                    o.salary * portable_exp(log_mean_shift + sigma * inverse_normal(u_salary));
                const double growth = std::clamp(
                    o.salary_growth + spread.growth_sd * inverse_normal(u_growth), -0.05, 0.15);
                const double log_q = portable_log(1 + growth) / 12 + p.log_discount;
                value += salary / 12 * p.keep * geometric_sum(log_q, job, p.months) - p.loan_placed;
            } else {
                value += p.without_tail[job] - p.loan_not_placed;
            }
        }
        npv[i] = value;
        sum += value;
        positive += value > 0;
    }

    Uncertainty u;
    u.draws = draws;
    u.seed = s.assumptions.seed;
    u.p_positive = static_cast<double>(positive) / draws;
    u.mean = sum / draws;
    double squares = 0; // a second pass: steadier than sums of squares
    for (double v : npv) squares += (v - u.mean) * (v - u.mean);
    u.std_error = draws > 1 ? std::sqrt(squares / (draws - 1) / draws) : 0;
    u.p10 = percentile(npv, 0.10);
    u.p50 = percentile(npv, 0.50);
    u.p90 = percentile(npv, 0.90);
    // The histogram spans the 1st to 99th percentile, so a few extreme careers do not squeeze
    // the rest into one bar; draws beyond either end are counted in the end bins.
    u.histogram.low = percentile(npv, 0.01);
    u.histogram.high = std::max(percentile(npv, 0.99), u.histogram.low + 1);
    u.histogram.counts.assign(kBins, 0);
    const double width = (u.histogram.high - u.histogram.low) / kBins;
    for (double v : npv)
        ++u.histogram.counts[std::clamp(static_cast<int>(std::floor((v - u.histogram.low) / width)),
                                        0, kBins - 1)];
    u.drawn = describe(s, spread);
    return u;
}

} // namespace mlroi
