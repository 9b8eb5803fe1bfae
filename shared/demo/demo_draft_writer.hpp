// Composes a demo draft's Thai subject, details, location and contact, one record at a time.
#pragma once

#include <cstdint>
#include <span>
#include <string_view>

#include "demo/demo_phrases.hpp"
#include "demo/demo_random.hpp"
#include "domain/directory.hpp"
#include "domain/submission.hpp"

namespace siang::demo {

// Where a record happened and who wrote it, drawn once so that every sentence agrees: the same
// village in the details, the location and the address, and the writer's gender in the pronoun,
// the polite particle and the name.
struct Scene {
    int village = 0;  // index into phrases::villages
    std::string_view road;
    std::string_view near;
    std::string_view landmark;
    bool male = false;
    bool formal = false;  // writes ข้าพเจ้า rather than ผม / ดิฉัน
    bool anonymous = false;

    // Draws a scene; `anonymous_percent` is the chance of an anonymous writer.
    static Scene draw(DemoRandom& rng, std::uint64_t anonymous_percent);
};

// Writes the text fields of one draft. The constructor empties them, keeping their capacity, so
// that one Draft can be refilled a million times without new allocations. Call one topic
// function, then finish().
class DraftWriter {
  public:
    DraftWriter(DemoRandom& rng, const Scene& scene, domain::Draft& draft);

    // An e-service request for a service the vocabulary knows.
    void request(const phrases::Request& req);
    // An e-service request for any other service, worded with its Thai name.
    void request_by_name(const domain::Service& service);
    // A complaint about a problem in public space.
    void problem(const phrases::Issue& issue);
    // A complaint about how a catalogue service was delivered.
    void service_grievance(const domain::Service& service);
    // A complaint about an officer or the office counter.
    void officer_grievance();
    void suggestion();
    // A corruption complaint, worded as a request to verify.
    void allegation();
    // Closing sentence, contact details (unless anonymous) and, for complaints, sometimes the
    // date it happened (`today_bangkok` or up to 20 days before).
    void finish(std::chrono::sys_days today_bangkok);

  private:
    void opener(bool problem_report);
    void sentence(std::string_view s);
    void place_sentence(std::string_view what);
    void location();
    void subject_place();
    void contact();

    DemoRandom& rng_;
    const Scene& scene_;
    domain::Draft& d_;
};

}  // namespace siang::demo
