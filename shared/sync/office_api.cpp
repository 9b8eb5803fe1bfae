// The office API's wire format: JSON encoding and strict decoding of every message, and the
// HTTP status of each error.
#include "sync/office_api.hpp"

#include <cstdio>
#include <initializer_list>
#include <nlohmann/json.hpp>

#include "domain/kind.hpp"
#include "domain/status.hpp"
#include "sync/strict_json.hpp"

namespace siang::sync {

using nlohmann::json;

namespace {

std::string iso_date(std::chrono::year_month_day d) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", static_cast<int>(d.year()),
                  static_cast<unsigned>(d.month()), static_cast<unsigned>(d.day()));
    return buf;
}

// Reads the keys of an object one by one, refusing unknown and missing keys and wrong types, so
// every decoder says the same things about the same mistakes.
class Reader {
  public:
    explicit Reader(const json& j) : j_(j) {}

    // Refuses keys outside `known`.
    Result<void> only(std::initializer_list<std::string_view> known) const {
        for (const auto& [key, value] : j_.items()) {
            bool ok = false;
            for (auto k : known) ok = ok || key == k;
            if (!ok)
                return fail({.code = Errc::invalid_input, .detail = "unknown_key", .field = key});
        }
        return {};
    }
    Result<std::string> text(std::string_view key, bool required = true) const {
        auto it = j_.find(key);
        if (it == j_.end() || (!required && it->is_null())) {
            if (required) return missing(key);
            return std::string{};
        }
        if (!it->is_string()) return wrong(key, "not_string");
        return it->get<std::string>();
    }
    Result<std::int64_t> integer(std::string_view key) const {
        auto it = j_.find(key);
        if (it == j_.end()) return missing(key);
        if (!it->is_number_integer()) return wrong(key, "not_integer");
        return it->get<std::int64_t>();
    }
    Result<bool> boolean(std::string_view key) const {
        auto it = j_.find(key);
        if (it == j_.end()) return missing(key);
        if (!it->is_boolean()) return wrong(key, "not_boolean");
        return it->get<bool>();
    }
    Result<const json*> object(std::string_view key) const {
        auto it = j_.find(key);
        if (it == j_.end()) return missing(key);
        if (!it->is_object()) return wrong(key, "not_object");
        return &*it;
    }
    Result<const json*> array(std::string_view key) const {
        auto it = j_.find(key);
        if (it == j_.end()) return missing(key);
        if (!it->is_array()) return wrong(key, "not_array");
        return &*it;
    }
    Result<domain::TimePoint> time(std::string_view key) const {
        auto s = text(key);
        if (!s) return std::unexpected(s.error());
        auto t = domain::parse_iso_utc(*s);
        if (!t) return wrong(key, "not_time");
        return *t;
    }
    Result<std::chrono::year_month_day> date(std::string_view key) const {
        auto s = text(key);
        if (!s) return std::unexpected(s.error());
        auto d = domain::parse_date(*s);
        if (!d) return wrong(key, "not_date");
        return *d;
    }

  private:
    static std::unexpected<Error> missing(std::string_view key) {
        return fail(
            {.code = Errc::invalid_input, .detail = "missing_key", .field = std::string(key)});
    }
    static std::unexpected<Error> wrong(std::string_view key, std::string_view what) {
        return fail(
            {.code = Errc::invalid_input, .detail = std::string(what), .field = std::string(key)});
    }
    const json& j_;
};

#define SIANG_TRY(var, expr) \
    auto var = (expr);       \
    if (!var) return std::unexpected(std::move(var).error())

Result<json> object_of(std::string_view body) {
    return parse_strict_json(body);
}

json draft_json(const domain::Draft& d) {
    return {{"kind", domain::kind_id(d.kind)},
            {"service", d.service},
            {"division", d.division},
            {"subject", d.subject},
            {"details", d.details},
            {"location", d.location},
            {"occurred_on", d.occurred_on ? json(iso_date(*d.occurred_on)) : json(nullptr)},
            {"contact",
             {{"name", d.contact.name},
              {"phone", d.contact.phone},
              {"email", d.contact.email},
              {"address", d.contact.address}}}};
}

Result<domain::Draft> draft_of(const json& j) {
    Reader r(j);
    if (auto ok = r.only({"kind", "service", "division", "subject", "details", "location",
                          "occurred_on", "contact"});
        !ok)
        return std::unexpected(ok.error());
    domain::Draft d;
    SIANG_TRY(kind, r.text("kind"));
    auto k = domain::parse_kind(*kind);
    if (!k) return fail(Errc::unknown_kind, *kind);
    d.kind = *k;
    SIANG_TRY(service, r.text("service"));
    SIANG_TRY(division, r.text("division"));
    SIANG_TRY(subject, r.text("subject"));
    SIANG_TRY(details, r.text("details"));
    SIANG_TRY(location, r.text("location"));
    d.service = std::move(*service);
    d.division = std::move(*division);
    d.subject = std::move(*subject);
    d.details = std::move(*details);
    d.location = std::move(*location);
    if (auto it = j.find("occurred_on"); it == j.end()) {
        return fail({.code = Errc::invalid_input, .detail = "missing_key", .field = "occurred_on"});
    } else if (!it->is_null()) {
        SIANG_TRY(on, r.date("occurred_on"));
        d.occurred_on = *on;
    }
    SIANG_TRY(contact, r.object("contact"));
    Reader c(**contact);
    if (auto ok = c.only({"name", "phone", "email", "address"}); !ok)
        return std::unexpected(ok.error());
    SIANG_TRY(name, c.text("name"));
    SIANG_TRY(phone, c.text("phone"));
    SIANG_TRY(email, c.text("email"));
    SIANG_TRY(address, c.text("address"));
    d.contact = {std::move(*name), std::move(*phone), std::move(*email), std::move(*address)};
    return d;
}

}  // namespace

int http_status(Errc code) {
    switch (code) {
        case Errc::enrolment_refused:
            return 403;
        case Errc::permission_denied:
            return 403;
        case Errc::device_refused:
            return 401;
        case Errc::unknown_code:
        case Errc::not_found:
            return 404;
        case Errc::filing_conflict:
            return 409;
        case Errc::input_too_large:
            return 413;
        case Errc::rate_limited:
            return 429;
        case Errc::invalid_input:
        case Errc::json_duplicate_key:
        case Errc::json_nul_byte:
            return 400;
        case Errc::invalid_utf8:
        case Errc::field_required:
        case Errc::field_too_long:
        case Errc::field_too_large:
        case Errc::too_many_marks:
        case Errc::control_character:
        case Errc::invalid_phone:
        case Errc::invalid_email:
        case Errc::invalid_date:
        case Errc::date_in_future:
        case Errc::date_too_early:
        case Errc::unknown_kind:
        case Errc::unknown_service:
        case Errc::unknown_division:
        case Errc::malformed_code:
        case Errc::bad_check_digit:
            return 422;
        case Errc::store_busy:
        case Errc::store_full:
        case Errc::store_failed:
        case Errc::store_unreadable:
        case Errc::io_error:
            return 503;
        default:
            return 500;
    }
}

bool refused_for_good(Errc code) {
    const int status = http_status(code);
    return code == Errc::filing_conflict || status == 400 || status == 413 || status == 422;
}

std::string encode(const EnrolRequest& r) {
    return json{{"enrolment_code", r.enrolment_code}}.dump();
}
Result<EnrolRequest> decode_enrol_request(std::string_view body) {
    SIANG_TRY(j, object_of(body));
    Reader r(*j);
    if (auto ok = r.only({"enrolment_code"}); !ok) return std::unexpected(ok.error());
    SIANG_TRY(code, r.text("enrolment_code"));
    return EnrolRequest{std::move(*code)};
}
std::string encode(const EnrolReply& r) {
    return json{{"kiosk", r.kiosk}, {"token", r.token}}.dump();
}
Result<EnrolReply> decode_enrol_reply(std::string_view body) {
    SIANG_TRY(j, object_of(body));
    Reader r(*j);
    if (auto ok = r.only({"kiosk", "token"}); !ok) return std::unexpected(ok.error());
    SIANG_TRY(kiosk, r.text("kiosk"));
    SIANG_TRY(token, r.text("token"));
    return EnrolReply{std::move(*kiosk), std::move(*token)};
}

std::string encode(const Filing& f) {
    return json{{"uuid", f.uuid},
                {"filed_at", domain::format_iso_utc(f.filed_at)},
                {"tracking_code", f.code.str()},
                {"draft", draft_json(f.draft)}}
        .dump();
}
Result<Filing> decode_filing(std::string_view body) {
    SIANG_TRY(j, object_of(body));
    Reader r(*j);
    if (auto ok = r.only({"uuid", "filed_at", "tracking_code", "draft"}); !ok)
        return std::unexpected(ok.error());
    Filing f;
    SIANG_TRY(uuid, r.text("uuid"));
    f.uuid = std::move(*uuid);
    SIANG_TRY(at, r.time("filed_at"));
    f.filed_at = *at;
    SIANG_TRY(code_text, r.text("tracking_code"));
    SIANG_TRY(code, domain::parse_tracking_code(*code_text));
    f.code = *code;
    SIANG_TRY(draft_obj, r.object("draft"));
    SIANG_TRY(draft, draft_of(**draft_obj));
    f.draft = std::move(*draft);
    return f;
}
std::string encode(const FilingAck& a) {
    return json{
        {"uuid", a.uuid}, {"case_number", a.case_number.str()}, {"due_date", iso_date(a.due_date)}}
        .dump();
}
Result<FilingAck> decode_filing_ack(std::string_view body) {
    SIANG_TRY(j, object_of(body));
    Reader r(*j);
    if (auto ok = r.only({"uuid", "case_number", "due_date"}); !ok)
        return std::unexpected(ok.error());
    FilingAck a;
    SIANG_TRY(uuid, r.text("uuid"));
    a.uuid = std::move(*uuid);
    SIANG_TRY(number_text, r.text("case_number"));
    auto number = domain::parse_case_number(*number_text);
    if (!number)
        return fail(
            {.code = Errc::invalid_input, .detail = "not_case_number", .field = "case_number"});
    a.case_number = *number;
    SIANG_TRY(due, r.date("due_date"));
    a.due_date = *due;
    return a;
}

std::string encode_track_request(const domain::TrackingCode& code) {
    return json{{"tracking_code", code.str()}}.dump();
}
Result<domain::TrackingCode> decode_track_request(std::string_view body) {
    SIANG_TRY(j, object_of(body));
    Reader r(*j);
    if (auto ok = r.only({"tracking_code"}); !ok) return std::unexpected(ok.error());
    SIANG_TRY(text, r.text("tracking_code"));
    return domain::parse_tracking_code(*text);
}

std::string encode(const store::PublicStatus& s) {
    json timeline = json::array();
    for (const auto& t : s.timeline)
        timeline.push_back({{"status", domain::status_id(t.status)},
                            {"at", domain::format_iso_utc(t.at)},
                            {"public_reply", t.public_reply}});
    return json{{"kind", domain::kind_id(s.kind)},
                {"service", s.service},
                {"division", s.division},
                {"filed_at", domain::format_iso_utc(s.filed_at)},
                {"due_date", iso_date(s.due_date)},
                {"status", domain::status_id(s.status)},
                {"timeline", timeline},
                {"public_reply", s.latest_public_reply}}
        .dump();
}
Result<store::PublicStatus> decode_public_status(std::string_view body) {
    SIANG_TRY(j, object_of(body));
    Reader r(*j);
    if (auto ok = r.only({"kind", "service", "division", "filed_at", "due_date", "status",
                          "timeline", "public_reply"});
        !ok)
        return std::unexpected(ok.error());
    store::PublicStatus s;
    SIANG_TRY(kind, r.text("kind"));
    auto k = domain::parse_kind(*kind);
    if (!k) return fail(Errc::unknown_kind, *kind);
    s.kind = *k;
    SIANG_TRY(service, r.text("service"));
    SIANG_TRY(division, r.text("division"));
    s.service = std::move(*service);
    s.division = std::move(*division);
    SIANG_TRY(filed, r.time("filed_at"));
    s.filed_at = *filed;
    SIANG_TRY(due, r.date("due_date"));
    s.due_date = *due;
    SIANG_TRY(status, r.text("status"));
    auto st = domain::parse_status(*status);
    if (!st) return fail(Errc::unknown_status, *status);
    s.status = *st;
    SIANG_TRY(reply, r.text("public_reply"));
    s.latest_public_reply = std::move(*reply);
    SIANG_TRY(timeline, r.array("timeline"));
    for (const auto& entry : **timeline) {
        if (!entry.is_object())
            return fail({.code = Errc::invalid_input, .detail = "not_object", .field = "timeline"});
        Reader e(entry);
        if (auto ok = e.only({"status", "at", "public_reply"}); !ok)
            return std::unexpected(ok.error());
        store::TimelineEntry t;
        SIANG_TRY(ts, e.text("status"));
        auto tst = domain::parse_status(*ts);
        if (!tst) return fail(Errc::unknown_status, *ts);
        t.status = *tst;
        SIANG_TRY(at, e.time("at"));
        t.at = *at;
        SIANG_TRY(tr, e.text("public_reply"));
        t.public_reply = std::move(*tr);
        s.timeline.push_back(std::move(t));
    }
    return s;
}

std::string encode_help_request(std::string_view screen) {
    return json{{"screen", screen}}.dump();
}
Result<std::string> decode_help_request(std::string_view body) {
    SIANG_TRY(j, object_of(body));
    Reader r(*j);
    if (auto ok = r.only({"screen"}); !ok) return std::unexpected(ok.error());
    return r.text("screen");
}
std::string encode_help_id(std::int64_t id) {
    return json{{"id", id}}.dump();
}
Result<std::int64_t> decode_help_id(std::string_view body) {
    SIANG_TRY(j, object_of(body));
    Reader r(*j);
    if (auto ok = r.only({"id"}); !ok) return std::unexpected(ok.error());
    return r.integer("id");
}
std::string encode_help_state(bool acknowledged) {
    return json{{"acknowledged", acknowledged}}.dump();
}
Result<bool> decode_help_state(std::string_view body) {
    SIANG_TRY(j, object_of(body));
    Reader r(*j);
    if (auto ok = r.only({"acknowledged"}); !ok) return std::unexpected(ok.error());
    return r.boolean("acknowledged");
}

std::string encode(const Backlog& b) {
    return json{{"pending", b.pending}, {"quarantined", b.quarantined}}.dump();
}
Result<Backlog> decode_backlog(std::string_view body) {
    SIANG_TRY(j, object_of(body));
    Reader r(*j);
    if (auto ok = r.only({"pending", "quarantined"}); !ok) return std::unexpected(ok.error());
    SIANG_TRY(pending, r.integer("pending"));
    SIANG_TRY(quarantined, r.integer("quarantined"));
    if (*pending < 0 || *quarantined < 0)
        return fail({.code = Errc::invalid_input, .detail = "negative", .field = "pending"});
    return Backlog{*pending, *quarantined};
}

std::string encode_error(const Error& e) {
    // In error_facts' order, "code" first, for people reading an answer.
    nlohmann::ordered_json facts = nlohmann::ordered_json::object();
    for (const auto& f : error_facts(e))
        std::visit([&](const auto& v) { facts[std::string(f.key)] = v; }, f.value);
    return nlohmann::ordered_json{{"error", facts}}.dump();
}

Error decode_error(std::string_view body, long http_status) {
    Error unexplained{Errc::server_failed, std::to_string(http_status)};
    auto j = parse_strict_json(body);
    if (!j) return unexplained;
    auto it = j->find("error");
    if (it == j->end() || !it->is_object()) return unexplained;
    const json& e = *it;
    auto name = e.find("code");
    if (name == e.end() || !name->is_string()) return unexplained;
    auto code = errc_from_name(name->get<std::string>());
    if (!code) return unexplained;
    Error out{*code};
    auto str = [&](const char* key, std::string& to) {
        if (auto v = e.find(key); v != e.end() && v->is_string()) to = v->get<std::string>();
    };
    auto num = [&](const char* key, std::optional<std::int64_t>& to) {
        if (auto v = e.find(key); v != e.end() && v->is_number_integer())
            to = v->get<std::int64_t>();
    };
    str("detail", out.detail);
    str("field", out.field);
    str("from", out.from);
    str("to", out.to);
    num("count", out.count);
    num("limit", out.limit);
    return out;
}

}  // namespace siang::sync
