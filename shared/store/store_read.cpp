// Reading one case: the staff detail view and the citizen's status by tracking code.
#include "store/store_impl.hpp"
#include "store/transaction.hpp"

namespace siang::store {

Result<CaseDetail> Store::get_case(const domain::CaseNumber& number, const Viewer& viewer) {
    // One write transaction when the read itself must be audited (corruption complaints);
    // otherwise a read transaction so case, history and notes are one consistent snapshot.
    auto txn = Transaction::begin(impl_->db, viewer.may_see_confidential);
    if (!txn) return std::unexpected(txn.error());
    auto ref = impl_->find_case(number, viewer.may_see_confidential);
    if (!ref) return std::unexpected(ref.error());

    auto st = impl_->statement(
        "SELECT kind, service, division, subject, details, location, occurred_on, contact_name, "
        "contact_phone, contact_email, contact_address, status, filed_at, due_date "
        "FROM cases WHERE id = ?");
    if (!st) return std::unexpected(st.error());
    auto& s = **st;
    s.bind_all(ref->id);
    auto row = s.step();
    if (!row) return std::unexpected(row.error());
    if (!*row) return fail(Errc::not_found, number.str());
    CaseDetail out;
    out.number = number;
    out.filed.kind = ref->kind;
    out.filed.service = s.column_text(1);
    out.filed.division = s.column_text(2);
    out.filed.subject = s.column_text(3);
    out.filed.details = s.column_text(4);
    out.filed.location = s.column_text(5);
    if (!s.column_is_null(6)) {
        auto on = stored_date(s.column_text(6), "cases.occurred_on", ref->id);
        if (!on) return std::unexpected(on.error());
        out.filed.occurred_on = *on;
    }
    out.filed.contact = {s.column_text(7), s.column_text(8), s.column_text(9), s.column_text(10)};
    out.status = ref->status;
    out.filed_at = from_seconds(s.column_int64(12));
    auto due = stored_date(s.column_text(13), "cases.due_date", ref->id);
    if (!due) return std::unexpected(due.error());
    out.due_date = *due;
    out.overdue = is_overdue(out.status, out.due_date, now_seconds());
    s.reset();

    auto hist = impl_->statement(
        "SELECT status, at, actor, note, public_reply, reason, id FROM case_history "
        "WHERE case_id = ? ORDER BY id");
    if (!hist) return std::unexpected(hist.error());
    Result<void> readable;
    auto history = (*hist)->bind_all(ref->id).for_each_row([&](const Statement& h) {
        auto status = stored_status(h.column_text(0), "case_history.status", h.column_int64(6));
        if (!status) {
            readable = std::unexpected(status.error());
            return false;
        }
        out.history.push_back(domain::StatusChange{*status, from_seconds(h.column_int64(1)),
                                                   h.column_text(2), h.column_text(3),
                                                   h.column_text(4), h.column_text(5)});
        return true;
    });
    if (!history) return std::unexpected(history.error());
    if (!readable) return std::unexpected(readable.error());

    auto notes =
        impl_->statement("SELECT at, actor, body FROM case_notes WHERE case_id = ? ORDER BY id");
    if (!notes) return std::unexpected(notes.error());
    auto noted = (*notes)->bind_all(ref->id).for_each_row([&](const Statement& n) {
        out.notes.push_back(
            Note{from_seconds(n.column_int64(0)), n.column_text(1), n.column_text(2)});
    });
    if (!noted) return std::unexpected(noted.error());

    if (domain::is_confidential(ref->kind)) {
        if (auto r =
                impl_->audit(now_seconds(), viewer.actor, "read_confidential", number.str(), "");
            !r)
            return std::unexpected(r.error());
    }
    if (auto r = txn->commit(); !r) return std::unexpected(r.error());
    return out;
}

Result<PublicStatus> Store::find_by_code(const domain::TrackingCode& code) {
    auto txn = Transaction::begin(impl_->db, false);
    if (!txn) return std::unexpected(txn.error());
    const auto hash = domain::hash_tracking_code(code, impl_->key);
    // Only the columns the kiosk may show are read at all.
    auto st = impl_->statement(
        "SELECT id, kind, service, division, filed_at, due_date, status FROM cases "
        "WHERE code_hash = ?");
    if (!st) return std::unexpected(st.error());
    auto& s = **st;
    s.bind_all(std::span<const std::uint8_t>(hash));
    auto row = s.step();
    if (!row) return std::unexpected(row.error());
    if (!*row) return fail(Errc::unknown_code);
    const std::int64_t id = s.column_int64(0);
    PublicStatus out;
    auto kind = stored_kind(s.column_text(1), "cases.kind", id);
    out.service = s.column_text(2);
    out.division = s.column_text(3);
    out.filed_at = from_seconds(s.column_int64(4));
    auto due = stored_date(s.column_text(5), "cases.due_date", id);
    auto status = stored_status(s.column_text(6), "cases.status", id);
    s.reset();
    if (!kind) return std::unexpected(kind.error());
    if (!due) return std::unexpected(due.error());
    if (!status) return std::unexpected(status.error());
    out.kind = *kind;
    out.due_date = *due;
    out.status = *status;

    auto hist = impl_->statement(
        "SELECT status, at, public_reply, id FROM case_history WHERE case_id = ? ORDER BY id");
    if (!hist) return std::unexpected(hist.error());
    Result<void> readable;
    auto timeline = (*hist)->bind_all(id).for_each_row([&](const Statement& h) {
        auto step = stored_status(h.column_text(0), "case_history.status", h.column_int64(3));
        if (!step) {
            readable = std::unexpected(step.error());
            return false;
        }
        TimelineEntry e{*step, from_seconds(h.column_int64(1)), h.column_text(2)};
        if (!e.public_reply.empty()) out.latest_public_reply = e.public_reply;
        out.timeline.push_back(std::move(e));
        return true;
    });
    if (!timeline) return std::unexpected(timeline.error());
    if (!readable) return std::unexpected(readable.error());
    if (auto r = txn->commit(); !r) return std::unexpected(r.error());
    return out;
}

}  // namespace siang::store
