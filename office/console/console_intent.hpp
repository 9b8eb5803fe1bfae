// What the staff member did, as data: the console's views turn clicks and keys into intents and
// ConsoleController::apply carries them out (the console's one place where state changes).
#pragma once

#include <cstdint>
#include <string>
#include <variant>
#include <vector>

#include "domain/case_number.hpp"
#include "office/console/console_views.hpp"
#include "office/console/ita_statistics.hpp"
#include "office/console/queue_model.hpp"

namespace siang::office {

namespace intent {

// Session (login and lock screens, top bar).
struct LogIn {};   // with the login view's username and password
struct Unlock {};  // with the lock view's password
struct LogOut {};
struct Lock {};
struct ToggleLanguage {};
struct ShowView {
    ViewId view;
};
// A help request seen to; `from_lock_screen` audits it as acknowledged at a locked console.
struct AcknowledgeHelp {
    std::int64_t id = 0;
    bool from_lock_screen = false;
};

// Queue.
struct Filter {  // the filters and sort the queue view's fields describe
    QueueFilters filters;
    store::Sort sort = store::Sort::newest;
};
struct SelectRow {
    int row = 0;
};
struct MoveSelection {
    int delta = 0;
};
struct NextPage {};
struct PreviousPage {};
struct OpenCase {
    domain::CaseNumber number;
};

// Detail (the open case).
struct ChangeStatus {  // to the chosen next status, with the detail view's reply, reason, note
    domain::Status to = domain::Status::in_review;
};
struct AddNote {};  // the detail view's new note
struct AssignDivision {
    std::string division;  // directory code
};
struct AskReissue {};
struct ConfirmReissue {};
struct CancelReissue {};
struct DismissIssued {};

// Statistics.
struct ChooseFiscalYear {
    int fiscal_year_be = 0;
};
struct Export {
    ExportFormat format = ExportFormat::csv;
};

// Admin.
struct AuditPage {
    int page = 0;
};
struct AddUser {  // from the users view's fields
    staff::Role role = staff::Role::clerk;
};
struct DisableUser {
    std::string username;
};
struct ResetPassword {  // to the users view's password field
    std::string username;
};

// Kiosks (admin).
struct AddKiosk {};  // named by the kiosks view's field
struct RevokeKiosk {
    std::string name;
};
struct DismissEnrolment {};

}  // namespace intent

using Intent =
    std::variant<intent::LogIn, intent::Unlock, intent::LogOut, intent::Lock,
                 intent::ToggleLanguage, intent::ShowView, intent::AcknowledgeHelp, intent::Filter,
                 intent::SelectRow, intent::MoveSelection, intent::NextPage, intent::PreviousPage,
                 intent::OpenCase, intent::ChangeStatus, intent::AddNote, intent::AssignDivision,
                 intent::AskReissue, intent::ConfirmReissue, intent::CancelReissue,
                 intent::DismissIssued, intent::ChooseFiscalYear, intent::Export, intent::AuditPage,
                 intent::AddUser, intent::DisableUser, intent::ResetPassword,
                 intent::AddKiosk, intent::RevokeKiosk, intent::DismissEnrolment>;
using Intents = std::vector<Intent>;

}  // namespace siang::office
