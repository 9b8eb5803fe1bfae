// What a new staff username may be: its form, and the names the system itself acts under.
#pragma once

#include <string_view>

#include "core/error.hpp"

namespace siang::staff {

// Usernames: 2–32 of a–z, 0–9, '.', '_', '-', and not reserved: `siang` (the local
// administrator in the audit log), `import`, `system`, `root`, and `kiosk` or any name starting
// with it (kiosks file under their configured names, kiosk-1 by default).
// Errors: invalid_username (form; detail: the name), username_reserved (detail: the name).
Result<void> check_new_username(std::string_view name);

}  // namespace siang::staff
