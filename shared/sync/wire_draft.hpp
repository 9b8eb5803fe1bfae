// A draft (what a citizen filed) as the wire format writes it: inside a filing, inside a case's
// detail for staff. Private to shared/sync's codecs.
#pragma once

#include "domain/submission.hpp"
#include "sync/json_reader.hpp"

namespace siang::sync {

// {"kind","service","division","subject","details","location","occurred_on" (date or null),
//  "contact": {"name","phone","email","address"}}
json draft_json(const domain::Draft& d);
// Strict: every key present, nothing else; unknown_kind for a kind that is not one of ours.
Result<domain::Draft> draft_of(const json& j);

}  // namespace siang::sync
