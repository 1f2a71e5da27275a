/**
 * What a collection is called and what it holds, for the header, the title slide, the handout and the exported
 * image: its name, the period its events cover, and how many events, articles and publishers they come from.
 */
import type { TimelineFile } from '../../schema/timeline';
import { tidyName } from './collectionName';
import { formatDate } from './dates';
import { isOffPeriod, type StoryView } from './storyView';
import type { TimelineIndex } from './timelineIndex';

export interface CollectionFacts {
  title: string;
  /**
   * "2018 – 30 Nov 2024": the first and the last event's dates, each as precisely as it is known; for a large
   * collection, of the events shown in the story's own period (the folded background and aftermath left out); null:
   * no events
   */
  period: string | null;
  events: number;
  /** the events shown are the key events (the Detail control's first level) of a larger selection, and only they */
  key: boolean;
  /** how many events pass the filters, when fewer are shown (the key events "of 573"); else null */
  of: number | null;
  articles: number;
  publishers: number;
}

/**
 * The name the reader gave it in the app (?name=), else the file's title (extract --title, or the input folder's name), else the names of the three actors on most
 * events ("North Korea, Kim Jong Un and Russia"): what the collection is about, in its own words.
 */
export function collectionTitle(timeline: TimelineFile, name: string | null = null): string {
  const given = tidyName(name) ?? timeline.title?.trim();
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

/**
 * The facts of the events at these positions (the ones shown). With the story view they were taken from, the
 * articles and publishers are those of every filtered event, and the period is the shown events' core period.
 * `name`: the name the reader gave the collection, if any.
 */
export function collectionFacts(index: TimelineIndex, positions: readonly number[], view?: StoryView, name: string | null = null): CollectionFacts {
  let first = -1;
  let last = -1;
  // (The BBC's spill coverage: its title slide said "April 2010 – 17 Jun 2010", the core period where the timeline
  // opens, over 30 slides that ran to 19 September. The slides' own span is what the period of a title slide says.)
  const inStory = view?.large ? positions.filter((p) => !isOffPeriod(index.events[p])) : [];
  for (const p of inStory.length ? inStory : positions) {
    if (first < 0 || index.startMs[p] < index.startMs[first]) first = p;
    if (last < 0 || index.endMs[p] > index.endMs[last]) last = p;
  }
  // (The BBC's 291 reports of the spill: unfiltered, its title slide said "16 key events of 176, from 183 articles", the
  // articles that report an event. A reader who dropped 291 articles reads 183 as articles lost. With nothing filtered
  // out, the collection's articles are all of them; with a filter, those its events come from.)
  const unfiltered = view !== undefined && view.matches.length === index.events.length;
  const docs = new Set<string>();
  if (unfiltered) for (const d of index.timeline.documents) docs.add(d.id);
  else for (const p of view?.matches ?? positions) for (const m of index.events[p].mentions) docs.add(m.doc);
  const publishers = new Set<string>();
  for (const id of docs) {
    const publisher = index.docById.get(id)?.publisher;
    if (publisher) publishers.add(publisher);
  }
  const date = (p: number) => formatDate(index.events[p].date.value, index.events[p].date.precision);
  const period = first < 0 ? null : date(first) === date(last) ? date(first) : `${date(first)} – ${date(last)}`;
  const of = view && view.matches.length > positions.length ? view.matches.length : null;
  return {
    title: collectionTitle(index.timeline, name),
    period,
    events: positions.length,
    key: !!view?.limited && view.detail === 'key' && !view.unfolded,
    of,
    articles: docs.size,
    publishers: publishers.size,
  };
}

/** "9 events from 5 articles by 3 publishers"; "30 key events of 573, from 291 articles by 1 publisher" */
export function factsLine(facts: CollectionFacts): string {
  const by = facts.publishers ? ` by ${plural(facts.publishers, 'publisher')}` : '';
  const events = plural(facts.events, facts.key ? 'key event' : 'event');
  const of = facts.of === null ? '' : ` of ${facts.of.toLocaleString('en-GB')},`;
  return `${events}${of} from ${plural(facts.articles, 'article')}${by}`;
}
