/**
 * Filler days: what `npm run summarize` prints when a collection has fewer days with a day-dated event than the
 * dates asked for (docs/story.md, "Filler days"). The key dates are the days of the app's key events, ranked as the
 * app ranks them (rank.ts); only the dates those leave empty are filled, with the days the articles themselves
 * refer to most, each with a verbatim sentence that refers to it. A filler day is no event: the app never shows it,
 * and summarize names each one on stderr.
 *
 * Why: on five of Timeline17's eight development topics the event days are fewer than the journalists' dates
 * (H1N1_guardian: 12 asked, 9 days with an event), and the date-reference baseline won there on days the articles
 * refer to where no event was extracted ("the outbreak was first noticed in Mexico ..."). Leaving the dates empty
 * shows less; filling them with the days the coverage keeps naming, in the coverage's own words, is what an
 * extractive timeline summary does, and each sentence can be checked in its article.
 *
 * Only summarize and the evaluation read this module (it needs the documents' texts); the app does not.
 */
import { headerSpans } from '../extract/document';
import { notAHappeningDate } from '../extract/events';
import { type ImportanceDocument, rateImportance } from '../extract/importance';
import { analyseText } from '../extract/nlp/analyse';
import { segmentSentences } from '../extract/segment';
import { findTimeExpressions } from '../extract/time';
import type { Sentence, TimeExpression } from '../extract/types';
import type { DocumentRecord, EventRecord } from '../schema/timeline';
import { type StoryWindow, summarizeTimeline } from './rank';

/** A date of the summary: a key date of the events, or a filler day (`filler: true`) when they ran out. */
export interface SummaryDate {
  date: string;
  sentences: string[];
  filler: boolean;
  /** The rule that chose the day: "summary:key-event-day" or "summary:filler-referred-day". */
  rule: string;
}

/** A document as importance reads it, with its time expressions whole: notAHappeningDate reads their rules. */
export interface FillerDocument extends ImportanceDocument {
  times: TimeExpression[];
}

/** The documents as the importance stage reads them (pipeline.ts): texts, time expressions, bylines set aside. */
export function importanceDocuments(documents: readonly DocumentRecord[], texts: ReadonlyMap<string, string>): FillerDocument[] {
  return documents.map((d): FillerDocument => {
    const text = texts.get(d.id) ?? '';
    const excluded: Array<[number, number]> = [];
    if (d.published?.text) {
      const at = text.indexOf(d.published.text);
      if (at >= 0 && at < 600) excluded.push([at, at + d.published.text.length]);
    }
    excluded.push(...headerSpans(text));
    const reference = d.published?.value ?? null;
    return {
      id: d.id,
      text,
      publisher: d.publisher ?? null,
      published: d.published,
      times: findTimeExpressions(text, reference),
      timesReference: reference,
      excluded,
    };
  });
}

/** One reference to a day: the document and the offsets of the time expression in its text. */
interface Reference {
  doc: FillerDocument;
  start: number;
  end: number;
}

/**
 * Day → the references to it, at day precision, outside bylines and datelines, every one of each document: a later
 * sentence of a document may tell of the day better than its first mention does, and each is a candidate sentence
 * (importance counts the documents itself). A date the extractor sets aside as dating no happening
 * (notAHappeningDate) refers to no day of the story: "Surface observations indicate 130k-270k barrels as of May 17"
 * bounds a figure, "until May 1" ends a span.
 */
function referencesByDay(docs: readonly FillerDocument[], window: StoryWindow): Map<string, Reference[]> {
  const days = new Map<string, Reference[]>();
  for (const doc of docs) {
    for (const t of doc.times) {
      if (!t.value || t.precision !== 'day') continue;
      if ((window.from && t.value < window.from) || (window.to && t.value > window.to)) continue;
      if (doc.excluded.some(([a, b]) => t.start < b && t.end > a)) continue;
      if (notAHappeningDate(doc.text, t)) continue;
      const list = days.get(t.value);
      const ref = { doc, start: t.start, end: t.end };
      if (list) list.push(ref);
      else days.set(t.value, [ref]);
    }
  }
  return days;
}

/**
 * Does the sentence state a happening, not only mention its day? A finite verb group in the past, or a present
 * perfect, without a modal and not a bare "be": "Coast Guard officials said Tuesday they were considering setting
 * fire to the contaminated water" (Fox News, 27 April 2010) tells what happened that day; "Surface observations
 * indicate 130k-270k barrels as of May 17" (the Guardian) only names it.
 */
export function statesHappening(sentence: string): boolean {
  const a = analyseText(sentence);
  return a.verbGroups.some((groups) =>
    groups.some((g) => !g.modal && !g.infinitive && !g.copula && (g.tense === 'past' || (g.tense === 'present' && g.perfect))),
  );
}

/**
 * The sentence that stands for a filler day, chosen as an event's representative is: the sentence that holds the
 * day's own date phrase, a sentence that states a happening before a bare mention, then the earliest report
 * (published first, then by document id), so the output is the same whatever the order of the files.
 */
function fillerSentences(refs: readonly Reference[], k: number, sentencesOf: (doc: FillerDocument) => Sentence[]): string[] {
  // A reference no segmented sentence holds (the phrase runs across a sentence's end) gives no sentence: its date
  // phrase alone, "on Monday, April\n27", is no sentence of the article.
  const candidates = refs.flatMap((r) => {
    const s = sentencesOf(r.doc).find((x) => x.start <= r.start && r.end <= x.end);
    const text = s?.text.trim();
    return text ? [{ text, happening: statesHappening(text), published: r.doc.published?.value ?? '9999', id: r.doc.id }] : [];
  });
  candidates.sort(
    (a, b) =>
      Number(b.happening) - Number(a.happening) ||
      (a.published < b.published ? -1 : a.published > b.published ? 1 : 0) ||
      (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
  const out: string[] = [];
  for (const c of candidates) {
    if (out.length >= k) break;
    if (c.text && !out.includes(c.text)) out.push(c.text);
  }
  return out;
}

/**
 * The days the articles refer to, other than the event days, most important first: each scored as importance scores
 * an event that no article reports (date salience discounted in busy weeks, recall a week later, the burst of
 * articles; no corroboration), ties by date. summarizeWithFiller takes them only for the dates the event days leave.
 */
export function fillerDays(
  events: readonly EventRecord[],
  docs: readonly FillerDocument[],
  window: StoryWindow = {},
): Array<{ date: string; score: number; references: Reference[] }> {
  // With no publication date in any document, importance has no period of the story (every day counts as 'story'),
  // and a day of the background ("the 1979 Ixtoc spill") could fill a date beside the events of 2010: no filler.
  if (!docs.some((d) => d.published?.value)) return [];
  const eventDays = new Set(events.filter((e) => e.date.precision === 'day').map((e) => e.date.value));
  const refs = [...referencesByDay(docs, window)].filter(([d]) => !eventDays.has(d));
  const unreported = refs.map(
    ([date]) => ({ id: `filler-${date}`, date: { value: date, precision: 'day' }, mentions: [], title: '', actors: [] }) as unknown as EventRecord,
  );
  const rated = rateImportance(unreported, [...docs]);
  // Within the collection's own period (importance's `period`): a day of the background, however often recalled
  // ("the 1979 Ixtoc spill"), is not a date of this story that the events missed.
  return refs
    .map(([date, references], i) => ({ date, score: rated[i].importance ?? 0, references, period: rated[i].importanceWhy?.period }))
    .filter((d) => d.period === 'story')
    .map(({ period: _, ...d }) => d)
    .sort((a, b) => b.score - a.score || (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/**
 * summarize's dates: the key dates of the events (summarizeTimeline, the app's ranking), and when they are fewer than
 * asked, filler days (fillerDays) for the rest, all in date order. `docs` gives the documents when they are needed
 * (reading every text's time expressions is most of summarize's work, and most calls need none); without them, the
 * key dates alone.
 */
export function summarizeWithFiller(
  events: readonly EventRecord[],
  docs: (() => readonly FillerDocument[] | null) | null,
  options: { dates: number; sentences?: number } & StoryWindow,
): SummaryDate[] {
  const k = options.sentences ?? 1;
  const key: SummaryDate[] = summarizeTimeline(events, options).map(([date, sentences]) => ({ date, sentences, filler: false, rule: 'summary:key-event-day' }));
  const missing = options.dates - key.length;
  const documents = docs && missing > 0 ? docs() : null;
  if (!documents) return key;
  const segmented = new Map<string, Sentence[]>();
  const sentencesOf = (doc: FillerDocument) => {
    let s = segmented.get(doc.id);
    if (!s) segmented.set(doc.id, (s = segmentSentences(doc.text)));
    return s;
  };
  // A day whose references no sentence holds has nothing to print; the next day takes its place.
  const fillers: SummaryDate[] = [];
  for (const d of fillerDays(events, documents, options)) {
    if (fillers.length >= missing) break;
    const sentences = fillerSentences(d.references, k, sentencesOf);
    if (sentences.length) fillers.push({ date: d.date, sentences, filler: true, rule: 'summary:filler-referred-day' });
  }
  return [...key, ...fillers].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}
