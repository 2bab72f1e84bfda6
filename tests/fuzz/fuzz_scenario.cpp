// fuzz_scenario: the scenario reader (parse_json + read_checked over the defaults) on any
// bytes. Invariants:
//   - it never crashes, throws, leaks or trips ASan/UBSan;
//   - a scenario is accepted exactly when there is no problem;
//   - every problem has a message that is non-empty, under 300 bytes and free of raw control
//     characters (bytes below 0x20): messages are shown as one line in the CLI and the widget;
//   - every problem dumps as JSON (valid UTF-8), as the widget's JS API returns them;
//   - an accepted scenario, written with to_json, dumped, and read back, gives the same JSON.
// Run: tests/fuzz/run.sh (make -f Makefile.emscripten fuzz); see tests/fuzz/README.md.
#include "fuzz_check.hpp"

#include <cstddef>
#include <cstdint>

using namespace mlroi;
namespace {
constexpr size_t kMaxMessageBytes = 300;

std::string quoted(const Problem& p) {
    return "problem at \"" + p.path + "\" (" + std::to_string(p.message.size()) +
           " bytes): " + p.message.substr(0, 400);
}
} // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
    builtin_catalog(); // built once, outside the timed runs
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const std::string text(reinterpret_cast<const char*>(data), size);
    Problems problems;
    const std::optional<Scenario> s = fuzz::read(text, problems);

    for (const Problem& p : problems.items) {
        if (p.message.empty()) fuzz::fail("empty message at \"" + p.path + "\"");
        if (p.message.size() >= kMaxMessageBytes) fuzz::fail("message too long: " + quoted(p));
        for (const char ch : p.message)
            if (static_cast<unsigned char>(ch) < 0x20)
                fuzz::fail("raw control character " +
                           std::to_string(static_cast<unsigned char>(ch)) +
                           " in message: " + quoted(p));
        // The widget's mlroi_set_scenario returns the problems as JSON: each must dump (valid
        // UTF-8), or the JS API aborts.
        try {
            (void)json{{"path", p.path}, {"message", p.message}}.dump();
        } catch (const json::exception& e) {
            fuzz::fail(std::string("problem does not dump as JSON (") + e.what() +
                       "): " + quoted(p));
        }
    }
    if (!s) return 0;

    // Round trip: what the CLI prints for `mlroi defaults`, read back over the defaults.
    const json written = *s;
    const std::string dumped = written.dump();
    Problems again;
    const std::optional<Scenario> back = fuzz::read(dumped, again);
    if (!back)
        fuzz::fail("the written scenario is rejected: " + to_line(again.items.front()) +
                   "\nwritten: " + dumped);
    const json rewritten = *back;
    if (rewritten != written)
        fuzz::fail("round trip changed the scenario:\nfirst:  " + dumped +
                   "\nsecond: " + rewritten.dump());
    return 0;
}
