// The session's two doors to the store: filing a draft and looking up a tracking code.
#pragma once

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

}  // namespace siang::flow
