// The one name table per enum: both directions from one list, and a list that misses or
// misorders an enumerator is caught at compile time (issue 10 item 9).
#include "core/enum_names.hpp"

#include <gtest/gtest.h>

namespace siang {
namespace {

enum class Fruit { apple, mango, durian };

constexpr auto fruit_names = enum_names<Fruit>(
    {{Fruit::apple, "apple"}, {Fruit::mango, "mango"}, {Fruit::durian, "durian"}});
static_assert(fruit_names.complete());
static_assert(fruit_names.name(Fruit::mango) == "mango");
static_assert(fruit_names.parse("durian") == Fruit::durian);

// What complete() refuses, so the static_assert beside each real table means something.
static_assert(!enum_names<Fruit>({{Fruit::mango, "mango"}, {Fruit::apple, "apple"}}).complete());
static_assert(!enum_names<Fruit>({{Fruit::apple, "apple"}, {Fruit::mango, ""}}).complete());

TEST(EnumNames, NamesAndValuesRoundTrip) {
    for (Fruit f : fruit_names.values()) EXPECT_EQ(fruit_names.parse(fruit_names.name(f)), f);
}

TEST(EnumNames, UnknownTextAndDamagedValuesGiveNoAnswer) {
    EXPECT_EQ(fruit_names.parse("Apple"), std::nullopt);
    EXPECT_EQ(fruit_names.parse(""), std::nullopt);
    EXPECT_EQ(fruit_names.parse("apple "), std::nullopt);
    EXPECT_EQ(fruit_names.name(static_cast<Fruit>(7)), "unknown");
    EXPECT_EQ(fruit_names.name(static_cast<Fruit>(7), "apple"), "apple");
}

}  // namespace
}  // namespace siang
