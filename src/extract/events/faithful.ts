/**
 * The check behind "titles are faithful by construction": a title's words, read in order, are words of its
 * sentence in the same order (a subsequence), each whole as written there (never a piece of a longer word:
 * "In ternational"). Words of an actor's canonical name may stand for the sentence's mention of that actor
 * ("Biden" → "Joe Biden", "their summit" → "Kim Jong Un and Vladimir Putin’s summit"), when a word of that name is in
 * the sentence (the quote shown), so that the reader sees whom the title names.
 */

import { joinSpacedNameHyphens } from '../nlp/spaced-hyphen';

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
 * stand in for a mention; `rules` are the representative mention's rules (a rule that writes a word the sentence
 * leaves out says so by name).
 */
export function unfaithfulWord(title: string, sentence: string, names: Iterable<string>, named?: string, rules: readonly string[] = []): string | null {
  const supplied = rules.includes('title:passive-auxiliary-supplied');
  const plain = unfaithfulIn(title, sentence, names, supplied);
  if (plain === null || !named) return plain;
  // "The Gulf of Mexico oil spill began" for "The spill began on April 20 ...", the phrase far before shown apart
  // ("the giant Gulf of Mexico oil spill", a mention's `named`): one run of the title's words, in order, words of that
  // phrase, and the rest words of the sentence.
  const words = title.split(/\s+/).filter(Boolean);
  const phrase = named.split(/\s+/).filter(Boolean);
  const nameList = [...names];
  const inPhrase = (run: string[]) => {
    let k = 0;
    for (const w of run) {
      while (k < phrase.length && !(wholeIn(phrase[k], w) || wholeIn(phrase[k].toLowerCase(), w.toLowerCase()))) k++;
      if (k++ >= phrase.length) return false;
    }
    return true;
  };
  for (let i = 0; i < words.length; i++)
    for (let j = i + 1; j <= words.length && inPhrase(words.slice(i, j)); j++) {
      const rest = [...words.slice(0, i), ...words.slice(j)].join(' ');
      if (rest && unfaithfulIn(rest, sentence, nameList, supplied) === null) return null;
    }
  return plain;
}

function unfaithfulIn(title: string, sentence: string, names: Iterable<string>, supplied = false): string | null {
  const nameWords = new Set<string>();
  for (const n of names) for (const w of n.split(/\s+/)) nameWords.add(w.replace(/[’']s?$/, ''));
  // ("passed Wal - Mart to become": a name's spaced hyphen joins one word; "Wal" alone is a broken word.)
  // ("The Beatles ' label Apple Corps": a plural's apostrophe a page spaced is written against its word in the title,
  // `title:possessive-apostrophe-joined`.)
  const tokens = joinSpacedNameHyphens(sentence.split(/\s+/).filter(Boolean)).flatMap((w, i, all) =>
    w === "'" || w === '’'
      ? i > 0 && /s$/.test(all[i - 1])
        ? []
        : [w]
      : i + 1 < all.length && /s$/.test(w) && (all[i + 1] === "'" || all[i + 1] === '’')
        ? [w + all[i + 1]]
        : [w],
  );
  const words = joinSpacedNameHyphens(title.split(/\s+/).filter(Boolean));
  // A title starts with a capital its sentence may not have ("In December, international food prices ...").
  // (Nor after an owner's name written before it: "American Motors’ domestic sales declined 60 pct" for "Domestic sales
  // ... declined 60 pct ..., American Motors said", events.ts `title:owner-of-figure`.)
  // ("RICO was passed by Congress" for "RICO, passed by Congress in 1970, contains ...": the auxiliary a reduced relative
  // leaves out, written before its participle, only where candidates.ts says it wrote it,
  // `title:passive-auxiliary-supplied`; any other title with a "was" its sentence lacks is unfaithful.)
  const auxiliary = (w: string) => supplied && (w === 'was' || w === 'were');
  const standIn = (w: string) => nameWords.has(w.replace(/[’']s?$/, '')) || w === 'and' || w === '’s' || auxiliary(w);
  const opening = (i: number) => words.slice(0, i).every(standIn);
  const matches = (tok: string, w: string, i: number) => wholeIn(tok, w) || (opening(i) && wholeIn(tok.toLowerCase(), w.toLowerCase()));
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
  if (!from(0, 0)) return `'${words[deepest]}' is not a whole word of the sentence in this order`;
  // "Barack Obama stopped all oil drilling in the Gulf" for "the president stopped ...": a name the title writes for a
  // mention stands for a mention the quote shows ("President Barack Obama" a sentence earlier); none of its words in
  // the quote, and the reader cannot check it.
  const bare = words.map((w) => w.replace(/[’']s$/, ''));
  for (const n of names) {
    const nw = n.split(/\s+/).filter(Boolean);
    const at = bare.findIndex((_, i) => nw.every((w, k) => bare[i + k] === w.replace(/[’']s$/, '')));
    if (nw.length < 2 || at < 0) continue;
    // (Not the pair "their" stands for, "Kim Jong Un and Vladimir Putin’s summit": the sentence that names them may be
    // far before, beyond any quote (events.ts peopleOfEarlier); a known gap of this check.)
    if (bare[at + nw.length] === 'and' || bare[at - 1] === 'and') continue;
    // ("Megrahi" for "Abdel Baset al-Megrahi": a part of a hyphened name is a word of it.)
    const parts = nw.flatMap((w) => [w, ...w.split('-').filter((x) => x.length > 2)]).map((w) => w.replace(/[’']s$/, ''));
    if (!parts.some((w) => tokens.some((tok) => wholeIn(tok, w)))) return `'${n}' is named in the title and nowhere in the quote`;
  }
  return null;
}
