// Staff workflow: status changes, internal notes, division assignment and code reissue.
#include "domain/status_change.hpp"
#include "store/store_impl.hpp"
#include "store/transaction.hpp"

namespace siang::store {

Result<void> Store::change_status(const domain::CaseNumber& number,
                                  const domain::StatusChange& typed, const Viewer& viewer,
                                  std::optional<std::int64_t> expected_version) {
    // Checked here, not in each program, so the console, the CLI and the server share one rule.
    auto cleaned = domain::clean_status_change(typed);
    if (!cleaned) return std::unexpected(cleaned.error());
    const domain::StatusChange& change = *cleaned;
    auto txn = Transaction::begin(impl_->db);
    if (!txn) return std::unexpected(txn.error());
    auto ref = impl_->find_case(number, viewer.may_see_confidential);
    if (!ref) return std::unexpected(ref.error());
    if (auto ok = impl_->check_version(*ref, number, expected_version); !ok) return ok;
    // Refused before anything is written; the guard rolls back the empty transaction.
    if (auto ok = domain::check_transition(ref->status, change.to, change.reason); !ok) return ok;
    const auto at = change.at == domain::TimePoint{} ? now_seconds() : change.at;
    const std::string actor = change.actor.empty() ? viewer.actor : change.actor;

    auto hist = impl_->statement(
        "INSERT INTO case_history(case_id, status, at, actor, note, public_reply, reason) "
        "VALUES(?, ?, ?, ?, ?, ?, ?)");
    if (!hist) return std::unexpected(hist.error());
    (*hist)->bind_all(ref->id, domain::status_id(change.to), to_seconds(at), actor, change.note,
                      change.public_reply, change.reason);
    if (auto r = (*hist)->run(); !r) return r;
    auto upd = impl_->statement("UPDATE cases SET status = ? WHERE id = ?");
    if (!upd) return std::unexpected(upd.error());
    (*upd)->bind_all(domain::status_id(change.to), ref->id);
    if (auto r = (*upd)->run(); !r) return r;
    const std::string detail = std::string(domain::status_id(ref->status)) + "->" +
                               std::string(domain::status_id(change.to));
    if (auto r = impl_->audit(at, actor, "change_status", number.str(), detail); !r) return r;
    return txn->commit();
}

Result<void> Store::add_note(const domain::CaseNumber& number, const Viewer& viewer,
                             std::string_view text, domain::TimePoint now,
                             std::optional<std::int64_t> expected_version) {
    const std::string_view actor = viewer.actor;
    auto body = domain::clean_note(text);
    if (!body) return std::unexpected(body.error());
    const auto at = now == domain::TimePoint{} ? now_seconds() : now;
    auto txn = Transaction::begin(impl_->db);
    if (!txn) return std::unexpected(txn.error());
    auto ref = impl_->find_case(number, viewer.may_see_confidential);
    if (!ref) return std::unexpected(ref.error());
    if (auto ok = impl_->check_version(*ref, number, expected_version); !ok) return ok;
    auto ins =
        impl_->statement("INSERT INTO case_notes(case_id, at, actor, body) VALUES(?, ?, ?, ?)");
    if (!ins) return std::unexpected(ins.error());
    (*ins)->bind_all(ref->id, to_seconds(at), actor, *body);
    if (auto r = (*ins)->run(); !r) return r;
    if (auto r = impl_->audit(at, actor, "add_note", number.str(), ""); !r) return r;
    return txn->commit();
}

Result<void> Store::assign_division(const domain::CaseNumber& number, std::string_view division,
                                    const Viewer& viewer,
                                    std::optional<std::int64_t> expected_version) {
    if (impl_->directory.find_division(division) == nullptr)
        return fail(Errc::unknown_division, std::string(division));
    auto txn = Transaction::begin(impl_->db);
    if (!txn) return std::unexpected(txn.error());
    auto ref = impl_->find_case(number, viewer.may_see_confidential);
    if (!ref) return std::unexpected(ref.error());
    if (auto ok = impl_->check_version(*ref, number, expected_version); !ok) return ok;
    auto upd = impl_->statement("UPDATE cases SET division = ? WHERE id = ?");
    if (!upd) return std::unexpected(upd.error());
    (*upd)->bind_all(division, ref->id);
    if (auto r = (*upd)->run(); !r) return r;
    if (auto r = impl_->audit(now_seconds(), viewer.actor, "assign_division", number.str(),
                              std::string(division));
        !r)
        return r;
    return txn->commit();
}

Result<domain::TrackingCode> Store::reissue_code(const domain::CaseNumber& number,
                                                 const Viewer& viewer,
                                                 std::optional<std::int64_t> expected_version) {
    auto txn = Transaction::begin(impl_->db);
    if (!txn) return std::unexpected(txn.error());
    auto ref = impl_->find_case(number, viewer.may_see_confidential);
    if (!ref) return std::unexpected(ref.error());
    if (auto ok = impl_->check_version(*ref, number, expected_version); !ok)
        return std::unexpected(ok.error());
    auto code = impl_->fresh_code();
    if (!code) return std::unexpected(code.error());
    // Replacing the only stored hash is what makes the old code stop working.
    auto upd = impl_->statement("UPDATE cases SET code_hash = ? WHERE id = ?");
    if (!upd) return std::unexpected(upd.error());
    (*upd)->bind_all(std::span<const std::uint8_t>(code->second), ref->id);
    if (auto r = (*upd)->run(); !r) return std::unexpected(r.error());
    // Issue 11: a case whose kiosk-minted code was shared gets its own now (store_filings.cpp).
    auto listed = impl_->statement("DELETE FROM codes_to_reissue WHERE case_id = ?");
    if (!listed) return std::unexpected(listed.error());
    (*listed)->bind_all(ref->id);
    if (auto r = (*listed)->run(); !r) return std::unexpected(r.error());
    if (auto r = impl_->audit(now_seconds(), viewer.actor, "reissue_code", number.str(), ""); !r)
        return std::unexpected(r.error());
    if (auto r = txn->commit(); !r) return std::unexpected(r.error());
    return code->first;
}

}  // namespace siang::store
