// A fresh store per test with three staff members and a few filed cases, for the console tests.
#pragma once

#include <gtest/gtest.h>

#include <chrono>
#include <optional>

#include "domain/submission.hpp"
#include "office/console/store_client.hpp"
#include "staff/staff_accounts.hpp"
#include "store/store.hpp"
#include "support/test_dir.hpp"

namespace siang::office::testing {

inline constexpr const char* password = "correct-horse-9";

class ConsoleTest : public ::testing::Test {
  protected:
    void SetUp() override {
        path_ = (siang::testing::test_dir("office") / "siang.db").string();
        store::OpenOptions o;
        o.create = true;
        auto s = store::Store::open(path_, o);
        ASSERT_TRUE(s) << s.error().detail;
        store_.emplace(std::move(*s));
        client_.emplace(*store_);
        staff::StaffAccounts accounts(*store_);
        const auto root = staff::local_administrator();
        for (const auto& u : {clerk, integrity, admin})
            ASSERT_TRUE(accounts.add(root, u, password));
    }

    // Files a case as the kiosk would; returns its number and tracking code.
    store::Filed file(domain::Kind kind, std::string subject, std::string details,
                      std::string service = "") {
        domain::Draft d;
        d.kind = kind;
        d.service = std::move(service);
        if (d.service.empty() && kind == domain::Kind::eservice) d.service = "streetlight";
        d.subject = std::move(subject);
        d.details = std::move(details);
        auto valid = domain::validate_draft(d, domain::default_directory());
        EXPECT_TRUE(valid) << valid.error().detail;
        auto filed = store_->submit(*valid, now, "kiosk");
        EXPECT_TRUE(filed) << filed.error().detail;
        return *filed;
    }

    store::Store& store() { return *store_; }
    // The console's one way to the store (office_client.hpp), over this test's store.
    OfficeClient& client() { return *client_; }
    const std::string& path() const { return path_; }

    // 25 Nov 2026 10:00 Bangkok.
    const domain::TimePoint now = domain::TimePoint{std::chrono::seconds{1795575600}};
    const staff::StaffUser clerk{"somchai", "สมชาย ใจดี", staff::Role::clerk};
    const staff::StaffUser integrity{"malee", "มาลี ซื่อตรง", staff::Role::integrity};
    const staff::StaffUser admin{"boss", "ผู้ดูแล", staff::Role::admin};

  private:
    std::string path_;
    std::optional<store::Store> store_;
    std::optional<StoreClient> client_;
};

}  // namespace siang::office::testing
