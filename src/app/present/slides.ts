/**
 * What a presentation shows: the filtered events in date order, one slide each, and what each card says.
 * Pure functions over the index, so ordering and the slide a link opens at are unit-tested without a browser.
 */
import { utcMs } from '../../schema/calendarDate';
import type { ActorRecord, EventRecord, Mention } from '../../schema/timeline';
import { formatDate, withCalendarYear } from '../store/dates';
import type { TimelineIndex } from '../store/timelineIndex';
import { withoutReprints } from '../store/reprints';
import { sourcesInOrder } from '../store/sourceOrder';

/**
 * Positions of the events to present, earliest first. The file is already sorted, but "2018" (the whole year) and
 * "2018-03-02" compare by where they start, so slides follow the calendar, not the string order; ties keep the
 * file's order so the sequence is stable across reloads.
 */
export function slideOrder(index: TimelineIndex, matches: readonly number[]): number[] {
  return [...matches].sort((a, b) => index.startMs[a] - index.startMs[b] || a - b);
}

/** The slide a link or key asks for, kept inside 1..count (1 when there are no slides). */
export function clampSlide(slide: number, count: number): number {
  if (!Number.isFinite(slide) || count < 1) return 1;
  return Math.min(Math.max(1, Math.floor(slide)), count);
}

export function nextSlide(action: 'next' | 'previous' | 'first' | 'last', slide: number, count: number): number {
  if (action === 'first') return 1;
  if (action === 'last') return Math.max(1, count);
  return clampSlide(slide + (action === 'next' ? 1 : -1), count);
}

/**
 * Slide 1 is the title slide (the collection's name, period and counts); the events follow from slide 2, so a
 * presentation has one slide more than it has events.
 */
export const TITLE_SLIDES = 1;

export const slideCount = (events: number): number => events + TITLE_SLIDES;

/** The position in the slide order of the event a slide shows (null: the title slide). */
export function eventOfSlide(slide: number): number | null {
  return slide > TITLE_SLIDES ? slide - TITLE_SLIDES - 1 : null;
}

/** The slide to open when the teacher presses Present: the selected event's, else the title slide. */
export function startingSlide(index: TimelineIndex, order: readonly number[], selectedEventId: string | null): number {
  const pos = selectedEventId ? index.eventPos.get(selectedEventId) : undefined;
  const at = pos === undefined ? -1 : order.indexOf(pos);
  return at >= 0 ? at + TITLE_SLIDES + 1 : 1;
}

/** The sources a slide can show at once: as many as fit, then the next ones on the next key press. */
export interface SourcePages {
  /** where each page shown so far starts (the last is the page on screen) */
  starts: number[];
  /** how many sources the page on screen holds (null: not measured yet) */
  fits: number | null;
}

export const FIRST_PAGE: SourcePages = { starts: [0], fits: null };

/** The next page of sources, or null when the slide has shown its last one (the key goes to the next slide). */
export function nextSourcePage(pages: SourcePages, total: number): SourcePages | null {
  const start = pages.starts.at(-1)!;
  if (pages.fits === null || start + pages.fits >= total) return null;
  return { starts: [...pages.starts, start + pages.fits], fits: null };
}

/** The page before, or null on the first one. */
export function previousSourcePage(pages: SourcePages): SourcePages | null {
  return pages.starts.length > 1 ? { starts: pages.starts.slice(0, -1), fits: null } : null;
}

const DAY_LONG = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const MONTH_LONG = new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });

/** "29 November 2024", "week of 7 June 2010", "June 2024", "2018": said no more precisely than it is known, spelled out for a room. */
export function spokenDate(value: string, precision: EventRecord['date']['precision']): string {
  const [y, m = 1, d = 1] = value.split('-').map(Number);
  if (precision === 'year') return String(y);
  if (precision === 'month') return withCalendarYear(MONTH_LONG, utcMs(y, m - 1, 1));
  if (precision === 'week') return `week of ${withCalendarYear(DAY_LONG, utcMs(y, m - 1, d))}`;
  return withCalendarYear(DAY_LONG, utcMs(y, m - 1, d));
}

export interface SlideSource {
  /** the mention's place in its document: a stable key */
  key: string;
  quote: string;
  /** the article's title (its file name when it has none) */
  documentTitle: string;
  publisher: string | null;
  /** the article's date ("17 May 2010"): a report of 17 May and one of the day itself are not the same evidence */
  published: string | null;
  attribution: string | null;
  /** the phrase earlier in the article that names what the title names, when the quote does not ("the BP oil spill") */
  named?: string;
  /** how many other reports of the event print this sentence word for word (a publisher's reprint), quoted once */
  reprints: number;
}

export interface SlideCard {
  eventId: string;
  date: string;
  /** "day not reported", "date inferred", "reports disagree on the date" */
  dateNotes: string[];
  title: string;
  actors: string[];
  /** every sentence that states it, each once (a reprint is counted on its first report); the card shows the first, key S shows them all */
  sources: SlideSource[];
  /** how many reports state it, reprints included */
  reports: number;
  /** how many documents those reports come from: what the events table's Sources column says ("55 documents") */
  documents: number;
}

/** "printed word for word in 1 more report": a reprint is quoted once, and the count says the others exist */
export const reprintLine = (n: number): string => `printed word for word in ${n} more report${n === 1 ? '' : 's'}`;

function sourceOf(mention: Mention, index: TimelineIndex, reprints: number): SlideSource {
  const doc = index.docById.get(mention.doc);
  return {
    key: `${mention.doc}:${mention.start}:${mention.end}`,
    quote: mention.sentence,
    documentTitle: doc?.title || mention.doc,
    publisher: doc?.publisher ?? null,
    published: doc?.published ? formatDate(doc.published.value, doc.published.precision) : null,
    attribution: mention.attribution && index.citedAs.has(mention.attribution) ? mention.attribution : null,
    ...(mention.named ? { named: mention.named.text } : {}),
    reprints,
  };
}

export function slideCard(event: EventRecord, index: TimelineIndex): SlideCard {
  const date = spokenDate(event.date.value, event.date.precision);
  const dateNotes: string[] = [];
  // "June 2024" already says the month; the note says the day is unknown, not that it is the 1st
  // "week of 7 June 2010" names a Monday: the note says the day is unknown, not that it is the Monday
  if (event.date.precision === 'week' || event.date.precision === 'month') dateNotes.push('day not reported');
  if (event.date.precision === 'year') dateNotes.push('month and day not reported');
  if (event.date.basis === 'inferred') dateNotes.push('date inferred');
  if (event.conflicts?.length) dateNotes.push('reports disagree on the date');
  return {
    eventId: event.id,
    date,
    dateNotes,
    title: event.title,
    actors: event.actors
      .map((id) => index.actorById.get(id))
      .filter((a): a is ActorRecord => !!a)
      .map((a) => a.name),
    // The title's own report first: a slide or a handout shows one or a few quotes under the title, and the one the
    // title was written from is the one that lets a class check it; the other reports follow as published. A
    // sentence a publisher reprinted is quoted once (reprints.ts), as the handout quotes it.
    sources: withoutReprints([...event.mentions.slice(0, 1), ...sourcesInOrder(event.mentions.slice(1), index)], (m) => m.sentence).map(
      ({ source, reprints }) => sourceOf(source, index, reprints),
    ),
    reports: event.mentions.length,
    documents: new Set(event.mentions.map((m) => m.doc)).size,
  };
}
