// The kiosk session: intents and time in, screen state out.
#include "kiosk/flow/kiosk_session.hpp"

#include <algorithm>
#include <utility>
#include <variant>

#include "core/sensitive_memory.hpp"
#include "domain/tracking_code.hpp"
#include "kiosk/flow/secure_wipe.hpp"
#include "kiosk/flow/step_validation.hpp"
#include "text/utf8.hpp"

namespace siang::flow {
namespace {

void wipe_contact(domain::Contact& c) {
    wipe(c.name);
    wipe(c.phone);
    wipe(c.email);
    wipe(c.address);
}

void wipe_draft(domain::Draft& d) {
    wipe(d.service);
    wipe(d.division);
    wipe(d.subject);
    wipe(d.details);
    wipe(d.location);
    wipe_contact(d.contact);
    d.occurred_on.reset();
}

void wipe_status(store::PublicStatus& s) {
    wipe(s.service);
    wipe(s.division);
    wipe(s.latest_public_reply);
    for (store::TimelineEntry& e : s.timeline) wipe(e.public_reply);
    s.timeline.clear();
}

void wipe_text_of(Intent& intent) {
    std::visit(
        [](auto& i) {
            if constexpr (requires { i.text; }) wipe(i.text);
        },
        intent);
}

// What may happen while "open the status of this case?" is asked: its answers, another scan,
// the bar's Home, language, text size and call staff, and a tap that keeps the visit alive.
bool asked_about_scan(const Intent& intent) {
    return std::holds_alternative<intent::OpenScanned>(intent) ||
           std::holds_alternative<intent::KeepFilling>(intent) ||
           std::holds_alternative<intent::ScannerBurst>(intent) ||
           std::holds_alternative<intent::GoHome>(intent) ||
           std::holds_alternative<intent::ToggleLanguage>(intent) ||
           std::holds_alternative<intent::ToggleLargeText>(intent) ||
           std::holds_alternative<intent::CallStaff>(intent) ||
           std::holds_alternative<intent::Touch>(intent);
}

int whole_seconds_until(SteadyTime end, SteadyTime now) {
    if (now >= end) return 0;
    return static_cast<int>(std::chrono::ceil<std::chrono::seconds>(end - now).count());
}

}  // namespace

KioskSession::KioskSession(config::Config config, SubmitPort& submit, TrackPort& track,
                           SteadyTime now)
    : config_(std::move(config)),
      submit_port_(submit),
      track_port_(track),
      now_(now),
      last_activity_(now),
      screen_since_(now),
      throttle_(config_.timeouts.wrong_code_limit,
                std::chrono::seconds(config_.timeouts.wrong_code_pause_s)) {}

KioskSession::~KioskSession() {
    wipe_all(false, now_);
}

// --- time ------------------------------------------------------------------------------------

void KioskSession::handle(Intent intent, SteadyTime now) {
    now_ = now;
    last_activity_ = now;
    receipt_held_ = false;  // the citizen has seen it: the receipt's full time runs from here
    throttle_.update(now);
    if (screen_ == Screen::still_there) {
        screen_ = resume_;  // one tap continues where the citizen was
        if (!std::holds_alternative<intent::ScannerBurst>(intent)) {
            wipe_text_of(intent);
            return;
        }
    }
    if (confirming_scan() && !asked_about_scan(intent)) {
        wipe_text_of(intent);
        return;  // the question is over the form: only its answers (and the bar) count
    }
    if (screen_ == Screen::submitting && !std::holds_alternative<intent::ToggleLanguage>(intent) &&
        !std::holds_alternative<intent::ToggleLargeText>(intent) &&
        !std::holds_alternative<intent::CallStaff>(intent)) {
        return;  // the commit is under way; nothing may change the answers now
    }
    std::visit([&](auto& i) { on(i, now); }, intent);
}

void KioskSession::tick(SteadyTime now) {
    now_ = now;
    throttle_.update(now);
    if (submit_pending_) run_submit(now);
    if (awaiting_number_ && receipt_) {
        refresh_case_number();
        if (receipt_->filed.number || now >= number_until_) show_receipt(now);
    } else if (screen_ == Screen::receipt && receipt_ && !receipt_->filed.number) {
        refresh_case_number();  // the number may still arrive while the receipt shows
    }
    if (screen_ == Screen::track_checking) {
        if (auto answer = track_port_.take_answer()) {
            on_track_answer(std::move(*answer), now);
        } else if (now >= track_until_) {
            // Never a hang: the citizen is told the office cannot be reached just now.
            track_port_.forget();
            on_track_answer(fail(Errc::server_unreachable, "no answer in time"), now);
        }
    }
    if (screen_ == Screen::track_paused && !throttle_.paused(now)) {
        // The pause was the kiosk's doing: the citizen's idle time starts afresh after it.
        last_activity_ = now;
        go(Screen::track_entry, now);
    }
    if (screen_ == Screen::receipt && now >= receipt_until()) {
        wipe_all(false, now);
        return;
    }
    const bool idle_counts = screen_ != Screen::attract && screen_ != Screen::receipt &&
                             screen_ != Screen::submitting && screen_ != Screen::still_there &&
                             screen_ != Screen::track_paused;
    if (idle_counts && now >= idle_until()) {
        resume_ = screen_;
        screen_ = Screen::still_there;
        // From the last touch, so a late tick cannot stretch the countdown.
        prompt_until_ = idle_until() + std::chrono::seconds(config_.timeouts.countdown_s);
    }
    if (screen_ == Screen::still_there && now >= prompt_until_) wipe_all(false, now);
}

std::optional<SteadyTime> KioskSession::next_deadline() const {
    std::optional<SteadyTime> d = screen_deadline();
    // The staff note shrinks to its badge then: one more frame to draw it.
    const SteadyTime badge = help_note_badge_at();
    if (staff_called_ && now_ < badge && (!d || badge < *d)) d = badge;
    return d;
}

std::optional<SteadyTime> KioskSession::screen_deadline() const {
    if (submit_pending_) return now_;
    switch (screen_) {
        case Screen::attract:
            return std::nullopt;
        case Screen::submitting:
            if (awaiting_number_) return number_until_;  // the port wakes the app earlier
            return std::nullopt;
        case Screen::track_checking:
            return std::min(track_until_, idle_until());
        case Screen::still_there:
            return prompt_until_;
        case Screen::receipt:
            if (receipt_held_) return std::nullopt;  // waits for a tap: no countdown
            return receipt_until();
        default:
            break;
    }
    // No idle prompt during the wrong-code pause: the citizen is made to wait, not idle.
    if (screen_ == Screen::track_paused && throttle_.paused_until())
        return *throttle_.paused_until();
    return idle_until();
}

SteadyTime KioskSession::idle_until() const {
    return last_activity_ + std::chrono::seconds(config_.timeouts.inactivity_s);
}

SteadyTime KioskSession::receipt_until() const {
    if (receipt_held_) return SteadyTime::max();
    // From the last tap on the receipt: any tap gives the citizen the full time again.
    return std::max(screen_since_, last_activity_) +
           std::chrono::seconds(config_.timeouts.receipt_s);
}

bool KioskSession::receipt_expiring(SteadyTime now) const {
    return screen_ == Screen::receipt && now >= receipt_until() - receipt_warning;
}

std::optional<SteadyTime> KioskSession::countdown_end() const {
    switch (screen_) {
        case Screen::still_there:
            return prompt_until_;
        case Screen::track_paused:
            return throttle_.paused_until();
        case Screen::receipt:
            if (receipt_held_) return std::nullopt;  // waits for a tap: no countdown
            return receipt_until();
        default:
            return std::nullopt;
    }
}

int KioskSession::seconds_left(SteadyTime now) const {
    const auto end = countdown_end();
    return end ? whole_seconds_until(*end, now) : 0;
}

std::optional<SteadyTime> KioskSession::next_countdown_tick(SteadyTime now) const {
    const auto end = countdown_end();
    if (!end || now >= *end) return std::nullopt;
    // Shown as ceil(end - now): it drops by one each time end - now crosses a whole second.
    return *end - std::chrono::seconds(whole_seconds_until(*end, now) - 1);
}

// --- state for the screens -------------------------------------------------------------------

std::optional<StepIndicator> KioskSession::step() const {
    if (!kind_) return std::nullopt;
    return step_indicator(*kind_, resume_screen());
}

// The string behind a field, for the const and the mutable session alike.
template <class Self>
auto& KioskSession::buffer_of(Self& s, Field f) {
    switch (f) {
        case Field::service:
            return s.draft_.service;
        case Field::division:
            return s.draft_.division;
        case Field::subject:
            return s.draft_.subject;
        case Field::details:
            return s.draft_.details;
        case Field::location:
            return s.draft_.location;
        case Field::occurred_on:
            return s.when_text_;
        case Field::name:
            return s.draft_.contact.name;
        case Field::phone:
            return s.draft_.contact.phone;
        case Field::email:
            return s.draft_.contact.email;
        case Field::address:
            return s.draft_.contact.address;
        case Field::tracking_code:
            return s.code_text_;
    }
    return s.draft_.subject;
}

std::string& KioskSession::field_buffer(Field f) {
    return buffer_of(*this, f);
}

const std::string& KioskSession::text(Field f) const {
    return buffer_of(*this, f);
}

CharCounter KioskSession::counter(Field f) const {
    const std::string& t = text(f);
    const std::size_t count = text::is_valid_utf8(t) ? text::count_user_chars(t) : t.size();
    return CharCounter{count, field_limit(f)};
}

std::optional<HelpRequest> KioskSession::take_help_request() {
    return std::exchange(help_request_, std::nullopt);
}

// --- intents ---------------------------------------------------------------------------------

void KioskSession::on(const intent::Touch&, SteadyTime now) {
    if (screen_ == Screen::attract) go(Screen::choose_kind, now);
}

void KioskSession::on(const intent::ChooseKind& i, SteadyTime now) {
    if (screen_ == Screen::attract || screen_ == Screen::choose_kind) start_kind(i.kind, now);
}

void KioskSession::on(const intent::Next&, SteadyTime now) {
    switch (screen_) {
        case Screen::corruption_notice:
            go(form_steps(*kind_).front(), now);
            break;
        case Screen::contact_choice:
            if (contact_mode_ == ContactMode::anonymous) choose_anonymous(now);
            if (contact_mode_ == ContactMode::named) give_contact(now);
            break;
        case Screen::privacy_notice:
            privacy_acknowledged_ = true;
            go(Screen::contact_fields, now);
            break;
        case Screen::track_entry:
            look_up(code_text_, now);
            break;
        default:
            if (is_question_step(screen_) || screen_ == Screen::contact_fields) next_step(now);
            break;
    }
}

void KioskSession::on(const intent::Back&, SteadyTime now) {
    switch (screen_) {
        case Screen::choose_kind:
        case Screen::information:
            wipe_all(true, now);
            break;
        case Screen::corruption_notice:
            go(Screen::choose_kind, now);
            break;
        case Screen::privacy_notice:
        case Screen::contact_fields:
            go(Screen::contact_choice, now);
            break;
        case Screen::review:
            go(contact_mode_ == ContactMode::named ? Screen::contact_fields
                                                   : Screen::contact_choice,
               now);
            break;
        case Screen::submit_failed:
            go(Screen::review, now);
            break;
        case Screen::track_entry:
        case Screen::track_result:
        case Screen::track_paused:
        case Screen::track_checking:
            leave_tracking(now);
            break;
        case Screen::receipt:
            break;  // no Back on the receipt: the code would be gone
        default:
            if (is_question_step(screen_) || screen_ == Screen::contact_choice) {
                if (editing_from_review_) {
                    editing_from_review_ = false;
                    go(Screen::review, now);
                } else if (auto before = step_before(*kind_, screen_)) {
                    go(*before, now);
                } else {
                    go(*kind_ == domain::Kind::corruption ? Screen::corruption_notice
                                                          : Screen::choose_kind,
                       now);
                }
            }
            break;
    }
}

void KioskSession::on(const intent::GoHome&, SteadyTime now) {
    if (screen_ == Screen::receipt && !confirming_done_) {
        confirming_done_ = true;  // never leave the code without asking once
        return;
    }
    // Leaving the receipt ends a visit: the next citizen starts in Thai at the usual size.
    wipe_all(screen_ != Screen::receipt, now);
}

void KioskSession::on(const intent::Done&, SteadyTime) {
    if (screen_ == Screen::receipt) confirming_done_ = true;
}

void KioskSession::on(const intent::BackToCode&, SteadyTime) {
    confirming_done_ = false;
}

void KioskSession::on(const intent::PrintSlip&, SteadyTime) {
    if (screen_ == Screen::receipt && receipt_) slip_print_requested_ = true;
}

void KioskSession::on(const intent::EditField& i, SteadyTime now) {
    if (screen_ != Screen::review || !kind_) return;
    auto steps = form_steps(*kind_);
    const bool named_contact =
        i.step == Screen::contact_fields && contact_mode_ == ContactMode::named;
    if (std::find(steps.begin(), steps.end(), i.step) == steps.end() && !named_contact) return;
    editing_from_review_ = true;
    go(named_contact && !privacy_acknowledged_ ? Screen::privacy_notice : i.step, now);
}

void KioskSession::on(intent::SetText& i, SteadyTime now) {
    (void)now;
    const bool allowed =
        i.field == Field::tracking_code
            ? is_tracking_screen(screen_)
            : kind_.has_value() && (!is_personal(i.field) ||
                                    (privacy_acknowledged_ && contact_mode_ == ContactMode::named));
    if (allowed) {
        secure_assign(field_buffer(i.field), i.text);
        clear_error();
    }
    wipe(i.text);
}

void KioskSession::on(const intent::ChooseAnonymous&, SteadyTime now) {
    if (screen_ == Screen::contact_choice || screen_ == Screen::privacy_notice ||
        screen_ == Screen::contact_fields)
        choose_anonymous(now);
}

void KioskSession::on(const intent::ChooseGiveContact&, SteadyTime now) {
    if (screen_ == Screen::contact_choice) give_contact(now);
}

void KioskSession::on(const intent::AcknowledgePrivacy&, SteadyTime now) {
    if (screen_ != Screen::privacy_notice) return;
    privacy_acknowledged_ = true;
    go(Screen::contact_fields, now);
}

void KioskSession::on(const intent::Submit&, SteadyTime now) {
    if (screen_ == Screen::review) begin_submit(now);
}

void KioskSession::on(const intent::Retry&, SteadyTime now) {
    if (screen_ == Screen::submit_failed) begin_submit(now);
}

void KioskSession::on(const intent::OpenInformation&, SteadyTime now) {
    if (screen_ == Screen::attract) go(Screen::information, now);
}

void KioskSession::on(const intent::StartTracking&, SteadyTime now) {
    start_tracking(now);
}

void KioskSession::on(intent::EnterCode& i, SteadyTime now) {
    if (screen_ == Screen::track_entry) look_up(i.text, now);
    wipe(i.text);
}

void KioskSession::on(intent::ScannerBurst& i, SteadyTime now) {
    if (is_filing_screen(screen_) && kind_) {
        // A form is under way: ask before leaving it; the code is kept only until the answer.
        wipe(scanned_);
        secure_assign(scanned_, i.text);
    } else {
        start_tracking(now);
        look_up(i.text, now);
    }
    wipe(i.text);
}

void KioskSession::on(const intent::OpenScanned&, SteadyTime now) {
    if (scanned_.empty()) return;
    std::string code = std::exchange(scanned_, std::string{});
    start_tracking(now);
    look_up(code, now);
    wipe(code);
}

void KioskSession::on(const intent::KeepFilling&, SteadyTime) {
    wipe(scanned_);
}

void KioskSession::on(const intent::ToggleLanguage&, SteadyTime) {
    lang_ = lang_ == i18n::Lang::th ? i18n::Lang::en : i18n::Lang::th;
}

void KioskSession::on(const intent::ToggleLargeText&, SteadyTime) {
    large_text_ = !large_text_;
}

void KioskSession::on(const intent::CallStaff&, SteadyTime now) {
    staff_called_ = true;
    // A second call is a new request: the note says "called" again until that one is seen.
    staff_acknowledged_ = false;
    help_call_failed_ = false;
    help_note_since_ = now;
    help_request_ = HelpRequest{resume_screen(), now};
}

void KioskSession::slip_failed(std::string_view problem, SteadyTime now) {
    if (screen_ != Screen::receipt) return;
    receipt_held_ = true;
    staff_called_ = true;
    staff_acknowledged_ = false;
    help_call_failed_ = false;
    help_note_since_ = now;
    help_request_ = HelpRequest{Screen::receipt, now, "printer_" + std::string(problem)};
}

void KioskSession::staff_acknowledged(SteadyTime now) {
    if (!staff_called_ || staff_acknowledged_) return;
    staff_acknowledged_ = true;
    help_note_since_ = now;
}

void KioskSession::help_call_failed(SteadyTime now) {
    if (!staff_called_ || staff_acknowledged_ || help_call_failed_) return;
    help_call_failed_ = true;
    help_note_since_ = now;
}

HelpNoteView KioskSession::help_note(SteadyTime now) const {
    if (!staff_called_) return {};
    // Never shrunk to a badge: a citizen waiting for nobody is what this note prevents.
    if (help_call_failed_) return {HelpNote::failed, false};
    return {staff_acknowledged_ ? HelpNote::acknowledged : HelpNote::called,
            now >= help_note_badge_at()};
}

SteadyTime KioskSession::help_note_badge_at() const {
    return help_note_since_ + std::chrono::seconds(config_.timeouts.help_note_s);
}

// --- steps -----------------------------------------------------------------------------------

void KioskSession::go(Screen s, SteadyTime now) {
    screen_ = s;
    confirming_done_ = false;
    wipe(scanned_);  // a question over the form ends with it
    screen_since_ = now;
    clear_error();
}

void KioskSession::show_error(Error err) {
    clear_error();
    error_ = std::move(err);
}

void KioskSession::clear_error() {
    if (error_) wipe(error_->detail);  // a detail may quote what was typed (a phone number)
    error_.reset();
}

void KioskSession::start_kind(domain::Kind k, SteadyTime now) {
    if (kind_ != k) {
        if (k != domain::Kind::eservice) wipe(draft_.service);  // no service step to review it
        contact_mode_ =
            k == domain::Kind::corruption ? ContactMode::anonymous : ContactMode::undecided;
        if (contact_mode_ == ContactMode::anonymous) wipe_contact(draft_.contact);
    }
    kind_ = k;
    draft_.kind = k;
    go(k == domain::Kind::corruption ? Screen::corruption_notice : form_steps(k).front(), now);
}

void KioskSession::next_step(SteadyTime now) {
    if (auto ok = check_step(screen_, draft_, when_text_, config_.directory); !ok) {
        show_error(std::move(ok.error()));
        return;
    }
    if (screen_ == Screen::contact_fields || editing_from_review_) {
        editing_from_review_ = false;
        go(Screen::review, now);
        return;
    }
    if (auto after = step_after(*kind_, screen_)) go(*after, now);
}

void KioskSession::choose_anonymous(SteadyTime now) {
    contact_mode_ = ContactMode::anonymous;
    wipe_contact(draft_.contact);
    editing_from_review_ = false;
    go(Screen::review, now);
}

void KioskSession::give_contact(SteadyTime now) {
    contact_mode_ = ContactMode::named;
    go(privacy_acknowledged_ ? Screen::contact_fields : Screen::privacy_notice, now);
}

void KioskSession::begin_submit(SteadyTime now) {
    if (!kind_) return;
    if (contact_mode_ == ContactMode::undecided) {
        editing_from_review_ = true;
        go(Screen::contact_choice, now);
        return;
    }
    domain::Draft assembled = draft_;
    if (contact_mode_ == ContactMode::anonymous) wipe_contact(assembled.contact);
    auto when = parse_when(when_text_);
    if (when) assembled.occurred_on = *when;  // so validate_draft checks the date as well
    Result<domain::Draft> validated = when ? domain::validate_draft(assembled, config_.directory)
                                           : Result<domain::Draft>(std::unexpected(when.error()));
    wipe_draft(assembled);
    if (!validated) {
        // Back to the step that has the problem; Next there returns to review.
        editing_from_review_ = true;
        go(step_for_field(*kind_, domain::field_of(validated.error())), now);
        show_error(std::move(validated.error()));
        return;
    }
    validated->occurred_on = *when;
    if (validated_) wipe_draft(*validated_);
    validated_ = std::move(*validated);
    submit_pending_ = true;
    go(Screen::submitting, now);
}

void KioskSession::run_submit(SteadyTime now) {
    submit_pending_ = false;
    if (!validated_) return;
    Result<Filing> filed = submit_port_.submit(*validated_);
    wipe_draft(*validated_);
    validated_.reset();
    if (!filed) {
        go(Screen::submit_failed, now);  // the answers in draft_ stay for a retry
        show_error(std::move(filed.error()));
        return;
    }
    // Only now, after the durable commit, does the receipt exist.
    receipt_ = make_receipt(*filed, *kind_, draft_.service, config_.tracking_base_url);
    wipe_bytes(filed->code.digits.data(), filed->code.digits.size());
    wipe(filed->uuid);
    wipe_form();
    const auto wait = std::chrono::milliseconds(config_.timeouts.case_number_wait_ms);
    if (!receipt_->filed.number && wait.count() > 0) {
        // Filed for good; the submitting screen stays a moment for the office's number.
        awaiting_number_ = true;
        number_until_ = now + wait;
        return;
    }
    show_receipt(now);
}

void KioskSession::show_receipt(SteadyTime now) {
    awaiting_number_ = false;
    go(Screen::receipt, now);
}

void KioskSession::refresh_case_number() {
    if (!receipt_ || receipt_->filed.number) return;
    receipt_->filed.number = submit_port_.case_number(receipt_->filed);
}

// --- tracking --------------------------------------------------------------------------------

void KioskSession::start_tracking(SteadyTime now) {
    if (is_filing_screen(screen_) && kind_) track_return_ = screen_;
    drop_receipt();
    drop_track_result();
    go(throttle_.paused(now) ? Screen::track_paused : Screen::track_entry, now);
}

void KioskSession::look_up(std::string_view typed, SteadyTime now) {
    if (throttle_.paused(now)) {
        go(Screen::track_paused, now);
        return;
    }
    Result<domain::TrackingCode> code = domain::parse_tracking_code(typed);
    if (!code) {
        wrong_code(std::move(code.error()), now);
        return;
    }
    std::optional<Result<TrackAnswer>> found = track_port_.look_up(*code);
    wipe_bytes(code->digits.data(), code->digits.size());
    if (found) {
        on_track_answer(std::move(*found), now);
        return;
    }
    // The office is asked in the background; the answer comes on a later frame.
    track_until_ = now + std::chrono::seconds(config_.timeouts.track_wait_s);
    go(Screen::track_checking, now);
}

void KioskSession::on_track_answer(Result<TrackAnswer> found, SteadyTime now) {
    if (found) {
        throttle_.record_success();
        wipe(code_text_);
        track_result_ = std::move(found->status);
        track_in_outbox_ = found->in_outbox;
        go(Screen::track_result, now);
    } else if (found.error().code == Errc::unknown_code) {
        wrong_code(std::move(found.error()), now);
    } else if (found.error().code == Errc::rate_limited) {
        // The office's own limit for this kiosk: the same pause as after wrong codes.
        throttle_.pause_now(now);
        go(Screen::track_paused, now);
    } else {
        // The store or the office failed, not the citizen: not counted as a wrong code.
        go(Screen::track_entry, now);
        show_error(std::move(found.error()));
    }
}

void KioskSession::wrong_code(Error err, SteadyTime now) {
    throttle_.record_wrong(now);
    // The typed digits stay so the citizen corrects the wrong one instead of retyping all 12;
    // wipe_all() clears them with everything else when the visit ends.
    go(throttle_.paused(now) ? Screen::track_paused : Screen::track_entry, now);
    show_error(std::move(err));
}

void KioskSession::leave_tracking(SteadyTime now) {
    drop_track_result();
    if (track_return_) {
        go(*std::exchange(track_return_, std::nullopt), now);
    } else {
        wipe_all(true, now);
    }
}

// --- wiping ----------------------------------------------------------------------------------

void KioskSession::drop_receipt() {
    if (receipt_) wipe(*receipt_);
    receipt_.reset();
    receipt_held_ = false;
}

// The status shown and the code typed for it go together.
void KioskSession::drop_track_result() {
    track_port_.forget();
    if (track_result_) wipe_status(*track_result_);
    track_result_.reset();
    track_in_outbox_ = false;
    wipe(code_text_);
}

void KioskSession::wipe_form() {
    wipe_draft(draft_);
    draft_ = domain::Draft{};
    wipe(when_text_);
    if (validated_) wipe_draft(*validated_);
    validated_.reset();
    submit_pending_ = false;
    awaiting_number_ = false;
    kind_.reset();
    contact_mode_ = ContactMode::undecided;
    privacy_acknowledged_ = false;
    editing_from_review_ = false;
}

void KioskSession::wipe_all(bool keep_preferences, SteadyTime now) {
    wipe_form();
    // The UI's caches of drawn text saw every prefix of what was typed (sensitive_memory.hpp).
    wipe_sensitive_caches();
    drop_receipt();
    drop_track_result();
    track_return_.reset();
    staff_called_ = false;
    staff_acknowledged_ = false;
    help_call_failed_ = false;
    visit_ended_ = true;
    if (!keep_preferences) {
        lang_ = i18n::Lang::th;
        large_text_ = false;
    }
    go(Screen::attract, now);
}

}  // namespace siang::flow
