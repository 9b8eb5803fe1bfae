// A fresh temporary directory per test, under $SIANG_TEST_TMP (or a mkdtemp directory).
#pragma once

#include <gtest/gtest.h>
#include <stdlib.h>

#include <cstdlib>
#include <filesystem>
#include <string>

namespace siang::testing {

// Returns an empty directory named after the running test, inside a folder named `suite`.
inline std::filesystem::path test_dir(const std::string& suite) {
    namespace fs = std::filesystem;
    static const fs::path root = [] {
        if (const char* env = std::getenv("SIANG_TEST_TMP"); env && *env) return fs::path(env);
        std::string tmpl = (fs::temp_directory_path() / "siang-test-XXXXXX").string();
        if (::mkdtemp(tmpl.data()) == nullptr) std::abort();
        return fs::path(tmpl);
    }();
    const auto* info = ::testing::UnitTest::GetInstance()->current_test_info();
    fs::path dir = root / suite / (std::string(info->test_suite_name()) + "." + info->name());
    fs::remove_all(dir);
    fs::create_directories(dir);
    return dir;
}

}  // namespace siang::testing
