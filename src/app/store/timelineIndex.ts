/**
 * Everything the explorer looks up more than once, computed once when a timeline loads: events by id, date spans,
 * and each facet (actors, documents, publishers, cited sources) as interned numbers in flat typed arrays, so that
 * filtering and counting at 100,000 events are tight loops over numbers, not string sets. The search text and the
 * reader's sentences-by-document are built on first use: most visits never search or open a document.
 */
import { utcMs } from '../../schema/calendarDate';
import type { ActorKind, ActorRecord, DocumentRecord, EventRecord, Mention, Precision, TimelineFile } from '../../schema/timeline';
import { dateSpan, type DateSpan } from './dates';
import { buildSearchText, type SearchText } from './searchText';

export interface MentionRef {
  eventId: string;
  mention: Mention;
}

/**
 * One facet of every event, as a compressed sparse row: the values of event i are
 * values[members[offsets[i]]] … values[members[offsets[i + 1] - 1]], each at most once per event.
 */
export interface FacetColumn {
  values: string[];
  idOf: Map<string, number>;
  offsets: Int32Array;
  members: Int32Array;
}

export type FacetName = 'actors' | 'docs' | 'publishers' | 'cited';

export interface TimelineIndex {
  timeline: TimelineFile;
  events: EventRecord[];
  /** UTC span of each event's date (a month or a year covers all of it); endMs is exclusive */
  startMs: Float64Array;
  endMs: Float64Array;
  facet: Record<FacetName, FacetColumn>;
  eventPos: Map<string, number>;
  actorById: Map<string, ActorRecord>;
  docById: Map<string, DocumentRecord>;
  actorsByKind: Map<ActorKind, ActorRecord[]>;
  publishers: string[];
  citedSources: string[];
  /** each attribution that names a source, to the one name it is filtered by (an attribution not here is not cited) */
  citedAs: ReadonlyMap<string, string>;
  /** the event sentences of each document, in text order (built on first read) */
  readonly mentionsByDoc: Map<string, MentionRef[]>;
  /** titles and quotes, lower-cased, for text search (built on first read, or handed over by the load worker) */
  readonly searchText: SearchText;
  minMs: number;
  maxMs: number;
}

import { actorNameSet, namesASource } from './citedSource';

const byText = (a: string, b: string) => a.localeCompare(b);

/** Interns the values of one facet, event by event, into a FacetColumn. */
class FacetBuilder {
  readonly values: string[] = [];
  readonly idOf = new Map<string, number>();
  readonly offsets: Int32Array;
  private members: number[] = [];
  private event = 0;
  constructor(events: number) {
    this.offsets = new Int32Array(events + 1);
  }
  add(value: string): void {
    let id = this.idOf.get(value);
    if (id === undefined) {
      id = this.values.length;
      this.values.push(value);
      this.idOf.set(value, id);
    }
    // once per event: a value repeated in one event (two reports in one document) counts once
    for (let k = this.offsets[this.event]; k < this.members.length; k++) if (this.members[k] === id) return;
    this.members.push(id);
  }
  endEvent(): void {
    this.offsets[++this.event] = this.members.length;
  }
  build(): FacetColumn {
    return { values: this.values, idOf: this.idOf, offsets: this.offsets, members: Int32Array.from(this.members) };
  }
}

/** The values of one facet on one event. */
export function facetValues(column: FacetColumn, pos: number): string[] {
  const out: string[] = [];
  for (let k = column.offsets[pos]; k < column.offsets[pos + 1]; k++) out.push(column.values[column.members[k]]);
  return out;
}

/** How many of one facet's values an event has (the list's "2 documents"). */
export function facetCount(column: FacetColumn, pos: number): number {
  return column.offsets[pos + 1] - column.offsets[pos];
}

/** The number written in value[at, at + length), or -1 if any of it is not a digit. */
function digits(value: string, at: number, length: number): number {
  let n = 0;
  for (let i = at; i < at + length; i++) {
    const c = value.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    n = n * 10 + c;
  }
  return n;
}

/**
 * dateSpan, reading "2024", "2024-06" or "2024-06-19" digit by digit: value.split('-').map(Number) for each of
 * 100,000 events was a fifth of the page's share of a large load in a trace. Same results; any other value goes
 * through dateSpan itself.
 */
export function eventSpan(value: string, precision: Precision): DateSpan {
  const n = value.length;
  const y = n === 4 || n === 7 || n === 10 ? digits(value, 0, 4) : -1;
  const m = n === 4 ? 1 : value.charCodeAt(4) === 45 ? digits(value, 5, 2) : -1;
  const d = n === 10 ? (value.charCodeAt(7) === 45 ? digits(value, 8, 2) : -1) : 1;
  if (y < 0 || m < 0 || d < 0) return dateSpan(value, precision);
  if (precision === 'year') return { startMs: utcMs(y, 0, 1), endMs: utcMs(y + 1, 0, 1) };
  if (precision === 'month') return { startMs: utcMs(y, m - 1, 1), endMs: utcMs(y, m, 1) };
  return { startMs: utcMs(y, m - 1, d), endMs: utcMs(y, m - 1, d + (precision === 'week' ? 7 : 1)) };
}

function buildMentionsByDoc(events: EventRecord[]): Map<string, MentionRef[]> {
  const byDoc = new Map<string, MentionRef[]>();
  for (const event of events) {
    for (const mention of event.mentions) {
      let list = byDoc.get(mention.doc);
      if (!list) byDoc.set(mention.doc, (list = []));
      list.push({ eventId: event.id, mention });
    }
  }
  for (const list of byDoc.values()) list.sort((a, b) => a.mention.start - b.mention.start || a.mention.end - b.mention.end);
  return byDoc;
}

/**
 * One name for each cited source that the articles write in several cases: "The US Coast Guard" opening a sentence
 * and "the US Coast Guard" inside one are one source, and the BBC's spill coverage listed it three times in the
 * filters, each ticking a third of its events. The name shown is the form written most often (ties: the first in
 * text order), so the same file always gives the same names.
 */
export function citedNames(events: readonly EventRecord[], actorNames: ReadonlySet<string> = new Set()): Map<string, string> {
  const forms = new Map<string, Map<string, number>>();
  for (const event of events)
    for (const m of event.mentions) {
      // a phrase that names no one ("The find", "it") is no cited source (citedSource.ts)
      if (!m.attribution || !namesASource(m.attribution, actorNames, m.sentence)) continue;
      const key = m.attribution.toLocaleLowerCase('en');
      let counts = forms.get(key);
      if (!counts) forms.set(key, (counts = new Map()));
      counts.set(m.attribution, (counts.get(m.attribution) ?? 0) + 1);
    }
  const names = new Map<string, string>();
  for (const counts of forms.values()) {
    const [name] = [...counts].sort((a, b) => b[1] - a[1] || byText(a[0], b[0]))[0];
    for (const form of counts.keys()) names.set(form, name);
  }
  return names;
}

/** prebuilt.searchText is read on first search, so a loader may fill it in after the index is built */
export function buildIndex(timeline: TimelineFile, prebuilt: { searchText?: SearchText } = {}): TimelineIndex {
  const events = timeline.events;
  const n = events.length;
  const docById = new Map(timeline.documents.map((d) => [d.id, d]));
  const actorById = new Map(timeline.actors.map((a) => [a.id, a]));
  const eventPos = new Map<string, number>();
  const startMs = new Float64Array(n);
  const endMs = new Float64Array(n);
  const actors = new FacetBuilder(n);
  const docs = new FacetBuilder(n);
  const publishers = new FacetBuilder(n);
  const cited = new FacetBuilder(n);
  const citedAs = citedNames(events, actorNameSet(timeline.actors));
  let minMs = Infinity;
  let maxMs = -Infinity;
  for (let i = 0; i < n; i++) {
    const event = events[i];
    eventPos.set(event.id, i);
    const span = eventSpan(event.date.value, event.date.precision);
    startMs[i] = span.startMs;
    endMs[i] = span.endMs;
    if (span.startMs < minMs) minMs = span.startMs;
    if (span.endMs > maxMs) maxMs = span.endMs;
    for (const a of event.actors) actors.add(a);
    for (const m of event.mentions) {
      docs.add(m.doc);
      const publisher = docById.get(m.doc)?.publisher;
      if (publisher) publishers.add(publisher);
      const source = m.attribution && citedAs.get(m.attribution);
      if (source) cited.add(source);
    }
    actors.endEvent();
    docs.endEvent();
    publishers.endEvent();
    cited.endEvent();
  }
  const actorsByKind = new Map<ActorKind, ActorRecord[]>();
  for (const actor of timeline.actors) {
    const list = actorsByKind.get(actor.kind) ?? [];
    list.push(actor);
    actorsByKind.set(actor.kind, list);
  }
  let mentionsByDoc: Map<string, MentionRef[]> | null = null;
  let searchText: SearchText | null = null;
  return {
    timeline,
    events,
    startMs,
    endMs,
    facet: { actors: actors.build(), docs: docs.build(), publishers: publishers.build(), cited: cited.build() },
    eventPos,
    actorById,
    docById,
    actorsByKind,
    publishers: [...publishers.values].sort(byText),
    citedSources: [...cited.values].sort(byText),
    citedAs,
    get mentionsByDoc() {
      return (mentionsByDoc ??= buildMentionsByDoc(events));
    },
    get searchText() {
      return (searchText ??= prebuilt.searchText ?? buildSearchText(events));
    },
    minMs: Number.isFinite(minMs) ? minMs : Date.UTC(2000, 0, 1),
    maxMs: Number.isFinite(maxMs) ? maxMs : Date.UTC(2001, 0, 1),
  };
}
