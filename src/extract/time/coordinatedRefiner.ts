/**
 * Two dates of one kind joined by "and" or "or": "The pandemics of 1957 and 1968 killed one to two million", "on
 * Monday and Tuesday". Each keeps its value (a tagger reads two dates), and both get the rule `coordinated`: what
 * the sentence tells took place on both, or once on each, so neither is its one date (events.ts dates nothing by
 * either, `date:one-of-several`).
 */
import type { CandidateRefiner } from './candidate';
import { withRule } from './candidate';

const JOINER = /^\s*(?:and|or)\s+(?:in\s+|on\s+)?$/i;

export const coordinatedRefiner: CandidateRefiner = (text, candidates) => {
  const sorted = [...candidates].sort((a, b) => a.start - b.start);
  const joined = new Set<number>();
  for (let i = 0; i + 1 < sorted.length; i++) {
    const [a, b] = [sorted[i], sorted[i + 1]];
    if (b.start < a.end || a.notADate || b.notADate || a.rules.includes('span') || b.rules.includes('span')) continue;
    if (a.anchor.kind !== b.anchor.kind || a.anchor.kind === 'anaphoric' || a.anchor.kind === 'offset') continue;
    const between = text.slice(a.end, b.start);
    if (!JOINER.test(between)) continue;
    // ("He briefly made an appearance in March and June to unveil the iPad 2 and the iCloud": after the verb, "in X and
    // Y" tells a happening that took place on each; the first date dates one of them, truly. Inside a noun phrase
    // ("the pandemics of 1957 and 1968") or with "or" (one of two, unknown which), neither date is the clause's.)
    const eachOccasion =
      /\band\b/i.test(between) && (/\b(?:in|on)\s+$/i.test(text.slice(Math.max(0, a.start - 4), a.start)) || /^(?:in|on)\s/i.test(text.slice(a.start, a.end)));
    if (!eachOccasion) joined.add(i);
    joined.add(i + 1);
    // ("on 15 October and 9 November that year": what follows the second date is part of it.)
    const c = sorted[i + 2];
    if (c && c.start >= b.end && /^\s*$/.test(text.slice(b.end, c.start))) joined.add(i + 2);
  }
  return sorted.map((c, i) => (joined.has(i) ? withRule(c, 'coordinated') : c));
};
