// The first connection to an office server nobody has vouched for (issue 12 item 2): its
// certificate fingerprint, grouped to be read aloud or compared, and the IT person's answer.
#include <algorithm>

#include "office/console/server_trust.hpp"
#include "office/views/views.hpp"
#include "office/views/widgets.hpp"
#include "ui/card.hpp"
#include "ui/icons.hpp"
#include "ui/text_draw.hpp"

namespace siang::office {

TrustAnswer draw_first_connection(const FirstConnection& first, i18n::Lang lang, ui::Frame& frame) {
    const ui::Palette& p = frame.theme.palette;
    const ui::Metrics& m = frame.theme.metrics;
    ImFont* title_font = frame.font(ui::FontRole::heading);
    ImFont* body = frame.font(ui::FontRole::body);
    ImFont* digits = frame.font(ui::FontRole::title);
    const float width = std::min(frame.size.x - 2.0f * m.margin, 1000.0f);
    const float pad = 36.0f;
    const float inner = width - 2.0f * pad;
    const ImVec2 min{(frame.size.x - width) * 0.5f, std::max(20.0f, frame.size.y * 0.08f)};
    ImGui::SetCursorScreenPos({min.x + pad, min.y + pad});
    ImGui::BeginGroup();
    ImGui::PushTextWrapPos(min.x + pad + inner);
    TrustAnswer answer = TrustAnswer::none;
    ImDrawList* list = ImGui::GetWindowDrawList();
    list->ChannelsSplit(2);
    list->ChannelsSetCurrent(1);
    const auto wrapped = [&](ImFont* f, ImU32 ink, const std::string& text) {
        const ImVec2 at = ImGui::GetCursorScreenPos();
        const float h = ui::draw_wrapped(list, f, at, inner, ink, text);
        ImGui::Dummy({inner, h});
    };
    wrapped(title_font, ui::to_imu32(p.accent),
            std::string(ui::icon::warning.utf8) + "  " +
                std::string(i18n::tr("office.trust.title", lang)));
    ImGui::Spacing();
    switch (first.phase()) {
        case FirstConnection::Phase::asking: {
            wrapped(body, ui::to_imu32(p.text),
                    i18n::format(i18n::tr("office.trust.intro", lang), {first.url()}));
            ImGui::Spacing();
            const std::string grouped = group_fingerprint(first.presented(), 8);
            for (std::size_t at = 0; at <= grouped.size();) {
                const std::size_t nl = std::min(grouped.find('\n', at), grouped.size());
                ui::text_label(digits, ui::to_imu32(p.text), grouped.substr(at, nl - at));
                at = nl + 1;
            }
            ImGui::Spacing();
            wrapped(body, ui::to_imu32(p.text),
                    std::string(i18n::tr("office.trust.compare", lang)));
            ImGui::Spacing();
            if (primary_button(i18n::tr("office.trust.confirm", lang), "trust"))
                answer = TrustAnswer::confirm;
            ImGui::SameLine(0, 24.0f);
            if (secondary_button(i18n::tr("office.trust.refuse", lang), "distrust"))
                answer = TrustAnswer::refuse;
            break;
        }
        case FirstConnection::Phase::unreachable:
            wrapped(body, ui::to_imu32(p.danger),
                    i18n::format(i18n::tr("office.trust.unreachable", lang), {first.url()}));
            ImGui::Spacing();
            if (primary_button(i18n::tr("office.trust.retry", lang), "retry"))
                answer = TrustAnswer::retry;
            break;
        case FirstConnection::Phase::refused:
            wrapped(body, ui::to_imu32(p.danger),
                    std::string(i18n::tr("office.trust.refused", lang)));
            break;
        case FirstConnection::Phase::confirmed:
            break;
    }
    ImGui::PopTextWrapPos();
    ImGui::EndGroup();
    const float bottom = ImGui::GetItemRectMax().y + pad;
    list->ChannelsSetCurrent(0);
    ui::draw_card(list, min, {min.x + width, bottom}, m.radius, ui::to_imu32(p.surface), m.shadow);
    list->ChannelsMerge();
    return answer;
}

}  // namespace siang::office
