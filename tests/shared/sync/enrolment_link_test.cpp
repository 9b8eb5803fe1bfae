// The enrolment QR's line: what the CLI prints, a kiosk's scanner reads back.
#include "sync/enrolment_link.hpp"

#include <gtest/gtest.h>

#include <vector>

namespace siang::sync {
namespace {

const std::string fp = "3f1c0a9be2d47766c0ffee00112233445566778899aabbccddeeff0011223344";

TEST(EnrolmentLink, WhatIsEncodedParsesBackEvenWithTheScannersEnter) {
    const EnrolmentLink link{"https://192.168.1.10:8443", "K7QM-2XRA-9PLD-4WVE", fp};
    auto back = parse_enrolment_link(encode_enrolment_link(link) + "\r\n");
    ASSERT_TRUE(back);
    EXPECT_EQ(back->url, link.url);
    EXPECT_EQ(back->code, link.code);
    EXPECT_EQ(back->fingerprint, fp);
}

TEST(EnrolmentLink, TheFingerprintMayComeAsOpensslPrintsIt) {
    std::string colons;
    for (std::size_t i = 0; i < fp.size(); i += 2) {
        if (i) colons += ':';
        colons += static_cast<char>(std::toupper(fp[i]));
        colons += static_cast<char>(std::toupper(fp[i + 1]));
    }
    EXPECT_EQ(normalize_fingerprint(colons), fp);
    EXPECT_FALSE(normalize_fingerprint(fp.substr(2)));
    EXPECT_FALSE(normalize_fingerprint(fp.substr(1) + "g"));
}

TEST(EnrolmentLink, OtherTextIsRefused) {
    for (const std::string& text : std::vector<std::string>{
             "", "482177305190", "SIANG-ENROL 2 https://h:1 CODE " + fp,
             "SIANG-ENROL 1 http://h:1 CODE " + fp, "SIANG-ENROL 1 https://h:1 CODE",
             "SIANG-ENROL 1 https://h:1 CODE notafingerprint"}) {
        auto r = parse_enrolment_link(text);
        ASSERT_FALSE(r) << text;
        EXPECT_EQ(r.error().detail, "not_enrolment_link");
    }
}

}  // namespace
}  // namespace siang::sync
