// The session's doors to the store: filing a draft, looking up a tracking code, calling staff.
#pragma once

#include <cstdint>

#include "core/error.hpp"
#include "domain/submission.hpp"
#include "domain/tracking_code.hpp"
#include "store/case_views.hpp"
#include "store/store.hpp"

namespace siang::flow {

// Files a validated draft durably. Returns only after the commit is on disk; errors such as
// store_busy, store_full or store_corrupt leave nothing filed.
struct SubmitPort {
    virtual ~SubmitPort() = default;
    virtual Result<store::Filed> submit(const domain::Draft& validated) = 0;
};

// What the kiosk may show for a code; unknown_code when no case has it.
struct TrackPort {
    virtual ~TrackPort() = default;
    virtual Result<store::PublicStatus> find_by_code(const domain::TrackingCode& code) = 0;
};

struct HelpRequest;

// Help requests ("call staff", SPEC §4.10): recording a press and asking whether the office has
// seen it. The kiosk asks every few seconds from its frame (HelpWatch), so an implementation
// must answer at once: over the network it returns what the last reply said and asks again in
// the background, never waiting for the server inside the call.
struct HelpPort {
    virtual ~HelpPort() = default;
    // The request's id; the store's (or network's) error otherwise.
    virtual Result<std::int64_t> record(const HelpRequest& request) = 0;
    // Whether request `id` has been acknowledged by staff; not_found for an unknown id.
    virtual Result<bool> acknowledged(std::int64_t id) = 0;
};

}  // namespace siang::flow
