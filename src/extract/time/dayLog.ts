/**
 * A day log: a page that tells, newest first, one entry a day under the same place labels, its day headers lost
 * ("In the Gulf: BP claimed a key milestone Wednesday ... At the White House: President Obama ..." then "In the Gulf:
 * ... At the White House: ..." for the day before, a hundred days back, Fox News of 4 August 2010). A weekday or a
 * "yesterday" of an entry counts from that entry's day, not from the page's: "remnants of Tropical Storm Bonnie
 * rolled into the Gulf of Mexico on Saturday", eleven entries down, is Saturday 24 July, not the Saturday before the
 * page, 31 July.
 */
import type { Candidate } from './candidate';
import { addDays, type PartialDate } from './calendar';

/** A place label that opens an entry's part: "In the Gulf:", "At the White House:", "On Capitol Hill:". */
const PLACE_LABEL = /(?:^|\n|:[ \t]+)[ \t]*((?:In|At|On|From|Inside|Across)\s+(?:the\s+)?\p{Lu}[\p{L}'’.-]*(?:[ \t]+\p{Lu}[\p{L}'’.-]*){0,3}):[ \t]/gu;

export interface DayLog {
  /** The offset each entry starts at, the first (the page's day) at 0. */
  starts: number[];
  /** Entries are one a day, checked on their own weekdays: entry k is the page's day less k days. */
  daily: boolean;
}

/**
 * The entries of a day log, or null: at least two place labels, each opening three or more parts, and a new entry
 * wherever a label comes back that the current entry already has. The log is `daily` when most bare weekdays of its
 * later entries name the weekday of the page's day less the entry's index (a log with gaps, or of weeks, is not).
 */
export function dayLogOf(text: string, candidates: Candidate[], ref: PartialDate | null): DayLog | null {
  const labels = [...text.matchAll(PLACE_LABEL)].map((m) => ({ at: m.index + m[0].indexOf(m[1]), label: m[1] }));
  const counts = new Map<string, number>();
  for (const l of labels) counts.set(l.label, (counts.get(l.label) ?? 0) + 1);
  if ([...counts.values()].filter((n) => n >= 3).length < 2) return null;
  const starts = [0];
  let current = new Set<string>();
  for (const l of labels) {
    if (current.has(l.label)) {
      starts.push(l.at);
      current = new Set();
    }
    current.add(l.label);
  }
  if (starts.length < 4) return null;
  let agree = 0;
  let told = 0;
  const day = ref?.day !== undefined && ref.month !== undefined ? { year: ref.year, month: ref.month, day: ref.day } : null;
  if (day)
    for (const c of candidates) {
      if (c.anchor.kind !== 'weekday' || c.anchor.direction !== 'past' || c.notADate) continue;
      const k = entryAt(starts, c.start);
      if (k === 0) continue;
      const d = addDays(day, -k);
      told++;
      if (new Date(Date.UTC(d.year, d.month - 1, d.day)).getUTCDay() === c.anchor.weekday) agree++;
    }
  return { starts, daily: told >= 3 && agree * 2 >= told };
}

/** The index of the entry an offset lies in. */
export function entryAt(starts: number[], at: number): number {
  let k = 0;
  while (k + 1 < starts.length && starts[k + 1] <= at) k++;
  return k;
}

/**
 * The reference day of an expression in a day log: the page's day less the entry's index when the log is daily
 * (`dayLogEntry`); for a log that is not, a date counted from a day (a weekday, "yesterday", "last week") in a later
 * entry counts from a day the page does not give (`dayLog:entry-of-unknown-day`, no date).
 */
export function dayLogReference(log: DayLog | null, c: Candidate, ref: PartialDate | null): { ref: PartialDate | null; rule: string } | null {
  if (!log || !ref || ref.day === undefined || ref.month === undefined) return null;
  if (c.anchor.kind !== 'weekday' && c.anchor.kind !== 'offset') return null;
  const k = entryAt(log.starts, c.start);
  if (k === 0) return null;
  // ("three decades ago" is the same year from any day of the log.)
  if (!log.daily) return c.anchor.kind === 'offset' && c.anchor.unit === 'year' ? null : { ref: null, rule: 'dayLog:entry-of-unknown-day' };
  return { ref: addDays({ year: ref.year, month: ref.month, day: ref.day }, -k), rule: 'dayLogEntry' };
}
