// The files that make up one store on disk (database, -wal, -shm, -journal, code key).
#pragma once

#include <string>
#include <vector>

namespace siang::store {

// The store's database file and the files SQLite and Siang keep beside it: -wal, -shm, -journal
// and the code key (`key_path`, empty: path + ".key").
std::vector<std::string> store_files(const std::string& path, const std::string& key_path = {});

// siang-server's TLS identity, kept in the store's folder (SPEC §9): its private key and its
// self-signed certificate ("DIR/siang-server.key", "DIR/siang-server.crt").
std::string server_key_path(const std::string& store_path);
std::string server_cert_path(const std::string& store_path);

// Registers every file of the store, and the server identity beside it, with protect_from_output(), so no backup, export or report of
// this process can replace one of them (called by Store::open and by the CLI for the store it
// names).
void protect_store_files(const std::string& path, const std::string& key_path = {});

}  // namespace siang::store
