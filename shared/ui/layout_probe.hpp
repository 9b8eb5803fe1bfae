// The layout probe: while a test turns it on, every touch target, text run and the help note
// drawn in a frame leave their screen rectangles here, so geometry can be checked (SPEC §4.10).
//
// Off unless a test (or screenshot code) calls start(); each hook then costs one branch on a
// plain bool. Not thread-safe: the UI draws on one thread.
//
// What "text height" means here (SPEC §4.10 "body text at least 5 mm high"): the character
// height as legibility standards measure it (ISO 9241-303, the ADA's sign rules): the ink height
// of a capital, here Latin H, in the font as FreeType rasterised it, in pixels; not the em size
// the font was asked for, which holds room for marks and descenders and is about twice as tall.
// In Loma, the kiosk's font, H is as tall as the Thai consonants that rise (ป ฝ ฟ) and about
// 1.25 times the body of the other consonants (ก, U+0E01, the Thai "x-height"): at 5 mm for H a
// Thai ก is 4 mm. consonant_height() gives the ก height for reports.
#pragma once

#include <imgui.h>

#include <string>
#include <string_view>
#include <vector>

namespace siang::ui::probe {

enum class Kind {
    touch,      // a button, card or field that takes taps
    key,        // a key of an on-screen keyboard or keypad
    text,       // one run of text drawn on one line
    help_note,  // the "staff are coming" note or its badge
    overlay,    // a modal layer over the page: what was drawn before it takes no taps now
    panel,      // a card that holds text (its text must stay inside it)
};

struct Item {
    Kind kind = Kind::touch;
    ImVec2 min{}, max{};
    ImVec2 clip_min{}, clip_max{};  // the clip rectangle in force when it was drawn
    // Text: its font's text height (cap_height, see above) and the font it was drawn with.
    float text_height = 0.0f;
    const ImFont* font = nullptr;
    // Drawn where clipping is the design (inside a scroll area or a text field).
    bool clip_expected = false;
    std::string label;  // the id of a target, the text of a run (for messages)
};

// True while recording; the hooks below do nothing otherwise.
inline bool active = false;

// Starts recording, dropping anything recorded before.
void start();
// Stops recording and returns what was recorded since start() or the last take().
std::vector<Item> stop();
// What was recorded so far (e.g. one frame's worth); recording goes on with an empty list.
std::vector<Item> take();

// Hooks, called by the widgets themselves.
void touch(std::string_view id, ImVec2 min, ImVec2 max);
void text(const ImFont* font, ImVec2 min, ImVec2 max, std::string_view utf8);
// `what`: "note" for the note in its band, "badge" for the bar button it shrank into.
void help_note(ImVec2 min, ImVec2 max, std::string_view what = "note");
void overlay(ImVec2 min, ImVec2 max);
void panel(ImVec2 min, ImVec2 max);

// Ink height of H in `font` in pixels: the text height defined above (0 for an icon font).
float cap_height(const ImFont* font);
// Ink height of ก in `font` in pixels (0 when the font has no ก).
float consonant_height(const ImFont* font);

// While one lives, targets drawn are keys (the keyboards use it).
class KeyScope {
  public:
    KeyScope();
    ~KeyScope();
    KeyScope(const KeyScope&) = delete;
    KeyScope& operator=(const KeyScope&) = delete;
};

// While one lives, text cut by the clip rectangle is by design (scroll areas, text fields).
class ClipExpected {
  public:
    ClipExpected();
    ~ClipExpected();
    ClipExpected(const ClipExpected&) = delete;
    ClipExpected& operator=(const ClipExpected&) = delete;
};

}  // namespace siang::ui::probe
