// One group of the statistics query: how many items share month, kind, service, division, status.
#pragma once

#include <cstdint>
#include <string>

#include "domain/kind.hpp"
#include "domain/status.hpp"

namespace siang::store {

struct StatsRow {
    int year = 0;   // CE year of the Bangkok local filing month
    int month = 0;  // 1–12
    domain::Kind kind = domain::Kind::suggestion;
    std::string service;   // empty for items without a service, and for hidden corruption detail
    std::string division;  // empty when none, and for hidden corruption detail
    domain::Status status = domain::Status::received;
    std::int64_t count = 0;
};

}  // namespace siang::store
