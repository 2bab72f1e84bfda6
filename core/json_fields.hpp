// json_fields.hpp: reads the fields of one JSON object into C++ values, checking type, range
// and finiteness, and reports each problem with the field's full path. Unknown keys are
// problems too (a typo must not silently fall back to a default).
#pragma once

#include "describe_value.hpp"
#include "fields.hpp"
#include "problems.hpp"

#include <nlohmann/json.hpp>

#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace mlroi {

class ObjectFields {
  public:
    // `prefix` is the object's own path ("program"); empty for the document root.
    ObjectFields(const nlohmann::json& j, std::string prefix, Problems& problems);
    ~ObjectFields(); // reports keys that were never read as unknown

    bool ok() const { return is_object_; }

    void number(const char* key, double& out, double lo, double hi);
    void optional_number(const char* key, std::optional<double>& out, double lo, double hi);
    void whole(const char* key, int& out, int lo, int hi);
    void whole(const char* key, unsigned long long& out, unsigned long long hi);
    void boolean(const char* key, bool& out);
    void text(const char* key, std::string& out, size_t max_length);
    void text_list(const char* key, std::vector<std::string>& out,
                   const std::vector<std::string>& allowed);
    // A string naming one of `options`: the option's key, or nullptr (a problem) when it is
    // none of them or absent.
    const std::string* choice(const char* key, const std::vector<FieldOption>& options);
    void choice(const char* key, std::string& out, const std::vector<FieldOption>& options);

    // A scenario field, its type, range and options from its row of the field table.
    void read(const Field& f, double& out);
    void read(const Field& f, std::optional<double>& out);
    void read(const Field& f, int& out);
    void read(const Field& f, unsigned long long& out);
    void read(const Field& f, bool& out);
    void read(const Field& f, std::string& out); // Text, or Choice with the row's options
    void read(const Field& f, std::vector<std::string>& out); // Set
    // Choice of an enumeration: the key checked against the row's options first (the JSON
    // conversion would take an unknown name for the first value), then converted.
    template <class Enum> void read(const Field& f, Enum& out) {
        if (const std::string* k = choice(field_key(f).c_str(), f.options))
            out = nlohmann::json(*k).get<Enum>();
    }
    // The sub-object at `key`, or nullptr when absent (absent is fine: defaults stay).
    const nlohmann::json* object(const char* key);
    std::string path(const std::string& key) const;

  private:
    const nlohmann::json* find(const char* key);
    void fail(const char* key, const std::string& message);

    const nlohmann::json& j_;
    std::string prefix_;
    Problems& problems_;
    std::vector<std::string> read_;
    bool is_object_;
};

// An optional value as JSON: the value, or null.
template <class T> nlohmann::json or_null(const std::optional<T>& v) {
    return v ? nlohmann::json(*v) : nlohmann::json(nullptr);
}

// `prefix`.`key`, the key escaped and capped (describe_value.hpp); just the key at the root.
std::string field_path(const std::string& prefix, const std::string& key);

// "5", "0.025", "500000": short and exact enough for a range in a message.
std::string format_limit(double x);

} // namespace mlroi
