// Journald-friendly log lines on stderr.
#include "server/server_log.hpp"

#include <unistd.h>

#include <cerrno>

namespace siang::server {

std::string journal_line(LogLevel level, std::string_view text) {
    std::string line = "<" + std::to_string(static_cast<int>(level)) + ">";
    line.reserve(line.size() + text.size() + 1);
    for (char c : text) {
        const auto u = static_cast<unsigned char>(c);
        line += (u < 0x20 || u == 0x7f) ? ' ' : c;
    }
    line += '\n';
    return line;
}

void log_line(LogLevel level, std::string_view text) {
    const std::string line = journal_line(level, text);
    std::string_view rest = line;
    while (!rest.empty()) {
        const ssize_t n = ::write(STDERR_FILENO, rest.data(), rest.size());
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) return;  // nowhere to log to: the server goes on
        rest.remove_prefix(static_cast<std::size_t>(n));
    }
}

}  // namespace siang::server
