// The files that make up one store on disk (database, -wal, -shm, -journal, code key).
#pragma once

#include <string>
#include <vector>

namespace siang::store {

// The store's database file and the files SQLite and Siang keep beside it: -wal, -shm, -journal
// and the code key (`key_path`, empty: path + ".key").
std::vector<std::string> store_files(const std::string& path, const std::string& key_path = {});

// Registers every file of the store with protect_from_output(), so no backup, export or report of
// this process can replace one of them (called by Store::open and by the CLI for the store it
// names).
void protect_store_files(const std::string& path, const std::string& key_path = {});

}  // namespace siang::store
