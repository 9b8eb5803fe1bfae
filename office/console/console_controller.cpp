// Applying the console's intents, and bringing the models up to date before each frame.
#include "office/console/console_controller.hpp"

#include <algorithm>

#include "domain/thai_calendar.hpp"

namespace siang::office {

void DetailView::reset_status_fields() {
    next_status = 0;
    note.clear();
    reply.clear();
    reason.clear();
}

ConsoleController::ConsoleController(OfficeClient& client, domain::Directory directory,
                                     ConsoleSettings settings)
    : client_(client), settings_(std::move(settings)), session_(client, std::move(directory)) {}

const std::string& ConsoleController::municipality() const {
    return lang_ == i18n::Lang::th ? settings_.municipality_th : settings_.municipality_en;
}

namespace {

domain::TimePoint domain_now() {
    return std::chrono::time_point_cast<std::chrono::seconds>(domain::Clock::now());
}

// How often an admin's console looks at the kiosks for the silent-kiosk alert.
constexpr std::chrono::seconds kiosk_poll{60};
// How soon a console whose link is down looks again (each frame's reads are the attempt).
constexpr std::chrono::seconds reconnect_poll{2};

}  // namespace

std::string ConsoleController::error_text(const Error& e) const {
    return i18n::error_message(e, lang_);
}

void ConsoleController::load_failed(const Error& e) {
    if (session_ended(e)) return;
    load_error_ = error_text(e);
}

bool ConsoleController::session_ended(const Error& e) {
    if (e.code != Errc::session_expired || !session_.logged_in()) return false;
    // The server forgot the session (restart, idle): the lock screen asks for the password
    // again, and everything typed stays where it was (issue 12 item 3).
    session_.lock();
    locked_ = true;
    lock_view_.error = std::string(i18n::tr("office.link.session_ended", lang_));
    return true;
}

void ConsoleController::read_kiosks(domain::TimePoint now) {
    if (!session_.is_admin()) return;
    if (auto r = kiosks_.load(client_, session_.user(), now); !r) {
        if (view_ == ViewId::kiosks) load_failed(r.error());
        return;
    }
    const auto names = kiosks_.alerting(now);
    std::string list;
    for (const auto& n : names) list += (list.empty() ? "" : ", ") + n;
    kiosk_alert_ = names.empty() ? std::string()
                                 : i18n::format(i18n::tr("office.kiosks.alert", lang_), {list});
}

BandMessage ConsoleController::band_message() const {
    if (!load_error_.empty()) return {load_error_, true};
    switch (view_) {
        case ViewId::detail:
            return detail_.message;
        case ViewId::users:
            return users_view_.message;
        case ViewId::stats:
            return stats_view_.message;
        case ViewId::kiosks:
            return kiosks_view_.message;
        case ViewId::queue:
        case ViewId::audit:
            break;
    }
    return {};
}

void ConsoleController::enter_for_screenshot(const staff::StaffUser& user, Clock::time_point now) {
    session_.enter_for_screenshot(user, now);
}

void ConsoleController::show_view(ViewId view) {
    view_ = view;
    load_error_.clear();
    if (view == ViewId::audit || view == ViewId::users || view == ViewId::kiosks)
        admin_stale_ = true;
    if (view == ViewId::stats) stats_ = ItaStatistics{};  // counts change while away
}

void ConsoleController::open_case(const domain::CaseNumber& number) {
    if (auto r = desk_.open(client_, session_.viewer(), number); !r) {
        load_failed(r.error());
        return;
    }
    detail_ = DetailView{};
    if (const auto& c = desk_.current()) {
        const auto& divisions = session_.directory().divisions;
        for (std::size_t i = 0; i < divisions.size(); ++i)
            if (divisions[i].code == c->filed.division) detail_.division = static_cast<int>(i);
    }
    show_view(ViewId::detail);
}

void ConsoleController::after_logout() {
    desk_.close();
    detail_ = DetailView{};
    login_ = LoginView{};
    lock_view_ = LockView{};
    locked_ = false;
}

void ConsoleController::say(BandMessage& to, const Result<void>& r, const char* done_key) {
    to.is_error = !r;
    if (r) {
        to.text = std::string(i18n::tr(done_key, lang_));
    } else if (network_failure(r.error().code)) {
        // Nothing reached the server: the text stays in its field, and the same button sends
        // it again (issue 12 item 3).
        to.text = std::string(i18n::tr("office.link.not_saved", lang_));
    } else if (session_ended(r.error())) {
        to.text = std::string(i18n::tr("office.link.session_ended", lang_));
    } else {
        to.text = error_text(r.error());
    }
}

void ConsoleController::sync_issued_qr() {
    const auto& issued = desk_.issued();
    if (!issued) {
        detail_.issued_qr.reset();  // the code is gone from the screen; so is its symbol
        detail_.issued_qr_for.clear();
        return;
    }
    if (detail_.issued_qr && detail_.issued_qr_for == issued->grouped) return;
    detail_.issued_qr.reset();
    if (auto matrix = issued->qr_matrix()) detail_.issued_qr = std::move(*matrix);
    detail_.issued_qr_for = issued->grouped;
}

FrameNeeds ConsoleController::prepare_frame(Clock::time_point now, bool input) {
    FrameNeeds needs;
    locked_ = false;
    link_ = link_preview_ ? *link_preview_ : client_.link_state();
    if (!session_.logged_in()) return needs;
    if (input) session_.activity(now);
    if (!link_.connected) {
        // Each frame's reads are the reconnection attempt; over a cut cable each may wait for
        // the connect timeout, so they run every reconnect_poll, not on every keystroke.
        if (now < retry_at_) {
            locked_ = session_.locked(now);
            needs.wake_at = locked_ ? retry_at_ : std::min(retry_at_, session_.lock_deadline());
            return needs;
        }
        retry_at_ = now + reconnect_poll;
    }
    auto arrived = lock_.poll(now);
    if (arrived && *arrived) {
        needs.chime = true;
        flash_until_ = now + std::chrono::seconds(6);
    }
    needs.wake_at = help_.next_poll();
    if (!link_.connected) needs.wake_at = std::min(needs.wake_at, retry_at_);
    if (session_.is_admin()) {
        if (now >= kiosks_read_at_) {
            read_kiosks(domain_now());
            kiosks_read_at_ = now + kiosk_poll;
            if (kiosks_.take_new_alert(domain_now())) {
                needs.chime = true;
                flash_until_ = now + std::chrono::seconds(6);
            }
        }
        needs.wake_at = std::min(needs.wake_at, kiosks_read_at_);
    }
    locked_ = session_.locked(now);
    if (locked_) return needs;
    needs.wake_at = std::min(needs.wake_at, session_.lock_deadline());

    // Any change to any case, by this console or another process, reloads what shows it on
    // this frame (issue 9 item 15).
    if (auto changes = client_.case_changes()) case_changes_ = *changes;
    const auto viewer = session_.viewer();
    if (auto r = desk_.sync(client_, viewer, case_changes_); !r)
        load_failed(r.error());
    sync_issued_qr();
    switch (view_) {
        case ViewId::queue:
            if (queue_.out_of_date(case_changes_))
                if (auto r = queue_.refresh(client_, viewer); !r)
                    load_failed(r.error());
            break;
        case ViewId::stats: {
            const int current_fy = domain::fiscal_year_be(domain::local_date(
                std::chrono::time_point_cast<std::chrono::seconds>(domain::Clock::now())));
            if (stats_view_.fiscal_year == 0) stats_view_.fiscal_year = current_fy;
            if (stats_.fiscal_year() != stats_view_.fiscal_year ||
                stats_.out_of_date(case_changes_))
                if (auto r =
                        stats_.load(client_, viewer, session_.directory(), stats_view_.fiscal_year);
                    !r)
                    load_failed(r.error());
            break;
        }
        case ViewId::audit:
            if (admin_stale_) {
                auto r = audit_.load(client_, session_.user(), 0);
                load_error_.clear();
                if (!r) load_failed(r.error());
                admin_stale_ = false;
            }
            break;
        case ViewId::users:
            if (admin_stale_) {
                auto r = users_.load(client_, session_.user());
                load_error_.clear();
                if (!r) load_failed(r.error());
                admin_stale_ = false;
            }
            break;
        case ViewId::kiosks:
            if (admin_stale_) {
                load_error_.clear();
                read_kiosks(domain_now());
                admin_stale_ = false;
            }
            break;
        case ViewId::detail:
            break;
    }
    return needs;
}

void ConsoleController::apply(const Intent& intent, Clock::time_point now) {
    struct Visitor {
        ConsoleController& c;
        Clock::time_point now;

        void operator()(const intent::LogIn&) const {
            auto r = c.session_.log_in(c.login_.username.view(), c.login_.password.view(), now);
            c.login_.password.clear();
            if (r) {
                c.login_.error.clear();
                c.queue_ = QueueModel{};
                c.show_view(ViewId::queue);
            } else {
                c.login_.error = c.error_text(r.error());
                c.login_.focus = true;
            }
        }
        void operator()(const intent::Unlock&) const {
            auto r = c.lock_.unlock(c.lock_view_.password.view(), now);
            c.lock_view_.password.clear();
            c.lock_view_.error = r ? std::string() : c.error_text(r.error());
            if (r) c.locked_ = false;
        }
        void operator()(const intent::LogOut&) const {
            c.lock_.log_out();
            c.after_logout();
        }
        void operator()(const intent::Lock&) const {
            c.session_.lock();
            c.locked_ = c.session_.logged_in();
        }
        void operator()(const intent::ToggleLanguage&) const {
            c.lang_ = c.lang_ == i18n::Lang::th ? i18n::Lang::en : i18n::Lang::th;
        }
        void operator()(const intent::ShowView& v) const { c.show_view(v.view); }
        void operator()(const intent::AcknowledgeHelp& a) const {
            if (a.from_lock_screen) {
                if (auto r = c.lock_.acknowledge(a.id); !r)
                    c.lock_view_.error = c.error_text(r.error());
                return;
            }
            if (!c.session_.logged_in()) return;
            if (auto r = c.help_.acknowledge(c.client_, a.id, c.session_.user().username); !r)
                c.load_failed(r.error());
        }
        void operator()(const intent::Filter& f) const {
            c.queue_.set_filters(f.filters);
            c.queue_.set_sort(f.sort);
            c.refresh_queue();
        }
        void operator()(const intent::SelectRow& s) const { c.queue_.select(s.row); }
        void operator()(const intent::MoveSelection& m) const { c.queue_.move_selection(m.delta); }
        void operator()(const intent::NextPage&) const {
            c.queue_.next_page();
            c.refresh_queue();
        }
        void operator()(const intent::PreviousPage&) const {
            c.queue_.previous_page();
            c.refresh_queue();
        }
        void operator()(const intent::OpenCase& o) const { c.open_case(o.number); }
        void operator()(const intent::ChangeStatus& s) const {
            auto& d = c.detail_;
            const StatusForm form{s.to, std::string(d.note.view()), std::string(d.reply.view()),
                                  std::string(d.reason.view())};
            auto r = c.desk_.change_status(c.client_, c.session_.viewer(), form);
            if (r) d.reset_status_fields();
            c.say(d.message, r, "office.detail.saved");
        }
        void operator()(const intent::AddNote&) const {
            auto& d = c.detail_;
            auto r = c.desk_.add_note(c.client_, c.session_.viewer(), d.new_note.view());
            if (r) d.new_note.clear();
            c.say(d.message, r, "office.detail.saved");
        }
        void operator()(const intent::AssignDivision& a) const {
            c.say(c.detail_.message,
                  c.desk_.assign_division(c.client_, c.session_.viewer(), a.division),
                  "office.detail.saved");
        }
        void operator()(const intent::AskReissue&) const { c.desk_.ask_reissue(); }
        void operator()(const intent::ConfirmReissue&) const {
            auto r = c.desk_.confirm_reissue(c.client_, c.session_.viewer(),
                                             c.settings_.tracking_base_url);
            if (!r) c.say(c.detail_.message, r, "office.detail.saved");
            c.sync_issued_qr();
        }
        void operator()(const intent::CancelReissue&) const { c.desk_.cancel_reissue(); }
        void operator()(const intent::DismissIssued&) const {
            c.desk_.dismiss_issued();
            c.sync_issued_qr();
        }
        void operator()(const intent::ChooseFiscalYear& y) const {
            c.stats_view_.fiscal_year = y.fiscal_year_be;
        }
        void operator()(const intent::Export& e) const {
            const ExportSettings settings{c.settings_.export_directory, c.municipality(), c.lang_};
            const auto at =
                std::chrono::time_point_cast<std::chrono::seconds>(domain::Clock::now());
            auto path =
                c.stats_.export_report(c.client_, c.session_.viewer(), e.format, settings, at);
            c.stats_view_.message.text =
                path ? i18n::format(i18n::tr("office.stats.exported", c.lang_), {*path})
                     : c.error_text(path.error());
            c.stats_view_.message.is_error = !path;
        }
        void operator()(const intent::AuditPage& p) const {
            if (!c.session_.logged_in()) return;
            auto r = c.audit_.load(c.client_, c.session_.user(), p.page);
            c.load_error_.clear();
            if (!r) c.load_failed(r.error());
            c.admin_stale_ = false;
        }
        void operator()(const intent::AddUser& a) const {
            if (!c.session_.logged_in()) return;
            auto& form = c.users_view_;
            const staff::StaffUser user{std::string(form.username.view()),
                                        std::string(form.display_name.view()), a.role};
            auto r = c.users_.add(c.client_, c.session_.user(), user, form.password.view());
            c.say(form.message, r, "office.users.done");
            form.password.clear();
            if (r) {
                form.username.clear();
                form.display_name.clear();
            }
        }
        void operator()(const intent::DisableUser& d) const {
            if (!c.session_.logged_in()) return;
            c.say(c.users_view_.message, c.users_.disable(c.client_, c.session_.user(), d.username),
                  "office.users.done");
        }
        void operator()(const intent::AddKiosk&) const {
            if (!c.session_.logged_in()) return;
            auto& form = c.kiosks_view_;
            KioskEnrolmentOffer server;
            server.url = c.settings_.server_url;
            server.fingerprint = c.settings_.server_fingerprint;
            auto r = c.kiosks_.add(c.client_, c.session_.user(), form.new_name.view(),
                                   domain_now(), server);
            c.say(form.message, r, "office.kiosks.done");
            if (r) form.new_name.clear();
        }
        void operator()(const intent::RevokeKiosk& k) const {
            if (!c.session_.logged_in()) return;
            c.say(c.kiosks_view_.message,
                  c.kiosks_.revoke(c.client_, c.session_.user(), k.name, domain_now()),
                  "office.kiosks.done");
        }
        void operator()(const intent::DismissEnrolment&) const { c.kiosks_.dismiss_enrolment(); }
        void operator()(const intent::ResetPassword& p) const {
            if (!c.session_.logged_in()) return;
            auto& form = c.users_view_;
            c.say(form.message,
                  c.users_.reset_password(c.client_, c.session_.user(), p.username,
                                          form.password.view()),
                  "office.users.done");
            form.password.clear();
        }
    };
    std::visit(Visitor{*this, now}, intent);
}

void ConsoleController::refresh_queue() {
    if (!session_.logged_in() || !queue_.stale()) return;
    if (auto r = queue_.refresh(client_, session_.viewer()); !r)
        load_failed(r.error());
}

}  // namespace siang::office
