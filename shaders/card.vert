// Rounded card quad: pixel positions to clip space. `local` is the position relative to the
// card's centre in pixels; the card's shape and colours come per vertex so that every card of a
// frame lives in one buffer uploaded once (a buffer rewritten between draws stalls llvmpipe).
#version 330 core
uniform mat4 projection;
layout(location = 0) in vec2 position;
layout(location = 1) in vec2 local;
layout(location = 2) in vec2 half_size;     // card half extent in pixels
layout(location = 3) in vec2 radius_blur;   // corner radius, shadow softness (0: no shadow)
layout(location = 4) in vec4 fill;          // straight alpha
layout(location = 5) in vec4 shadow_color;  // straight alpha
out vec2 frag_local;
flat out vec2 frag_half_size;
flat out vec2 frag_radius_blur;
flat out vec4 frag_fill;
flat out vec4 frag_shadow_color;
void main() {
    frag_local = local;
    frag_half_size = half_size;
    frag_radius_blur = radius_blur;
    frag_fill = fill;
    frag_shadow_color = shadow_color;
    gl_Position = projection * vec4(position, 0.0, 1.0);
}
