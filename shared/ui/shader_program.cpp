// GLSL compile and link with readable errors.
#include "ui/shader_program.hpp"

#include <string>

#include "shaders.hpp"

namespace siang::ui::gl {
namespace {

Result<Shader> compile(GLenum stage, std::string_view file) {
    const std::string_view source = siang_embedded_shaders(file);
    if (source.empty())
        return fail(Errc::display_failed, "shader not embedded: " + std::string(file));
    Shader s(glCreateShader(stage));
    const char* text = source.data();
    const auto length = static_cast<GLint>(source.size());
    glShaderSource(s.get(), 1, &text, &length);
    glCompileShader(s.get());
    GLint ok = GL_FALSE;
    glGetShaderiv(s.get(), GL_COMPILE_STATUS, &ok);
    if (ok != GL_TRUE) {
        char log[2048] = {};
        glGetShaderInfoLog(s.get(), sizeof log, nullptr, log);
        return fail(Errc::display_failed, std::string(file) + ": " + log);
    }
    return s;
}

}  // namespace

Result<Program> link_embedded_program(std::string_view vertex_file,
                                      std::string_view fragment_file) {
    auto vs = compile(GL_VERTEX_SHADER, vertex_file);
    if (!vs) return std::unexpected(vs.error());
    auto fs = compile(GL_FRAGMENT_SHADER, fragment_file);
    if (!fs) return std::unexpected(fs.error());
    Program p(glCreateProgram());
    glAttachShader(p.get(), vs->get());
    glAttachShader(p.get(), fs->get());
    glLinkProgram(p.get());
    glDetachShader(p.get(), vs->get());
    glDetachShader(p.get(), fs->get());
    GLint ok = GL_FALSE;
    glGetProgramiv(p.get(), GL_LINK_STATUS, &ok);
    if (ok != GL_TRUE) {
        char log[2048] = {};
        glGetProgramInfoLog(p.get(), sizeof log, nullptr, log);
        return fail(Errc::display_failed,
                    std::string(vertex_file) + "+" + std::string(fragment_file) + ": " + log);
    }
    return p;
}

}  // namespace siang::ui::gl
