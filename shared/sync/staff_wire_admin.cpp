// The administration codecs of the staff API (staff_wire_admin.hpp).
#include "sync/staff_wire_admin.hpp"

#include "staff/role.hpp"
#include "sync/json_reader.hpp"

namespace siang::sync {

namespace {

json time_or_null(const std::optional<domain::TimePoint>& t) {
    return t ? json(domain::format_iso_utc(*t)) : json(nullptr);
}

// A time that may be null.
Result<std::optional<domain::TimePoint>> optional_time(const Reader& r, const json& j,
                                                       std::string_view key) {
    auto it = j.find(key);
    if (it != j.end() && it->is_null()) return std::optional<domain::TimePoint>{};
    SIANG_TRY(t, r.time(key));
    return std::optional<domain::TimePoint>{*t};
}

std::unexpected<Error> bad(std::string_view what, std::string_view field) {
    return fail({.code = Errc::invalid_input, .detail = std::string(what), .field = std::string(field)});
}

Result<std::vector<json>> items(std::string_view body, std::string_view key) {
    SIANG_TRY(j, object_of(body));
    Reader r(*j);
    if (auto ok = r.only({key}); !ok) return std::unexpected(ok.error());
    SIANG_TRY(list, r.array(key));
    std::vector<json> out;
    for (const auto& item : **list) {
        if (!item.is_object()) return bad("not_object", key);
        out.push_back(item);
    }
    return out;
}

Result<std::string> single_text(std::string_view body, std::string_view key) {
    SIANG_TRY(j, object_of(body));
    Reader r(*j);
    if (auto ok = r.only({key}); !ok) return std::unexpected(ok.error());
    return r.text(key);
}

}  // namespace

// --- users ------------------------------------------------------------------------------------

std::string encode(const NewUser& u) {
    return json{{"username", u.user.username},
                {"display_name", u.user.display_name},
                {"role", std::string(staff::role_id(u.user.role))},
                {"password", u.password}}
        .dump();
}

Result<NewUser> decode_new_user(std::string_view body) {
    SIANG_TRY(j, object_of(body));
    Reader r(*j);
    if (auto ok = r.only({"username", "display_name", "role", "password"}); !ok)
        return std::unexpected(ok.error());
    SIANG_TRY(username, r.text("username"));
    SIANG_TRY(display_name, r.text("display_name"));
    SIANG_TRY(role_text, r.text("role"));
    SIANG_TRY(password, r.text("password"));
    auto role = staff::parse_role(*role_text);
    if (!role) return bad("not_role", "role");
    return NewUser{{std::move(*username), std::move(*display_name), *role}, std::move(*password)};
}

std::string encode_password(std::string_view password, std::string_view current_password) {
    json j{{"password", password}};
    if (!current_password.empty()) j["current_password"] = current_password;
    return j.dump();
}

Result<PasswordChange> decode_password(std::string_view body) {
    SIANG_TRY(j, object_of(body));
    Reader r(*j);
    if (auto ok = r.only({"password", "current_password"}); !ok) return std::unexpected(ok.error());
    SIANG_TRY(password, r.text("password"));
    SIANG_TRY(current, r.text("current_password", false));
    return PasswordChange{std::move(*password), std::move(*current)};
}

std::string encode_users(const std::vector<store::UserRecord>& users) {
    json list = json::array();
    for (const auto& u : users)
        list.push_back({{"username", u.username},
                        {"display_name", u.display_name},
                        {"role", u.role},
                        {"disabled", u.disabled},
                        {"created_at", domain::format_iso_utc(u.created_at)}});
    return json{{"users", std::move(list)}}.dump();
}

Result<std::vector<store::UserRecord>> decode_users(std::string_view body) {
    SIANG_TRY(list, items(body, "users"));
    std::vector<store::UserRecord> out;
    for (const auto& item : *list) {
        Reader r(item);
        if (auto ok = r.only({"username", "display_name", "role", "disabled", "created_at"}); !ok)
            return std::unexpected(ok.error());
        store::UserRecord u;
        SIANG_TRY(username, r.text("username"));
        SIANG_TRY(display_name, r.text("display_name"));
        SIANG_TRY(role, r.text("role"));
        if (!staff::parse_role(*role)) return bad("not_role", "role");
        SIANG_TRY(disabled, r.boolean("disabled"));
        SIANG_TRY(created_at, r.time("created_at"));
        u.username = std::move(*username);
        u.display_name = std::move(*display_name);
        u.role = std::move(*role);
        u.disabled = *disabled;
        u.created_at = *created_at;
        out.push_back(std::move(u));
    }
    return out;
}

// --- kiosks -----------------------------------------------------------------------------------

std::string encode_kiosk_name(std::string_view name) {
    return json{{"name", name}}.dump();
}

Result<std::string> decode_kiosk_name(std::string_view body) {
    return single_text(body, "name");
}

json kiosk_offer_json(const KioskOffer& o) {
    return {{"name", o.name},
            {"enrolment_code", o.enrolment_code},
            {"url", o.url},
            {"fingerprint", o.fingerprint},
            {"valid_until", domain::format_iso_utc(o.valid_until)}};
}

std::string encode(const KioskOffer& o) {
    return kiosk_offer_json(o).dump();
}

Result<KioskOffer> decode_kiosk_offer(std::string_view body) {
    SIANG_TRY(j, object_of(body));
    Reader r(*j);
    if (auto ok = r.only({"name", "enrolment_code", "url", "fingerprint", "valid_until"}); !ok)
        return std::unexpected(ok.error());
    SIANG_TRY(name, r.text("name"));
    SIANG_TRY(code, r.text("enrolment_code"));
    SIANG_TRY(url, r.text("url"));
    SIANG_TRY(fingerprint, r.text("fingerprint"));
    SIANG_TRY(valid_until, r.time("valid_until"));
    return KioskOffer{std::move(*name), std::move(*code), std::move(*url), std::move(*fingerprint),
                      *valid_until};
}

json kiosk_record_json(const store::KioskRecord& k) {
    return {{"name", k.name},
            {"added_at", domain::format_iso_utc(k.created_at)},
            {"enrolled_at", time_or_null(k.enrolled_at)},
            {"last_contact", time_or_null(k.last_contact)},
            {"filings_received", k.filings_received},
            {"backlog",
             {{"pending", k.backlog_pending},
              {"quarantined", k.backlog_quarantined},
              {"since", time_or_null(k.backlog_since)}}},
            {"quarantined_by_server", k.quarantined_by_server},
            {"revoked_at", time_or_null(k.revoked_at)}};
}

std::string encode_kiosks(const std::vector<store::KioskRecord>& kiosks) {
    json list = json::array();
    for (const auto& k : kiosks) list.push_back(kiosk_record_json(k));
    return json{{"kiosks", std::move(list)}}.dump();
}

Result<std::vector<store::KioskRecord>> decode_kiosks(std::string_view body) {
    SIANG_TRY(list, items(body, "kiosks"));
    std::vector<store::KioskRecord> out;
    for (const auto& item : *list) {
        Reader r(item);
        if (auto ok = r.only({"name", "added_at", "enrolled_at", "last_contact",
                              "filings_received", "backlog", "quarantined_by_server",
                              "revoked_at"});
            !ok)
            return std::unexpected(ok.error());
        store::KioskRecord k;
        SIANG_TRY(name, r.text("name"));
        SIANG_TRY(added_at, r.time("added_at"));
        SIANG_TRY(enrolled_at, optional_time(r, item, "enrolled_at"));
        SIANG_TRY(last_contact, optional_time(r, item, "last_contact"));
        SIANG_TRY(filings, r.integer("filings_received"));
        SIANG_TRY(by_server, r.integer("quarantined_by_server"));
        SIANG_TRY(revoked_at, optional_time(r, item, "revoked_at"));
        SIANG_TRY(backlog_obj, r.object("backlog"));
        Reader b(**backlog_obj);
        if (auto ok = b.only({"pending", "quarantined", "since"}); !ok)
            return std::unexpected(ok.error());
        SIANG_TRY(pending, b.integer("pending"));
        SIANG_TRY(quarantined, b.integer("quarantined"));
        SIANG_TRY(since, optional_time(b, **backlog_obj, "since"));
        k.name = std::move(*name);
        k.created_at = *added_at;
        k.enrolled_at = *enrolled_at;
        k.last_contact = *last_contact;
        k.filings_received = *filings;
        k.backlog_pending = *pending;
        k.backlog_quarantined = *quarantined;
        k.backlog_since = *since;
        k.quarantined_by_server = *by_server;
        k.revoked_at = *revoked_at;
        out.push_back(std::move(k));
    }
    return out;
}

json quarantine_json(const Quarantine& q) {
    json filings = json::array(), codes = json::array();
    for (const auto& f : q.filings)
        filings.push_back(
            {{"uuid", f.uuid},
             {"kiosk", f.kiosk},
             {"received_at", domain::format_iso_utc(f.received_at)},
             {"error", f.error},
             {"field", f.field.empty() ? json(nullptr) : json(f.field)},
             {"existing_case", f.existing_case ? json(f.existing_case->str()) : json(nullptr)}});
    for (const auto& c : q.codes_to_reissue)
        codes.push_back(
            {{"case_number", c.number.str()}, {"since", domain::format_iso_utc(c.since)}});
    return {{"quarantined", std::move(filings)}, {"codes_to_reissue", std::move(codes)}};
}

Result<Quarantine> decode_quarantine(std::string_view body) {
    SIANG_TRY(j, object_of(body));
    Reader r(*j);
    if (auto ok = r.only({"quarantined", "codes_to_reissue"}); !ok)
        return std::unexpected(ok.error());
    SIANG_TRY(filings, r.array("quarantined"));
    SIANG_TRY(codes, r.array("codes_to_reissue"));
    Quarantine out;
    for (const auto& item : **filings) {
        if (!item.is_object()) return bad("not_object", "quarantined");
        Reader f(item);
        if (auto ok = f.only({"uuid", "kiosk", "received_at", "error", "field", "existing_case"});
            !ok)
            return std::unexpected(ok.error());
        store::QuarantinedFiling q;
        SIANG_TRY(uuid, f.text("uuid"));
        SIANG_TRY(kiosk, f.text("kiosk"));
        SIANG_TRY(received_at, f.time("received_at"));
        SIANG_TRY(error, f.text("error"));
        SIANG_TRY(field, f.text("field", false));
        SIANG_TRY(existing, f.text("existing_case", false));
        q.uuid = std::move(*uuid);
        q.kiosk = std::move(*kiosk);
        q.received_at = *received_at;
        q.error = std::move(*error);
        q.field = std::move(*field);
        if (!existing->empty()) {
            auto number = domain::parse_case_number(*existing);
            if (!number) return bad("not_case_number", "existing_case");
            q.existing_case = *number;
        }
        out.filings.push_back(std::move(q));
    }
    for (const auto& item : **codes) {
        if (!item.is_object()) return bad("not_object", "codes_to_reissue");
        Reader c(item);
        if (auto ok = c.only({"case_number", "since"}); !ok) return std::unexpected(ok.error());
        SIANG_TRY(number_text, c.text("case_number"));
        SIANG_TRY(since, c.time("since"));
        auto number = domain::parse_case_number(*number_text);
        if (!number) return bad("not_case_number", "case_number");
        out.codes_to_reissue.push_back({*number, *since});
    }
    return out;
}

std::string encode(const store::BackupRecord& b) {
    return json{{"state", store::backup_state_name(b.state)},
                {"at", b.at},
                {"file", b.file},
                {"age_hours", b.age_hours}}
        .dump();
}

Result<store::BackupRecord> decode_backup_record(std::string_view body) {
    SIANG_TRY(j, object_of(body));
    Reader r(*j);
    if (auto ok = r.only({"state", "at", "file", "age_hours"}); !ok) return std::unexpected(ok.error());
    SIANG_TRY(state, r.text("state"));
    SIANG_TRY(at, r.text("at", false));
    SIANG_TRY(file, r.text("file", false));
    SIANG_TRY(age, r.integer("age_hours"));
    store::BackupRecord b;
    using S = store::BackupState;
    bool known = false;
    for (S s : {S::ok, S::failed, S::stale, S::never, S::unreadable})
        if (*state == store::backup_state_name(s)) b.state = s, known = true;
    if (!known) return fail(Errc::server_failed, "state");
    b.at = std::move(*at);
    b.file = std::move(*file);
    b.age_hours = *age;
    return b;
}

}  // namespace siang::sync
