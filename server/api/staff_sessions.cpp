// StaffSessions: random tokens, their hashes in a map, idle expiry.
#include "server/api/staff_sessions.hpp"

#include <sodium.h>

#include <algorithm>
#include <array>

#include "domain/sodium_ready.hpp"

namespace siang::server::api {

namespace {

std::string hex(const unsigned char* bytes, std::size_t n) {
    std::string out(n * 2 + 1, '\0');
    sodium_bin2hex(out.data(), out.size(), bytes, n);
    out.pop_back();
    return out;
}

}  // namespace

std::string StaffSessions::key_of(std::string_view token) {
    std::array<unsigned char, crypto_generichash_BYTES> h{};
    crypto_generichash(h.data(), h.size(), reinterpret_cast<const unsigned char*>(token.data()),
                       token.size(), nullptr, 0);
    return hex(h.data(), h.size());
}

std::string StaffSessions::open(const staff::StaffUser& user, std::string_view peer,
                                Clock::time_point now) {
    domain::ensure_sodium();
    std::array<unsigned char, 32> raw{};
    randombytes_buf(raw.data(), raw.size());
    std::string token = hex(raw.data(), raw.size());
    sodium_memzero(raw.data(), raw.size());

    std::lock_guard lock(mutex_);
    forget_expired(now);
    if (sessions_.size() >= max_) {
        auto oldest = std::ranges::min_element(
            sessions_, {}, [](const auto& entry) { return entry.second.last_used; });
        sessions_.erase(oldest);
    }
    sessions_.insert_or_assign(key_of(token), Session{user, std::string(peer), now});
    return token;
}

std::optional<staff::StaffUser> StaffSessions::find(std::string_view token, std::string_view peer,
                                                    Clock::time_point now) {
    const std::string key = key_of(token);
    std::lock_guard lock(mutex_);
    auto it = sessions_.find(key);
    if (it == sessions_.end()) return std::nullopt;
    if (now - it->second.last_used > idle_) {
        sessions_.erase(it);
        return std::nullopt;
    }
    if (it->second.peer != peer) return std::nullopt;  // a token replayed from elsewhere
    it->second.last_used = std::max(it->second.last_used, now);
    return it->second.user;
}

void StaffSessions::close(std::string_view token) {
    const std::string key = key_of(token);
    std::lock_guard lock(mutex_);
    sessions_.erase(key);
}

void StaffSessions::close_user(std::string_view username) {
    std::lock_guard lock(mutex_);
    std::erase_if(sessions_, [&](const auto& entry) { return entry.second.user.username == username; });
}

std::size_t StaffSessions::size() {
    std::lock_guard lock(mutex_);
    return sessions_.size();
}

void StaffSessions::forget_expired(Clock::time_point now) {
    std::erase_if(sessions_, [&](const auto& entry) { return now - entry.second.last_used > idle_; });
}

}  // namespace siang::server::api
