// The two long notices as ready paragraphs: the PDPA privacy notice and the corruption-complaint
// notice with the configured handling guideline. One text source for the kiosk's screens and the
// public ITA pages (shared/web), so the website says what the kiosk says.
#pragma once

#include <string>
#include <vector>

#include "config/config.hpp"
#include "i18n/catalog.hpp"

namespace siang::i18n {

// The PDPA s.23 notice in `lang`: the configured text when there is one (split into paragraphs
// at blank lines), else the catalogue's standard notice (controller, purpose, legal basis, data
// kept, retention, recipients, rights, contact) with the municipality's name filled in.
std::vector<std::string> privacy_notice_paragraphs(const config::Config& config, Lang lang);

struct CorruptionNotice {
    std::vector<std::string> paragraphs;  // confidentiality, protection, anonymous needs detail
    std::string guideline_title;
    std::vector<std::string> steps;  // from configuration, in order
    std::string unit;                // "Responsible unit: …"
    std::string time_frame;          // "Time frame: within N days"
    std::string tracking;            // following progress without revealing who you are
};

// The corruption notice in `lang` with the configured guideline's steps, unit and days.
CorruptionNotice corruption_notice(const config::Config& config, Lang lang);

}  // namespace siang::i18n
