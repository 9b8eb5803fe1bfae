// Giving back the clean pages of the GL driver's code (libLLVM above all) that the kernel mapped
// into the process while the driver started and compiled its shaders, once they are no longer run.
#pragma once

#include <cstddef>
#include <span>
#include <string_view>

namespace siang::ui {

// Why: a software GL driver (Mesa llvmpipe) links libLLVM, 106 MB of code. Loading it runs
// LLVM's static constructors, scattered over the whole library, and compiling a shader runs
// more of it; the kernel maps each touched page with its neighbours (fault-around, whole large
// page-cache folios on recent kernels), so ~47 MB of it ends up in the kiosk's resident set,
// although once the shaders are compiled none of it runs again while people use the screens.
// This unmaps (madvise MADV_DONTNEED) the code of the libraries whose file name contains one of
// the driver's names: only read-only private mappings in which every resident page is still the
// file's own (/proc/self/pagemap; a written page would be lost), so nothing is lost: the pages stay in the page cache, shared with other processes,
// and a later shader compile maps what it runs again with a minor fault. With a hardware driver
// that uses LLVM (radeonsi) the same holds; one without it has nothing to give back.
// Returns the kilobytes that were resident in the mappings given back. Costs about a millisecond
// (reading the driver's page map): call it when the UI goes idle, not in a frame.
std::size_t release_driver_code_pages();

// The same for the mappings whose file path contains one of `names` (the tests use their own).
std::size_t release_code_pages(std::span<const std::string_view> names);

}  // namespace siang::ui
