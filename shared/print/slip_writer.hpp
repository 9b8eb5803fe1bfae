// Laying a slip out top to bottom: wrapped Thai/English paragraphs, a QR, rules and gaps (issue 13).
#pragma once

#include <string_view>

#include "core/error.hpp"
#include "print/raster.hpp"
#include "print/slip_font.hpp"
#include "qr/qr_matrix.hpp"

namespace siang::print {

// The fonts of a slip at its paper width, found through fontconfig (TLWG Loma, from
// fonts-tlwg-loma-otf): body text, bold headings and the very large code digits.
struct SlipFonts {
    SlipFont body;
    SlipFont small;
    SlipFont heading;
    SlipFont code;
};
// Sizes scale with the paper: 576 dots (80 mm) or 384 (58 mm). Errors: not_found naming the
// font family when it is not installed; io_error when FreeType cannot read it.
Result<SlipFonts> load_slip_fonts(int width_dots);

enum class Align { left, centre };

// Draws onto a canvas as wide as the paper, growing it downwards as content is added; finish()
// thresholds it to the 1-bit image. Text is logical UTF-8: it is wrapped at Thai word breaks
// (text::wrap_text) and drawn in display form (text::to_display), so a long municipality name
// goes onto a second line instead of being clipped.
class SlipWriter {
  public:
    explicit SlipWriter(int width_dots, int margin_dots = 8);

    int width() const { return canvas_.width; }
    int inner_width() const { return canvas_.width - 2 * margin_; }
    // Wrapped text; '\n' starts a new line.
    void paragraph(const SlipFont& font, std::string_view utf8, Align align = Align::left);
    // The QR with every module a whole number of dots (quiet zone included) and at least
    // `min_dots` wide when the paper allows, centred.
    void qr(const qr::QrMatrix& matrix, int min_dots);
    // A picture already in dots (0 or 255, e.g. load_slip_logo), centred; wider than the paper's
    // inner width is clipped at the margins.
    void picture(const InkCanvas& picture);
    void rule();  // a thin line across
    void gap(int dots);
    // The slip as printed, `bottom_dots` of paper after the last line.
    MonoImage finish(int bottom_dots = 24);

  private:
    void grow(int rows);
    InkCanvas canvas_;
    int margin_ = 0;
    int y_ = 0;
};

// The modules' size in dots for a QR at least `min_dots` wide that fits `max_dots`: whole dots,
// so every module prints the same; the largest that fits when min_dots cannot.
int qr_module_dots(int modules, int min_dots, int max_dots);

}  // namespace siang::print
