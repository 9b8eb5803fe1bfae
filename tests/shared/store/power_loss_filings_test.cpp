// Power loss during kiosk uploads: Store::accept_filings batches through the crash VFS with the
// power cut at many points; every filing it acknowledged survives, exactly once.
#include <set>

#include "crash_vfs.hpp"
#include "office_fixture.hpp"

namespace siang::store::testing {
namespace {

class FilingPowerLoss : public StoreTest {
  protected:
    void SetUp() override {
        StoreTest::SetUp();
        crash_vfs::install();
        kiosk = enrol_kiosk(*store, "counter-1");
        store.reset();
        {
            auto s = Store::open(path);
            ASSERT_TRUE(s);
        }  // the close checkpoints and removes the WAL
        prepared = dir / "prepared.db";
        std::filesystem::copy_file(path, prepared);
    }

    // Three batches of five (one with a refused filing), the second batch sent twice (a resend
    // after a lost answer); stops at the first outer failure. Returns the acknowledged filings.
    std::vector<std::pair<IncomingFiling, AcceptedFiling>> run_workload() {
        std::vector<std::pair<IncomingFiling, AcceptedFiling>> ack;
        OpenOptions o;
        o.vfs = std::string(crash_vfs::name);
        auto s = Store::open(path, o);
        if (!s) return ack;
        int n = 0;
        std::vector<std::vector<IncomingFiling>> batches(3);
        for (auto& b : batches)
            for (int i = 0; i < 5; ++i) {
                ++n;
                b.push_back(kiosk_filing(kiosk, n,
                                         n % 3 == 0 ? corruption_complaint() : suggestion(),
                                         bangkok(2026, 11, 20, 10, n)));
            }
        batches[2][1].draft.service = "no-such-service";
        for (int pass : {0, 1, 1, 2}) {
            auto out = s->accept_filings(batches[pass], bangkok(2026, 11, 20, 12));
            if (!out) break;
            for (std::size_t i = 0; i < out->size(); ++i)
                if ((*out)[i]) ack.emplace_back(batches[pass][i], *(*out)[i]);
        }
        return ack;
    }

    std::string check_after_power_on(
        const std::vector<std::pair<IncomingFiling, AcceptedFiling>>& ack) {
        auto s = Store::open(path);
        if (!s) return "open: " + std::string(error_name(s.error().code));
        auto report = s->check();
        if (!report || !report->ok()) return "check failed";
        for (const auto& [f, a] : ack) {
            auto st = s->find_by_code(f.code);
            auto detail = s->get_case(a.number, integrity());
            if (!st || !detail || detail->filed.subject != f.draft.subject)
                return "lost " + a.number.str();
        }
        // Nothing doubled: a case per distinct acknowledged uuid, numbers gap-free.
        std::set<std::string> uuids;
        for (const auto& [f, a] : ack) uuids.insert(f.uuid);
        Query q;
        q.limit = 100;
        auto page = s->list(q, integrity());
        if (!page) return "list failed";
        // The store held one case before (none here): every case is an acknowledged uuid or
        // one whose answer the cut swallowed, never two for one.
        if (page->rows.size() < uuids.size()) return "missing cases";
        if (page->rows.size() > 14) return "more cases than filings";
        std::set<int> general, corruption;
        for (const auto& row : page->rows)
            (row.number.book == domain::Register::general ? general : corruption)
                .insert(row.number.sequence);
        for (const auto* book : {&general, &corruption})
            if (!book->empty() &&
                (*book->begin() != 1 || *book->rbegin() != static_cast<int>(book->size())))
                return "numbers with a gap";
        return {};
    }

    KioskRef kiosk;
    std::filesystem::path prepared;
};

TEST_F(FilingPowerLoss, EveryAcknowledgedFilingSurvivesACutAtAnyPoint) {
    crash_vfs::arm({});
    const auto full = run_workload();
    const auto total = crash_vfs::operations();
    crash_vfs::power_on();
    ASSERT_EQ(full.size(), 19u);  // 5 + 5 + 5 resent + 4
    ASSERT_EQ(check_after_power_on(full), "");
    ASSERT_GT(total, 5);
    for (std::int64_t at = 1; at <= total; ++at) {
        for (auto tear : {crash_vfs::Tear::drop_all, crash_vfs::Tear::random_sectors}) {
            for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(path + suffix);
            std::filesystem::copy_file(prepared, path);
            std::filesystem::permissions(
                path, std::filesystem::perms::owner_read | std::filesystem::perms::owner_write);
            crash_vfs::Plan plan;
            plan.cut_at = at;
            plan.tear = tear;
            plan.seed = static_cast<std::uint32_t>(at);
            plan.shm_survives = at % 2 == 0;
            crash_vfs::arm(plan);
            const auto ack = run_workload();
            crash_vfs::power_on();
            EXPECT_EQ(check_after_power_on(ack), "") << "cut before operation " << at << " of "
                                                     << total << " tear " << static_cast<int>(tear);
        }
    }
}

}  // namespace
}  // namespace siang::store::testing
