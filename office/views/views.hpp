// The staff console's views: each draws one frame from the console state.
#pragma once

#include <string>

#include "ui/app_loop.hpp"

namespace siang::office {

struct OfficeState {
    std::string lang = "th";
    std::string office_name = "สำนักงานเทศบาลตำบล";  // from configuration once it exists
};

// Placeholder home view: the office's name and what the console will hold.
void draw_home(const OfficeState& state, ui::Frame& frame);

}  // namespace siang::office
