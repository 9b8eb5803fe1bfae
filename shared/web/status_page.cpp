// The phone status page: one HTML document of a few KB, inline CSS only (the page's CSP allows
// nothing else), system fonts that carry Thai on every phone, readable at 360 px.
#include "web/status_page.hpp"

#include "domain/thai_calendar.hpp"
#include "i18n/domain_names.hpp"
#include "reports/ita_summary_page.hpp"

namespace siang::web {
namespace {

using reports::html_escape;

std::string t(std::string_view key, i18n::Lang lang) {
    return html_escape(i18n::tr(key, lang));
}

std::string date_of(domain::TimePoint at, i18n::Lang lang) {
    return html_escape(i18n::date_text(domain::local_date(at), lang));
}

// Calm and plain (SPEC §11): dark text on white (16:1), the accent #1F6FB2 on white 5.2:1,
// 18 px body text, no fixed widths. Everything fits on a 360 px screen without sideways scroll.
constexpr std::string_view style = R"(
*{box-sizing:border-box}
body{margin:0;background:#f4f6f9;color:#1a1a1a;font:18px/1.6 system-ui,"Noto Sans Thai","Leelawadee UI",Thonburi,Loma,sans-serif}
header{background:#1F6FB2;color:#fff;padding:12px 16px;display:flex;justify-content:space-between;align-items:center;gap:12px}
header p{margin:0;font-weight:600}
header a{color:#fff;font-size:16px;white-space:nowrap}
main{max-width:40rem;margin:0 auto;padding:16px}
h1{font-size:24px;line-height:1.4;margin:8px 0 16px}
h2{font-size:20px;margin:24px 0 8px}
.card h2{margin-top:0}
.card{background:#fff;border-radius:12px;padding:16px;box-shadow:0 1px 4px rgba(0,0,0,.12);margin-bottom:16px}
dl{margin:0}
dt{font-size:15px;color:#4a4a4a}
dd{margin:0 0 12px;font-weight:600}
.status{color:#14558a;font-size:22px}
ol{list-style:none;margin:0;padding:0}
li{border-left:3px solid #1F6FB2;padding:0 0 12px 12px}
li time{display:block;font-size:15px;color:#4a4a4a}
.reply{white-space:pre-line;font-weight:400;margin:4px 0 0}
.problem{border-left:6px solid #b3261e}
label{display:block;font-weight:600;margin-bottom:8px}
input{width:100%;font:inherit;font-size:22px;letter-spacing:2px;padding:12px;border:2px solid #4a4a4a;border-radius:8px}
button,.button{display:inline-block;margin-top:12px;font:inherit;font-weight:600;background:#1F6FB2;color:#fff;border:0;border-radius:8px;padding:12px 20px;text-decoration:none;min-height:48px}
.note{font-size:15px;color:#4a4a4a}
@media print{header{background:#fff;color:#000}header a,.button,form{display:none}.card{box-shadow:none;border:1px solid #999}}
)";

std::string form(const StatusPageInput& in) {
    const auto l = in.lang;
    std::string lang_field =
        l == i18n::Lang::en ? R"(<input type="hidden" name="lang" value="en">)" : "";
    return R"(<form class="card" method="get" action=")" + html_escape(in.form_action) +
           R"("><label for="code">)" + t("web.status.label", l) + "</label><p class=\"note\">" +
           t("web.status.intro", l) +
           R"(</p><input id="code" name="code" type="text" pattern="[0-9๐-๙ -]*" autocomplete="off" maxlength="20" placeholder="1234-5678-9012" required>)" +
           lang_field + R"(<button type="submit">)" + t("web.status.submit", l) +
           "</button></form>";
}

std::string problem(std::string_view title, std::string_view sentence) {
    return R"(<section class="card problem" role="alert"><h2>)" + html_escape(title) +
           "</h2><p>" + html_escape(sentence) + "</p></section>";
}

std::string found(const store::PublicStatus& st, i18n::Lang l, const domain::Directory& dir) {
    std::string handles;
    if (const domain::Division* d = dir.find_division(st.division))
        handles = l == i18n::Lang::th ? d->handles_th : d->handles_en;
    std::string out = R"(<section class="card"><dl><dt>)" + t("kiosk.label.status", l) +
                      R"(</dt><dd class="status">)" +
                      html_escape(i18n::status_name(st.status, l)) + "</dd><dt>" +
                      t("kiosk.label.kind", l) + "</dt><dd>" +
                      html_escape(i18n::kind_name(st.kind, l)) + "</dd><dt>" +
                      t("kiosk.label.filed", l) + "</dt><dd>" + date_of(st.filed_at, l) +
                      "</dd><dt>" + t("kiosk.label.handled_by", l) + "</dt><dd>" +
                      html_escape(i18n::division_name(dir, st.division, l));
    if (!handles.empty()) out += R"(<br><span class="note">)" + html_escape(handles) + "</span>";
    out += "</dd><dt>" + t("kiosk.label.due", l) + "</dt><dd>" +
           html_escape(i18n::date_text(st.due_date, l)) + "</dd></dl></section>";
    out += R"(<section class="card"><h2>)" + t("kiosk.track.reply", l) + "</h2>";
    out += st.latest_public_reply.empty()
               ? "<p class=\"note\">" + t("kiosk.track.no_reply", l) + "</p>"
               : "<p class=\"reply\">" + html_escape(st.latest_public_reply) + "</p>";
    out += "</section><section class=\"card\"><h2>" + t("kiosk.track.timeline", l) + "</h2><ol>";
    for (auto it = st.timeline.rbegin(); it != st.timeline.rend(); ++it) {
        out += "<li><time datetime=\"" + domain::format_iso_utc(it->at) + "\">" +
               date_of(it->at, l) + "</time>" + html_escape(i18n::status_name(it->status, l));
        if (!it->public_reply.empty())
            out += "<p class=\"reply\">" + html_escape(it->public_reply) + "</p>";
        out += "</li>";
    }
    return out + "</ol></section>";
}

}  // namespace

int status_page_http_status(StatusOutcome outcome) {
    switch (outcome) {
        case StatusOutcome::form:
        case StatusOutcome::found:
            return 200;
        case StatusOutcome::malformed:
        case StatusOutcome::mistyped:
            return 400;
        case StatusOutcome::unknown:
            return 404;
        case StatusOutcome::rate_limited:
            return 429;
        case StatusOutcome::unavailable:
            break;
    }
    return 503;
}

std::string status_page_html(const StatusPageInput& in, const domain::Directory& dir) {
    const auto l = in.lang;
    const bool has_status = in.outcome == StatusOutcome::found && in.status;
    std::string body;
    switch (in.outcome) {
        case StatusOutcome::form:
            body = form(in);
            break;
        case StatusOutcome::found:
            if (has_status) body = found(*in.status, l, dir);
            break;
        case StatusOutcome::malformed:
            body = problem(i18n::tr("web.status.mistyped_title", l),
                           i18n::tr("error.malformed_code", l)) +
                   form(in);
            break;
        case StatusOutcome::mistyped:
            body = problem(i18n::tr("web.status.mistyped_title", l),
                           i18n::tr("error.bad_check_digit", l)) +
                   form(in);
            break;
        case StatusOutcome::unknown:
            body = problem(i18n::tr("web.status.not_found_title", l),
                           i18n::tr("error.unknown_code", l)) +
                   form(in);
            break;
        case StatusOutcome::rate_limited:
            body = problem(i18n::tr("web.status.rate_limited_title", l),
                           i18n::format(i18n::tr("web.status.rate_limited", l),
                                        {std::to_string(in.wait_s)}));
            break;
        case StatusOutcome::unavailable:
            body = problem(i18n::tr("web.status.unavailable_title", l),
                           i18n::tr("web.status.unavailable", l));
            break;
    }
    const std::string heading =
        has_status ? t("web.status.found", l) : t("web.status.heading", l);
    std::string page = "<!DOCTYPE html>\n<html lang=\"";
    page += l == i18n::Lang::th ? "th" : "en";
    page += R"("><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="referrer" content="no-referrer"><meta name="robots" content="noindex, nofollow"><title>)" +
            t("web.status.title", l) + " · " + html_escape(in.municipality) +
            "</title><style>" + std::string(style) + "</style></head><body><header><p>" +
            html_escape(in.municipality) + "</p><a href=\"" + html_escape(in.other_lang_href) +
            "\" hreflang=\"" + (l == i18n::Lang::th ? "en" : "th") + "\" lang=\"" +
            (l == i18n::Lang::th ? "en" : "th") + "\">" + t("web.status.other_lang", l) +
            "</a></header><main><h1>" + heading + "</h1>" + body;
    if (in.outcome == StatusOutcome::found)
        page += "<a class=\"button\" href=\"" + html_escape(in.form_action) +
                (l == i18n::Lang::en ? "?lang=en" : "") + "\">" + t("web.status.another", l) +
                "</a>";
    page += "<p class=\"note\">" + t("web.status.privacy", l) + "</p></main></body></html>\n";
    return page;
}

}  // namespace siang::web
