// Everything the console shows: the session, one model per view, and the views' form fields.
#pragma once

#include <array>
#include <chrono>
#include <optional>
#include <string>

#include "domain/submission.hpp"
#include "i18n/catalog.hpp"
#include "office/console/admin_desk.hpp"
#include "office/console/case_desk.hpp"
#include "office/console/console_session.hpp"
#include "office/console/help_alerts.hpp"
#include "office/console/ita_statistics.hpp"
#include "office/console/lock_screen.hpp"
#include "office/console/queue_model.hpp"
#include "qr/qr_matrix.hpp"

namespace siang::office {

enum class ViewId { queue, detail, stats, audit, users };

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

struct LoginForm {
    TextBuffer<64> username;
    TextBuffer<128> password;
    std::string error;  // a sentence from the catalogue
    bool focus = true;
};

struct QueueForm {
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
    std::string error;
};

// Room for the longest text a field's limit allows (domain::max_bytes), so ImGui never stops
// taking input before the counter says the limit is reached.
template <std::size_t Limit>
using LimitedText = TextBuffer<domain::max_bytes(Limit) + 1>;

struct DetailForm {
    int next_status = 0;  // index into CaseDesk::next_statuses()
    LimitedText<domain::staff_note_limit> note;
    LimitedText<domain::public_reply_limit> reply;
    LimitedText<domain::reason_limit> reason;
    LimitedText<domain::staff_note_limit> new_note;
    int division = 0;  // index into the directory's divisions
    std::string message;
    bool message_is_error = false;
    void reset_status_fields();
};

struct UsersForm {
    TextBuffer<64> username;
    TextBuffer<128> display_name;
    TextBuffer<128> password;
    int role = 0;
    int selected = -1;
    std::string message;
    bool message_is_error = false;
};

struct OfficeState {
    explicit OfficeState(store::Store& store, domain::Directory directory)
        : session(store, std::move(directory)) {}

    i18n::Lang lang = i18n::Lang::th;
    std::string municipality_th;
    std::string municipality_en;
    std::string export_directory = ".";
    std::string tracking_base_url;  // the QR prefix of a reissued code, as on the receipt

    ConsoleSession session;
    QueueModel queue;
    CaseDesk desk;
    ItaStatistics stats;
    AuditLogPage audit;
    UsersDesk users;
    HelpAlerts help;
    LockScreen lock{session, help};  // what the lock screen may show and do (no case)

    ViewId view = ViewId::queue;
    LoginForm login;
    TextBuffer<128> unlock_password;
    QueueForm queue_form;
    DetailForm detail_form;
    UsersForm users_form;
    int stats_fy = 0;  // BE; 0 = the current fiscal year
    std::string stats_message;  // an export's file or error, in the reserved band
    bool stats_message_is_error = false;
    bool admin_stale = true;  // audit/users pages need a reload
    // A help request arrived: the banner flashes until then (also when there is no sound).
    std::chrono::steady_clock::time_point flash_until{};
    std::string load_error;  // a store error while loading a view, as a sentence
    // The store's case_changes() read this frame: views loaded at another value reload.
    std::int64_t case_changes = 0;
    // The issued code's QR symbol, encoded once for the code on display (issue 9 item 5).
    std::optional<qr::QrMatrix> issued_qr;
    std::string issued_qr_for;  // the code it encodes
    // Where the frame put things, for the layout tests: the top of the current view (under
    // the top bar and the reserved message band) and, in the detail view, of the workflow
    // controls. Neither may move when a message or a help request appears.
    float view_top = 0.0f;
    float workflow_top = 0.0f;

    const std::string& municipality() const {
        return lang == i18n::Lang::th ? municipality_th : municipality_en;
    }
};

// Goes to `view`, reloading what it shows.
void show_view(OfficeState& state, ViewId view);
// Opens a case in the detail view (not_found for a case the role may not see).
void open_case(OfficeState& state, const domain::CaseNumber& number);
// A sentence for people from an error value, in the console's language.
std::string error_text(const OfficeState& state, const Error& err);

}  // namespace siang::office
