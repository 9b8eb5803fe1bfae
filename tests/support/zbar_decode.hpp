// What zbarimg reads from an image file, for the QR read-back tests.
#pragma once

#include <array>
#include <cstdio>
#include <filesystem>
#include <memory>
#include <string>

namespace siang::testing {

// zbarimg's raw output for `file` (every symbol found, one per line), its last newline removed.
inline std::string zbar_decode(const std::filesystem::path& file) {
    const std::string cmd = "zbarimg --raw -q '" + file.string() + "' 2>/dev/null";
    std::unique_ptr<FILE, int (*)(FILE*)> pipe(::popen(cmd.c_str(), "r"), ::pclose);
    if (!pipe) return "<popen failed>";
    std::string out;
    std::array<char, 512> buf{};
    while (std::size_t n = std::fread(buf.data(), 1, buf.size(), pipe.get()))
        out.append(buf.data(), n);
    if (!out.empty() && out.back() == '\n') out.pop_back();
    return out;
}

}  // namespace siang::testing
