// Counting the ITA report at most once a minute per fiscal year.
#include "server/public/ita_report_cache.hpp"

namespace siang::server::public_site {

Result<std::shared_ptr<const DrawnReport>> ItaReportCache::get(api::StorePool& pool, int fy,
                                                               const domain::Directory& dir,
                                                               domain::TimePoint now) {
    std::lock_guard lock(mutex_);
    if (auto it = by_year_.find(fy); it != by_year_.end()) {
        const auto age = now - it->second->drawn_at;
        // A clock set back (tests move it both ways) counts as stale, too.
        if (age >= std::chrono::seconds{0} && age < max_age_) return it->second;
    }
    auto s = pool.borrow();
    auto report = reports::load_ita_report(
        *s, store::Viewer{.actor = "public", .may_see_confidential = false}, fy, dir, now);
    s.release();
    if (!report) return std::unexpected(report.error());
    auto drawn = std::make_shared<const DrawnReport>(DrawnReport{std::move(*report), now});
    if (by_year_.size() > 8) by_year_.clear();  // years asked for by ?fiscal_year= stay few
    by_year_[fy] = drawn;
    return drawn;
}

}  // namespace siang::server::public_site
