// Compiling and linking the embedded GLSL programs. Internal to siang_ui.
#pragma once

#include <string_view>

#include "core/error.hpp"
#include "ui/gl_handles.hpp"

namespace siang::ui::gl {

// Links a program from two embedded shader files (base names in shaders/, e.g. "imgui.vert").
// Fails with the GL info log when a shader is missing or does not compile or link.
Result<Program> link_embedded_program(std::string_view vertex_file, std::string_view fragment_file);

}  // namespace siang::ui::gl
