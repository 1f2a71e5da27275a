/**
 * A date inside an apposition that names another happening. "The Congress was investigating the worst workplace
 * accident in the US in more than 15 years, a massive explosion at BP's Texas City Refinery in March 2005 that killed 15
 * workers": "March 2005" dates the explosion the apposition names, not the investigating, which went on five years
 * later (`date:of-apposed-happening`; as a title dated March 2005 it was false).
 */
import { BLAST_NOUNS, DISASTER_NOUNS } from '../lexicon/events';
import type { EventCandidate } from './candidates';

/** ", a massive explosion at BP's Texas City Refinery in ": a comma and an article, then no comma up to the date. */
const APPOSITION = /,\s+(?:a|an|the)\s+([^,;:()]*)$/u;

/**
 * True when the date stands in an apposition after the clause's object whose noun names a blast or a disaster, with no
 * comma between the apposition's start and the date: the date is that happening's. (Not "BP capped the well on
 * Thursday, a milestone": the date comes before the apposition.)
 */
export function dateOfApposedHappening(text: string, c: EventCandidate, time: { start: number }): boolean {
  if (c.kind !== 'clause') return false;
  const object = c.title.find((r) => r.role === 'object');
  if (!object || object.end > time.start) return false;
  const m = APPOSITION.exec(text.slice(object.end, time.start));
  if (!m) return false;
  // (The noun among the apposition's first four words: "a massive explosion", "the worst oil spill".)
  return m[1]
    .toLowerCase()
    .split(/\s+/)
    .slice(0, 4)
    .some((w) => BLAST_NOUNS.has(w) || DISASTER_NOUNS.has(w));
}
