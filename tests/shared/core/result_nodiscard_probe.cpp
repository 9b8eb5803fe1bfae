// Compiled, not run, by result_nodiscard_check.cmake: with SIANG_DROP_RESULTS each kind of
// function returning a Result (and fail(), and a function making an Error) has its result
// dropped (must not compile with -Werror); without it the same calls use their results and
// every way a Result is made must compile.
#include <string>
#include <utility>

#include "core/error.hpp"

namespace {

using siang::Errc;
using siang::Result;

Result<int> number(bool ok) {
    if (!ok) return siang::fail(Errc::invalid_argument, "number");
    return 7;  // a value
}

Result<void> nothing(bool ok) {
    if (!ok) return std::unexpected(siang::Error{Errc::internal, "nothing"});
    return {};
}

Result<std::string> text() {
    return std::string("siang");
}

Result<int> from_plain() {
    std::expected<int, siang::Error> plain = 3;
    return plain;  // a plain std::expected converts
}

siang::Error refusal() {
    return {Errc::permission_denied, "probe"};
}

struct Port {
    virtual ~Port() = default;
    virtual Result<void> record() = 0;
};

struct StorePort : Port {
    Result<void> record() override { return siang::fail({.code = Errc::store_failed}); }
};

}  // namespace

int probe(Port& port) {
    const auto lambda = [](int n) -> Result<int> { return n + 1; };
#ifdef SIANG_DROP_RESULTS
    number(true);                              // a free function
    nothing(true);                             // Result<void>
    text();                                    // a class type inside
    port.record();                             // a virtual member
    lambda(1);                                 // a lambda
    siang::fail(Errc::internal, "no return");  // a failure that never leaves
    refusal();                                 // an Error made for nobody
    return 0;
#else
    Result<int> first = number(true);
    Result<int> moved = std::move(first);
    Result<int> copy = moved;
    const bool same = copy == 7 && moved.value() == 7 && from_plain() == 3;
    const bool failed = !number(false) && number(false).error().code == Errc::invalid_argument &&
                        refusal().code == Errc::permission_denied;
    return (same && failed && nothing(true).has_value() && text()->size() == 5 && !port.record() &&
            lambda(1).value_or(0) == 2)
               ? 0
               : 1;
#endif
}

int main() {
    StorePort port;
    return probe(port);
}
