// Rounded card with a soft shadow: signed distance to a rounded rectangle gives an
// anti-aliased fill, and a blurred, slightly lowered copy of the same shape gives the shadow.
#version 330 core
in vec2 frag_local;
flat in vec2 frag_half_size;
flat in vec2 frag_radius_blur;
flat in vec4 frag_fill;
flat in vec4 frag_shadow_color;
layout(location = 0) out vec4 out_color;

float rounded_box(vec2 p, vec2 b, float r) {
    vec2 q = abs(p) - b + vec2(r);
    return length(max(q, 0.0)) + min(max(q.x, q.y), 0.0) - r;
}

void main() {
    float r = min(frag_radius_blur.x, min(frag_half_size.x, frag_half_size.y));
    float blur = frag_radius_blur.y;
    float d = rounded_box(frag_local, frag_half_size, r);
    // d is in pixels (cards are drawn unscaled and unrotated), so one pixel of anti-aliasing
    // needs no screen-space derivatives, which a software rasteriser computes at some cost.
    float fill_a = frag_fill.a * clamp(0.5 - d, 0.0, 1.0);

    float shadow_a = 0.0;
    if (blur > 0.0) {
        // Light from above: the shadow sits a third of the blur lower and spreads by the blur.
        float ds = rounded_box(frag_local - vec2(0.0, blur * 0.35), frag_half_size, r);
        shadow_a = frag_shadow_color.a * (1.0 - smoothstep(-blur, blur, ds));
    }
    // Card over shadow, then straight alpha for the usual blend.
    float a = fill_a + shadow_a * (1.0 - fill_a);
    vec3 rgb = (frag_fill.rgb * fill_a + frag_shadow_color.rgb * shadow_a * (1.0 - fill_a)) /
               max(a, 1e-6);
    out_color = vec4(rgb, a);
}
