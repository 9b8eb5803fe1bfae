// Tests for shared/domain/case_number and thai_digits.
#include "domain/case_number.hpp"

#include <gtest/gtest.h>

#include "domain/thai_digits.hpp"

namespace siang::domain {
namespace {

TEST(CaseNumber, FormatsWithSixDigitSequence) {
    EXPECT_EQ((CaseNumber{2569, 123}).str(), "2569-000123");
    EXPECT_EQ((CaseNumber{2570, 1}).str(), "2570-000001");
    EXPECT_EQ((CaseNumber{2569, 1234567}).str(), "2569-1234567");
}

TEST(CaseNumber, ParsesPaddedShortAndThaiDigits) {
    EXPECT_EQ(parse_case_number("2569-000123"), (CaseNumber{2569, 123}));
    EXPECT_EQ(parse_case_number("2569-123"), (CaseNumber{2569, 123}));
    EXPECT_EQ(parse_case_number("๒๕๖๙-๐๐๐๑๒๓"), (CaseNumber{2569, 123}));
    const CaseNumber n{2570, 42};
    EXPECT_EQ(parse_case_number(n.str()), n);
}

TEST(CaseNumber, RejectsMalformed) {
    for (const char* s : {"", "2569", "2569-", "-123", "2569-000000", "569-123", "25690-1",
                          "2569-12a", "2569 123", "2569-1234567890", " 2569-1"}) {
        EXPECT_FALSE(parse_case_number(s).has_value()) << s;
    }
}

TEST(CaseNumber, OrdersByYearThenSequence) {
    EXPECT_LT((CaseNumber{2569, 999}), (CaseNumber{2570, 1}));
    EXPECT_LT((CaseNumber{2569, 1}), (CaseNumber{2569, 2}));
}

TEST(ThaiDigits, ConvertBothWays) {
    EXPECT_EQ(thai_digits_to_ascii("โทร ๐๘๑-๒๓๔-๕๖๗๙"), "โทร 081-234-5679");
    EXPECT_EQ(ascii_digits_to_thai("25 พ.ย. 2569"), "๒๕ พ.ย. ๒๕๖๙");
    EXPECT_EQ(thai_digits_to_ascii(ascii_digits_to_thai("0123456789")), "0123456789");
}

}  // namespace
}  // namespace siang::domain
