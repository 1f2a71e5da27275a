/**
 * A date without a year directly followed by a noun like "case", "committee" or "attacks" is a name,
 * not a date of the sentence: "ALSO READ: Trump's January 6 case dismissed", "the 9/11 attacks".
 */
import type { CandidateRefiner } from './candidate';
import { NAMED_EVENT_NOUNS } from '../lexicon/time';

export const namedEventRefiner: CandidateRefiner = (text, candidates) =>
  candidates.filter((c) => {
    if (!c.yearless) return true;
    const next = /^(?:\s+|-)([A-Za-z]+)/.exec(text.slice(c.end, c.end + 30))?.[1]?.toLowerCase();
    return !(next && NAMED_EVENT_NOUNS.has(next));
  });
