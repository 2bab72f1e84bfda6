// loan_words.hpp: the federal repayment plans in the reader's words, worked out from the core's
// own rules (core/loans.hpp) rather than restated, so the words follow the law the model uses.
#pragma once

#include <string>

namespace mlroi_web {

// "fixed payments over 10 years under $25,000 owed, 15 under $50,000, 20 under $100,000 and
// 25 beyond": mlroi::standard_term_years probed over balances.
std::string standard_plan_words();

// "1% to 10% of your income, $50 a month less per dependent, never under $10 a month; ...":
// mlroi::rap_monthly_payment probed, and RAP's match and forgiveness constants.
std::string rap_words();

} // namespace mlroi_web
