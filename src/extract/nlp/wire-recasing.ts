/**
 * wire-recasing: wire copy sent in capitals and recased by a program that took a dotted acronym's last full stop for
 * a sentence's end writes the next word with a capital: "The U.S. Presented its case for the first time to the
 * aircraft committee", "The U.S. Charges that the Europeans are violating rules laid down in the 1979 Agreement on
 * Trade in Civil Aircraft", "the U.S. Is spending" (Reuters 1987). Read as written, the tagger takes "Charges" for a
 * name, the sentence loses its verb and its title reads "The U.S. Charges laid down in the 1979 Agreement"; titles keep
 * the capital ("The U.S. Presented its case", "The U.S. Halted overseas sales of soy products").
 *
 * `undoWireRecasing` gives the text with those words in lower case (the same length, every offset kept): the analysis
 * reads it (nlp/analyse.ts) and titles write it (events.ts `title:wire-recasing-undone`). A word keeps its capital
 * when it may be a name or open a sentence:
 * - a word a sentence opens with (SENTENCE_OPENERS: "the U.S. He said", where segment.ts ends the sentence);
 * - a word of no dictionary (a surname: "the U.S. Kennedy administration");
 * - a word followed by another capitalised word, or by "of", "for" or "and" and one ("U.S. Supreme Court", "U.S.
 *   Trade Representative", "U.S. Court of Appeals", "U.S. Securities and Exchange Commission");
 * - a word the document writes with its capital elsewhere, inside a sentence and after no acronym ("U.S. Congress
 *   will ..." in an article that writes "Congress" again), or that heads an organisation's name (ORG_HEADS: "Court").
 */
import { knownWords } from '../glued-words';
import { SENTENCE_OPENERS } from '../lexicon/abbreviations';
import { ORG_HEADS } from '../lexicon/actors';
import { canBeTagged } from './wink';

const OPENERS = new Set(SENTENCE_OPENERS);
/** Words that carry a name on to its next capitalised word: "Securities and Exchange", "Court of Appeals". */
const NAME_CARRIERS = new Set(['of', 'for', 'and', '&']);
/** A dotted acronym (two letters or more, "U.S.", "U.K.", "U.N."), one space, a capitalised word, and what follows it. */
const AFTER_ACRONYM = /(?<![\p{L}.])(?:\p{Lu}\.){2,} (\p{Lu}\p{Ll}+)(?=([^\p{L}\n]*)(\p{L}*)(?:[^\p{L}\n]*)(\p{L}*))/gu;

/** Is the word, in lower case, an English word (compromise's lexicon, wink's, or one of their forms with -s, -ed, -ing)? */
function dictionaryWord(w: string): boolean {
  const known = (x: string) => x.length > 1 && (knownWords().has(x) || ['NOUN', 'VERB', 'AUX', 'ADJ', 'ADV', 'ADP'].some((tag) => canBeTagged(x, tag)));
  if (known(w)) return true;
  const stems = [w.replace(/s$/, ''), w.replace(/es$/, ''), w.replace(/ed$/, ''), w.replace(/d$/, ''), w.replace(/ing$/, ''), w.replace(/ied$/, 'y')];
  return stems.some((s) => s !== w && known(s));
}

/** Does the document write the word with its capital inside a sentence, after a lower-case word or a comma, not after an acronym? */
function capitalisedInside(text: string, word: string): boolean {
  const re = new RegExp(`(?<![\\p{L}])${word}(?![\\p{L}])`, 'gu');
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const before = text.slice(Math.max(0, m.index - 40), m.index);
    if (/(?:\p{Lu}\.){2,} $/u.test(before)) continue;
    if (/[\p{Ll},;] $/u.test(before)) return true;
  }
  return false;
}

/**
 * Whether the text has a full stop, a space after it and another full stop two or three code units before it ("U.S. ",
 * the second letter of the acronym one code unit long or two, a surrogate pair): every match of AFTER_ACRONYM has one
 * where its acronym ends. Without this test AFTER_ACRONYM, which opens with a look-behind, is tried at every position of
 * every article (twice: nlp/analyse.ts and events.ts), in most of which no acronym is written with its dots at all.
 */
export function dottedAcronymBeforeSpace(text: string): boolean {
  for (let i = text.indexOf('. '); i >= 0; i = text.indexOf('. ', i + 1)) if (text[i - 2] === '.' || text[i - 3] === '.') return true;
  return false;
}

let lastText = '';
let lastOut = '';

/** The text with the words wire recasing capitalised after a dotted acronym in lower case; the same length. */
export function undoWireRecasing(text: string): string {
  if (text === lastText) return lastOut;
  let out = text;
  if (dottedAcronymBeforeSpace(text)) {
    const inside = new Map<string, boolean>();
    out = text.replace(AFTER_ACRONYM, (m, word: string, gap: string, next: string, afterNext: string) => {
      const lower = word.toLowerCase();
      if (OPENERS.has(word) || ORG_HEADS.has(lower) || !dictionaryWord(lower)) return m;
      // (A name going on: "U.S. Supreme Court", "U.S. Court of Appeals"; not past a sentence's end.)
      if (!/[.!?]/.test(gap) && /^\p{Lu}/u.test(next)) return m;
      if (!/[.!?,;:]/.test(gap) && NAME_CARRIERS.has(next) && /^\p{Lu}/u.test(afterNext)) return m;
      let named = inside.get(word);
      if (named === undefined) inside.set(word, (named = capitalisedInside(text, word)));
      if (named) return m;
      return m.slice(0, m.length - word.length) + lower;
    });
  }
  lastText = text;
  lastOut = out;
  return out;
}
