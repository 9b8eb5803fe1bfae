// What the citizen screens keep between frames besides the session: widget state, textures.
#pragma once

#include <array>
#include <cstddef>
#include <optional>
#include <string>

#include "kiosk/flow/field.hpp"
#include "kiosk/flow/flow_time.hpp"
#include "kiosk/flow/screen.hpp"
#include "kiosk/flow/slip_printing.hpp"
#include "kiosk/flow/sync_watch.hpp"
#include "sync/kiosk_board.hpp"
#include "ui/gl_texture.hpp"
#include "ui/touch/keyboard_state.hpp"
#include "ui/touch/scroll_area.hpp"
#include "ui/touch/text_field.hpp"

namespace siang::kiosk::screens {

// One text field per flow::Field; the session holds the text, the widget the caret and focus.
class FieldWidgets {
  public:
    FieldWidgets();
    ui::touch::TextFieldState& operator[](flow::Field f) { return fields_[index(f)]; }
    // Empties every widget's text (the session wiped the visit).
    void clear_all();

  private:
    static std::size_t index(flow::Field f) { return static_cast<std::size_t>(f); }
    std::array<ui::touch::TextFieldState, flow::all_fields.size()> fields_;
};

// The receipt's QR as a texture, kept while the receipt shows and dropped with it.
struct QrTexture {
    std::optional<ui::GlTexture> texture;
    std::string payload;  // what it encodes (secret: zeroed when dropped)
    int target_px = 0;    // the room it was made for: larger text leaves the QR less
};

struct ViewState {
    // The staff's sync indicator on the attract screen (kiosk over the office server); null
    // when the kiosk files into its local store.
    const flow::SyncView* sync = nullptr;
    // The information board's counts on the attract screen (kiosk::BoardSource): none when the
    // kiosk has no office or the office has not answered yet; then the panel shows no numbers.
    std::optional<sync::KioskBoard> board;
    // The receipt slip's state (issue 13), read by the receipt screen; none without a printer.
    flow::SlipView slip;
    FieldWidgets fields;
    ui::touch::KeyboardState keyboard;
    flow::Field focused = flow::Field::subject;  // the field the keyboard types into
    std::optional<flow::Field> focus_on_entry;   // instead of the screen's first field, once
    // Where the review list was when a step was opened from it, to return there after the edit;
    // `restore_scroll` asks the review to scroll there once it has measured its content.
    std::optional<float> review_scroll;
    std::optional<float> restore_scroll;
    ui::touch::ScrollAreaState scroll;  // the current screen's scroll area
    QrTexture qr;
    std::optional<ui::GlTexture> logo;
    bool logo_tried = false;
    // The screen drawn last frame and when it appeared: a change resets the per-screen widgets
    // and starts the short transition.
    std::optional<flow::Screen> shown;
    flow::SteadyTime shown_since{};
    // Out, each frame: what the widgets need from the frame pacer (a shake or a scroll still
    // moving; a caret blink after this many seconds, 0 = none).
    bool animating = false;
    double wake_after_seconds = 0.0;
};

}  // namespace siang::kiosk::screens
