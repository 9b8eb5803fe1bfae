// siang-server: the office server daemon that owns the store (SPEC §9).
#include "server/server_run.hpp"

int main(int argc, char** argv) {
    return siang::server::run_server(argc, argv);
}
