// A draft on the wire (wire_draft.hpp).
#include "sync/wire_draft.hpp"

#include "domain/kind.hpp"

namespace siang::sync {

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

}  // namespace siang::sync
