// TableReader: typed access to TOML tables with line-numbered problems and unknown-key checks.
#include "config/toml_reader.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace siang::config {

namespace {

// "7" and "21.5" rather than std::to_string's "7.000000".
std::string toml_number(double value) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%g", value);
    return buf;
}

}  // namespace

void Problems::add(std::uint32_t line, std::string_view key, std::string_view problem) {
    std::string text(key);
    text += ": ";
    text += problem;
    entries_.push_back({line, std::move(text)});
}

Error Problems::first() const {
    if (entries_.empty()) return Error{Errc::config_invalid, file_};
    const auto earliest = std::ranges::min_element(
        entries_, [](const Entry& a, const Entry& b) { return a.line < b.line; });
    return Error{Errc::config_invalid,
                 file_ + ":" + std::to_string(earliest->line) + ": " + earliest->text};
}

TableReader::TableReader(const toml::table& table, std::string path, Problems& problems)
    : table_(table), path_(std::move(path)), problems_(problems) {}

std::string TableReader::full_key(std::string_view key) const {
    return path_.empty() ? std::string(key) : path_ + "." + std::string(key);
}

const toml::node* TableReader::lookup(std::string_view key) {
    known_.emplace(key);
    return table_.get(key);
}

void TableReader::problem(std::string_view key, std::string_view text) {
    const toml::node* node = table_.get(key);
    problems_.add(node != nullptr ? node->source().begin.line : line(), full_key(key), text);
}

void TableReader::wrong_type(std::string_view key, std::string_view expected) {
    problem(key, "must be " + std::string(expected));
}

void TableReader::read(std::string_view key, std::string& out) {
    const toml::node* node = lookup(key);
    if (node == nullptr) return;
    if (const auto* s = node->as_string()) {
        out = s->get();
    } else {
        wrong_type(key, "a string in quotes");
    }
}

void TableReader::read(std::string_view key, int& out, int min, int max) {
    const toml::node* node = lookup(key);
    if (node == nullptr) return;
    const auto* i = node->as_integer();
    if (i == nullptr) return wrong_type(key, "a whole number");
    if (i->get() < min || i->get() > max) {
        return problem(key,
                       "must be between " + std::to_string(min) + " and " + std::to_string(max));
    }
    out = static_cast<int>(i->get());
}

void TableReader::read(std::string_view key, double& out, double min, double max) {
    const toml::node* node = lookup(key);
    if (node == nullptr) return;
    double value = 0;
    if (const auto* f = node->as_floating_point()) {
        value = f->get();
    } else if (const auto* i = node->as_integer()) {
        value = static_cast<double>(i->get());
    } else {
        return wrong_type(key, "a number");
    }
    if (!std::isfinite(value) || value < min || value > max) {
        return problem(key, "must be between " + toml_number(min) + " and " + toml_number(max));
    }
    out = value;
}

void TableReader::read(std::string_view key, bool& out) {
    const toml::node* node = lookup(key);
    if (node == nullptr) return;
    if (const auto* b = node->as_boolean()) {
        out = b->get();
    } else {
        wrong_type(key, "true or false");
    }
}

void TableReader::read(std::string_view key, std::vector<std::string>& out) {
    const toml::node* node = lookup(key);
    if (node == nullptr) return;
    const auto* array = node->as_array();
    if (array == nullptr) return wrong_type(key, "a list of strings in quotes");
    std::vector<std::string> values;
    for (const toml::node& element : *array) {
        const auto* s = element.as_string();
        if (s == nullptr) return wrong_type(key, "a list of strings in quotes");
        values.push_back(s->get());
    }
    out = std::move(values);
}

const toml::table* TableReader::table(std::string_view key) {
    const toml::node* node = lookup(key);
    if (node == nullptr) return nullptr;
    const auto* t = node->as_table();
    if (t == nullptr) wrong_type(key, "a table ([" + full_key(key) + "])");
    return t;
}

const toml::array* TableReader::table_array(std::string_view key) {
    const toml::node* node = lookup(key);
    if (node == nullptr) return nullptr;
    const auto* array = node->as_array();
    if (array == nullptr || (!array->empty() && !array->is_array_of_tables())) {
        wrong_type(key, "a list of tables ([[" + full_key(key) + "]])");
        return nullptr;
    }
    return array;
}

void TableReader::reject_unknown_keys() {
    for (const auto& [key, node] : table_) {
        if (known_.contains(key.str())) continue;
        problems_.add(
            key.source().begin.line != 0 ? key.source().begin.line : node.source().begin.line,
            full_key(key.str()), "unknown key");
    }
}

}  // namespace siang::config
