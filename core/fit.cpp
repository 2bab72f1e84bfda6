#include "fit.hpp"

#include "format.hpp"

#include <algorithm>
#include <cctype>
#include <cstdio>

namespace mlroi {

void to_json(json& j, const FitFactor& v) {
    j = json{{"key", v.key},
             {"label", v.label},
             {"weight", v.weight},
             {"score", v.score},
             {"sentence", v.sentence}};
}

void to_json(json& j, const FitQuestion& v) {
    j = json{
        {"key", v.key}, {"question", v.question}, {"verdict", v.verdict}, {"detail", v.detail}};
}

void to_json(json& j, const Fit& v) {
    j = json{{"score", v.score},
             {"factors", v.factors},
             {"missing", v.missing},
             {"bridging_months", v.bridging_months},
             {"bridging_cost", v.bridging_cost},
             {"questions", v.questions}};
}

namespace {

// [SECTION] Words
std::string number(double x) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%g", x);
    return buffer;
}

std::string years(double y) {
    return number(y) + (y == 1 ? " year" : " years");
}

std::string list_words(const std::vector<std::string>& items) {
    std::string out;
    for (size_t i = 0; i < items.size(); ++i)
        out += (i == 0 ? "" : i + 1 == items.size() ? " and " : ", ") + items[i];
    return out;
}

const char* modality_words(Modality m) {
    switch (m) {
    case Modality::Online:
        return "online";
    case Modality::Hybrid:
        return "hybrid";
    case Modality::InPerson:
        return "in-person";
    }
    return "";
}

// "very_high" -> "very high"
std::string risk_words(RiskLevel level) {
    std::string words = to_string(level);
    std::replace(words.begin(), words.end(), '_', ' ');
    return words;
}

// [SECTION] Factors
FitFactor prerequisites(const Scenario& s, const Catalog& c, Fit& fit) {
    std::vector<std::string> held;
    for (const Prerequisite& p : c.prerequisites) {
        const bool has = std::find(s.you.has.begin(), s.you.has.end(), p.key) != s.you.has.end();
        if (has) {
            held.push_back(p.label);
            continue;
        }
        fit.missing.push_back(p.label);
        fit.bridging_months += p.bridging_months;
        fit.bridging_cost += p.bridging_cost;
    }
    const double total = static_cast<double>(c.prerequisites.size());
    FitFactor f{"prerequisites", "Prerequisites", kWeightPrerequisites,
                total > 0 ? 100 * held.size() / total : 100, ""};
    if (fit.missing.empty())
        f.sentence = "You have all " + std::to_string(c.prerequisites.size()) +
                     " prerequisites: " + list_words(held) + ".";
    else
        f.sentence = "You have " + std::to_string(held.size()) + " of " +
                     std::to_string(c.prerequisites.size()) + " prerequisites; catching up on " +
                     list_words(fit.missing) + " takes about " + number(fit.bridging_months) +
                     " months and " + format_money(fit.bridging_cost) +
                     " before you start (counted in the answer).";
    if (s.you.background == "other")
        f.sentence += " Coming from outside STEM, expect the first term to be the steepest.";
    return f;
}

FitFactor format_factor(const Scenario& s) {
    const Program& p = s.program;
    const bool in_person = p.modality == Modality::InPerson;
    const bool hybrid = p.modality == Modality::Hybrid;
    double score = 100;
    std::vector<std::string> conflicts;
    if (s.you.must_keep_job && p.work_share < 0.5) {
        score -= 60;
        conflicts.push_back("it leaves you " + format_percent(p.work_share, 0) +
                            " of your pay and you must keep your job");
    }
    if (!s.you.can_relocate && (in_person || hybrid)) {
        score -= in_person ? 50 : 15;
        conflicts.push_back(in_person ? "it is in person and you cannot relocate"
                                      : "hybrid means trips to campus and you cannot relocate");
    }
    if (s.you.caregiving && in_person && p.pace == Pace::FullTime) {
        score -= 30;
        conflicts.push_back("full-time campus study is hard to combine with caregiving");
    } else if (s.you.caregiving && hybrid) {
        score -= 10;
        conflicts.push_back("campus days need care cover");
    }
    FitFactor f{"format", "Modality and pace", kWeightFormat, std::max(0.0, score), ""};
    const std::string what = std::string(modality_words(p.modality)) +
                             (p.pace == Pace::FullTime ? " full-time" : " part-time") + " study";
    if (conflicts.empty())
        f.sentence = "As " + what + " over " + years(p.years) + ", it fits what you told us" +
                     (p.work_share > 0 ? ", and you keep " + format_percent(p.work_share, 0) +
                                             " of your pay meanwhile."
                                       : ", though you give up your pay meanwhile.");
    else
        f.sentence =
            "As " + what + ", it clashes with your situation: " + list_words(conflicts) + ".";
    return f;
}

FitFactor affordability(const CashResults& cash) {
    static const double kScore[] = {100, 65, 30, 5}; // by risk level, low to very high
    const LoanRisk& r = cash.loan_risk;
    FitFactor f{"affordability", "Affordability and loan risk", kWeightAffordability,
                kScore[static_cast<int>(r.level)], ""};
    if (cash.loan.federal_principal + cash.loan.private_principal <= 0)
        f.sentence = "You pay for it without borrowing: no loan risk.";
    else
        f.sentence = !r.payment_to_income
                         ? "Payments of " + format_money(cash.loan.monthly_payment) +
                               " a month start in a year with no pay: very high risk."
                         : "Payments of " + format_money(cash.loan.monthly_payment) +
                               " a month take " + format_percent(*r.payment_to_income, 1) +
                               " of your pay in the first year of repayment, and the debt is " +
                               format_percent(*r.debt_to_salary, 0) +
                               " of that year's pay: " + risk_words(r.level) + " risk.";
    return f;
}

FitFactor outcomes_evidence(const Scenario& s) {
    const auto& published = s.program.placement_rate_published;
    const double assumed = *s.outcome.placement_probability;
    FitFactor f{"outcomes", "Outcomes evidence", kWeightOutcomes,
                published ? 40 + 60 * *published : 25, ""};
    if (!published)
        f.sentence = "The program publishes no placement rate: ask for recent graduates' roles, "
                     "salaries and time to a job before trusting your " +
                     format_percent(assumed, 0) + " assumption.";
    else if (*published + 1e-9 < assumed)
        f.sentence = "The program reports " + format_percent(*published, 0) +
                     " of graduates placed, below the " + format_percent(assumed, 0) +
                     " you assumed: consider lowering your assumption.";
    else
        f.sentence = "The program reports " + format_percent(*published, 0) +
                     " of graduates placed, in line with the " + format_percent(assumed, 0) +
                     " you assumed.";
    return f;
}

FitFactor connections(const Scenario& s) {
    static const char* kWords[] = {"no ties to employers",     "few ties to employers",
                                   "few ties to employers",    "average ties to employers",
                                   "strong ties to employers", "very strong ties to employers"};
    const int level = s.program.industry_connections;
    FitFactor f{"connections", "Industry connections", kWeightConnections, 20.0 * level, ""};
    f.sentence = "You rated the program's industry connections " + std::to_string(level) +
                 " of 5: " + kWords[level] +
                 (level >= 4 ? ", which helps the job search."
                             : ", so the job search is more yours to run.");
    return f;
}

FitFactor degree_expected(const Scenario& s, const Catalog& c) {
    const RolePreset* role = c.role(s.outcome.role);
    const std::string expected = role ? role->degree_expected : "bachelor";
    const std::string name = role ? role->label : s.outcome.role;
    FitFactor f{"degree_expected", "Does the role expect a master's?", kWeightDegreeExpected, 0,
                ""};
    if (expected == "master") {
        f.score = 100;
        f.sentence =
            name + " employers often ask for a master's: here the degree is a real credential.";
    } else if (expected == "phd") {
        f.score = 30;
        f.sentence =
            name +
            " roles mostly ask for a PhD: a master's is a step towards one, not the entry ticket.";
    } else {
        f.score = 60;
        f.sentence = name + " roles typically need a bachelor's: a master's helps you stand out "
                            "but is not required.";
    }
    return f;
}

// [SECTION] The article's five questions
std::vector<FitQuestion> questions(const Scenario& s, const CashResults& cash, const Fit& fit,
                                   const Catalog& c) {
    const Program& p = s.program;
    const RolePreset* role = c.role(s.outcome.role);
    const std::string role_name = role ? role->label : s.outcome.role;
    std::vector<FitQuestion> q;

    q.push_back({"peer_outcomes", "What happens to graduates like me?",
                 p.placement_rate_published
                     ? "Published: " + format_percent(*p.placement_rate_published, 0) + " placed"
                     : "Not published",
                 "The analysis counts on a " + format_percent(*s.outcome.placement_probability, 0) +
                     " chance of landing the target role (" + role_name + ") at about " +
                     format_money(*s.outcome.salary) + " a year, against " +
                     format_money(*s.you.current_salary) + " without the degree."});

    const FitFactor& weakest =
        *std::min_element(fit.factors.begin(), fit.factors.end(),
                          [](const FitFactor& a, const FitFactor& b) { return a.score < b.score; });
    const std::string score = std::to_string(static_cast<int>(fit.score + 0.5)) + "/100";
    q.push_back({"program_fit", "Does the program fit me?",
                 (fit.score >= 75   ? "Strong fit ("
                  : fit.score >= 50 ? "Fair fit ("
                                    : "Weak fit (") +
                     score + ")",
                 "Weakest point, " + weakest.label + ": " + weakest.sentence});

    std::string flexible = p.modality == Modality::Online   ? "Yes: online"
                           : p.modality == Modality::Hybrid ? "Partly: hybrid"
                                                            : "No: in person";
    std::string flexible_detail =
        p.modality == Modality::InPerson
            ? "An online or hybrid version would spare relocation and housing; compare them under "
              "alternatives."
            : "No move needed: extra housing is " + format_money(p.extra_housing_per_month) +
                  " a month and relocation " + format_money(p.relocation_cost) + ".";
    q.push_back({"flexible_options", "Can I study online or hybrid?", flexible, flexible_detail});

    q.push_back({"part_time", "Can I study part time?",
                 p.pace == Pace::PartTime ? "Yes: part time over " + years(p.years)
                                          : "No: full time for " + years(p.years),
                 "You give up " + format_money(cash.cost.opportunity) +
                     " of after-tax pay while studying and job hunting, keeping " +
                     format_percent(p.work_share, 0) + " of your pay."});

    const bool borrows = cash.loan.federal_principal + cash.loan.private_principal > 0;
    const std::string level = risk_words(cash.loan_risk.level);
    q.push_back({"loan_risk", "How risky is the loan?",
                 borrows ? std::string(1, static_cast<char>(std::toupper(level[0]))) +
                               level.substr(1) + " risk"
                         : "No loan",
                 borrows ? "About " + format_money(cash.loan.monthly_payment) + " a month, " +
                               (cash.loan_risk.payment_to_income
                                    ? format_percent(*cash.loan_risk.payment_to_income, 1)
                                    : std::string("all")) +
                               " of pay in the first year of repayment if you land the role; " +
                               format_money(cash.loan.total_interest) + " of interest in all."
                         : "Savings and aid cover the costs."});
    return q;
}

} // namespace

Fit program_fit(const Scenario& s, const CashResults& cash, const Catalog& c) {
    Fit fit;
    fit.factors = {prerequisites(s, c, fit), format_factor(s), affordability(cash),
                   outcomes_evidence(s),     connections(s),   degree_expected(s, c)};
    for (const FitFactor& f : fit.factors) fit.score += f.weight * f.score / 100;
    fit.questions = questions(s, cash, fit, c);
    return fit;
}

} // namespace mlroi
