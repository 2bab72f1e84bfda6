// Hostile input (issue 12): deep nesting, duplicate keys, huge values and control characters
// each give one short, escaped problem line, never a crash or a silent pick.
#include "catalog.hpp"
#include "describe_value.hpp"

#include "scenarios.hpp"

#include <doctest/doctest.h>

#include <string>
#include <vector>

using namespace mlroi;
using mlroi::test::Lines;
using mlroi::test::problems_of;

namespace {

std::string nested(size_t depth) {
    return std::string(depth, '[') + std::string(depth, ']');
}

// One line a terminal shows as it is: no control character, valid UTF-8 (dump() checks).
bool one_clean_line(const std::string& line) {
    for (const char c : line)
        if (static_cast<unsigned char>(c) < 0x20 || c == 0x7F) return false;
    return json(line).dump().size() >= line.size();
}
} // namespace

TEST_CASE("nesting: the limit passes, one level over fails naming the depth") {
    json j;
    Problems at_limit;
    CHECK(parse_json(nested(kMaxJsonDepth), j, at_limit));
    CHECK(at_limit.empty());
    Problems over;
    CHECK_FALSE(parse_json(nested(kMaxJsonDepth + 1), j, over));
    REQUIRE(over.items.size() == 1);
    CHECK(over.items[0].message == "nested more than 64 levels deep (arrays and objects)");
    CHECK(j.is_null());
    // Objects count too, and the scenario's own 3 levels are far inside the limit.
    std::string objects;
    for (size_t i = 0; i <= kMaxJsonDepth; ++i) objects += "{\"a\":";
    objects += "1" + std::string(kMaxJsonDepth + 1, '}');
    Problems deep_objects;
    CHECK_FALSE(parse_json(objects, j, deep_objects));
    REQUIRE(deep_objects.items.size() == 1);
    CHECK(deep_objects.items[0].path.rfind("a.a.a.", 0) == 0);
}

TEST_CASE("nesting: 100,000 levels at a leaf give one problem at that leaf, no crash") {
    const Lines lines = problems_of(R"({"program": {"name": )" + nested(100'000) + "}}");
    REQUIRE(lines.size() == 1);
    CHECK(lines[0].rfind("program.name[0][0]", 0) == 0);
    CHECK(lines[0].find(": nested more than 64 levels deep") != std::string::npos);
    CHECK(lines[0].size() < 200);
}

TEST_CASE("duplicate keys are errors naming the key's path") {
    CHECK(problems_of(R"({"program": {"tuition_per_year": 1, "tuition_per_year": 2}})") ==
          Lines{"program.tuition_per_year: appears twice"});
    CHECK(problems_of(R"({"program": {}, "program": {}})") == Lines{"program: appears twice"});
    json j;
    Problems problems;
    CHECK_FALSE(parse_json(R"([1, {"a": 1, "b": 2, "a": 3}])", j, problems));
    CHECK(to_line(problems.items.at(0)) == "[1].a: appears twice");
    // The same key in different objects is no duplicate.
    CHECK(problems_of(R"({"program": {"years": 3}, "you": {"dependents": 1}})").empty());
    CHECK(problems_of(R"({"you": {"x": 1}, "program": {"x": 1}})") ==
          Lines{"you.x: unknown field", "program.x: unknown field"});
}

TEST_CASE("escape_text: JSON escapes, broken UTF-8 as bytes, cut between characters") {
    CHECK(escape_text(std::string("a\x1b[31m\n\t\"\\b\0z", 13)) ==
          R"(a\u001b[31m\n\t\"\\b\u0000z)");
    CHECK(escape_text("\x7f \xc2\x9b \xe2\x80\xa8") == R"(\u007f \u009b \u2028)");
    CHECK(escape_text("ok \xff \xc3") == R"(ok \xFF \xC3)");
    CHECK(escape_text("\xed\xa0\x80") == R"(\xED\xA0\x80)"); // a UTF-8 encoded lone surrogate
    CHECK(escape_text("caf\xc3\xa9 \xe2\x82\xac") == "caf\xc3\xa9 \xe2\x82\xac");
    CHECK(escape_text("\"q\"", 40, false) == "\"q\"");
    // 30 two-byte characters in 40 bytes: 20 of them, then the ellipsis.
    std::string e_acute;
    for (int i = 0; i < 30; ++i) e_acute += "\xc3\xa9";
    CHECK(escape_text(e_acute) == e_acute.substr(0, 40) + "…");
    // An escape is never cut in half: 7 of "\u001b" fill 42 bytes, so 6 fit.
    std::string escapes(7, '\x1b'), six;
    for (int i = 0; i < 6; ++i) six += "\\u001b";
    CHECK(escape_text(escapes) == six + "…");
}

TEST_CASE("describe_value: short values as JSON, long ones by type, size and a preview") {
    CHECK(describe_value(json(-5)) == "-5");
    CHECK(describe_value(json("abc")) == "\"abc\"");
    CHECK(describe_value(json(nullptr)) == "null");
    CHECK(describe_value(json::parse(R"([1, {"a": "b"}])")) == R"([1,{"a":"b"}])");
    CHECK(describe_value(json(std::string(100, 'x'))) ==
          "a string of 100 characters: \"" + std::string(39, 'x') + "…\"");
    CHECK(
        describe_value(json(std::vector<int>(1000, 7))).rfind("an array of 1000 items: [7,7,", 0) ==
        0);
    CHECK(describe_value(json{{"k", std::string(50, 'v')}})
              .rfind("an object of 1 field: {\"k\":", 0) == 0);
    CHECK(describe_value(json("line\nbreak")) == R"("line\nbreak")");
}

TEST_CASE("control characters in keys and values stay escaped on one line") {
    const Lines key = problems_of(R"({"program": {"x\u001b[2J\nerror: forged": 1}})");
    REQUIRE(key.size() == 1);
    CHECK(key[0] == R"(program.x\u001b[2J\nerror: forged: unknown field)");
    CHECK(one_clean_line(key[0]));
    // A NUL in a key is part of the key: the whole name is reported.
    CHECK(problems_of(R"({"program": {"tuition_per_year\u0000x": 1}})") ==
          Lines{R"(program.tuition_per_year\u0000x: unknown field)"});
    const Lines value = problems_of(R"({"program": {"modality": "\u001b]0;pwned\u0007\r"}})");
    REQUIRE(value.size() == 1);
    CHECK(
        value[0] ==
        R"(program.modality: must be one of "online", "hybrid", "in_person", got "\u001b]0;pwned\u0007\r")");
    const Lines role = problems_of(R"({"outcome": {"role": "chef\u001b[0m"}})");
    REQUIRE(role.size() == 1);
    CHECK(role[0].find(R"(got "chef\u001b[0m")") != std::string::npos);
}

TEST_CASE("huge input gives a message under 200 bytes") {
    const std::string big(10 * 1024 * 1024, 'x');
    const Lines value = problems_of(R"({"program": {"tuition_per_year": ")" + big + "\"}}");
    REQUIRE(value.size() == 1);
    CHECK(value[0] == "program.tuition_per_year: must be a finite number from 0 to 500000, got a "
                      "string of 10485760 characters: \"" +
                          std::string(39, 'x') + "…\"");
    CHECK(value[0].size() < 200);

    const Lines unterminated = problems_of(R"({"program": {"tuition_per_year": ")" + big);
    REQUIRE(unterminated.size() == 1);
    CHECK(unterminated[0].rfind("not valid JSON at line 1, column 10485795:", 0) == 0);
    CHECK(unterminated[0].find("missing closing quote; last read: '\"xxxx") != std::string::npos);
    CHECK(unterminated[0].size() < 200);

    const Lines key = problems_of("{\"" + big + "\": 1}");
    REQUIRE(key.size() == 1);
    CHECK(key[0] == std::string(40, 'x') + "…: unknown field");

    const Lines list = problems_of(R"({"you": {"has": [")" + big + "\"]}}");
    REQUIRE(list.size() == 1);
    CHECK(list[0].size() < 200);

    // Broken UTF-8 in what the parser last read comes out escaped, and valid.
    const Lines bytes = problems_of("{\"program\": {\"name\": \"\xff\xfe\"}}");
    REQUIRE(bytes.size() == 1);
    CHECK(bytes[0].find(R"(last read: '"\xFF')") != std::string::npos);
    CHECK(one_clean_line(bytes[0]));
}
