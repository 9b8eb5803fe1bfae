// Strict JSON reading: one object, no NUL byte, no key twice.
#include "sync/strict_json.hpp"

#include <optional>
#include <set>
#include <string>
#include <vector>

namespace siang::sync {

Result<nlohmann::json> parse_strict_json(std::string_view text) {
    if (auto nul = text.find('\0'); nul != std::string_view::npos)
        return fail(Errc::json_nul_byte, std::to_string(nul));
    std::vector<std::set<std::string>> keys_by_depth;
    std::optional<std::string> duplicate;
    auto watch = [&](int, nlohmann::json::parse_event_t event, nlohmann::json& parsed) {
        using E = nlohmann::json::parse_event_t;
        if (event == E::object_start) keys_by_depth.emplace_back();
        if (event == E::object_end && !keys_by_depth.empty()) keys_by_depth.pop_back();
        if (event == E::key && !keys_by_depth.empty() && !duplicate &&
            !keys_by_depth.back().insert(parsed.get<std::string>()).second)
            duplicate = parsed.get<std::string>();
        return true;
    };
    auto j = nlohmann::json::parse(text, watch, /*allow_exceptions=*/false);
    if (duplicate) return fail(Errc::json_duplicate_key, *duplicate);
    if (j.is_discarded() || !j.is_object()) return fail(Errc::invalid_input, "not_object");
    return j;
}

}  // namespace siang::sync
