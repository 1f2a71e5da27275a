/**
 * Composes the build step's pure stages: read → clean → document → segment → actors → time → events →
 * merge → timeline. No I/O here (cli.ts reads files; the browser passes dropped files), so the same
 * function runs in Node and in a Web Worker.
 */
import type { DocumentRecord, Precision, WholeTimeline } from '../schema/timeline';
import { SCHEMA_VERSION, TimelineFileSchema } from '../schema/timeline';
import type { BuildWarning, Sentence, TimeExpression } from './types';
import { readDocument } from './read';
import { cleanText } from './clean';
import { describeDocument, headerSpans, headlineBeforeNextClause, headlineOfRunInTitle } from './document';
import { segmentSentences, splitAfterSpans, splitHeadlineFromStandfirst } from './segment';
import { findActorMentions, withoutPublisher } from './actors';
import { canonicalizeActors, type ActorIndex, type ActorOverrides } from './canonical';
import { findTimeExpressions } from './time';
import { extractEventMentions, type DraftMention, type EventCandidate, type ResolvedActor } from './events';
import { eventCandidates } from './events/candidates';
import { datableSentences } from './events/datable';
import { analyseText } from './nlp/analyse';
import { attachUndated, clusterMentions, sameHappening, affinity, toEventRecords, type Cluster, type DatedMention } from './merge';
import type { ActorMention } from './types';
import { rateImportance } from './importance';
import {
  nounHeads,
  nounInstances,
  objectsPlacedInCollection,
  phrasesPlacedInCollection,
  placeableInCollection,
  severalThings,
  standsAloneInCollection,
} from './salience';
import { placedByAReport } from './events/context-bound';

export interface SourceFile {
  id: string; // path relative to the input folder
  bytes: Uint8Array;
}

export interface BuildOptions {
  overrides?: ActorOverrides;
  /** Results of earlier builds to reuse where a stage's inputs are unchanged (incremental.ts); the output is the same without it. */
  memo?: AssemblyMemo;
  /** the collection's name, written as the file's title (extract --title, or the input folder's name) */
  title?: string;
  /** Called after each document is analysed (for progress bars). */
  onProgress?: (done: number, total: number) => void;
}

/**
 * The seam of incremental builds (incremental.ts): a stage of the corpus-wide half may hand its inputs and the
 * function that computes it to the memo, which returns that function's result, computed now or in an earlier
 * build for the same inputs. `inputs` must hold everything the computation reads besides the document's own
 * analysis (which the memo knows by its content), so that a result is only ever reused for the same inputs.
 */
export interface AssemblyMemo {
  drafts(
    doc: Analysed,
    inputs: { actors: ResolvedActor[]; published: string | null },
    compute: () => DraftMention[],
    /** what V8's serialize makes of compute()'s result, when the caller already has it (the drafts came from a worker) */
    serialized?: Uint8Array,
  ): DraftMention[];
}

/** Everything the build step learns from one document alone: plain data, cacheable by content, made in any worker. */
export interface Analysed {
  id: string;
  text: string;
  title: string;
  publisher: string | null;
  citedSources: string[];
  published: DocumentRecord['published'];
  sentences: Sentence[];
  actorMentions: ActorMention[];
  excluded: Array<[number, number]>;
  /**
   * Time expressions read against the document's own publication date (or none): computed here, per
   * document and on any core, so the corpus-wide half only reads them again for documents it dates.
   */
  times: TimeExpression[];
  timesReference: string | null;
  /** Happening clauses with their title words (events/candidates.ts): they need no publication date. */
  eventCandidates: EventCandidate[];
  /** Where each clause's own subject is written, for the pronouns of event clauses. */
  eventSubjects: Array<[number, number]>;
  /** The common nouns that head its noun phrases (salience.ts): which things the collection is about. */
  nounHeads: string[];
  /** How often it writes each common noun with "a" and with "the" alone (salience.ts): the nouns that name several things. */
  nounInstances: Array<[string, number, number, number]>;
}

/**
 * A news article is a few thousand words; a file far beyond that (a dump, a log) is read up to this many
 * characters, cut at a line break, with a warning, so one huge file cannot stall the whole build.
 */
export const MAX_DOCUMENT_CHARS = 500_000;

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "30 Nov 2024", "Nov 2024", "2024": how a reader writes a date at its precision. */
export function humanDate(value: string): string {
  const [y, m, d] = value.split('-');
  if (d) return `${Number(d)} ${MONTHS[Number(m) - 1]} ${y}`;
  if (m) return `${MONTHS[Number(m) - 1]} ${y}`;
  return y;
}

function analyse(id: string, raw: string, meta: Parameters<typeof describeDocument>[0]['meta']): Analysed {
  const clean = cleanText(raw);
  return analyseCleanText(id, clean.text, describeDocument({ id, raw, clean, meta }));
}

/**
 * Everything after cleaning and describing: sentences, actor mentions, time expressions. Exported so
 * a document known only by its cleaned text (the browser's copy of a loaded timeline) is analysed by
 * the very same code.
 */
export function analyseCleanText(
  id: string,
  text: string,
  described: { title: string; publisher: string | null; citedSources: string[]; published: DocumentRecord['published'] },
): Analysed {
  // Byline and timestamp lines and a wire dateline: no happenings there, and their names are not actors.
  const header = headerSpans(text);
  // (A headline run into its standfirst on the first line is a sentence of its own: segment.ts `headline-before-standfirst`.)
  const sentences = splitHeadlineFromStandfirst(text, splitAfterSpans(text, segmentSentences(text), header));
  const excluded: Array<[number, number]> = [];
  if (described.published?.text) {
    // The byline or dateline date says when the article appeared, not when something happened.
    const at = text.indexOf(described.published.text);
    if (at >= 0 && at < 600) excluded.push([at, at + described.published.text.length]);
  }
  excluded.push(...header);
  const inHeader = (m: { start: number; end: number }) => header.some(([a, b]) => m.start < b && m.end > a);
  // The linguistic analysis is made once per document, here in the worker, for the actors and the event candidates;
  // only what those two stages make of it is kept.
  const times = findTimeExpressions(text, described.published?.value ?? null);
  const analysis = analyseText(text, sentences);
  // (Only the clauses of sentences that can be dated are read for events: events/datable.ts.)
  const datable = datableSentences(analysis, times, described.published?.value ?? null);
  const { candidates, subjects } = eventCandidates(analysis, excluded, times, datable);
  return {
    id,
    text,
    title: headlineBeforeNextClause(headlineOfRunInTitle(described.title, text, sentences), text, sentences),
    publisher: described.publisher,
    citedSources: described.citedSources,
    published: described.published ? { ...described.published } : null,
    sentences,
    actorMentions: withoutPublisher(findActorMentions(text, analysis), described.publisher, analysis).filter((m) => !inHeader(m)),
    excluded,
    times,
    timesReference: described.published?.value ?? null,
    eventCandidates: candidates,
    eventSubjects: subjects,
    nounHeads: nounHeads(analysis),
    nounInstances: nounInstances(analysis),
  };
}

function resolveActors(doc: Analysed, index: ActorIndex, names: Map<string, string>, kinds: Map<string, string>): ResolvedActor[] {
  const out: ResolvedActor[] = [];
  for (const m of doc.actorMentions) {
    const id = index.resolve(doc.id, m.key);
    if (!id) continue;
    // a name one report gives and nothing confirms (canonical.ts, unconfirmed-name): events.ts lists it only as a
    // happening's own participant
    const unconfirmed = index.rulesOf(id).includes('unconfirmed-name');
    out.push({ id, name: names.get(id)!, kind: kinds.get(id)!, start: m.start, end: m.end, ...(unconfirmed ? { unconfirmed } : {}) });
  }
  return out;
}

/** The words a date was read from and how it was resolved, as the record shows them. Exported for its test. */
export function explainDate(time: TimeExpression, doc: Pick<Analysed, 'published'>): string {
  if (time.basis === 'explicit') return `'${time.text}', as written`;
  // (events.ts `date:headline-of-lede-day`: the day the article's first lines name.)
  // (A date read off another line than the record's sentence quotes that line, events/date-from-another-line.ts: the
  // judges, shown "Mexico City lowers swine flu alert" of 22 May 2009 dated 21 May, found "nothing in it supports 21 May".)
  const report = doc.published?.precision === 'day' ? ` in the report of ${humanDate(doc.published.value)}` : '';
  const quoted = time.countedFromLine ? `: "${time.countedFromLine}"${report}, so ${humanDate(time.value!)}` : null;
  if (time.rules.includes('headline:lede-day'))
    return quoted
      ? `a headline in the present, of the day its first lines name${quoted}`
      : `a headline in the present, of the day its first lines name, '${time.countedFrom}'`;
  // (events.ts `date:lede-present-perfect`: "BP has produced a corporate video ...", an article's opening news, has no
  // phrase of its own; the record said "'', article published 8 Sep 2010".)
  // (events.ts `date:wire-lede-*`: a wire story's first sentence after a dateline of its own day, "WASHINGTON, June 29
  // - The International Monetary Fund said it approved ...": the dateline names the day.)
  if (time.rules.includes('lede:wire-dateline-day'))
    return time.countedFrom
      ? `news in a wire story's first sentence, of the day of the report's dateline, '${time.countedFrom}': ${humanDate(time.value!)}`
      : `news in a wire story's first sentence, of the day its dateline names, ${humanDate(time.value!)}`;
  const lede = time.rules.includes('lede:publication-day');
  if (lede && time.countedFrom && quoted) return `news told in the present perfect at the article's opening, of the day its first lines name${quoted}`;
  if (lede && time.countedFrom) return `news told in the present perfect at the article's opening, of the day its first lines name, '${time.countedFrom}'`;
  if (time.countedFrom) return `'${time.text}', counted from '${time.countedFrom}' before it`;
  const p = doc.published;
  if (!p) return `'${time.text}'`;
  if (lede) return `news told in the present perfect at the article's opening, article published ${humanDate(p.value)}`;
  // (A day log's entry: "officials ordered technicians to suspend work Wednesday", eleven entries down a page of 4 Aug
  // 2010, is the Wednesday before that entry's day; the page's day alone would not give it.)
  if (time.entryDay) return `'${time.text}', in the page's daily entry of ${humanDate(time.entryDay)}, article published ${humanDate(p.value)}`;
  // ("Japan's Mitsui ... said overnight that it has received a bill for $480m from BP", the Guardian of 3 August 2010,
  // dated 2 August; the judges: "'overnight' before a 3 Aug article spans 2-3 Aug; the day 2 Aug is not supported".
  // A night is named by the day it began on, as "last night" is and as TimeML writes a night (2010-08-02TNI); the
  // judges passed that day for "Iran said its forces had captured one of Iraq's strongest fortifications ... in a major
  // battle overnight" of 1 March 1987, dated 28 February. The explanation names the night it means, both days.)
  if (time.rules[0] === 'deictic:overnight' && time.precision === 'day' && time.value && p.precision === 'day')
    return `'${time.text}', the night of ${nightOf(time.value)} before the report of ${humanDate(p.value)}, dated by the day it began`;
  const how = p.basis === 'inferred' ? `article dated ${humanDate(p.value)} from ${p.text ?? 'other reports'}` : `article published ${humanDate(p.value)}`;
  return `'${time.text}', ${how}`;
}

/** "2-3 Aug 2010", "31 Jul-1 Aug 2010", "31 Dec 2009-1 Jan 2010": a night from the day it began on to the next. */
function nightOf(day: string): string {
  const [y, m, d] = day.split('-').map(Number);
  const next = new Date(Date.UTC(y, m - 1, d + 1));
  const end = humanDate(next.toISOString().slice(0, 10));
  if (next.getUTCFullYear() !== y) return `${humanDate(day)}-${end}`;
  if (next.getUTCMonth() !== m - 1) return `${humanDate(day).replace(/ \d{4}$/, '')}-${end}`;
  return `${d}-${end}`;
}

function dated(m: DraftMention, doc: Analysed): DatedMention | null {
  if (!m.time?.value) return null;
  const basis = m.time.basis === 'relative' && doc.published?.basis === 'inferred' ? 'inferred' : m.time.basis;
  return { ...m, value: m.time.value, precision: m.time.precision, basis, explanation: explainDate(m.time, doc) };
}

/** Does a happening's date fit what an unresolved expression knows ("on Friday": a Friday)? */
function fitsConstraint(c: Cluster, constraint: TimeExpression['constraint']): boolean {
  // A week ("last week") names no day, and a document is dated to a day, a month or a year, never a week.
  if (!constraint || c.precision === 'week') return false;
  const [y, mo, d] = c.value.split('-').map(Number);
  // "in June" can only be matched to a happening known at least to the month.
  if (constraint.month !== undefined && mo === undefined) return false;
  if (constraint.month !== undefined && mo !== undefined && mo !== constraint.month) return false;
  if (constraint.day !== undefined && d !== undefined && d !== constraint.day) return false;
  if (constraint.weekday !== undefined && d !== undefined && new Date(Date.UTC(y, mo - 1, d)).getUTCDay() !== constraint.weekday) return false;
  return true;
}

/**
 * Dates a document that has no byline or dateline: from the happenings it shares with dated documents
 * (its "on Friday" meeting is the meeting others date 29 Nov 2024), else from its own latest explicit
 * date. Never from today's date.
 */
function inferPublished(doc: Analysed, drafts: DraftMention[], clusters: Cluster[], isPerson: (id: string) => boolean): DocumentRecord['published'] {
  const anchors: Array<{ value: string; precision: Precision; why: string }> = [];
  for (const m of drafts) {
    if (!m.time || m.time.value || !m.time.constraint) continue;
    const fitting = clusters
      .filter((c) => !c.mentions.every((x) => x.doc === doc.id) && fitsConstraint(c, m.time!.constraint))
      .map((c) => ({ c, aff: affinity(m, c, isPerson) }))
      // A weekday that falls on the very day other reports give, with two actors in common, is enough:
      // "the ceasefire between Israel and Hamas, announced in Doha on Wednesday".
      .filter(({ c, aff }) => sameHappening(aff) || (aff.shared >= 2 && c.precision === 'day' && m.time!.constraint?.weekday !== undefined))
      .sort(
        (a, b) =>
          b.aff.sharedPeople - a.aff.sharedPeople ||
          b.aff.shared - a.aff.shared ||
          Number(b.aff.related) - Number(a.aff.related) ||
          b.c.value.length - a.c.value.length,
      );
    if (!fitting.length) continue;
    const c = fitting[0].c;
    const others = new Set(c.mentions.map((x) => x.doc).filter((d) => d !== doc.id)).size;
    anchors.push({ value: c.value, precision: c.precision, why: `'${m.time.text}' matched to ${others} other report${others === 1 ? '' : 's'}` });
  }
  // A report appears after everything it reports: its date is the latest happening we can place.
  // Every explicit date in the text counts, not only those in event sentences.
  for (const t of doc.timesReference === null ? doc.times : findTimeExpressions(doc.text, null)) {
    if (t.basis === 'explicit' && t.value && !doc.excluded.some(([a, b]) => t.start < b && t.end > a))
      anchors.push({ value: t.value, precision: t.precision, why: `its latest reported date, '${t.text}'` });
  }
  if (!anchors.length) return null;
  anchors.sort((a, b) => b.value.localeCompare(a.value) || Number(b.why.includes('matched')) - Number(a.why.includes('matched')));
  const a = anchors[0];
  return { value: a.value, precision: a.precision, basis: 'inferred', text: a.why };
}

/**
 * The events stage of one document, for its canonical actors and the day its relative dates are read against. Exported
 * for the analysis workers (worker.ts), which make the drafts of the documents they analysed.
 */
export function eventDrafts(doc: Analysed, actors: ResolvedActor[], reference: string | null = doc.published?.value ?? null): DraftMention[] {
  const times = reference === doc.timesReference ? doc.times : findTimeExpressions(doc.text, reference);
  return extractEventMentions({
    doc: doc.id,
    text: doc.text,
    sentences: doc.sentences,
    times,
    actors,
    excluded: doc.excluded,
    candidates: doc.eventCandidates,
    // (Where each clause's subject is written: "he" stands for the one person who was a subject before it, as explain
    // reads it; without them the build left "he" unresolved where explain named him.)
    subjects: doc.eventSubjects,
    published: reference,
    publisher: doc.publisher,
  });
}

/** The per-document half of the build: read, clean, describe, segment, find actors. Pure and independent per file. */
export function analyseFile(file: SourceFile): { doc: Analysed | null; warnings: BuildWarning[] } {
  const read = readDocument(file.id, file.bytes);
  if (!read.ok) return { doc: null, warnings: [read.warning] };
  const warnings = [...read.warnings];
  let raw = read.raw;
  if (raw.length > MAX_DOCUMENT_CHARS) {
    const cut = raw.lastIndexOf('\n', MAX_DOCUMENT_CHARS);
    raw = raw.slice(0, cut > MAX_DOCUMENT_CHARS / 2 ? cut : MAX_DOCUMENT_CHARS);
    warnings.push({
      doc: file.id,
      code: 'truncated',
      message: `very large (${(read.raw.length / 1e6).toFixed(1)} million characters): only the first ${(raw.length / 1e6).toFixed(1)} million were read`,
    });
  }
  try {
    return { doc: analyse(file.id, raw, read.meta), warnings };
  } catch (e) {
    // A document that breaks a stage is reported and skipped; the rest still builds.
    warnings.push({ doc: file.id, code: 'analysis-failed', message: `could not be analysed: ${(e as Error).message}` });
    return { doc: null, warnings };
  }
}

export function buildTimeline(files: SourceFile[], options: BuildOptions = {}): WholeTimeline {
  const ordered = [...files].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const analysed = ordered.map((file, i) => {
    const result = analyseFile(file);
    options.onProgress?.(i + 1, ordered.length);
    return result;
  });
  return assembleTimeline(analysed, options);
}

/**
 * The corpus-wide half: canonical actors across documents, dates for undated documents, events merged
 * across reports. Takes the per-document results in any order and gives the same timeline.
 */
export function assembleTimeline(analysed: Array<{ doc: Analysed | null; warnings: BuildWarning[] }>, options: AssemblyOptions = {}): WholeTimeline {
  const assembly = beginAssembly(analysed, options);
  return finishAssembly(assembly, new Map(assembly.docs.map((d) => [d.id, assembly.draftsOf(d)])), options);
}

export type AssemblyOptions = Pick<BuildOptions, 'overrides' | 'title' | 'memo'> & {
  /**
   * false: the timeline is returned as built, not checked against the schema here. For a caller that writes it
   * through serializeTimelineParts, which checks the file it writes (the CLI): the same check twice over the whole
   * timeline was 0.2-1.3 s at 10,000 articles, and gives the same bytes (a check of a checked file changes nothing).
   */
  check?: boolean;
};

/**
 * The corpus-wide half up to the events stage: the documents in order, their canonical actors, and `draftsOf`, which
 * makes (or takes from the memo) a document's drafts for its first pass. A caller with threads of its own (the CLI,
 * parallel-drafts.ts) makes the first pass's drafts there and hands them to finishAssembly; assembleTimeline makes
 * them here, one document after another.
 */
export interface Assembly {
  docs: Analysed[];
  warnings: BuildWarning[];
  index: ActorIndex;
  names: Map<string, string>;
  kinds: Map<string, string>;
  resolved: Map<string, ResolvedActor[]>;
  /**
   * A document's drafts for its canonical actors and its own date (through the memo when there is one); `made`: the
   * drafts another thread made for the same inputs, with their V8 serialisation when it has it.
   */
  draftsOf(doc: Analysed, made?: { drafts: DraftMention[]; serialized?: Uint8Array }): DraftMention[];
}

export function beginAssembly(analysed: Array<{ doc: Analysed | null; warnings: BuildWarning[] }>, options: AssemblyOptions = {}): Assembly {
  const warnings = analysed.flatMap((a) => a.warnings);
  // Copies: inference below sets `published` on undated documents, and callers may cache their input.
  const docs = analysed.flatMap((a) => (a.doc ? [{ ...a.doc }] : [])).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const index = canonicalizeActors(
    docs.map((d) => ({ doc: d.id, mentions: d.actorMentions })),
    options.overrides,
  );
  const names = new Map(index.actors.map((a) => [a.id, a.name]));
  const kinds = new Map(index.actors.map((a) => [a.id, a.kind]));
  const resolved = new Map(docs.map((d) => [d.id, resolveActors(d, index, names, kinds)]));
  const draftsOf: Assembly['draftsOf'] = (d, made) => {
    const actors = resolved.get(d.id)!;
    const compute = () => made?.drafts ?? eventDrafts(d, actors);
    return options.memo ? options.memo.drafts(d, { actors, published: d.published?.value ?? null }, compute, made?.serialized) : compute();
  };
  return { docs, warnings, index, names, kinds, resolved, draftsOf };
}

/**
 * The rest of the corpus-wide half, from `firstDrafts`: every document's drafts for its own date (assembly.draftsOf),
 * made in any order, on any thread.
 */
export function finishAssembly(assembly: Assembly, firstDrafts: Map<string, DraftMention[]>, options: AssemblyOptions = {}): WholeTimeline {
  const { docs, warnings, index, names, kinds, draftsOf } = assembly;
  const isPerson = (id: string) => kinds.get(id) === 'person';
  const isThing = (id: string) => kinds.get(id) === 'other';
  // Pass 1: documents with their own date.
  const drafts = new Map(docs.map((d) => [d.id, firstDrafts.get(d.id)!]));
  const datedOf = (d: Analysed) =>
    drafts
      .get(d.id)!
      .map((m) => dated(m, d))
      .filter((m): m is DatedMention => !!m);
  // Clustered only when a document needs a date from it: when every document has its own, pass 2 is this very clustering.
  let firstPass: Cluster[] | null = null;
  // (The days known before pass 2, for `merge:reported-before-the-day`: a document dated there is dated by others' reports.)
  const knownDays = new Map(docs.map((d) => [d.id, d.published?.value ?? null]));
  const publishedOf = (id: string) => knownDays.get(id) ?? null;
  // Pass 2: date the undated documents from what the others say, then read their relative dates again.
  for (const d of docs) {
    if (d.published) continue;
    firstPass ??= clusterMentions(docs.flatMap(datedOf), isPerson, isThing, publishedOf);
    d.published = inferPublished(d, drafts.get(d.id)!, firstPass, isPerson);
    if (d.published) drafts.set(d.id, draftsOf(d));
    else
      warnings.push({
        doc: d.id,
        code: 'undated',
        message: 'no publication date found or inferred: its relative dates ("on Friday", "last month") stay unresolved',
      });
  }
  const published = new Map(docs.map((d) => [d.id, d.published?.value ?? null]));
  const clusters = clusterMentions(docs.flatMap(datedOf), isPerson, isThing, (id) => published.get(id) ?? null);
  attachUndated(
    clusters,
    docs.flatMap((d) => drafts.get(d.id)!.filter((m) => !m.time)),
    isPerson,
    (id) => published.get(id) ?? null,
  );

  const forms = new Map(index.actors.map((a) => [a.id, [a.name, ...a.aliases]]));
  // "The crystals caused BP PLC problems": a title whose thing the collection does not tell of is hidden (salience.ts).
  // "Consumer prices rose 98.9 pct": a title that names no one stands only on a thing the collection tells of (salience.ts).
  // "President Barack Obama toured the region": a title whose object the collection does not tell of is hidden (salience.ts).
  // "The cap collected about 620,000 gallons": "the cap" of a collection that tells of several caps says not which (salience.ts).
  const several = severalThings(
    docs.map((d) => d.nounInstances),
    docs.map((d) => d.nounHeads),
  );
  const placeable = phrasesPlacedInCollection(
    objectsPlacedInCollection(
      standsAloneInCollection(
        placedByAReport(
          placeableInCollection(
            clusters,
            docs.map((d) => d.nounHeads),
            undefined,
            several,
          ),
        ),
        docs.map((d) => d.nounHeads),
      ),
      docs.map((d) => d.nounHeads),
      undefined,
      several,
    ),
    several,
  );
  const events = toEventRecords(
    placeable,
    (id) => names.get(id) ?? id,
    (id) => forms.get(id) ?? [],
  );
  const onEvents = new Set(events.flatMap((e) => e.actors));
  const timeline: WholeTimeline = {
    schemaVersion: SCHEMA_VERSION,
    ...(options.title ? { title: options.title } : {}),
    documents: docs.map((d) => ({ id: d.id, title: d.title, publisher: d.publisher, published: d.published, text: d.text, citedSources: d.citedSources })),
    actors: index.actors.filter((a) => onEvents.has(a.id)),
    events: rateImportance(events, docs),
    warnings: warnings.sort((a, b) => a.doc.localeCompare(b.doc) || a.code.localeCompare(b.code)),
  };
  if (options.check === false) return timeline;
  return TimelineFileSchema.parse(timeline) as WholeTimeline; // every document with its text, as built
}
