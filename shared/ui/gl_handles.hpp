// RAII owners of OpenGL object names (buffers, vertex arrays, shaders, programs, textures,
// framebuffers, renderbuffers). Internal to siang_ui: includes the glad loader.
#pragma once

#include <glad/gl.h>

#include <utility>

namespace siang::ui::gl {

// Owns one GL object name; `Deleter` frees it. Move-only; 0 means "none".
template <class Deleter>
class Handle {
  public:
    Handle() = default;
    explicit Handle(GLuint name) : name_(name) {}
    Handle(Handle&& o) noexcept : name_(std::exchange(o.name_, 0)) {}
    Handle& operator=(Handle&& o) noexcept {
        if (this != &o) {
            reset();
            name_ = std::exchange(o.name_, 0);
        }
        return *this;
    }
    Handle(const Handle&) = delete;
    Handle& operator=(const Handle&) = delete;
    ~Handle() { reset(); }

    GLuint get() const { return name_; }
    explicit operator bool() const { return name_ != 0; }
    void reset() {
        if (name_ != 0) Deleter{}(std::exchange(name_, 0));
    }

  private:
    GLuint name_ = 0;
};

struct DeleteBuffer {
    void operator()(GLuint n) const { glDeleteBuffers(1, &n); }
};
struct DeleteVertexArray {
    void operator()(GLuint n) const { glDeleteVertexArrays(1, &n); }
};
struct DeleteShader {
    void operator()(GLuint n) const { glDeleteShader(n); }
};
struct DeleteProgram {
    void operator()(GLuint n) const { glDeleteProgram(n); }
};
struct DeleteTexture {
    void operator()(GLuint n) const { glDeleteTextures(1, &n); }
};
struct DeleteFramebuffer {
    void operator()(GLuint n) const { glDeleteFramebuffers(1, &n); }
};
struct DeleteRenderbuffer {
    void operator()(GLuint n) const { glDeleteRenderbuffers(1, &n); }
};

using Buffer = Handle<DeleteBuffer>;
using VertexArray = Handle<DeleteVertexArray>;
using Shader = Handle<DeleteShader>;
using Program = Handle<DeleteProgram>;
using Texture = Handle<DeleteTexture>;
using Framebuffer = Handle<DeleteFramebuffer>;
using Renderbuffer = Handle<DeleteRenderbuffer>;

// Generates one name with a glGen* function (e.g. glGenBuffers) and owns it.
template <class H, class Gen>
H generate(Gen gen) {
    GLuint n = 0;
    gen(1, &n);
    return H(n);
}
inline Buffer make_buffer() {
    return generate<Buffer>(glGenBuffers);
}
inline VertexArray make_vertex_array() {
    return generate<VertexArray>(glGenVertexArrays);
}
inline Texture make_texture() {
    return generate<Texture>(glGenTextures);
}
inline Framebuffer make_framebuffer() {
    return generate<Framebuffer>(glGenFramebuffers);
}
inline Renderbuffer make_renderbuffer() {
    return generate<Renderbuffer>(glGenRenderbuffers);
}

}  // namespace siang::ui::gl
