// What each console view shows and what its fields hold, one struct per view, owned by the
// controller (console_controller.hpp). No ImGui here: the state is testable without a window.
#pragma once

#include <algorithm>
#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "domain/submission.hpp"
#include "qr/qr_matrix.hpp"

namespace siang::office {

enum class ViewId { queue, detail, stats, audit, users, kiosks };

// Fixed-size text buffers for ImGui's InputText (it edits a char array in place).
template <std::size_t N>
struct TextBuffer {
    std::array<char, N> data{};
    char* c_str() { return data.data(); }
    std::string_view view() const { return data.data(); }
    void clear() { data.fill('\0'); }
    void assign(std::string_view s);
};

template <std::size_t N>
void TextBuffer<N>::assign(std::string_view s) {
    clear();
    s = s.substr(0, N - 1);
    std::copy(s.begin(), s.end(), data.begin());
}

// Room for the longest text a field's limit allows (domain::max_bytes), so the bytes never run
// out before the field's limit in user-perceived characters (the widget stops there).
template <std::size_t Limit>
struct LimitedText : TextBuffer<domain::max_bytes(Limit) + 1> {
    static constexpr std::size_t limit = Limit;  // user-perceived characters
};

// A view's message in the console's reserved band: the last action's outcome.
struct BandMessage {
    std::string text;  // a sentence from the catalogue; empty: nothing to say
    bool is_error = false;
};

// The fields below marked "widget state" are what the staff member is typing or choosing: the
// view's ImGui widgets edit them in place, as the kiosk's ViewState. Everything else changes
// only in ConsoleController::apply or ConsoleController::prepare_frame.

struct LoginView {
    TextBuffer<64> username;   // widget state
    TextBuffer<128> password;  // widget state; cleared after every attempt
    bool focus = true;         // widget state: the username field takes the keyboard
    std::string error;         // a sentence from the catalogue
};

struct LockView {
    TextBuffer<128> password;  // widget state; cleared after every attempt
    std::string error;
};

struct QueueView {
    // All widget state: the queue model's filters are set from these by an intent.
    TextBuffer<256> search;
    TextBuffer<16> from;
    TextBuffer<16> to;
    int kind = 0;  // 0 = all, else index + 1 into the lists the view shows
    int status = 0;
    int division = 0;
    int service = 0;
    int sort = 0;
    bool overdue_only = false;
    bool focus_search = false;
    bool scroll_to_selected = false;  // the keyboard moved the selection
};

struct DetailView {
    // Widget state.
    int next_status = 0;  // index into CaseDesk::next_statuses()
    LimitedText<domain::staff_note_limit> note;
    LimitedText<domain::public_reply_limit> reply;
    LimitedText<domain::reason_limit> reason;
    LimitedText<domain::staff_note_limit> new_note;
    int division = 0;                    // index into the directory's divisions
    bool new_note_caret_to_end = false;  // the new note takes the keyboard, caret at its end
    // The controller's.
    BandMessage message;
    // The issued code's QR symbol, encoded once for the code on display (issue 9 item 5).
    std::optional<qr::QrMatrix> issued_qr;
    std::string issued_qr_for;  // the code it encodes
    void reset_status_fields();
};

struct StatsView {
    int fiscal_year = 0;  // BE; 0 = the current fiscal year (set when the view is shown)
    BandMessage message;  // an export's file or error
};

struct UsersView {
    // Widget state.
    TextBuffer<64> username;
    TextBuffer<128> display_name;
    TextBuffer<128> password;
    int role = 0;
    int selected = -1;
    // The controller's.
    BandMessage message;
};

struct KiosksView {
    TextBuffer<64> new_name;  // widget state
    BandMessage message;      // the controller's
};

// Where the frame put things, for the layout tests: the top of the current view (under the top
// bar and the reserved message band) and, in the detail view, of the workflow controls. Neither
// may move when a message or a help request appears. Written by the views while drawing.
struct ConsoleLayout {
    float view_top = 0.0f;
    float workflow_top = 0.0f;
};

}  // namespace siang::office
