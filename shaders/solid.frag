// ImGui geometry that only samples the atlas's white texel (filled shapes, lines, their
// anti-aliased fringes): the vertex colour alone, without the texture fetch that costs most
// on a software rasteriser. Same result as imgui.frag for such geometry.
#version 330 core
in vec4 frag_color;
layout(location = 0) out vec4 out_color;
void main() {
    out_color = frag_color;
}
