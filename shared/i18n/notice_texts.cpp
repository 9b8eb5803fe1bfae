// Assembling the privacy and corruption notices from the catalogue and the configuration.
#include "i18n/notice_texts.hpp"

#include <array>
#include <string_view>

#include "domain/directory.hpp"

namespace siang::i18n {
namespace {

// Paragraphs of a configured text: separated by blank lines, each trimmed of line breaks.
std::vector<std::string> split_paragraphs(std::string_view text) {
    std::vector<std::string> out;
    while (!text.empty()) {
        auto cut = text.find("\n\n");
        std::string_view part = text.substr(0, cut);
        while (!part.empty() && (part.front() == '\n' || part.front() == ' '))
            part.remove_prefix(1);
        while (!part.empty() && (part.back() == '\n' || part.back() == ' ')) part.remove_suffix(1);
        if (!part.empty()) out.emplace_back(part);
        if (cut == std::string_view::npos) break;
        text.remove_prefix(cut + 2);
    }
    return out;
}

}  // namespace

std::vector<std::string> privacy_notice_paragraphs(const config::Config& config, Lang lang) {
    const bool th = lang == Lang::th;
    const std::string& configured =
        th ? config.privacy_notice.text_th : config.privacy_notice.text_en;
    if (!configured.empty()) return split_paragraphs(configured);

    const std::string& who = th ? config.municipality.name_th : config.municipality.name_en;
    constexpr std::array<std::string_view, 8> keys{
        "kiosk.privacy.controller", "kiosk.privacy.purpose",   "kiosk.privacy.legal_basis",
        "kiosk.privacy.data",       "kiosk.privacy.retention", "kiosk.privacy.recipients",
        "kiosk.privacy.rights",     "kiosk.privacy.contact"};
    const std::string& contact =
        th ? config.privacy_notice.contact_th : config.privacy_notice.contact_en;
    std::vector<std::string> out;
    for (std::string_view key : keys) {
        bool is_contact = key == "kiosk.privacy.contact" && !contact.empty();
        out.push_back(format(tr(key, lang), {is_contact ? contact : who}));
    }
    return out;
}

CorruptionNotice corruption_notice(const config::Config& config, Lang lang) {
    const bool th = lang == Lang::th;
    const config::CorruptionGuideline& g = config.corruption_guideline;
    CorruptionNotice n;
    for (std::string_view key : {"kiosk.corruption.confidential", "kiosk.corruption.protection",
                                 "kiosk.corruption.anonymous"})
        n.paragraphs.emplace_back(tr(key, lang));
    n.guideline_title = tr("kiosk.corruption.guideline", lang);
    n.steps = th ? g.steps_th : g.steps_en;
    n.unit = format(tr("kiosk.corruption.unit", lang), {th ? g.unit_th : g.unit_en});
    // The due date the store sets comes from the same value (domain::target_days).
    const int days = domain::target_days(config.directory, domain::Kind::corruption, "");
    n.time_frame = format(tr("kiosk.corruption.days", lang), {std::to_string(days)});
    n.tracking = tr("kiosk.corruption.tracking", lang);
    return n;
}

}  // namespace siang::i18n
