/**
 * The per-document analyses of a built timeline, as a file beside it (`extract --analyses` writes
 * timeline.analyses.json), so that a reader who adds one article in the browser has only that article analysed.
 *
 * Without it the browser's extractor (src/app/mydocs/extractionSession.ts) had to analyse every document of the
 * loaded timeline again before it could merge: 23 s of the 24.7 s it took to add one pasted article to
 * Timeline17's 291 BBC reports on the oil spill, for work the build step had already done. With it, the loaded
 * documents' analyses are read (2.7 MB of JSON for those 291, parsed in tens of ms) and only the corpus-wide half
 * runs again (assembleTimeline): the same functions on the same inputs, so the same bytes as a full rebuild.
 *
 * An analysis is used only when it is certainly the one the browser's extractor would make: the file names the
 * extractor version that wrote it (cache.ts, extractorVersion; the site is built with the same one), and each
 * document's entry the length and hash of the text it was made from, which must be the text the timeline keeps.
 * Anything else (another version, a document edited since) is analysed again, as before. Pure: no I/O, runs in a
 * Web Worker.
 */
import type { BuildWarning } from './types';
import type { Analysed } from './pipeline';

/** Bump when the shape below changes without any extractor source changing. */
export const ANALYSES_FORMAT = 1;

type StoredDoc = Omit<Analysed, 'text' | 'sentences'> & {
  /** [start, end] pairs when each sentence is the document's text between its offsets (types.ts: Sentence) */
  sentences: number[] | Analysed['sentences'];
};

interface StoredEntry {
  /** the analysed text's length and hash (textTag) */
  tag: string;
  warnings: BuildWarning[];
  doc: StoredDoc;
}

interface StoredFile {
  format: number;
  extractor: string;
  documents: StoredEntry[];
}

/** "timeline.json" → "timeline.analyses.json", as textsFileFor names the texts. */
export function analysesFileFor(timelineFile: string): string {
  return `${timelineFile.replace(/\.json$/i, '')}.analyses.json`;
}

/** Length and a 53-bit hash (cyrb53) of a text: which text an analysis was made from. */
export function textTag(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return `${text.length}:${(4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36)}`;
}

/**
 * A document's sentences as flat [start, end] pairs when each is exactly { start, end, text } and its text is the
 * document's at that span (the text need not be stored twice); null when any is not (stored whole then).
 */
export function sentenceSpans(doc: Analysed): number[] | null {
  const flat: number[] = [];
  for (const s of doc.sentences) {
    const keys = Object.keys(s);
    if (keys.length !== 3 || keys[0] !== 'start' || keys[1] !== 'end' || keys[2] !== 'text' || doc.text.slice(s.start, s.end) !== s.text) return null;
    flat.push(s.start, s.end);
  }
  return flat;
}

/** The file's text: every analysed document's analysis, without its text (the timeline's texts file has it). */
export function encodeAnalyses(results: ReadonlyArray<{ doc: Analysed | null; warnings: BuildWarning[] }>, extractor: string): string {
  const documents: StoredEntry[] = [];
  for (const r of results) {
    if (!r.doc) continue;
    const { text, sentences, ...rest } = r.doc;
    documents.push({ tag: textTag(text), warnings: r.warnings, doc: { ...rest, sentences: sentenceSpans(r.doc) ?? sentences } });
  }
  documents.sort((a, b) => (a.doc.id < b.doc.id ? -1 : a.doc.id > b.doc.id ? 1 : 0));
  const file: StoredFile = { format: ANALYSES_FORMAT, extractor, documents };
  return JSON.stringify(file);
}

export interface StoredAnalyses {
  /**
   * The analysis of document `id` made from exactly `text`, with the warnings reading its file gave; null when
   * the file has none for that text. Each call gives a fresh copy.
   */
  take(id: string, text: string): { doc: Analysed; warnings: BuildWarning[] } | null;
  readonly size: number;
}

/** The file read back; null when it is not one, or was written by another extractor or format. */
export function decodeAnalyses(text: string, extractor: string): StoredAnalyses | null {
  let file: StoredFile;
  try {
    file = JSON.parse(text) as StoredFile;
  } catch {
    return null;
  }
  if (!file || file.format !== ANALYSES_FORMAT || file.extractor !== extractor || !Array.isArray(file.documents)) return null;
  const byId = new Map(file.documents.map((e) => [e.doc.id, e]));
  return {
    size: byId.size,
    take(id, docText) {
      const entry = byId.get(id);
      if (!entry || entry.tag !== textTag(docText)) return null;
      // a copy: the caller's stages may change what they are given, and the same entry serves the next build
      const { sentences, ...rest } = structuredClone(entry.doc);
      let restored: Analysed['sentences'];
      if (sentences.length && typeof sentences[0] === 'number') {
        const flat = sentences as number[];
        restored = new Array(flat.length / 2);
        for (let i = 0; i < flat.length; i += 2) restored[i / 2] = { start: flat[i], end: flat[i + 1], text: docText.slice(flat[i], flat[i + 1]) };
      } else restored = sentences as Analysed['sentences'];
      return { doc: { ...rest, text: docText, sentences: restored } as Analysed, warnings: structuredClone(entry.warnings) };
    },
  };
}
