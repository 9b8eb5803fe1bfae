// siang-server with two extra office routes for the process tests: POST /test/sleep (writes the
// file named by $SIANG_TEST_STARTED, sleeps 1 s, echoes the body) and GET /test/ok. Everything
// else (options, identity, listeners, signals, shutdown) is the real server's run_server.
#include <chrono>
#include <cstdlib>
#include <fstream>
#include <thread>

#include "server/server_run.hpp"

int main(int argc, char** argv) {
    namespace http = siang::server::http;
    std::vector<http::Route> extra{
        {"POST", "/test/sleep",
         [](const http::Request& r) {
             if (const char* f = std::getenv("SIANG_TEST_STARTED")) std::ofstream(f) << "started";
             std::this_thread::sleep_for(std::chrono::seconds(1));
             return http::Response{
                 .content_type = "text/plain", .body = "slept:" + r.body, .headers = {}};
         }},
        {"GET", "/test/ok",
         [](const http::Request&) {
             return http::Response{.content_type = "text/plain", .body = "ok", .headers = {}};
         }},
    };
    return siang::server::run_server(argc, argv, std::move(extra));
}
