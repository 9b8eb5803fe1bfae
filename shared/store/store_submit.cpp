// Filing: one durable submission from the kiosk, and bulk import of case histories.
#include <algorithm>
#include <numeric>

#include "store/fts_match.hpp"
#include "store/store_impl.hpp"
#include "store/transaction.hpp"

namespace siang::store {

namespace {

struct Inserted {
    std::int64_t id = 0;
    Filed filed;
};

// Inserts the case (status received), its first history row and its search text. The caller
// holds an IMMEDIATE transaction.
Result<Inserted> insert_case(Store::Impl& impl, const domain::Draft& d, domain::TimePoint filed_at,
                             std::string_view actor) {
    const auto local = domain::local_date(filed_at);
    const int fy = domain::fiscal_year_be(local);
    auto seq = impl.next_sequence(fy);
    if (!seq) return std::unexpected(seq.error());
    auto code = impl.fresh_code();
    if (!code) return std::unexpected(code.error());

    Inserted out;
    out.filed.number = domain::CaseNumber{fy, *seq};
    out.filed.code = code->first;
    out.filed.filed_at = filed_at;
    out.filed.due_date = std::chrono::year_month_day{
        std::chrono::sys_days{local} + std::chrono::days{impl.target_days(d.service)}};
    std::optional<std::string> occurred;
    if (d.occurred_on) occurred = date_text(*d.occurred_on);

    auto ins = impl.statement(
        "INSERT INTO cases(fiscal_year, sequence, kind, service, division, subject, details, "
        "location, occurred_on, contact_name, contact_phone, contact_email, contact_address, "
        "status, filed_at, due_date, code_hash) "
        "VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'received', ?, ?, ?)");
    if (!ins) return std::unexpected(ins.error());
    (*ins)->bind_all(fy, *seq, domain::kind_id(d.kind), d.service, d.division, d.subject, d.details,
                     d.location, occurred, d.contact.name, d.contact.phone, d.contact.email,
                     d.contact.address, filed_at.time_since_epoch().count(),
                     date_text(out.filed.due_date), std::span<const std::uint8_t>(code->second));
    if (auto r = (*ins)->run(); !r) return std::unexpected(r.error());
    out.id = sqlite3_last_insert_rowid(impl.db.get());

    auto hist = impl.statement(
        "INSERT INTO case_history(case_id, status, at, actor) VALUES(?, 'received', ?, ?)");
    if (!hist) return std::unexpected(hist.error());
    (*hist)->bind_all(out.id, filed_at.time_since_epoch().count(), actor);
    if (auto r = (*hist)->run(); !r) return std::unexpected(r.error());

    auto fts = impl.statement("INSERT INTO case_text(rowid, body) VALUES(?, ?)");
    if (!fts) return std::unexpected(fts.error());
    (*fts)->bind_all(out.id, fts_index_text(d.subject, d.details));
    if (auto r = (*fts)->run(); !r) return std::unexpected(r.error());
    return out;
}

// Replays the status changes of an imported case after "received".
Result<void> apply_history(Store::Impl& impl, std::int64_t id,
                           std::span<const domain::StatusChange> changes) {
    if (changes.empty()) return {};
    auto hist = impl.statement(
        "INSERT INTO case_history(case_id, status, at, actor, note, public_reply, reason) "
        "VALUES(?, ?, ?, ?, ?, ?, ?)");
    if (!hist) return std::unexpected(hist.error());
    domain::Status current = domain::Status::received;
    for (const auto& c : changes) {
        if (auto ok = domain::check_transition(current, c.to, c.reason); !ok)
            return std::unexpected(ok.error());
        (*hist)->bind_all(id, domain::status_id(c.to), c.at.time_since_epoch().count(), c.actor,
                          c.note, c.public_reply, c.reason);
        if (auto r = (*hist)->run(); !r) return std::unexpected(r.error());
        current = c.to;
    }
    auto upd = impl.statement("UPDATE cases SET status = ? WHERE id = ?");
    if (!upd) return std::unexpected(upd.error());
    (*upd)->bind_all(domain::status_id(current), id);
    return (*upd)->run();
}

// Relaxes durability for a bulk load and restores it however the load ends. A crash during
// import loses at most the batch in flight of demo data, never a citizen's filing: only
// import_cases runs under it.
class BulkLoadPragmas {
  public:
    explicit BulkLoadPragmas(SqliteDb& db) : db_(db) {
        (void)db_.exec("PRAGMA synchronous = OFF");
        (void)db_.exec("PRAGMA cache_size = -131072");
    }
    ~BulkLoadPragmas() {
        (void)db_.exec("PRAGMA synchronous = FULL");
        (void)db_.exec("PRAGMA cache_size = -2000");
    }
    BulkLoadPragmas(const BulkLoadPragmas&) = delete;
    BulkLoadPragmas& operator=(const BulkLoadPragmas&) = delete;

  private:
    SqliteDb& db_;
};

constexpr std::size_t import_batch = 10000;

}  // namespace

Result<Filed> Store::submit(const domain::Draft& validated, domain::TimePoint now,
                            std::string_view actor) {
    auto txn = Transaction::begin(impl_->db);
    if (!txn) return std::unexpected(txn.error());
    auto ins = insert_case(*impl_, validated, now, actor);
    if (!ins) return std::unexpected(ins.error());
    if (auto r = impl_->audit(now, actor, "submit", ins->filed.number.str(),
                              std::string(domain::kind_id(validated.kind)));
        !r)
        return std::unexpected(r.error());
    if (auto r = txn->commit(); !r) return std::unexpected(r.error());
    return ins->filed;
}

Result<std::size_t> Store::import_cases(std::span<const domain::CaseHistory> cases) {
    std::vector<std::size_t> order(cases.size());
    std::iota(order.begin(), order.end(), std::size_t{0});
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        return cases[a].filed_at < cases[b].filed_at;
    });

    BulkLoadPragmas relaxed(impl_->db);
    std::size_t done = 0;
    while (done < order.size()) {
        auto txn = Transaction::begin(impl_->db);
        if (!txn) return std::unexpected(txn.error());
        const std::size_t end = std::min(order.size(), done + import_batch);
        for (std::size_t i = done; i < end; ++i) {
            const auto& c = cases[order[i]];
            auto ins = insert_case(*impl_, c.draft, c.filed_at, "import");
            if (!ins) return std::unexpected(ins.error());
            if (auto r = apply_history(*impl_, ins->id, c.changes); !r)
                return std::unexpected(r.error());
        }
        if (auto r = txn->commit(); !r) return std::unexpected(r.error());
        done = end;
    }
    auto txn = Transaction::begin(impl_->db);
    if (!txn) return std::unexpected(txn.error());
    if (auto r =
            impl_->audit(now_seconds(), "siang", "import", "", std::to_string(done) + " cases");
        !r)
        return std::unexpected(r.error());
    if (auto r = txn->commit(); !r) return std::unexpected(r.error());
    // Fresh statistics let the planner pick the right index at a million rows.
    (void)impl_->db.exec("PRAGMA optimize");
    return done;
}

}  // namespace siang::store
