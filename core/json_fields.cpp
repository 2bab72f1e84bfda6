#include "json_fields.hpp"

#include "describe_value.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace mlroi {

std::string format_limit(double x) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.10g", x);
    return buffer;
}

ObjectFields::ObjectFields(const nlohmann::json& j, std::string prefix, Problems& problems)
    : j_(j), prefix_(std::move(prefix)), problems_(problems), is_object_(j.is_object()) {
    if (!is_object_)
        problems_.add(prefix_, "must be a JSON object, got " + std::string(j.type_name()));
}

ObjectFields::~ObjectFields() {
    if (!is_object_) return;
    for (const auto& item : j_.items())
        if (std::find(read_.begin(), read_.end(), item.key()) == read_.end())
            problems_.add(path(item.key()), "unknown field");
}

std::string ObjectFields::path(const std::string& key) const {
    return field_path(prefix_, key);
}

std::string field_path(const std::string& prefix, const std::string& key) {
    // A key is reader text: escaped and capped like a value, so a path is one short line.
    const std::string shown = escape_text(key);
    return prefix.empty() ? shown : prefix + "." + shown;
}

const nlohmann::json* ObjectFields::find(const char* key) {
    if (!is_object_) return nullptr;
    read_.emplace_back(key);
    auto it = j_.find(key);
    return it == j_.end() ? nullptr : &*it;
}

void ObjectFields::fail(const char* key, const std::string& message) {
    problems_.add(path(key), message);
}

const nlohmann::json* ObjectFields::object(const char* key) {
    return find(key);
}

void ObjectFields::number(const char* key, double& out, double lo, double hi) {
    const nlohmann::json* v = find(key);
    if (!v) return;
    // JSON itself cannot hold NaN or infinity; the check still guards values built in C++.
    if (v->is_number() && std::isfinite(v->get<double>()) && v->get<double>() >= lo &&
        v->get<double>() <= hi) {
        out = v->get<double>();
        return;
    }
    fail(key, "must be a finite number from " + format_limit(lo) + " to " + format_limit(hi) +
                  ", got " + describe_value(*v));
}

void ObjectFields::optional_number(const char* key, std::optional<double>& out, double lo,
                                   double hi) {
    const nlohmann::json* v = find(key);
    if (!v) return;
    if (v->is_null()) {
        out.reset();
        return;
    }
    if (v->is_number() && std::isfinite(v->get<double>()) && v->get<double>() >= lo &&
        v->get<double>() <= hi) {
        out = v->get<double>();
        return;
    }
    fail(key, "must be null or a finite number from " + format_limit(lo) + " to " +
                  format_limit(hi) + ", got " + describe_value(*v));
}

namespace {
bool is_whole_in(const nlohmann::json& v, double lo, double hi) {
    if (!v.is_number()) return false;
    const double x = v.get<double>();
    return std::isfinite(x) && x == std::floor(x) && x >= lo && x <= hi;
}
} // namespace

void ObjectFields::whole(const char* key, int& out, int lo, int hi) {
    const nlohmann::json* v = find(key);
    if (!v) return;
    if (is_whole_in(*v, lo, hi)) {
        out = static_cast<int>(v->get<double>());
        return;
    }
    fail(key, "must be a whole number from " + std::to_string(lo) + " to " + std::to_string(hi) +
                  ", got " + describe_value(*v));
}

void ObjectFields::whole(const char* key, unsigned long long& out, unsigned long long hi) {
    const nlohmann::json* v = find(key);
    if (!v) return;
    if (v->is_number_unsigned() && v->get<unsigned long long>() <= hi) {
        out = v->get<unsigned long long>();
        return;
    }
    if (is_whole_in(*v, 0, static_cast<double>(hi))) {
        out = static_cast<unsigned long long>(v->get<double>());
        return;
    }
    fail(key,
         "must be a whole number from 0 to " + std::to_string(hi) + ", got " + describe_value(*v));
}

void ObjectFields::boolean(const char* key, bool& out) {
    const nlohmann::json* v = find(key);
    if (!v) return;
    if (v->is_boolean()) {
        out = v->get<bool>();
        return;
    }
    fail(key, "must be true or false, got " + describe_value(*v));
}

void ObjectFields::text(const char* key, std::string& out, size_t max_length) {
    const nlohmann::json* v = find(key);
    if (!v) return;
    if (v->is_string() && v->get_ref<const std::string&>().size() <= max_length) {
        out = v->get<std::string>();
        return;
    }
    fail(key,
         "must be a string of at most " + std::to_string(max_length) + " characters, got " +
             (v->is_string() ? "one of " + std::to_string(v->get_ref<const std::string&>().size())
                             : describe_value(*v)));
}

const std::string* ObjectFields::choice(const char* key, const std::vector<FieldOption>& options) {
    const nlohmann::json* v = find(key);
    if (!v) return nullptr;
    if (v->is_string())
        for (const FieldOption& o : options)
            if (*v == o.key) return &o.key;
    fail(key, "must be one of " + quoted_keys(options) + ", got " + describe_value(*v));
    return nullptr;
}

void ObjectFields::choice(const char* key, std::string& out,
                          const std::vector<FieldOption>& options) {
    if (const std::string* k = choice(key, options)) out = *k;
}

void ObjectFields::read(const Field& f, double& out) {
    number(field_key(f).c_str(), out, f.min, f.max);
}

void ObjectFields::read(const Field& f, std::optional<double>& out) {
    optional_number(field_key(f).c_str(), out, f.min, f.max);
}

void ObjectFields::read(const Field& f, int& out) {
    whole(field_key(f).c_str(), out, static_cast<int>(f.min), static_cast<int>(f.max));
}

void ObjectFields::read(const Field& f, unsigned long long& out) {
    whole(field_key(f).c_str(), out, static_cast<unsigned long long>(f.max));
}

void ObjectFields::read(const Field& f, bool& out) {
    boolean(field_key(f).c_str(), out);
}

void ObjectFields::read(const Field& f, std::string& out) {
    if (f.options.empty())
        text(field_key(f).c_str(), out, static_cast<size_t>(f.max));
    else
        choice(field_key(f).c_str(), out, f.options);
}

void ObjectFields::read(const Field& f, std::vector<std::string>& out) {
    std::vector<std::string> keys;
    for (const FieldOption& o : f.options) keys.push_back(o.key);
    text_list(field_key(f).c_str(), out, keys);
}

void ObjectFields::text_list(const char* key, std::vector<std::string>& out,
                             const std::vector<std::string>& allowed) {
    const nlohmann::json* v = find(key);
    if (!v) return;
    std::string names;
    for (const auto& a : allowed) names += (names.empty() ? "\"" : ", \"") + a + "\"";
    if (!v->is_array()) {
        fail(key, "must be a list of " + names + ", got " + describe_value(*v));
        return;
    }
    std::vector<std::string> result;
    for (size_t i = 0; i < v->size(); ++i) {
        const auto& item = (*v)[i];
        const std::string item_path = path(key) + "[" + std::to_string(i) + "]";
        if (!item.is_string() ||
            std::find(allowed.begin(), allowed.end(), item.get<std::string>()) == allowed.end()) {
            problems_.add(item_path, "must be one of " + names + ", got " + describe_value(item));
            return;
        }
        if (std::find(result.begin(), result.end(), item.get<std::string>()) != result.end()) {
            problems_.add(item_path, "is listed twice: " + describe_value(item));
            return;
        }
        result.push_back(item.get<std::string>());
    }
    out = result;
}

} // namespace mlroi
