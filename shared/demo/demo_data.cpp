// DemoGenerator: chooses each case's kind, time, topic, service and division; the text comes from
// DraftWriter and the workflow from write_history().
#include "demo/demo_data.hpp"

#include <algorithm>
#include <string>
#include <string_view>

#include "demo/demo_draft_writer.hpp"
#include "demo/demo_history.hpp"
#include "demo/demo_office_hours.hpp"
#include "demo/demo_phrases.hpp"

namespace siang::demo {

using domain::Kind;
using domain::TimePoint;

DemoGenerator::DemoGenerator(const domain::Directory& dir, std::uint64_t seed, TimePoint now)
    : dir_(dir), rng_(seed), now_(now), busiest_division_(nullptr) {
    const int fy = domain::fiscal_year_be(domain::local_date(now));
    const auto first_day = std::chrono::sys_days(domain::fiscal_year_start(fy - 1));
    window_start_ =
        std::chrono::time_point_cast<std::chrono::seconds>(first_day - domain::bangkok_offset);
    window_days_ = std::max<std::int64_t>(1, (now_ - window_start_).count() / seconds_per_day + 1);

    // Which phrases fit which catalogue service, found once so that next() only indexes.
    topics_.resize(dir_.services.size());
    issue_service_.assign(std::size(phrases::issues), -1);
    for (std::size_t s = 0; s < dir_.services.size(); ++s) {
        const std::string& code = dir_.services[s].code;
        const auto fits = [&](std::string_view key) {
            return !key.empty() && code.find(key) != std::string::npos;
        };
        for (std::size_t i = 0; i < std::size(phrases::requests); ++i) {
            if (fits(phrases::requests[i].service_key)) {
                topics_[s].requests.push_back(static_cast<std::uint8_t>(i));
            }
        }
        for (std::size_t i = 0; i < std::size(phrases::issues); ++i) {
            if (fits(phrases::issues[i].service_key) && issue_service_[i] < 0) {
                issue_service_[i] = static_cast<int>(s);
            }
        }
    }
    std::size_t best = 0;
    for (const domain::Division& d : dir_.divisions) {
        const auto owned = static_cast<std::size_t>(
            std::count_if(dir_.services.begin(), dir_.services.end(),
                          [&](const domain::Service& s) { return s.division == d.code; }));
        if (busiest_division_ == nullptr || owned > best) {
            busiest_division_ = &d;
            best = owned;
        }
    }
}

domain::CaseHistory DemoGenerator::next() {
    domain::CaseHistory h;
    next_into(h);
    return h;
}

void DemoGenerator::next_into(domain::CaseHistory& out) {
    out.filed_at = pick_filed_at();
    const int service = fill_draft(out.draft, out.filed_at);
    HistoryContext ctx;
    ctx.kind = out.draft.kind;
    ctx.service = service >= 0 ? &dir_.services[static_cast<std::size_t>(service)] : nullptr;
    ctx.division = out.draft.division.empty() ? nullptr : dir_.find_division(out.draft.division);
    ctx.filed_at = out.filed_at;
    ctx.now = now_;
    write_history(rng_, ctx, out.changes);
}

DemoGenerator::DemoGenerator(const domain::Directory& dir, std::uint64_t seed, TimePoint now,
                             std::size_t count_in_order)
    : DemoGenerator(dir, seed, now) {
    ordered_total_ = count_in_order;
    double total = 0;
    for (std::int64_t d = 0; d < window_days_; ++d) {
        const TimePoint noon =
            window_start_ + std::chrono::seconds(d * seconds_per_day + 12 * 3600);
        total += is_bangkok_weekend(noon) ? 0.1 : 1.0;
        cumulative_weight_.push_back(total);
    }
    for (double& w : cumulative_weight_) w /= total;
}

TimePoint DemoGenerator::next_ordered_filed_at() {
    while (day_cursor_ >= day_times_.size() && ordered_day_ + 1 < window_days_) {
        ++ordered_day_;
        const auto d = static_cast<std::size_t>(ordered_day_);
        const auto before = d == 0 ? 0.0 : cumulative_weight_[d - 1];
        const auto n = static_cast<double>(ordered_total_);
        const auto first = static_cast<std::size_t>(before * n + 0.5);
        const auto last = static_cast<std::size_t>(cumulative_weight_[d] * n + 0.5);
        day_times_.clear();
        day_cursor_ = 0;
        for (std::size_t i = first; i < last; ++i) day_times_.push_back(pick_time_on(ordered_day_));
        std::sort(day_times_.begin(), day_times_.end());
    }
    ++ordered_done_;
    if (day_cursor_ < day_times_.size()) return day_times_[day_cursor_++];
    return now_;  // rounding left a record over: it is the newest
}

TimePoint DemoGenerator::pick_time_on(std::int64_t day) {
    const TimePoint start = window_start_ + std::chrono::seconds(day * seconds_per_day);
    const std::int64_t last = std::min<std::int64_t>(seconds_per_day - 1, (now_ - start).count());
    const bool office = rng_.percent(85) && last >= office_open_s;
    const std::int64_t lo = office ? office_open_s : 0;
    const std::int64_t hi = office ? std::min(office_close_s - 1, last) : last;
    return start + std::chrono::seconds(rng_.between(lo, std::max(lo, hi)));
}

TimePoint DemoGenerator::pick_filed_at() {
    if (ordered_done_ < ordered_total_) return next_ordered_filed_at();
    // The kiosk stands at the office counter: most items arrive on weekdays in office hours.
    for (int attempt = 0; attempt < 8; ++attempt) {
        const auto day = rng_.between(0, window_days_ - 1);
        const bool office = rng_.percent(85);
        const auto second = office ? rng_.between(office_open_s, office_close_s - 1)
                                   : rng_.between(0, seconds_per_day - 1);
        const TimePoint t = window_start_ + std::chrono::seconds(day * seconds_per_day + second);
        if (t > now_) continue;
        if (office && is_bangkok_weekend(t) && rng_.percent(90)) continue;
        return t;
    }
    return window_start_ + std::chrono::seconds(rng_.between(0, (now_ - window_start_).count()));
}

// About 45% e-service, 30% complaint, 20% suggestion, 5% corruption, as municipal counters see.
Kind DemoGenerator::pick_kind() {
    const auto r = rng_.below(100);
    const Kind k = r < 45   ? Kind::eservice
                   : r < 75 ? Kind::complaint
                   : r < 95 ? Kind::suggestion
                            : Kind::corruption;
    return k == Kind::eservice && dir_.services.empty() ? Kind::complaint : k;
}

const domain::Division* DemoGenerator::pick_division() {
    if (dir_.divisions.empty()) return nullptr;
    return &dir_.divisions[static_cast<std::size_t>(rng_.below(dir_.divisions.size()))];
}

int DemoGenerator::fill_draft(domain::Draft& d, TimePoint filed_at) {
    d.kind = pick_kind();
    d.service.clear();
    d.division.clear();
    int service = -1;
    const auto set_service = [&](int s) {
        service = s;
        const domain::Service& svc = dir_.services[static_cast<std::size_t>(s)];
        d.service = svc.code;
        d.division = svc.division;
    };
    const auto set_division = [&](const domain::Division* div) {
        if (div != nullptr) d.division = div->code;
    };
    const auto random_service = [&] { return static_cast<int>(rng_.below(dir_.services.size())); };

    // Corruption complainants fear retaliation: most stay anonymous. Overall about a third.
    const Scene scene = Scene::draw(rng_, d.kind == Kind::corruption ? 70 : 30);
    DraftWriter w(rng_, scene, d);
    switch (d.kind) {
        case Kind::eservice: {
            set_service(random_service());
            const auto& requests = topics_[static_cast<std::size_t>(service)].requests;
            if (requests.empty()) {
                w.request_by_name(dir_.services[static_cast<std::size_t>(service)]);
            } else {
                w.request(phrases::requests[rng_.pick(std::span<const std::uint8_t>(requests))]);
            }
            break;
        }
        case Kind::complaint: {
            const auto r = rng_.below(100);
            if (r < 15) {
                w.officer_grievance();
                set_division(pick_division());
            } else if (r < 40 && !dir_.services.empty()) {
                set_service(random_service());
                w.service_grievance(dir_.services[static_cast<std::size_t>(service)]);
            } else {
                const auto i = static_cast<std::size_t>(rng_.below(std::size(phrases::issues)));
                w.problem(phrases::issues[i]);
                if (issue_service_[i] >= 0 && rng_.percent(70)) {
                    set_service(issue_service_[i]);
                } else {
                    set_division(busiest_division_);  // public works, in most municipalities
                }
            }
            break;
        }
        case Kind::suggestion:
            w.suggestion();
            if (rng_.percent(50)) set_division(pick_division());
            break;
        case Kind::corruption:
            w.allegation();
            if (rng_.percent(70)) set_division(pick_division());
            break;
    }
    w.finish(std::chrono::floor<std::chrono::days>(filed_at + domain::bangkok_offset));
    return service;
}

}  // namespace siang::demo
