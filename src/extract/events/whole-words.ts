/**
 * whole-words: a title is written of whole words. The tokeniser splits a word written without spaces at a hyphen or a
 * slash ("dlr-a-share" → "dlr - a - share", "PS/2s" → "PS / 2 s"), and the chunker may close a phrase inside it ("a
 * 145 dlr-a-share offer" read as "a 145 dlr" and "a-share offer"); a title that takes only some of the pieces shows a
 * broken word on the projector ("... made a 145 dlr-a", "introduced 2s" of "PS/2s"). Read before the other
 * completions, so they see the title's real last word:
 *
 * - `title:word-kept-whole`: the title's first or last word, or one inside it, glued to the rest of its word by a
 *   hyphen, a slash or no break at all, takes the whole word; the title's end is then read by events/phrase-end.ts, "a
 *   34 dlr-a-share [offer]". (The pieces still count as words for the title's length: counted as one, a said title grew
 *   too long for its sayer, events.ts `title-too-long:with-sayer`.)
 */
import { Flag, type TokenTable } from '../nlp/tokens';
import type { Roles } from './complements';

/** Joiners inside a word written without spaces. */
const JOINERS = new Set(['-', '‐', '/']);

const glued = (t: TokenTable, i: number) => i > 0 && i < t.count && (t.flags[i] & Flag.GLUED) !== 0;
/** A piece of a word: letters or digits, not a clitic ("'s", "n't") nor a quotation mark or a bracket. */
const piece = (t: TokenTable, i: number) =>
  i >= 0 && i < t.count && /^[\p{L}\p{N}]/u.test(t.norm[i]) && (t.flags[i] & (Flag.QUOTE | Flag.BRACKET | Flag.POSSESSIVE)) === 0;

/**
 * The next piece of token i's word after it, and the joiner between ([] when i ends its word): "PS" → "/", "2";
 * "2" → "s" ("2s": the tokeniser split a number from its plural).
 */
function onward(t: TokenTable, i: number, sEnd: number): number[] {
  if (!piece(t, i)) return [];
  if (i + 1 < sEnd && glued(t, i + 1) && piece(t, i + 1)) return [i + 1];
  if (i + 2 < sEnd && JOINERS.has(t.norm[i + 1]) && glued(t, i + 1) && glued(t, i + 2) && piece(t, i + 2)) return [i + 1, i + 2];
  return [];
}

function backward(t: TokenTable, i: number, sStart: number): number[] {
  if (!piece(t, i)) return [];
  if (i - 1 >= sStart && glued(t, i) && piece(t, i - 1)) return [i - 1];
  if (i - 2 >= sStart && JOINERS.has(t.norm[i - 1]) && glued(t, i) && glued(t, i - 1) && piece(t, i - 2)) return [i - 1, i - 2];
  return [];
}

/** Completes every word of the title the tokeniser split; pushes `title:word-kept-whole` when a word's edge was cut. */
export function keepWordsWhole(t: TokenTable, sentence: { tokenStart: number; tokenEnd: number }, tokens: Roles, rules: string[]): void {
  let added = false;
  for (const i of [...tokens.keys()]) {
    const role = tokens.get(i)!;
    for (const dir of [onward, backward]) {
      let j = i;
      for (let n = 0; n < 12; n++) {
        const more = dir === onward ? onward(t, j, sentence.tokenEnd) : backward(t, j, sentence.tokenStart);
        if (!more.length) break;
        for (const x of more) {
          if (tokens.has(x)) continue;
          tokens.set(x, role);
          // (A word's inner hyphen the title already wrote, "oil-hit", is no cut: only a missing piece counts.)
          if (piece(t, x)) added = true;
        }
        j = more[more.length - 1];
        // ("Royal Dutch/Shell Group RD.AS earnings for 1986 from the U.S. Fell sharply": a name's word reached across a
        // slash takes the words of the name written before it, "Royal Dutch/Shell Group earnings fell", no "Dutch/Shell
        // Group" cut from its first word.)
        if (dir === backward && more.length === 2 && t.norm[more[0]] === '/' && (t.flags[j] & Flag.CAPITALISED) !== 0)
          for (let k = j - 1; k >= sentence.tokenStart && !tokens.has(k) && t.tag[k] === 'PROPN' && (t.flags[k] & Flag.CAPITALISED) !== 0; k--) {
            tokens.set(k, role);
            j = k;
          }
      }
    }
  }
  if (added) rules.push('title:word-kept-whole');
}
