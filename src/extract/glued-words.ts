/**
 * Repairs words glued together by spaces lost when a page was scraped: "betweenPyongyang",
 * "signalingNorth", "NorthKorea", "Whilethe", "beinterpreted", "geopoliticallandscape" (seed 000).
 * Conservative by design: a real word is never split ("together", "somewhere", "nonetheless").
 */
import { DICTIONARY_WORDS } from './lexicon/dictionary-words';
import {
  CAMEL_CASE_NAMES,
  CAMEL_CASE_PREFIXES,
  COMPOUND_HEADS,
  COMPOUND_TAILS,
  EXTRA_WORDS,
  FUNCTION_WORDS,
  NEVER_SPLIT,
  SHORT_JOINABLE,
} from './lexicon/words';
import { MONTH_NAMES } from './lexicon/time';

let dictionary: Set<string> | null = null;
/**
 * compromise's lexicon (its single words, as lexicon/dictionary-words.ts lists them: loading compromise to expand its
 * lexicon cost every process and worker about 0.3 s of CPU) plus our additions; built once, on first use.
 */
export function knownWords(): Set<string> {
  if (!dictionary) dictionary = new Set([...DICTIONARY_WORDS, ...EXTRA_WORDS, ...NEVER_SPLIT, ...FUNCTION_WORDS]);
  return dictionary;
}

const CAMEL_NAMES = new Set(CAMEL_CASE_NAMES);
const MONTH_WORDS = new Set(Object.keys(MONTH_NAMES).filter((m) => m.length > 3));
const NEVER = new Set(NEVER_SPLIT);
const HEADS = new Set(COMPOUND_HEADS);
const TAILS = new Set(COMPOUND_TAILS);
const SHORT = new Set(SHORT_JOINABLE);
const FUNCTION = new Set(FUNCTION_WORDS);

/** How often each word occurs in the document: a glued typo occurs once, a real word recurs. */
export function documentVocabulary(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  // (the words alone, no match objects: this runs over every document's whole text)
  for (const w of text.toLowerCase().match(/\p{L}+/gu) ?? []) counts.set(w, (counts.get(w) ?? 0) + 1);
  return counts;
}

/**
 * Each word's repair, per document: it depends on the word and the document's vocabulary alone, and a document
 * repeats its words (the same tests again on every line).
 */
const repairsOf = new WeakMap<Map<string, number>, Map<string, string>>();

export function repairGluedWords(line: string, vocabulary: Map<string, number> = new Map()): string {
  let repairs = repairsOf.get(vocabulary);
  if (!repairs) repairsOf.set(vocabulary, (repairs = new Map()));
  const memo = repairs;
  return line.replace(/\p{L}+/gu, (token) => {
    const camel = mayBeCamelCase(token);
    // (a short word with no capital inside is never split: splitLowercaseGlue returns it as it is)
    if (!camel && token.length < 6) return token;
    let out = memo.get(token);
    if (out === undefined) {
      out = !camel
        ? splitLowercaseGlue(token, vocabulary)
        : splitCamelCase(token, vocabulary)
            .map((piece) => splitLowercaseGlue(piece, vocabulary))
            .join(' ');
      memo.set(token, out);
    }
    return out;
  });
}

/** "signalingNorth" → ["signaling", "North"]; keeps "iPhone", "McCain", "MacBook", "YouTube". */
function splitCamelCase(token: string, vocabulary: Map<string, number>): string[] {
  // (most words have no capital after a lower-case letter: answered without the splitting regex)
  if (!mayBeCamelCase(token)) return [token];
  const pieces = token.split(/(?<=\p{Ll})(?=\p{Lu})/u);
  if (pieces.length === 1 || CAMEL_NAMES.has(token)) return [token];
  const out: string[] = [];
  for (let i = 0; i < pieces.length; ) {
    let j = pieces.length;
    // Longest run of pieces that forms a known camel-case name.
    while (j > i + 1 && !isCamelName(pieces.slice(i, j).join(''), pieces[i])) j--;
    const piece = pieces.slice(i, j).join('');
    const previous = out[out.length - 1];
    // A name written in camel case stays whole ("ConocoPhillips", "PetroChina", "ProPublica", "vCJD").
    if (previous !== undefined && !camelGlue(previous, piece, vocabulary)) out[out.length - 1] = previous + piece;
    else out.push(piece);
    i = j;
  }
  // "ProjectX": a single trailing capital is part of the name, not a new word.
  return out.reduce<string[]>((acc, piece) => {
    if (acc.length && piece.length < 2) acc[acc.length - 1] += piece;
    else acc.push(piece);
    return acc;
  }, []);
}

/** False only when no lower-case letter is followed by a capital: an ASCII word without one, checked by char codes. */
function mayBeCamelCase(token: string): boolean {
  let lower = false;
  for (let i = 0; i < token.length; i++) {
    const c = token.charCodeAt(i);
    if (c > 127) return true;
    if (lower && c >= 65 && c <= 90) return true;
    lower = c >= 97 && c <= 122;
  }
  return false;
}

/**
 * Lost space or a name? "betweenPyongyang", "signalingNorth": a lower-case word of three letters or more before
 * the capital is lost space. "NorthKorea": two capitalised words are two words only when the document uses both
 * on their own ("ConocoPhillips", "PetroChina" and "MedImmune" never have "Conoco", "Petro" or "Med" alone).
 */
function camelGlue(left: string, right: string, vocabulary: Map<string, number>): boolean {
  const word = /^\p{L}+/u.exec(right)?.[0].toLowerCase() ?? '';
  if (/^\p{Ll}/u.test(left)) return left.length >= 3 && isWord(left.toLowerCase());
  // "News RoomBy News RoomNovember 30, 2024" (seed 002's byline): a closed-class word or a month after a name.
  if (FUNCTION.has(word) || MONTH_WORDS.has(word)) return left.length >= 2;
  return left.length >= 2 && vocabulary.has(left.toLowerCase()) && vocabulary.has(word);
}

function isCamelName(joined: string, first: string): boolean {
  if (CAMEL_NAMES.has(joined)) return true;
  if (/^[ie]$/.test(first)) return true; // iPhone, eBay
  return CAMEL_CASE_PREFIXES.test(joined) && CAMEL_CASE_PREFIXES.test(first + joined.slice(first.length, first.length + 1)) && first.length <= 4;
}

/**
 * British spellings as their American forms, which compromise's lexicon knows: European outlets write
 * "a few hundred metres from a convoy", which is no glued "met res". Endings from the usual
 * British/American spelling tables (-tre/-ter, -ence/-ense, -ise/-ize, -our/-or, -lled/-led).
 */
const BRITISH_ENDINGS: Array<[RegExp, string]> = [
  [/tre(s|d)?$/, 'ter$1'],
  [/ence(s)?$/, 'ense$1'],
  [/is(e|es|ed|ing|ation|ations)$/, 'iz$1'],
  [/our(s|ed|ing|able|ite|ites)?$/, 'or$1'],
  [/lled$/, 'led'],
  [/lling$/, 'ling'],
];

/**
 * isWord's answers, which depend on the word alone (the dictionary is fixed): the same words come back in every
 * document, and each answer costs a dozen suffix and spelling tests. Emptied when it grows past a bound.
 */
const wordVerdicts = new Map<string, boolean>();

function isWord(word: string): boolean {
  const known = wordVerdicts.get(word);
  if (known !== undefined) return known;
  if (wordVerdicts.size >= 200_000) wordVerdicts.clear();
  const verdict = isAmericanWord(word) || BRITISH_ENDINGS.some(([from, to]) => from.test(word) && isAmericanWord(word.replace(from, to)));
  wordVerdicts.set(word, verdict);
  return verdict;
}

function isAmericanWord(word: string): boolean {
  const known = knownWords();
  if (known.has(word)) return true;
  // Inflected forms of known words: "interpreted", "landscapes", "geopolitically".
  // The stem must be a word of three letters or more: "res" is not "re" + "s", nor "ial" "i" + "al"
  // (else "metres" became "met res" and "presidential" "president ial" in a held-out article).
  return (
    /(s|es|ed|d|ing|ly|er|ers|al|ally)$/.test(word) &&
    ['s', 'es', 'ed', 'd', 'ing', 'ly', 'er', 'ers', 'al', 'ally'].some(
      (suffix) => word.length - suffix.length >= 3 && word.endsWith(suffix) && known.has(word.slice(0, -suffix.length)),
    )
  );
}

function isPart(part: string, vocabulary: Map<string, number>): boolean {
  if (part.length < 3 && !SHORT.has(part)) return false;
  return isWord(part) || (part.length >= 4 && (vocabulary.get(part) ?? 0) >= 1);
}

function isStrongPart(part: string, vocabulary: Map<string, number>): boolean {
  const known = knownWords();
  if (known.has(part) || (vocabulary.get(part) ?? 0) >= 1) return true;
  return ['s', 'es', 'ed', 'd', 'ing', 'ly', 'er', 'ers', 'al', 'ally'].some(
    (suffix) => part.endsWith(suffix) && part.length - suffix.length >= 4 && known.has(part.slice(0, -suffix.length)),
  );
}

/**
 * The dictionary (compromise's lexicon) lacks many plain words ("beaches", "income", "assets", "office",
 * "offshore", "wellhead"), and real news has far more of those than glued words: on the Timeline17 development
 * topics, splitting every unknown word that two known halves make gave "be aches", "in come", "as sets", "off
 * ice", "prof its", "Or leans" 3,880 times. A split must look like lost space, not like a word:
 * - after "be", a long participle: "beinterpreted" (not "be aches"); after another closed-class word of three
 *   letters or more, a long word the document uses: "Thecompany" (not "in come", "as sets", "off shore");
 * - before a closed-class word of three letters or more, a word of five letters or one the document uses:
 *   "Whilethe", "linkhere" (not "gus her", "prof its");
 * - two content words of seven letters or more: "geopoliticallandscape" (not "art form", "school children").
 */
function plausibleGlue(left: string, right: string, vocabulary: Map<string, number>): boolean {
  // "Whilethe", "inthe": two closed-class words.
  if (FUNCTION.has(left) && FUNCTION.has(right)) return true;
  // "be" before a long participle is the one short closed-class word glued on the left that is not a prefix of
  // English words: "in", "as", "at", "on" made "in justice", "as certain", "at tributed".
  if (left === 'be') return right.length >= 9 && /(?:ed|en)$/.test(right) && isWord(right);
  if (FUNCTION.has(left)) return left.length >= 3 && right.length >= 7 && isWord(right) && vocabulary.has(right);
  if (FUNCTION.has(right)) return right.length >= 3 && left.length >= 4 && isWord(left) && (left.length >= 5 || vocabulary.has(left));
  return left.length >= 7 && right.length >= 7 && isWord(left) && isWord(right);
}

/** "geopoliticallandscape" → "geopolitical landscape", only when the whole is not a word. */
function splitLowercaseGlue(piece: string, vocabulary: Map<string, number>): string {
  if (piece.length < 6 || !/^\p{Lu}?\p{Ll}+$/u.test(piece)) return piece;
  const lower = piece.toLowerCase();
  if (NEVER.has(lower) || isWord(lower) || (vocabulary.get(lower) ?? 0) >= 2) return piece;
  const capitalized = piece !== lower;
  let best: { at: number; score: number } | null = null;
  for (let at = 2; at <= lower.length - 2; at++) {
    const left = lower.slice(0, at);
    const right = lower.slice(at);
    // A capitalized token is often a name ("Newcastle"), and names often open with a closed-class word ("New
    // Orleans" is no "Or leans", nor "Tobias" "To bias"): split it only before one at its end ("Whilethe").
    // (Asked first, as the cheapest test: it spares the dictionary look-ups of every other split of a name.)
    if (capitalized && !FUNCTION.has(right)) continue;
    if (HEADS.has(left) || TAILS.has(right)) continue;
    // One half must be a closed-class word or a word this document uses on its own: "geopolitical"
    // appears elsewhere in seed 000, while "unders" + "cores" (from "underscores") appear nowhere.
    // (Asked before the dictionary tests below, which are only look-ups too: of the splits of an unknown word
    // almost none has a half the document uses, and the dictionary was asked of every one, a tenth of cleaning.)
    const anchored = FUNCTION.has(left) || FUNCTION.has(right) || vocabulary.has(left) || vocabulary.has(right);
    if (!anchored) continue;
    if (!isPart(left, vocabulary) || !isPart(right, vocabulary)) continue;
    // Real words end in short function words all the time ("Paterson", "Boston", "format"): a split
    // before a function word at the end needs one of three letters or more ("linkhere", "Whilethe").
    if (FUNCTION.has(right) && !FUNCTION.has(left) && right.length < 3) continue;
    // The other half must be a word in its own right, not only an inflection of a short stem
    // ("gover" is not "gov" + "-er": "Governor" stays whole).
    if (FUNCTION.has(left) !== FUNCTION.has(right) && !isStrongPart(FUNCTION.has(left) ? right : left, vocabulary)) continue;
    if (!plausibleGlue(left, right, vocabulary)) continue;
    const score = Math.min(left.length, right.length) + (FUNCTION.has(left) || FUNCTION.has(right) ? 3 : 0);
    if (!best || score > best.score) best = { at, score };
  }
  return best ? `${piece.slice(0, best.at)} ${piece.slice(best.at)}` : piece;
}
