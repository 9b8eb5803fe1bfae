// Slip layout on an ink canvas: fonts by paper width, wrapped paragraphs, the QR, rules.
#include "print/slip_writer.hpp"

#include <algorithm>

#include "text/line_wrap.hpp"
#include "text/thai_display.hpp"
#include "ui/font_locator.hpp"

namespace siang::print {

Result<SlipFonts> load_slip_fonts(int width_dots) {
    auto regular = ui::locate_font("Loma", "Regular");
    if (!regular) return std::unexpected(regular.error());
    auto bold = ui::locate_font("Loma", "Bold");
    const bool fake_bold = !bold;
    const std::string& bold_path = bold ? *bold : *regular;
    // At 8 dots/mm: body 3.5 mm em on 80 mm paper, 3 mm on 58 mm (Thai marks need the height).
    const bool wide = width_dots >= 576;
    auto body = SlipFont::open(*regular, wide ? 28 : 24);
    auto small = SlipFont::open(*regular, wide ? 24 : 21);
    auto heading = SlipFont::open(bold_path, wide ? 34 : 28, fake_bold);
    // "1234 5678 9012" across nearly the whole paper.
    auto code = SlipFont::open(bold_path, wide ? 64 : 44, fake_bold);
    for (auto* f : {&body, &small, &heading, &code})
        if (!*f) return std::unexpected(f->error());
    return SlipFonts{std::move(*body), std::move(*small), std::move(*heading), std::move(*code)};
}

SlipWriter::SlipWriter(int width_dots, int margin_dots)
    : canvas_(width_dots, 0), margin_(margin_dots), y_(margin_dots) {}

void SlipWriter::grow(int rows) {
    if (rows <= canvas_.height) return;
    canvas_.ink.resize(static_cast<std::size_t>(canvas_.width) * static_cast<std::size_t>(rows), 0);
    canvas_.height = rows;
}

void SlipWriter::paragraph(const SlipFont& font, std::string_view utf8, Align align) {
    const auto measure = [&font](std::string_view s) {
        return static_cast<float>(font.measure(text::to_display(s)));
    };
    for (const text::WrappedLine& line :
         text::wrap_text(utf8, static_cast<float>(inner_width()), measure)) {
        const std::string display = text::to_display(utf8.substr(line.begin, line.end - line.begin));
        const int w = font.measure(display);
        const int x = align == Align::centre ? margin_ + std::max(0, (inner_width() - w) / 2) : margin_;
        grow(y_ + font.line_height());
        // The baseline sits a little below the ascent: a lowered tone mark or a lower vowel
        // (ฎุ) stays inside the line.
        font.draw(canvas_, x, y_ + font.ascent() + font.px() / 10, display);
        y_ += font.line_height();
    }
}

int qr_module_dots(int modules, int min_dots, int max_dots) {
    if (modules <= 0) return 0;
    const int fits = std::max(1, max_dots / modules);
    const int wanted = (min_dots + modules - 1) / modules;
    return std::min(fits, std::max(1, wanted));
}

void SlipWriter::qr(const qr::QrMatrix& matrix, int min_dots) {
    const int scale = qr_module_dots(matrix.size, min_dots, inner_width());
    const int side = matrix.size * scale;
    const int x0 = (canvas_.width - side) / 2;
    grow(y_ + side);
    for (int my = 0; my < matrix.size; ++my)
        for (int mx = 0; mx < matrix.size; ++mx)
            if (matrix.at(mx, my)) canvas_.fill(x0 + mx * scale, y_ + my * scale, scale, scale);
    y_ += side;
}

void SlipWriter::picture(const InkCanvas& picture) {
    const int x0 = margin_ + std::max(0, (inner_width() - picture.width) / 2);
    grow(y_ + picture.height);
    for (int y = 0; y < picture.height; ++y)
        for (int x = 0; x < std::min(picture.width, inner_width()); ++x)
            canvas_.add(x0 + x, y_ + y, picture.at(x, y));
    y_ += picture.height;
}

void SlipWriter::rule() {
    gap(6);
    grow(y_ + 2);
    canvas_.fill(margin_, y_, inner_width(), 2);
    y_ += 2;
    gap(6);
}

void SlipWriter::gap(int dots) {
    y_ += std::max(0, dots);
    grow(y_);
}

MonoImage SlipWriter::finish(int bottom_dots) {
    gap(bottom_dots);
    return threshold(canvas_);
}

}  // namespace siang::print
