// Help requests, live events, statistics and the audit log on the wire (staff_wire_reports.hpp).
#include "sync/staff_wire_reports.hpp"

#include <algorithm>
#include <cstdio>

#include "sync/json_reader.hpp"

namespace siang::sync {

namespace {

std::unexpected<Error> wrong(std::string_view field, std::string_view what) {
    return fail(
        {.code = Errc::invalid_input, .detail = std::string(what), .field = std::string(field)});
}

// Each element of array `key` of `r` through `one`.
template <class T, class F>
Result<std::vector<T>> each(const Reader& r, std::string_view key, F one) {
    SIANG_TRY(arr, r.array(key));
    std::vector<T> out;
    out.reserve((*arr)->size());
    for (const json& item : **arr) {
        if (!item.is_object()) return wrong(key, "not_object");
        SIANG_TRY(v, one(item));
        out.push_back(std::move(*v));
    }
    return out;
}

json help_json(const store::HelpRequest& h) {
    return {{"id", h.id},
            {"kiosk", h.kiosk},
            {"at", domain::format_iso_utc(h.at)},
            {"screen", h.screen}};
}

Result<store::HelpRequest> help_of(const json& j) {
    Reader r(j);
    if (auto ok = r.only({"id", "kiosk", "at", "screen"}); !ok) return std::unexpected(ok.error());
    SIANG_TRY(id, r.integer("id"));
    SIANG_TRY(kiosk, r.text("kiosk"));
    SIANG_TRY(at, r.time("at"));
    SIANG_TRY(screen, r.text("screen"));
    return store::HelpRequest{*id, std::move(*kiosk), *at, std::move(*screen)};
}

json help_list(const std::vector<store::HelpRequest>& help) {
    json a = json::array();
    for (const auto& h : help) a.push_back(help_json(h));
    return a;
}

std::string month_text(std::chrono::year_month m) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d-%02u", static_cast<int>(m.year()),
                  static_cast<unsigned>(m.month()));
    return buf;
}

Result<std::chrono::year_month> month_of(const Reader& r, std::string_view key) {
    SIANG_TRY(s, r.text(key));
    int y = 0;
    unsigned m = 0;
    char tail = 0;
    if (s->size() != 7 || std::sscanf(s->c_str(), "%4d-%2u%c", &y, &m, &tail) != 2 || m < 1 ||
        m > 12 || (*s)[4] != '-')
        return wrong(key, "not_month");
    return std::chrono::year{y} / std::chrono::month{m};
}

json counts_json(const reports::Counts& c) {
    return {{"received", c.received}, {"completed", c.completed}, {"in_progress", c.in_progress}};
}

Result<reports::Counts> counts_of(const json& j) {
    Reader r(j);
    if (auto ok = r.only({"received", "completed", "in_progress"}); !ok)
        return std::unexpected(ok.error());
    SIANG_TRY(received, r.integer("received"));
    SIANG_TRY(completed, r.integer("completed"));
    SIANG_TRY(in_progress, r.integer("in_progress"));
    return reports::Counts{*received, *completed, *in_progress};
}

json breakdowns_json(const std::vector<reports::Breakdown>& list) {
    json a = json::array();
    for (const auto& b : list)
        a.push_back({{"key", b.key},
                     {"name_th", b.name_th},
                     {"name_en", b.name_en},
                     {"counts", counts_json(b.counts)}});
    return a;
}

Result<reports::Breakdown> breakdown_of(const json& j) {
    Reader r(j);
    if (auto ok = r.only({"key", "name_th", "name_en", "counts"}); !ok)
        return std::unexpected(ok.error());
    SIANG_TRY(key, r.text("key"));
    SIANG_TRY(name_th, r.text("name_th"));
    SIANG_TRY(name_en, r.text("name_en"));
    SIANG_TRY(counts_obj, r.object("counts"));
    SIANG_TRY(counts, counts_of(**counts_obj));
    return reports::Breakdown{std::move(*key), std::move(*name_th), std::move(*name_en), *counts};
}

json period_json(const reports::PeriodStats& p) {
    return {{"id", p.id},
            {"name_th", p.name_th},
            {"name_en", p.name_en},
            {"first", month_text(p.first)},
            {"last", month_text(p.last)},
            {"total", counts_json(p.total)},
            {"by_kind", breakdowns_json(p.by_kind)},
            {"by_service", breakdowns_json(p.by_service)},
            {"by_division", breakdowns_json(p.by_division)}};
}

Result<reports::PeriodStats> period_of(const json& j) {
    Reader r(j);
    if (auto ok = r.only({"id", "name_th", "name_en", "first", "last", "total", "by_kind",
                          "by_service", "by_division"});
        !ok)
        return std::unexpected(ok.error());
    SIANG_TRY(id, r.text("id"));
    SIANG_TRY(name_th, r.text("name_th"));
    SIANG_TRY(name_en, r.text("name_en"));
    SIANG_TRY(first, month_of(r, "first"));
    SIANG_TRY(last, month_of(r, "last"));
    SIANG_TRY(total_obj, r.object("total"));
    SIANG_TRY(total, counts_of(**total_obj));
    SIANG_TRY(by_kind, each<reports::Breakdown>(r, "by_kind", breakdown_of));
    SIANG_TRY(by_service, each<reports::Breakdown>(r, "by_service", breakdown_of));
    SIANG_TRY(by_division, each<reports::Breakdown>(r, "by_division", breakdown_of));
    return reports::PeriodStats{
        std::move(*id),      std::move(*name_th),    std::move(*name_en),    *first, *last, *total,
        std::move(*by_kind), std::move(*by_service), std::move(*by_division),
        {}};  // eservice_by_service: only the public ITA pages use it, never over the office API
}

Result<store::AuditEntry> audit_entry_of(const json& j) {
    Reader r(j);
    if (auto ok = r.only({"id", "at", "actor", "action", "target", "detail"}); !ok)
        return std::unexpected(ok.error());
    SIANG_TRY(id, r.integer("id"));
    SIANG_TRY(at, r.time("at"));
    SIANG_TRY(actor, r.text("actor"));
    SIANG_TRY(action, r.text("action"));
    SIANG_TRY(target, r.text("target"));
    SIANG_TRY(detail, r.text("detail"));
    return store::AuditEntry{
        *id, *at, std::move(*actor), std::move(*action), std::move(*target), std::move(*detail)};
}

}  // namespace

std::string encode_help_requests(const std::vector<store::HelpRequest>& help) {
    return json{{"help", help_list(help)}}.dump();
}

Result<std::vector<store::HelpRequest>> decode_help_requests(std::string_view body) {
    SIANG_TRY(j, object_of(body));
    Reader r(*j);
    if (auto ok = r.only({"help"}); !ok) return std::unexpected(ok.error());
    return each<store::HelpRequest>(r, "help", help_of);
}

std::string encode_help_acknowledgement(std::string_view detail) {
    if (detail.empty()) return "{}";
    return json{{"detail", detail}}.dump();
}

Result<std::string> decode_help_acknowledgement(std::string_view body) {
    SIANG_TRY(j, object_of(body));
    Reader r(*j);
    if (auto ok = r.only({"detail"}); !ok) return std::unexpected(ok.error());
    if (!j->contains("detail")) return std::string{};
    SIANG_TRY(detail, r.text("detail"));
    if (detail->size() > 32 || !std::ranges::all_of(*detail, [](char c) {
            return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_';
        }))
        return wrong("detail", "not_detail");
    return std::move(*detail);
}

std::string encode(const StaffEvents& e) {
    return json{{"event", e.event}, {"changes", e.changes}, {"help", help_list(e.help)}}.dump();
}

Result<StaffEvents> decode_staff_events(std::string_view body) {
    SIANG_TRY(j, object_of(body));
    Reader r(*j);
    if (auto ok = r.only({"event", "changes", "help"}); !ok) return std::unexpected(ok.error());
    SIANG_TRY(event, r.integer("event"));
    SIANG_TRY(changes, r.integer("changes"));
    SIANG_TRY(help, each<store::HelpRequest>(r, "help", help_of));
    return StaffEvents{*event, *changes, std::move(*help)};
}

std::string encode(const reports::ItaReport& report) {
    json periods = json::array();
    for (const auto& p : report.periods) periods.push_back(period_json(p));
    json withheld = nullptr;
    if (report.corruption_withheld) withheld = month_text(*report.corruption_withheld);
    return json{{"fiscal_year_be", report.fiscal_year_be},
                {"periods", std::move(periods)},
                {"corruption_withheld", std::move(withheld)}}
        .dump();
}

Result<reports::ItaReport> decode_ita_report(std::string_view body) {
    SIANG_TRY(j, object_of(body));
    Reader r(*j);
    if (auto ok = r.only({"fiscal_year_be", "periods", "corruption_withheld"}); !ok)
        return std::unexpected(ok.error());
    SIANG_TRY(fy, r.integer("fiscal_year_be"));
    if (*fy < 2400 || *fy > 3000) return wrong("fiscal_year_be", "out_of_range");
    SIANG_TRY(periods, each<reports::PeriodStats>(r, "periods", period_of));
    reports::ItaReport report;
    report.fiscal_year_be = static_cast<int>(*fy);
    report.periods = std::move(*periods);
    auto it = j->find("corruption_withheld");
    if (it == j->end())
        return fail(
            {.code = Errc::invalid_input, .detail = "missing_key", .field = "corruption_withheld"});
    if (!it->is_null()) {
        SIANG_TRY(month, month_of(r, "corruption_withheld"));
        report.corruption_withheld = *month;
    }
    return report;
}

std::string encode(const AuditPage& p) {
    json rows = json::array();
    for (const auto& e : p.rows)
        rows.push_back({{"id", e.id},
                        {"at", domain::format_iso_utc(e.at)},
                        {"actor", e.actor},
                        {"action", e.action},
                        {"target", e.target},
                        {"detail", e.detail}});
    return json{{"count", p.count}, {"rows", std::move(rows)}}.dump();
}

Result<AuditPage> decode_audit_page(std::string_view body) {
    SIANG_TRY(j, object_of(body));
    Reader r(*j);
    if (auto ok = r.only({"count", "rows"}); !ok) return std::unexpected(ok.error());
    SIANG_TRY(count, r.integer("count"));
    SIANG_TRY(rows, each<store::AuditEntry>(r, "rows", audit_entry_of));
    return AuditPage{*count, std::move(*rows)};
}

std::string encode(const store::AuditReport& report) {
    json first = nullptr;
    if (report.first_broken) first = *report.first_broken;
    return json{{"rows", report.rows}, {"first_broken", std::move(first)}}.dump();
}

Result<store::AuditReport> decode_audit_report(std::string_view body) {
    SIANG_TRY(j, object_of(body));
    Reader r(*j);
    if (auto ok = r.only({"rows", "first_broken"}); !ok) return std::unexpected(ok.error());
    SIANG_TRY(rows, r.integer("rows"));
    store::AuditReport report;
    report.rows = *rows;
    auto it = j->find("first_broken");
    if (it == j->end())
        return fail(
            {.code = Errc::invalid_input, .detail = "missing_key", .field = "first_broken"});
    if (!it->is_null()) {
        SIANG_TRY(first, r.integer("first_broken"));
        report.first_broken = *first;
    }
    return report;
}

}  // namespace siang::sync
