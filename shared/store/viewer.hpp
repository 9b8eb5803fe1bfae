// Who is reading the store, and whether they may see confidential (corruption) complaints.
#pragma once

#include <string>

namespace siang::store {

// Every read path takes a Viewer. Roles proper (clerk, integrity, admin; SPEC §6) map onto
// may_see_confidential; when it is false, corruption complaints are filtered out in the SQL of
// every read, search, count and export, so no caller can forget to hide them.
struct Viewer {
    std::string actor;  // username recorded in the audit log
    bool may_see_confidential = false;
};

}  // namespace siang::store
