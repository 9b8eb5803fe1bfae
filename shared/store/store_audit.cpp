// The append-only, hash-chained audit log: appending rows and verifying the chain.
#include <algorithm>

#include "store/store_impl.hpp"
#include "store/transaction.hpp"

namespace siang::store {

namespace {

AuditHash to_hash(const std::vector<std::uint8_t>& bytes) {
    AuditHash h{};
    // A stored hash of the wrong length cannot match; its zero-padded copy will not either.
    std::copy_n(bytes.begin(), std::min(bytes.size(), h.size()), h.begin());
    return h;
}

}  // namespace

Result<Store::Impl::AuditHead> Store::Impl::sealed_audit_head(bool* mac_only) {
    if (mac_only) *mac_only = false;
    auto last = statement(
        "SELECT id, at, actor, action, target, detail, prev_hash, hash FROM audit_log "
        "ORDER BY id DESC LIMIT 1");
    if (!last) return std::unexpected(last.error());
    auto row = (*last)->step();
    if (!row) return std::unexpected(row.error());
    // Every store starts with a genesis row: an empty log was emptied.
    if (!*row) return fail(Errc::audit_broken, "1");
    const Statement& s = **last;
    const AuditEntry e{s.column_int64(0), from_seconds(s.column_int64(1)),
                       s.column_text(2),  s.column_text(3),
                       s.column_text(4),  s.column_text(5)};
    const auto prev_blob = s.column_blob(6);
    const auto hash_blob = s.column_blob(7);
    (*last)->reset();
    AuditHead head{e.id, to_hash(hash_blob)};
    // An edited last row: its stored hash no longer matches its fields.
    if (prev_blob.size() != head.hash.size() || hash_blob.size() != head.hash.size() ||
        audit_link_hash(to_hash(prev_blob), e) != head.hash)
        return fail(Errc::audit_broken, std::to_string(e.id));

    auto seal = statement("SELECT rows, mac FROM audit_seal WHERE id = 1");
    if (!seal) return std::unexpected(seal.error());
    auto sealed = (*seal)->step();
    if (!sealed) return std::unexpected(sealed.error());
    if (!*sealed) return fail(Errc::audit_broken, "1");
    const std::int64_t rows = (*seal)->column_int64(0);
    const auto mac = (*seal)->column_blob(1);
    (*seal)->reset();
    // Same verdicts as verify_audit: rows cut from the end, rows added past the store.
    if (rows > head.id) return fail(Errc::audit_broken, std::to_string(head.id + 1));
    if (rows < head.id) return fail(Errc::audit_broken, std::to_string(rows + 1));
    if (mac.size() != head.hash.size() || to_hash(mac) != audit_seal_mac(key, rows, head.hash)) {
        if (mac_only) *mac_only = true;
        return fail(Errc::audit_broken, std::to_string(head.id));
    }
    return head;
}

Result<void> Store::Impl::audit(domain::TimePoint at, std::string_view actor,
                                std::string_view action, std::string_view target,
                                std::string_view detail) {
    // The caller's IMMEDIATE transaction holds the write lock, so the head cannot change
    // between checking it and appending after it.
    auto head = sealed_audit_head();
    if (!head) return std::unexpected(head.error());
    const AuditEntry e{head->id + 1,        at,
                       std::string(actor),  std::string(action),
                       std::string(target), std::string(detail)};
    return append_audit_row(e, head->hash);
}

Result<void> Store::Impl::write_audit_genesis(domain::TimePoint at) {
    return append_audit_row({1, at, "siang", "genesis", "", ""}, audit_genesis);
}

Result<void> Store::Impl::append_audit_row(const AuditEntry& e, const AuditHash& prev) {
    const AuditHash hash = audit_link_hash(prev, e);
    auto ins = statement(
        "INSERT INTO audit_log(id, at, actor, action, target, detail, prev_hash, hash) "
        "VALUES(?, ?, ?, ?, ?, ?, ?, ?)");
    if (!ins) return std::unexpected(ins.error());
    (*ins)->bind_all(e.id, to_seconds(e.at), e.actor, e.action, e.target, e.detail,
                     std::span<const std::uint8_t>(prev), std::span<const std::uint8_t>(hash));
    if (auto r = (*ins)->run(); !r) return r;
    return seal_audit(e.id, hash);
}

Result<void> Store::Impl::seal_audit(std::int64_t rows, const AuditHash& last) {
    const AuditHash mac = audit_seal_mac(key, rows, last);
    auto up = statement(
        "INSERT INTO audit_seal(id, rows, mac) VALUES(1, ?, ?) "
        "ON CONFLICT(id) DO UPDATE SET rows = excluded.rows, mac = excluded.mac");
    if (!up) return std::unexpected(up.error());
    (*up)->bind_all(rows, std::span<const std::uint8_t>(mac));
    return (*up)->run();
}

Result<void> Store::Impl::seal_current_audit() {
    auto last =
        Statement::prepare(db.get(), "SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1");
    if (!last) return std::unexpected(last.error());
    auto row = last->step();
    if (!row) return std::unexpected(row.error());
    if (!*row) return {};
    const std::int64_t rows = last->column_int64(0);
    const AuditHash hash = to_hash(last->column_blob(1));
    return seal_audit(rows, hash);
}

Result<void> Store::append_audit(std::string_view actor, std::string_view action,
                                 std::string_view target, std::string_view detail) {
    auto txn = Transaction::begin(impl_->db);
    if (!txn) return std::unexpected(txn.error());
    if (auto r = impl_->audit(now_seconds(), actor, action, target, detail); !r) return r;
    return txn->commit();
}

Result<void> Store::check_audit_head() {
    auto txn = Transaction::begin(impl_->db, false);
    if (!txn) return std::unexpected(txn.error());
    auto head = impl_->sealed_audit_head();
    if (!head) return std::unexpected(head.error());
    return txn->commit();
}

Result<AuditReport> Store::verify_audit() {
    auto txn = Transaction::begin(impl_->db, false);
    if (!txn) return std::unexpected(txn.error());
    // Not cached: a full walk is rare and must not hold a cached statement busy.
    auto st = Statement::prepare(
        impl_->db.get(),
        "SELECT id, at, actor, action, target, detail, prev_hash, hash FROM audit_log ORDER BY id");
    if (!st) return std::unexpected(st.error());
    AuditReport report;
    AuditHash expected_prev = audit_genesis;
    auto walked = st->for_each_row([&](const Statement& s) {
        const AuditEntry e{s.column_int64(0), from_seconds(s.column_int64(1)),
                           s.column_text(2),  s.column_text(3),
                           s.column_text(4),  s.column_text(5)};
        const auto prev_blob = s.column_blob(6);
        const auto hash_blob = s.column_blob(7);
        ++report.rows;
        // A deleted row breaks the next row's prev_hash; an edited or moved row its own hash.
        const bool linked =
            prev_blob.size() == expected_prev.size() && to_hash(prev_blob) == expected_prev;
        const AuditHash actual = audit_link_hash(expected_prev, e);
        const bool intact = hash_blob.size() == actual.size() && to_hash(hash_blob) == actual;
        if (!linked || !intact) {
            report.first_broken = e.id;
            return false;
        }
        expected_prev = actual;
        return true;
    });
    if (!walked) return std::unexpected(walked.error());
    if (report.rows == 0) {
        report.first_broken = 1;  // every store starts with a genesis row: this one was emptied
    } else if (!report.first_broken) {
        // The chain holds; does it end where the seal says? No seal at all counts as zero rows.
        auto seal =
            Statement::prepare(impl_->db.get(), "SELECT rows, mac FROM audit_seal WHERE id = 1");
        if (!seal) return std::unexpected(seal.error());
        auto row = seal->step();
        if (!row) return std::unexpected(row.error());
        const std::int64_t sealed = *row ? seal->column_int64(0) : 0;
        const bool matches =
            *row && sealed == report.rows &&
            to_hash(seal->column_blob(1)) == audit_seal_mac(impl_->key, report.rows, expected_prev);
        if (sealed > report.rows)
            report.first_broken = report.rows + 1;  // rows deleted from the end
        else if (sealed < report.rows)
            report.first_broken = sealed + 1;  // rows added without the store
        else if (!matches && report.rows > 0)
            report.first_broken = report.rows;  // rebuilt by someone without the key
    }
    if (auto r = txn->commit(); !r) return std::unexpected(r.error());
    return report;
}

}  // namespace siang::store
