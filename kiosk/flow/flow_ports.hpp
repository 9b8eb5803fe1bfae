// The session's doors to the office: filing a draft, looking up a tracking code, calling staff.
// Over the local store (store_ports.hpp) every call answers at once; over the office server
// (kiosk/office_ports.hpp) nothing here waits for the network: filing is a local commit, and
// lookups and help requests run on a background thread whose answers the session picks up on a
// later frame (the port wakes the frame loop when one arrives).
#pragma once

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>

#include "core/error.hpp"
#include "domain/case_number.hpp"
#include "domain/submission.hpp"
#include "domain/thai_calendar.hpp"
#include "domain/tracking_code.hpp"
#include "store/case_views.hpp"

namespace siang::flow {

// A filing durably committed at the kiosk. The case number is the office's: given at once by
// the local store, later (or not within the receipt's wait) by the office server.
struct Filing {
    std::string uuid;  // the outbox's id of the filing; empty over the local store
    std::optional<domain::CaseNumber> number;
    domain::TrackingCode code;  // in clear only here and on the receipt
    domain::TimePoint filed_at{};
    std::chrono::year_month_day due_date{};  // Bangkok local date
};

// Files a validated draft durably. Returns only after the commit is on disk; errors such as
// store_busy, store_full or store_corrupt leave nothing filed.
struct SubmitPort {
    virtual ~SubmitPort() = default;
    virtual Result<Filing> submit(const domain::Draft& validated) = 0;
    // The case number of `filing` if the office has given it by now: a local read, never a
    // network wait (nullopt while not yet numbered or when the read fails).
    virtual std::optional<domain::CaseNumber> case_number(const Filing& filing) {
        return filing.number;
    }
};

// What a lookup found: the office's public status, or that the filing is still in this kiosk's
// outbox on its way to the office ("received, being sent"; only filed_at and due_date of
// `status` are known then).
struct TrackAnswer {
    store::PublicStatus status;
    bool in_outbox = false;
};

// Looking up a tracking code: unknown_code when no case has it; over the network also
// server_unreachable, server_untrusted, rate_limited, device_refused...
struct TrackPort {
    virtual ~TrackPort() = default;
    // Starts looking `code` up. An answer known at once (the local store, a filing still in the
    // outbox) is returned; nullopt means the office is being asked in the background and the
    // answer comes from take_answer() on a later frame. A new lookup replaces one in flight.
    virtual std::optional<Result<TrackAnswer>> look_up(const domain::TrackingCode& code) = 0;
    // The answer of the lookup in flight once it has come (taking it clears it); nullopt while
    // it is still coming or when none is in flight.
    virtual std::optional<Result<TrackAnswer>> take_answer() { return std::nullopt; }
    // The citizen left or the visit ended: an answer still coming is dropped (and wiped).
    virtual void forget() {}
};

struct HelpRequest;

// Help requests ("call staff", SPEC §4.10): recording a press and asking whether the office has
// seen it. The kiosk asks every few seconds from its frame (HelpWatch), so an implementation
// must answer at once: over the network it returns what the last reply said and asks again in
// the background, never waiting for the server inside the call.
struct HelpPort {
    virtual ~HelpPort() = default;
    // The request's id; the store's (or network's) error otherwise. Over the network the id is
    // the kiosk's own and the request is sent in the background (see record_failed).
    virtual Result<std::int64_t> record(const HelpRequest& request) = 0;
    // Whether request `id` has been acknowledged by staff; not_found for an unknown id.
    virtual Result<bool> acknowledged(std::int64_t id) = 0;
    // Why request `id` never reached the office, once the background send gave up; nullopt
    // while it may still arrive or has arrived. A local store records in record() itself.
    virtual std::optional<Error> record_failed(std::int64_t id) {
        (void)id;
        return std::nullopt;
    }
};

}  // namespace siang::flow
