// The staff console's views: each draws one frame from OfficeState and acts on its models.
#pragma once

#include "office/office_state.hpp"
#include "ui/app_loop.hpp"

namespace siang::office {

// The whole console: login or lock screen, else the top bar, help alerts and the current view.
// Also polls help requests and tracks idle time.
void draw_console(OfficeState& state, ui::Frame& frame);

void draw_login(OfficeState& state, ui::Frame& frame);
// The lock screen draws only from `lock` (no case is reachable from it): the password field,
// and the kiosks' help requests, acknowledged without unlocking.
void draw_lock(LockScreen& lock, TextBuffer<128>& password, std::string& error, i18n::Lang lang,
               bool flashing, ui::Frame& frame);
void draw_queue(OfficeState& state, ui::Frame& frame);
void draw_detail(OfficeState& state, ui::Frame& frame);
void draw_stats(OfficeState& state, ui::Frame& frame);
void draw_audit(OfficeState& state, ui::Frame& frame);
void draw_users(OfficeState& state, ui::Frame& frame);

// The whole window when the store at `path` could not be opened (`error`): no login, no state,
// just what is wrong and what to do, in `lang`.
void draw_store_problem(const Error& error, const std::string& path, i18n::Lang lang,
                        ui::Frame& frame);

}  // namespace siang::office
