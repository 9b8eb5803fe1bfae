// One process-wide display-text cache shared by every text path of the UI.
#include "ui/display_text.hpp"

#include "core/sensitive_memory.hpp"
#include "text/display_text_cache.hpp"

namespace siang::ui {

std::string_view display_text(std::string_view utf8) {
    // Large enough for every distinct string of the busiest screen in one frame.
    // It sees every prefix of what a citizen types: the wipe zeroes it (sensitive_memory.hpp).
    static text::DisplayTextCache cache = [] {
        register_sensitive_cache([] { cache.clear(); });
        return text::DisplayTextCache(8192);
    }();
    return cache.get(utf8);
}

}  // namespace siang::ui
