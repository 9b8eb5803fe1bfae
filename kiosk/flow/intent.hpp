// What the citizen did, as data: the screens turn taps and keys into intents for the session.
#pragma once

#include <string>
#include <variant>

#include "domain/kind.hpp"
#include "kiosk/flow/field.hpp"
#include "kiosk/flow/screen.hpp"

namespace siang::flow {

namespace intent {

struct Touch {};     // a tap anywhere that means nothing else: keeps the visit alive
struct ChooseKind {  // on attract or choose_kind
    domain::Kind kind;
};
struct Next {};     // the primary "next" button of a step (validates the step)
struct Back {};     // the bar's Back
struct GoHome {};   // leave: wipes everything entered, attract screen
struct EditField {  // on review: jump to that step, Next/Back return to review
    Screen step;
};
struct SetText {  // a field's whole new text (UTF-8), or a chosen code
    Field field;
    std::string text;
};
struct ChooseAnonymous {};    // file without contact data
struct ChooseGiveContact {};  // give a name and phone: the privacy notice comes first
struct AcknowledgePrivacy {};
struct Submit {};         // on review
struct Retry {};          // on submit_failed
struct StartTracking {};  // "track a case"
struct EnterCode {        // the keypad's "check" with what was typed
    std::string text;
};
struct ScannerBurst {  // a keyboard-wedge scanner typed a code or URL, on any screen
    std::string text;
};
struct ToggleLanguage {};
struct ToggleLargeText {};
struct CallStaff {};   // recorded as a help request for the app to store
struct Done {};        // the receipt's Done: asks once whether the code is kept
struct BackToCode {};  // "back to my code" on that question
struct PrintSlip {};   // the receipt's "print" or "print again" (issue 13): for the app to print
// Scanner on a form screen (issue 9 item 6): the answers to "open the status of this case?".
struct OpenScanned {};  // yes: track the scanned code (the form waits behind the tracking screens)
struct KeepFilling {};
struct OpenInformation {};  // attract: read the integrity measures and the corruption guideline  // no: forget the code, the form as it was

}  // namespace intent

using Intent =
    std::variant<intent::Touch, intent::ChooseKind, intent::Next, intent::Back, intent::GoHome,
                 intent::EditField, intent::SetText, intent::ChooseAnonymous,
                 intent::ChooseGiveContact, intent::AcknowledgePrivacy, intent::Submit,
                 intent::Retry, intent::StartTracking, intent::EnterCode, intent::ScannerBurst,
                 intent::ToggleLanguage, intent::ToggleLargeText, intent::CallStaff, intent::Done,
                 intent::BackToCode, intent::OpenScanned, intent::KeepFilling,
                 intent::PrintSlip, intent::OpenInformation>;

}  // namespace siang::flow
