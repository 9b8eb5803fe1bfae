// A SQLite VFS that simulates power loss, as SQLite's own test6.c does: writes stay in a
// "page cache" until xSync makes them durable, and a power cut drops or tears what was not.
#pragma once

#include <cstdint>
#include <string_view>

namespace siang::store::testing::crash_vfs {

// Registered by install(); pass it as OpenOptions::vfs.
inline constexpr std::string_view name = "siang_crash";

// What reaches the disk of the writes not yet synced when the power is cut.
enum class Tear {
    drop_all,        // none: the worst case
    keep_all,        // all: the OS had written everything back
    random_sectors,  // each dirty 512-byte sector, and each pending truncation, by chance
};

struct Plan {
    // The power is cut just before the cut_at-th write, sync, truncate or delete (1-based) after
    // arm(); the operation then fails, as does every later one. 0: never.
    std::int64_t cut_at = 0;
    Tear tear = Tear::random_sectors;
    std::uint32_t seed = 1;  // for random_sectors
    // Whether the -shm files stay as the program last wrote them (the OS wrote the mapped pages
    // back) or go; SQLite rebuilds the index from the WAL either way.
    bool shm_survives = false;
};

// Registers the VFS (once; not the default). It wraps SQLite's default VFS. Single-threaded.
void install();

// Starts counting operations under `plan`, with nothing pending.
void arm(const Plan& plan);

// Write, sync, truncate and delete operations seen since arm().
std::int64_t operations();

// True once the power was cut.
bool power_cut();

// After every connection through the VFS is closed: the disk is what the cut left, the -shm
// files removed unless the plan says they survive; pending state is forgotten and the VFS runs
// normally again (disarmed).
void power_on();

}  // namespace siang::store::testing::crash_vfs
