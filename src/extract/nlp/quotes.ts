/**
 * quotes: which tokens of a text are inside a quotation. A quotation runs from an opening quotation mark
 * to the closing one, or to the end of its paragraph (news style leaves a quote open when it runs on into
 * the next paragraph, which reopens it). Scare quotes around a word or two of the narrator's own sentence
 * are not a quotation: in 'BP Plc permanently "killed" its deep-sea well', the killing is reported as fact.
 */
import { Flag, type TokenTable } from './tokens';

/** Most words a pair of quotation marks may hold and still be scare quotes, when no punctuation is inside. */
const SCARE_QUOTE_WORDS = 3;

/** 1 for every token inside a quotation (the quotation marks excluded), 0 elsewhere. */
export function quotedTokens(t: TokenTable): Uint8Array {
  const quoted = new Uint8Array(t.count);
  let open = -1;
  const mark = (from: number, to: number) => {
    for (let k = from; k < to; k++) quoted[k] = 1;
  };
  for (let i = 0; i < t.count; i++) {
    const f = t.flags[i];
    if (open >= 0 && (f & Flag.LINE_START) !== 0) {
      mark(open + 1, i);
      open = -1;
    }
    if ((f & Flag.QUOTE) === 0) continue;
    if ((f & Flag.OPENING) !== 0) {
      if (open >= 0) mark(open + 1, i);
      open = i;
    } else if ((f & Flag.CLOSING) !== 0 && open >= 0) {
      if (!isScareQuote(t, open, i)) mark(open + 1, i);
      open = -1;
    }
  }
  if (open >= 0) mark(open + 1, t.count);
  return quoted;
}

function isScareQuote(t: TokenTable, open: number, close: number): boolean {
  if (close - open - 1 > SCARE_QUOTE_WORDS || close - open - 1 === 0) return false;
  for (let k = open + 1; k < close; k++) if ((t.flags[k] & Flag.PUNCT) !== 0 && t.norm[k] !== '-') return false;
  // Quoted words after a colon or a comma, or opening a line, are someone's words: 'He said: "Never."'
  const before = open - 1;
  if (before < 0 || (t.flags[open] & Flag.LINE_START) !== 0) return false;
  return t.norm[before] !== ':' && t.norm[before] !== ',';
}
