/**
 * What a collection is called and what it holds, for the header, the title slide, the handout and the exported
 * image: its name, the period its events cover, and how many events, articles and publishers they come from.
 */
import type { TimelineFile } from '../../schema/timeline';
import { formatDate } from './dates';
import type { TimelineIndex } from './timelineIndex';

export interface CollectionFacts {
  title: string;
  /** "2018 – 30 Nov 2024": the first and the last event's dates, each as precisely as it is known; null: no events */
  period: string | null;
  events: number;
  articles: number;
  publishers: number;
}

/**
 * The file's title (extract --title, or the input folder's name), else the names of the three actors on most
 * events ("North Korea, Kim Jong Un and Russia"): what the collection is about, in its own words.
 */
export function collectionTitle(timeline: TimelineFile): string {
  const given = timeline.title?.trim();
  if (given) return given;
  const events = new Map<string, number>();
  const mentions = new Map<string, number>();
  for (const e of timeline.events) {
    for (const a of e.actors) {
      events.set(a, (events.get(a) ?? 0) + 1);
      mentions.set(a, (mentions.get(a) ?? 0) + e.mentions.length);
    }
  }
  const names = new Map(timeline.actors.map((a) => [a.id, a.name]));
  const top = [...events.keys()]
    .filter((id) => names.has(id))
    .sort((a, b) => events.get(b)! - events.get(a)! || mentions.get(b)! - mentions.get(a)! || names.get(a)!.localeCompare(names.get(b)!))
    .slice(0, 3)
    .map((id) => names.get(id)!);
  if (!top.length) return 'Untitled collection';
  return top.length === 1 ? top[0] : `${top.slice(0, -1).join(', ')} and ${top.at(-1)}`;
}

const plural = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`;

/** The facts of the events at these positions (the filtered ones). */
export function collectionFacts(index: TimelineIndex, positions: readonly number[]): CollectionFacts {
  let first = -1;
  let last = -1;
  const docs = new Set<string>();
  for (const p of positions) {
    if (first < 0 || index.startMs[p] < index.startMs[first]) first = p;
    if (last < 0 || index.endMs[p] > index.endMs[last]) last = p;
    for (const m of index.events[p].mentions) docs.add(m.doc);
  }
  const publishers = new Set<string>();
  for (const id of docs) {
    const publisher = index.docById.get(id)?.publisher;
    if (publisher) publishers.add(publisher);
  }
  const date = (p: number) => formatDate(index.events[p].date.value, index.events[p].date.precision);
  const period = first < 0 ? null : date(first) === date(last) ? date(first) : `${date(first)} – ${date(last)}`;
  return { title: collectionTitle(index.timeline), period, events: positions.length, articles: docs.size, publishers: publishers.size };
}

/** "9 events from 5 articles by 3 publishers" */
export function factsLine(facts: CollectionFacts): string {
  const by = facts.publishers ? ` by ${plural(facts.publishers, 'publisher')}` : '';
  return `${plural(facts.events, 'event')} from ${plural(facts.articles, 'article')}${by}`;
}
