// Zeroing string buffers: whole capacity, reuse in place, old buffers zeroed before release.
#include "kiosk/flow/secure_wipe.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <vector>

namespace siang::flow {
namespace {

struct Seen {
    const void* data;
    std::size_t bytes;
    bool all_zero;
};

class SecureWipeTest : public ::testing::Test {
  protected:
    void SetUp() override {
        set_wipe_observer([this](const void* data, std::size_t bytes) {
            const auto* p = static_cast<const unsigned char*>(data);
            seen.push_back({data, bytes, std::all_of(p, p + bytes, [](auto b) { return b == 0; })});
        });
    }
    void TearDown() override { set_wipe_observer({}); }
    std::vector<Seen> seen;
};

TEST_F(SecureWipeTest, WipeZeroesTheWholeCapacityAndEmpties) {
    std::string s(100, 'a');
    s.resize(10);  // the other 90 bytes still hold 'a' in the buffer
    const void* buffer = s.data();
    const std::size_t capacity = s.capacity();
    wipe(s);
    EXPECT_TRUE(s.empty());
    ASSERT_EQ(seen.size(), 1u);
    EXPECT_EQ(seen[0].data, buffer);
    EXPECT_EQ(seen[0].bytes, capacity);
    EXPECT_TRUE(seen[0].all_zero);
    EXPECT_EQ(s.capacity(), capacity);  // kept for the next text
}

TEST_F(SecureWipeTest, WipeCoversTheSmallStringBuffer) {
    std::string s = "0812345678";  // fits the in-object buffer
    const void* buffer = s.data();
    wipe(s);
    ASSERT_EQ(seen.size(), 1u);
    EXPECT_EQ(seen[0].data, buffer);
    EXPECT_GE(seen[0].bytes, 10u);
    EXPECT_TRUE(seen[0].all_zero);
}

TEST_F(SecureWipeTest, SecureAssignReusesABufferThatFits) {
    std::string s(64, 'a');
    const void* buffer = s.data();
    secure_assign(s, "short");
    EXPECT_EQ(s, "short");
    EXPECT_EQ(s.data(), buffer);
    // The tail beyond the new text was zeroed too.
    EXPECT_TRUE(
        std::all_of(s.data() + s.size(), s.data() + s.capacity(), [](char c) { return c == 0; }));
}

TEST_F(SecureWipeTest, SecureAssignZeroesTheOldBufferWhenGrowing) {
    std::string s(40, 'a');
    const void* old = s.data();
    secure_assign(s, std::string(400, 'b'));
    EXPECT_EQ(s, std::string(400, 'b'));
    ASSERT_FALSE(seen.empty());
    EXPECT_EQ(seen.back().data, old);
    EXPECT_TRUE(seen.back().all_zero);
}

TEST_F(SecureWipeTest, SecureAppendZeroesTheOldBufferWhenGrowing) {
    std::string s(30, 'a');
    const void* old = s.data();
    secure_append(s, std::string(100, 'b'));
    EXPECT_EQ(s, std::string(30, 'a') + std::string(100, 'b'));
    ASSERT_FALSE(seen.empty());
    EXPECT_EQ(seen.back().data, old);
    EXPECT_TRUE(seen.back().all_zero);
}

}  // namespace
}  // namespace siang::flow
