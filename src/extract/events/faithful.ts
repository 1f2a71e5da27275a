/**
 * The check behind "titles are faithful by construction": a title's words, read in order, are words of its
 * sentence in the same order (a subsequence), each whole as written there (never a piece of a longer word:
 * "In ternational"). Words of an actor's canonical name may stand for the sentence's mention of that actor
 * ("Biden" → "Joe Biden", "their summit" → "Kim Jong Un and Vladimir Putin’s summit").
 */

// (A hyphen joins a compound: "work" of "out-of-work" is a broken word.)
const LETTER = /[\p{L}\p{N}-]/u;

/** Is `w` inside `token` with no letter or digit touching it on either side? */
function wholeIn(token: string, w: string): boolean {
  for (let at = token.indexOf(w); at >= 0; at = token.indexOf(w, at + 1)) {
    const before = token[at - 1];
    const after = token[at + w.length];
    if ((before === undefined || !LETTER.test(before)) && (after === undefined || !LETTER.test(after))) return true;
  }
  return false;
}

/**
 * Why a title is not faithful to its sentence, or null when it is. `names` are the canonical names that may
 * stand in for a mention.
 */
export function unfaithfulWord(title: string, sentence: string, names: Iterable<string>): string | null {
  const nameWords = new Set<string>();
  for (const n of names) for (const w of n.split(/\s+/)) nameWords.add(w.replace(/[’']s$/, ''));
  const tokens = sentence.split(/\s+/).filter(Boolean);
  const words = title.split(/\s+/).filter(Boolean);
  // A title starts with a capital its sentence may not have ("In December, international food prices ...").
  const matches = (tok: string, w: string, i: number) => wholeIn(tok, w) || (i === 0 && wholeIn(tok.toLowerCase(), w.toLowerCase()));
  const standIn = (w: string) => nameWords.has(w.replace(/[’']s$/, '')) || w === 'and' || w === '’s';
  // Subsequence with stand-in words that may match nothing: the first occurrence of a word is always the best
  // place for it, so each word either takes its first match from k on or (a name's word) none.
  const seen = new Set<string>();
  let deepest = 0;
  const from = (i: number, k: number): boolean => {
    if (i === words.length) return true;
    const key = `${i}:${k}`;
    if (seen.has(key)) return false;
    seen.add(key);
    deepest = Math.max(deepest, i);
    for (let j = k; j < tokens.length; j++) if (matches(tokens[j], words[i], i)) return from(i + 1, j + 1) || (standIn(words[i]) && from(i + 1, k));
    return standIn(words[i]) && from(i + 1, k);
  };
  return from(0, 0) ? null : `'${words[deepest]}' is not a whole word of the sentence in this order`;
}
