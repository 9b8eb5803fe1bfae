// The screenshot store's mark in the audit log, and its demo contents.
#include "demo/screenshot_store.hpp"

#include <sodium.h>

#include <vector>

#include "demo/demo_data.hpp"
#include "staff/staff_accounts.hpp"

namespace siang::demo {

Result<void> mark_for_screenshots(store::Store& store) {
    auto rows = store.audit_row_count();
    if (!rows) return std::unexpected(rows.error());
    if (*rows != 1)
        return fail(Errc::invalid_argument, "not a new store: audit rows " + std::to_string(*rows));
    return store.append_audit("siang", screenshot_mark, "", "screenshots only");
}

Result<bool> made_for_screenshots(store::Store& store) {
    auto rows = store.audit_row_count();
    if (!rows) return std::unexpected(rows.error());
    if (*rows < 2) return false;
    auto second = store.audit_rows(*rows - 2, 1);  // newest first: offset n-2 is row 2
    if (!second) return std::unexpected(second.error());
    return !second->empty() && second->front().id == 2 &&
           second->front().action == screenshot_mark && second->front().actor == "siang";
}

Result<void> fill_screenshot_store(store::Store& store, const domain::Directory& directory,
                                   std::size_t records, domain::TimePoint now) {
    auto marked = made_for_screenshots(store);
    if (!marked) return std::unexpected(marked.error());
    if (!*marked) return fail(Errc::invalid_argument, "not a screenshot store");
    DemoGenerator gen(directory, 11, now);
    std::vector<domain::CaseHistory> cases(records);
    for (auto& c : cases) gen.next_into(c);
    if (auto n = store.import_cases(cases); !n) return std::unexpected(n.error());
    // A password nobody knows: these accounts are signed in on by screenshots only.
    unsigned char random[18];
    randombytes_buf(random, sizeof random);
    char password[sizeof random * 2 + 1];
    sodium_bin2hex(password, sizeof password, random, sizeof random);
    staff::StaffAccounts accounts(store);
    const auto root = staff::local_administrator();
    for (const staff::StaffUser& u :
         {staff::StaffUser{"somchai", "สมชาย ใจดี", staff::Role::clerk},
          staff::StaffUser{"malee", "มาลี ซื่อตรง", staff::Role::integrity},
          staff::StaffUser{"boss", "วิชัย ผู้ดูแล", staff::Role::admin}})
        if (auto r = accounts.add(root, u, password); !r) return r;
    sodium_memzero(password, sizeof password);
    return {};
}

}  // namespace siang::demo
