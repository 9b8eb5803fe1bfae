// glXCopySubBufferMESA through GLFW's native X11 access, declared here as glfw3native.h declares
// it (whose header would want the Xrandr development headers for two types).
#include "ui/x11_sub_present.hpp"

#define GLFW_INCLUDE_NONE
#include <GLFW/glfw3.h>

// Xlib's and GLX's own definitions of the two types (X11/Xlib.h, GL/glx.h: an XID). The GLX
// window, not the X window: GLX renders directly only into the drawable it made.
using Display = struct _XDisplay;
using GLXWindow = unsigned long;
extern "C" {
Display* glfwGetX11Display(void);
GLXWindow glfwGetGLXWindow(GLFWwindow* window);
}

namespace siang::ui {
namespace {

using CopySubBuffer = void (*)(Display*, GLXWindow, int, int, int, int);

CopySubBuffer copy_sub_buffer() {
    // GLX hands out a pointer for any name: the extension string decides (x11_sub_present_available).
    static const auto f = reinterpret_cast<CopySubBuffer>(glfwGetProcAddress("glXCopySubBufferMESA"));
    return f;
}

}  // namespace

bool x11_sub_present_available(GLFWwindow* window) {
    return window && glfwGetX11Display() && glfwGetGLXWindow(window) &&
           glfwExtensionSupported("GLX_MESA_copy_sub_buffer") && copy_sub_buffer();
}

void x11_sub_present(GLFWwindow* window, int x, int y, int w, int h) {
    copy_sub_buffer()(glfwGetX11Display(), glfwGetGLXWindow(window), x, y, w, h);
}

}  // namespace siang::ui
