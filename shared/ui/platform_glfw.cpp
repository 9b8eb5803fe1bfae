// GLFW implementation of Platform: window, GL context, and our own input feed into ImGui.
#include <glad/gl.h>
// glad first: GLFW must not pull in the system GL header.
#include <GLFW/glfw3.h>

#include <array>
#include <atomic>
#include <cfloat>
#include <cstdio>
#include <string>
#include <utility>

#include "ui/key_latch.hpp"
#include "ui/platform.hpp"
#include "ui/pointer_queue.hpp"
#include "ui/x11_sub_present.hpp"

namespace siang::ui {
namespace {

std::string& last_glfw_error() {
    static std::string e;
    return e;
}

void on_glfw_error(int code, const char* description) {
    last_glfw_error() = std::to_string(code) + ": " + (description ? description : "");
    std::fprintf(stderr, "siang: GLFW error %s\n", last_glfw_error().c_str());
}

struct WindowFree {
    void operator()(GLFWwindow* w) const { glfwDestroyWindow(w); }
};

// Keeps glfwInit/glfwTerminate paired for the process's one platform.
struct GlfwLibrary {
    bool ok = false;
    GlfwLibrary() {
        glfwSetErrorCallback(&on_glfw_error);
        ok = glfwInit() == GLFW_TRUE;
    }
    ~GlfwLibrary() {
        if (ok) glfwTerminate();
    }
    GlfwLibrary(const GlfwLibrary&) = delete;
    GlfwLibrary& operator=(const GlfwLibrary&) = delete;
};

class GlfwPlatform final : public Platform {
  public:
    explicit GlfwPlatform(bool touch) : pointer_(touch) {}

    Result<void> open(const WindowOptions& o) {
        if (!library_.ok)
            return fail(Errc::display_failed, "GLFW init failed (no display? " + last_glfw_error() +
                                            "); for headless use run under xvfb-run -a");
        glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
        glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 3);
        glfwWindowHint(GLFW_OPENGL_PROFILE, GLFW_OPENGL_CORE_PROFILE);
        glfwWindowHint(GLFW_OPENGL_FORWARD_COMPAT, GLFW_TRUE);
        glfwWindowHint(GLFW_VISIBLE, o.visible ? GLFW_TRUE : GLFW_FALSE);
        glfwWindowHint(GLFW_SCALE_TO_MONITOR, GLFW_TRUE);
        // ImGui draws in painter's order with scissors only: GLFW's default 24-bit depth and
        // 8-bit stencil buffer would be a second screen-sized buffer (8 MB at 1920×1080, in the
        // process's own memory on a software renderer) that nothing ever reads.
        glfwWindowHint(GLFW_DEPTH_BITS, 0);
        glfwWindowHint(GLFW_STENCIL_BITS, 0);
        GLFWmonitor* monitor = nullptr;
        int w = o.width, h = o.height;
        if (o.fullscreen) {
            monitor = glfwGetPrimaryMonitor();
            if (const GLFWvidmode* mode = monitor ? glfwGetVideoMode(monitor) : nullptr) {
                w = mode->width;
                h = mode->height;
                glfwWindowHint(GLFW_REFRESH_RATE, mode->refreshRate);
            }
        }
        window_.reset(glfwCreateWindow(w, h, o.title.c_str(), monitor, nullptr));
        if (!window_)
            return fail(Errc::display_failed, "no OpenGL 3.3 core window: " + last_glfw_error());
        glfwMakeContextCurrent(window_.get());
        if (gladLoadGL(reinterpret_cast<GLADloadfunc>(&glfwGetProcAddress)) == 0)
            return fail(Errc::display_failed, "could not load OpenGL 3.3 core functions");
        glfwSwapInterval(1);
        sub_present_ = x11_sub_present_available(window_.get());
        install_callbacks();
        setup_imgui_io();
        return {};
    }

    void new_frame() override {
        ImGuiIO& io = ImGui::GetIO();
        int ww = 0, wh = 0, fw = 0, fh = 0;
        glfwGetWindowSize(window_.get(), &ww, &wh);
        glfwGetFramebufferSize(window_.get(), &fw, &fh);
        io.DisplaySize = {static_cast<float>(ww), static_cast<float>(wh)};
        if (ww > 0 && wh > 0)
            io.DisplayFramebufferScale = {static_cast<float>(fw) / static_cast<float>(ww),
                                          static_cast<float>(fh) / static_cast<float>(wh)};
        const double now = glfwGetTime();
        io.DeltaTime = last_time_ > 0.0 ? static_cast<float>(now - last_time_) : 1.0f / 60.0f;
        if (io.DeltaTime <= 0.0f) io.DeltaTime = 1.0e-5f;
        last_time_ = now;

        // Every press and release reaches ImGui, one change a frame, however they were batched.
        pointer_.feed(io);
        keys_.new_frame(io);  // a scanner's Enter, pressed and released in one batch, still counts
    }

    void present() override {
        glfwSwapBuffers(window_.get());
        shown_ = true;
    }

    bool keeps_back_buffer() const override { return sub_present_; }

    void present_part(int x0, int y0, int x1, int y1) override {
        int w = 0, h = 0;
        glfwGetFramebufferSize(window_.get(), &w, &h);
        if (!shown_) x0 = 0, y0 = 0, x1 = w, y1 = h;
        shown_ = true;
        if (x1 <= x0 || y1 <= y0) return;
        glFlush();  // what was drawn reaches the back buffer before it is copied
        x11_sub_present(window_.get(), x0, h - y1, x1 - x0, y1 - y0);
    }

    void wait_events(std::optional<double> timeout) override {
        if (pointer_.pending() || keys_.pending()) timeout = 0.0;  // queued input: no waiting
        if (!timeout)
            glfwWaitEvents();
        else if (*timeout <= 0.0)
            glfwPollEvents();
        else
            glfwWaitEventsTimeout(*timeout);
        if (woken_.exchange(false)) activity_ = true;
        if (pointer_.pending() || keys_.pending())
            activity_ = true;  // one more frame for the next queued change
    }

    bool take_activity() override { return std::exchange(activity_, false); }

    void wake() override {
        woken_ = true;
        glfwPostEmptyEvent();
    }

    bool should_close() const override { return glfwWindowShouldClose(window_.get()) != 0; }
    void request_close() override { glfwSetWindowShouldClose(window_.get(), GLFW_TRUE); }

    ImVec2 framebuffer_size() const override {
        int w = 0, h = 0;
        glfwGetFramebufferSize(window_.get(), &w, &h);
        return {static_cast<float>(w), static_cast<float>(h)};
    }

    float content_scale() const override {
        float x = 1.0f, y = 1.0f;
        glfwGetWindowContentScale(window_.get(), &x, &y);
        return x;
    }

    ImVec2 monitor_size() const override {
        GLFWmonitor* m = glfwGetWindowMonitor(window_.get());
        if (!m) m = glfwGetPrimaryMonitor();
        const GLFWvidmode* mode = m ? glfwGetVideoMode(m) : nullptr;
        return mode ? ImVec2{static_cast<float>(mode->width), static_cast<float>(mode->height)}
                    : ImVec2{1920.0f, 1080.0f};
    }

  private:
    static GlfwPlatform& self(GLFWwindow* w) {
        return *static_cast<GlfwPlatform*>(glfwGetWindowUserPointer(w));
    }

    void install_callbacks() {
        GLFWwindow* w = window_.get();
        glfwSetWindowUserPointer(w, this);
        glfwSetCursorPosCallback(w, [](GLFWwindow* win, double x, double y) {
            auto& p = self(win);
            p.cursor_ = {static_cast<float>(x), static_cast<float>(y)};
            p.pointer_.push_move(p.cursor_);
            p.activity_ = p.activity_ || p.pointer_.pending();
        });
        glfwSetMouseButtonCallback(w, [](GLFWwindow* win, int button, int action, int) {
            auto& p = self(win);
            // The last reported position, not a fresh query: the finger may already be gone.
            p.pointer_.push_button(button, action == GLFW_PRESS, p.cursor_);
            p.activity_ = true;
        });
        glfwSetScrollCallback(w, [](GLFWwindow* win, double dx, double dy) {
            ImGuiIO& io = ImGui::GetIO();
            io.MouseWheelH += static_cast<float>(dx);
            io.MouseWheel += static_cast<float>(dy);
            self(win).activity_ = true;
        });
        glfwSetKeyCallback(w, [](GLFWwindow* win, int key, int, int action, int mods) {
            ImGuiIO& io = ImGui::GetIO();
            if (action == GLFW_PRESS) self(win).keys_.press(io, key);
            if (action == GLFW_RELEASE) self(win).keys_.release(io, key);
            // GLFW reports the modifier state before this key changed it: fold the key in.
            const bool down = action != GLFW_RELEASE;
            io.KeyCtrl = (mods & GLFW_MOD_CONTROL) != 0;
            io.KeyShift = (mods & GLFW_MOD_SHIFT) != 0;
            io.KeyAlt = (mods & GLFW_MOD_ALT) != 0;
            io.KeySuper = (mods & GLFW_MOD_SUPER) != 0;
            if (key == GLFW_KEY_LEFT_CONTROL || key == GLFW_KEY_RIGHT_CONTROL) io.KeyCtrl = down;
            if (key == GLFW_KEY_LEFT_SHIFT || key == GLFW_KEY_RIGHT_SHIFT) io.KeyShift = down;
            if (key == GLFW_KEY_LEFT_ALT || key == GLFW_KEY_RIGHT_ALT) io.KeyAlt = down;
            if (key == GLFW_KEY_LEFT_SUPER || key == GLFW_KEY_RIGHT_SUPER) io.KeySuper = down;
            self(win).activity_ = true;
        });
        glfwSetCharCallback(w, [](GLFWwindow* win, unsigned int c) {
            ImGui::GetIO().AddInputCharacter(c);
            self(win).activity_ = true;
        });
        glfwSetWindowFocusCallback(w, [](GLFWwindow* win, int focused) {
            ImGui::GetIO().AddFocusEvent(focused != 0);
            self(win).activity_ = true;
        });
        glfwSetCursorEnterCallback(w, [](GLFWwindow* win, int entered) {
            if (!entered) self(win).pointer_.push_leave();
            self(win).activity_ = true;
        });
        // The window's pixels are lost or stale: the next frame is shown whole.
        glfwSetFramebufferSizeCallback(w, [](GLFWwindow* win, int, int) {
            self(win).activity_ = true;
            self(win).shown_ = false;
        });
        glfwSetWindowRefreshCallback(w, [](GLFWwindow* win) {
            self(win).activity_ = true;
            self(win).shown_ = false;
        });
        glfwSetWindowContentScaleCallback(
            w, [](GLFWwindow* win, float, float) { self(win).activity_ = true; });
    }

    void setup_imgui_io() {
        ImGuiIO& io = ImGui::GetIO();
        io.BackendPlatformName = "siang_glfw";
        io.BackendRendererName = "siang_gl33";
        io.BackendFlags |= ImGuiBackendFlags_RendererHasVtxOffset;
        io.IniFilename = nullptr;  // layout is code, not a file next to the binary
        io.LogFilename = nullptr;
        io.ClipboardUserData = window_.get();
        io.SetClipboardTextFn = [](void* w, const char* text) {
            glfwSetClipboardString(static_cast<GLFWwindow*>(w), text);
        };
        io.GetClipboardTextFn = [](void* w) {
            return glfwGetClipboardString(static_cast<GLFWwindow*>(w));
        };
        constexpr std::array<std::pair<ImGuiKey, int>, 22> map = {{
            {ImGuiKey_Tab, GLFW_KEY_TAB},
            {ImGuiKey_LeftArrow, GLFW_KEY_LEFT},
            {ImGuiKey_RightArrow, GLFW_KEY_RIGHT},
            {ImGuiKey_UpArrow, GLFW_KEY_UP},
            {ImGuiKey_DownArrow, GLFW_KEY_DOWN},
            {ImGuiKey_PageUp, GLFW_KEY_PAGE_UP},
            {ImGuiKey_PageDown, GLFW_KEY_PAGE_DOWN},
            {ImGuiKey_Home, GLFW_KEY_HOME},
            {ImGuiKey_End, GLFW_KEY_END},
            {ImGuiKey_Insert, GLFW_KEY_INSERT},
            {ImGuiKey_Delete, GLFW_KEY_DELETE},
            {ImGuiKey_Backspace, GLFW_KEY_BACKSPACE},
            {ImGuiKey_Space, GLFW_KEY_SPACE},
            {ImGuiKey_Enter, GLFW_KEY_ENTER},
            {ImGuiKey_Escape, GLFW_KEY_ESCAPE},
            {ImGuiKey_KeyPadEnter, GLFW_KEY_KP_ENTER},
            {ImGuiKey_A, GLFW_KEY_A},
            {ImGuiKey_C, GLFW_KEY_C},
            {ImGuiKey_V, GLFW_KEY_V},
            {ImGuiKey_X, GLFW_KEY_X},
            {ImGuiKey_Y, GLFW_KEY_Y},
            {ImGuiKey_Z, GLFW_KEY_Z},
        }};
        for (const auto& [imgui_key, glfw_key] : map) io.KeyMap[imgui_key] = glfw_key;
    }

    GlfwLibrary library_;
    std::unique_ptr<GLFWwindow, WindowFree> window_;
    PointerQueue pointer_;
    KeyLatch keys_;
    ImVec2 cursor_{-FLT_MAX, -FLT_MAX};
    bool activity_ = true;
    bool shown_ = false;        // the window shows the last frame presented (present_part)
    bool sub_present_ = false;  // present_part can copy part of the back buffer
    std::atomic<bool> woken_{false};
    double last_time_ = 0.0;
};

}  // namespace

Result<std::unique_ptr<Platform>> create_glfw_platform(const WindowOptions& options) {
    auto p = std::make_unique<GlfwPlatform>(options.touch);
    if (auto r = p->open(options); !r) return std::unexpected(r.error());
    return p;
}

}  // namespace siang::ui
