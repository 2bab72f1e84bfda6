// mlroi: the command-line face of the core.
//   mlroi analyze [FILE|-] [--preset NAME]... [--pretty]   results JSON for a scenario
//   mlroi html [FILE|-] [--preset NAME]...                 the same results as an HTML fragment
//   mlroi summary [FILE|-] [--preset NAME]...              a plain-text summary (Copy summary)
//   mlroi defaults [--sources] [--pretty]                  the complete default scenario
//                                                          (--sources: each figure's source)
//   mlroi presets [--pretty]                               program and role presets
//   mlroi fields [--markdown] [--pretty]                   the field table (core/fields.hpp)
//                                                          (--markdown: README's table)
//   mlroi bench [--runs N]                                 timings of the analysis
// Problems go to stderr, one line each naming the field, with exit status 2 and nothing on
// stdout: output is built whole before a byte is written.
#include "analysis.hpp"
#include "bench.hpp"
#include "catalog.hpp"
#include "describe_value.hpp"
#include "embedded_assets.hpp"
#include "fields.hpp"
#include "report_html.hpp"
#include "report_text.hpp"

#include <exception>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>
#include <string>
#include <vector>

using namespace mlroi;

namespace {

constexpr int kUsageError = 2;

int fail(const Problems& problems) {
    for (const Problem& p : problems.items) std::cerr << "error: " << to_line(p) << "\n";
    return kUsageError;
}

int fail(const std::string& message) {
    Problems problems;
    problems.add("", message);
    return fail(problems);
}

int print(const json& j, bool pretty) {
    std::cout << (pretty ? j.dump(2) : j.dump()) << "\n";
    return 0;
}

// On failure `why` may say more. A directory opens as a file on Linux and reading it throws
// from inside the stream library: say so before trying.
bool read_input(const std::string& name, std::string& text, std::string& why) {
    if (name == "-") {
        text.assign(std::istreambuf_iterator<char>(std::cin), {});
        return true;
    }
    std::error_code ec;
    if (std::filesystem::is_directory(name, ec)) {
        why = ": it is a directory";
        return false;
    }
    std::ifstream file(name, std::ios::binary);
    if (!file) return false;
    try {
        text.assign(std::istreambuf_iterator<char>(file), {});
    } catch (const std::exception&) {
        return false;
    }
    return !file.bad();
}

// An argument as a message quotes it: escaped, capped.
std::string quote_arg(const std::string& arg) {
    return "\"" + escape_text(arg) + "\"";
}

json presets_json(const Catalog& c) {
    json programs = json::array(), roles = json::array();
    for (const ProgramPreset& p : c.programs)
        programs.push_back({{"key", p.key}, {"label", p.label}, {"scenario", p.patch}});
    for (const RolePreset& r : c.roles)
        roles.push_back({{"key", r.key},
                         {"label", r.label},
                         {"entry_salary", r.entry_salary},
                         {"average_salary", r.average_salary},
                         {"salary_p25", r.salary_p25},
                         {"salary_p75", r.salary_p75},
                         {"degree_expected", r.degree_expected}});
    return {{"programs", programs}, {"roles", roles}};
}

enum class Output { Json, Html, Summary };

int analyze_command(const std::vector<std::string>& args, bool pretty, Output output) {
    const Catalog& catalog = builtin_catalog();
    Scenario scenario = catalog.defaults;
    std::string input;
    Problems problems;
    for (size_t i = 0; i < args.size(); ++i) {
        if (args[i] == "--preset") {
            if (i + 1 == args.size()) return fail("--preset needs a NAME");
            apply_preset(args[++i], catalog, scenario, problems);
        } else if (!input.empty() || (args[i].size() > 1 && args[i][0] == '-')) {
            return fail("unexpected argument " + quote_arg(args[i]));
        } else {
            input = args[i];
        }
    }
    if (!problems.empty()) return fail(problems);
    if (!input.empty()) {
        std::string text;
        std::string why;
        if (!read_input(input, text, why)) return fail("cannot read " + quote_arg(input) + why);
        json j;
        std::optional<Scenario> read;
        if (parse_json(text, j, problems)) read = read_checked(j, scenario, catalog, problems);
        if (!read) return fail(problems);
        scenario = *read;
    }
    const Results results = analyze(scenario, catalog);
    if (output == Output::Html) {
        std::cout << results_html(scenario, results, catalog);
        return 0;
    }
    if (output == Output::Summary) {
        std::cout << summary_text(scenario, results, catalog);
        return 0;
    }
    return print(results, pretty);
}

int usage() {
    std::cerr << "usage: mlroi analyze [FILE|-] [--preset NAME]... [--pretty]\n"
                 "       mlroi html [FILE|-] [--preset NAME]...\n"
                 "       mlroi summary [FILE|-] [--preset NAME]...\n"
                 "       mlroi defaults [--sources] [--pretty]\n"
                 "       mlroi presets [--pretty]\n"
                 "       mlroi fields [--markdown] [--pretty]\n"
                 "       mlroi bench [--runs N]\n";
    return kUsageError;
}

int run(int argc, char** argv) {
    std::vector<std::string> args(argv + 1, argv + argc);
    bool pretty = false;
    for (auto it = args.begin(); it != args.end();)
        if (*it == "--pretty") {
            pretty = true;
            it = args.erase(it);
        } else {
            ++it;
        }
    if (args.empty()) return usage();
    const std::string command = args.front();
    args.erase(args.begin());

    if (command == "analyze" || command == "html" || command == "summary")
        return analyze_command(args, pretty,
                               command == "html"      ? Output::Html
                               : command == "summary" ? Output::Summary
                                                      : Output::Json);
    if (command == "defaults" && args.size() == 1 && args[0] == "--sources") {
        // The assets themselves: every figure as {value, source, year} or {value, assumption}.
        json defaults, presets;
        Problems problems;
        parse_json(kDefaultsJson, defaults, problems);
        parse_json(kPresetsJson, presets, problems);
        return print({{"defaults", defaults},
                      {"model", presets["model"]},
                      {"taxes", presets["taxes"]},
                      {"roles", presets["roles"]}},
                     pretty);
    }
    if (command == "fields" && args.size() == 1 && args[0] == "--markdown") {
        std::cout << fields_markdown(builtin_catalog());
        return 0;
    }
    if (!args.empty() && command != "bench")
        return fail("unexpected argument " + quote_arg(args[0]));
    if (command == "defaults") return print(builtin_catalog().defaults, pretty);
    if (command == "presets") return print(presets_json(builtin_catalog()), pretty);
    if (command == "fields") return print(fields_json(builtin_catalog()), pretty);
    if (command == "bench") return run_bench(args);
    return usage();
}

} // namespace

int main(int argc, char** argv) {
    // Nothing escapes as an abort: whatever was thrown is one line and the usage status.
    try {
        return run(argc, argv);
    } catch (const std::exception& e) {
        return fail("internal error: " + escape_text(e.what(), 160, false));
    } catch (...) {
        return fail("internal error");
    }
}
