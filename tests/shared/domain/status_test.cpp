// Tests for shared/domain/status and kind: identifiers and the SPEC §6 transition table.
#include "domain/status.hpp"

#include <gtest/gtest.h>

#include <utility>
#include <vector>

#include "domain/kind.hpp"

namespace siang::domain {
namespace {

using S = Status;

const std::vector<std::pair<Status, Status>> allowed{
    {S::received, S::in_review},    {S::received, S::rejected},    {S::in_review, S::in_progress},
    {S::in_review, S::forwarded},   {S::in_review, S::resolved},   {S::in_review, S::rejected},
    {S::in_progress, S::forwarded}, {S::in_progress, S::resolved}, {S::in_progress, S::rejected},
    {S::forwarded, S::resolved},    {S::forwarded, S::rejected},
};

bool is_allowed(Status from, Status to) {
    for (const auto& [f, t] : allowed) {
        if (f == from && t == to) return true;
    }
    return false;
}

TEST(Status, IdsRoundTrip) {
    for (const Status s : all_statuses) EXPECT_EQ(parse_status(status_id(s)), s);
    EXPECT_EQ(status_id(S::in_review), "in_review");
    EXPECT_FALSE(parse_status("Received").has_value());
    EXPECT_FALSE(parse_status("").has_value());
}

TEST(Kind, IdsRoundTrip) {
    for (const Kind k : all_kinds) EXPECT_EQ(parse_kind(kind_id(k)), k);
    EXPECT_EQ(kind_id(Kind::corruption), "corruption");
    EXPECT_FALSE(parse_kind("bribery").has_value());
    EXPECT_TRUE(is_confidential(Kind::corruption));
    EXPECT_FALSE(is_confidential(Kind::complaint));
}

TEST(Status, EveryAllowedTransitionPasses) {
    for (const auto& [from, to] : allowed) {
        const auto r = check_transition(from, to, "เหตุผล");
        EXPECT_TRUE(r.has_value()) << status_id(from) << "->" << status_id(to);
    }
}

TEST(Status, EveryOtherTransitionIsIllegal) {
    int forbidden = 0;
    for (const Status from : all_statuses) {
        for (const Status to : all_statuses) {
            if (is_allowed(from, to)) continue;
            ++forbidden;
            const auto r = check_transition(from, to, "reason");
            ASSERT_FALSE(r.has_value()) << status_id(from) << "->" << status_id(to);
            EXPECT_EQ(r.error().code, Errc::illegal_transition);
            EXPECT_EQ(r.error().from, status_id(from));
            EXPECT_EQ(r.error().to, status_id(to));
        }
    }
    EXPECT_EQ(forbidden, 36 - static_cast<int>(allowed.size()));
}

TEST(Status, NamedForbiddenTransitions) {
    EXPECT_FALSE(check_transition(S::received, S::resolved, "").has_value());
    EXPECT_FALSE(check_transition(S::received, S::in_progress, "").has_value());
    EXPECT_FALSE(check_transition(S::resolved, S::in_review, "").has_value());
    EXPECT_FALSE(check_transition(S::rejected, S::received, "").has_value());
    EXPECT_FALSE(check_transition(S::forwarded, S::in_progress, "").has_value());
    EXPECT_FALSE(check_transition(S::in_review, S::in_review, "").has_value());
}

TEST(Status, RejectWithoutReasonIsRefused) {
    for (const Status from : {S::received, S::in_review, S::in_progress, S::forwarded}) {
        for (const char* reason : {"", "   ", "\t\n"}) {
            const auto r = check_transition(from, S::rejected, reason);
            ASSERT_FALSE(r.has_value());
            EXPECT_EQ(r.error().code, Errc::reason_required);
        }
    }
}

TEST(Status, OnlyRejectionNeedsAReason) {
    EXPECT_TRUE(check_transition(S::in_review, S::resolved, "").has_value());
}

TEST(Status, NextStatusesMatchTheTable) {
    for (const Status from : all_statuses) {
        int count = 0;
        for (const Status to : next_statuses(from)) {
            EXPECT_TRUE(is_allowed(from, to));
            ++count;
        }
        int expected = 0;
        for (const Status to : all_statuses) expected += is_allowed(from, to) ? 1 : 0;
        EXPECT_EQ(count, expected) << status_id(from);
    }
    EXPECT_TRUE(next_statuses(S::resolved).empty());
    EXPECT_TRUE(next_statuses(S::rejected).empty());
}

TEST(Status, FinalAndCompleted) {
    EXPECT_TRUE(is_final(S::resolved));
    EXPECT_TRUE(is_final(S::rejected));
    EXPECT_FALSE(is_final(S::forwarded));
    EXPECT_TRUE(counts_as_completed(S::forwarded));
    EXPECT_FALSE(counts_as_completed(S::in_progress));
}

}  // namespace
}  // namespace siang::domain
