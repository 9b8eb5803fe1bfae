// The receipt slip's content, in the citizen's language, laid out by SlipWriter.
#include "print/receipt_slip.hpp"

#include <cstdio>

#include "domain/tracking_code.hpp"
#include "i18n/domain_names.hpp"
#include "print/slip_logo.hpp"
#include "print/slip_writer.hpp"
#include "qr/qr_matrix.hpp"

namespace siang::print {
namespace {

// "1234 5678 9012": the way the screen groups it, with spaces a reader copies easily.
std::string grouped(std::string_view code) {
    std::string out;
    for (std::size_t i = 0; i < code.size(); ++i) {
        if (i > 0 && i % 4 == 0) out += ' ';
        out += code[i];
    }
    return out;
}

const std::string& municipality(const config::Config& c, i18n::Lang lang) {
    return lang == i18n::Lang::th || c.municipality.name_en.empty() ? c.municipality.name_th
                                                                    : c.municipality.name_en;
}

// The top of every slip: the logo when one is configured and readable, then the name. A logo
// that cannot be used never stops the slip: it prints without, and the log says why.
void header(SlipWriter& w, const SlipFonts& fonts, const config::Config& c, i18n::Lang lang) {
    if (!c.municipality.logo_path.empty()) {
        const int side = slip_logo_side(w.width());
        if (auto logo = load_slip_logo(c.municipality.logo_path, side, side)) {
            w.picture(*logo);
            w.gap(8);
        } else {
            std::fprintf(stderr, "siang: the slip is printed without its logo: %s\n",
                         i18n::report_error(logo.error(), i18n::Lang::en).c_str());
        }
    }
    w.paragraph(fonts.heading, municipality(c, lang), Align::centre);
}

}  // namespace

Result<MonoImage> render_receipt(const ReceiptFacts& facts, const config::Config& config,
                                 i18n::Lang lang, int width_dots) {
    auto fonts = load_slip_fonts(width_dots);
    if (!fonts) return std::unexpected(fonts.error());
    auto matrix = qr::encode_qr(facts.qr_payload);
    if (!matrix) return std::unexpected(matrix.error());
    const auto t = [lang](std::string_view key) { return std::string(i18n::tr(key, lang)); };

    SlipWriter w(width_dots);
    header(w, *fonts, config, lang);
    w.paragraph(fonts->body, t("print.slip.title"), Align::centre);
    w.rule();
    std::string kind(i18n::kind_name(facts.kind, lang));
    if (!facts.service.empty())
        kind += " · " + i18n::service_name(config.directory, facts.service, lang);
    const std::string number = facts.number ? *facts.number : t("kiosk.receipt.number_pending");
    for (const auto& [label, value] :
         {std::pair{t("kiosk.label.kind"), kind}, std::pair{t("kiosk.label.case_number"), number},
          std::pair{t("kiosk.label.filed"), i18n::date_text(facts.filed, lang)},
          std::pair{t("kiosk.label.due"), i18n::date_text(facts.due, lang)}}) {
        w.paragraph(fonts->small, label);
        w.paragraph(fonts->heading, value);
        w.gap(4);
    }
    if (!facts.number) w.paragraph(fonts->small, t("kiosk.receipt.numbered_later"));
    w.rule();
    w.paragraph(fonts->body, t("print.slip.code"), Align::centre);
    w.paragraph(fonts->code, grouped(facts.code), Align::centre);
    w.gap(8);
    w.qr(*matrix, min_qr_dots);
    w.gap(8);
    w.paragraph(fonts->body, t("print.slip.track_kiosk"));
    if (!config.tracking_base_url.empty()) w.paragraph(fonts->body, t("print.slip.track_phone"));
    w.rule();
    w.paragraph(fonts->small, t("print.slip.secret"));
    if (domain::is_confidential(facts.kind)) w.paragraph(fonts->small, t("print.slip.confidential"));
    return w.finish();
}

Result<MonoImage> render_test_slip(const config::Config& config, PrinterState state,
                                   i18n::Lang lang, int width_dots) {
    auto fonts = load_slip_fonts(width_dots);
    if (!fonts) return std::unexpected(fonts.error());
    const std::string sample = "123456789012";
    auto matrix = qr::encode_qr(config.tracking_base_url + sample);
    if (!matrix) return std::unexpected(matrix.error());
    const auto t = [lang](std::string_view key) { return std::string(i18n::tr(key, lang)); };
    SlipWriter w(width_dots);
    header(w, *fonts, config, lang);
    w.paragraph(fonts->body, t("print.test.title"), Align::centre);
    w.rule();
    w.paragraph(fonts->small, t("print.test.specimen"));
    w.paragraph(fonts->heading, t("print.test.specimen_line"));
    w.rule();
    w.paragraph(fonts->code, grouped(sample), Align::centre);
    w.qr(*matrix, min_qr_dots);
    w.rule();
    const std::string state_key = "print.state." + std::string(state_name(state));
    w.paragraph(fonts->body, i18n::format(t("print.test.status"), {t(state_key)}));
    w.paragraph(fonts->small, i18n::format(t("print.test.width"), {std::to_string(width_dots)}));
    return w.finish();
}

}  // namespace siang::print
