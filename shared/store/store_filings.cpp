// Filings uploaded by kiosks (SPEC §9): many per transaction, each in its own savepoint; nothing
// lost (durable before the answer), nothing doubled (the uuid is unique in the schema).
//
// Clocks: a filing carries the kiosk's time of filing. A kiosk offline for days files in the
// past, which is right: the case counts from when the citizen filed. A kiosk whose clock runs
// more than max_kiosk_clock_ahead ahead of the server's would number the case in a later fiscal
// year, or give it a due date from the future, so the case is recorded at the server's time then.
// It is never refused for that: refusing would lose a citizen's filing for a misset clock. Its
// draft is still checked against the kiosk's time, the "today" the citizen saw when choosing the
// date of the event, so a date that was valid at the kiosk does not turn into date_in_future.
//
// Code collisions: the kiosk mints the tracking code, so the server cannot draw another one the
// way submit() does. A code another case already has would open that case for this citizen (or
// this one for the other), handing one citizen another's case; so afterwards it opens neither:
// both cases get a random stored hash that no code has, both go on codes_to_reissue with an
// audit row "code_collision", and staff issue new codes (`Store::reissue_code`). The filing
// itself is accepted and acknowledged as any other: it is never lost for it.
#include <sodium.h>

#include <algorithm>

#include "domain/case_number.hpp"
#include "store/fts_match.hpp"
#include "store/store_impl.hpp"
#include "store/transaction.hpp"

namespace siang::store {

namespace {

constexpr std::string_view body_label = "siang kiosk filing";

bool well_formed_uuid(std::string_view u) {
    // RFC 4122 version 4 in lower case: 8-4-4-4-12 hex digits, "4" and a variant of 8, 9, a, b.
    if (u.size() != 36) return false;
    for (std::size_t i = 0; i < u.size(); ++i) {
        const char c = u[i];
        if (i == 8 || i == 13 || i == 18 || i == 23) {
            if (c != '-') return false;
        } else if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) {
            return false;
        }
    }
    return u[14] == '4' && std::string_view("89ab").find(u[19]) != std::string_view::npos;
}

std::span<const std::uint8_t> blob(const domain::CodeHash& h) {
    return std::span<const std::uint8_t>(h);
}

// A stored hash no tracking code has: 32 random bytes.
domain::CodeHash dead_code_hash() {
    domain::CodeHash h{};
    randombytes_buf(h.data(), h.size());
    return h;
}

// One filing's savepoint inside the batch's transaction: released on success, rolled back to
// (and released) for a refused filing, so its writes vanish and the others' stay.
class Savepoint {
  public:
    explicit Savepoint(SqliteDb& db) : db_(db) {}
    Result<void> begin() { return db_.exec("SAVEPOINT filing"); }
    Result<void> release() { return db_.exec("RELEASE filing"); }
    Result<void> undo() {
        if (auto r = db_.exec("ROLLBACK TO filing"); !r) return r;
        return release();
    }

  private:
    SqliteDb& db_;
};

// A refusal of this one filing (validation, conflict), as opposed to the store failing, which
// fails the whole batch: after SQLITE_FULL or an I/O error SQLite may have rolled the whole
// transaction back, and going on would write the rest outside it.
struct Refused {
    Error error;
    std::optional<std::int64_t> existing_case;
};

struct Known {
    std::int64_t case_id = 0;
    std::int64_t kiosk_id = 0;
    std::vector<std::uint8_t> content_hash;
    AcceptedFiling answer;
};

Result<std::optional<Known>> known_filing(Store::Impl& impl, std::string_view uuid) {
    auto st = impl.statement(
        "SELECT f.case_id, f.kiosk_id, f.content_hash, c.register, c.fiscal_year, c.sequence, "
        "c.due_date FROM kiosk_filings f JOIN cases c ON c.id = f.case_id WHERE f.uuid = ?");
    if (!st) return std::unexpected(st.error());
    (*st)->bind_all(uuid);
    std::optional<Known> out;
    std::optional<Error> damaged;
    auto walked = (*st)->for_each_row([&](const Statement& s) {
        Known k{s.column_int64(0), s.column_int64(1), s.column_blob(2), {}};
        auto book = stored_register(s.column_text(3), "cases.register", k.case_id);
        auto due = stored_date(s.column_text(6), "cases.due_date", k.case_id);
        if (!book || !due) {
            damaged = !book ? book.error() : due.error();
            return;
        }
        k.answer = {{s.column_int(4), s.column_int(5), *book}, *due, true};
        out = std::move(k);
    });
    if (!walked) return std::unexpected(walked.error());
    if (damaged) return std::unexpected(*damaged);
    return out;
}

Result<void> quarantine(Store::Impl& impl, const IncomingFiling& f, domain::TimePoint now,
                        const Refused& why) {
    auto st = impl.statement(
        "INSERT INTO filing_quarantine(uuid, kiosk_id, received_at, error, field, case_id) "
        "VALUES(?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING");
    if (!st) return std::unexpected(st.error());
    (*st)->bind_all(f.uuid, f.kiosk.id, to_seconds(now), error_name(why.error.code),
                    why.error.field, why.existing_case);
    return (*st)->run();
}

// Makes the code of the case with `code_hash` (if any) stop working and lists it for a new code;
// returns its number when there was one. Inside the filing's savepoint.
Result<std::optional<std::pair<std::int64_t, domain::CaseNumber>>> retire_shared_code(
    Store::Impl& impl, const domain::CodeHash& code_hash) {
    auto find =
        impl.statement("SELECT id, register, fiscal_year, sequence FROM cases WHERE code_hash = ?");
    if (!find) return std::unexpected(find.error());
    (*find)->bind_all(blob(code_hash));
    std::optional<std::pair<std::int64_t, domain::CaseNumber>> other;
    std::optional<Error> damaged;
    auto walked = (*find)->for_each_row([&](const Statement& s) {
        auto book = stored_register(s.column_text(1), "cases.register", s.column_int64(0));
        if (!book) {
            damaged = book.error();
            return;
        }
        other = std::pair{s.column_int64(0),
                          domain::CaseNumber{s.column_int(2), s.column_int(3), *book}};
    });
    if (!walked) return std::unexpected(walked.error());
    if (damaged) return std::unexpected(*damaged);
    if (!other) return other;
    auto upd = impl.statement("UPDATE cases SET code_hash = ? WHERE id = ?");
    if (!upd) return std::unexpected(upd.error());
    (*upd)->bind_all(blob(dead_code_hash()), other->first);
    if (auto r = (*upd)->run(); !r) return std::unexpected(r.error());
    return other;
}

Result<void> list_for_new_code(Store::Impl& impl, std::int64_t case_id, domain::TimePoint now) {
    auto st = impl.statement(
        "INSERT INTO codes_to_reissue(case_id, since) VALUES(?, ?) ON CONFLICT DO NOTHING");
    if (!st) return std::unexpected(st.error());
    (*st)->bind_all(case_id, to_seconds(now));
    return (*st)->run();
}

// Writes one new filing; the caller holds its savepoint. Refused for the filing's own faults,
// Error (in the outer Result) for the store's.
Result<std::expected<AcceptedFiling, Refused>> file_one(Store::Impl& impl, const IncomingFiling& f,
                                                        domain::TimePoint now,
                                                        const domain::CodeHash& content_hash) {
    using Outcome = std::expected<AcceptedFiling, Refused>;
    auto known = known_filing(impl, f.uuid);
    if (!known) return std::unexpected(known.error());
    if (*known) {
        const auto& k = **known;
        const bool same_bytes =
            std::ranges::equal(k.content_hash, std::span<const std::uint8_t>(content_hash));
        if (same_bytes && k.kiosk_id == f.kiosk.id) return Outcome(k.answer);
        return Outcome(std::unexpected(
            Refused{Error{Errc::filing_conflict, f.uuid}, std::optional{k.case_id}}));
    }
    auto draft = domain::validate_draft(f.draft, impl.directory, f.filed_at);
    if (!draft) return Outcome(std::unexpected(Refused{draft.error(), std::nullopt}));

    const auto recorded_at = f.filed_at > now + max_kiosk_clock_ahead ? now : f.filed_at;
    const int fy = domain::fiscal_year_be(domain::local_date(recorded_at));
    const auto book = domain::register_for(draft->kind);
    auto seq = impl.next_sequence(book, fy);
    if (!seq) return std::unexpected(seq.error());

    auto code_hash = domain::hash_tracking_code(f.code, impl.key);
    auto other = retire_shared_code(impl, code_hash);
    if (!other) return std::unexpected(other.error());
    if (*other) code_hash = dead_code_hash();

    const std::string actor = "kiosk:" + f.kiosk.name;
    auto ins = insert_case(impl, *draft, recorded_at, actor, {fy, *seq, book}, f.code, code_hash);
    if (!ins) return std::unexpected(ins.error());

    auto link = impl.statement(
        "INSERT INTO kiosk_filings(case_id, uuid, kiosk_id, content_hash, received_at) "
        "VALUES(?, ?, ?, ?, ?)");
    if (!link) return std::unexpected(link.error());
    (*link)->bind_all(ins->id, f.uuid, f.kiosk.id, blob(content_hash), to_seconds(now));
    if (auto r = (*link)->run(); !r) return std::unexpected(r.error());
    auto count = impl.statement(
        "UPDATE kiosks SET filings_received = filings_received + 1, last_contact = ? "
        "WHERE id = ?");
    if (!count) return std::unexpected(count.error());
    (*count)->bind_all(to_seconds(now), f.kiosk.id);
    if (auto r = (*count)->run(); !r) return std::unexpected(r.error());

    if (auto r = impl.audit(now, actor, "submit", ins->filed.number.str(),
                            std::string(domain::kind_id(draft->kind)));
        !r)
        return std::unexpected(r.error());
    if (*other) {
        for (std::int64_t id : {(*other)->first, ins->id})
            if (auto r = list_for_new_code(impl, id, now); !r) return std::unexpected(r.error());
        if (auto r = impl.audit(now, actor, "code_collision", ins->filed.number.str(),
                                (*other)->second.str());
            !r)
            return std::unexpected(r.error());
    }
    if (auto r = index_case_text(impl, ins->id, fts_index_text(draft->subject, draft->details)); !r)
        return std::unexpected(r.error());
    return Outcome(AcceptedFiling{ins->filed.number, ins->filed.due_date, false});
}

}  // namespace

Result<std::vector<Result<AcceptedFiling>>> Store::accept_filings(
    std::span<const IncomingFiling> batch, domain::TimePoint now) {
    std::vector<Result<AcceptedFiling>> out;
    out.reserve(batch.size());
    auto txn = Transaction::begin(impl_->db);
    if (!txn) return std::unexpected(txn.error());
    for (const auto& f : batch) {
        if (!well_formed_uuid(f.uuid)) {
            out.push_back(
                fail({.code = Errc::invalid_input, .detail = "not_uuid", .field = "uuid"}));
            continue;
        }
        const auto content_hash = impl_->keyed_hash(body_label, f.body);
        Savepoint sp(impl_->db);
        if (auto r = sp.begin(); !r) return std::unexpected(r.error());
        auto one = file_one(*impl_, f, now, content_hash);
        if (!one) return std::unexpected(one.error());  // the transaction rolls back
        if (*one) {
            if (auto r = sp.release(); !r) return std::unexpected(r.error());
            out.push_back(**one);
            continue;
        }
        const Refused& why = one->error();
        if (auto r = sp.undo(); !r) return std::unexpected(r.error());
        if (auto r = quarantine(*impl_, f, now, why); !r) return std::unexpected(r.error());
        out.push_back(std::unexpected(why.error));
    }
    if (auto r = txn->commit(); !r) return std::unexpected(r.error());
    return out;
}

Result<std::vector<QuarantinedFiling>> Store::list_quarantine() {
    auto st = impl_->statement(
        "SELECT q.uuid, k.name, q.received_at, q.error, q.field, c.id, c.register, "
        "c.fiscal_year, c.sequence FROM filing_quarantine q JOIN kiosks k ON k.id = q.kiosk_id "
        "LEFT JOIN cases c ON c.id = q.case_id ORDER BY q.id DESC");
    if (!st) return std::unexpected(st.error());
    std::vector<QuarantinedFiling> out;
    std::optional<Error> damaged;
    auto walked = (*st)->for_each_row([&](const Statement& s) {
        QuarantinedFiling q{s.column_text(0), s.column_text(1), from_seconds(s.column_int64(2)),
                            s.column_text(3), s.column_text(4), std::nullopt};
        if (!s.column_is_null(5)) {
            auto book = stored_register(s.column_text(6), "cases.register", s.column_int64(5));
            if (!book) {
                damaged = book.error();
                return false;
            }
            q.existing_case = domain::CaseNumber{s.column_int(7), s.column_int(8), *book};
        }
        out.push_back(std::move(q));
        return true;
    });
    if (!walked) return std::unexpected(walked.error());
    if (damaged) return std::unexpected(*damaged);
    return out;
}

Result<std::vector<CodeToReissue>> Store::codes_to_reissue() {
    auto st = impl_->statement(
        "SELECT c.id, c.register, c.fiscal_year, c.sequence, r.since FROM codes_to_reissue r "
        "JOIN cases c ON c.id = r.case_id ORDER BY r.since, c.id");
    if (!st) return std::unexpected(st.error());
    std::vector<CodeToReissue> out;
    std::optional<Error> damaged;
    auto walked = (*st)->for_each_row([&](const Statement& s) {
        auto book = stored_register(s.column_text(1), "cases.register", s.column_int64(0));
        if (!book) {
            damaged = book.error();
            return false;
        }
        out.push_back({{s.column_int(2), s.column_int(3), *book}, from_seconds(s.column_int64(4))});
        return true;
    });
    if (!walked) return std::unexpected(walked.error());
    if (damaged) return std::unexpected(*damaged);
    return out;
}

}  // namespace siang::store
