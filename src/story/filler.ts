/**
 * Filler days: the days the articles refer to where no day-dated event was extracted, which `npm run summarize`
 * ranks among the days of the app's key events (docs/story.md, "Filler days" and "Referred days among the event
 * days"), each with a verbatim sentence that refers to it. The event days keep the app's order (rank.ts); a referred
 * day is scored as an event that one of its articles reports and takes its place by the same comparator. A filler day
 * is no event: the app never shows it, and summarize names each one on stderr.
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
import { compareRankedDays, dateSentences, rankDates, type StoryWindow, summarizeTimeline } from './rank';
import { dateSpan } from './span';

/** A date of the summary: a key date of the events, or a filler day (`filler: true`) when they ran out. */
export interface SummaryDate {
  date: string;
  sentences: string[];
  filler: boolean;
  /** The rule that chose the day: "summary:key-event-day" or "summary:filler-referred-day". */
  rule: string;
  /** For a filler day, the rules that read its first sentence (readDaySentence): "filler-sentence:…" or "filler-weak:…". */
  sentenceRules?: string[];
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
 * Is the day named only by articles published before its eve? Then the collection never reported it: what an article
 * says of a day still to come is a schedule, a deadline or a guess ("The relief well is set to intercept the damaged
 * well at the end of July", the Guardian of 20 July; "Pelosi had set a July 4 deadline", Reuters of 23 June;
 * "So, wild guess, about August 30"), and whether it happened on that day is what the later articles would tell.
 * Read as a key date with such a sentence, the summary states the plan as the day's news. An article of the eve counts
 * as telling the day: what it announces for tomorrow ("A board meeting is scheduled for tomorrow", the Guardian of 25
 * July 2010, the meeting that named Hayward's successor on the 26th) is the next day's news cycle, published ahead.
 * An undated document cannot say which, so it counts as telling the day.
 */
export function namedOnlyInAdvance(day: string, references: readonly Reference[]): boolean {
  const first = dateSpan(day)?.first;
  if (first === undefined) return false;
  return references.every((r) => {
    const published = r.doc.published ? dateSpan(r.doc.published.value.slice(0, 10))?.first : undefined;
    return published !== undefined && published < first - 1;
  });
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

/** How a candidate sentence tells its day: `tells` when every rule passed, and the rules that decided it. */
export interface DaySentenceReading {
  tells: boolean;
  rules: string[];
}

/**
 * Does the sentence tell what happened on the day its date phrase (characters [start, end) of the sentence) names?
 * A summary sentence is read as what happened that day, and a filler day has no extracted event to vouch for it, so
 * its sentence is read clause by clause (src/extract/nlp): the clause that holds the date phrase must be finite, in
 * the past (or a present perfect, or a present-tense headline), with no modal, no future and no condition; the
 * sentence must be no question, no call-out to readers and no fact box or list line. Each failure is named
 * ("filler-weak:…"); a sentence that passes is "filler-sentence:past-clause" or "filler-sentence:headline-clause".
 *
 * Why: ranked among the event days, half the filler days printed a sentence that tells no happening of the day —
 * the Washington Post's 2 May 2010 "Napolitano and Salazar will appear jointly on several of the Sunday morning news
 * shows, the White House said." (a plan, future), the Guardian's "A board meeting is scheduled for tomorrow, ..."
 * (a schedule, present passive), "That's why today we're calling for your ideas on how to stop the leak." (a call-out
 * to readers), "Clean-up costs so far: $990m (£674m) Estimated cost of sand barrier project ..." (a fact box).
 */
/** Tokens between a date phrase and its clause's verb beyond which the verb is not taken as the date's. */
const MAX_DATE_TO_VERB = 20;

export function readDaySentence(sentence: string, start: number, end: number): DaySentenceReading {
  const weak: string[] = [];
  const text = sentence.trim();
  // "Q: BP is going to release its report tomorrow ...", "... who many fish did you kill today?"
  if (/\?["”’']?\s*$/.test(text) || /^Q\s*:/.test(text)) weak.push('filler-weak:question');
  // A fact box or list line: a bullet ("\\* Consulting firm Oliver Wyman found ..."), or a line the
  // segmenter ran together from labelled figures with no closing full stop ("Clean-up costs so far: $990m (£674m)
  // Estimated cost of sand barrier project $360m ..."): no sentence of the story's telling.
  if (/^(?:\\?[*•▪·]|-\s)/.test(text) || (!/[.!?]["”’')\]]*$/.test(text) && /:\s/.test(text)) || /[A-Za-z)]\s*:\s*[$£€]?\d/.test(text))
    weak.push('filler-weak:fact-box');
  const a = analyseText(text);
  const t = a.tokens;
  // A call-out to readers: the paper addresses "you" outside any quotation ("We are no longer accepting submissions
  // and have passed your 186 suggestions to BP - you can add yours", "today we're calling for your ideas").
  for (let i = 0; i < t.count; i++) {
    if (!a.quoted[i] && /^(?:you|your|yours)$/.test(t.norm[i])) {
      weak.push('filler-weak:reader-callout');
      break;
    }
  }
  // The clause of the date phrase: the innermost clause whose span holds it (the date belongs to its verb).
  const offset = sentence.indexOf(text);
  const [ds, de] = [start - offset, end - offset];
  let clause: (typeof a.clauses)[number] | null = null;
  for (const c of a.clauses) {
    if (c.charStart <= ds && de <= c.charEnd && (!clause || c.charEnd - c.charStart < clause.charEnd - clause.charStart)) clause = c;
  }
  // A participle that sets the scene takes its tense from the clause it hangs on: "Speaking on US television on
  // Sunday, BP managing director Robert Dudley vowed the company would learn from its failed attempts".
  if (clause?.kind === 'participial' && clause.verb.form === 'ing' && clause.parent >= 0) clause = a.clauses[clause.parent];
  // The date phrase's tokens: the first and the last.
  let [first, last] = [-1, -1];
  for (let i = 0; i < t.count; i++) {
    if (t.start[i] >= ds && t.end[i] <= de) {
      if (first < 0) first = i;
      last = i;
    }
  }
  // A date that modifies a noun dates the thing, not the clause's verb: "President Barack Obama planned a Sunday
  // trip to the Gulf Coast", "several of the Sunday morning news shows".
  if (first > 0 && t.tag[first - 1] === 'DET' && last + 1 < t.count && t.tag[last + 1] === 'NOUN') weak.push('filler-weak:date-in-noun-phrase');
  // A verb far from the date is seldom the verb the date belongs to: the segmenter ran a listing into the next
  // sentence ("BP - In Deep Water, BBC One, Monday, 21 June at 2030BST Then available in the UK via the link below
  // Henry Waxman, ... has accused ...") and the clause is the parser's guess.
  if (clause && first >= 0 && Math.min(Math.abs(clause.verb.head - first), Math.abs(clause.verb.head - last)) > MAX_DATE_TO_VERB)
    weak.push('filler-weak:date-far-from-verb');
  let tells: string | null = null;
  if (!clause) weak.push('filler-weak:date-outside-clause');
  else {
    const v = clause.verb;
    // A chronology line tells its day in the present, after the date as a label: "5 May: BP successfully stops the
    // flow of oil from the end of the drilling pipe - one of three leak points."
    const chronology = ds <= 1 && /^\s*:/.test(text.slice(de)) && clause.tense === 'present' && !clause.perfect && !clause.progressive;
    if (clause.modal) weak.push('filler-weak:modal');
    else if (clause.tense === 'future') weak.push('filler-weak:future');
    else if (clause.conditional) weak.push('filler-weak:conditional');
    else if (clause.tense === 'nonfinite' || v.infinitive) weak.push('filler-weak:nonfinite-clause');
    else if (v.copula) weak.push('filler-weak:state');
    else if (clause.headline) tells = 'filler-sentence:headline-clause';
    else if (chronology) tells = 'filler-sentence:chronology-line';
    else if (clause.tense === 'past' || (clause.tense === 'present' && clause.perfect)) tells = 'filler-sentence:past-clause';
    else weak.push('filler-weak:present-clause');
  }
  if (!weak.length && tells) return { tells: true, rules: [tells] };
  return { tells: false, rules: weak.length ? weak : ['filler-weak:present-clause'] };
}

/**
 * The sentence that stands for a filler day: a sentence that tells what happened on the day (readDaySentence)
 * before one that only names it, then a sentence that states a happening anywhere (statesHappening), then the
 * earliest report (published first, then by document id), so the output is the same whatever the order of the
 * files. With the sentences, the rules that read the first of them.
 */
function fillerSentences(
  refs: readonly Reference[],
  k: number,
  sentencesOf: (doc: FillerDocument) => Sentence[],
): { sentences: string[]; rules: string[]; tells: boolean } {
  // A reference no segmented sentence holds (the phrase runs across a sentence's end) gives no sentence: its date
  // phrase alone, "on Monday, April\n27", is no sentence of the article.
  const candidates = refs.flatMap((r) => {
    const s = sentencesOf(r.doc).find((x) => x.start <= r.start && r.end <= x.end);
    const text = s?.text.trim();
    if (!s || !text) return [];
    const reading = readDaySentence(s.text, r.start - s.start, r.end - s.start);
    return [{ text, reading, happening: statesHappening(text), published: r.doc.published?.value ?? '9999', id: r.doc.id }];
  });
  candidates.sort(
    (a, b) =>
      Number(b.reading.tells) - Number(a.reading.tells) ||
      Number(b.happening) - Number(a.happening) ||
      (a.published < b.published ? -1 : a.published > b.published ? 1 : 0) ||
      (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
  const out: string[] = [];
  for (const c of candidates) {
    if (out.length >= k) break;
    if (c.text && !out.includes(c.text)) out.push(c.text);
  }
  return { sentences: out, rules: candidates[0]?.reading.rules ?? [], tells: candidates[0]?.reading.tells ?? false };
}

/**
 * The days the articles refer to, other than the event days, most important first: each scored as importance scores
 * an event that one of its referring articles reports, the earliest (one report and its publisher; date salience
 * discounted in busy weeks, recall a week later, the burst of articles), ties by date. summarizeWithFiller ranks them among the event days.
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
  const refs = [...referencesByDay(docs, window)].filter(([d, rs]) => !eventDays.has(d) && !namedOnlyInAdvance(d, rs));
  // Scored as an event that one of the referring articles reports (the earliest published, then by id): the filler's
  // sentence is that one report, so the day is weighed on the events' own scale (summarizeWithFiller ranks it among them).
  const earliest = (rs: readonly Reference[]) =>
    rs.reduce((a, b) => {
      const [pa, pb] = [a.doc.published?.value ?? '9999', b.doc.published?.value ?? '9999'];
      return pb < pa || (pb === pa && b.doc.id < a.doc.id) ? b : a;
    }).doc.id;
  const reported = refs.map(
    ([date, rs]) =>
      ({ id: `filler-${date}`, date: { value: date, precision: 'day' }, mentions: [{ doc: earliest(rs) }], title: '', actors: [] }) as unknown as EventRecord,
  );
  const rated = rateImportance(reported, [...docs]);
  // Within the collection's own period (importance's `period`): a day of the background, however often recalled
  // ("the 1979 Ixtoc spill"), is not a date of this story that the events missed.
  return refs
    .map(([date, references], i) => ({ date, score: rated[i].importance ?? 0, references, period: rated[i].importanceWhy?.period }))
    .filter((d) => d.period === 'story')
    .map(({ period: _, ...d }) => d)
    .sort((a, b) => b.score - a.score || (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/**
 * summarize's dates, in date order: the days of the events (rankDates, the app's ranking) and the days the articles
 * refer to without an event (fillerDays, each scored as an event with one report), ranked together by one comparator
 * (compareRankedDays), the first `dates` of them. `docs` gives the documents (reading every text's time expressions
 * is most of summarize's work); without them, the key dates alone, as the app has them.
 *
 * Why together and not only after the events run out: a day the coverage keeps naming is as often a day the articles
 * tell as a statement ("BP said Tuesday that it planned to begin drilling a relief well", which is no event by
 * design) as one the extractor found a happening on. Ranked after every event day, the Washington Post's 2 May 2010
 * (Obama's first visit to the Gulf coast: 7.96 as a day one article reports) lost to 6 June's "Federal ocean
 * specialists launched a research vessel" (7.84). The app's key events are unchanged: it has no texts, and its
 * event days are ordered as here.
 */
export function summarizeWithFiller(
  events: readonly EventRecord[],
  docs: (() => readonly FillerDocument[] | null) | null,
  options: { dates: number; sentences?: number } & StoryWindow,
): SummaryDate[] {
  const k = options.sentences ?? 1;
  const documents = docs && options.dates > 0 ? docs() : null;
  if (!documents) return summarizeTimeline(events, options).map(([date, sentences]) => ({ date, sentences, filler: false, rule: 'summary:key-event-day' }));
  const segmented = new Map<string, Sentence[]>();
  const sentencesOf = (doc: FillerDocument) => {
    let s = segmented.get(doc.id);
    if (!s) segmented.set(doc.id, (s = segmentSentences(doc.text)));
    return s;
  };
  const ranked = [
    ...rankDates(events, options).map((d) => ({ date: d.date, score: d.score, event: d, references: null })),
    ...fillerDays(events, documents, options).map((d) => ({ date: d.date, score: d.score, event: null, references: d.references })),
  ].sort(compareRankedDays);
  // A filler day whose references no sentence holds has nothing to print; the next day takes its place.
  const out: SummaryDate[] = [];
  for (const d of ranked) {
    if (out.length >= options.dates) break;
    if (d.event) out.push({ date: d.date, sentences: dateSentences(d.event, k), filler: false, rule: 'summary:key-event-day' });
    else {
      const { sentences, rules } = fillerSentences(d.references ?? [], k, sentencesOf);
      // A day none of whose sentences tells it is still listed, with its best sentence and the weak rule that read it
      // (stderr names both): dropping the 15 such days of Timeline17's development topics cost Date F1 0.714 -> 0.702,
      // 7 of them gold days (bpoil_bbc's 27 July, the Guardian's 26 July board meeting day), docs/story.md.
      if (!sentences.length) continue;
      out.push({ date: d.date, sentences, filler: true, rule: 'summary:filler-referred-day', sentenceRules: rules });
    }
  }
  return out.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}
