// The kiosk's building blocks on top of shared/ui: titles, paragraphs, choice cards, buttons.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/directory.hpp"
#include "domain/kind.hpp"
#include "kiosk/screens/screen_context.hpp"
#include "ui/icons.hpp"
#include "ui/touch/key_event.hpp"
#include "ui/touch/keyboard_layout.hpp"

namespace siang::kiosk::screens {

// "<icon>  text": an icon and a label in one string for a button or a line.
std::string with_icon(const ui::icon::Icon& icon, std::string_view text);

// A screen that only waits (submitting, track checking): the title with its icon and "…" a third
// of the way down the content, and `line` under it, muted. Nothing to tap.
void draw_waiting(const ScreenContext& ctx, const ui::icon::Icon& icon, std::string_view title,
                  std::string_view line);

// Draws `text` wrapped to `width` from `pos` in `role`; returns the height used.
float draw_paragraph(const ScreenContext& ctx, ImVec2 pos, float width, ui::FontRole role,
                     ui::Rgb color, std::string_view text);

// The screen's title (title font) and an optional hint under it (muted body text) from the top
// of `area`; returns the y below them, with a gap.
float draw_title(const ScreenContext& ctx, const Rect& area, std::string_view title,
                 std::string_view hint = {});

// Width of a button labelled `label` in the label font: padding on both sides, at least the
// touch target.
float button_width(const ScreenContext& ctx, std::string_view label);

// Where the screen's one primary action goes: the bottom-right corner of `area`, a touch target
// high, wide enough for `label`.
Rect primary_slot(const ScreenContext& ctx, const Rect& area, std::string_view label);

// Buttons in a rectangle; true on the frame a tap ends inside.
bool primary_button(const char* id, const Rect& r, std::string_view label,
                    const ScreenContext& ctx);
bool secondary_button(const char* id, const Rect& r, std::string_view label,
                      const ScreenContext& ctx);

// A large card: an accent icon on the left, a heading and a sentence wrapped beside it. The
// whole card is the touch target; `selected` tints it. True on a tap.
bool choice_card(const char* id, const Rect& r, const ui::icon::Icon& icon, std::string_view title,
                 std::string_view sentence, const ScreenContext& ctx, bool selected = false);

// Height a choice card needs at `width` for its texts (at least the touch target).
float choice_card_height(const ScreenContext& ctx, float width, std::string_view title,
                         std::string_view sentence);

// A plain white card with a soft shadow (no touch).
void draw_panel(const ScreenContext& ctx, const Rect& r);

// The one calm card of a screen that only tells the citizen something (a pause, a failure):
// centred in `area`, as wide as reads well. `inner` is the width its text wraps to.
struct MessageCard {
    float width = 0.0f;
    float pad = 0.0f;
    float inner = 0.0f;
};
MessageCard message_card(const ScreenContext& ctx, const Rect& area);
// The same, as wide as `area` when its content (`height(inner)` high at an inner width) would be
// taller than `area` at the usual width (larger text on a small panel).
MessageCard message_card(const ScreenContext& ctx, const Rect& area,
                         const std::function<float(float)>& height);
// Draws `card` around content `content_height` high, with `share` of the free height above it,
// and returns where the content starts.
ImVec2 draw_message_card(const ScreenContext& ctx, const Rect& area, const MessageCard& card,
                         float content_height, float share);

// The session's error, as the citizen reads it, with a warning icon; the height used (0 when
// there is none).
float draw_error(const ScreenContext& ctx, ImVec2 pos, float width);

// The height draw_error takes at `width` (0 when there is no error).
float error_height(const ScreenContext& ctx, float width);

// The on-screen keyboard for the current field, laid out for the orientation: in landscape on
// the right of `area` (the letter keyboards at the bottom corner with 20 mm keys, the numeric
// keypad at the top); in portrait across the bottom. `area` shrinks to the part left for the
// screen's content. Returns the key tapped this frame.
// `keys`, when given, receives the keyboard's rectangle.
std::optional<ui::touch::KeyEvent> draw_screen_keyboard(ScreenContext& ctx, Rect& area,
                                                        std::string_view text_before_caret,
                                                        Rect* keys = nullptr);

// The part of `area` that draw_screen_keyboard would leave for content with `layout` showing,
// without drawing: a screen whose fields use different keyboards lays them out in what every
// one of them leaves, so nothing moves when the focus (and the keyboard) changes.
Rect keyboard_free_area(const ScreenContext& ctx, const Rect& area, ui::touch::LayoutId layout);

// Where draw_screen_keyboard would put the keyboard showing `layout` in `area` (the rectangle
// `keys` receives), without drawing.
Rect keyboard_rect(const ScreenContext& ctx, const Rect& area, ui::touch::LayoutId layout);

// The label of a form step's Next: arrow and "Next", or tick and "Save and back to review"
// while the step is open from the review (Next then returns there).
std::string next_label(const ScreenContext& ctx);

// A service's picture: the configured Material icon when the font has it, else one chosen by
// the service code (water, light, waste, tree, info…), else the form icon.
const ui::icon::Icon& service_icon(const domain::Service& s);

// The icon of each kind of filing (SPEC §11: one clear icon per kind).
const ui::icon::Icon& kind_icon(domain::Kind k);

// Lays `count` equal cells in a grid of `columns` filling `area` with gaps; cell `i`.
Rect grid_cell(const ScreenContext& ctx, const Rect& area, int count, int columns, int i);

// A grid of choice cards in `area` (issue 9 item 7: the cards hold their text at any text
// size): `cells` rows share the area's height when every card fits its share, else each row is
// as tall as its tallest card and the grid scrolls by drag inside `area` (the view's scroll
// state). `card(i, rect)` draws card i; `needed(i, width)` is its height (choice_card_height).
// At least `min_cells` cells are laid out, so a short list keeps the usual card size.
void card_grid(ScreenContext& ctx, const Rect& area, int count, int columns, int min_cells,
               const std::function<float(int, float)>& needed,
               const std::function<void(int, const Rect&)>& card);

// One paragraph of a long text.
struct Paragraph {
    std::string text;
    ui::FontRole role = ui::FontRole::body;
    bool muted = false;
    float indent = 0.0f;  // pixels from the left edge
};

// Paragraphs in a drag-to-scroll region filling `area` (the view's scroll state); a hairline
// fade at the bottom edge says there is more when the text is longer than the area.
void scrolling_text(ScreenContext& ctx, const Rect& area, const std::vector<Paragraph>& paragraphs);

// A page to read: `title`, then the paragraphs in a drag-scrolled panel beside (landscape) or
// above (portrait) one primary button. True when the button was tapped this frame.
bool draw_reading_page(ScreenContext& ctx, std::string_view title, const char* button_id,
                       std::string_view button_label, const std::vector<Paragraph>& paragraphs);

// A question in a centred card over the dimmed page (a modal layer: the page below takes no
// taps), with two answers side by side when both labels fit, else the primary above. `ids` are
// the buttons' ImGui ids; `primary_left` puts the primary on the left when side by side.
struct Question {
    std::string_view title;
    std::string_view body;
    std::string primary;    // label, icon included
    std::string secondary;  // label, icon included
    const char* primary_id;
    const char* secondary_id;
    bool primary_left = true;
};
enum class QuestionAnswer { none, primary, secondary, beside };
// Draws `q`; which answer was tapped this frame (`beside`: a tap outside both buttons).
QuestionAnswer ask_question(ScreenContext& ctx, const Question& q);

// The letter keyboard of the citizen's language (Thai or English).
ui::touch::LayoutId letter_layout(i18n::Lang lang);

}  // namespace siang::kiosk::screens
