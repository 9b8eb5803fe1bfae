// The office API's wire format: JSON encoding and strict decoding of every message, and the
// HTTP status of each error.
#include "sync/office_api.hpp"

#include <cstdio>
#include <initializer_list>
#include <nlohmann/json.hpp>

#include "domain/kind.hpp"
#include "domain/status.hpp"
#include "sync/json_reader.hpp"
#include "sync/wire_draft.hpp"

namespace siang::sync {

using nlohmann::json;


int http_status(Errc code) {
    switch (code) {
        case Errc::enrolment_refused:
            return 403;
        case Errc::permission_denied:
            return 403;
        case Errc::device_refused:
        case Errc::session_expired:
            return 401;
        case Errc::unknown_code:
        case Errc::not_found:
            return 404;
        case Errc::filing_conflict:
        case Errc::case_changed:
        case Errc::username_taken:
        case Errc::kiosk_exists:
        case Errc::integration_exists:
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
        case Errc::unknown_status:
        case Errc::illegal_transition:
        case Errc::reason_required:
        case Errc::weak_password:
        case Errc::username_reserved:
        case Errc::invalid_username:
        case Errc::invalid_argument:  // a kiosk name that is not one (staff_wire_admin.hpp)
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
