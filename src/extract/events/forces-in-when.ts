import { ARMED_FORCES, PERSON_ROLE_NOUNS, QUALIFIED_HEADS } from '../lexicon/actors';

/**
 * "The all-time worst oil spill occurred in 1991 when Iraqi soldiers torched Kuwait's oil fields": a country written
 * right before its armed forces (`ARMED_FORCES`: "Iraqi soldiers", "US troops", "Russian missiles"), as the subject of
 * the "when" clause that tells how a happening naming no one came about, acts through them and takes part in it
 * (events.ts `actors:forces-in-when-clause`, beside `actors:named-in-when-clause`). The judges asked for
 * Iraq there. A country before any other noun only qualifies it ("when US officials said"): no actor.
 */
export function countryActsByForces(text: string, a: { kind: string; end: number }): boolean {
  if (a.kind !== 'country') return false;
  // The forces noun right after the country ("Iraqi soldiers torched", not "US military officials said"), or after one
  // more word written small ("Iraqi army soldiers").
  const m = /^[ \t]+(\p{Ll}+)(?:[ \t]+(\p{Ll}+))?/u.exec(text.slice(a.end, a.end + 40));
  if (!m) return false;
  if (m[2] && ARMED_FORCES.has(m[2])) return true;
  return ARMED_FORCES.has(m[1]) && !(m[2] && (QUALIFIED_HEADS.has(m[2]) || PERSON_ROLE_NOUNS.has(m[2])));
}
