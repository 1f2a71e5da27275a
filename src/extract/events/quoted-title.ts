/**
 * quoted-title: a title that writes every word of a short quotation keeps its quotation marks.
 *
 * - `title:quote-marks-kept`: "Mark Gilman, an analyst with Benchmark, boosted his rating to "buy back" May 26": the
 *   quoted words are a label, not the writer's phrase; without their marks "boosted his rating to buy back" reads as
 *   a garbled verb. A run of title words that the sentence opens a quotation right before and closes
 *   right after is written with both marks. A run that is only part of a quotation, or the title's first run (its
 *   subject, capitalised), stays as before.
 */
import { Flag, type TokenTable } from '../nlp/tokens';

/** A token that opens or closes a quotation. */
export const OPENING = /^["“]$/;
export const CLOSING = /^["”]$/;

/**
 * The characters of the run of tokens `first`..`last` with the quotation marks the sentence writes right around them,
 * or null when the run is not a whole quotation. An opening mark written against the first word and a closing mark
 * against the last ("to "buy back" May 26"), not a closing and an opening mark of two quotations ("yes" and "no").
 */
export function quotedRun(t: TokenTable, first: number, last: number): [number, number] | null {
  const open = first - 1;
  const close = last + 1;
  if (open < 0 || close >= t.norm.length) return null;
  if ((t.flags[open] & Flag.QUOTE) === 0 || (t.flags[close] & Flag.QUOTE) === 0) return null;
  if (!OPENING.test(t.norm[open]) || !CLOSING.test(t.norm[close])) return null;
  if (t.end[open] !== t.start[first] || t.end[last] !== t.start[close]) return null;
  // (The opening mark stands after a space or at the start, not glued to a word before it.)
  if (open > 0 && t.end[open - 1] === t.start[open]) return null;
  return [t.start[open], t.end[close]];
}

/** Does a title run start with a quotation mark kept (`title:quote-marks-kept`)? */
export const quoteMarksKept = (t: TokenTable, runs: ReadonlyArray<{ start: number }>): boolean =>
  runs.some((r) => OPENING.test(t.text.slice(r.start, r.start + 1)));
