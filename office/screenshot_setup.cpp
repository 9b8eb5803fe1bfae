// Screenshot sessions: which user, which screen, which case.
#include "office/screenshot_setup.hpp"

#include <chrono>

namespace siang::office {
namespace {

Result<staff::StaffUser> screenshot_user(store::Store& store, const std::string& username) {
    if (username.empty()) return staff::local_administrator();
    auto record = store.find_user(username);
    if (!record) return std::unexpected(record.error());
    auto role = staff::parse_role(record->role);
    if (!role) return fail(Errc::invalid_argument, "role " + record->role);
    return staff::StaffUser{record->username, record->display_name, *role};
}

// A case that shows the workflow well: one in progress (it has a timeline), else the newest.
Result<domain::CaseNumber> sample_case(OfficeState& state) {
    auto& s = state.session;
    for (bool in_progress : {true, false}) {
        QueueModel q;
        QueueFilters f;
        if (in_progress) f.status = domain::Status::in_progress;
        q.set_filters(f);
        if (auto r = q.refresh(s.store(), s.viewer()); !r) return std::unexpected(r.error());
        if (auto n = q.selected_case()) return *n;
    }
    return fail(Errc::not_found, "no case in the store");
}

}  // namespace

Result<void> prepare_screenshot(OfficeState& state, const ScreenshotRequest& request) {
    if (request.screen == "login") return {};
    auto user = screenshot_user(state.session.store(), request.user);
    if (!user) return std::unexpected(user.error());
    state.session.enter_for_screenshot(*user, std::chrono::steady_clock::now());
    if (request.screen == "detail") {
        auto number = request.case_number ? Result<domain::CaseNumber>(*request.case_number)
                                          : sample_case(state);
        if (!number) return std::unexpected(number.error());
        if (auto r = state.desk.open(state.session.store(), state.session.viewer(), *number); !r)
            return r;
        open_case(state, *number);
        // A reply being written, as staff would have it: Thai with marks over tall consonants
        // and SARA AM, which the fields must draw as correctly as the labels.
        state.detail_form.reply.assign("เจ้าหน้าที่กองช่างได้ตรวจสอบแล้ว จะดำเนินการซ่อมภายในสัปดาห์นี้");
        state.detail_form.new_note.assign("ประสานผู้ใหญ่บ้านหมู่ที่ 4 แล้ว เสาไฟฟ้าเสียสองต้น");
        return {};
    }
    if ((request.screen == "audit" || request.screen == "users") && !state.session.is_admin())
        return fail(Errc::permission_denied, request.screen);
    const ViewId view = request.screen == "stats"   ? ViewId::stats
                        : request.screen == "audit" ? ViewId::audit
                        : request.screen == "users" ? ViewId::users
                                                    : ViewId::queue;
    show_view(state, view);
    return {};
}

}  // namespace siang::office
