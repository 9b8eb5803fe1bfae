// One table per enum for its stable names, read in both directions (name of a value, value of a
// name), so the two directions cannot drift apart.
#pragma once

#include <array>
#include <cstddef>
#include <optional>
#include <string_view>

namespace siang {

template <class E>
struct EnumName {
    E value;
    std::string_view name;
};

// The names of enum E, one entry per enumerator in declaration order (0, 1, 2…): declare the
// table constexpr and static_assert(table.complete()) beside it, so a new enumerator without a
// name, or names out of order, fail the build rather than print "unknown".
template <class E, std::size_t N>
class EnumNames {
  public:
    constexpr explicit EnumNames(const std::array<EnumName<E>, N>& entries) : entries_(entries) {}

    // True when entry i names the enumerator with value i, for every i.
    constexpr bool complete() const {
        for (std::size_t i = 0; i < N; ++i)
            if (static_cast<std::size_t>(entries_[i].value) != i || entries_[i].name.empty())
                return false;
        return true;
    }

    // The name of `value`; `fallback` for a value outside the enum (a cast from damaged data).
    constexpr std::string_view name(E value, std::string_view fallback = "unknown") const {
        const auto i = static_cast<std::size_t>(value);
        return i < N ? entries_[i].name : fallback;
    }

    // The enumerator named `name` exactly; nullopt for any other text.
    constexpr std::optional<E> parse(std::string_view name) const {
        for (const EnumName<E>& e : entries_)
            if (e.name == name) return e.value;
        return std::nullopt;
    }

    // Every enumerator, in declaration order.
    constexpr std::array<E, N> values() const {
        std::array<E, N> out{};
        for (std::size_t i = 0; i < N; ++i) out[i] = entries_[i].value;
        return out;
    }

  private:
    std::array<EnumName<E>, N> entries_;
};

// enum_names<Kind>({{Kind::a, "a"}, {Kind::b, "b"}}): the table, its size counted.
template <class E, std::size_t N>
constexpr EnumNames<E, N> enum_names(const EnumName<E> (&entries)[N]) {
    std::array<EnumName<E>, N> a{};
    for (std::size_t i = 0; i < N; ++i) a[i] = entries[i];
    return EnumNames<E, N>(a);
}

}  // namespace siang
