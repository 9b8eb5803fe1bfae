// A store that cannot be opened, in words: for the citizen at the kiosk and for the staff member
// who must fix it. One mapping for the kiosk and the console; a new store error needs only its
// catalogue lines ("store_problem.citizen.<error name>", "store_problem.staff.<error name>").
#pragma once

#include <string>
#include <string_view>

#include "core/error.hpp"
#include "i18n/catalog.hpp"

namespace siang::i18n {

// What is wrong, in plain words for a citizen (no paths, no SQLite words); a general sentence
// for an error without its own line.
std::string store_problem_for_citizen(const Error& error, Lang lang);

// For staff: which file and what to do (`siang check`, restore a backup, `siang init`…), with
// `path` (the store file) filled in.
std::string store_problem_for_staff(const Error& error, std::string_view path, Lang lang);

}  // namespace siang::i18n
