// The public site's liveness probe: GET /healthz answers 200 "ok" while the server runs.
#pragma once

#include "server/http/route.hpp"

namespace siang::server::public_site {

http::Route healthz_route();

}  // namespace siang::server::public_site
