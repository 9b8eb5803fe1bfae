// GET /healthz for nginx and monitoring: it reads nothing, so it says only that the server runs.
#include "server/public/healthz.hpp"

namespace siang::server::public_site {

http::Route healthz_route() {
    return {"GET", "/healthz", [](const http::Request&) {
                return http::Response{
                    .status = 200, .content_type = "text/plain", .body = "ok", .headers = {}};
            }};
}

}  // namespace siang::server::public_site
