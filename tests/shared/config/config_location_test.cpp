// Tests for config_location: --config, then $SIANG_CONFIG, then the installation's file, else built-ins.
#include "config/config_location.hpp"

#include <gtest/gtest.h>
#include <stdlib.h>

#include <fstream>

#include "support/test_dir.hpp"

namespace siang::config {
namespace {

namespace fs = std::filesystem;

// Unsets $SIANG_CONFIG for the test and puts back what it was.
class ConfigLocation : public ::testing::Test {
protected:
    void SetUp() override {
        if (const char* v = std::getenv("SIANG_CONFIG")) saved_ = v;
        ::unsetenv("SIANG_CONFIG");
        dir_ = siang::testing::test_dir("config_location_test");
    }
    void TearDown() override {
        if (saved_) ::setenv("SIANG_CONFIG", saved_->c_str(), 1);
        else ::unsetenv("SIANG_CONFIG");
    }
    std::string write(const std::string& name, const std::string& municipality_en) {
        const fs::path p = dir_ / name;
        std::ofstream(p) << "[municipality]\nname_en = \"" << municipality_en << "\"\n";
        return p.string();
    }
    std::optional<std::string> saved_;
    fs::path dir_;
};

TEST_F(ConfigLocation, AnExistingDefaultFileIsReadWhenNothingIsNamed) {
    const auto installed = write("siang.toml", "Installed");
    EXPECT_EQ(config_file_to_read("", installed), installed);
}

TEST_F(ConfigLocation, AMissingDefaultFileMeansTheBuiltIns) {
    EXPECT_EQ(config_file_to_read("", (dir_ / "absent.toml").string()), "");
    auto c = load_config(config_file_to_read("", (dir_ / "absent.toml").string()));
    ASSERT_TRUE(c) << c.error().detail;
    EXPECT_EQ(c->municipality.name_en, default_config().municipality.name_en);
}

TEST_F(ConfigLocation, TheEnvironmentOverridesTheDefaultFile) {
    const auto installed = write("siang.toml", "Installed");
    const auto chosen = write("chosen.toml", "Chosen");
    ::setenv("SIANG_CONFIG", chosen.c_str(), 1);
    EXPECT_EQ(config_file_to_read("", installed), chosen);
    auto c = load_installation_config("");
    ASSERT_TRUE(c) << c.error().detail;
    EXPECT_EQ(c->municipality.name_en, "Chosen");
}

TEST_F(ConfigLocation, TheOptionOverridesTheEnvironment) {
    const auto chosen = write("chosen.toml", "Chosen");
    const auto named = write("named.toml", "Named");
    ::setenv("SIANG_CONFIG", chosen.c_str(), 1);
    auto c = load_installation_config(named);
    ASSERT_TRUE(c) << c.error().detail;
    EXPECT_EQ(c->municipality.name_en, "Named");
}

TEST_F(ConfigLocation, AMissingNamedFileIsAnError) {
    const auto missing = (dir_ / "typo.toml").string();
    auto by_option = load_installation_config(missing);
    ASSERT_FALSE(by_option);
    EXPECT_EQ(by_option.error().code, Errc::io_error);
    ::setenv("SIANG_CONFIG", missing.c_str(), 1);
    auto by_env = load_installation_config("");
    ASSERT_FALSE(by_env);
    EXPECT_EQ(by_env.error().code, Errc::io_error);
    EXPECT_NE(by_env.error().detail.find("typo.toml"), std::string::npos);
}

}  // namespace
}  // namespace siang::config
