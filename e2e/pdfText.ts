/**
 * The text of a PDF that Chromium's page.pdf() wrote, good enough to check what a handout says: fonts' ToUnicode
 * maps decode the glyph codes of each Tj/TJ run. Chromium writes no object streams, so objects are found by regex.
 * Whitespace is unreliable (glyph positioning stands in for spaces); compare with whitespace removed (squash).
 */
import { inflateSync } from 'node:zlib';

function streamOf(pdf: Buffer, objStart: number, objEnd: number): Buffer | null {
  const head = pdf.indexOf('stream', objStart, 'latin1');
  if (head < 0 || head > objEnd) return null;
  let start = head + 6;
  if (pdf[start] === 0x0d) start++;
  if (pdf[start] === 0x0a) start++;
  const end = pdf.lastIndexOf('endstream', objEnd, 'latin1');
  try {
    return inflateSync(pdf.subarray(start, end));
  } catch {
    return null;
  }
}

function parseCmap(cmap: string): Map<string, string> {
  const map = new Map<string, string>();
  const hexToText = (hex: string) => String.fromCodePoint(...(hex.match(/.{4}/g) ?? []).map((h) => parseInt(h, 16)));
  for (const block of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
    for (const m of block[1].matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>/g)) map.set(m[1].toUpperCase(), hexToText(m[2]));
  }
  for (const block of cmap.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
    for (const m of block[1].matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>/g)) {
      const from = parseInt(m[1], 16);
      const to = parseInt(m[2], 16);
      const base = parseInt(m[3], 16);
      for (let c = from; c <= to; c++) map.set(c.toString(16).toUpperCase().padStart(m[1].length, '0'), String.fromCodePoint(base + c - from));
    }
  }
  return map;
}

export function pdfText(pdf: Buffer): string {
  const text = pdf.toString('latin1');
  const objects = new Map<string, { start: number; end: number; body: string }>();
  for (const m of text.matchAll(/(\d+) 0 obj/g)) {
    const end = text.indexOf('endobj', m.index);
    const streamAt = text.indexOf('stream', m.index);
    objects.set(m[1], { start: m.index!, end, body: text.slice(m.index, streamAt > 0 && streamAt < end ? streamAt : end) });
  }
  // font resource name -> its ToUnicode map
  const fonts = new Map<string, Map<string, string>>();
  for (const dict of text.matchAll(/\/Font\s*<<([^>]*)>>/g)) {
    for (const ref of dict[1].matchAll(/\/(\w+)\s+(\d+) 0 R/g)) {
      const font = objects.get(ref[2]);
      const uni = font && /\/ToUnicode\s+(\d+) 0 R/.exec(font.body);
      const cmapObj = uni && objects.get(uni[1]);
      const cmap = cmapObj && streamOf(pdf, cmapObj.start, cmapObj.end);
      if (cmap && !fonts.has(ref[1])) fonts.set(ref[1], parseCmap(cmap.toString('latin1')));
    }
  }
  const out: string[] = [];
  for (const obj of objects.values()) {
    const content = streamOf(pdf, obj.start, obj.end)?.toString('latin1');
    if (!content?.includes('Tf')) continue;
    let font: Map<string, string> | undefined;
    for (const op of content.matchAll(/\/(\w+)\s+[\d.]+\s+Tf|(<[0-9a-fA-F]*>|\[[^\]]*\])\s*T[jJ]|\bET\b/g)) {
      if (op[1]) font = fonts.get(op[1]);
      else if (op[2] && font) {
        for (const hex of op[2].matchAll(/<([0-9a-fA-F]*)>/g)) {
          const codes = hex[1].toUpperCase().match(/.{4}/g) ?? [];
          out.push(codes.map((c) => font!.get(c) ?? '').join(''));
        }
      } else out.push(' ');
    }
  }
  return out.join('');
}

/** compare text without whitespace and with ligatures (ﬁ) spelled out */
export const squash = (s: string) => s.normalize('NFKC').replace(/\s+/g, '');
