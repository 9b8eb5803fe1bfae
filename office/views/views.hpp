// The staff console's views: each draws one frame from the controller's state (read only, but
// for its own fields' widget state) and returns what the staff member asked for as intents.
#pragma once

#include "office/console/console_controller.hpp"
#include "office/console/server_trust.hpp"
#include "ui/app_loop.hpp"

namespace siang::office {

// The whole console: login or lock screen, else the top bar, the reserved message band and the
// current view. Brings the models up to date first (ConsoleController::prepare_frame), then
// draws, then applies the views' intents: the one frame function main() and the tests run.
// `layout` receives where the frame put things.
void draw_console(ConsoleController& console, ConsoleLayout& layout, ui::Frame& frame);

Intents draw_login(const ConsoleController& console, LoginView& form, ui::Frame& frame);
// The lock screen draws only from `content` (no case is reachable from it): the password
// field, and the kiosks' help requests, acknowledged without unlocking.
Intents draw_lock(const LockContent& content, LockView& form, i18n::Lang lang, bool flashing,
                  ui::Frame& frame);
Intents draw_queue(const ConsoleController& console, QueueView& form, ui::Frame& frame);
Intents draw_detail(const ConsoleController& console, DetailView& form, ConsoleLayout& layout,
                    ui::Frame& frame);
Intents draw_stats(const ConsoleController& console, ui::Frame& frame);
Intents draw_audit(const ConsoleController& console, ui::Frame& frame);
Intents draw_users(const ConsoleController& console, UsersView& form, ui::Frame& frame);
Intents draw_kiosks(const ConsoleController& console, KiosksView& form, ui::Frame& frame);

// What the IT person answered on the first-connection screen.
enum class TrustAnswer { none, confirm, refuse, retry };
// The whole window before the console first connects to a server whose fingerprint nobody
// confirmed: the fingerprint it presented, grouped, and the question (FirstConnection).
TrustAnswer draw_first_connection(const FirstConnection& first, i18n::Lang lang, ui::Frame& frame);

// The whole window when the store at `path` could not be opened (`error`): no login, no state,
// just what is wrong and what to do, in `lang`.
void draw_store_problem(const Error& error, const std::string& path, i18n::Lang lang,
                        ui::Frame& frame);

}  // namespace siang::office
