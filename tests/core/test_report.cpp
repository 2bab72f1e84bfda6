// The HTML text version of the results (core/report_html.*): escaped, complete, consistent with
// the results it describes.
#include "format.hpp"
#include "report_html.hpp"
#include "report_text.hpp"

#include <doctest/doctest.h>

#include <string>

using namespace mlroi;

namespace {
size_t count(const std::string& text, const std::string& what) {
    size_t n = 0;
    for (size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
    return n;
}
} // namespace

TEST_CASE("escape_html escapes the five characters that can break out of text or attributes") {
    CHECK(escape_html("<a href='x'>&\"") == "&lt;a href=&#39;x&#39;&gt;&amp;&quot;");
    CHECK(escape_html("plain $1,000") == "plain $1,000");
}

TEST_CASE("the text version carries the verdict and one captioned table per panel's data") {
    const Catalog& c = builtin_catalog();
    Scenario s = c.defaults;
    s.assumptions.simulations = 500;
    const Results r = analyze(s, c);
    const std::string html = results_html(s, r, c, "w1");
    // The headline is the core's verdict, word for word (escaped).
    CHECK(html.find("<p class=\"mlroi-headline\">" + escape_html(r.verdict.headline) + "</p>") !=
          std::string::npos);
    // Every table has its caption and column headers; the tables: cash, odds, histogram, costs,
    // loan, loan risk, tornado, thresholds, fit, questions, alternatives, inputs used (12).
    CHECK(count(html, "<table ") == 12);
    CHECK(count(html, "<caption>") == 12);
    // The cash table has one row per year from 0 to the horizon: 31 rows, each headed.
    const size_t cash = html.find("id=\"w1-cash-table\"");
    REQUIRE(cash != std::string::npos);
    const std::string cash_table = html.substr(cash, html.find("</table>", cash) - cash);
    CHECK(count(cash_table, "<th scope=\"row\">") == static_cast<size_t>(s.you.horizon_years + 1));
    // One row per alternative, per tornado bar, per fit factor and per question.
    CHECK(count(html, "<th scope=\"row\">") ==
          static_cast<size_t>(s.you.horizon_years + 1) + 4 + r.uncertainty.histogram.counts.size() +
              4 + 7 + r.loan_risk_by_outcome.size() + r.sensitivity.tornado.size() + 2 +
              r.fit.factors.size() + r.fit.questions.size() + r.alternatives.size() +
              r.inputs_used.size());
    // Ids carry the prefix, so two widgets on a page never share one; nothing executable.
    CHECK(html.find("id=\"mlroi-") == std::string::npos);
    CHECK(html.find("<script") == std::string::npos);
}

TEST_CASE("the copied summary holds the headline, the key figures and the main inputs") {
    const Catalog& c = builtin_catalog();
    Scenario s = c.defaults;
    s.assumptions.simulations = 500;
    s.program.tuition_per_year = 41000;
    const Results r = analyze(s, c);
    const std::string text = summary_text(s, r, c);
    // Plain text: no markup, each line ending in a newline.
    CHECK(text.find('<') == std::string::npos);
    REQUIRE(!text.empty());
    CHECK(text.back() == '\n');
    // The headline as the results JSON has it, on the second line.
    const size_t first = text.find('\n');
    CHECK(text.substr(first + 1, text.find('\n', first + 1) - first - 1) == r.verdict.headline);
    // Each key figure, as the text version gives it.
    for (const auto& [name, value] : key_figures(resolve(s, c), r))
        CHECK_MESSAGE(text.find("- " + name + ": " + value + "\n") != std::string::npos, name);
    CHECK(text.find("- Chance it pays off: " + format_percent(r.uncertainty.p_positive, 0) +
                    "\n") != std::string::npos);
    CHECK(text.find("- Expected NPV") != std::string::npos);
    CHECK(text.find("- Monthly loan payment: " + format_money(r.loan.monthly_payment)) !=
          std::string::npos);
    // The main inputs in words.
    CHECK(text.find("tuition $41,000") != std::string::npos);
    CHECK(text.find("Counted over 30 years") != std::string::npos);
    CHECK(text.find("(from the evidence)") != std::string::npos);
}
