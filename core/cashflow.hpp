// cashflow.hpp: the monthly cash of the two paths (DESIGN.md "Two paths").
// Month 0 is the first month of the program; every figure is nominal after-tax dollars.
// The with-path has branches: the completer (expected outcome, or placed / not placed, for
// the simulation) and the non-completer, who leaves halfway through the study.
#pragma once

#include "loans.hpp"
#include "scenario.hpp"

#include <optional>
#include <vector>

namespace mlroi {

// Quantities every branch shares, worked out once per scenario.
struct Frame {
    int months = 0;       // horizon, in months
    int study_months = 0; // at the chosen pace
    int drop_month = 0;   // a non-completer leaves here (halfway)
    double nominal_discount_rate = 0;
    std::vector<double> discount;        // (1 + nominal)^(-t/12) for each month of the horizon
    double without_growth = 1;           // monthly factor of the current salary
    double target_growth = 1;            // monthly factor of the target role's salary
    std::vector<double> without_monthly; // gross income without the degree, each month
    std::vector<double> target_monthly;  // gross income in the target role, each month
};

Frame make_frame(const Scenario& s);

// Gross monthly income without the degree, and in the target role, in month t.
double without_gross(const Scenario& s, const Frame& f, int t);
double target_gross(const Scenario& s, const Frame& f, int t);

enum class Branch { Expected, Placed, NotPlaced, Dropout };

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
    double direct_cost = 0;      // nominal sum of costs attributable to the program
    double opportunity_cost = 0; // after-tax income given up while studying and searching
    int job_month = 0;           // first month in the new role (completers)
};

PathCash with_path(const Scenario& s, const Frame& f, Branch branch);
std::vector<double> without_path(const Scenario& s, const Frame& f);

} // namespace mlroi
