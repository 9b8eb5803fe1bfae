// DraftWriter: sentences, places and contacts for demo drafts.
#include "demo/demo_draft_writer.hpp"

#include <array>
#include <chrono>

namespace siang::demo {
namespace {

void append_number(std::string& s, std::int64_t n) {
    char buf[24];
    int len = 0;
    do {
        buf[len++] = static_cast<char>('0' + n % 10);
        n /= 10;
    } while (n > 0);
    while (len > 0) s.push_back(buf[--len]);
}

// "หมู่ที่ 5 บ้านท่าช้าง" for village index 4.
void append_village(std::string& s, int village) {
    s.append("หมู่ที่ ");
    append_number(s, village + 1);
    s.push_back(' ');
    s.append(phrases::villages[village]);
}

// "ซอยอนามัย หน้าวัดโพธิ์ศรี".
void append_road_and_landmark(std::string& s, const Scene& scene) {
    s.append(scene.road);
    s.push_back(' ');
    s.append(scene.near);
    s.append(scene.landmark);
}

}  // namespace

Scene Scene::draw(DemoRandom& rng, std::uint64_t anonymous_percent) {
    Scene s;
    s.village = static_cast<int>(rng.below(std::size(phrases::villages)));
    s.road = rng.pick(phrases::roads);
    s.near = rng.pick(phrases::near_words);
    s.landmark = rng.pick(phrases::landmarks);
    s.male = rng.percent(50);
    s.formal = rng.percent(30);
    s.anonymous = rng.percent(anonymous_percent);
    return s;
}

DraftWriter::DraftWriter(DemoRandom& rng, const Scene& scene, domain::Draft& draft)
    : rng_(rng), scene_(scene), d_(draft) {
    d_.subject.clear();
    d_.details.clear();
    d_.location.clear();
    d_.occurred_on.reset();
    d_.contact.name.clear();
    d_.contact.phone.clear();
    d_.contact.email.clear();
    d_.contact.address.clear();
}

// Thai separates sentences with a space, not a full stop.
void DraftWriter::sentence(std::string_view s) {
    if (!d_.details.empty()) d_.details.push_back(' ');
    d_.details.append(s);
}

void DraftWriter::opener(bool problem_report) {
    if (problem_report && rng_.percent(40)) {
        sentence(phrases::problem_opener);
    } else {
        sentence(scene_.formal ? "ข้าพเจ้า" : scene_.male ? "ผม" : "ดิฉัน");
        d_.details.append(rng_.pick(phrases::residence_openers));
    }
    append_village(d_.details, scene_.village);
}

// "<what> บริเวณ<road> <near><landmark>": the place inside the sentence, as people write it.
void DraftWriter::place_sentence(std::string_view what) {
    sentence(what);
    d_.details.append(" บริเวณ");
    append_road_and_landmark(d_.details, scene_);
}

void DraftWriter::location() {
    append_village(d_.location, scene_.village);
    d_.location.push_back(' ');
    append_road_and_landmark(d_.location, scene_);
}

void DraftWriter::subject_place() {
    d_.subject.push_back(' ');
    if (rng_.percent(50)) {
        d_.subject.append(scene_.road);
    } else {
        d_.subject.append("หมู่ที่ ");
        append_number(d_.subject, scene_.village + 1);
    }
}

void DraftWriter::request(const phrases::Request& req) {
    d_.subject.append(req.subject);
    subject_place();
    opener(false);
    place_sentence(req.detail);
    if (rng_.percent(50)) sentence(rng_.pick(phrases::request_reasons));
    location();
}

void DraftWriter::request_by_name(const domain::Service& service) {
    d_.subject.append("ขอรับบริการ");
    d_.subject.append(service.name_th);
    opener(false);
    place_sentence(d_.subject);
    if (rng_.percent(50)) sentence(rng_.pick(phrases::request_reasons));
    subject_place();
    location();
}

void DraftWriter::problem(const phrases::Issue& issue) {
    d_.subject.append(issue.subject);
    subject_place();
    opener(true);
    place_sentence(issue.detail);
    sentence(rng_.pick(phrases::durations));
    if (rng_.percent(80)) sentence(issue.impact);
    if (rng_.percent(50)) sentence(rng_.pick(phrases::followups));
    location();
}

void DraftWriter::service_grievance(const domain::Service& service) {
    const auto& g = rng_.pick(phrases::service_grievances);
    d_.subject.append(g.subject_prefix).append(service.name_th).append(g.subject_suffix);
    opener(false);
    sentence(g.detail_prefix);
    d_.details.append(service.name_th).append(g.detail_suffix);
    location();
}

void DraftWriter::officer_grievance() {
    const auto& g = rng_.pick(phrases::officer_grievances);
    d_.subject.append(g.subject);
    sentence(g.detail);
    if (rng_.percent(40)) d_.location.append("สำนักงานเทศบาล");
}

void DraftWriter::suggestion() {
    const auto& idea = rng_.pick(phrases::ideas);
    d_.subject.append(idea.subject);
    if (rng_.percent(50)) {
        opener(false);
        location();
    }
    sentence(idea.detail);
}

void DraftWriter::allegation() {
    const auto& a = rng_.pick(phrases::allegations);
    d_.subject.append(a.subject);
    sentence(a.detail);
    sentence("ขอให้ตรวจสอบข้อเท็จจริงและดำเนินการตามระเบียบ");
    if (scene_.anonymous) sentence(rng_.pick(phrases::anonymous_sentences));
    if (rng_.percent(60)) location();
}

void DraftWriter::finish(std::chrono::sys_days today_bangkok) {
    const bool suggestion = d_.kind == domain::Kind::suggestion;
    const std::string_view closing =
        suggestion ? rng_.pick(phrases::suggestion_closings) : rng_.pick(phrases::closings);
    // A longer letter sometimes starts its last sentence on a new paragraph.
    d_.details.append(rng_.percent(20) ? "\n" : " ");
    d_.details.append(closing);
    if (closing == "ขอบคุณ") d_.details.append(scene_.male ? "ครับ" : "ค่ะ");
    if (!scene_.anonymous) {
        contact();
        if (rng_.percent(30)) sentence(rng_.pick(phrases::callback_sentences));
    }
    if ((d_.kind == domain::Kind::complaint || d_.kind == domain::Kind::corruption) &&
        rng_.percent(40)) {
        d_.occurred_on =
            std::chrono::year_month_day(today_bangkok - std::chrono::days(rng_.between(0, 20)));
    }
}

void DraftWriter::contact() {
    domain::Contact& c = d_.contact;
    if (scene_.male) {
        c.name.append("นาย");
        c.name.append(rng_.pick(phrases::male_first_names));
    } else {
        c.name.append(rng_.percent(50) ? "นาง" : "นางสาว");
        c.name.append(rng_.pick(phrases::female_first_names));
    }
    c.name.push_back(' ');
    c.name.append(rng_.pick(phrases::surnames));

    // Thai mobile numbers: ten digits starting 06, 08 or 09.
    constexpr std::array<char, 3> second_digit{'6', '8', '9'};
    c.phone.push_back('0');
    c.phone.push_back(second_digit[static_cast<std::size_t>(rng_.below(second_digit.size()))]);
    for (int i = 0; i < 8; ++i) c.phone.push_back(static_cast<char>('0' + rng_.below(10)));

    if (rng_.percent(15)) {
        c.email.append("resident");
        append_number(c.email, rng_.between(100, 99999));
        c.email.append("@example.co.th");
    }
    if (rng_.percent(25)) {
        append_number(c.address, rng_.between(1, 250));
        if (rng_.percent(40)) {
            c.address.push_back('/');
            append_number(c.address, rng_.between(1, 9));
        }
        c.address.push_back(' ');
        append_village(c.address, scene_.village);
    }
}

}  // namespace siang::demo
