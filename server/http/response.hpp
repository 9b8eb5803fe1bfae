// One HTTP response a handler returns; the adapter sends it as it is.
#pragma once

#include <unistd.h>

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace siang::server::http {

// A body streamed from an open file rather than held in memory (an export): the adapter sends
// the file's first `size` bytes from its start. The descriptor closes with the last copy; the
// file may already be unlinked.
struct FileBody {
    std::shared_ptr<const int> fd;
    std::uint64_t size = 0;
};
// Takes ownership of `fd` (closed when the last FileBody copy goes). Inline: handlers make
// these without linking the adapter.
inline FileBody adopt_file_body(int fd, std::uint64_t size) {
    return FileBody{std::shared_ptr<const int>(new int(fd),
                                               [](const int* p) {
                                                   if (*p >= 0) ::close(*p);
                                                   delete p;
                                               }),
                    size};
}

struct Response {
    int status = 200;
    std::string content_type = "application/json";
    std::string body;
    std::vector<std::pair<std::string, std::string>> headers = {};  // extra headers ("Retry-After")
    std::optional<FileBody> file = {};                              // set: sent instead of `body`
};

}  // namespace siang::server::http
