// Strict JSON reading for input from outside: the CLI's --input files and every office API body.
#pragma once

#include <nlohmann/json.hpp>
#include <string_view>

#include "core/error.hpp"

namespace siang::sync {

// Parses one JSON object, refusing what a lenient parser would quietly resolve: a NUL byte (the
// rest of the input would be ignored) and a key given twice (the last value would win).
// Errors: json_nul_byte (detail: its offset), json_duplicate_key (detail: the key),
// invalid_input (detail "not_object": not JSON, not UTF-8, or not an object).
Result<nlohmann::json> parse_strict_json(std::string_view text);

}  // namespace siang::sync
