// Form steps per kind, the step indicator and where a field error sends the citizen.
#include "kiosk/flow/form_steps.hpp"

#include <gtest/gtest.h>

namespace siang::flow {
namespace {

using domain::Kind;

TEST(FormSteps, EserviceStartsWithTheServiceOthersWithTheTopic) {
    EXPECT_EQ(form_steps(Kind::eservice).front(), Screen::service);
    for (Kind k : {Kind::suggestion, Kind::complaint, Kind::corruption})
        EXPECT_EQ(form_steps(k).front(), Screen::topic);
    for (Kind k : domain::all_kinds) EXPECT_EQ(form_steps(k).back(), Screen::contact_choice);
}

TEST(FormSteps, ContactSubScreensShareTheContactStepNumber) {
    auto choice = step_indicator(Kind::complaint, Screen::contact_choice);
    ASSERT_TRUE(choice);
    EXPECT_EQ(choice->index, 6);
    EXPECT_EQ(step_indicator(Kind::complaint, Screen::privacy_notice)->index, 6);
    EXPECT_EQ(step_indicator(Kind::complaint, Screen::contact_fields)->index, 6);
    ASSERT_TRUE(step_indicator(Kind::complaint, Screen::review));  // the last of the seven
    EXPECT_EQ(step_indicator(Kind::complaint, Screen::review)->index, 7);
    EXPECT_FALSE(step_indicator(Kind::complaint, Screen::service));  // not a complaint step
}

TEST(FormSteps, StepBeforeAndAfterStopAtTheEnds) {
    EXPECT_FALSE(step_before(Kind::eservice, Screen::service));
    EXPECT_EQ(step_after(Kind::eservice, Screen::service), Screen::subject);
    EXPECT_EQ(step_before(Kind::suggestion, Screen::subject), Screen::topic);
    EXPECT_FALSE(step_after(Kind::suggestion, Screen::contact_choice));
}

TEST(FormSteps, FieldErrorsMapToTheStepThatAsks) {
    using domain::Field;
    EXPECT_EQ(step_for_field(Kind::complaint, Field::details), Screen::details);
    EXPECT_EQ(step_for_field(Kind::complaint, Field::phone), Screen::contact_fields);
    EXPECT_EQ(step_for_field(Kind::complaint, Field::division), Screen::topic);
    EXPECT_EQ(step_for_field(Kind::eservice, Field::division), Screen::service);
    EXPECT_EQ(step_for_field(Kind::eservice, Field::occurred_on), Screen::when);
    EXPECT_EQ(step_for_field(Kind::eservice, Field::note), Screen::review);
    EXPECT_EQ(step_for_field(Kind::eservice, std::nullopt), Screen::review);
    // Every error a filing can end in leads back to the step that asks for its field.
    EXPECT_EQ(step_for_field(Kind::complaint, domain::field_of({.code = Errc::field_too_long,
                                                                .field = "details",
                                                                .count = 5001,
                                                                .limit = 5000})),
              Screen::details);
    EXPECT_EQ(step_for_field(Kind::complaint, domain::field_of({Errc::date_in_future, "x"})),
              Screen::when);
    EXPECT_EQ(step_for_field(Kind::complaint, domain::field_of({Errc::invalid_email, "email"})),
              Screen::contact_fields);
}

}  // namespace
}  // namespace siang::flow
