// Test helper: an outbox whose credential points at a port on 127.0.0.1 where nothing listens
// (bound to port 0, read back, closed), for the kiosk's GUI tests with the server down.
// Usage: kiosk_outbox_prepare DIR
#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cstdio>
#include <string>

#include "sync/outbox.hpp"

int main(int argc, char** argv) {
    if (argc != 2) {
        std::fprintf(stderr, "usage: kiosk_outbox_prepare DIR\n");
        return 2;
    }
    const int s = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in a{};
    a.sin_family = AF_INET;
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t len = sizeof a;
    if (s < 0 || ::bind(s, reinterpret_cast<sockaddr*>(&a), sizeof a) != 0 ||
        ::getsockname(s, reinterpret_cast<sockaddr*>(&a), &len) != 0) {
        std::perror("kiosk_outbox_prepare: socket");
        return 1;
    }
    const int port = ntohs(a.sin_port);
    ::close(s);  // nothing listens there now
    auto outbox = siang::sync::Outbox::open(argv[1], true);
    if (!outbox) {
        std::fprintf(stderr, "kiosk_outbox_prepare: %s\n", outbox.error().detail.c_str());
        return 1;
    }
    const siang::sync::DeviceCredential c{"https://127.0.0.1:" + std::to_string(port),
                                          std::string(64, 'a'), "kiosk-gui", std::string(64, 'b')};
    if (auto r = outbox->save_credential(c); !r) {
        std::fprintf(stderr, "kiosk_outbox_prepare: %s\n", r.error().detail.c_str());
        return 1;
    }
    std::printf("%d\n", port);
    return 0;
}
