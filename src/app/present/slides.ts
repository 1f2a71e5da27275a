/**
 * What a presentation shows: the filtered events in date order, one slide each, and what each card says.
 * Pure functions over the index, so ordering and the slide a link opens at are unit-tested without a browser.
 */
import { utcMs } from '../../schema/calendarDate';
import type { ActorRecord, EventRecord, Mention } from '../../schema/timeline';
import { withCalendarYear } from '../store/dates';
import type { TimelineIndex } from '../store/timelineIndex';

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

export type SlideKeyAction = 'next' | 'previous' | 'first' | 'last' | 'sources' | 'leave';

/** The keys a keyboard or a presentation clicker sends (clickers send PageDown/PageUp). */
export function slideKeyAction(key: string): SlideKeyAction | null {
  switch (key) {
    case 'ArrowRight':
    case 'PageDown':
    case ' ':
      return 'next';
    case 'ArrowLeft':
    case 'PageUp':
      return 'previous';
    case 'Home':
      return 'first';
    case 'End':
      return 'last';
    case 's':
    case 'S':
      return 'sources';
    case 'Escape':
      return 'leave';
    default:
      return null;
  }
}

export function nextSlide(action: 'next' | 'previous' | 'first' | 'last', slide: number, count: number): number {
  if (action === 'first') return 1;
  if (action === 'last') return Math.max(1, count);
  return clampSlide(slide + (action === 'next' ? 1 : -1), count);
}

/** The slide to open when the teacher presses Present: the selected event's, else the first. */
export function startingSlide(index: TimelineIndex, order: readonly number[], selectedEventId: string | null): number {
  const pos = selectedEventId ? index.eventPos.get(selectedEventId) : undefined;
  const at = pos === undefined ? -1 : order.indexOf(pos);
  return at >= 0 ? at + 1 : 1;
}

const DAY_LONG = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const MONTH_LONG = new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });

/** "29 November 2024", "June 2024", "2018": said no more precisely than it is known, spelled out for a room. */
export function spokenDate(value: string, precision: EventRecord['date']['precision']): string {
  const [y, m = 1, d = 1] = value.split('-').map(Number);
  if (precision === 'year') return String(y);
  if (precision === 'month') return withCalendarYear(MONTH_LONG, utcMs(y, m - 1, 1));
  return withCalendarYear(DAY_LONG, utcMs(y, m - 1, d));
}

export interface SlideSource {
  quote: string;
  /** "Article title — Publisher, 30 Nov 2024" */
  documentTitle: string;
  publisher: string | null;
  attribution: string | null;
}

export interface SlideCard {
  eventId: string;
  date: string;
  /** "day not reported", "date inferred", "reports disagree on the date" */
  dateNotes: string[];
  title: string;
  actors: string[];
  /** every report (each sentence that states it); the card shows the first, key S shows them all */
  sources: SlideSource[];
}

function sourceOf(mention: Mention, index: TimelineIndex): SlideSource {
  const doc = index.docById.get(mention.doc);
  return { quote: mention.sentence, documentTitle: doc?.title || mention.doc, publisher: doc?.publisher ?? null, attribution: mention.attribution };
}

export function slideCard(event: EventRecord, index: TimelineIndex): SlideCard {
  const date = spokenDate(event.date.value, event.date.precision);
  const dateNotes: string[] = [];
  // "June 2024" already says the month; the note says the day is unknown, not that it is the 1st
  if (event.date.precision === 'month') dateNotes.push('day not reported');
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
    sources: event.mentions.map((m) => sourceOf(m, index)),
  };
}
