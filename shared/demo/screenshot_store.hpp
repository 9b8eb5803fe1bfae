// Stores made for screenshots: the only stores a screenshot may write to or sign in on.
#pragma once

#include <cstddef>
#include <string_view>

#include "core/error.hpp"
#include "domain/directory.hpp"
#include "domain/thai_calendar.hpp"
#include "store/store.hpp"

namespace siang::demo {

// The audit action of a screenshot store's mark, its second row (right after genesis).
inline constexpr std::string_view screenshot_mark = "made_for_screenshots";

// Marks a store just created (its log holds only the genesis row) as made for screenshots, by
// appending the mark as audit row 2 under "siang". A store that has served holds other rows
// there, and the log is append-only and chained, so it can never be marked afterwards.
// Errors: invalid_argument when the log holds more than the genesis row; append_audit's.
Result<void> mark_for_screenshots(store::Store& store);

// True when `store` carries the mark (audit row 2 is screenshot_mark by "siang"). The
// screenshot modes of the kiosk and the console write to, and sign in without a password on,
// such a store only (issue 10 item 3); every other store is refused before anything is written.
Result<bool> made_for_screenshots(store::Store& store);

// Fills a screenshot store as the console's screenshots want it: `records` demo cases around
// `now` (DemoGenerator, seed 11), one staff member per role — somchai (clerk), malee
// (integrity), boss (admin), with a random password nobody knows — and an open help request
// from "kiosk-1" on the review screen. invalid_argument when the store is not marked.
Result<void> fill_screenshot_store(store::Store& store, const domain::Directory& directory,
                                   std::size_t records, domain::TimePoint now);

}  // namespace siang::demo
