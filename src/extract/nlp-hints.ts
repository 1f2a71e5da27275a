/**
 * compromise's evidence for the actors stage: which capitalised runs of a document it reads as people
 * and as organisations. actors.ts weighs this against titles, head words and the lexicons.
 *
 * compromise reads each distinct capitalised run of the document (with the word before it, which may be a
 * title: "leader Kim Jong Un"), one per line, rather than the whole text. It tags every word it is given,
 * and the runs are a tenth of an article or less, so this is many times faster (seed 004: 9 ms instead of
 * 267 ms) while the names it recognises are the same: it knows names from its lexicon and their shape,
 * not from the sentence around them. A 20 MB file of boilerplate yields each distinct run once.
 *
 * Its verdict on a run is remembered within the thread: an archive names the same people in the same
 * words thousands of times ("President Joe Biden", "said Kim Jong Un"), and compromise's tagging was 65 %
 * of a document's analysis. The memo gives exactly what one parse of the whole document gives, because
 * compromise tags sentence by sentence and never looks across a sentence boundary; a run's verdict is
 * reused only when the run is whole sentences both where it was parsed and where it is reused (checked
 * with compromise's own sentence splitter, below). "end... Biden" is the case that needs the check:
 * compromise joins a line ending in an ellipsis to the next line, so that run is parsed with its document.
 */
import nlp from 'compromise';
import { normalizeName } from './normalize-name';

/** Most text compromise reads per document: it is evidence only, and its parse is the slow part. */
const NLP_BUDGET = 400_000;

/** What compromise recognises in a document: evidence only. */
export interface Hints {
  /** Words of the people compromise recognises, normalised. */
  people: Set<string>;
  /** Organisations compromise recognises, normalised. */
  organizations: Set<string>;
}

/** The distinct capitalised runs of a document, in order, up to the budget. */
export function evidenceRuns(text: string): string[] {
  const seen = new Set<string>();
  let size = 0;
  const kept: string[] = [];
  for (const m of text.matchAll(/(?:\b[\p{L}.]+\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+(?:of\s+|the\s+|de\s+|al\s+)?\p{Lu}[\p{L}'’.-]*){0,5}/gu)) {
    const run = m[0].replace(/[’']s$/, '');
    if (seen.has(run)) continue;
    seen.add(run);
    kept.push(run);
    size += run.length + 2;
    if (size > NLP_BUDGET) break;
  }
  return kept;
}

/** What compromise reads: the runs, one per line, each closed by a full stop. */
export function evidenceText(text: string): string {
  return evidenceRuns(text).join('.\n');
}

/** compromise's matches within one run, as written: what the document's hints are made of. */
interface RunVerdict {
  people: string[];
  organizations: string[];
}

/** The hints of a document from compromise's matches, as the actors stage has always read them. */
function hintsFrom(people: Iterable<string>, organizations: Iterable<string>): Hints {
  const hints: Hints = { people: new Set(), organizations: new Set() };
  for (const p of people) for (const part of normalizeName(p.replace(/[^\p{L}\s'’-]/gu, ' ')).split(' ')) if (part.length > 1) hints.people.add(part);
  for (const o of organizations) hints.organizations.add(normalizeName(o.replace(/[^\p{L}\p{N}\s'’.-]/gu, ' ')));
  return hints;
}

/** One parse of the whole evidence text: the reference behaviour, and the way for a document the memo cannot serve. */
export function nlpHintsUnmemoised(text: string): Hints {
  const doc = nlp(evidenceText(text));
  return hintsFrom(doc.people().out('array') as string[], doc.organizations().out('array') as string[]);
}

type Tokenize = { splitSentences: (text: string, world: unknown) => string[] };
const splitSentences = (text: string): string[] => (nlp.methods() as { one: { tokenize: Tokenize } }).one.tokenize.splitSentences(text, nlp.world());

/**
 * The runs laid out as compromise reads them (each with its closing ".\n", the last with "." only), and
 * for each run the index of its first sentence; null when some run does not start a sentence of its own.
 */
function layout(pieces: string[]): { text: string; firstSentence: number[] } | null {
  const text = pieces.join('');
  const sentences = splitSentences(text);
  const firstSentence: number[] = [];
  let at = 0; // offset of the next piece
  let offset = 0; // offset of sentence s
  for (let s = 0; s < sentences.length && firstSentence.length < pieces.length; s++) {
    if (offset === at) {
      firstSentence.push(s);
      at += pieces[firstSentence.length - 1].length;
    } else if (offset > at) return null;
    offset += sentences[s].length;
  }
  // compromise keeps every character in some sentence; anything else is a layout we do not rely on.
  const total = sentences.reduce((n, s) => n + s.length, 0);
  return firstSentence.length === pieces.length && total === text.length ? { text, firstSentence } : null;
}

const piecesOf = (runs: string[]) => runs.map((run, i) => run + (i === runs.length - 1 ? '.' : '.\n'));

/** Verdicts by run as laid out (the run and its closing ".\n" or "."). Bounded: cleared when it grows past this. */
const MEMO_LIMIT = 200_000;
const memo = new Map<string, RunVerdict>();

/** Parses the runs no earlier document had, all in one call, and remembers each one's verdict. False when they cannot be told apart. */
function parseAndRemember(pieces: string[]): boolean {
  const laid = layout(pieces);
  if (!laid) return false;
  const doc = nlp(laid.text);
  const runOfSentence = (n: number) => {
    let lo = 0;
    let hi = laid.firstSentence.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (laid.firstSentence[mid] <= n) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  const verdicts: RunVerdict[] = pieces.map(() => ({ people: [], organizations: [] }));
  const collect = (view: { fullPointer: ReadonlyArray<ReadonlyArray<unknown>>; out: (f: 'array') => unknown }, into: 'people' | 'organizations') => {
    // out('array') drops empty matches; the pointers then no longer line up, and nothing is remembered.
    const texts = view.out('array') as string[];
    if (texts.length !== view.fullPointer.length) return false;
    // A pointer is [sentence, first term, end term, ...]: the sentence says which run the match is in.
    view.fullPointer.forEach((p, i) => verdicts[runOfSentence(Number(p[0]))][into].push(texts[i]));
    return true;
  };
  if (!collect(doc.people(), 'people') || !collect(doc.organizations(), 'organizations')) return false;
  if (memo.size + pieces.length > MEMO_LIMIT) memo.clear();
  pieces.forEach((piece, i) => memo.set(piece, verdicts[i]));
  return true;
}

/** People and organisations compromise recognises in the document, from the memo where it can. */
export function nlpHints(text: string): Hints {
  const runs = evidenceRuns(text);
  if (!runs.length) return nlpHintsUnmemoised(text);
  const pieces = piecesOf(runs);
  // Each run must be whole sentences here too, or its neighbours changed how compromise reads it.
  if (!layout(pieces)) return nlpHintsUnmemoised(text);
  const missing = pieces.filter((p) => !memo.has(p));
  if (missing.length && !parseAndRemember(missing)) return nlpHintsUnmemoised(text);
  const people: string[] = [];
  const organizations: string[] = [];
  for (const p of pieces) {
    const v = memo.get(p);
    if (!v) return nlpHintsUnmemoised(text); // cleared in between: too many distinct runs at once
    people.push(...v.people);
    organizations.push(...v.organizations);
  }
  return hintsFrom(people, organizations);
}

/** For tests: how many runs are remembered. */
export function nlpMemoSize(): number {
  return memo.size;
}

/** For tests: forget every verdict. */
export function clearNlpMemo(): void {
  memo.clear();
}
