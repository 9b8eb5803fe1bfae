// Tests for shared/domain/case_number and thai_digits.
#include "domain/case_number.hpp"

#include <gtest/gtest.h>

#include "domain/kind.hpp"
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

TEST(CaseNumber, CorruptionRegisterPrintsWithThaiPrefix) {
    EXPECT_EQ((CaseNumber{2570, 12, Register::corruption}).str(), "ทจ 2570-000012");
    EXPECT_EQ((CaseNumber{2570, 12, Register::general}).str(), "2570-000012");
}

TEST(CaseNumber, ParsesCorruptionNumberWithOrWithoutSpaceAliasAndThaiDigits) {
    const CaseNumber n{2570, 12, Register::corruption};
    for (const char* s :
         {"ทจ 2570-000012", "ทจ2570-000012", "ทจ 2570-12", "ทจ-2570-12", "ทจ ๒๕๗๐-๐๐๐๐๑๒",
          "TJ-2570-12", "tj-2570-000012", "Tj 2570-12", "TJ2570-12"}) {
        EXPECT_EQ(parse_case_number(s), n) << s;
    }
    EXPECT_EQ(parse_case_number(n.str()), n);
    EXPECT_EQ(parse_case_number("2570-12")->book, Register::general);
}

TEST(CaseNumber, RejectsMalformedCorruptionNumbers) {
    for (const char* s :
         {"ทจ", "ทจ ", "ทจ 2570", "ทจ 2570-", "ทจ  2570-1", "ทจ--2570-1", "ท 2570-1", "จ 2570-1",
          "TJ", "TJ-", "T-2570-1", "TX-2570-1", "TJ_2570-1", "ทจ 2570-0", " ทจ 2570-1",
          "ทจ 2570-1 ", "2570-1 ทจ", "TJTJ-2570-1", "ทจทจ 2570-1"}) {
        EXPECT_FALSE(parse_case_number(s).has_value()) << s;
    }
}

TEST(CaseNumber, SameDigitsInTheTwoRegistersAreDifferentCases) {
    EXPECT_NE((CaseNumber{2570, 1}), (CaseNumber{2570, 1, Register::corruption}));
    // Lists show a fiscal year's general register, then its corruption register.
    EXPECT_LT((CaseNumber{2570, 999}), (CaseNumber{2570, 1, Register::corruption}));
    EXPECT_LT((CaseNumber{2569, 1, Register::corruption}), (CaseNumber{2570, 1}));
}

TEST(CaseNumber, CorruptionComplaintsAndOnlyThemRunInTheCorruptionRegister) {
    for (Kind k : all_kinds)
        EXPECT_EQ(register_for(k),
                  k == Kind::corruption ? Register::corruption : Register::general);
}

TEST(ThaiDigits, ConvertBothWays) {
    EXPECT_EQ(thai_digits_to_ascii("โทร ๐๘๑-๒๓๔-๕๖๗๙"), "โทร 081-234-5679");
    EXPECT_EQ(ascii_digits_to_thai("25 พ.ย. 2569"), "๒๕ พ.ย. ๒๕๖๙");
    EXPECT_EQ(thai_digits_to_ascii(ascii_digits_to_thai("0123456789")), "0123456789");
}

}  // namespace
}  // namespace siang::domain
