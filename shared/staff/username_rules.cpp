// Username form and the reserved names.
#include "staff/username_rules.hpp"

#include <array>
#include <string>

namespace siang::staff {
namespace {

// Actors the code writes into the audit log and case history itself: a staff member under one
// of these names could pass their acts off as the system's.
constexpr std::array<std::string_view, 5> reserved{"siang", "import", "system", "root", "kiosk"};

bool valid_form(std::string_view name) {
    if (name.size() < 2 || name.size() > 32) return false;
    for (char c : name)
        if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' || c == '_' || c == '-'))
            return false;
    return true;
}

}  // namespace

Result<void> check_new_username(std::string_view name) {
    if (!valid_form(name))
        return fail(Errc::invalid_username, std::string(name));
    for (auto r : reserved)
        if (name == r) return fail(Errc::username_reserved, std::string(name));
    if (name.starts_with("kiosk")) return fail(Errc::username_reserved, std::string(name));
    return {};
}

}  // namespace siang::staff
