// The staff API's case codecs (staff_wire_cases.hpp).
#include "sync/staff_wire_cases.hpp"

#include <limits>
#include <utility>

#include "domain/kind.hpp"
#include "sync/json_reader.hpp"
#include "sync/wire_draft.hpp"

namespace siang::sync {
namespace {

std::unexpected<Error> bad(std::string_view field, std::string_view what) {
    return fail(
        {.code = Errc::invalid_input, .detail = std::string(what), .field = std::string(field)});
}

// A key that must be there and may be null: nullopt for null.
Result<const json*> nullable(const json& j, std::string_view key) {
    auto it = j.find(key);
    if (it == j.end()) return bad(key, "missing_key");
    if (it->is_null()) return nullptr;
    return &*it;
}

Result<std::optional<std::string>> nullable_text(const json& j, std::string_view key) {
    SIANG_TRY(v, nullable(j, key));
    if (*v == nullptr) return std::optional<std::string>{};
    if (!(*v)->is_string()) return bad(key, "not_string");
    return std::optional<std::string>((*v)->get<std::string>());
}

Result<std::optional<std::int64_t>> nullable_integer(const json& j, std::string_view key) {
    SIANG_TRY(v, nullable(j, key));
    if (*v == nullptr) return std::optional<std::int64_t>{};
    if (!(*v)->is_number_integer()) return bad(key, "not_integer");
    return std::optional<std::int64_t>((*v)->get<std::int64_t>());
}

Result<std::optional<std::chrono::year_month_day>> nullable_date(const json& j,
                                                                 std::string_view key) {
    SIANG_TRY(v, nullable_text(j, key));
    if (!*v) return std::optional<std::chrono::year_month_day>{};
    auto d = domain::parse_date(**v);
    if (!d) return bad(key, "not_date");
    return std::optional<std::chrono::year_month_day>(*d);
}

Result<domain::Kind> kind_of(std::string_view id) {
    auto k = domain::parse_kind(id);
    if (!k) return fail(Errc::unknown_kind, std::string(id));
    return *k;
}

Result<domain::Status> status_of(std::string_view id) {
    auto s = domain::parse_status(id);
    if (!s) return fail(Errc::unknown_status, std::string(id));
    return *s;
}

Result<domain::CaseNumber> number_of(std::string_view text, std::string_view field) {
    auto n = domain::parse_case_number(text);
    if (!n) return bad(field, "not_case_number");
    return *n;
}

// An int field of the query: within [min, INT_MAX].
Result<int> bounded_int(const Reader& r, std::string_view key, std::int64_t min) {
    SIANG_TRY(v, r.integer(key));
    if (*v < min || *v > std::numeric_limits<int>::max()) return bad(key, "out_of_range");
    return static_cast<int>(*v);
}

json nullable_json(const std::optional<std::string>& v) {
    return v ? json(*v) : json(nullptr);
}

json version_json(std::optional<std::int64_t> v) {
    return v ? json(*v) : json(nullptr);
}

std::string_view sort_id(store::Sort s) {
    switch (s) {
        case store::Sort::newest:
            return "newest";
        case store::Sort::oldest:
            return "oldest";
        case store::Sort::due_soonest:
            return "due_soonest";
    }
    return "newest";
}

Result<store::Sort> sort_of(std::string_view id) {
    for (auto s : {store::Sort::newest, store::Sort::oldest, store::Sort::due_soonest})
        if (sort_id(s) == id) return s;
    return bad("sort", "unknown_sort");
}

Result<const json*> object_entry(const json& entry, std::string_view field) {
    if (!entry.is_object()) return bad(field, "not_object");
    return &entry;
}


Result<store::ListRow> row_of(const json& j) {
    Reader r(j);
    if (auto ok = r.only({"number", "kind", "service", "division", "subject", "status", "filed_at",
                          "due_date", "overdue"});
        !ok)
        return std::unexpected(ok.error());
    store::ListRow row;
    SIANG_TRY(number, r.text("number"));
    SIANG_TRY(n, number_of(*number, "number"));
    row.number = *n;
    SIANG_TRY(kind, r.text("kind"));
    SIANG_TRY(k, kind_of(*kind));
    row.kind = *k;
    SIANG_TRY(service, r.text("service"));
    row.service = std::move(*service);
    SIANG_TRY(division, r.text("division"));
    row.division = std::move(*division);
    SIANG_TRY(subject, r.text("subject"));
    row.subject = std::move(*subject);
    SIANG_TRY(status, r.text("status"));
    SIANG_TRY(st, status_of(*status));
    row.status = *st;
    SIANG_TRY(filed, r.time("filed_at"));
    row.filed_at = *filed;
    SIANG_TRY(due, r.date("due_date"));
    row.due_date = *due;
    SIANG_TRY(overdue, r.boolean("overdue"));
    row.overdue = *overdue;
    return row;
}

json change_json(const domain::StatusChange& c) {
    return {{"to", domain::status_id(c.to)},
            {"at", domain::format_iso_utc(c.at)},
            {"actor", c.actor},
            {"note", c.note},
            {"public_reply", c.public_reply},
            {"reason", c.reason}};
}

Result<domain::StatusChange> change_of(const json& j) {
    Reader r(j);
    if (auto ok = r.only({"to", "at", "actor", "note", "public_reply", "reason"}); !ok)
        return std::unexpected(ok.error());
    domain::StatusChange c;
    SIANG_TRY(to, r.text("to"));
    SIANG_TRY(st, status_of(*to));
    c.to = *st;
    SIANG_TRY(at, r.time("at"));
    c.at = *at;
    SIANG_TRY(actor, r.text("actor"));
    c.actor = std::move(*actor);
    SIANG_TRY(note, r.text("note"));
    c.note = std::move(*note);
    SIANG_TRY(reply, r.text("public_reply"));
    c.public_reply = std::move(*reply);
    SIANG_TRY(reason, r.text("reason"));
    c.reason = std::move(*reason);
    return c;
}

Result<std::optional<std::int64_t>> version_of(const json& j) {
    return nullable_integer(j, "version");
}

// {"version", "<key>": text}: the version (integer or null) and the text.
Result<std::pair<std::optional<std::int64_t>, std::string>> versioned_text(std::string_view body,
                                                                           std::string_view key) {
    SIANG_TRY(j, object_of(body));
    Reader r(*j);
    if (auto ok = r.only({"version", key}); !ok) return std::unexpected(ok.error());
    SIANG_TRY(version, version_of(*j));
    SIANG_TRY(text, r.text(key));
    return std::pair{*version, std::move(*text)};
}

}  // namespace

json case_row_json(const store::ListRow& r) {
    return {{"number", r.number.str()},
            {"kind", domain::kind_id(r.kind)},
            {"service", r.service},
            {"division", r.division},
            {"subject", r.subject},
            {"status", domain::status_id(r.status)},
            {"filed_at", domain::format_iso_utc(r.filed_at)},
            {"due_date", iso_date(r.due_date)},
            {"overdue", r.overdue}};
}

std::string encode(const store::Query& q) {
    return json{{"kind", q.kind ? json(domain::kind_id(*q.kind)) : json(nullptr)},
                {"status", q.status ? json(domain::status_id(*q.status)) : json(nullptr)},
                {"division", nullable_json(q.division)},
                {"service", nullable_json(q.service)},
                {"from", q.from ? json(iso_date(*q.from)) : json(nullptr)},
                {"to", q.to ? json(iso_date(*q.to)) : json(nullptr)},
                {"overdue_only", q.overdue_only},
                {"search", q.search},
                {"sort", sort_id(q.sort)},
                {"limit", q.limit},
                {"offset", q.offset},
                {"count_total", q.count_total}}
        .dump();
}

Result<store::Query> decode_query(std::string_view body) {
    SIANG_TRY(j, object_of(body));
    Reader r(*j);
    if (auto ok = r.only({"kind", "status", "division", "service", "from", "to", "overdue_only",
                          "search", "sort", "limit", "offset", "count_total"});
        !ok)
        return std::unexpected(ok.error());
    store::Query q;
    SIANG_TRY(kind, nullable_text(*j, "kind"));
    if (*kind) {
        SIANG_TRY(k, kind_of(**kind));
        q.kind = *k;
    }
    SIANG_TRY(status, nullable_text(*j, "status"));
    if (*status) {
        SIANG_TRY(s, status_of(**status));
        q.status = *s;
    }
    SIANG_TRY(division, nullable_text(*j, "division"));
    q.division = std::move(*division);
    SIANG_TRY(service, nullable_text(*j, "service"));
    q.service = std::move(*service);
    SIANG_TRY(from, nullable_date(*j, "from"));
    q.from = *from;
    SIANG_TRY(to, nullable_date(*j, "to"));
    q.to = *to;
    SIANG_TRY(overdue, r.boolean("overdue_only"));
    q.overdue_only = *overdue;
    SIANG_TRY(search, r.text("search"));
    q.search = std::move(*search);
    SIANG_TRY(sort, r.text("sort"));
    SIANG_TRY(s, sort_of(*sort));
    q.sort = *s;
    SIANG_TRY(limit, bounded_int(r, "limit", 1));
    q.limit = *limit;
    SIANG_TRY(offset, bounded_int(r, "offset", 0));
    q.offset = *offset;
    SIANG_TRY(count, r.boolean("count_total"));
    q.count_total = *count;
    return q;
}

std::string encode(const store::Page& p) {
    json rows = json::array();
    for (const auto& row : p.rows) rows.push_back(case_row_json(row));
    return json{{"rows", rows},
                {"total", p.total ? json(static_cast<std::uint64_t>(*p.total)) : json(nullptr)}}
        .dump();
}

Result<store::Page> decode_page(std::string_view body) {
    SIANG_TRY(j, object_of(body));
    Reader r(*j);
    if (auto ok = r.only({"rows", "total"}); !ok) return std::unexpected(ok.error());
    store::Page p;
    SIANG_TRY(rows, r.array("rows"));
    for (const auto& entry : **rows) {
        SIANG_TRY(e, object_entry(entry, "rows"));
        SIANG_TRY(row, row_of(**e));
        p.rows.push_back(std::move(*row));
    }
    SIANG_TRY(total, nullable_integer(*j, "total"));
    if (*total) {
        if (**total < 0) return bad("total", "out_of_range");
        p.total = static_cast<std::size_t>(**total);
    }
    return p;
}

std::string encode(const VersionedCase& c) {
    const auto& d = c.detail;
    json history = json::array();
    for (const auto& h : d.history) history.push_back(change_json(h));
    json notes = json::array();
    for (const auto& n : d.notes)
        notes.push_back(
            {{"at", domain::format_iso_utc(n.at)}, {"actor", n.actor}, {"text", n.text}});
    return json{{"version", c.version},
                {"case",
                 {{"number", d.number.str()},
                  {"filed", draft_json(d.filed)},
                  {"status", domain::status_id(d.status)},
                  {"filed_at", domain::format_iso_utc(d.filed_at)},
                  {"due_date", iso_date(d.due_date)},
                  {"overdue", d.overdue},
                  {"history", history},
                  {"notes", notes}}}}
        .dump();
}

Result<VersionedCase> decode_versioned_case(std::string_view body) {
    SIANG_TRY(j, object_of(body));
    Reader top(*j);
    if (auto ok = top.only({"version", "case"}); !ok) return std::unexpected(ok.error());
    VersionedCase c;
    SIANG_TRY(version, top.integer("version"));
    c.version = *version;
    SIANG_TRY(obj, top.object("case"));
    Reader r(**obj);
    if (auto ok = r.only(
            {"number", "filed", "status", "filed_at", "due_date", "overdue", "history", "notes"});
        !ok)
        return std::unexpected(ok.error());
    auto& d = c.detail;
    SIANG_TRY(number, r.text("number"));
    SIANG_TRY(n, number_of(*number, "number"));
    d.number = *n;
    SIANG_TRY(filed, r.object("filed"));
    SIANG_TRY(draft, draft_of(**filed));
    d.filed = std::move(*draft);
    SIANG_TRY(status, r.text("status"));
    SIANG_TRY(st, status_of(*status));
    d.status = *st;
    SIANG_TRY(at, r.time("filed_at"));
    d.filed_at = *at;
    SIANG_TRY(due, r.date("due_date"));
    d.due_date = *due;
    SIANG_TRY(overdue, r.boolean("overdue"));
    d.overdue = *overdue;
    SIANG_TRY(history, r.array("history"));
    for (const auto& entry : **history) {
        SIANG_TRY(e, object_entry(entry, "history"));
        SIANG_TRY(change, change_of(**e));
        d.history.push_back(std::move(*change));
    }
    SIANG_TRY(notes, r.array("notes"));
    for (const auto& entry : **notes) {
        SIANG_TRY(e, object_entry(entry, "notes"));
        Reader nr(**e);
        if (auto ok = nr.only({"at", "actor", "text"}); !ok) return std::unexpected(ok.error());
        store::Note note;
        SIANG_TRY(nat, nr.time("at"));
        note.at = *nat;
        SIANG_TRY(actor, nr.text("actor"));
        note.actor = std::move(*actor);
        SIANG_TRY(text, nr.text("text"));
        note.text = std::move(*text);
        d.notes.push_back(std::move(note));
    }
    return c;
}

std::string encode(const StatusChangeRequest& r) {
    return json{{"version", version_json(r.version)},
                {"to", domain::status_id(r.to)},
                {"note", r.note},
                {"public_reply", r.public_reply},
                {"reason", r.reason}}
        .dump();
}

Result<StatusChangeRequest> decode_status_change(std::string_view body) {
    SIANG_TRY(j, object_of(body));
    Reader r(*j);
    if (auto ok = r.only({"version", "to", "note", "public_reply", "reason"}); !ok)
        return std::unexpected(ok.error());
    StatusChangeRequest c;
    SIANG_TRY(version, version_of(*j));
    c.version = *version;
    SIANG_TRY(to, r.text("to"));
    SIANG_TRY(st, status_of(*to));
    c.to = *st;
    SIANG_TRY(note, r.text("note"));
    c.note = std::move(*note);
    SIANG_TRY(reply, r.text("public_reply"));
    c.public_reply = std::move(*reply);
    SIANG_TRY(reason, r.text("reason"));
    c.reason = std::move(*reason);
    return c;
}

std::string encode(const NoteRequest& r) {
    return json{{"version", version_json(r.version)}, {"text", r.text}}.dump();
}

Result<NoteRequest> decode_note_request(std::string_view body) {
    SIANG_TRY(v, versioned_text(body, "text"));
    return NoteRequest{v->first, std::move(v->second)};
}

std::string encode(const DivisionRequest& r) {
    return json{{"version", version_json(r.version)}, {"division", r.division}}.dump();
}

Result<DivisionRequest> decode_division_request(std::string_view body) {
    SIANG_TRY(v, versioned_text(body, "division"));
    return DivisionRequest{v->first, std::move(v->second)};
}

std::string encode_reissue_request(std::optional<std::int64_t> version) {
    return json{{"version", version_json(version)}}.dump();
}

Result<std::optional<std::int64_t>> decode_reissue_request(std::string_view body) {
    SIANG_TRY(j, object_of(body));
    if (auto ok = Reader(*j).only({"version"}); !ok) return std::unexpected(ok.error());
    return version_of(*j);
}

namespace {

// {"<key>": integer}
Result<std::int64_t> single_integer(std::string_view body, std::string_view key) {
    SIANG_TRY(j, object_of(body));
    Reader r(*j);
    if (auto ok = r.only({key}); !ok) return std::unexpected(ok.error());
    return r.integer(key);
}

}  // namespace

std::string encode_version(std::int64_t version) {
    return json{{"version", version}}.dump();
}

Result<std::int64_t> decode_version(std::string_view body) {
    return single_integer(body, "version");
}

std::string encode(const Reissued& r) {
    return json{{"tracking_code", r.code.str()}, {"version", r.version}}.dump();
}

Result<Reissued> decode_reissued(std::string_view body) {
    SIANG_TRY(j, object_of(body));
    Reader r(*j);
    if (auto ok = r.only({"tracking_code", "version"}); !ok) return std::unexpected(ok.error());
    SIANG_TRY(code_text, r.text("tracking_code"));
    auto code = domain::parse_tracking_code(*code_text);
    if (!code) return bad("tracking_code", "not_tracking_code");
    SIANG_TRY(version, r.integer("version"));
    return Reissued{*code, *version};
}

std::string encode_changes(std::int64_t changes) {
    return json{{"changes", changes}}.dump();
}

Result<std::int64_t> decode_changes(std::string_view body) {
    return single_integer(body, "changes");
}

std::string path_form(const domain::CaseNumber& n) {
    if (n.book == domain::Register::general) return n.str();
    domain::CaseNumber general = n;
    general.book = domain::Register::general;
    return "TJ-" + general.str();
}

Result<domain::CaseNumber> case_number_of_path(std::string_view text) {
    auto n = domain::parse_case_number(text);
    if (!n) return fail(Errc::not_found, std::string(text));
    return *n;
}

}  // namespace siang::sync
