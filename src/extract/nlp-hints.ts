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
 * Its verdict on each sentence of that text is remembered within the thread: an archive names the same
 * people in the same words thousands of times ("President Joe Biden", "said Kim Jong Un"), and
 * compromise's tagging was two thirds of a document's analysis. The memo gives exactly what one parse of
 * the whole text gives, because compromise splits a text into sentences first and then tags each sentence
 * on its own, never looking across a boundary. The sentences are compromise's own (its splitter, not
 * ours: "in May.\n. Al-Qahtani" puts the lone full stop in the sentence before), and the sentences it
 * has not seen are parsed together only when its splitter gives them back unchanged.
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

/** compromise's matches within one sentence, as written: what the document's hints are made of. */
interface SentenceVerdict {
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
/** compromise's own sentence splitter: the first thing nlp() does with a text, and the unit it tags. */
const splitSentences = (text: string): string[] => (nlp.methods() as { one: { tokenize: Tokenize } }).one.tokenize.splitSentences(text, nlp.world());

/** Verdicts by sentence, exactly as compromise split it (closing ".\n" included). Bounded: cleared when it grows past this. */
const MEMO_LIMIT = 200_000;
const memo = new Map<string, SentenceVerdict>();

const sameList = (a: string[], b: string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

/**
 * Parses the sentences no earlier document had, all in one call, and remembers each one's verdict.
 * False when compromise would not split them back into the same sentences (then nothing is remembered).
 */
function parseAndRemember(sentences: string[]): boolean {
  const text = sentences.join('');
  if (!sameList(splitSentences(text), sentences)) return false;
  const doc = nlp(text);
  const verdicts: SentenceVerdict[] = sentences.map(() => ({ people: [], organizations: [] }));
  const collect = (view: { fullPointer: ReadonlyArray<ReadonlyArray<unknown>>; out: (f: 'array') => unknown }, into: 'people' | 'organizations') => {
    // out('array') drops empty matches; the pointers would then no longer line up with the texts.
    const texts = view.out('array') as string[];
    if (texts.length !== view.fullPointer.length) return false;
    // A pointer is [sentence, first term, end term, ...].
    view.fullPointer.forEach((p, i) => {
      verdicts[Number(p[0])][into].push(texts[i]);
    });
    return true;
  };
  if (!collect(doc.people(), 'people') || !collect(doc.organizations(), 'organizations')) return false;
  if (memo.size + sentences.length > MEMO_LIMIT) memo.clear();
  sentences.forEach((sentence, i) => {
    memo.set(sentence, verdicts[i]);
  });
  return true;
}

/** People and organisations compromise recognises in the document, from the memo where it can. */
export function nlpHints(text: string): Hints {
  const sentences = splitSentences(evidenceText(text));
  const missing = [...new Set(sentences.filter((s) => !memo.has(s)))];
  if (missing.length && !parseAndRemember(missing)) return nlpHintsUnmemoised(text);
  const people: string[] = [];
  const organizations: string[] = [];
  for (const s of sentences) {
    const v = memo.get(s);
    if (!v) return nlpHintsUnmemoised(text); // cleared in between: too many distinct sentences at once
    people.push(...v.people);
    organizations.push(...v.organizations);
  }
  return hintsFrom(people, organizations);
}

/** For tests: how many sentences are remembered. */
export function nlpMemoSize(): number {
  return memo.size;
}

/** For tests: forget every verdict. */
export function clearNlpMemo(): void {
  memo.clear();
}
