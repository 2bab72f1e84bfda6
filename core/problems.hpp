// problems.hpp: what went wrong with an input, one line per problem, each naming its field.
#pragma once

#include <string>
#include <vector>

namespace mlroi {

struct Problem {
    std::string path;    // e.g. "program.tuition_per_year"; empty for the document itself
    std::string message; // e.g. "must be a finite number from 0 to 500000, got -5"
};

struct Problems {
    std::vector<Problem> items;

    void add(std::string path, std::string message) {
        items.push_back({std::move(path), std::move(message)});
    }
    bool empty() const { return items.empty(); }
};

// "path: message", or just the message for a document-level problem.
inline std::string to_line(const Problem& p) {
    return p.path.empty() ? p.message : p.path + ": " + p.message;
}

} // namespace mlroi
