#include "report_text.hpp"

#include "format.hpp"
#include "report_html.hpp"

#include <cstdio>

namespace mlroi {

namespace {

std::string words(std::string key) {
    for (char& ch : key)
        if (ch == '_') ch = ' ';
    return key;
}

std::string years_words(double years) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%g year%s", years, years == 1 ? "" : "s");
    return buffer;
}

std::string role_label(const std::string& key, const Catalog& c) {
    for (const RolePreset& role : c.roles)
        if (role.key == key) return role.label;
    return words(key);
}

// " (from the evidence)" when the reader left a figure to the evidence.
const char* evidence(bool left) {
    return left ? " (from the evidence)" : "";
}

} // namespace

std::string summary_text(const Scenario& reader, const Results& r, const Catalog& c) {
    const Scenario s = resolve(reader, c);
    std::string t = "Is a master's in machine learning worth it for me?\n" + r.verdict.headline +
                    "\n\nKey figures\n";
    for (const auto& [name, value] : key_figures(s, r)) t += "- " + name + ": " + value + "\n";

    const Program& p = s.program;
    t += "\nMain inputs\n";
    t += "- Program: " + (p.name.empty() ? std::string("the program") : p.name) + ", " +
         words(to_string(p.modality)) + ", " + words(to_string(p.pace)) + ", " +
         years_words(p.years) + ", tuition " + format_money(p.tuition_per_year) + " and fees " +
         format_money(p.fees_per_year) + " a year\n";
    t += "- You: " + format_money(*s.you.current_salary) + " a year now" +
         evidence(!reader.you.current_salary) + ", " + words(s.you.background) +
         " background, living costs " + format_money(s.you.living_per_month) + " a month\n";
    t += "- After the degree: " + role_label(s.outcome.role, c) + " at " +
         format_money(*s.outcome.salary) + " a year in today's dollars" +
         evidence(!reader.outcome.salary) + "\n";
    t += "- Paying for it: savings " + format_money(s.financing.savings) + ", " +
         words(to_string(s.financing.plan)) + " repayment plan, federal rate " +
         format_percent(s.financing.federal_rate, 2) + ", private rate " +
         format_percent(s.financing.private_rate, 2) + "\n";
    t += "- Counted over " + std::to_string(s.you.horizon_years) + " years\n";
    return t;
}

} // namespace mlroi
