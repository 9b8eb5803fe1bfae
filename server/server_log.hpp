// siang-server's log: one line per event on stderr with a syslog priority prefix ("<6>…"), which
// journald reads as the line's level. Lines never carry a tracking code, contact data, a token or
// an enrolment code: callers log routes, statuses, addresses and error names, never content.
#pragma once

#include <string>
#include <string_view>

namespace siang::server {

enum class LogLevel : int { err = 3, warning = 4, notice = 5, info = 6, debug = 7 };

// The line as written: "<N>" + text + "\n", with every control character of `text` (a newline
// among them) turned into a space so one event stays one line.
std::string journal_line(LogLevel level, std::string_view text);

// Writes journal_line(level, text) to stderr in one write(2), so lines of concurrent threads
// never interleave.
void log_line(LogLevel level, std::string_view text);

}  // namespace siang::server
