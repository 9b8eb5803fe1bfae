// One HTTP response a handler returns; the adapter sends it as it is.
#pragma once

#include <string>
#include <utility>
#include <vector>

namespace siang::server::http {

struct Response {
    int status = 200;
    std::string content_type = "application/json";
    std::string body;
    std::vector<std::pair<std::string, std::string>> headers = {};  // extra headers ("Retry-After")
};

}  // namespace siang::server::http
