/**
 * read: the bytes of one file → its text (HTML reduced to the article, Markdown to plain lines),
 * or a warning that says why the file is skipped. Pure and browser-safe: TextDecoder, no Buffer.
 */
import { parseDocument } from 'htmlparser2';
import type { ChildNode, Element } from 'domhandler';
import type { BuildWarning, HtmlMeta, ReadResult } from './types';
import { FURNITURE_CLASS_WORDS } from './lexicon/chrome';

type Format = 'text' | 'markdown' | 'html';

const FORMAT_BY_EXTENSION: Record<string, Format> = { txt: 'text', md: 'markdown', markdown: 'markdown', html: 'html', htm: 'html' };

export function readDocument(id: string, bytes: Uint8Array): ReadResult {
  const skip = (code: string, message: string): ReadResult => ({ ok: false, warning: { doc: id, code, message } });
  const extension = /\.([^./\\]+)$/.exec(id)?.[1]?.toLowerCase() ?? '';
  const format = FORMAT_BY_EXTENSION[extension];
  if (!format) {
    return skip(
      'unsupported-type',
      extension ? `unsupported file type ".${extension}" (reads .txt, .md, .html, .htm)` : 'file has no extension; reads .txt, .md, .html, .htm',
    );
  }
  if (bytes.length === 0) return skip('empty', 'empty file');
  const binary = describeBinary(bytes);
  if (binary) return skip('binary', `binary data (${binary}), not text`);

  const decoded = decodeText(bytes);
  const warnings: BuildWarning[] = [];
  if (decoded.encoding === 'windows-1252') {
    warnings.push({ doc: id, code: 'decoded-windows-1252', message: 'not valid UTF-8; decoded as Windows-1252' });
  }
  const text = decoded.text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  if (controlShare(text) > 0.1) return skip('binary', 'binary data (many control characters), not text');

  const { raw, meta } = format === 'html' ? htmlToText(text) : format === 'markdown' ? markdownToText(text) : { raw: text, meta: {} };
  if (raw.trim() === '') {
    return skip('empty', text.trim() === '' ? 'empty file (whitespace only)' : `no article text found in the ${format === 'html' ? 'HTML page' : 'file'}`);
  }
  return { ok: true, raw, format, encoding: decoded.encoding, warnings, meta };
}

// ---------------------------------------------------------------- bytes → string

const MAGIC: Array<[number[], string]> = [
  [[0x89, 0x50, 0x4e, 0x47], 'looks like PNG image'],
  [[0xff, 0xd8, 0xff], 'looks like JPEG image'],
  [[0x47, 0x49, 0x46, 0x38], 'looks like GIF image'],
  [[0x25, 0x50, 0x44, 0x46], 'looks like PDF document'],
  [[0x50, 0x4b, 0x03, 0x04], 'looks like ZIP archive or Office document'],
  [[0x1f, 0x8b], 'looks like gzip archive'],
  [[0x52, 0x49, 0x46, 0x46], 'looks like RIFF media (WebP, WAV, AVI)'],
];

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

function hasUtf16Bom(bytes: Uint8Array): boolean {
  return startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff]);
}

/**
 * UTF-16 saved without a byte order mark (some Windows tools, exports from old mail clients): text in the Latin
 * script is then every other byte NUL. Said only when the sample is that pattern through and through, NUL on one
 * side of each pair and printable ASCII on the other, so binary data with NUL bytes is still told from text.
 */
function utf16WithoutBom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const pairs = Math.floor(Math.min(bytes.length, 8192) / 2);
  if (pairs < 4) return null;
  const printable = (b: number) => b === 0x09 || b === 0x0a || b === 0x0d || (b >= 0x20 && b < 0x7f);
  let le = 0;
  let be = 0;
  for (let i = 0; i < pairs; i++) {
    const first = bytes[2 * i];
    const second = bytes[2 * i + 1];
    if (second === 0 && printable(first)) le++;
    if (first === 0 && printable(second)) be++;
  }
  if (le >= pairs * 0.9) return 'utf-16le';
  if (be >= pairs * 0.9) return 'utf-16be';
  return null;
}

/** A reason the bytes are not text, or null. UTF-16 (with BOM, or unmistakable without) has NUL bytes but is text. */
function describeBinary(bytes: Uint8Array): string | null {
  for (const [magic, name] of MAGIC) if (startsWith(bytes, magic)) return name;
  if (hasUtf16Bom(bytes) || utf16WithoutBom(bytes)) return null;
  const sample = bytes.subarray(0, 8192);
  if (sample.includes(0)) return 'contains NUL bytes';
  return null;
}

function decodeText(bytes: Uint8Array): { text: string; encoding: string } {
  if (startsWith(bytes, [0xff, 0xfe])) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  if (startsWith(bytes, [0xfe, 0xff])) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  const utf16 = utf16WithoutBom(bytes);
  if (utf16) return { text: new TextDecoder(utf16).decode(bytes), encoding: utf16 };
  try {
    // ignoreBOM: keep a UTF-8 BOM in the string so it is removed in one place, with the others.
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: windows1252C1(new TextDecoder('windows-1252').decode(bytes)), encoding: 'windows-1252' };
  }
}

/** Bytes 0x80–0x9F in Windows-1252 (the curly quotes and dashes of old Word files). */
const WINDOWS_1252_C1 = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';

/**
 * Some runtimes (Node built without full ICU) decode "windows-1252" as Latin-1, leaving 0x96 as the
 * control U+0096 instead of "–". Map the C1 range the way browsers do.
 */
function windows1252C1(text: string): string {
  return text.replace(/[\u0080-\u009F]/g, (c) => WINDOWS_1252_C1[c.charCodeAt(0) - 0x80]);
}

/** Share of control characters other than tab and newline: high in binary data read as text. */
function controlShare(text: string): number {
  const sample = text.slice(0, 8192);
  if (sample.length === 0) return 0;
  // biome-ignore lint/suspicious/noControlCharactersInRegex: counting control characters is how a binary file is told from text
  const controls = sample.match(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g)?.length ?? 0;
  return controls / sample.length;
}

// ---------------------------------------------------------------- HTML → article text

const DROPPED_TAGS = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'iframe',
  'nav',
  'header',
  'footer',
  'aside',
  'form',
  'button',
  'head',
  'select',
  'canvas',
  'video',
  'audio',
  'picture',
  'figure',
  'figcaption',
]);
const BLOCK_TAGS = new Set([
  'p',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'li',
  'div',
  'br',
  'tr',
  'blockquote',
  'section',
  'article',
  'main',
  'ul',
  'ol',
  'dl',
  'dt',
  'dd',
  'pre',
  'hr',
  'table',
  'address',
]);

function isElement(node: ChildNode): node is Element {
  return node.type === 'tag' || node.type === 'script' || node.type === 'style';
}

/*
 * Every walk over the tree below keeps its own stack instead of recursing: a page nested 20,000 levels deep
 * (broken markup, or a hostile file) would overflow the call stack and lose the whole document.
 */

/** Elements passing `test`, in document order. */
function findAll(nodes: ChildNode[], test: (el: Element) => boolean): Element[] {
  const out: Element[] = [];
  const stack: ChildNode[] = [...nodes].reverse();
  while (stack.length) {
    const node = stack.pop()!;
    if (!isElement(node)) continue;
    if (test(node)) out.push(node);
    for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]);
  }
  return out;
}

function textOf(root: ChildNode): string {
  const parts: string[] = [];
  const stack: ChildNode[] = [root];
  while (stack.length) {
    const node = stack.pop()!;
    if (node.type === 'text') parts.push(node.data);
    else if (isElement(node)) for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]);
  }
  return parts.join('');
}

/** Element is hidden from readers: `hidden`, `aria-hidden="true"`, or `display:none`. */
function isHidden(el: Element): boolean {
  return 'hidden' in el.attribs || el.attribs['aria-hidden'] === 'true' || /display\s*:\s*none/i.test(el.attribs.style ?? '');
}

/**
 * Parts of a page that are not the article, told by their markup: an embedded tweet or post
 * (`<blockquote class="twitter-tweet">`), the reader comments, photo captions and credits, related-story
 * boxes, and anything the page marks as complementary. Which class and id words count is data, in
 * lexicon/chrome.ts.
 */
export function furnitureElement(el: Element): string | null {
  if (el.attribs.role === 'complementary') return 'aside';
  const words = `${el.attribs.class ?? ''} ${el.attribs.id ?? ''}`.toLowerCase().split(/\s+/).filter(Boolean);
  for (const [rule, pattern] of FURNITURE_CLASS_WORDS) {
    if (!words.some((w) => pattern.test(w))) continue;
    // A wrapper named after something it also holds ("story-related-wrapper" around the headline) is not furniture.
    if ((rule === 'caption' || rule === 'related-stories') && findAll(el.children, (inner) => inner.name === 'h1').length > 0) return null;
    return rule;
  }
  return null;
}

type RenderStep = { node: ChildNode; inArticle: boolean } | { close: string };

function renderBlocks(nodes: ChildNode[], out: string[], inArticle = false): void {
  const stack: RenderStep[] = nodes.map((node) => ({ node, inArticle })).reverse();
  while (stack.length) {
    const step = stack.pop()!;
    if ('close' in step) {
      out.push(step.close);
      continue;
    }
    const { node } = step;
    if (node.type === 'text') out.push(node.data);
    if (!isElement(node)) continue;
    const tag = node.name.toLowerCase();
    // An <article>'s own <header> holds its headline and byline; the page's <header> is chrome.
    const keptHeader = tag === 'header' && step.inArticle;
    if ((DROPPED_TAGS.has(tag) && !keptHeader) || isHidden(node) || furnitureElement(node)) continue;
    const block = BLOCK_TAGS.has(tag);
    if (block) out.push('\n');
    if (tag === 'td' || tag === 'th') out.push(' ');
    if (block) stack.push({ close: '\n' });
    const childInArticle = step.inArticle || tag === 'article';
    for (let i = node.children.length - 1; i >= 0; i--) stack.push({ node: node.children[i], inArticle: childInArticle });
  }
}

function tidyLines(text: string): string {
  return text
    .split('\n')
    .map((line) => line.replace(/[ \t\u00A0\u2009\u200B]+/g, ' ').trim())
    .filter((line) => line !== '')
    .join('\n');
}

function htmlToText(html: string): { raw: string; meta: HtmlMeta } {
  const dom = parseDocument(html, { decodeEntities: true, lowerCaseTags: true });
  const meta = readHtmlMeta(dom.children);
  const main = findAll(dom.children, (el) => el.name === 'article')[0] ?? findAll(dom.children, (el) => el.name === 'main' || el.attribs.role === 'main')[0];
  const out: string[] = [];
  if (main) {
    // Many pages put the headline above <article>: keep the page's <h1> when the article has none.
    const hasHeading = findAll(main.children, (el) => el.name === 'h1').length > 0;
    const pageHeading = findAll(dom.children, (el) => el.name === 'h1')[0];
    if (!hasHeading && pageHeading) out.push(textOf(pageHeading), '\n');
    renderBlocks(main.children, out, main.name === 'article');
  } else {
    const body = findAll(dom.children, (el) => el.name === 'body')[0];
    renderBlocks(body ? body.children : dom.children, out);
  }
  return { raw: tidyLines(out.join('')), meta };
}

function readHtmlMeta(nodes: ChildNode[]): HtmlMeta {
  const metaTags = findAll(nodes, (el) => el.name === 'meta');
  const metaContent = (...keys: string[]): string | undefined => {
    for (const key of keys) {
      const tag = metaTags.find((el) => (el.attribs.property ?? el.attribs.name ?? el.attribs.itemprop ?? '').toLowerCase() === key);
      const content = tag?.attribs.content?.trim();
      if (content) return content;
    }
    return undefined;
  };
  const jsonLd = readJsonLd(findAll(nodes, (el) => el.name === 'script' && (el.attribs.type ?? '').toLowerCase() === 'application/ld+json'));
  const titleTag = findAll(nodes, (el) => el.name === 'title')[0];
  // Only a <time> inside the article dates it: the page's other <time>s date related stories
  // ("More from Congress ... <time datetime="2025-01-03">" under a story published in March 2024).
  const article = findAll(nodes, (el) => el.name === 'article')[0];
  const timeTag = article ? findAll(article.children, (el) => el.name === 'time' && !!el.attribs.datetime)[0] : undefined;
  const clean = (s: string | undefined) => (s ? s.replace(/\s+/g, ' ').trim() || undefined : undefined);
  const meta: HtmlMeta = {};
  const title = clean(metaContent('og:title', 'twitter:title')) ?? clean(jsonLd.headline) ?? clean(titleTag && textOf(titleTag));
  const publisher = clean(metaContent('og:site_name', 'publisher', 'application-name')) ?? clean(jsonLd.publisher);
  const published =
    clean(
      metaContent(
        'article:published_time',
        'datepublished',
        'publishdate',
        'pubdate',
        'date',
        'dc.date',
        'dc.date.issued',
        'sailthru.date',
        'parsely-pub-date',
        'og:published_time',
        'publish-date',
        'publication_date',
        'article.published',
        'dcterms.created',
      ),
    ) ??
    clean(jsonLd.datePublished) ??
    clean(timeTag?.attribs.datetime);
  if (title) meta.title = title;
  if (publisher) meta.publisher = publisher;
  if (published) meta.published = published;
  return meta;
}

interface JsonLdFacts {
  headline?: string;
  publisher?: string;
  datePublished?: string;
}

/** Reads NewsArticle facts from JSON-LD blocks (a single object, an array, or an @graph). */
function readJsonLd(scripts: Element[]): JsonLdFacts {
  const facts: JsonLdFacts = {};
  // Iterative, like the tree walks: a JSON-LD block can be nested as deep as the page.
  const visit = (root: unknown): void => {
    const stack: unknown[] = [root];
    while (stack.length) {
      const value = stack.pop();
      if (Array.isArray(value)) {
        for (let i = value.length - 1; i >= 0; i--) stack.push(value[i]);
        continue;
      }
      if (!value || typeof value !== 'object') continue;
      const obj = value as Record<string, unknown>;
      if (typeof obj.datePublished === 'string') facts.datePublished ??= obj.datePublished;
      if (typeof obj.headline === 'string') facts.headline ??= obj.headline;
      const publisher = obj.publisher as Record<string, unknown> | string | undefined;
      if (typeof publisher === 'string') facts.publisher ??= publisher;
      else if (publisher && typeof publisher.name === 'string') facts.publisher ??= publisher.name;
      if (obj['@graph']) stack.push(obj['@graph']);
    }
  };
  for (const script of scripts) {
    try {
      visit(JSON.parse(textOf(script)));
    } catch {
      // A broken JSON-LD block is common on real pages; the other metadata still counts.
    }
  }
  return facts;
}

// ---------------------------------------------------------------- Markdown → plain lines

function markdownToText(markdown: string): { raw: string; meta: HtmlMeta } {
  const meta: HtmlMeta = {};
  let body = markdown;
  // YAML front matter ("---\ntitle: ...\ndate: 2024-11-30\n---") says what a page would say in <head>.
  const front = /^---\n([\s\S]*?)\n---\n/.exec(body);
  if (front) {
    body = body.slice(front[0].length);
    for (const line of front[1].split('\n')) {
      const m = /^(\w+)\s*:\s*["']?(.*?)["']?\s*$/.exec(line);
      if (!m?.[2]) continue;
      const key = m[1].toLowerCase();
      if (key === 'title') meta.title = m[2];
      else if (['publisher', 'site', 'site_name', 'source', 'outlet', 'publication'].includes(key)) meta.publisher = m[2];
      else if (key === 'date' || key === 'published') meta.published = m[2];
    }
  }
  let inFence = false;
  const lines: string[] = [];
  for (const line of body.split('\n')) {
    if (/^\s*(```|~~~)/.test(line)) {
      inFence = !inFence;
      continue;
    }
    if (inFence) {
      lines.push(line);
      continue;
    }
    if (/^\s*\[[^\]]+\]:\s*\S+/.test(line) || /^\s*([-*_]\s*){3,}$/.test(line)) continue; // link definitions, rules
    lines.push(
      markdownInline(
        line
          .replace(/^\s{0,3}#{1,6}\s+/, '')
          .replace(/\s+#+\s*$/, '')
          .replace(/^\s*>\s?/, ''),
      ),
    );
  }
  return {
    raw: lines
      .join('\n')
      .replace(/\n{3,}/g, '\n\n')
      .trim(),
    meta,
  };
}

function markdownInline(line: string): string {
  // (Each pattern is tried only on a line that holds a character every one of its matches holds: most lines of an
  // article have no markup, and each pattern was tried at every position of every line.)
  let out = line;
  if (out.includes('[')) {
    out = out
      .replace(/!\[[^\]]*\]\([^)]*\)/g, '') // images
      .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1') // [text](url)
      .replace(/\[([^\]]+)\]\[[^\]]*\]/g, '$1'); // [text][ref]
  }
  if (out.includes('*') || out.includes('_')) {
    out = out
      .replace(/(\*\*|__)(?=\S)(.+?)(?<=\S)\1/g, '$2')
      .replace(/(^|[^\w*])\*(?=\S)([^*\n]+?)(?<=\S)\*(?!\w)/g, '$1$2')
      .replace(/(^|[^\w])_(?=\S)([^_\n]+?)(?<=\S)_(?!\w)/g, '$1$2');
  }
  if (out.includes('~~')) out = out.replace(/~~(.+?)~~/g, '$1');
  if (out.includes('`')) out = out.replace(/`([^`]+)`/g, '$1');
  if (out.includes('<')) out = out.replace(/<([^>\n]+)>/g, (_, inner: string) => (bracketedName(inner) ? inner : '')); // inline HTML tags
  return out.replace(/[ \t]+$/, '');
}

// Inline elements a Markdown line may carry besides the block and dropped ones above.
const INLINE_TAGS = new Set([
  'a',
  'abbr',
  'b',
  'big',
  'cite',
  'code',
  'del',
  'em',
  'font',
  'i',
  'img',
  'ins',
  'mark',
  'q',
  's',
  'small',
  'span',
  'strike',
  'strong',
  'sub',
  'sup',
  'time',
  'u',
  'wbr',
]);

/**
 * "Alcatel NV was formed last year when ITT and <Cie Generale d'Electricite> of France merged their telecommunications
 * business": wire copy writes a company that has no ticker between angle brackets. A bracketed run that opens with a
 * capital and holds a lower-case letter or a space, no attribute ("=", quotes, "/") and no element's name first, is
 * that name, and stays as text; an HTML tag ("<br>", "<span class=x>", "</P>") and a quote code ("<BP.L>") go.
 */
function bracketedName(inner: string): boolean {
  if (!/^\p{Lu}/u.test(inner) || !/[\p{Ll} ]/u.test(inner) || /[=/"]/.test(inner)) return false;
  const first = inner.split(' ')[0].toLowerCase();
  return !INLINE_TAGS.has(first) && !BLOCK_TAGS.has(first) && !DROPPED_TAGS.has(first);
}
