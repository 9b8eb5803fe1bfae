// The Open311 GeoReport v2 handlers (open311.hpp): the mapping of kinds, services and statuses,
// the filters of requests.json, and a POST filed as a case through the rule every filing goes
// through (domain::validate_draft, then Store::submit).
#include "server/public/open311.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <charconv>

#include "domain/kind.hpp"
#include "domain/status.hpp"
#include "i18n/catalog.hpp"
#include "i18n/domain_names.hpp"
#include "server/api/store_pool.hpp"
#include "server/public/open311_wire.hpp"

namespace siang::server::open311 {

namespace {

// One service code of ours: a catalogue service (an e-service request) or a kind without one.
struct Code {
    std::string code;
    domain::Kind kind = domain::Kind::eservice;
    const domain::Service* service = nullptr;  // set for e-services
};

// The kinds offered besides the catalogue's services; never a confidential one.
constexpr std::array<domain::Kind, 2> open_kinds{domain::Kind::suggestion, domain::Kind::complaint};

// Public reads and the filings of integrations: a clerk's view, which the store's SQL keeps
// free of corruption complaints (SPEC §6); every row is checked again below.
const store::Viewer public_viewer{"open311", false};

http::Response json_answer(std::string body, int status = 200) {
    http::Response r;
    r.status = status;
    r.body = std::move(body);
    r.headers.emplace_back("Cache-Control", "no-store");
    r.headers.emplace_back("X-Content-Type-Options", "nosniff");
    return r;
}

http::Response error_answer(int code, std::string_view key, std::string_view detail = {}) {
    std::string text(i18n::tr(key, i18n::Lang::en));
    if (!detail.empty()) text = i18n::format(text, {detail});
    return json_answer(encode_errors({{code, std::move(text)}}), code);
}

http::Response store_failed() {
    return error_answer(503, "open311.error.unavailable");
}

// The value of `name` in `fields`, or empty.
std::string_view field(const std::map<std::string, std::string>& fields, const std::string& name) {
    auto it = fields.find(name);
    return it == fields.end() ? std::string_view{} : std::string_view(it->second);
}

// "streetlight.json" → "streetlight"; nullopt without the suffix (XML is not offered).
std::optional<std::string> strip_json(const std::string& file) {
    if (!file.ends_with(".json") || file.size() == 5) return std::nullopt;
    return file.substr(0, file.size() - 5);
}

std::optional<double> parse_number(std::string_view s) {
    double v = 0;
    auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
    if (ec != std::errc{} || p != s.data() + s.size()) return std::nullopt;
    return v;
}

class Site final : public Open311Site {
  public:
    Site(std::unique_ptr<api::StorePool> pool, config::Config config,
         std::function<domain::TimePoint()> now, std::function<void()> filed)
        : pool_(std::move(pool)),
          config_(std::move(config)),
          now_(std::move(now)),
          filed_(std::move(filed)) {
        for (const auto& s : config_.directory.services)
            codes_.push_back({s.code, domain::Kind::eservice, &s});
        for (auto k : open_kinds) {
            std::string id(domain::kind_id(k));
            // A catalogue service of the same code keeps it; the kind is then not offered.
            if (!find(id)) codes_.push_back({id, k, nullptr});
        }
    }
    ~Site() override { pool_->close(); }

    std::vector<http::Route> routes() override {
        const std::string p(path_prefix);
        return {
            {"GET", p + "services.json", [this](const http::Request&) { return services(); }},
            {"GET", p + "services/{file}",
             [this](const http::Request& r) { return definition(r.params.at("file")); }},
            {"GET", p + "requests.json", [this](const http::Request& r) { return list(r); }},
            {"POST", p + "requests.json", [this](const http::Request& r) { return post(r); }},
            {"GET", p + "requests/{file}",
             [this](const http::Request& r) { return one(r.params.at("file")); }},
        };
    }

  private:
    const Code* find(std::string_view code) const {
        for (const auto& c : codes_)
            if (c.code == code) return &c;
        return nullptr;
    }

    // The service code of a case: its service for an e-service, its kind otherwise.
    const Code* code_of(domain::Kind kind, std::string_view service) const {
        if (kind == domain::Kind::eservice) return find(service);
        for (const auto& c : codes_)
            if (!c.service && c.kind == kind) return &c;
        return nullptr;
    }

    std::string name_of(const Code& c, i18n::Lang lang) const {
        if (c.service) return lang == i18n::Lang::th ? c.service->name_th : c.service->name_en;
        return std::string(i18n::kind_name(c.kind, lang));
    }

    http::Response services() const {
        std::vector<ServiceEntry> out;
        for (const auto& c : codes_) {
            ServiceEntry e{c.code, name_of(c, i18n::Lang::th), name_of(c, i18n::Lang::en),
                           std::string(i18n::kind_name(c.kind, i18n::Lang::en)), {}};
            e.keywords.push_back(std::string(domain::kind_id(c.kind)));
            if (c.service && !c.service->division.empty()) e.keywords.push_back(c.service->division);
            out.push_back(std::move(e));
        }
        return json_answer(encode_services(out));
    }

    http::Response definition(const std::string& file) const {
        auto code = strip_json(file);
        if (!code || !find(*code)) return error_answer(404, "open311.error.unknown_service");
        return json_answer(encode_definition(*code));
    }

    // The public entry of a case, or nullopt for one that must not be shown.
    std::optional<RequestEntry> entry(const store::CaseDetail& d) const {
        if (domain::is_confidential(d.filed.kind)) return std::nullopt;
        const Code* c = code_of(d.filed.kind, d.filed.service);
        if (!c) return std::nullopt;
        RequestEntry e;
        e.service_request_id = d.number.str();
        e.open = !domain::is_final(d.status);
        for (const auto& h : d.history)
            if (!h.public_reply.empty()) e.status_notes = h.public_reply;
        e.service_name = name_of(*c, i18n::Lang::th);
        e.service_code = c->code;
        if (const auto* div = config_.directory.find_division(d.filed.division))
            e.agency_responsible = div->name_th;
        e.requested = d.filed_at;
        e.updated = d.history.empty() ? d.filed_at : d.history.back().at;
        // The end of the office's day (16:30, Bangkok) of the due date.
        e.expected = std::chrono::sys_days{d.due_date} + std::chrono::hours{16} +
                     std::chrono::minutes{30} - domain::bangkok_offset;
        return e;
    }

    http::Response one(const std::string& file) {
        auto id = strip_json(file);
        auto number = id ? domain::parse_case_number(*id) : std::nullopt;
        if (!number || number->book != domain::Register::general)
            return error_answer(404, "open311.error.unknown_request");
        auto store = pool_->borrow();
        auto d = store->get_case(*number, public_viewer);
        if (!d) {
            if (d.error().code == Errc::not_found || d.error().code == Errc::unknown_code ||
                d.error().code == Errc::permission_denied)
                return error_answer(404, "open311.error.unknown_request");
            return store_failed();
        }
        auto e = entry(*d);
        if (!e) return error_answer(404, "open311.error.unknown_request");
        return json_answer(encode_requests({*e}));
    }

    http::Response list(const http::Request& req) {
        const auto q = [&](const std::string& name) { return field(req.query, name); };
        auto store = pool_->borrow();
        std::vector<RequestEntry> out;
        // service_request_id takes precedence over every other filter (the spec).
        if (auto ids = q("service_request_id"); !ids.empty()) {
            for (const auto& id : split_list(ids)) {
                if (out.size() >= max_requests) break;
                auto number = domain::parse_case_number(id);
                if (!number || number->book != domain::Register::general) continue;
                auto d = store->get_case(*number, public_viewer);
                if (!d) {
                    if (d.error().code == Errc::not_found || d.error().code == Errc::unknown_code ||
                        d.error().code == Errc::permission_denied)
                        continue;
                    return store_failed();
                }
                if (auto e = entry(*d)) out.push_back(std::move(*e));
            }
            return json_answer(encode_requests(out));
        }
        std::vector<const Code*> codes;
        for (const auto& s : split_list(q("service_code"))) {
            const Code* c = find(s);
            if (!c) return error_answer(404, "open311.error.unknown_service");
            codes.push_back(c);
        }
        std::vector<std::optional<domain::Status>> statuses;
        for (const auto& s : split_list(q("status"))) {
            if (s == "open") {
                for (auto st : {domain::Status::received, domain::Status::in_review,
                                domain::Status::in_progress, domain::Status::forwarded})
                    statuses.emplace_back(st);
            } else if (s == "closed") {
                statuses.emplace_back(domain::Status::resolved);
                statuses.emplace_back(domain::Status::rejected);
            } else {
                return error_answer(400, "open311.error.bad_status", s);
            }
        }
        if (statuses.empty()) statuses.emplace_back(std::nullopt);
        std::optional<domain::TimePoint> start, end;
        if (auto s = q("start_date"); !s.empty()) {
            start = parse_w3c(s);
            if (!start) return error_answer(400, "open311.error.bad_date", "start_date");
        }
        if (auto s = q("end_date"); !s.empty()) {
            end = parse_w3c(s);
            if (!end) return error_answer(400, "open311.error.bad_date", "end_date");
        }
        if (!end) end = start ? *start + default_window : now_();
        if (!start) start = *end - default_window;
        if (*start > *end) return error_answer(400, "open311.error.bad_date", "start_date");

        std::vector<store::ListRow> rows;
        const auto fetch = [&](std::optional<domain::Kind> kind, std::optional<std::string> service,
                               std::optional<domain::Status> status) -> bool {
            store::Query query;
            query.kind = kind;
            query.service = std::move(service);
            query.status = status;
            query.from = domain::local_date(*start);
            query.to = domain::local_date(*end);
            query.limit = static_cast<int>(max_requests);
            auto page = store->list(query, public_viewer);
            if (!page) return false;
            for (auto& r : page->rows)
                if (r.filed_at >= *start && r.filed_at <= *end && !domain::is_confidential(r.kind))
                    rows.push_back(std::move(r));
            return true;
        };
        for (const auto& st : statuses) {
            if (codes.empty()) {
                if (!fetch(std::nullopt, std::nullopt, st)) return store_failed();
                continue;
            }
            for (const Code* c : codes) {
                const bool ok = c->service ? fetch(domain::Kind::eservice, c->code, st)
                                           : fetch(c->kind, std::nullopt, st);
                if (!ok) return store_failed();
            }
        }
        std::ranges::sort(rows, [](const store::ListRow& a, const store::ListRow& b) {
            if (a.filed_at != b.filed_at) return a.filed_at > b.filed_at;
            return a.number > b.number;
        });
        for (const auto& r : rows) {
            if (out.size() >= max_requests) break;
            auto d = store->get_case(r.number, public_viewer);
            if (!d) return store_failed();
            if (auto e = entry(*d)) out.push_back(std::move(*e));
        }
        return json_answer(encode_requests(out));
    }

    http::Response post(const http::Request& req) {
        std::map<std::string, std::string> fields = req.query;
        if (!req.body.empty()) {
            auto type = req.header("content-type").value_or("");
            if (!type.starts_with("application/x-www-form-urlencoded"))
                return error_answer(400, "open311.error.bad_body");
            auto form = decode_form(req.body);
            if (!form) return error_answer(400, "open311.error.bad_body");
            for (auto& [k, v] : *form) fields[k] = std::move(v);
        }
        const auto f = [&](const std::string& name) { return field(fields, name); };
        auto store = pool_->borrow();
        const auto key = f("api_key");
        if (key.empty()) return error_answer(403, "open311.error.bad_api_key");
        auto integration = store->integration_by_key(key);
        if (!integration) {
            if (integration.error().code == Errc::device_refused)
                return error_answer(403, "open311.error.bad_api_key");
            return store_failed();
        }
        if (f("service_code").empty())
            return error_answer(400, "open311.error.missing", "service_code");
        const Code* c = find(f("service_code"));
        if (!c) return error_answer(404, "open311.error.unknown_service");
        const auto lat = f("lat"), lon = f("long");
        const auto address = f("address_string"), address_id = f("address_id");
        std::string location(address);
        if (!lat.empty() || !lon.empty()) {
            auto la = parse_number(lat), lo = parse_number(lon);
            if (!la || !lo || *la < -90 || *la > 90 || *lo < -180 || *lo > 180)
                return error_answer(400, "open311.error.bad_location");
            location += fmt::format("{}({}, {})", location.empty() ? "" : " ", lat, lon);
        }
        if (location.empty() && !address_id.empty()) location = fmt::format("address_id {}", address_id);
        if (location.empty()) return error_answer(400, "open311.error.missing_location");
        if (f("description").empty())
            return error_answer(400, "open311.error.missing", "description");

        domain::Draft draft;
        draft.kind = c->kind;
        if (c->service) draft.service = c->code;
        draft.details = std::string(f("description"));
        // The subject the queue shows: the description's first line when it fits, else the
        // service's name (nothing is cut: the whole text is the details).
        const std::string_view first = std::string_view(draft.details).substr(
            0, draft.details.find('\n'));
        draft.subject = first.size() <= 200 ? std::string(first) : name_of(*c, i18n::Lang::th);
        draft.location = std::move(location);
        draft.contact.name = std::string(f("first_name"));
        if (!f("last_name").empty())
            draft.contact.name += (draft.contact.name.empty() ? "" : " ") + std::string(f("last_name"));
        draft.contact.phone = std::string(f("phone"));
        draft.contact.email = std::string(f("email"));
        const auto now = now_();
        auto valid = domain::validate_draft(std::move(draft), config_.directory, now);
        if (!valid)
            return error_answer(400, "open311.error.invalid",
                                fmt::format("{} {}", error_name(valid.error().code),
                                            valid.error().detail));
        auto filed = store->submit(*valid, now, "open311:" + *integration);
        if (!filed) return store_failed();
        store.release();  // before the consoles are woken (they read through their own pool)
        if (filed_) filed_();
        return json_answer(encode_created(filed->number.str()), 201);
    }

    std::unique_ptr<api::StorePool> pool_;
    config::Config config_;
    std::function<domain::TimePoint()> now_;
    std::function<void()> filed_;
    std::vector<Code> codes_;
};

}  // namespace

Result<std::unique_ptr<Open311Site>> Open311Site::open(const std::string& store_path,
                                                      const config::Config& config,
                                                      std::function<domain::TimePoint()> now,
                                                      std::function<void()> filed) {
    store::OpenOptions options;
    options.directory = config.directory;
    auto pool = api::StorePool::open(store_path, options, 2);
    if (!pool) return std::unexpected(pool.error());
    if (!now) now = [] { return std::chrono::floor<std::chrono::seconds>(domain::Clock::now()); };
    return std::unique_ptr<Open311Site>(
        std::make_unique<Site>(std::move(*pool), config, std::move(now), std::move(filed)));
}

}  // namespace siang::server::open311
