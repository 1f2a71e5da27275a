/**
 * Where parsers found overlapping spans, the longest wins ("September 2023" over "2023",
 * "earlier this year" over "this year"); on a tie, the earlier one. The result is sorted by start.
 */
import type { CandidateRefiner } from './candidate';

export const overlapRefiner: CandidateRefiner = (_text, candidates) => {
  const byLength = [...candidates].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: typeof candidates = [];
  for (const c of byLength) {
    if (kept.every((k) => c.end <= k.start || c.start >= k.end)) kept.push(c);
  }
  return kept.sort((a, b) => a.start - b.start);
};
