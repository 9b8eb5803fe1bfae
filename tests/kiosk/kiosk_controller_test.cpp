// Tests for kiosk/kiosk_controller: intents change the state in one place; specimen loading.
#include "kiosk/kiosk_controller.hpp"

#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>

namespace siang::kiosk {
namespace {

std::filesystem::path temp_dir(const std::string& name) {
    const char* base = std::getenv("SIANG_TEST_TMP");
    std::filesystem::path dir = base ? base : std::filesystem::temp_directory_path();
    dir /= "kiosk_controller_" + name;
    std::filesystem::remove_all(dir);
    std::filesystem::create_directories(dir);
    return dir;
}

TEST(KioskController, ToggleLanguageSwitchesBetweenThaiAndEnglish) {
    KioskState s;
    apply(s, ToggleLanguage{});
    EXPECT_EQ(s.lang, "en");
    apply(s, ToggleLanguage{});
    EXPECT_EQ(s.lang, "th");
}

TEST(KioskController, LargerTextTogglesTheScale) {
    KioskState s;
    apply(s, ToggleLargerText{});
    EXPECT_DOUBLE_EQ(s.text_scale, larger_text_scale);
    apply(s, ToggleLargerText{});
    EXPECT_DOUBLE_EQ(s.text_scale, 1.0);
}

TEST(KioskController, ShowScreenChangesTheScreen) {
    KioskState s;
    apply(s, ShowScreen{ScreenId::keyboard});
    EXPECT_EQ(s.screen, ScreenId::keyboard);
}

TEST(KioskController, ReadsSpecimenLinesWithCrLf) {
    const auto file = temp_dir("crlf") / "s.txt";
    std::ofstream(file, std::ios::binary) << "กี่ ปี่\r\n\r\nEnglish\n";
    auto lines = read_specimen_lines(file.string());
    ASSERT_TRUE(lines);
    ASSERT_EQ(lines->size(), 3u);
    EXPECT_EQ((*lines)[0], "กี่ ปี่");
    EXPECT_EQ((*lines)[1], "");
    EXPECT_EQ((*lines)[2], "English");
}

TEST(KioskController, RejectsSpecimenThatIsNotUtf8) {
    const auto file = temp_dir("latin1") / "s.txt";
    std::ofstream(file, std::ios::binary) << "caf\xE9\n";
    auto lines = read_specimen_lines(file.string());
    ASSERT_FALSE(lines);
    EXPECT_EQ(lines.error().code, Errc::invalid_utf8);
}

TEST(KioskController, ReportsMissingSpecimenFile) {
    auto lines = read_specimen_lines((temp_dir("missing") / "none.txt").string());
    ASSERT_FALSE(lines);
    EXPECT_EQ(lines.error().code, Errc::io_error);
}

}  // namespace
}  // namespace siang::kiosk
