/**
 * Everything the explorer looks up more than once, computed once when a timeline loads: events by id, per-event
 * facets (actors, documents, publishers, cited sources), a lower-cased search text, and date spans. Filtering and
 * counting then touch plain arrays, which keeps them fast at 100,000 events.
 */
import type { ActorKind, ActorRecord, DocumentRecord, EventRecord, Mention, TimelineFile } from '../../schema/timeline';
import { dateSpan } from './dates';

export interface EventFacets {
  startMs: number;
  endMs: number;
  actors: string[];
  docs: string[];
  publishers: string[];
  cited: string[];
  /** title and quotes, lower-cased, for text search */
  haystack: string;
}

export interface MentionRef {
  eventId: string;
  mention: Mention;
}

export interface TimelineIndex {
  timeline: TimelineFile;
  events: EventRecord[];
  facets: EventFacets[];
  eventPos: Map<string, number>;
  actorById: Map<string, ActorRecord>;
  docById: Map<string, DocumentRecord>;
  actorsByKind: Map<ActorKind, ActorRecord[]>;
  publishers: string[];
  citedSources: string[];
  /** the event sentences of each document, in text order */
  mentionsByDoc: Map<string, MentionRef[]>;
  minMs: number;
  maxMs: number;
}

const uniq = (xs: Iterable<string>) => [...new Set(xs)];
const byText = (a: string, b: string) => a.localeCompare(b);

export function buildIndex(timeline: TimelineFile): TimelineIndex {
  const docById = new Map(timeline.documents.map((d) => [d.id, d]));
  const actorById = new Map(timeline.actors.map((a) => [a.id, a]));
  const eventPos = new Map<string, number>();
  const mentionsByDoc = new Map<string, MentionRef[]>();
  let minMs = Infinity;
  let maxMs = -Infinity;
  const facets = timeline.events.map((event, i): EventFacets => {
    eventPos.set(event.id, i);
    const { startMs, endMs } = dateSpan(event.date.value, event.date.precision);
    minMs = Math.min(minMs, startMs);
    maxMs = Math.max(maxMs, endMs);
    for (const mention of event.mentions) {
      let list = mentionsByDoc.get(mention.doc);
      if (!list) mentionsByDoc.set(mention.doc, (list = []));
      list.push({ eventId: event.id, mention });
    }
    return {
      startMs,
      endMs,
      actors: event.actors,
      docs: uniq(event.mentions.map((m) => m.doc)),
      publishers: uniq(event.mentions.map((m) => docById.get(m.doc)?.publisher).filter((p): p is string => !!p)),
      cited: uniq(event.mentions.map((m) => m.attribution).filter((a): a is string => !!a)),
      haystack: [event.title, ...event.mentions.map((m) => m.sentence)].join('\n').toLowerCase(),
    };
  });
  for (const list of mentionsByDoc.values()) list.sort((a, b) => a.mention.start - b.mention.start || a.mention.end - b.mention.end);
  const actorsByKind = new Map<ActorKind, ActorRecord[]>();
  for (const actor of timeline.actors) {
    const list = actorsByKind.get(actor.kind) ?? [];
    list.push(actor);
    actorsByKind.set(actor.kind, list);
  }
  return {
    timeline,
    events: timeline.events,
    facets,
    eventPos,
    actorById,
    docById,
    actorsByKind,
    publishers: uniq(facets.flatMap((f) => f.publishers)).sort(byText),
    citedSources: uniq(facets.flatMap((f) => f.cited)).sort(byText),
    mentionsByDoc,
    minMs: Number.isFinite(minMs) ? minMs : Date.UTC(2000, 0, 1),
    maxMs: Number.isFinite(maxMs) ? maxMs : Date.UTC(2001, 0, 1),
  };
}
