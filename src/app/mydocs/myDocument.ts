/**
 * A document the reader added in the browser, as the file the extractor reads: an id (a path, as the CLI would
 * name it inside its input folder), a display name and the bytes. Pure: used by the dialog, the worker's tests
 * and the end-to-end test to know exactly which file a paste becomes.
 */

export interface MyDocument {
  /** "mine/belousov-visit-1a2b3c4d.txt": the path the same file would have under data/documents/ */
  id: string;
  /** what the reader called it: the file's name, or the title they gave, or "Pasted text" */
  name: string;
  bytes: Uint8Array;
}

export interface PastedArticle {
  text: string;
  title?: string;
  publisher?: string;
  /** "2024-11-30", as an <input type="date"> gives it */
  date?: string;
}

/** The extensions the read stage knows (read.ts); anything else is refused before it reaches the worker. */
export const ACCEPTED_EXTENSIONS = ['.txt', '.md', '.html', '.htm'];

/** FNV-1a over the bytes: a short, deterministic content tag so two different pastes never share an id. */
export function contentTag(bytes: Uint8Array): string {
  let h = 0x811c9dc5;
  for (const b of bytes) {
    h ^= b;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

/** "Putin & Kim: the <b>talks</b>" → "putin-kim-the-b-talks-b": safe in a path, a URL and on any file system. */
export function slug(text: string, max = 40): string {
  const s = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  // cut at a word: "…-pyongyang" rather than "…-pyongya"
  const cut = s.length > max ? s.slice(0, max + 1).replace(/-[^-]*$/, '') || s.slice(0, max) : s;
  return cut.replace(/-+$/, '') || 'document';
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

const oneLine = (s: string | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();

/** the name of a text pasted with no title */
export const PASTED_NAME = 'Pasted text';

/**
 * A paste becomes the file a reader would have saved. Without title, publisher or date it is the text itself, as
 * a .txt (exactly what they pasted, so the document stage reads its own headline, byline and dateline). With any
 * of them it becomes a small HTML page that states them in <head> the way news sites do (<title>, og:site_name,
 * article:published_time), which the read stage already understands: the given date becomes the publication
 * date (basis "metadata") without a second way in. The text goes in as escaped paragraphs, so markup someone
 * pasted (`<img onerror=…>`) stays text; a Markdown front matter would have been simpler but the Markdown
 * reader strips inline tags and emphasis from the body.
 */
export function fileFromPaste(article: PastedArticle): MyDocument {
  const title = oneLine(article.title);
  const publisher = oneLine(article.publisher);
  const date = /^\d{4}(-\d{2}(-\d{2})?)?$/.test(oneLine(article.date)) ? oneLine(article.date) : '';
  const text = article.text.replace(/\r\n?/g, '\n');
  const firstWords = text.trim().split(/\s+/).slice(0, 8).join(' ');
  const base = slug(title || firstWords);
  let content: string;
  let ext: string;
  if (!title && !publisher && !date) {
    content = text;
    ext = 'txt';
  } else {
    const head = [
      '<meta charset="utf-8">',
      title && `<title>${escapeHtml(title)}</title>`,
      publisher && `<meta property="og:site_name" content="${escapeHtml(publisher)}">`,
      date && `<meta property="article:published_time" content="${date}">`,
    ].filter(Boolean);
    const paragraphs = text
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line !== '')
      .map((line) => `<p>${escapeHtml(line)}</p>`);
    content = `<!doctype html>\n<html lang="en">\n<head>\n${head.join('\n')}\n</head>\n<body>\n<article>\n${paragraphs.join('\n')}\n</article>\n</body>\n</html>\n`;
    ext = 'html';
  }
  const bytes = new TextEncoder().encode(content);
  return { id: `mine/${base}-${contentTag(bytes)}.${ext}`, name: title || PASTED_NAME, bytes };
}

/** A dropped or chosen file keeps its bytes and its extension (the read stage decides by it). */
export function fileFromUpload(name: string, bytes: Uint8Array): MyDocument {
  const dot = name.lastIndexOf('.');
  const ext =
    dot > 0
      ? name
          .slice(dot + 1)
          .toLowerCase()
          .replace(/[^a-z0-9]/g, '')
      : '';
  const stem = dot > 0 ? name.slice(0, dot) : name;
  return { id: `mine/${slug(stem)}-${contentTag(bytes)}${ext ? `.${ext}` : ''}`, name, bytes };
}

/** A message for a file the reader cannot add, before any work is done; null when it may be tried. */
export function refuseUpload(name: string, size: number): string | null {
  const lower = name.toLowerCase();
  if (!ACCEPTED_EXTENSIONS.some((e) => lower.endsWith(e))) return `"${name}" was not added: Chronolens reads .txt, .md and .html files.`;
  if (size === 0) return `"${name}" was not added: the file is empty.`;
  return null;
}
