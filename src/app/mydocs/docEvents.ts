/**
 * What an added document brought to the timeline, said in its entry of My documents. The entry said "3 events"
 * whether they were new or sentences that joined events the timeline already had (a report of the spill's
 * explosion added to the 55 already there), so a teacher could not tell what adding the article had changed.
 * An event is already on the timeline when a document other than the reader's own also reports it.
 */
import type { TimelineIndex } from '../store/timelineIndex';

export interface DocEvents {
  /** the events with a report (mention) from this document */
  events: number;
  /** of those, the events that only the reader's own documents report */
  added: number;
}

export function docEvents(index: Pick<TimelineIndex, 'mentionsByDoc' | 'events' | 'eventPos'>, docId: string, mine: ReadonlySet<string>): DocEvents {
  const ids = new Set((index.mentionsByDoc.get(docId) ?? []).map((m) => m.eventId));
  let added = 0;
  for (const id of ids) {
    const event = index.events[index.eventPos.get(id) ?? -1];
    if (event?.mentions.every((m) => mine.has(m.doc))) added++;
  }
  return { events: ids.size, added };
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** "2 new events", "3 events, all already on the timeline", "3 events: 1 new, 2 already on the timeline". */
export function docEventsLine({ events, added }: DocEvents): string {
  const known = events - added;
  if (events === 0 || known === 0) return events === 0 ? '0 events' : added === 1 ? '1 new event' : `${added} new events`;
  if (added === 0) {
    if (events === 1) return '1 event, already on the timeline';
    return `${events} events, ${events === 2 ? 'both' : 'all'} already on the timeline`;
  }
  return `${plural(events, 'event')}: ${added} new, ${known} already on the timeline`;
}
