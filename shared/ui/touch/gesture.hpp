// Tap-versus-drag recognition for one finger (or the mouse), with explicit time input.
#pragma once

namespace siang::ui::touch {

struct Point {
    float x = 0.0f;
    float y = 0.0f;
};

struct GestureConfig {
    // Movement from the press point beyond this many pixels makes the gesture a drag
    // (4 mm on a 21.5" 1080p panel).
    float slop_px = 16.0f;
    // A press held still longer than this is not a tap. Generous on purpose: older citizens
    // press slowly, and the kiosk has no long-press action a slow tap could be confused with;
    // only a hand resting on the glass (leaning, cleaning) should be ignored.
    double max_tap_seconds = 2.0;
};

// The recogniser's settings for a panel with `px_per_mm` pixels per millimetre (see
// ui::PanelSizing): the slop is 4 mm, because older hands tremble and a drag that starts a little
// late does less harm than a tap that never fires.
GestureConfig gesture_config_for(double px_per_mm);

// What a release ended.
enum class GestureEnd {
    none,       // there was no press (release without press, or after cancel())
    tap,        // released near the press point, soon enough: fire the action
    drag,       // the finger moved beyond the slop: never a tap, even if it came back
    held_long,  // held still past max_tap_seconds: ignored, like a resting hand
};

enum class GesturePhase { idle, pressed, dragging };

// Follows press / move / release of one pointer and tells a tap from a drag. Once the pointer
// leaves the slop circle the gesture stays a drag until release, so a scroll that ends where it
// began does not press a button.
class GestureRecognizer {
  public:
    explicit GestureRecognizer(GestureConfig config = {}) : config_(config) {}

    // Pointer went down at `at` (pixels) at time `seconds`. A press while already pressed
    // restarts the gesture (a lost release must not leave us stuck in a drag).
    void press(Point at, double seconds);
    // Pointer moved while down; ignored when idle. Returns true when this move started the drag.
    bool move(Point to, double seconds);
    // Pointer went up; says what the gesture was and returns to idle.
    GestureEnd release(Point at, double seconds);
    // Forget the gesture (the screen changed under the finger).
    void cancel() { phase_ = GesturePhase::idle; }

    GesturePhase phase() const { return phase_; }
    bool is_down() const { return phase_ != GesturePhase::idle; }
    bool is_dragging() const { return phase_ == GesturePhase::dragging; }
    // Where the current (or last) press started and where the pointer is now.
    Point press_point() const { return press_at_; }
    Point current_point() const { return current_; }
    const GestureConfig& config() const { return config_; }
    // New settings (the panel or the larger-text mode changed); a gesture under way keeps going.
    void set_config(GestureConfig config) { config_ = config; }

  private:
    GestureConfig config_;
    GesturePhase phase_ = GesturePhase::idle;
    Point press_at_;
    Point current_;
    double press_seconds_ = 0.0;
};

}  // namespace siang::ui::touch
