#include "results.hpp"

#include "json_fields.hpp"

namespace mlroi {

const char* to_string(RiskLevel level) {
    switch (level) {
    case RiskLevel::Low:
        return "low";
    case RiskLevel::Moderate:
        return "moderate";
    case RiskLevel::High:
        return "high";
    case RiskLevel::VeryHigh:
        return "very_high";
    }
    return "";
}

void to_json(json& j, const Costs& v) {
    j = json{{"direct", v.direct},
             {"opportunity", v.opportunity},
             {"interest", v.interest},
             {"total", v.total}};
}

void to_json(json& j, const LoanSummary& v) {
    j = json{{"federal_principal", v.federal_principal},
             {"private_principal", v.private_principal},
             {"balance_at_repayment", v.balance_at_repayment},
             {"monthly_payment", v.monthly_payment},
             {"total_interest", v.total_interest},
             {"total_paid", v.total_paid},
             {"forgiven", v.forgiven},
             {"payoff_month", or_null(v.payoff_month)},
             {"repayment_start_month", v.repayment_start_month}};
}

void to_json(json& j, const LoanRisk& v) {
    j = json{{"outcome", v.outcome},
             {"payment_to_income", or_null(v.payment_to_income)},
             {"debt_to_salary", or_null(v.debt_to_salary)},
             {"monthly_payment", v.monthly_payment},
             {"balance_at_repayment", v.balance_at_repayment},
             {"level", to_string(v.level)}};
}

void to_json(json& j, const Premium& v) {
    j = json{{"implied", v.implied},
             {"published_causal", v.published_causal},
             {"published_raw", v.published_raw}};
}

void to_json(json& j, const YearPoint& v) {
    j = json{{"year", v.year}, {"with", v.with}, {"without", v.without}};
}

void to_json(json& j, const CashResults& v) {
    j = json{{"npv", v.npv},
             {"irr", or_null(v.irr)},
             {"break_even_month", or_null(v.break_even_month)},
             {"discounted_break_even_month", or_null(v.discounted_break_even_month)},
             {"nominal_discount_rate", v.nominal_discount_rate},
             {"cost", v.cost},
             {"loan", v.loan},
             {"loan_risk", v.loan_risk},
             {"loan_risk_by_outcome", v.loan_risk_by_outcome},
             {"premium", v.premium},
             {"timeline", v.timeline},
             {"notes", v.notes}};
}

} // namespace mlroi
