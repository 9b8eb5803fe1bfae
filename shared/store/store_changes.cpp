// Change counters of cases (issue 9 item 15): what the console compares to know a view is stale.
#include "store/store_impl.hpp"

namespace siang::store {

// A plain read: outside a transaction, like the help-request poll (the console asks every frame
// and must never hold a lock between frames), or inside a workflow call's write transaction.
Result<std::int64_t> Store::Impl::change_counter(std::int64_t case_id) {
    auto st = statement("SELECT n FROM case_changes WHERE case_id = ?");
    if (!st) return std::unexpected(st.error());
    (*st)->bind_all(case_id);
    std::int64_t n = 0;
    auto walked = (*st)->for_each_row([&](const Statement& s) { n = s.column_int64(0); });
    if (!walked) return std::unexpected(walked.error());
    return n;
}

Result<void> Store::Impl::check_version(const CaseRef& ref, const domain::CaseNumber& number,
                                        std::optional<std::int64_t> expected) {
    if (!expected) return {};
    auto n = change_counter(ref.id);
    if (!n) return std::unexpected(n.error());
    if (*n != *expected) return fail(Errc::case_changed, number.str());
    return {};
}

Result<std::int64_t> Store::case_changes() {
    return impl_->change_counter(0);
}

Result<std::int64_t> Store::case_changes(const Viewer& viewer) {
    return impl_->change_counter(viewer.may_see_confidential ? 0 : -1);
}

Result<std::int64_t> Store::case_changes(const domain::CaseNumber& number, const Viewer& viewer) {
    auto ref = impl_->find_case(number, viewer.may_see_confidential);
    if (!ref) return std::unexpected(ref.error());
    return impl_->change_counter(ref->id);
}

}  // namespace siang::store
