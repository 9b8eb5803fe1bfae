// The help-request alert sound: a short two-note chime as a WAV file played with aplay.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace siang::office {

// A 16-bit mono PCM WAV: two sine notes (880 Hz then 660 Hz), 180 ms each, with soft edges
// so the speaker does not click.
std::vector<std::uint8_t> chime_wav(int sample_rate = 22050);

// Plays the chime without waiting: writes it once to an anonymous memory file (memfd, so no
// file is ever left behind) and starts `aplay -q` reading it on its standard input, in the
// background. Returns false when no player could be started (no aplay, no memory file); a
// missing sound card only makes aplay fail quietly. Never throws, never blocks.
bool play_chime();

}  // namespace siang::office
