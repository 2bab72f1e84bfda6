#include "loan_words.hpp"

#include "format.hpp"
#include "loans.hpp"

#include <algorithm>
#include <cmath>

namespace mlroi_web {

std::string standard_plan_words() {
    // Each change of term as the balance rises in $500 steps up to $1,000,000.
    std::string text = "fixed payments over ";
    int term = mlroi::standard_term_years(0);
    bool first = true;
    for (double b = 500; b <= 1'000'000; b += 500) {
        const int next = mlroi::standard_term_years(b);
        if (next == term) continue;
        text += (first ? "" : ", ") + std::to_string(term) + (first ? " years" : "") + " under " +
                mlroi::format_money(b) + (first ? " owed" : "");
        first = false;
        term = next;
    }
    return text + " and " + std::to_string(term) + " beyond, by the balance when repayment starts";
}

std::string rap_words() {
    // The share of income at incomes from $10,000 to $1,000,000, no dependents.
    double low = 1, high = 0;
    for (double agi = 10'000; agi <= 1'000'000; agi += 5'000) {
        const double share = mlroi::rap_monthly_payment(agi, 0) * 12 / agi;
        low = std::min(low, share), high = std::max(high, share);
    }
    const double big = 200'000; // an income where the dependents' reduction shows in full
    const double per_dependent =
        mlroi::rap_monthly_payment(big, 0) - mlroi::rap_monthly_payment(big, 1);
    const double floor = mlroi::rap_monthly_payment(0, 10);
    return mlroi::format_percent(low, 0) + " to " + mlroi::format_percent(high, 0) +
           " of your income, " + mlroi::format_money(per_dependent) +
           " a month less per dependent, never under " + mlroi::format_money(floor) +
           " a month; interest the payment does not cover is waived, the principal falls by at "
           "least " +
           mlroi::format_money(mlroi::kRapPrincipalMatch) +
           " a month (the government matches the rest), and what is left after " +
           std::to_string(mlroi::kRapMaxPayments) + " payments (" +
           std::to_string(mlroi::kRapMaxPayments / 12) + " years) is forgiven";
}

} // namespace mlroi_web
