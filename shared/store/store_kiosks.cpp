// Kiosks of the office network (SPEC §9): one-time enrolment codes, device tokens, revocation and
// the backlog each kiosk reports. Codes and tokens are kept only as keyed hashes.
#include <sodium.h>

#include <algorithm>

#include "store/store_impl.hpp"
#include "store/transaction.hpp"

namespace siang::store {

namespace {

constexpr std::string_view code_label = "siang enrolment code";
constexpr std::string_view token_label = "siang device token";
// Crockford's base32: no I, L, O, U, so what is read aloud or typed is hard to get wrong.
constexpr std::string_view crockford = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
constexpr std::size_t code_chars = 16;  // 80 bits


std::string new_enrolment_code() {
    std::string out;
    for (std::size_t i = 0; i < code_chars; ++i) {
        if (i > 0 && i % 4 == 0) out += '-';
        out += crockford[randombytes_uniform(32)];
    }
    return out;
}

// The 16 characters a code stands for, as hashed: dashes and spaces dropped, upper case, and
// Crockford's look-alikes read as the digit they resemble. nullopt when it cannot be a code.
std::optional<std::string> normalized_code(std::string_view typed) {
    std::string out;
    for (char c : typed) {
        if (c == '-' || c == ' ') continue;
        if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
        if (c == 'O') c = '0';
        if (c == 'I' || c == 'L') c = '1';
        if (crockford.find(c) == std::string_view::npos) return std::nullopt;
        out += c;
        if (out.size() > code_chars) return std::nullopt;
    }
    if (out.size() != code_chars) return std::nullopt;
    return out;
}

}  // namespace

bool valid_kiosk_name(std::string_view name) {
    if (name.empty() || name.size() > 32) return false;
    return std::ranges::all_of(name, [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
               c == '.' || c == '_' || c == '-';
    });
}

std::string new_token() {
    std::array<unsigned char, 32> bytes{};
    randombytes_buf(bytes.data(), bytes.size());
    std::string hex(bytes.size() * 2 + 1, '\0');
    sodium_bin2hex(hex.data(), hex.size(), bytes.data(), bytes.size());
    hex.pop_back();
    sodium_memzero(bytes.data(), bytes.size());
    return hex;
}

bool well_formed_token(std::string_view token) {
    return token.size() == 64 && std::ranges::all_of(token, [](char c) {
               return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f');
           });
}

namespace {

std::span<const std::uint8_t> blob(const domain::CodeHash& h) {
    return std::span<const std::uint8_t>(h);
}

std::optional<domain::TimePoint> optional_time(const Statement& s, int col) {
    if (s.column_is_null(col)) return std::nullopt;
    return from_seconds(s.column_int64(col));
}

}  // namespace

domain::CodeHash Store::Impl::keyed_hash(std::string_view label, std::string_view bytes) const {
    domain::CodeHash out{};
    crypto_generichash_state st;
    crypto_generichash_init(&st, key.data(), key.size(), out.size());
    crypto_generichash_update(&st, reinterpret_cast<const unsigned char*>(label.data()),
                              label.size());
    const unsigned char nul = 0;
    crypto_generichash_update(&st, &nul, 1);
    crypto_generichash_update(&st, reinterpret_cast<const unsigned char*>(bytes.data()),
                              bytes.size());
    crypto_generichash_final(&st, out.data(), out.size());
    return out;
}

Result<KioskEnrolment> Store::add_kiosk_enrolment(std::string_view name, domain::TimePoint now,
                                                  std::string_view actor) {
    if (!valid_kiosk_name(name)) return fail(Errc::invalid_argument, "kiosk_name");
    auto txn = Transaction::begin(impl_->db);
    if (!txn) return std::unexpected(txn.error());
    auto find = impl_->statement(
        "SELECT id, token_hash IS NOT NULL FROM kiosks WHERE name = ? AND revoked_at IS NULL");
    if (!find) return std::unexpected(find.error());
    (*find)->bind_all(name);
    auto row = (*find)->step();
    if (!row) return std::unexpected(row.error());
    std::int64_t id = 0;
    if (*row) {
        id = (*find)->column_int64(0);
        const bool enrolled = (*find)->column_int(1) != 0;
        (*find)->reset();
        if (enrolled) return fail(Errc::kiosk_exists, std::string(name));
        // Added but never enrolled: the earlier code (lost, expired) gives way to this one.
        auto retire = impl_->statement(
            "UPDATE enrolment_codes SET expires_at = ? WHERE kiosk_id = ? AND used_at IS NULL "
            "AND expires_at > ?");
        if (!retire) return std::unexpected(retire.error());
        (*retire)->bind_all(to_seconds(now), id, to_seconds(now));
        if (auto r = (*retire)->run(); !r) return std::unexpected(r.error());
    } else {
        (*find)->reset();
        auto ins = impl_->statement("INSERT INTO kiosks(name, created_at) VALUES(?, ?)");
        if (!ins) return std::unexpected(ins.error());
        (*ins)->bind_all(name, to_seconds(now));
        if (auto r = (*ins)->run(); !r) return std::unexpected(r.error());
        id = sqlite3_last_insert_rowid(impl_->db.get());
    }
    KioskEnrolment out{std::string(name), new_enrolment_code(), now + enrolment_code_lifetime};
    const auto hash = impl_->keyed_hash(code_label, *normalized_code(out.code));
    auto code = impl_->statement(
        "INSERT INTO enrolment_codes(code_hash, kiosk_id, created_at, expires_at) "
        "VALUES(?, ?, ?, ?)");
    if (!code) return std::unexpected(code.error());
    (*code)->bind_all(blob(hash), id, to_seconds(now), to_seconds(out.expires_at));
    if (auto r = (*code)->run(); !r) return std::unexpected(r.error());
    if (auto r = impl_->audit(now, actor, "kiosk_add", name, ""); !r)
        return std::unexpected(r.error());
    if (auto r = txn->commit(); !r) return std::unexpected(r.error());
    return out;
}

Result<EnrolledKiosk> Store::redeem_enrolment(std::string_view typed, domain::TimePoint now) {
    const auto normalized = normalized_code(typed);
    if (!normalized) return fail(Errc::enrolment_refused);
    const auto hash = impl_->keyed_hash(code_label, *normalized);
    // IMMEDIATE: two kiosks racing with one code cannot both read it unused.
    auto txn = Transaction::begin(impl_->db);
    if (!txn) return std::unexpected(txn.error());
    auto find = impl_->statement(
        "SELECT k.id, k.name FROM enrolment_codes c JOIN kiosks k ON k.id = c.kiosk_id "
        "WHERE c.code_hash = ? AND c.used_at IS NULL AND c.expires_at > ? "
        "AND k.revoked_at IS NULL AND k.token_hash IS NULL");
    if (!find) return std::unexpected(find.error());
    (*find)->bind_all(blob(hash), to_seconds(now));
    auto row = (*find)->step();
    if (!row) return std::unexpected(row.error());
    if (!*row) {
        (*find)->reset();
        return fail(Errc::enrolment_refused);
    }
    const std::int64_t id = (*find)->column_int64(0);
    EnrolledKiosk out{(*find)->column_text(1), new_token()};
    (*find)->reset();
    auto used = impl_->statement("UPDATE enrolment_codes SET used_at = ? WHERE code_hash = ?");
    if (!used) return std::unexpected(used.error());
    (*used)->bind_all(to_seconds(now), blob(hash));
    if (auto r = (*used)->run(); !r) return std::unexpected(r.error());
    auto enrol = impl_->statement(
        "UPDATE kiosks SET token_hash = ?, enrolled_at = ?, last_contact = ? WHERE id = ?");
    if (!enrol) return std::unexpected(enrol.error());
    (*enrol)->bind_all(blob(impl_->keyed_hash(token_label, out.token)), to_seconds(now),
                       to_seconds(now), id);
    if (auto r = (*enrol)->run(); !r) return std::unexpected(r.error());
    if (auto r = impl_->audit(now, "kiosk:" + out.name, "kiosk_enrol", out.name, ""); !r)
        return std::unexpected(r.error());
    if (auto r = txn->commit(); !r) return std::unexpected(r.error());
    return out;
}

Result<KioskRef> Store::kiosk_by_token(std::string_view token) {
    if (!well_formed_token(token)) return fail(Errc::device_refused);
    auto st = impl_->statement("SELECT id, name, revoked_at FROM kiosks WHERE token_hash = ?");
    if (!st) return std::unexpected(st.error());
    (*st)->bind_all(blob(impl_->keyed_hash(token_label, token)));
    auto row = (*st)->step();
    if (!row) return std::unexpected(row.error());
    if (!*row) {
        (*st)->reset();
        return fail(Errc::device_refused);
    }
    KioskRef out{(*st)->column_int64(0), (*st)->column_text(1)};
    const bool revoked = !(*st)->column_is_null(2);
    (*st)->reset();
    if (revoked) return fail(Errc::device_refused, out.name);
    return out;
}

Result<std::vector<KioskRecord>> Store::list_kiosks() {
    auto st = impl_->statement(
        "SELECT name, created_at, enrolled_at, last_contact, filings_received, backlog_pending, "
        "backlog_quarantined, revoked_at, backlog_since, "
        "(SELECT count(*) FROM filing_quarantine q WHERE q.kiosk_id = kiosks.id) "
        "FROM kiosks ORDER BY name, id");
    if (!st) return std::unexpected(st.error());
    std::vector<KioskRecord> out;
    auto walked = (*st)->for_each_row([&](const Statement& s) {
        out.push_back({s.column_text(0), from_seconds(s.column_int64(1)), optional_time(s, 2),
                       optional_time(s, 3), s.column_int64(4), s.column_int64(5), s.column_int64(6),
                       optional_time(s, 7), optional_time(s, 8), s.column_int64(9)});
    });
    if (!walked) return std::unexpected(walked.error());
    return out;
}

Result<void> Store::revoke_kiosk(std::string_view name, domain::TimePoint now,
                                 std::string_view actor) {
    auto txn = Transaction::begin(impl_->db);
    if (!txn) return std::unexpected(txn.error());
    auto find = impl_->statement("SELECT id FROM kiosks WHERE name = ? AND revoked_at IS NULL");
    if (!find) return std::unexpected(find.error());
    (*find)->bind_all(name);
    auto row = (*find)->step();
    if (!row) return std::unexpected(row.error());
    if (!*row) {
        (*find)->reset();
        return fail(Errc::not_found, std::string(name));
    }
    const std::int64_t id = (*find)->column_int64(0);
    (*find)->reset();
    auto revoke = impl_->statement("UPDATE kiosks SET revoked_at = ? WHERE id = ?");
    if (!revoke) return std::unexpected(revoke.error());
    (*revoke)->bind_all(to_seconds(now), id);
    if (auto r = (*revoke)->run(); !r) return r;
    auto codes = impl_->statement(
        "UPDATE enrolment_codes SET expires_at = ? WHERE kiosk_id = ? AND used_at IS NULL "
        "AND expires_at > ?");
    if (!codes) return std::unexpected(codes.error());
    (*codes)->bind_all(to_seconds(now), id, to_seconds(now));
    if (auto r = (*codes)->run(); !r) return r;
    if (auto r = impl_->audit(now, actor, "kiosk_revoke", name, ""); !r) return r;
    return txn->commit();
}

Result<void> Store::record_backlog(std::int64_t kiosk_id, std::int64_t pending,
                                   std::int64_t quarantined, domain::TimePoint now) {
    // One statement in autocommit: no transaction to hold, and durable as every commit is.
    auto st = impl_->statement(
        "UPDATE kiosks SET backlog_pending = ?1, backlog_quarantined = ?2, last_contact = ?3, "
        "backlog_since = CASE WHEN ?1 = 0 THEN NULL "
        "WHEN backlog_pending = 0 OR backlog_since IS NULL THEN ?3 ELSE backlog_since END "
        "WHERE id = ?4");
    if (!st) return std::unexpected(st.error());
    (*st)->bind_all(pending, quarantined, to_seconds(now), kiosk_id);
    return (*st)->run();
}

}  // namespace siang::store
