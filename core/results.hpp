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

struct LoanRisk {
    double payment_to_income = 0; // first year's payments / expected gross earnings
    double debt_to_salary = 0;    // balance at repayment / expected first-year salary
    RiskLevel level = RiskLevel::Low;
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
    LoanSummary loan;
    LoanRisk loan_risk;
    std::vector<YearPoint> timeline;
    std::vector<std::string> notes;
};

void to_json(json& j, const Costs& v);
void to_json(json& j, const LoanSummary& v);
void to_json(json& j, const LoanRisk& v);
void to_json(json& j, const YearPoint& v);
void to_json(json& j, const CashResults& v);

} // namespace mlroi
