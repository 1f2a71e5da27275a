/**
 * A month followed by a year counted from the reference is one expression:
 * "Jobs has been on medical leave since January of this year", "the talks collapsed in March last year".
 */
import type { CandidateRefiner } from './candidate';

const YEAR_SHIFT: Record<string, number> = { last: -1, previous: -1, this: 0, next: 1 };
const FOLLOWING_YEAR = /^,?\s+(?:of\s+)?(last|previous|this|next)\s+year\b/i;

export const monthOfYearRefiner: CandidateRefiner = (text, candidates) =>
  candidates.map((c) => {
    if (c.anchor.kind !== 'month') return c;
    const m = FOLLOWING_YEAR.exec(text.slice(c.end, c.end + 30));
    if (!m) return c;
    return {
      ...c,
      end: c.end + m[0].length,
      anchor: { kind: 'monthOfYear', month: c.anchor.month, yearShift: YEAR_SHIFT[m[1].toLowerCase()] },
      rules: [...c.rules, 'monthOfYear'],
    };
  });
