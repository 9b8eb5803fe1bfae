// Tests for where the store is: the option, the configuration, the default, and an empty option.
#include "config/store_location.hpp"

#include <gtest/gtest.h>

namespace siang::config {
namespace {

TEST(StoreLocation, AnEmptyOptionIsAnErrorNotTheDefault) {
    Config c;
    auto r = resolve_store_path(std::string(), c);
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().code, Errc::invalid_argument);
    c.store_path = "/srv/siang/office.db";
    EXPECT_FALSE(resolve_store_path(std::string(), c)) << "not the configuration's either";
}

TEST(StoreLocation, OptionThenConfigurationThenDefault) {
    Config c;
    c.store_path = "/srv/siang/office.db";
    EXPECT_EQ(resolve_store_path(std::string("/tmp/s.db"), c).value(), "/tmp/s.db");
    EXPECT_EQ(resolve_store_path(std::nullopt, c).value(), "/srv/siang/office.db");
    c.store_path.clear();
    EXPECT_EQ(resolve_store_path(std::nullopt, c).value(), default_store_path());
}

}  // namespace
}  // namespace siang::config
