// One process-wide display-text cache shared by every text path of the UI.
#include "ui/display_text.hpp"

#include "text/display_text_cache.hpp"

namespace siang::ui {

std::string_view display_text(std::string_view utf8) {
    // Large enough for every distinct string of the busiest screen in one frame.
    static text::DisplayTextCache cache(8192);
    return cache.get(utf8);
}

}  // namespace siang::ui
