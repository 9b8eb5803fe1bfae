// The layout probe's recorder.
#include "ui/layout_probe.hpp"

#include <imgui_internal.h>

#include <utility>

namespace siang::ui::probe {
namespace {

std::vector<Item> items;
int key_depth = 0;
int clip_depth = 0;

Item make(Kind kind, ImVec2 min, ImVec2 max, std::string_view label) {
    Item i;
    i.kind = kind;
    i.min = min;
    i.max = max;
    if (const ImGuiContext* g = ImGui::GetCurrentContext(); g != nullptr && g->CurrentWindow) {
        ImDrawList* list = ImGui::GetWindowDrawList();
        i.clip_min = list->GetClipRectMin();
        i.clip_max = list->GetClipRectMax();
    } else {
        i.clip_min = min;
        i.clip_max = max;
    }
    // A child window is a scroll area: what it cuts off is scrolled out of view, by design.
    const ImGuiContext* g = ImGui::GetCurrentContext();
    const bool in_child = g != nullptr && g->CurrentWindow != nullptr &&
                          (g->CurrentWindow->Flags & ImGuiWindowFlags_ChildWindow) != 0;
    i.clip_expected = clip_depth > 0 || in_child;
    i.label = std::string(label);
    return i;
}

}  // namespace

void start() {
    items.clear();
    active = true;
}

std::vector<Item> stop() {
    active = false;
    return std::exchange(items, {});
}

std::vector<Item> take() {
    return std::exchange(items, {});
}

void touch(std::string_view id, ImVec2 min, ImVec2 max) {
    if (!active) return;
    items.push_back(make(key_depth > 0 ? Kind::key : Kind::touch, min, max, id));
}

void text(const ImFont* font, ImVec2 min, ImVec2 max, std::string_view utf8) {
    if (!active || utf8.empty()) return;
    Item i = make(Kind::text, min, max, utf8);
    i.font = font;
    i.text_height = cap_height(font);
    items.push_back(std::move(i));
}

void help_note(ImVec2 min, ImVec2 max, std::string_view what) {
    if (active) items.push_back(make(Kind::help_note, min, max, what));
}

void overlay(ImVec2 min, ImVec2 max) {
    if (active) items.push_back(make(Kind::overlay, min, max, "overlay"));
}

namespace {

float ink_height(const ImFont* font, ImWchar c) {
    if (font == nullptr) return 0.0f;
    const ImFontGlyph* g = font->FindGlyphNoFallback(c);
    return g != nullptr ? g->Y1 - g->Y0 : 0.0f;
}

}  // namespace

void panel(ImVec2 min, ImVec2 max) {
    if (active) items.push_back(make(Kind::panel, min, max, "panel"));
}

float cap_height(const ImFont* font) {
    return ink_height(font, 'H');
}

float consonant_height(const ImFont* font) {
    return ink_height(font, 0x0E01);
}

KeyScope::KeyScope() {
    ++key_depth;
}
KeyScope::~KeyScope() {
    --key_depth;
}
ClipExpected::ClipExpected() {
    ++clip_depth;
}
ClipExpected::~ClipExpected() {
    --clip_depth;
}

}  // namespace siang::ui::probe
