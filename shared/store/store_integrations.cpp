// Open311 integrations (issue 14, SPEC §13): the systems allowed to POST requests, each with an
// API key kept only as a keyed hash, as kiosk tokens are (store_kiosks.cpp).
#include "store/store_impl.hpp"
#include "store/transaction.hpp"

namespace siang::store {

namespace {

constexpr std::string_view key_label = "siang open311 api key";

}  // namespace

Result<std::string> Store::add_integration(std::string_view name, domain::TimePoint now,
                                           std::string_view actor) {
    if (!valid_kiosk_name(name)) return fail(Errc::invalid_argument, "integration_name");
    auto txn = Transaction::begin(impl_->db);
    if (!txn) return std::unexpected(txn.error());
    auto find = impl_->statement("SELECT 1 FROM integrations WHERE name = ? AND revoked_at IS NULL");
    if (!find) return std::unexpected(find.error());
    (*find)->bind_all(name);
    auto row = (*find)->step();
    if (!row) return std::unexpected(row.error());
    (*find)->reset();
    if (*row) return fail(Errc::integration_exists, std::string(name));
    std::string key = new_token();
    const auto hash = impl_->keyed_hash(key_label, key);
    auto ins = impl_->statement(
        "INSERT INTO integrations(name, key_hash, created_at) VALUES(?, ?, ?)");
    if (!ins) return std::unexpected(ins.error());
    (*ins)->bind_all(name, std::span<const std::uint8_t>(hash), to_seconds(now));
    if (auto r = (*ins)->run(); !r) return std::unexpected(r.error());
    if (auto r = impl_->audit(now, actor, "integration_add", name, ""); !r)
        return std::unexpected(r.error());
    if (auto r = txn->commit(); !r) return std::unexpected(r.error());
    return key;
}

Result<std::string> Store::integration_by_key(std::string_view api_key) {
    if (!well_formed_token(api_key)) return fail(Errc::device_refused);
    const auto hash = impl_->keyed_hash(key_label, api_key);
    auto st = impl_->statement(
        "SELECT name FROM integrations WHERE key_hash = ? AND revoked_at IS NULL");
    if (!st) return std::unexpected(st.error());
    (*st)->bind_all(std::span<const std::uint8_t>(hash));
    auto row = (*st)->step();
    if (!row) return std::unexpected(row.error());
    if (!*row) {
        (*st)->reset();
        return fail(Errc::device_refused);
    }
    std::string name = (*st)->column_text(0);
    (*st)->reset();
    return name;
}

Result<void> Store::revoke_integration(std::string_view name, domain::TimePoint now,
                                       std::string_view actor) {
    auto txn = Transaction::begin(impl_->db);
    if (!txn) return std::unexpected(txn.error());
    auto st = impl_->statement(
        "UPDATE integrations SET revoked_at = ? WHERE name = ? AND revoked_at IS NULL");
    if (!st) return std::unexpected(st.error());
    (*st)->bind_all(to_seconds(now), name);
    if (auto r = (*st)->run(); !r) return std::unexpected(r.error());
    if (sqlite3_changes(impl_->db.get()) == 0) return fail(Errc::not_found, std::string(name));
    if (auto r = impl_->audit(now, actor, "integration_revoke", name, ""); !r)
        return std::unexpected(r.error());
    if (auto r = txn->commit(); !r) return std::unexpected(r.error());
    return {};
}

Result<std::vector<std::string>> Store::list_integrations() {
    auto st = impl_->statement(
        "SELECT name FROM integrations WHERE revoked_at IS NULL ORDER BY name");
    if (!st) return std::unexpected(st.error());
    std::vector<std::string> out;
    auto walked = (*st)->for_each_row([&](const Statement& s) { out.push_back(s.column_text(0)); });
    if (!walked) return std::unexpected(walked.error());
    return out;
}

}  // namespace siang::store
