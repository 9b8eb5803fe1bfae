// Rounded card quad: pixel positions to clip space; `local` is the position relative to the
// card's centre in pixels, which the fragment shader measures distances from.
#version 330 core
uniform mat4 projection;
layout(location = 0) in vec2 position;
layout(location = 1) in vec2 local;
out vec2 frag_local;
void main() {
    frag_local = local;
    gl_Position = projection * vec4(position, 0.0, 1.0);
}
