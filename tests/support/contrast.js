// Loaded into a copy of one of our web pages by contrast.sh: every element that shows text of its
// own is checked, as the browser laid it out, against the background it really sits on (the
// nearest ancestor with an opaque one), by WCAG 2's contrast ratio: 4.5:1, or 3:1 for large text
// (24 px, or 18.66 px bold). The verdict is written into the page for --dump-dom to carry out.
(function () {
  function rgb(css) {
    const m = css.match(/rgba?\(([\d.]+),\s*([\d.]+),\s*([\d.]+)(?:,\s*([\d.]+))?\)/);
    return m ? {r: +m[1], g: +m[2], b: +m[3], a: m[4] === undefined ? 1 : +m[4]} : null;
  }
  function luminance(c) {
    const lin = v => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * lin(c.r) + 0.7152 * lin(c.g) + 0.0722 * lin(c.b);
  }
  function background(el) {
    for (let e = el; e; e = e.parentElement) {
      const c = rgb(getComputedStyle(e).backgroundColor);
      if (c && c.a >= 0.99) return c;
    }
    return {r: 255, g: 255, b: 255, a: 1};
  }
  const lines = [];
  let checked = 0;
  for (const el of document.body.querySelectorAll('*')) {
    const own = Array.from(el.childNodes).some(n => n.nodeType === 3 && n.textContent.trim() !== '');
    if (!own || el.getClientRects().length === 0) continue;
    const style = getComputedStyle(el);
    if (style.visibility === 'hidden' || +style.opacity === 0) continue;
    const fg = rgb(style.color), bg = background(el);
    const [hi, lo] = [luminance(fg), luminance(bg)].sort((a, b) => b - a);
    const ratio = (hi + 0.05) / (lo + 0.05);
    const size = parseFloat(style.fontSize), bold = parseInt(style.fontWeight, 10) >= 700;
    const need = size >= 24 || (bold && size >= 18.66) ? 3 : 4.5;
    checked++;
    if (ratio < need)
      lines.push('LOW ' + ratio.toFixed(2) + ':1 < ' + need + ':1 <' + el.tagName.toLowerCase() +
                 (el.className ? '.' + el.className : '') + '> ' + style.color + ' on rgb(' +
                 bg.r + ', ' + bg.g + ', ' + bg.b + ') "' + el.textContent.trim().slice(0, 40) + '"');
  }
  const out = document.createElement('pre');
  out.id = 'contrast-verdict';
  out.textContent = 'CHECKED ' + checked + '\n' + lines.join('\n');
  document.body.appendChild(out);
})();
