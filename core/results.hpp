// results.hpp: what the deterministic analysis says about one scenario (the first part of
// the results JSON; analysis.hpp adds fit, uncertainty, sensitivity and alternatives).
// Every money figure is a plain number of nominal dollars; months count from month 0, the
// first month of the program.
#pragma once

#include <nlohmann/json.hpp>

#include <optional>
#include <string>
#include <vector>

namespace mlroi {

using json = nlohmann::json;

struct Costs {
    double direct = 0;      // tuition and fees net of aid, housing, travel, care, relocation
    double opportunity = 0; // after-tax income given up while studying and job hunting
    double interest = 0;    // loan interest charged plus origination fees
    double total = 0;
};

struct LoanSummary {
    double federal_principal = 0; // fees included
    double private_principal = 0;
    double balance_at_repayment = 0; // principal plus in-school and grace interest
    double monthly_payment = 0;      // the first one, both loans together
    double total_interest = 0;       // charged and not waived, capitalized interest included
    double total_paid = 0;
    double forgiven = 0;             // RAP balance left after 360 payments
    std::optional<int> payoff_month; // month of the last payment; none without a loan
    int repayment_start_month = 0;   // first payment
};

enum class RiskLevel { Low, Moderate, High, VeryHigh };
const char* to_string(RiskLevel level);

// Loan risk in one outcome: the first twelve payments against that year's gross pay, and the
// balance against it. With no pay that year both shares are null and the level very high.
struct LoanRisk {
    std::string outcome;                     // "placed", "not_placed" or "left"
    std::optional<double> payment_to_income; // first year's payments / gross pay that year
    std::optional<double> debt_to_salary;    // balance at repayment / gross pay that year
    double monthly_payment = 0;              // the first one, both loans
    double balance_at_repayment = 0;
    RiskLevel level = RiskLevel::Low;
};

// The pay the inputs imply after the degree against the pay without it, in the same month (the
// first in the new role), beside the published estimates.
struct Premium {
    double implied = 0;          // pay after / pay without - 1
    double published_causal = 0; // Minaya, Scott-Clayton and Zhou (2024)
    double published_raw = 0;    // NACE raw starting gap, CS (2021)
};

struct YearPoint {
    int year = 0;       // end of this year from month 0 (0: the start)
    double with = 0;    // cumulative after-tax cash with the degree
    double without = 0; // cumulative after-tax cash without it
};

// The deterministic analysis: expected values, no simulation (analysis.hpp adds the rest).
struct CashResults {
    double npv = 0;
    std::optional<double> irr;
    std::optional<int> break_even_month;
    std::optional<int> discounted_break_even_month;
    double nominal_discount_rate = 0;
    Costs cost;
    LoanSummary loan;                           // the plan: finishing and landing the role
    LoanRisk loan_risk;                         // the same outcome's risk
    std::vector<LoanRisk> loan_risk_by_outcome; // placed, not placed, left without the degree
    Premium premium;
    std::vector<YearPoint> timeline;
    std::vector<std::string> notes;
};

void to_json(json& j, const Costs& v);
void to_json(json& j, const LoanSummary& v);
void to_json(json& j, const LoanRisk& v);
void to_json(json& j, const Premium& v);
void to_json(json& j, const YearPoint& v);
void to_json(json& j, const CashResults& v);

} // namespace mlroi
