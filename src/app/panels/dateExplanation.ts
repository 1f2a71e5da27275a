/**
 * How an event's date was found, in a sentence a reader can check:
 * "'on Friday', article published 30 Nov 2024", "inferred from 3 other reports".
 */
import type { EventRecord, Mention } from '../../schema/timeline';
import { formatDate } from '../store/dates';
import type { TimelineIndex } from '../store/timelineIndex';

export function explainDate(event: EventRecord, index: Pick<TimelineIndex, 'docById'>): string {
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

/** The report an event's date is read from, and where the details list it. */
export interface DateSource {
  mention: Mention;
  /** its place among the reports as the details list them (sourcesInOrder), 0-based */
  at: number;
  /** "“Sea birds covered in spilt oil are being treated in Louisiana”, BBC": the report's title and publisher */
  cited: string;
  /** "17 May 2010": its publication date, when the explanation does not already say it */
  published: string | null;
}

/**
 * The report whose sentence holds the date phrase: the event's representative mention, its first, which the build
 * wrote the date and its explanation from. The BBC's spill coverage dated "BP's Deepwater Horizon rig exploded"
 * "'on 20 April', article published 17 May 2010" above a list of reports that opens on 29 April: a reader looked for
 * the 17 May report at the top and took the date line for a mistake. The date line names that report and where it is
 * listed. Null when no phrase gave the date (inferred from the other reports: none states it).
 */
export function dateSource(event: EventRecord, listed: readonly Mention[], index: Pick<TimelineIndex, 'docById'>): DateSource | null {
  const mention = event.mentions[0];
  if (!(mention.dateText || event.date.text)) return null;
  const at = listed.indexOf(mention);
  if (at < 0) return null;
  const doc = index.docById.get(mention.doc);
  const published = doc?.published ? formatDate(doc.published.value, doc.published.precision) : null;
  const cited = [`“${doc?.title || mention.doc}”`, doc?.publisher].filter(Boolean).join(', ');
  return { mention, at, cited, published: published && !explainDate(event, index).includes(published) ? published : null };
}
