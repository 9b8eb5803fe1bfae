// A route table entry: a method and a path pattern, and the plain function that answers it.
#pragma once

#include <functional>
#include <string>

#include "server/http/request.hpp"
#include "server/http/response.hpp"

namespace siang::server::http {

// Handlers are called on the listener's worker threads, possibly several at once; they may
// block (a filing waits for its commit), and must not throw.
using Handler = std::function<Response(const Request&)>;

struct Route {
    std::string method;   // "GET", "POST"
    std::string pattern;  // "/api/v1/help/{id}": literal segments and whole-segment captures
    Handler handler;
};

}  // namespace siang::server::http
