/**
 * `title:acronym-spelled-out`: "The Port of Singapore Authority (PSA) will spend 1.2 billion dlrs ... The PSA handled 529
 * mln gross-registered tonnes of cargo in 1985", "French mortgage refinancing agency Caisse de Refinancement
 * Hypothecaire (CRH) has cancelled today's auction ... At its last auction in May the CRH sold 2.02 billion francs",
 * "its blowout preventer (BOP) ... The failed BOP was removed from the top of the damaged well" (Reuters 1987,
 * Timeline17; each titled with the acronym and judged unreadable: "'The PSA' is an unexplained acronym", "'the failed
 * BOP' is unexplained jargon a reader out of context cannot place"). The article spelled the acronym out, its words
 * written right before it in brackets; the title writes those words in its place, "The Port of Singapore Authority
 * handled 529 mln gross-registered tonnes of cargo", as a person's full name stands in for the surname the sentence
 * writes. The words are the ones before the bracket whose initials, in order, are the acronym's first letters and
 * whose letters hold the rest ("blowout preventer" for BOP); small words between ("of", "de") need no letter.
 */

import { KNOWN_ACRONYMS } from './acronym-unexplained';

/** Small words of a name an acronym's letters skip: "Port of Singapore Authority", "Caisse de Refinancement Hypothecaire". */
const SKIPPED = new Set(['of', 'and', 'for', 'the', 'on', 'in', 'to', '&', 'de', 'des', 'du', 'la', 'le', 'et', 'di', 'del', 'der', 'van', 'von']);

/** The most words a spelled-out form may have to stand in a title. */
const MAX_WORDS = 5;

/** Do the words (small ones left out) spell the acronym: each gives its initial in order, and may give more of its letters? */
function spells(words: string[], acronym: string): boolean {
  const a = acronym.toLowerCase();
  const go = (w: number, k: number): boolean => {
    if (w === words.length) return k === a.length;
    const word = words[w].toLowerCase();
    if (k >= a.length || word[0] !== a[k]) return false;
    // (A letter from inside the word, "blowout" for the B and O of BOP, before the next word's initial.)
    let next = k + 1;
    let from = 1;
    for (;;) {
      if (go(w + 1, next)) return true;
      if (next >= a.length) return false;
      const at = word.indexOf(a[next], from);
      if (at < 0) return false;
      from = at + 1;
      next++;
    }
  };
  return go(0, 0);
}

/**
 * The words the article writes right before "(ACRONYM)" that spell it out, or null: "Port of Singapore Authority" before
 * "(PSA)". Only words joined by spaces, the first no small word; the fewest that spell it.
 */
export function spelledOutBefore(text: string, acronym: string): { start: number; end: number; name: string } | null {
  const mark = `(${acronym})`;
  for (let at = text.indexOf(mark); at >= 0; at = text.indexOf(mark, at + 1)) {
    const head = text.slice(Math.max(0, at - 160), at);
    const offset = at - head.length;
    const words = [...head.matchAll(/[\p{L}][\p{L}'’&-]*/gu)];
    if (!words.length) continue;
    // (Nothing but a space between the name and its bracket, nor between its words: "said (PSA)" is no name.)
    const end = words.length;
    const last = words[end - 1];
    if (!/^\s*$/.test(head.slice(last.index! + last[0].length))) continue;
    for (let n = 1; n <= Math.min(words.length, acronym.length + 3); n++) {
      const span = words.slice(end - n, end);
      const first = span[0];
      if (n > 1 && !/^\s+$/.test(head.slice(first.index! + first[0].length, span[1].index!))) break;
      if (SKIPPED.has(first[0].toLowerCase())) continue;
      const sig = span.map((w) => w[0]).filter((w) => !SKIPPED.has(w.toLowerCase()));
      if (sig.length > MAX_WORDS || span.length > MAX_WORDS) break;
      if (spells(sig, acronym)) {
        const start = offset + first.index!;
        // ("the World Trade Organisation's (WTO) first report": the possessive is the phrase's, not the name's.)
        const stop = offset + last.index! + last[0].length - (/['’]s$/.test(last[0]) ? 2 : 0);
        return { start, end: stop, name: text.slice(start, stop) };
      }
    }
  }
  return null;
}

/**
 * The first acronym in a run of title words that the article spells out, with the words that spell it: its place as
 * characters, the name, and where the article writes the name (`phrase`, shown to the reader beside the quote). An acronym here is two to six capitals standing alone, with no capitalised word next to it
 * ("PSA Corp", "British Gas" are names of their own; a headline in capitals is all such words) and not in the
 * brackets that spell it out.
 */
export function acronymSpelledOut(text: string, run: { start: number; end: number }): { at: [number, number]; name: string; phrase: [number, number] } | null {
  const words = text.slice(run.start, run.end);
  for (const m of words.matchAll(/(?<![\p{L}\d.&'’-])\p{Lu}{2,6}(?![\p{L}\d&-]|\.\p{L})/gu)) {
    const at: [number, number] = [run.start + m.index!, run.start + m.index! + m[0].length];
    const before = text.slice(Math.max(0, at[0] - 40), at[0]);
    const after = text.slice(at[1], at[1] + 40);
    if (/\p{Lu}[\p{L}.'’-]*\s+$/u.test(before) && !/(?:^|\s)(?:The|A|An)\s+$/.test(before)) continue;
    if (/^(?:['’]s)?\s+\p{Lu}/u.test(after)) continue;
    if (text[at[0] - 1] === '(' && text[at[1]] === ')') continue;
    // (A body news copy names by its acronym alone reads as it is: "The WHO reported 229 cases".)
    if (KNOWN_ACRONYMS.has(m[0])) continue;
    const spelled = spelledOutBefore(text, m[0]);
    if (!spelled) continue;
    // (The spelled-out words in the run already: "the Port of Singapore Authority (PSA)".)
    if (spelled.start >= run.start && spelled.end <= run.end) continue;
    return { at, name: spelled.name, phrase: [spelled.start, spelled.end] };
  }
  return null;
}
