// Staff sessions of the office API (sync/staff_api.hpp): the tokens a login hands out, kept in
// the server's memory as hashes, each bound to the address it logged in from and ended by
// logout, by staff_session_idle without a request, or by its account being disabled.
//
// Memory only, on purpose for now: a server restart ends every session and the console asks for
// the password again, keeping what was typed in its forms (issue 12 item 4), so a power cut
// loses no one's work; the staff CLI logs in per run anyway. Keeping the token hashes and their
// last use in the store would spare that login (a schema step of its own); not done yet.
#pragma once

#include <chrono>
#include <cstddef>
#include <map>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>

#include "staff/staff_accounts.hpp"

namespace siang::server::api {

class StaffSessions {
  public:
    using Clock = std::chrono::steady_clock;

    // `idle`: how long a session lives without a request; `max_sessions`: the most held at once
    // (a login past it ends the longest-idle session, so logins cannot exhaust the memory).
    explicit StaffSessions(std::chrono::seconds idle, std::size_t max_sessions = 10000)
        : idle_(idle), max_(max_sessions) {}

    // A new session for `user` from `peer`: its token (64 lower-case hex digits), in clear only
    // in the answer to the login.
    std::string open(const staff::StaffUser& user, std::string_view peer, Clock::time_point now);
    // The session's user when `token` is live and comes from the login's `peer`; renews it.
    // nullopt otherwise (an expired session is forgotten on the way).
    std::optional<staff::StaffUser> find(std::string_view token, std::string_view peer,
                                         Clock::time_point now);
    // Ends one session (logout); nothing when there is none.
    void close(std::string_view token);
    // Ends every session of `username` (disabled, password changed by an admin).
    void close_user(std::string_view username);
    std::size_t size();

  private:
    struct Session {
        staff::StaffUser user;
        std::string peer;
        Clock::time_point last_used;
    };
    static std::string key_of(std::string_view token);  // BLAKE2b-256 of the token, hex
    void forget_expired(Clock::time_point now);

    std::chrono::seconds idle_;
    std::size_t max_;
    std::mutex mutex_;
    std::map<std::string, Session, std::less<>> sessions_;
};

}  // namespace siang::server::api
