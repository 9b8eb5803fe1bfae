// The kiosk's names for the two long notices, whose text source is shared/i18n/notice_texts.hpp
// (the public ITA pages read the same one).
#pragma once

#include "i18n/notice_texts.hpp"

namespace siang::flow {

using i18n::corruption_notice;
using i18n::CorruptionNotice;
using i18n::privacy_notice_paragraphs;

}  // namespace siang::flow
