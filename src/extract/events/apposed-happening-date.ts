/**
 * A date inside an apposition that names another happening. "The Congress was investigating the worst workplace
 * accident in the US in more than 15 years, a massive explosion at BP's Texas City Refinery in March 2005 that killed 15
 * workers": "March 2005" dates the explosion the apposition names, not the investigating, which went on five years
 * later (`date:of-apposed-happening`; as a title dated March 2005 it was false).
 */
import { BLAST_NOUNS, DISASTER_NOUNS, ORIGIN_PARTICIPLES } from '../lexicon/events';
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

/**
 * ", founded in 1915," ", acquired in 1984,": a participle set off by commas next to a noun of the clause tells what
 * happened to that noun, with its own date ("Getty Oil, founded in 1915, was bought by Texaco" was dated 1915; the
 * brief of the Reuters 1987 audit: "a founding year in 'founded in 1915' used for a different happening"). The date
 * inside it is the participle's, not the clause's (`date:of-apposed-participle`). The stretch opens with a comma right
 * after a run of the title and a past participle (ORIGIN_PARTICIPLES, or a regular one in "-ed"), optionally "which
 * was" before it, holds no title run, and closes with a comma before the next run of the title (or ends the clause
 * with no run after it). (Not "BP, on Monday, said": no participle; not "BP capped the well, ending the leak on July
 * 15": a present participle goes on with the clause's own happening.)
 */
const APPOSED_PARTICIPLE = /^,\s+(?:(?:which|that|who)\s+(?:was|were|had\s+been)\s+)?(?:\p{Ll}+ly\s+)?(\p{Ll}+(?:-\p{Ll}+)?)\b[^,;:()]*$/u;

export function dateOfApposedParticiple(text: string, c: EventCandidate, time: { start: number; end: number }, rules: string[]): boolean {
  if (c.kind !== 'clause') return false;
  const before = c.title.filter((r) => r.end <= time.start).at(-1);
  if (!before) return false;
  const m = APPOSED_PARTICIPLE.exec(text.slice(before.end, time.start));
  if (!m) return false;
  // ("BP's internal investigation, published last month, blamed a 'sequence of failures'": a document tells what it
  // says when it is published, and events.ts chose that date on purpose, `date:in-nonfinite-dependent`; a coming to be
  // is never the clause's happening.)
  const regular = /^\p{Ll}{2,}[^e]ed$/u.test(m[1]) && !rules.includes('date:in-nonfinite-dependent');
  if (!ORIGIN_PARTICIPLES.has(m[1]) && !regular) return false;
  const next = c.title.find((r) => r.start >= time.end);
  return next ? /^[^;:()]*,/.test(text.slice(time.end, next.start)) : true;
}
