// Reading the audit log page by page for the admin's audit view (newest first).
#include <algorithm>

#include "store/store_impl.hpp"

namespace siang::store {

Result<std::vector<AuditEntry>> Store::audit_rows(std::int64_t offset, int limit) {
    // The ids run 1..n without gaps (the chain appends id + 1), so a page is an id range:
    // no OFFSET scan however long the log grows.
    auto last = impl_->db.query_int("SELECT coalesce(max(id), 0) FROM audit_log");
    if (!last) return std::unexpected(last.error());
    const std::int64_t top = *last - std::max<std::int64_t>(offset, 0);
    auto st = impl_->statement(
        "SELECT id, at, actor, action, target, detail FROM audit_log WHERE id <= ? "
        "ORDER BY id DESC LIMIT ?");
    if (!st) return std::unexpected(st.error());
    (*st)->bind_all(top, std::max(limit, 0));
    std::vector<AuditEntry> out;
    auto walked = (*st)->for_each_row([&](const Statement& s) {
        out.push_back({s.column_int64(0), from_seconds(s.column_int64(1)), s.column_text(2),
                       s.column_text(3), s.column_text(4), s.column_text(5)});
    });
    if (!walked) return std::unexpected(walked.error());
    return out;
}

Result<std::int64_t> Store::audit_row_count() {
    return impl_->db.query_int("SELECT coalesce(max(id), 0) FROM audit_log");
}

}  // namespace siang::store
