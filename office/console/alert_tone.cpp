// Chime synthesis and background playback through aplay (alsa-utils).
#include "office/console/alert_tone.hpp"

#include <fcntl.h>
#include <spawn.h>
#include <sys/mman.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cmath>
#include <cstdio>
#include <numbers>

extern char** environ;

namespace siang::office {
namespace {

void put_u32(std::vector<std::uint8_t>& out, std::uint32_t v) {
    for (int i = 0; i < 4; ++i) out.push_back(static_cast<std::uint8_t>(v >> (8 * i)));
}
void put_u16(std::vector<std::uint8_t>& out, std::uint16_t v) {
    out.push_back(static_cast<std::uint8_t>(v));
    out.push_back(static_cast<std::uint8_t>(v >> 8));
}

// The chime in an anonymous memory file, written once per process: nothing is left in /tmp
// when the console exits or is killed. -1 when it cannot be made.
int chime_fd() {
    static const int fd = [] {
        const int made = ::memfd_create("siang-office-chime", MFD_CLOEXEC);
        if (made < 0) return -1;
        const auto wav = chime_wav();
        std::size_t written = 0;
        while (written < wav.size()) {
            const ssize_t n = ::write(made, wav.data() + written, wav.size() - written);
            if (n < 0 && errno == EINTR) continue;
            if (n <= 0) {
                ::close(made);
                return -1;
            }
            written += static_cast<std::size_t>(n);
        }
        return made;
    }();
    return fd;
}

}  // namespace

std::vector<std::uint8_t> chime_wav(int sample_rate) {
    const int per_note = sample_rate * 180 / 1000;
    const int fade = sample_rate * 10 / 1000;
    const double notes[] = {880.0, 660.0};
    std::vector<std::int16_t> samples;
    for (double hz : notes) {
        for (int i = 0; i < per_note; ++i) {
            const double edge =
                std::min({1.0, double(i) / double(fade), double(per_note - i) / double(fade)});
            const double v = std::sin(2 * std::numbers::pi * hz * i / sample_rate) * edge * 0.4;
            samples.push_back(static_cast<std::int16_t>(v * 32767));
        }
    }
    const auto data_bytes = static_cast<std::uint32_t>(samples.size() * 2);
    std::vector<std::uint8_t> out;
    out.reserve(44 + data_bytes);
    for (char c : std::string_view("RIFF")) out.push_back(static_cast<std::uint8_t>(c));
    put_u32(out, 36 + data_bytes);
    for (char c : std::string_view("WAVEfmt ")) out.push_back(static_cast<std::uint8_t>(c));
    put_u32(out, 16);
    put_u16(out, 1);  // PCM
    put_u16(out, 1);  // mono
    put_u32(out, static_cast<std::uint32_t>(sample_rate));
    put_u32(out, static_cast<std::uint32_t>(sample_rate * 2));
    put_u16(out, 2);
    put_u16(out, 16);
    for (char c : std::string_view("data")) out.push_back(static_cast<std::uint8_t>(c));
    put_u32(out, data_bytes);
    for (std::int16_t s : samples) put_u16(out, static_cast<std::uint16_t>(s));
    return out;
}

bool play_chime() {
    // The previous chime's process, reaped here so none is left as a zombie.
    static pid_t previous = 0;
    if (previous > 0 && ::waitpid(previous, nullptr, WNOHANG) != 0) previous = 0;
    if (previous > 0) return true;  // still playing: one chime at a time
    const int fd = chime_fd();
    if (fd < 0) return false;
    // aplay reads the chime on its standard input, which shares this descriptor's offset.
    if (::lseek(fd, 0, SEEK_SET) != 0) return false;
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, fd, 0);
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0);
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0);
    char arg0[] = "aplay";
    char arg1[] = "-q";
    char* argv[] = {arg0, arg1, nullptr};
    pid_t pid = 0;
    const int rc = ::posix_spawnp(&pid, "aplay", &actions, nullptr, argv, environ);
    posix_spawn_file_actions_destroy(&actions);
    if (rc != 0) return false;
    previous = pid;
    return true;
}

}  // namespace siang::office
