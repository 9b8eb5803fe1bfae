// Showing part of a GLFW window's back buffer on X11 (GLX_MESA_copy_sub_buffer), so a frame
// whose damage is a digit costs the copy of that digit, not of the whole screen.
#pragma once

struct GLFWwindow;

namespace siang::ui {

// Whether `window`'s GL context can copy a sub-rectangle of its back buffer to the window (an X11
// window whose GLX has GLX_MESA_copy_sub_buffer, as Mesa's software rasteriser does). Call with
// the context current.
bool x11_sub_present_available(GLFWwindow* window);

// Copies [x, x + w) × [y, y + h) of the back buffer (GL's rows, from the bottom) to the window,
// leaving the back buffer as it is. Only when x11_sub_present_available said yes.
void x11_sub_present(GLFWwindow* window, int x, int y, int w, int h);

}  // namespace siang::ui
