// resolve.hpp: fills what the reader left to the evidence (README "How we calculate"):
//   you.current_salary            the starting pay of bachelor's graduates in the reader's field
//   outcome.salary                the reader's pay plus the degree's causal premium (14%), at
//                                 least an in-field graduate's pay plus that premium (a PhD
//                                 role: its doctoral entry pay)
//   outcome.salary_growth         the reader's current raise
//   outcome.placement_probability the program's published rate, else by background, missing
//                                 prerequisites and modality (a labelled assumption table)
//   outcome.completion_probability CGS's completion, by pace
// Every calculation works on a resolved scenario; you.tax_rate stays null for real taxes.
#pragma once

#include "catalog.hpp"

#include <string>
#include <vector>

namespace mlroi {

// One figure the analysis used: the reader's own, or the one the evidence gave.
struct UsedInput {
    std::string path; // "outcome.salary"
    double value = 0;
    bool from_evidence = false; // the reader left it null
    std::string why;            // where the value comes from, in words
};
void to_json(json& j, const UsedInput& v);

// `s` with every null figure filled; `used` (if given) says what each one came from.
Scenario resolve(const Scenario& s, const Catalog& c, std::vector<UsedInput>* used = nullptr);

// True when the pay after the degree is the premium on the reader's own pay (left null and
// above the floor): its uncertainty is then the premium's, not the role's spread of pay.
bool pay_from_premium(const Scenario& reader, const Catalog& c);

// Prerequisites the reader lacks, from the catalog's list.
std::vector<const Prerequisite*> missing_prerequisites(const Scenario& s, const Catalog& c);

} // namespace mlroi
