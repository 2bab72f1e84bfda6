#include "report_html.hpp"

#include "format.hpp"

#include <cstdio>
#include <utility>
#include <vector>

namespace mlroi {

// [SECTION] Index: building blocks, words, the report

// [SECTION] Building blocks
std::string escape_html(const std::string& text) {
    std::string out;
    out.reserve(text.size());
    for (char ch : text) {
        switch (ch) {
        case '&':
            out += "&amp;";
            break;
        case '<':
            out += "&lt;";
            break;
        case '>':
            out += "&gt;";
            break;
        case '"':
            out += "&quot;";
            break;
        case '\'':
            out += "&#39;";
            break;
        default:
            out += ch;
        }
    }
    return out;
}

namespace {

using Row = std::vector<std::string>;

// A table with a caption, column headers and rows whose first cell heads its row.
std::string table(const std::string& id, const std::string& caption, const Row& headers,
                  const std::vector<Row>& rows) {
    std::string h =
        "<table id=\"" + id + "-table\"><caption>" + escape_html(caption) + "</caption><thead><tr>";
    for (const std::string& header : headers)
        h += "<th scope=\"col\">" + escape_html(header) + "</th>";
    h += "</tr></thead><tbody>";
    for (const Row& row : rows) {
        h += "<tr>";
        for (size_t i = 0; i < row.size(); ++i)
            h += i == 0 ? "<th scope=\"row\">" + escape_html(row[i]) + "</th>"
                        : "<td>" + escape_html(row[i]) + "</td>";
        h += "</tr>";
    }
    return h + "</tbody></table>\n";
}

std::string section(const std::string& id, const std::string& title, const std::string& body) {
    return "<section id=\"" + id + "-section\" aria-labelledby=\"" + id + "-heading\"><h3 id=\"" +
           id + "-heading\">" + escape_html(title) + "</h3>\n" + body + "</section>\n";
}

std::string paragraph(const std::string& text) {
    return "<p>" + escape_html(text) + "</p>\n";
}

// [SECTION] Words
std::string signed_money(double x) {
    return (x > 0 ? "+" : "") + format_money(x);
}

std::string year_of(std::optional<int> month) {
    return month ? "year " + std::to_string(*month / 12 + 1) : "never";
}

std::string share(std::optional<double> x, int decimals = 0) {
    return x ? format_percent(*x, decimals) : "n/a";
}

// A tornado input's value in its own unit, by the kind its path names.
std::string input_value(const std::string& key, double v) {
    if (key == "program.years") {
        char buffer[32];
        std::snprintf(buffer, sizeof buffer, "%.1f years", v);
        return buffer;
    }
    const bool is_share = key.find("rate") != std::string::npos ||
                          key.find("probability") != std::string::npos ||
                          key.find("growth") != std::string::npos;
    return is_share ? format_percent(v, 1) : format_money(v);
}

std::string risk_words(RiskLevel level) {
    std::string words = to_string(level);
    for (char& ch : words)
        if (ch == '_') ch = ' ';
    return words;
}

std::string outcome_words(const std::string& outcome) {
    if (outcome == "placed") return "You finish and land the role";
    if (outcome == "not_placed") return "You finish and are not placed";
    return "You leave without the degree";
}

std::string threshold_words(const Threshold& t, const std::string& what) {
    if (t.status == "never") return "never worth it, whatever the " + what;
    if (t.status == "always") return "worth it, whatever the " + what;
    return t.value ? format_money(*t.value) : "n/a";
}

} // namespace

// [SECTION] The report
std::vector<std::pair<std::string, std::string>> key_figures(const Scenario& s, const Results& r) {
    const Uncertainty& u = r.uncertainty;
    return {{"Expected NPV (what the degree adds, in today's dollars)", signed_money(r.npv)},
            {"Median of the simulated careers", signed_money(u.p50)},
            {"Chance it pays off", format_percent(u.p_positive, 0)},
            {"Breaks even", year_of(r.break_even_month)},
            {"Return on the money you put in, after loan costs",
             r.irr ? format_percent(*r.irr, 1) + " a year" : "none"},
            {"Pay without the degree (today)", format_money(*s.you.current_salary)},
            {"Pay after the degree (today's dollars)", format_money(*s.outcome.salary)},
            {"Premium your inputs imply",
             format_percent(r.premium.implied, 0) +
                 " (published: " + format_percent(r.premium.published_causal, 0) + " to " +
                 format_percent(r.premium.published_raw, 0) + ")"},
            {"Total cost if you finish", format_money(r.cost.total)},
            {"Monthly loan payment", format_money(r.loan.monthly_payment)},
            {"Loan risk", risk_words(r.loan_risk.level)},
            {"Program fit", std::to_string(static_cast<int>(r.fit.score + 0.5)) + " of 100"}};
}

std::string results_html(const Scenario& reader, const Results& r, const Catalog& c,
                         const std::string& id_prefix) {
    const Scenario s = resolve(reader, c);
    const auto id = [&](const char* name) { return escape_html(id_prefix) + "-" + name; };
    const Uncertainty& u = r.uncertainty;
    std::string h = "<div class=\"mlroi-text\">\n<p class=\"mlroi-headline\">" +
                    escape_html(r.verdict.headline) + "</p>\n";

    // Key figures, as a description list.
    const auto figures = key_figures(s, r);
    h += "<dl class=\"mlroi-figures\">";
    for (const auto& [term, value] : figures)
        h += "<dt>" + escape_html(term) + "</dt><dd>" + escape_html(value) + "</dd>";
    h += "</dl>\n";

    std::vector<Row> rows;
    for (const YearPoint& p : r.timeline)
        rows.push_back({std::to_string(p.year), format_money(p.with), format_money(p.without),
                        signed_money(p.with - p.without)});
    h += section(id("cash"), "Cash with and without the degree",
                 table(id("cash"), "Cumulative after-tax cash left after living costs, by year",
                       {"Year", "With the degree", "Without", "Difference"}, rows));

    rows = {{"10th percentile", signed_money(u.p10)},
            {"Median", signed_money(u.p50)},
            {"90th percentile", signed_money(u.p90)},
            {"Mean", signed_money(u.mean)}};
    std::string odds =
        paragraph(std::to_string(static_cast<int>(u.p_positive * 100 + 0.5)) +
                  " in 100 simulated careers come out ahead (" + std::to_string(u.draws) +
                  " careers drawn).") +
        table(id("odds"), "NPV of the simulated careers", {"Statistic", "NPV"}, rows);
    rows.clear();
    const double width = (u.histogram.high - u.histogram.low) / u.histogram.counts.size();
    for (size_t i = 0; i < u.histogram.counts.size(); ++i)
        rows.push_back({format_money(u.histogram.low + i * width) + " to " +
                            format_money(u.histogram.low + (i + 1) * width),
                        std::to_string(u.histogram.counts[i])});
    odds += table(id("histogram"), "How many simulated careers end in each NPV range",
                  {"NPV range", "Careers"}, rows);
    odds += "<ul>";
    for (const std::string& d : u.drawn) odds += "<li>" + escape_html(d) + "</li>";
    h += section(id("odds"), "The odds it pays off", odds + "</ul>\n");

    rows = {{"Tuition, fees and study costs", format_money(r.cost.direct)},
            {"Pay given up while studying and searching", format_money(r.cost.opportunity)},
            {"Loan interest and fees", format_money(r.cost.interest)},
            {"Total", format_money(r.cost.total)}};
    h += section(id("costs"), "What it costs",
                 table(id("costs"), "Costs for a reader who finishes (nominal dollars)",
                       {"Cost", "Amount"}, rows));

    rows = {{"Federal loan (fee included)", format_money(r.loan.federal_principal)},
            {"Private loan", format_money(r.loan.private_principal)},
            {"Owed when repayment starts", format_money(r.loan.balance_at_repayment)},
            {"First monthly payment", format_money(r.loan.monthly_payment)},
            {"Interest in all", format_money(r.loan.total_interest)},
            {"Paid in all", format_money(r.loan.total_paid)},
            {"Forgiven", format_money(r.loan.forgiven)}};
    std::string loan =
        table(id("loan"), "The loan if you finish and land the role", {"Item", "Amount"}, rows);
    rows.clear();
    for (const LoanRisk& risk : r.loan_risk_by_outcome)
        rows.push_back({outcome_words(risk.outcome), format_money(risk.monthly_payment),
                        share(risk.payment_to_income, 1), share(risk.debt_to_salary, 0),
                        risk_words(risk.level)});
    loan += table(id("loan-risk"), "Loan risk in each outcome (first year of repayment)",
                  {"Outcome", "Monthly payment", "Share of pay", "Debt to pay", "Risk"}, rows);
    h += section(id("loan"), "The loan", loan);

    rows.clear();
    for (const TornadoBar& bar : r.sensitivity.tornado)
        rows.push_back({bar.label, input_value(bar.key, bar.low), signed_money(bar.npv_low),
                        input_value(bar.key, bar.high), signed_money(bar.npv_high)});
    std::string moves = table(id("tornado"), "NPV with each input at a low and a high value",
                              {"Input", "Low", "NPV at low", "High", "NPV at high"}, rows);
    rows = {{"Highest yearly tuition still worth it",
             threshold_words(r.sensitivity.max_tuition_per_year, "tuition")},
            {"Lowest pay after the degree still worth it",
             threshold_words(r.sensitivity.min_salary, "pay")}};
    moves += table(id("thresholds"), "Where the answer flips", {"Threshold", "Value"}, rows);
    h += section(id("moves"), "What moves the answer", moves);

    rows.clear();
    for (const FitFactor& f : r.fit.factors)
        rows.push_back({f.label, std::to_string(static_cast<int>(f.weight)),
                        std::to_string(static_cast<int>(f.score + 0.5)), f.sentence});
    std::string fit =
        table(id("fit"),
              "Program fit: " + std::to_string(static_cast<int>(r.fit.score + 0.5)) + " of 100",
              {"Factor", "Weight", "Score", "Why"}, rows);
    rows.clear();
    for (const FitQuestion& q : r.fit.questions) rows.push_back({q.question, q.verdict, q.detail});
    fit += table(id("questions"), "The article's five questions", {"Question", "Answer", "Detail"},
                 rows);
    h += section(id("fit"), "Program fit", fit);

    rows.clear();
    for (const Alternative& a : r.alternatives)
        rows.push_back(
            {a.label, signed_money(a.npv), a.p_positive ? share(a.p_positive) : "n/a",
             format_money(a.cost), std::to_string(a.months), year_of(a.break_even_month),
             a.fit_score ? std::to_string(static_cast<int>(*a.fit_score + 0.5)) : "n/a"});
    h += section(id("alternatives"), "Other paths",
                 table(id("alternatives"), "The same reader on other paths",
                       {"Path", "NPV", "Chance", "Cost", "Months", "Breaks even", "Fit"}, rows));

    rows.clear();
    for (const UsedInput& i : r.inputs_used)
        rows.push_back({i.path, input_value(i.path, i.value), i.why});
    std::string used =
        table(id("inputs"), "The figures the analysis used", {"Field", "Value", "From"}, rows);
    used += "<ul>";
    for (const std::string& note : r.notes) used += "<li>" + escape_html(note) + "</li>";
    h += section(id("inputs"), "What the answer rests on", used + "</ul>\n");
    return h + "</div>\n";
}

} // namespace mlroi
