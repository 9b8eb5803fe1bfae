// write_history: a plausible workflow path for a demo case, cut off at `now`.
#include "demo/demo_history.hpp"

#include <algorithm>
#include <array>
#include <span>
#include <string>
#include <string_view>

#include "demo/demo_office_hours.hpp"
#include "demo/demo_phrases.hpp"

namespace siang::demo {
namespace {

using domain::Kind;
using domain::Status;
using Words = std::span<const std::string_view>;

// The statuses a case is meant to pass through after "received".
struct Path {
    std::array<Status, 4> steps{};
    std::size_t size = 0;
    void add(Status s) { steps[size++] = s; }
};

bool is_info_service(const domain::Service* s) {
    return s != nullptr && s->code.find("info") != std::string::npos;
}

Path plan_path(DemoRandom& rng, Kind kind, bool info) {
    Path p;
    if (kind != Kind::suggestion && kind != Kind::corruption && rng.percent(3)) {
        p.add(Status::rejected);  // spam or plainly out of scope
        return p;
    }
    p.add(Status::in_review);
    const auto r = rng.below(100);
    if (kind == Kind::suggestion) {
        if (r < 80) {
            p.add(Status::resolved);  // thanked and noted
        } else if (r < 85) {
            p.add(Status::rejected);
        } else {
            p.add(Status::in_progress);
            p.add(Status::resolved);
        }
    } else if (kind == Kind::corruption) {
        if (r < 10) {
            p.add(Status::rejected);
        } else if (r < 30) {
            p.add(Status::forwarded);  // to the NACC or the State Audit Office
            if (rng.percent(50)) p.add(Status::resolved);
        } else {
            p.add(Status::in_progress);  // a fact-finding committee
            p.add(rng.percent(70) ? Status::resolved : Status::rejected);
        }
    } else if (r < (info ? 50U : 8U)) {
        p.add(Status::resolved);  // answered without field work
    } else if (r < (info ? 55U : 13U)) {
        p.add(Status::rejected);
    } else if (r < (info ? 60U : 23U)) {
        p.add(Status::forwarded);
        const auto r2 = rng.below(100);
        if (r2 < 50) {
            p.add(Status::resolved);
        } else if (r2 < 60) {
            p.add(Status::rejected);
        }
    } else {
        p.add(Status::in_progress);
        const auto r2 = rng.below(100);
        if (r2 < 5) {
            p.add(Status::forwarded);
            p.add(Status::resolved);
        } else {
            p.add(r2 < 93 ? Status::resolved : Status::rejected);
        }
    }
    // Some items stall and become the overdue ones a console must make stand out.
    if (rng.percent(6)) p.size = static_cast<std::size_t>(rng.below(p.size));
    return p;
}

// Hours between the previous status and `to`: quick reviews, fixes within the target time.
std::int64_t hours_until(DemoRandom& rng, Status from, Status to, int target_days) {
    switch (to) {
        case Status::in_review:
            return rng.between(1, 72);
        case Status::in_progress:
            return rng.between(4, 120);
        case Status::forwarded:
            return rng.between(24, 168);
        case Status::resolved:
            if (from == Status::in_progress) return rng.between(24, std::max(48, target_days * 48));
            if (from == Status::forwarded) return rng.between(72, 720);
            return rng.between(1, 96);
        case Status::rejected:
        case Status::received:
            break;
    }
    return rng.between(1, 120);
}

// The agency a matter goes to: the utility for its service, else a general one.
std::string_view pick_agency(DemoRandom& rng, const domain::Service* service) {
    std::array<std::string_view, std::size(phrases::agencies)> fits{};
    std::size_t n = 0;
    for (const auto& a : phrases::agencies) {
        if (service != nullptr && !a.service_key.empty() &&
            service->code.find(a.service_key) != std::string::npos) {
            fits[n++] = a.name;
        }
    }
    if (n == 0) {
        for (const auto& a : phrases::agencies) {
            if (a.service_key.empty()) fits[n++] = a.name;
        }
    }
    return fits[static_cast<std::size_t>(rng.below(n))];
}

void write_reply(DemoRandom& rng, const HistoryContext& ctx, domain::StatusChange& c) {
    const bool integrity = ctx.kind == Kind::corruption;
    switch (c.to) {
        case Status::in_review:
            if (rng.percent(30)) c.public_reply.assign(rng.pick(phrases::review_replies));
            break;
        case Status::in_progress:
            if (rng.percent(50)) c.public_reply.assign(rng.pick(phrases::progress_replies));
            break;
        case Status::forwarded:
            c.public_reply.assign("เรื่องนี้อยู่ในความรับผิดชอบของ");
            c.public_reply.append(integrity ? rng.pick(phrases::integrity_agencies)
                                            : pick_agency(rng, ctx.service));
            c.public_reply.append(" เทศบาลได้ส่งเรื่องต่อไปแล้ว");
            break;
        case Status::resolved:
            if (!rng.percent(90)) break;
            if (ctx.kind == Kind::suggestion) {
                c.public_reply.assign(rng.pick(phrases::suggestion_replies));
            } else if (integrity) {
                c.public_reply.assign(rng.pick(phrases::corruption_replies));
            } else if (is_info_service(ctx.service)) {
                c.public_reply.assign(rng.pick(phrases::info_replies));
            } else {
                c.public_reply.assign(ctx.division != nullptr
                                          ? std::string_view(ctx.division->name_th)
                                          : std::string_view("เทศบาล"));
                c.public_reply.append(rng.pick(phrases::resolved_replies));
            }
            break;
        case Status::rejected:
            c.reason.assign(integrity ? rng.pick(phrases::integrity_reject_reasons)
                                      : rng.pick(phrases::reject_reasons));
            if (rng.percent(85)) {
                c.public_reply.assign("ขออภัย ไม่สามารถรับพิจารณาเรื่องนี้ได้ เนื่องจาก");
                c.public_reply.append(c.reason);
            }
            break;
        case Status::received:
            break;
    }
}

}  // namespace

void write_history(DemoRandom& rng, const HistoryContext& ctx,
                   std::vector<domain::StatusChange>& changes) {
    const bool integrity = ctx.kind == Kind::corruption;
    const Path path = plan_path(rng, ctx.kind, is_info_service(ctx.service));
    const Words users = integrity ? Words(phrases::integrity_users) : Words(phrases::staff_users);
    const Words notes = integrity ? Words(phrases::integrity_notes) : Words(phrases::staff_notes);
    const std::string_view officer = rng.pick(users);  // the one who usually handles the case
    const int target_days =
        ctx.service != nullptr ? ctx.service->target_days : domain::default_target_days;

    domain::TimePoint at = ctx.filed_at;
    Status from = Status::received;
    std::size_t used = 0;
    for (std::size_t i = 0; i < path.size; ++i) {
        const Status to = path.steps[i];
        at += std::chrono::hours(hours_until(rng, from, to, target_days)) +
              std::chrono::minutes(rng.between(0, 59));
        at = to_office_hours(rng, at);
        if (at > ctx.now) break;

        if (used == changes.size()) changes.emplace_back();
        domain::StatusChange& c = changes[used++];
        c.to = to;
        c.at = at;
        c.actor.assign(rng.percent(80) ? officer : rng.pick(users));
        c.note.clear();
        c.public_reply.clear();
        c.reason.clear();
        if (rng.percent(30)) c.note.assign(rng.pick(notes));
        write_reply(rng, ctx, c);
        from = to;
    }
    changes.resize(used);
}

}  // namespace siang::demo
