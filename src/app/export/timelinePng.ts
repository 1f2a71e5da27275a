/**
 * The timeline as the reader sees it, redrawn onto a canvas at the timeline element's size: boxes (backgrounds,
 * borders, dashed and dotted for approximate dates), and text nodes at the positions the browser laid them out.
 * Drawing ourselves, rather than an SVG foreignObject snapshot, keeps the canvas untainted under the page's CSP
 * and never turns document text into markup: titles are drawn with fillText.
 * Not drawn: images, shadows, gradients other than the year items' hatching (drawn as stripes).
 */

interface Clip {
  x: number;
  y: number;
  w: number;
  h: number;
}

const transparent = (c: string) => !c || c === 'transparent' || /rgba\(.*,\s*0\)$/.test(c);

function intersect(a: Clip, b: Clip): Clip {
  const x = Math.max(a.x, b.x);
  const y = Math.max(a.y, b.y);
  return { x, y, w: Math.max(0, Math.min(a.x + a.w, b.x + b.w) - x), h: Math.max(0, Math.min(a.y + a.h, b.y + b.h) - y) };
}

function roundedRect(ctx: CanvasRenderingContext2D, x: number, y: number, w: number, h: number, r: number): void {
  ctx.beginPath();
  if (r > 0 && ctx.roundRect) ctx.roundRect(x, y, w, h, Math.min(r, w / 2, h / 2));
  else ctx.rect(x, y, w, h);
}

function drawBox(ctx: CanvasRenderingContext2D, _el: Element, style: CSSStyleDeclaration, x: number, y: number, w: number, h: number): void {
  const radius = parseFloat(style.borderTopLeftRadius) || 0;
  if (!transparent(style.backgroundColor)) {
    ctx.fillStyle = style.backgroundColor;
    roundedRect(ctx, x, y, w, h, radius);
    ctx.fill();
  }
  if (style.backgroundImage.includes('repeating-linear-gradient')) {
    // the year items' hatching, as diagonal stripes in their border colour
    ctx.save();
    roundedRect(ctx, x, y, w, h, radius);
    ctx.clip();
    ctx.strokeStyle = style.borderTopColor;
    ctx.globalAlpha *= 0.25;
    ctx.lineWidth = 3;
    for (let sx = x - h; sx < x + w; sx += 12) {
      ctx.beginPath();
      ctx.moveTo(sx, y + h);
      ctx.lineTo(sx + h, y);
      ctx.stroke();
    }
    ctx.restore();
  }
  const sides: Array<[string, string, string, number, number, number, number]> = [
    ['Top', style.borderTopWidth, style.borderTopStyle, x, y, x + w, y],
    ['Right', style.borderRightWidth, style.borderRightStyle, x + w, y, x + w, y + h],
    ['Bottom', style.borderBottomWidth, style.borderBottomStyle, x, y + h, x + w, y + h],
    ['Left', style.borderLeftWidth, style.borderLeftStyle, x, y, x, y + h],
  ];
  const widths = sides.map((s) => parseFloat(s[1]) || 0);
  const uniform = widths.every((v) => v === widths[0]) && widths[0] > 0 && sides.every((s) => s[2] === sides[0][2]);
  const dash = (styleName: string, width: number) => (styleName === 'dashed' ? [width * 3, width * 2] : styleName === 'dotted' ? [width, width] : []);
  if (uniform && radius > 0) {
    const bw = widths[0];
    ctx.strokeStyle = style.borderTopColor;
    ctx.lineWidth = bw;
    ctx.setLineDash(dash(sides[0][2], bw));
    roundedRect(ctx, x + bw / 2, y + bw / 2, w - bw, h - bw, radius);
    ctx.stroke();
    ctx.setLineDash([]);
    return;
  }
  sides.forEach(([side, , styleName, x1, y1, x2, y2], i) => {
    const bw = widths[i];
    if (!bw || styleName === 'none' || styleName === 'hidden') return;
    ctx.strokeStyle = style.getPropertyValue(`border-${side.toLowerCase()}-color`);
    ctx.lineWidth = bw;
    ctx.setLineDash(dash(styleName, bw));
    // inset by half the width, as the browser draws borders inside the box
    const inX = side === 'Left' ? bw / 2 : side === 'Right' ? -bw / 2 : 0;
    const inY = side === 'Top' ? bw / 2 : side === 'Bottom' ? -bw / 2 : 0;
    ctx.beginPath();
    ctx.moveTo(x1 + inX, y1 + inY);
    ctx.lineTo(x2 + inX, y2 + inY);
    ctx.stroke();
  });
  ctx.setLineDash([]);
}

function drawText(ctx: CanvasRenderingContext2D, node: Text, style: CSSStyleDeclaration, ox: number, oy: number): void {
  const text = node.data.replace(/\s+/g, ' ');
  if (!text.trim()) return;
  ctx.font = `${style.fontStyle} ${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
  ctx.fillStyle = style.color;
  ctx.textBaseline = 'middle';
  const range = document.createRange();
  range.selectNodeContents(node);
  const rects = range.getClientRects();
  if (rects.length <= 1) {
    const r = range.getBoundingClientRect();
    if (r.width && r.height) ctx.fillText(text.trim(), r.left - ox, r.top - oy + r.height / 2);
    return;
  }
  // wrapped text: place each word where the browser put it
  const re = /\S+/g;
  for (let m = re.exec(node.data); m; m = re.exec(node.data)) {
    range.setStart(node, m.index);
    range.setEnd(node, m.index + m[0].length);
    const r = range.getBoundingClientRect();
    if (r.width && r.height) ctx.fillText(m[0], r.left - ox, r.top - oy + r.height / 2);
  }
}

function drawElement(ctx: CanvasRenderingContext2D, el: Element, origin: DOMRect, clip: Clip, alpha: number): void {
  const style = getComputedStyle(el);
  if (style.display === 'none') return;
  const opacity = alpha * (parseFloat(style.opacity) || (style.opacity === '0' ? 0 : 1));
  if (opacity === 0) return;
  const r = el.getBoundingClientRect();
  const x = r.left - origin.left;
  const y = r.top - origin.top;
  const visible = style.visibility !== 'hidden';
  ctx.save();
  ctx.beginPath();
  ctx.rect(clip.x, clip.y, clip.w, clip.h);
  ctx.clip();
  ctx.globalAlpha = opacity;
  if (visible && r.width > 0 && r.height > 0) drawBox(ctx, el, style, x, y, r.width, r.height);
  const childClip = style.overflow !== 'visible' ? intersect(clip, { x, y, w: r.width, h: r.height }) : clip;
  ctx.restore();
  if (childClip.w <= 0 || childClip.h <= 0) return;
  for (const child of el.childNodes) {
    if (child.nodeType === Node.ELEMENT_NODE) drawElement(ctx, child as Element, origin, childClip, opacity);
    else if (child.nodeType === Node.TEXT_NODE && visible) {
      ctx.save();
      ctx.beginPath();
      ctx.rect(childClip.x, childClip.y, childClip.w, childClip.h);
      ctx.clip();
      ctx.globalAlpha = opacity;
      drawText(ctx, child as Text, style, origin.left, origin.top);
      ctx.restore();
    }
  }
}

/** A PNG of the element as laid out now, at its size in CSS pixels. */
export async function timelinePng(host: HTMLElement): Promise<Blob> {
  const origin = host.getBoundingClientRect();
  const width = Math.round(origin.width);
  const height = Math.round(origin.height);
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const ctx = canvas.getContext('2d')!;
  // the page background behind the timeline's own
  ctx.fillStyle = getComputedStyle(document.body).backgroundColor;
  ctx.fillRect(0, 0, width, height);
  drawElement(ctx, host, origin, { x: 0, y: 0, w: width, h: height }, 1);
  return new Promise((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('the browser could not encode a PNG'))), 'image/png'));
}
