/**
 * How an event's date was found, in a sentence a reader can check:
 * "'on Friday', article published 30 Nov 2024", "inferred from 3 other reports".
 */
import type { EventRecord } from '../../schema/timeline';
import { formatDate } from '../store/dates';
import type { TimelineIndex } from '../store/timelineIndex';

export function explainDate(event: EventRecord, index: TimelineIndex): string {
  if (event.date.explanation) return event.date.explanation;
  const phrase = event.date.text ? `'${event.date.text}'` : 'the date';
  if (event.date.basis === 'explicit') return `${phrase}, as written in the report`;
  if (event.date.basis === 'relative') {
    const dated = event.mentions.map((m) => index.docById.get(m.doc)?.published).find((p) => !!p);
    return dated ? `${phrase}, article published ${formatDate(dated.value, dated.precision)}` : `${phrase}, relative to the article's date`;
  }
  const others = new Set(event.mentions.map((m) => m.doc)).size;
  return others > 1 ? `inferred from ${others} reports` : 'inferred from other reports';
}

export function precisionNote(event: EventRecord): string | null {
  if (event.date.precision === 'week') return 'approximate: sometime in this week (Monday to Sunday)';
  if (event.date.precision === 'month') return 'approximate: sometime in this month';
  if (event.date.precision === 'year') return 'approximate: sometime in this year';
  return null;
}
