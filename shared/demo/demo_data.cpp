// DemoGenerator: composes Thai cases and their status histories from demo_phrases.hpp.
#include "demo/demo_data.hpp"

#include <algorithm>
#include <array>
#include <string>
#include <string_view>

#include "demo/demo_phrases.hpp"

namespace siang::demo {
namespace {

using domain::Kind;
using domain::Status;
using domain::TimePoint;
using std::chrono::days;
using std::chrono::hours;
using std::chrono::minutes;
using std::chrono::seconds;

constexpr std::int64_t day_s = 24 * 3600;
constexpr std::int64_t office_open_s = 8 * 3600 + 30 * 60;    // 08:30 Bangkok
constexpr std::int64_t office_close_s = 16 * 3600 + 30 * 60;  // 16:30 Bangkok

// Appends `part` as a new sentence: Thai separates sentences with a space, not a full stop.
void add_sentence(std::string& text, std::string_view part) {
    if (part.empty()) return;
    if (!text.empty()) text.push_back(' ');
    text.append(part);
}

void append_number(std::string& s, std::int64_t n) {
    char buf[24];
    int len = 0;
    do {
        buf[len++] = static_cast<char>('0' + n % 10);
        n /= 10;
    } while (n > 0);
    while (len > 0) s.push_back(buf[--len]);
}

// "หมู่ที่ 5 บ้านท่าช้าง" for village index 4.
void append_village(std::string& s, int village) {
    s.append("หมู่ที่ ");
    append_number(s, village + 1);
    s.push_back(' ');
    s.append(phrases::villages[village]);
}

std::int64_t local_seconds_of_day(TimePoint t) {
    const std::int64_t local = (t + domain::bangkok_offset).time_since_epoch().count();
    return ((local % day_s) + day_s) % day_s;
}

bool is_weekend(TimePoint t) {
    const std::chrono::weekday wd{std::chrono::floor<days>(t + domain::bangkok_offset)};
    return wd == std::chrono::Saturday || wd == std::chrono::Sunday;
}

// Empties the fields but keeps their capacity for the next record.
void clear_contact(domain::Contact& c) {
    c.name.clear();
    c.phone.clear();
    c.email.clear();
    c.address.clear();
}

// Kinds in the proportions of SPEC-era municipal statistics: e-service requests dominate.
Kind pick_kind(DemoRandom& rng, bool have_services) {
    const auto r = rng.below(100);
    Kind k = r < 45   ? Kind::eservice
             : r < 75 ? Kind::complaint
             : r < 95 ? Kind::suggestion
                      : Kind::corruption;
    if (k == Kind::eservice && !have_services) k = Kind::complaint;
    return k;
}

}  // namespace

DemoGenerator::DemoGenerator(const domain::Directory& dir, std::uint64_t seed, TimePoint now)
    : dir_(dir), rng_(seed), now_(now), busiest_division_(nullptr) {
    const int fy = domain::fiscal_year_be(domain::local_date(now));
    const auto first_day = std::chrono::sys_days(domain::fiscal_year_start(fy - 1));
    window_start_ = std::chrono::time_point_cast<seconds>(first_day - domain::bangkok_offset);
    window_days_ = std::max<std::int64_t>(1, (now_ - window_start_).count() / day_s + 1);

    // Which phrases fit which catalogue service, found once so next() only indexes.
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
            if (fits(phrases::issues[i].service_key)) {
                topics_[s].issues.push_back(static_cast<std::uint8_t>(i));
                if (issue_service_[i] < 0) issue_service_[i] = static_cast<int>(s);
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
    int service_index = -1;
    fill_draft(out.draft, out.filed_at, service_index);
    fill_history(out, service_index);
}

TimePoint DemoGenerator::pick_filed_at() {
    // The kiosk stands at the office counter: most items arrive on weekdays in office hours.
    for (int attempt = 0; attempt < 8; ++attempt) {
        const auto day = rng_.between(0, window_days_ - 1);
        const bool office = rng_.percent(85);
        const auto second =
            office ? rng_.between(office_open_s, office_close_s - 1) : rng_.between(0, day_s - 1);
        const TimePoint t = window_start_ + seconds(day * day_s + second);
        if (t > now_) continue;
        if (office && is_weekend(t) && rng_.percent(90)) continue;
        return t;
    }
    return window_start_ + seconds(rng_.between(0, (now_ - window_start_).count()));
}

// Staff act in office hours: a time outside them moves to the next working morning.
TimePoint DemoGenerator::to_office_hours(TimePoint t) {
    const std::int64_t sod = local_seconds_of_day(t);
    if (sod < office_open_s) {
        t += seconds(office_open_s - sod + rng_.between(0, 3 * 3600));
    } else if (sod >= office_close_s) {
        t += seconds(day_s - sod + office_open_s + rng_.between(0, 3 * 3600));
    }
    while (is_weekend(t)) t += days(1);
    return t;
}

const domain::Division* DemoGenerator::pick_division() {
    if (dir_.divisions.empty()) return nullptr;
    return &dir_.divisions[static_cast<std::size_t>(rng_.below(dir_.divisions.size()))];
}

void DemoGenerator::fill_contact(domain::Contact& c, int village) {
    if (rng_.percent(50)) {
        c.name.append("นาย");
        c.name.append(rng_.pick(phrases::male_first_names));
    } else {
        c.name.append(rng_.percent(50) ? "นาง" : "นางสาว");
        c.name.append(rng_.pick(phrases::female_first_names));
    }
    c.name.push_back(' ');
    c.name.append(rng_.pick(phrases::surnames));

    constexpr std::array<std::string_view, 3> mobile_prefixes{"06", "08", "09"};
    c.phone.append(rng_.pick(std::span<const std::string_view>(mobile_prefixes)));
    for (int i = 0; i < 8; ++i) c.phone.push_back(static_cast<char>('0' + rng_.below(10)));

    if (rng_.percent(15)) {
        c.email.append("resident");
        append_number(c.email, rng_.between(100, 99999));
        c.email.append("@example.co.th");
    }
    if (rng_.percent(25)) {
        append_number(c.address, rng_.between(1, 250));
        if (rng_.percent(40)) {
            c.address.push_back('/');
            append_number(c.address, rng_.between(1, 9));
        }
        c.address.push_back(' ');
        append_village(c.address, village);
    }
}

void DemoGenerator::fill_draft(domain::Draft& d, TimePoint filed_at, int& service_index) {
    d.kind = pick_kind(rng_, !dir_.services.empty());
    d.service.clear();
    d.division.clear();
    d.subject.clear();
    d.details.clear();
    d.location.clear();
    d.occurred_on.reset();

    const int village = static_cast<int>(rng_.below(std::size(phrases::villages)));
    const std::string_view road = rng_.pick(phrases::roads);
    const std::string_view near = rng_.pick(phrases::near_words);
    const std::string_view landmark = rng_.pick(phrases::landmarks);
    const auto set_service = [&](int s) {
        service_index = s;
        const domain::Service& svc = dir_.services[static_cast<std::size_t>(s)];
        d.service = svc.code;
        d.division = svc.division;
    };
    const auto set_division = [&](const domain::Division* div) {
        if (div != nullptr) d.division = div->code;
    };
    const auto add_place_sentence = [&](std::string_view what) {
        // "<problem> บริเวณ<road> <near><landmark>": places inside the sentence, as people write.
        if (!d.details.empty()) d.details.push_back(' ');
        d.details.append(what);
        d.details.append(" บริเวณ");
        d.details.append(road);
        d.details.push_back(' ');
        d.details.append(near);
        d.details.append(landmark);
    };
    const auto add_opener = [&] {
        d.details.append(rng_.pick(phrases::residence_openers));
        append_village(d.details, village);
    };
    const auto add_location = [&] {
        append_village(d.location, village);
        d.location.push_back(' ');
        d.location.append(road);
        d.location.push_back(' ');
        d.location.append(near);
        d.location.append(landmark);
    };
    const auto add_subject_place = [&] {
        d.subject.push_back(' ');
        if (rng_.percent(50)) {
            d.subject.append(road);
        } else {
            d.subject.append("หมู่ที่ ");
            append_number(d.subject, village + 1);
        }
    };

    switch (d.kind) {
        case Kind::eservice: {
            const int s = static_cast<int>(rng_.below(dir_.services.size()));
            set_service(s);
            const ServiceTopics& t = topics_[static_cast<std::size_t>(s)];
            add_opener();
            if (!t.requests.empty()) {
                const auto& req =
                    phrases::requests[rng_.pick(std::span<const std::uint8_t>(t.requests))];
                d.subject.append(req.subject);
                add_place_sentence(req.detail);
            } else {
                // A service this vocabulary does not know: word the request with its own name.
                d.subject.append("ขอรับบริการ");
                d.subject.append(dir_.services[static_cast<std::size_t>(s)].name_th);
                add_place_sentence(d.subject);
            }
            if (!t.issues.empty() && rng_.percent(60)) {
                add_sentence(d.details, "เนื่องจาก");
                d.details.append(
                    phrases::issues[rng_.pick(std::span<const std::uint8_t>(t.issues))].detail);
            }
            add_subject_place();
            add_location();
            break;
        }
        case Kind::complaint: {
            const auto r = rng_.below(100);
            if (r < 15) {
                const auto& g = rng_.pick(phrases::officer_grievances);
                d.subject.append(g.subject);
                add_sentence(d.details, g.detail);
                set_division(pick_division());
                if (rng_.percent(40)) d.location.append("สำนักงานเทศบาล");
            } else if (r < 40 && !dir_.services.empty()) {
                const int s = static_cast<int>(rng_.below(dir_.services.size()));
                set_service(s);
                const std::string& name = dir_.services[static_cast<std::size_t>(s)].name_th;
                const auto& g = rng_.pick(phrases::service_grievances);
                d.subject.append(g.subject_prefix).append(name).append(g.subject_suffix);
                add_opener();
                if (!d.details.empty()) d.details.push_back(' ');
                d.details.append(g.detail_prefix).append(name).append(g.detail_suffix);
                add_location();
            } else {
                const auto i = static_cast<std::size_t>(rng_.below(std::size(phrases::issues)));
                const auto& issue = phrases::issues[i];
                d.subject.append(issue.subject);
                add_subject_place();
                add_opener();
                add_place_sentence(issue.detail);
                add_sentence(d.details, rng_.pick(phrases::durations));
                add_sentence(d.details, rng_.pick(phrases::impacts));
                if (rng_.percent(50)) add_sentence(d.details, rng_.pick(phrases::followups));
                if (issue_service_[i] >= 0 && rng_.percent(70)) {
                    set_service(issue_service_[i]);
                } else {
                    set_division(busiest_division_);
                }
                add_location();
            }
            break;
        }
        case Kind::suggestion: {
            const auto& idea = rng_.pick(phrases::ideas);
            d.subject.append(idea.subject);
            if (rng_.percent(50)) {
                add_opener();
                add_location();
            }
            add_sentence(d.details, idea.detail);
            if (rng_.percent(50)) set_division(pick_division());
            break;
        }
        case Kind::corruption: {
            const auto& a = rng_.pick(phrases::allegations);
            d.subject.append(a.subject);
            add_sentence(d.details, a.detail);
            add_sentence(d.details, "ขอให้ตรวจสอบข้อเท็จจริงและดำเนินการตามระเบียบ");
            if (rng_.percent(60)) add_location();
            if (rng_.percent(70)) set_division(pick_division());
            break;
        }
    }

    const bool anonymous = rng_.percent(d.kind == Kind::corruption ? 70 : 30);
    if (d.kind == Kind::corruption && anonymous) {
        add_sentence(d.details, rng_.pick(phrases::anonymous_sentences));
    }
    // A longer letter sometimes starts its request on a new paragraph.
    d.details.append(rng_.percent(20) ? "\n" : " ");
    d.details.append(rng_.pick(phrases::closings));
    clear_contact(d.contact);
    if (!anonymous) {
        fill_contact(d.contact, village);
        if (rng_.percent(30)) add_sentence(d.details, rng_.pick(phrases::callback_sentences));
    }

    if ((d.kind == Kind::complaint || d.kind == Kind::corruption) && rng_.percent(40)) {
        const auto back = days(rng_.between(0, 20));
        d.occurred_on = std::chrono::year_month_day(
            std::chrono::floor<days>(filed_at + domain::bangkok_offset) - back);
    }
}

void DemoGenerator::fill_history(domain::CaseHistory& h, int service_index) {
    const Kind kind = h.draft.kind;
    const domain::Service* service =
        service_index >= 0 ? &dir_.services[static_cast<std::size_t>(service_index)] : nullptr;
    const bool is_info = service != nullptr && service->code.find("info") != std::string::npos;

    // The intended path; it is cut off where its next step would lie after `now`.
    std::array<Status, 4> plan{};
    std::size_t steps = 0;
    const auto r = rng_.below(100);
    if (kind != Kind::suggestion && kind != Kind::corruption && r < 3) {
        plan[steps++] = Status::rejected;  // spam or plainly out of scope
    } else {
        plan[steps++] = Status::in_review;
        const auto r2 = rng_.below(100);
        if (kind == Kind::suggestion) {
            if (r2 < 80) {
                plan[steps++] = Status::resolved;
            } else if (r2 < 85) {
                plan[steps++] = Status::rejected;
            } else {
                plan[steps++] = Status::in_progress;
                plan[steps++] = Status::resolved;
            }
        } else if (kind == Kind::corruption) {
            if (r2 < 10) {
                plan[steps++] = Status::rejected;
            } else if (r2 < 30) {
                plan[steps++] = Status::forwarded;
                if (rng_.percent(50)) plan[steps++] = Status::resolved;
            } else {
                plan[steps++] = Status::in_progress;
                plan[steps++] = rng_.percent(70) ? Status::resolved : Status::rejected;
            }
        } else if (r2 < (is_info ? 50U : 8U)) {
            plan[steps++] = Status::resolved;  // answered without field work
        } else if (r2 < (is_info ? 55U : 13U)) {
            plan[steps++] = Status::rejected;
        } else if (r2 < (is_info ? 60U : 23U)) {
            plan[steps++] = Status::forwarded;
            const auto r3 = rng_.below(100);
            if (r3 < 50) {
                plan[steps++] = Status::resolved;
            } else if (r3 < 60) {
                plan[steps++] = Status::rejected;
            }
        } else {
            plan[steps++] = Status::in_progress;
            const auto r3 = rng_.below(100);
            if (r3 < 5) {
                plan[steps++] = Status::forwarded;
                plan[steps++] = Status::resolved;
            } else {
                plan[steps++] = r3 < 93 ? Status::resolved : Status::rejected;
            }
        }
    }
    // Some items stall and become the overdue ones a console must make stand out.
    if (rng_.percent(6)) steps = static_cast<std::size_t>(rng_.below(steps));

    const bool integrity = kind == Kind::corruption;
    const std::span<const std::string_view> users =
        integrity ? std::span<const std::string_view>(phrases::integrity_users)
                  : std::span<const std::string_view>(phrases::staff_users);
    const std::string_view officer = rng_.pick(users);
    const int target_days = service != nullptr ? service->target_days : domain::default_target_days;
    const domain::Division* division =
        h.draft.division.empty() ? nullptr : dir_.find_division(h.draft.division);

    TimePoint at = h.filed_at;
    Status from = Status::received;
    std::size_t used = 0;
    for (std::size_t i = 0; i < steps; ++i) {
        const Status to = plan[i];
        std::int64_t gap_h = 0;
        switch (to) {
            case Status::in_review:
                gap_h = rng_.between(1, 72);
                break;
            case Status::in_progress:
                gap_h = rng_.between(4, 120);
                break;
            case Status::forwarded:
                gap_h = rng_.between(24, 168);
                break;
            case Status::resolved:
                gap_h = from == Status::in_progress
                            ? rng_.between(24, std::max(48, target_days * 48))
                        : from == Status::forwarded ? rng_.between(72, 720)
                                                    : rng_.between(1, 96);
                break;
            case Status::rejected:
            case Status::received:
                gap_h = rng_.between(1, 120);
                break;
        }
        at = to_office_hours(at + hours(gap_h) + minutes(rng_.between(0, 59)));
        if (at > now_) break;

        if (used == h.changes.size()) h.changes.emplace_back();
        domain::StatusChange& c = h.changes[used++];
        c.to = to;
        c.at = at;
        c.actor.assign(rng_.percent(80) ? officer : rng_.pick(users));
        c.note.clear();
        c.public_reply.clear();
        c.reason.clear();
        if (rng_.percent(30)) {
            c.note.assign(
                rng_.pick(integrity ? std::span<const std::string_view>(phrases::integrity_notes)
                                    : std::span<const std::string_view>(phrases::staff_notes)));
        }
        switch (to) {
            case Status::in_review:
                if (rng_.percent(30)) c.public_reply.assign(rng_.pick(phrases::review_replies));
                break;
            case Status::in_progress:
                if (rng_.percent(50)) c.public_reply.assign(rng_.pick(phrases::progress_replies));
                break;
            case Status::forwarded:
                c.public_reply.assign("เรื่องนี้อยู่ในความรับผิดชอบของ");
                c.public_reply.append(rng_.pick(
                    integrity ? std::span<const std::string_view>(phrases::integrity_agencies)
                              : std::span<const std::string_view>(phrases::agencies)));
                c.public_reply.append(" เทศบาลได้ส่งเรื่องต่อไปแล้ว");
                break;
            case Status::resolved:
                if (!rng_.percent(90)) break;
                if (kind == Kind::suggestion) {
                    c.public_reply.assign(rng_.pick(phrases::suggestion_replies));
                } else if (integrity) {
                    c.public_reply.assign(rng_.pick(phrases::corruption_replies));
                } else if (is_info) {
                    c.public_reply.assign(rng_.pick(phrases::info_replies));
                } else {
                    c.public_reply.assign(division != nullptr ? std::string_view(division->name_th)
                                                              : std::string_view("เทศบาล"));
                    c.public_reply.append(rng_.pick(phrases::resolved_replies));
                }
                break;
            case Status::rejected:
                c.reason.assign(rng_.pick(phrases::reject_reasons));
                if (rng_.percent(85)) {
                    c.public_reply.assign("ขออภัย ไม่สามารถรับพิจารณาเรื่องนี้ได้ เนื่องจาก");
                    c.public_reply.append(c.reason);
                }
                break;
            case Status::received:
                break;
        }
        from = to;
    }
    h.changes.resize(used);
}

}  // namespace siang::demo
