// cashflow.hpp: the monthly cash of the two paths (README "How we calculate").
// Month 0 is the first month of the analysis; a reader missing prerequisites bridges them
// first (part time, keeping the job) and starts the program at `Frame::start`. Cash is nominal
// after-tax dollars left after living costs: those are paid on both paths and cancel in the
// difference, but a student borrows for them, and that loan's interest is a cost of the degree.
// Every function here takes a resolved scenario (resolve.hpp).
#pragma once

#include "catalog.hpp"
#include "loans.hpp"
#include "scenario.hpp"

#include <memory>
#include <optional>
#include <vector>

namespace mlroi {

// Quantities every career shares, worked out once per scenario.
struct Frame {
    int months = 0;       // horizon, in months
    int start = 0;        // first month of the program (after bridging prerequisites)
    int study_months = 0; // at the chosen pace
    int graduation = 0;   // start + study_months
    double bridging_cost = 0;
    double placement = 0, completion = 0;
    double nominal_discount_rate = 0;
    std::vector<double> discount;        // (1 + nominal)^(-t/12) for each month of the horizon
    double without_growth = 1;           // monthly factor of the current salary
    double target_growth = 1;            // monthly factor of the target role's salary
    double extra_growth = 1;             // monthly factor of the extra raise after graduating
    int extra_months = 0;                // how long the extra raise lasts
    std::vector<double> without_monthly; // gross income without the degree, each month
    std::vector<double> target_monthly;  // gross income in the target role, each month
    std::vector<double> without_net;     // after-tax income without the degree, each month
    std::vector<double> living;          // living costs each month, growing with inflation
    // Taxes: a flat rate, or the catalog's rules indexed by (1 + inflation)^year.
    std::optional<double> flat_tax;
    double state_tax = 0;
    const TaxRules* taxes = nullptr;
    std::vector<double> tax_index; // per year of the horizon
    std::vector<int> leave_months; // equally likely months of study before a leaver leaves
};

Frame make_frame(const Scenario& s, const Catalog& c);

// Gross monthly income without the degree, and in the target role, in month t (t may lie past
// the horizon: RAP payments run on).
double without_gross(const Scenario& s, const Frame& f, int t);
double target_gross(const Scenario& s, const Frame& f, int t);

// The tax on `gross` earned in year `year` of the horizon.
inline double tax_in_year(const Frame& f, int year, double gross) {
    if (f.flat_tax) return gross * *f.flat_tax;
    return yearly_tax(gross, *f.taxes, f.tax_index[year], f.state_tax);
}
// After-tax income from gross income month by month: each year's tax shared over its months
// in proportion to their income.
std::vector<double> after_tax(const Frame& f, const std::vector<double>& gross);

// One possible career with the degree.
enum class Branch { Placed, NotPlaced, Left };
struct Career {
    Branch branch = Branch::Placed;
    int search_months = 0; // after graduating, completers
    int left_after = 0;    // months of study before leaving, leavers
};

struct LoanOutcome {
    Borrowing borrowing;
    int repayment_month = 0;
    Repayment federal;
    Repayment private_loan;
    double accrued = 0; // in-school and grace interest, both loans
};

struct PathCash {
    std::vector<double> cash;         // after-tax cash each month of the horizon
    std::vector<double> gross_income; // each month of the horizon
    LoanOutcome loan;
    double direct_cost = 0;       // nominal sum of costs attributable to the program
    double opportunity_cost = 0;  // after-tax income given up while studying and searching
    int job_month = 0;            // first month in the new role (completers)
    double first_year_income = 0; // gross income in the first twelve months of repayment
};

PathCash with_path(const Scenario& s, const Frame& f, const Career& career);
std::vector<double> without_path(const Scenario& s, const Frame& f);

// The paths of one scenario that its expected analysis and its simulation both need, worked
// out once and shared: the frame, the without-path, the finisher placed and not placed after
// the usual search, and each leaver. Paths are shared by pointer, so a variation of the
// scenario that cannot move some of them (see `Unmoved`) reuses them from its base.
struct ScenarioPaths {
    Frame frame;
    std::vector<double> without;
    std::shared_ptr<const PathCash> placed;     // Branch::Placed, even where the offer is declined
    std::shared_ptr<const PathCash> not_placed; // Branch::NotPlaced
    // One per leaving month; when everyone finishes, only the typical (median) leaver's.
    std::vector<std::shared_ptr<const PathCash>> left;
};

// What a variation of a base scenario leaves alone. Nothing: a fresh start. NotPlacedOrLeft:
// only the degree's outcome moved (its pay, raises or chances), which no career but the placed
// one reads. Cash: only the discount rate moved, which no path's cash reads.
enum class Unmoved { Nothing, NotPlacedOrLeft, Cash };

// `s` resolved; `base` (the scenario before the variation) when `unmoved` is not Nothing.
ScenarioPaths scenario_paths(const Scenario& s, const Catalog& c,
                             const ScenarioPaths* base = nullptr,
                             Unmoved unmoved = Unmoved::Nothing);

} // namespace mlroi
