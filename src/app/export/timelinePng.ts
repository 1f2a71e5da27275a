/**
 * The timeline as the reader sees it, redrawn onto a canvas: boxes (backgrounds, borders, dashed and dotted for
 * approximate dates), and text nodes at the positions the browser laid them out, with a caption and a key.
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

/** What the picture says above the timeline: the collection's name, and its period and counts. */
export interface ImageCaption {
  title: string;
  subtitle: string;
}

/** Pixels per CSS pixel: sharp on a projector or in a printed handout, whatever the screen it was made on. */
export const IMAGE_SCALE = 2;
const MARGIN = 16;
const HEADER = 66;
const LEGEND = 34;

/** The image's size in CSS pixels for a timeline element of this size (times IMAGE_SCALE in the PNG). */
export function imageSize(hostWidth: number, hostHeight: number): { width: number; height: number } {
  return { width: Math.round(hostWidth) + 2 * MARGIN, height: HEADER + Math.round(hostHeight) + LEGEND + MARGIN };
}

/**
 * A PNG of the timeline as laid out now, ready for a slide or a handout: at IMAGE_SCALE, with the collection's
 * name, period and counts above it and the key to its marks below it.
 */
export async function timelinePng(host: HTMLElement, caption: ImageCaption): Promise<Blob> {
  const origin = host.getBoundingClientRect();
  const { width, height } = imageSize(origin.width, origin.height);
  const canvas = document.createElement('canvas');
  canvas.width = width * IMAGE_SCALE;
  canvas.height = height * IMAGE_SCALE;
  const ctx = canvas.getContext('2d')!;
  ctx.scale(IMAGE_SCALE, IMAGE_SCALE);
  const page = getComputedStyle(document.body);
  const font = page.fontFamily;
  ctx.fillStyle = page.backgroundColor;
  ctx.fillRect(0, 0, width, height);
  drawCaption(ctx, caption, width, font, page.color);
  ctx.save();
  ctx.translate(MARGIN, HEADER);
  drawElement(ctx, host, origin, { x: 0, y: 0, w: Math.round(origin.width), h: Math.round(origin.height) }, 1);
  ctx.restore();
  drawLegend(ctx, MARGIN, HEADER + Math.round(origin.height) + 22, font, host);
  return new Promise((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('the browser could not encode a PNG'))), 'image/png'));
}

/** The title, cut with an ellipsis only when it is wider than the image. */
function drawCaption(ctx: CanvasRenderingContext2D, caption: ImageCaption, width: number, font: string, color: string): void {
  ctx.textBaseline = 'alphabetic';
  ctx.fillStyle = color;
  ctx.font = `700 22px ${font}`;
  ctx.fillText(fitText(ctx, caption.title, width - 2 * MARGIN), MARGIN, 32);
  ctx.globalAlpha = 0.75;
  ctx.font = `15px ${font}`;
  ctx.fillText(fitText(ctx, caption.subtitle, width - 2 * MARGIN), MARGIN, 54);
  ctx.globalAlpha = 1;
}

function fitText(ctx: CanvasRenderingContext2D, text: string, max: number): string {
  if (ctx.measureText(text).width <= max) return text;
  let cut = text;
  while (cut.length > 1 && ctx.measureText(`${cut}…`).width > max) cut = cut.slice(0, -1);
  return `${cut.trimEnd()}…`;
}

/** The key to the marks, in the timeline's own colours: day, month, year, inferred, dates disagree. */
function drawLegend(ctx: CanvasRenderingContext2D, x: number, y: number, font: string, host: HTMLElement): void {
  const colours = getComputedStyle(host);
  const item = colours.getPropertyValue('--item').trim() || '#2f6db3';
  const line = colours.getPropertyValue('--approx-line').trim() || item;
  const fill = colours.getPropertyValue('--approx-bg').trim() || 'transparent';
  const text = colours.getPropertyValue('--muted').trim() || '#555';
  const warn = colours.getPropertyValue('--warn').trim() || '#a64b00';
  ctx.font = `13px ${font}`;
  ctx.textBaseline = 'middle';
  let at = x;
  const label = (s: string) => {
    ctx.fillStyle = text;
    ctx.fillText(s, at, y);
    at += ctx.measureText(s).width + 18;
  };
  ctx.fillStyle = item;
  ctx.beginPath();
  ctx.arc(at + 5, y, 5, 0, 2 * Math.PI);
  ctx.fill();
  at += 16;
  label('day');
  for (const [name, dash] of [
    ['week/month', [6, 4]],
    ['year', [2, 2]],
  ] as const) {
    ctx.fillStyle = fill;
    ctx.fillRect(at, y - 6, 24, 12);
    ctx.strokeStyle = line;
    ctx.lineWidth = 2;
    ctx.setLineDash([...dash]);
    ctx.strokeRect(at + 1, y - 5, 22, 10);
    ctx.setLineDash([]);
    at += 30;
    label(name);
  }
  ctx.font = `700 13px ${font}`;
  ctx.fillStyle = text;
  ctx.fillText('≈', at, y);
  at += 14;
  ctx.font = `13px ${font}`;
  label('inferred date');
  ctx.font = `700 13px ${font}`;
  ctx.fillStyle = warn;
  ctx.fillText('!', at, y);
  at += 10;
  ctx.font = `13px ${font}`;
  label('reports disagree on the date');
}
