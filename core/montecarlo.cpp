#include "montecarlo.hpp"

#include "cashflow.hpp"
#include "format.hpp"
#include "metrics.hpp"
#include "portable_math.hpp"
#include "random.hpp"
#include "resolve.hpp"

#include <algorithm>
#include <cmath>
#include <optional>

namespace mlroi {

namespace {
constexpr double kQuartileZ = 0.6744897501960817; // the standard normal's 75th percentile
constexpr double kDecileZ = 1.2815515655446004;   // the standard normal's 90th percentile
constexpr int kBins = 20;
} // namespace

double sigma_from_quartiles(double p25, double p75) {
    return portable_log(p75 / p25) / (2 * kQuartileZ);
}

double sigma_from_deciles(double p10, double p90) {
    return portable_log(p90 / p10) / (2 * kDecileZ);
}

Spread spread_for(const Scenario& reader, const Catalog& c) {
    Spread spread;
    const Evidence& e = c.evidence;
    if (pay_from_premium(reader, c))
        spread.salary_sigma = sigma_from_deciles(1 + e.premium_p10, 1 + e.premium_p90);
    else if (const RolePreset* role = c.role(reader.outcome.role))
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

// Everything a draw needs, worked out once: each draw then costs a few operations per year of
// the horizon instead of a month-by-month simulation. Present values are in month-0 dollars.
// A placed finisher's pay is taxed year by year (taxes are progressive), so each draw walks
// the years once, summing whole years of its salary in closed form. A year's tax is linear
// in its pay within a segment of the tax table (a bracket, below or above the wage base...),
// so a whole year's after-tax value is too: pay x (1 - rate) less the segment's fixed part.
struct Precomputed {
    const Scenario* s = nullptr;
    const Frame* frame = nullptr; // the scenario's paths' frame
    int graduation = 0, extra_end = 0;
    double without_total = 0; // PV of the whole without-path
    double cash_adjust = 0;   // PV of loan money received less costs (finishers)
    double loan_placed = 0;   // PV of loan payments within the horizon (placed)
    // A finisher's gross pay before the new job (while studying, then searching): running sums
    // of it (pre_sum[t]: the months before t), of it discounted, and of each whole year's
    // after-tax present value had the year only that pay.
    std::vector<double> pre_sum, pre_pv, pre_year_net_sum;
    std::vector<double> left_npv;   // NPV for each of the equally likely leaving months
    std::vector<double> not_placed; // NPV of a finisher not placed, by search months (lazy)
    double monthly_discount = 0;    // one month's discount factor, as the draws use it
    // Each year's tax table (TaxSegments), flat: year y's segment k at y * segments + k, its
    // upper bounds at y * (segments - 1) + k.
    size_t segments = 0;
    std::vector<double> tax_upper, tax_fixed, tax_rate;
    // The segment of `gross` (> 0) in `year`'s table, searched from `guess`, as
    // TaxSegments::find.
    size_t find(int year, double gross, size_t guess) const {
        const double* upper = tax_upper.data() + year * (segments - 1);
        size_t k = std::min(guess, segments - 1);
        while (k < segments - 1 && gross > upper[k]) ++k;
        while (k > 0 && gross <= upper[k - 1]) --k;
        return k;
    }
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

Precomputed precompute(const Scenario& s, const ScenarioPaths& paths) {
    Precomputed p;
    p.s = &s;
    p.frame = &paths.frame;
    const Frame& f = paths.frame;
    p.graduation = f.graduation;
    p.extra_end = f.graduation + f.extra_months;
    p.monthly_discount = portable_exp(-portable_log(1 + f.nominal_discount_rate) / 12);
    p.without_total = present_value(paths.without, f.discount);

    // A finisher's cash is after-tax pay, less costs, plus loan money, less loan payments; the
    // first two vary by draw, the others not. The central placed career gives the costs,
    // loan money and payments (RAP's follow its central pay: README).
    const PathCash& placed = *paths.placed;
    const std::vector<double> placed_net = after_tax(f, placed.gross_income);
    for (int t = 0; t < f.months; ++t)
        p.cash_adjust += (placed.cash[t] - placed_net[t]) * f.discount[t];
    p.loan_placed = loan_pv(placed, f);
    p.cash_adjust += p.loan_placed; // cash already has the payments taken off: add them back

    p.pre_sum.assign(f.months + 1, 0.0);
    p.pre_pv.assign(f.months + 1, 0.0);
    for (int t = 0; t < f.months; ++t) {
        const double pre =
            t < f.graduation ? placed.gross_income[t] : f.without_monthly[t] * s.program.work_share;
        p.pre_sum[t + 1] = p.pre_sum[t] + pre;
        p.pre_pv[t + 1] = p.pre_pv[t] + pre * f.discount[t];
    }
    const int years = s.you.horizon_years;
    p.pre_year_net_sum.assign(years + 1, 0.0);
    for (int y = 0; y < years; ++y) {
        const double gross = p.pre_sum[12 * y + 12] - p.pre_sum[12 * y];
        const double pv = p.pre_pv[12 * y + 12] - p.pre_pv[12 * y];
        p.pre_year_net_sum[y + 1] =
            p.pre_year_net_sum[y] + (gross > 0 ? pv * (1 - tax_in_year(f, y, gross) / gross) : 0);
    }
    for (int y = 0; y < years; ++y) {
        const TaxSegments t = f.flat_tax ? flat_tax_segments(*f.flat_tax)
                                         : tax_segments(*f.taxes, f.tax_index[y], f.state_tax);
        p.segments = t.fixed.size();
        p.tax_upper.insert(p.tax_upper.end(), t.upper.begin(), t.upper.end());
        p.tax_fixed.insert(p.tax_fixed.end(), t.fixed.begin(), t.fixed.end());
        p.tax_rate.insert(p.tax_rate.end(), t.rate.begin(), t.rate.end());
    }
    // Leavers are drawn unless everyone finishes; then only the typical one is worked out.
    for (const auto& left : paths.left)
        p.left_npv.push_back(left ? present_value(left->cash, f.discount) - p.without_total
                                  : std::nan(""));
    p.not_placed.assign(2 * s.outcome.months_to_job + 1, std::nan(""));
    p.not_placed[s.outcome.months_to_job] =
        present_value(paths.not_placed->cash, f.discount) - p.without_total;
    return p;
}

double not_placed_npv(Precomputed& p, int search) {
    double& v = p.not_placed[search];
    if (std::isnan(v))
        v = present_value(with_path(*p.s, *p.frame, {Branch::NotPlaced, search, 0}).cash,
                          p.frame->discount) -
            p.without_total;
    return v;
}

// NPV of a finisher placed after `search` months at `salary` (month-0 dollars a year), whose
// pay then grows by `q` a month (q = (1 + yearly growth)^(1/12), plus the extra raise for its
// years); nullopt when that offer pays less than the old path that month: the reader would
// decline it (README).
std::optional<double> placed_npv(const Precomputed& p, double salary, double q, int search) {
    const Frame& f = *p.frame;
    const int months = f.months;
    const int job = std::min(months, p.graduation + search);
    const double delta = p.monthly_discount;
    // Whole-year sums of a pay rising by r a month: sum r^k and sum (r delta)^k, k < 12.
    // A whole year's PV over its gross is then the year's first discount factor times
    // pv_sum / sum, whatever the pay.
    struct Regime {
        double r, r12, sum, pv_sum, pv_per_gross;
    };
    const auto regime = [&](double r) {
        const double r12 = portable_powi(r, 12), rd = r * delta;
        const double sum = (r12 - 1) / (r - 1), pv_sum = (portable_powi(rd, 12) - 1) / (rd - 1);
        return Regime{r, r12, sum, pv_sum, pv_sum / sum};
    };
    const Regime with_extra = regime(q * f.extra_growth), plain = regime(q);

    double value = p.pre_year_net_sum[job / 12]; // years wholly before the new job
    double pay = salary / 12 * portable_powi(q, job) *
                 portable_powi(f.extra_growth, std::clamp(job - p.graduation, 0, f.extra_months));
    if (job < months && pay < f.without_monthly[job]) return std::nullopt;
    int t = job;
    size_t segment = 0; // last year's tax segment: where this year's search starts
    while (t < months) {
        // Whole years in one regime, the most of a career: a short loop of their own.
        const bool extra = t < p.extra_end;
        const Regime& g = extra ? with_extra : plain;
        const int regime_end = extra ? std::min(months, p.extra_end) : months;
        if (t % 12 == 0 && t + 12 <= regime_end && std::fabs(g.r - 1) > 1e-12) {
            for (; t + 12 <= regime_end; t += 12) {
                const double d = f.discount[t], gross = pay * g.sum, pv = pay * d * g.pv_sum;
                pay *= g.r12;
                if (!(gross > 0)) continue;
                const int year = t / 12;
                segment = p.find(year, gross, segment);
                const size_t at = year * p.segments + segment;
                value += pv * (1 - p.tax_rate[at]) - p.tax_fixed[at] * (d * g.pv_per_gross);
            }
            continue;
        }
        const int year = t / 12, year_start = 12 * year,
                  year_end = std::min(year_start + 12, months);
        double gross = p.pre_sum[std::min(t, year_end)] - p.pre_sum[year_start];
        double pv = p.pre_pv[std::min(t, year_end)] - p.pre_pv[year_start];
        double pv_per_gross = 0; // set for a whole year in one regime
        while (t < year_end) {
            const bool extra = t < p.extra_end;
            const Regime& g = extra ? with_extra : plain;
            const int end = extra ? std::min(year_end, p.extra_end) : year_end;
            if (end - t == 12 && std::fabs(g.r - 1) > 1e-12) { // a whole year in one regime
                gross += pay * g.sum;
                pv += pay * f.discount[t] * g.pv_sum;
                pv_per_gross = f.discount[t] * g.pv_per_gross;
                pay *= g.r12;
                t = end;
            } else {
                for (; t < end; ++t, pay *= g.r) {
                    gross += pay;
                    pv += pay * f.discount[t];
                }
            }
        }
        if (gross > 0) { // pv x (1 - tax / gross), tax = fixed + rate x gross
            segment = p.find(year, gross, segment);
            const size_t at = year * p.segments + segment;
            value += pv * (1 - p.tax_rate[at]) -
                     p.tax_fixed[at] * (pv_per_gross > 0 ? pv_per_gross : pv / gross);
        }
    }
    return value + p.cash_adjust - p.loan_placed - p.without_total;
}

std::vector<std::string> describe(const Scenario& s, const Spread& spread) {
    const Outcome& o = s.outcome;
    // Quartiles of the lognormal with mean `salary`: salary * exp(-sigma^2/2 -+ z sigma).
    const double sigma = spread.salary_sigma;
    const double q25 = *o.salary * portable_exp(-sigma * sigma / 2 - kQuartileZ * sigma);
    const double q75 = *o.salary * portable_exp(-sigma * sigma / 2 + kQuartileZ * sigma);
    std::vector<std::string> drawn = {
        "finishing the program: " + format_percent(*o.completion_probability, 0) +
            " chance; otherwise leaving early, when along CGS's attrition curve (most leave "
            "within the first year)",
        "landing the role: " + format_percent(*o.placement_probability, 0) + " chance",
        "starting salary: lognormal, average " + format_money(*o.salary) + ", middle half " +
            format_money(q25) + " to " + format_money(q75)};
    if (spread.vary_months_to_job && o.months_to_job > 0)
        drawn.push_back("job search: 0 to " + std::to_string(2 * o.months_to_job) +
                        " months, evenly");
    if (spread.growth_sd > 0)
        drawn.push_back("yearly raise in the new role: " + format_percent(*o.salary_growth, 1) +
                        " give or take " + format_percent(spread.growth_sd, 1));
    return drawn;
}

size_t rank(size_t n, double q) {
    return static_cast<size_t>(q * (n - 1));
}

// Puts the values of the given ranks (ascending) in their sorted places, each nth_element on
// the part between ranks already placed: the values are those a full sort would give.
void place_ranks(std::vector<double>& v, const size_t* ranks, size_t count, size_t lo, size_t hi) {
    if (count == 0) return;
    const size_t middle = count / 2, k = ranks[middle];
    // A repeated rank (few draws) lies outside [lo, hi): that value is already in place.
    if (k >= lo && k < hi) std::nth_element(v.begin() + lo, v.begin() + k, v.begin() + hi);
    place_ranks(v, ranks, middle, lo, k);
    place_ranks(v, ranks + middle + 1, count - middle - 1, k + 1, hi);
}

// The NPV of each draw.
std::vector<double> draw_npvs(const Scenario& s, const Spread& spread, int draws,
                              const ScenarioPaths& paths) {
    Precomputed p = precompute(s, paths);
    const Outcome& o = s.outcome;
    const double sigma = spread.salary_sigma;
    const double log_mean_shift = -sigma * sigma / 2; // keeps the mean salary at o.salary
    const int search_choices = spread.vary_months_to_job ? 2 * o.months_to_job + 1 : 1;
    const int leave_choices = static_cast<int>(p.left_npv.size());

    // Stratified draws, a design with the same expectation as independent draws and far less
    // noise: each branch gets its exact share of the draws (leavers 1 - completion, placed
    // finishers completion x placement, the rest not placed), and within a branch each
    // uncertain input is spread over its range in equal strata, shuffled independently
    // (a Latin hypercube): the k-th of n draws of an input lies in (k / n, (k + 1) / n).
    Random random(s.assumptions.seed);
    const auto strata = [&](int n) {
        std::vector<double> u(n);
        for (int k = 0; k < n; ++k) u[k] = k;
        for (int k = n - 1; k > 0; --k) // Fisher-Yates with the portable generator
            std::swap(u[k], u[static_cast<int>(random.next() % static_cast<uint64_t>(k + 1))]);
        for (double& x : u) x = (x + random.uniform()) / n;
        return u;
    };
    const auto pick = [](double u, int choices) {
        return std::min(choices - 1, static_cast<int>(u * choices));
    };
    const int leavers = static_cast<int>(std::lround(draws * (1 - *o.completion_probability)));
    const int placed = static_cast<int>(std::lround((draws - leavers) * *o.placement_probability));
    const int not_placed = draws - leavers - placed;

    std::vector<double> npv;
    npv.reserve(draws);
    for (double u : strata(leavers)) npv.push_back(p.left_npv[pick(u, leave_choices)]);
    const auto search_of = [&](double u) {
        return spread.vary_months_to_job ? pick(u, search_choices) : o.months_to_job;
    };
    for (double u : strata(not_placed)) npv.push_back(not_placed_npv(p, search_of(u)));
    const std::vector<double> u_when = strata(placed);
    std::vector<double> salary = strata(placed), q = strata(placed);
    // Each input over all draws first, then the careers: short loops of independent work
    // (the exponentials of one draw no longer wait on the previous draw's years).
    for (double& x : salary) x = log_mean_shift + sigma * inverse_normal(x);
    portable_exp_each(salary.data(), placed);
    for (double& x : salary) x = *o.salary * x;
    // q = portable_pow(1 + growth, 1 / 12), step by step.
    std::vector<double> base(placed);
    for (int i = 0; i < placed; ++i)
        base[i] = q[i] =
            1 + std::clamp(*o.salary_growth + spread.growth_sd * inverse_normal(q[i]), -0.05, 0.15);
    portable_log_each(q.data(), placed);
    for (double& x : q) x = 1.0 / 12.0 * x;
    portable_exp_each(q.data(), placed);
    for (int i = 0; i < placed; ++i)
        if (base[i] == 1.0) q[i] = 1.0;
    for (int i = 0; i < placed; ++i) {
        const int search = search_of(u_when[i]);
        const auto value = placed_npv(p, salary[i], q[i], search);
        npv.push_back(value ? *value : not_placed_npv(p, search));
    }
    return npv;
}

} // namespace

Uncertainty simulate(const Scenario& s, const Catalog& c, const Spread& spread, int draws) {
    return simulate(s, c, spread, draws, scenario_paths(s, c));
}

double chance_positive(const Scenario& s, const Catalog&, const Spread& spread, int draws,
                       const ScenarioPaths& paths) {
    int positive = 0;
    for (double v : draw_npvs(s, spread, draws, paths)) positive += v > 0;
    return static_cast<double>(positive) / draws;
}

Uncertainty simulate(const Scenario& s, const Catalog&, const Spread& spread, int draws,
                     const ScenarioPaths& paths) {
    std::vector<double> npv = draw_npvs(s, spread, draws, paths);
    double sum = 0;
    int positive = 0;
    for (double v : npv) {
        sum += v;
        positive += v > 0;
    }

    Uncertainty u;
    u.draws = draws;
    u.seed = s.assumptions.seed;
    u.p_positive = static_cast<double>(positive) / draws;
    u.mean = sum / draws;
    double squares = 0; // a second pass: steadier than sums of squares
    for (double v : npv) squares += (v - u.mean) * (v - u.mean);
    u.std_error = draws > 1 ? std::sqrt(squares / (draws - 1) / draws) : 0;
    const size_t n = npv.size(), ranks[] = {rank(n, 0.01), rank(n, 0.10), rank(n, 0.50),
                                            rank(n, 0.90), rank(n, 0.99)};
    place_ranks(npv, ranks, 5, 0, n);
    u.p10 = npv[ranks[1]];
    u.p50 = npv[ranks[2]];
    u.p90 = npv[ranks[3]];
    // The histogram spans the 1st to 99th percentile, so a few extreme careers do not squeeze
    // the rest into one bar; draws beyond either end are counted in the end bins.
    u.histogram.low = npv[ranks[0]];
    u.histogram.high = std::max(npv[ranks[4]], u.histogram.low + 1);
    u.histogram.counts.assign(kBins, 0);
    const double width = (u.histogram.high - u.histogram.low) / kBins;
    // The bin is clamped as a double: a far-out draw's index may not fit in an int.
    for (double v : npv)
        ++u.histogram.counts[static_cast<int>(
            std::clamp(std::floor((v - u.histogram.low) / width), 0.0, kBins - 1.0))];
    u.drawn = describe(s, spread);
    return u;
}

} // namespace mlroi
