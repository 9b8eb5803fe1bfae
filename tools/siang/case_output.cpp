// JSON and terminal renderings of queue rows, case details and public statuses.
#include "case_output.hpp"

#include <iostream>

#include "cli_context.hpp"
#include "domain/thai_calendar.hpp"
#include "i18n/domain_names.hpp"
#include "sync/office_api.hpp"
#include "sync/staff_wire_cases.hpp"
#include "terminal_text.hpp"

namespace siang::cli {
namespace {

using nlohmann::json;

std::string iso_date(std::chrono::year_month_day d) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", static_cast<int>(d.year()),
                  static_cast<unsigned>(d.month()), static_cast<unsigned>(d.day()));
    return buf;
}

json history_json(const domain::StatusChange& h) {
    return {{"status", domain::status_id(h.to)},
            {"at", domain::format_iso_utc(h.at)},
            {"actor", h.actor},
            {"note", h.note},
            {"public_reply", h.public_reply},
            {"reason", h.reason}};
}

void line(std::ostream& out, std::string_view label_key, std::string_view value, i18n::Lang lang) {
    out << pad(i18n::tr(label_key, lang), 18) << value << '\n';
}

}  // namespace

json to_json(const store::ListRow& r) {
    // The office API's row, its number under the name every CLI output gives it.
    json j = sync::case_row_json(r);
    j["case_number"] = j.at("number");
    j.erase("number");
    return j;
}

json to_json(const store::CaseDetail& c) {
    json history = json::array();
    for (const auto& h : c.history) history.push_back(history_json(h));
    json notes = json::array();
    for (const auto& n : c.notes)
        notes.push_back(
            {{"at", domain::format_iso_utc(n.at)}, {"actor", n.actor}, {"text", n.text}});
    const auto& f = c.filed;
    json contact = nullptr;
    if (!f.contact.anonymous())
        contact = {{"name", f.contact.name},
                   {"phone", f.contact.phone},
                   {"email", f.contact.email},
                   {"address", f.contact.address}};
    return {{"case_number", c.number.str()},
            {"kind", domain::kind_id(f.kind)},
            {"service", f.service},
            {"division", f.division},
            {"subject", f.subject},
            {"details", f.details},
            {"location", f.location},
            {"occurred_on", f.occurred_on ? json(iso_date(*f.occurred_on)) : json(nullptr)},
            {"contact", contact},
            {"status", domain::status_id(c.status)},
            {"filed_at", domain::format_iso_utc(c.filed_at)},
            {"due_date", iso_date(c.due_date)},
            {"overdue", c.overdue},
            {"history", history},
            {"notes", notes}};
}

json to_json(const store::PublicStatus& s) {
    // The office API's encoding, so `siang status --json` and the API say the same.
    return json::parse(sync::encode(s));
}

void print_rows(std::ostream& out, std::span<const store::ListRow> rows,
                const domain::Directory& dir, i18n::Lang lang) {
    if (rows.empty()) {
        out << i18n::tr("cli.no_rows", lang) << '\n';
        return;
    }
    // Wide enough for the corruption register's "ทจ 2570-000012".
    constexpr std::size_t number_width = 16;
    out << pad(i18n::tr("col.case_number", lang), number_width)
        << pad(i18n::tr("col.filed", lang), 14) << pad(i18n::tr("col.kind", lang), 22)
        << pad(i18n::tr("col.status", lang), 20) << pad(i18n::tr("col.due", lang), 15)
        << pad(i18n::tr("col.division", lang), 24) << i18n::tr("col.subject", lang) << '\n';
    for (const auto& r : rows) {
        std::string due = i18n::date_text(r.due_date, lang) + (r.overdue ? " !" : "");
        out << pad(r.number.str(), number_width)
            << pad(i18n::date_text(domain::local_date(r.filed_at), lang), 14)
            << pad(shorten(i18n::kind_name(r.kind, lang), 20), 22)
            << pad(i18n::status_name(r.status, lang), 20) << pad(due, 15)
            << pad(shorten(i18n::division_name(dir, r.division, lang), 22), 24)
            << shorten(r.subject, 40) << '\n';
    }
}

void print_detail(std::ostream& out, const store::CaseDetail& c, const domain::Directory& dir,
                  i18n::Lang lang) {
    const auto& f = c.filed;
    line(out, "col.case_number", c.number.str(), lang);
    line(out, "col.kind", i18n::kind_name(f.kind, lang), lang);
    line(out, "col.service", i18n::service_name(dir, f.service, lang), lang);
    line(out, "col.division", i18n::division_name(dir, f.division, lang), lang);
    line(out, "col.status", i18n::status_name(c.status, lang), lang);
    line(out, "col.filed", i18n::date_text(domain::local_date(c.filed_at), lang), lang);
    line(out, "col.due",
         i18n::date_text(c.due_date, lang) +
             (c.overdue ? " (" + std::string(i18n::tr("col.overdue", lang)) + ")" : ""),
         lang);
    line(out, "col.subject", f.subject, lang);
    line(out, "col.location", f.location.empty() ? "-" : f.location, lang);
    line(out, "col.contact",
         f.contact.anonymous() ? std::string(i18n::tr("cli.anonymous", lang))
                               : f.contact.name + "  " + f.contact.phone,
         lang);
    out << '\n' << i18n::tr("col.details", lang) << ":\n" << f.details << "\n\n";
    for (const auto& h : c.history) {
        out << domain::format_iso_utc(h.at) << "  " << pad(i18n::status_name(h.to, lang), 20)
            << h.actor << '\n';
        if (!h.reason.empty())
            out << "    " << i18n::tr("field.reason", lang) << ": " << h.reason << '\n';
        if (!h.public_reply.empty())
            out << "    " << i18n::tr("field.reply", lang) << ": " << h.public_reply << '\n';
        if (!h.note.empty())
            out << "    " << i18n::tr("field.note", lang) << ": " << h.note << '\n';
    }
    for (const auto& n : c.notes)
        out << domain::format_iso_utc(n.at) << "  " << i18n::tr("field.note", lang) << " ("
            << n.actor << "): " << n.text << '\n';
}

void print_public(std::ostream& out, const store::PublicStatus& s, const domain::Directory& dir,
                  i18n::Lang lang) {
    line(out, "col.kind", i18n::kind_name(s.kind, lang), lang);
    if (!s.service.empty())
        line(out, "col.service", i18n::service_name(dir, s.service, lang), lang);
    line(out, "col.division", i18n::division_name(dir, s.division, lang), lang);
    line(out, "col.filed", i18n::date_text(domain::local_date(s.filed_at), lang), lang);
    line(out, "col.status", i18n::status_name(s.status, lang), lang);
    for (const auto& t : s.timeline) {
        out << "  " << i18n::date_text(domain::local_date(t.at), lang) << "  "
            << i18n::status_name(t.status, lang) << '\n';
        if (!t.public_reply.empty()) out << "      " << t.public_reply << '\n';
    }
}

void print_tracked(const store::PublicStatus& s, bool json, const domain::Directory& dir,
                   i18n::Lang lang) {
    if (json)
        CliContext::print_json(to_json(s));
    else
        print_public(std::cout, s, dir, lang);
}

}  // namespace siang::cli
