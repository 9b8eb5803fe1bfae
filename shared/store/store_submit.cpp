// Filing: one durable submission from the kiosk, and bulk import of case histories.
#include <algorithm>
#include <future>
#include <map>
#include <numeric>

#include "domain/status_change.hpp"
#include "store/fts_match.hpp"
#include "store/store_impl.hpp"
#include "store/transaction.hpp"

namespace siang::store {

namespace {

int fiscal_year_of(domain::TimePoint t) {
    return domain::fiscal_year_be(domain::local_date(t));
}

// Case numbers for a bulk import: the counters live in memory for one batch and are written
// back once, instead of one counter update per record. Only valid inside one write transaction.
class BatchNumbering {
  public:
    explicit BatchNumbering(Store::Impl& impl) : impl_(impl) {}

    Result<int> next(domain::Register book, int fy) {
        auto it = last_.find({book, fy});
        if (it == last_.end()) {
            auto st = impl_.statement(
                "SELECT last_sequence FROM case_counter WHERE register = ? AND fiscal_year = ?");
            if (!st) return std::unexpected(st.error());
            (*st)->bind_all(domain::register_id(book), fy);
            auto row = (*st)->step();
            if (!row) return std::unexpected(row.error());
            it = last_.emplace(std::pair{book, fy}, *row ? (*st)->column_int(0) : 0).first;
            (*st)->reset();
        }
        return ++it->second;
    }

    Result<void> flush() {
        auto st = impl_.statement(
            "INSERT INTO case_counter(register, fiscal_year, last_sequence) VALUES(?, ?, ?) "
            "ON CONFLICT(register, fiscal_year) DO UPDATE SET last_sequence = "
            "excluded.last_sequence");
        if (!st) return std::unexpected(st.error());
        for (const auto& [key, last] : last_) {
            (*st)->bind_all(domain::register_id(key.first), key.second, last);
            if (auto r = (*st)->run(); !r) return r;
        }
        last_.clear();
        return {};
    }

  private:
    Store::Impl& impl_;
    std::map<std::pair<domain::Register, int>, int> last_;  // (register, fiscal year) → last
};

}  // namespace

Result<InsertedCase> insert_case(Store::Impl& impl, const domain::Draft& d,
                                 domain::TimePoint filed_at, std::string_view actor,
                                 domain::CaseNumber number, const domain::TrackingCode& code,
                                 const domain::CodeHash& code_hash) {
    InsertedCase out;
    out.filed.number = number;
    out.filed.code = code;
    out.filed.filed_at = filed_at;
    out.filed.due_date = domain::due_date(impl.directory, d.kind, d.service, filed_at);
    std::optional<std::string> occurred;
    if (d.occurred_on) occurred = date_text(*d.occurred_on);

    auto ins = impl.statement(
        "INSERT INTO cases(register, fiscal_year, sequence, kind, service, division, subject, "
        "details, "
        "location, occurred_on, contact_name, contact_phone, contact_email, contact_address, "
        "status, filed_at, due_date, code_hash) "
        "VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'received', ?, ?, ?)");
    if (!ins) return std::unexpected(ins.error());
    (*ins)->bind_all(domain::register_id(number.book), number.fiscal_year_be, number.sequence,
                     domain::kind_id(d.kind), d.service, d.division, d.subject, d.details,
                     d.location, occurred, d.contact.name, d.contact.phone, d.contact.email,
                     d.contact.address, filed_at.time_since_epoch().count(),
                     date_text(out.filed.due_date), std::span<const std::uint8_t>(code_hash));
    if (auto r = (*ins)->run(); !r) return std::unexpected(r.error());
    out.id = sqlite3_last_insert_rowid(impl.db.get());

    auto hist = impl.statement(
        "INSERT INTO case_history(case_id, status, at, actor) VALUES(?, 'received', ?, ?)");
    if (!hist) return std::unexpected(hist.error());
    (*hist)->bind_all(out.id, filed_at.time_since_epoch().count(), actor);
    if (auto r = (*hist)->run(); !r) return std::unexpected(r.error());

    return out;
}

// FTS5 writes its pending terms out at every statement savepoint of the transaction, and most
// statements open one; so search rows are written last, after every other statement of the
// filing (or of the whole import batch). Interleaving them costs a tiny index segment per record
// and made bulk import several times slower.
Result<void> index_case_text(Store::Impl& impl, std::int64_t id, std::string_view words) {
    auto fts = impl.statement("INSERT INTO case_text(rowid, body) VALUES(?, ?)");
    if (!fts) return std::unexpected(fts.error());
    (*fts)->bind_all(id, words);
    return (*fts)->run();
}

namespace {

// Segmented search text of the cases at `indices`. libthai's dictionary walk is the costliest
// step of an import, so it runs on another thread while the previous batch is inserted.
std::vector<std::string> segment_batch(std::span<const domain::CaseHistory> cases,
                                       std::span<const std::size_t> indices) {
    std::vector<std::string> out;
    out.reserve(indices.size());
    for (std::size_t i : indices)
        out.push_back(fts_index_text(cases[i].draft.subject, cases[i].draft.details));
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
    for (const auto& typed : changes) {
        auto cleaned = domain::clean_status_change(typed);
        if (!cleaned) return std::unexpected(cleaned.error());
        const domain::StatusChange& c = *cleaned;
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
    explicit BulkLoadPragmas(SqliteDb& db)
        : db_(db), autocheckpoint_(db.query_int("PRAGMA wal_autocheckpoint").value_or(1000)) {
        (void)db_.exec("PRAGMA synchronous = OFF");
        (void)db_.exec("PRAGMA cache_size = -262144");
        // Index and FTS pages are rewritten by every batch; copying them into the database
        // once per 200 MB of log instead of once per 4 MB saves much of that traffic.
        sqlite3_wal_autocheckpoint(db_.get(), 50000);
    }
    ~BulkLoadPragmas() {
        (void)db_.exec("PRAGMA synchronous = FULL");
        (void)db_.exec("PRAGMA cache_size = -2000");
        sqlite3_wal_autocheckpoint(db_.get(), static_cast<int>(autocheckpoint_));
        (void)sqlite3_wal_checkpoint_v2(db_.get(), nullptr, SQLITE_CHECKPOINT_PASSIVE, nullptr,
                                        nullptr);
    }
    BulkLoadPragmas(const BulkLoadPragmas&) = delete;
    BulkLoadPragmas& operator=(const BulkLoadPragmas&) = delete;

  private:
    SqliteDb& db_;
    std::int64_t autocheckpoint_;
};

constexpr std::size_t import_batch = 10000;

}  // namespace

Result<Filed> Store::submit(const domain::Draft& validated, domain::TimePoint now,
                            std::string_view actor) {
    auto txn = Transaction::begin(impl_->db);
    if (!txn) return std::unexpected(txn.error());
    const int fy = fiscal_year_of(now);
    const auto book = domain::register_for(validated.kind);
    auto seq = impl_->next_sequence(book, fy);
    if (!seq) return std::unexpected(seq.error());
    auto code = impl_->fresh_code();
    if (!code) return std::unexpected(code.error());
    auto ins =
        insert_case(*impl_, validated, now, actor, {fy, *seq, book}, code->first, code->second);
    if (!ins) return std::unexpected(ins.error());
    if (auto r = impl_->audit(now, actor, "submit", ins->filed.number.str(),
                              std::string(domain::kind_id(validated.kind)));
        !r)
        return std::unexpected(r.error());
    if (auto r =
            index_case_text(*impl_, ins->id, fts_index_text(validated.subject, validated.details));
        !r)
        return std::unexpected(r.error());
    if (auto r = txn->commit(); !r) return std::unexpected(r.error());
    return ins->filed;
}

Result<std::size_t> Store::import_cases(std::span<const domain::CaseHistory> cases,
                                        std::string_view actor) {
    std::vector<std::size_t> order(cases.size());
    std::iota(order.begin(), order.end(), std::size_t{0});
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        return cases[a].filed_at < cases[b].filed_at;
    });

    BulkLoadPragmas relaxed(impl_->db);
    const std::span<const std::size_t> all(order);
    auto batch_of = [&](std::size_t from) {
        return all.subspan(from, std::min(import_batch, order.size() - from));
    };
    std::future<std::vector<std::string>> next_words;
    if (!order.empty())
        next_words = std::async(std::launch::async, segment_batch, cases, batch_of(0));
    std::size_t done = 0;
    std::vector<std::int64_t> ids;
    while (done < order.size()) {
        const auto batch = batch_of(done);
        const auto words = next_words.get();
        if (done + batch.size() < order.size())
            next_words =
                std::async(std::launch::async, segment_batch, cases, batch_of(done + batch.size()));
        auto txn = Transaction::begin(impl_->db);
        if (!txn) return std::unexpected(txn.error());
        BatchNumbering numbering(*impl_);
        ids.clear();
        for (std::size_t i : batch) {
            const auto& c = cases[i];
            const int fy = fiscal_year_of(c.filed_at);
            const auto book = domain::register_for(c.draft.kind);
            auto seq = numbering.next(book, fy);
            if (!seq) return std::unexpected(seq.error());
            auto code = impl_->fresh_code();
            if (!code) return std::unexpected(code.error());
            auto ins = insert_case(*impl_, c.draft, c.filed_at, "import", {fy, *seq, book},
                                   code->first, code->second);
            if (!ins) return std::unexpected(ins.error());
            if (auto r = apply_history(*impl_, ins->id, c.changes); !r)
                return std::unexpected(r.error());
            ids.push_back(ins->id);
        }
        if (auto r = numbering.flush(); !r) return std::unexpected(r.error());
        for (std::size_t k = 0; k < ids.size(); ++k) {
            if (auto r = index_case_text(*impl_, ids[k], words[k]); !r)
                return std::unexpected(r.error());
        }
        if (auto r = txn->commit(); !r) return std::unexpected(r.error());
        done += batch.size();
    }
    auto txn = Transaction::begin(impl_->db);
    if (!txn) return std::unexpected(txn.error());
    if (auto r = impl_->audit(now_seconds(), actor, "import", "", std::to_string(done) + " cases");
        !r)
        return std::unexpected(r.error());
    if (auto r = txn->commit(); !r) return std::unexpected(r.error());
    return done;
}

}  // namespace siang::store
