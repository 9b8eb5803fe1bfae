// Change counters of cases (issue 9 item 15): what the console compares to know a view is stale.
#include "store/store_impl.hpp"

namespace siang::store {
namespace {

// The counter row `case_id` (0: the whole store); 0 when no row exists yet.
Result<std::int64_t> counter_of(Store::Impl& impl, std::int64_t case_id) {
    // A plain read outside any transaction, like the help-request poll: the console asks every
    // frame and must never hold a lock between frames.
    auto st = impl.statement("SELECT n FROM case_changes WHERE case_id = ?");
    if (!st) return std::unexpected(st.error());
    (*st)->bind_all(case_id);
    std::int64_t n = 0;
    auto walked = (*st)->for_each_row([&](const Statement& s) { n = s.column_int64(0); });
    if (!walked) return std::unexpected(walked.error());
    return n;
}

}  // namespace

Result<std::int64_t> Store::case_changes() {
    return counter_of(*impl_, 0);
}

Result<std::int64_t> Store::case_changes(const domain::CaseNumber& number, const Viewer& viewer) {
    auto ref = impl_->find_case(number, viewer.may_see_confidential);
    if (!ref) return std::unexpected(ref.error());
    return counter_of(*impl_, ref->id);
}

}  // namespace siang::store
