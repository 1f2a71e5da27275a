/**
 * Repairs words glued together by spaces lost when a page was scraped: "betweenPyongyang",
 * "signalingNorth", "NorthKorea", "Whilethe", "beinterpreted", "geopoliticallandscape" (seed 000).
 * Conservative by design: a real word is never split ("together", "somewhere", "nonetheless").
 */
import nlp from 'compromise';
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

let dictionary: Set<string> | null = null;
/** compromise's lexicon (single words) plus our additions; built once, on first use. */
function knownWords(): Set<string> {
  if (!dictionary) {
    const lexicon = Object.keys((nlp.model() as { one: { lexicon: Record<string, unknown> } }).one.lexicon);
    dictionary = new Set([...lexicon.filter((w) => /^[a-z]+$/.test(w)), ...EXTRA_WORDS, ...NEVER_SPLIT, ...FUNCTION_WORDS]);
  }
  return dictionary;
}

const CAMEL_NAMES = new Set(CAMEL_CASE_NAMES);
const NEVER = new Set(NEVER_SPLIT);
const HEADS = new Set(COMPOUND_HEADS);
const TAILS = new Set(COMPOUND_TAILS);
const SHORT = new Set(SHORT_JOINABLE);
const FUNCTION = new Set(FUNCTION_WORDS);

/** How often each word occurs in the document: a glued typo occurs once, a real word recurs. */
export function documentVocabulary(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const m of text.toLowerCase().matchAll(/\p{L}+/gu)) counts.set(m[0], (counts.get(m[0]) ?? 0) + 1);
  return counts;
}

export function repairGluedWords(line: string, vocabulary: Map<string, number> = new Map()): string {
  return line.replace(/\p{L}+/gu, (token) =>
    splitCamelCase(token)
      .map((piece) => splitLowercaseGlue(piece, vocabulary))
      .join(' '),
  );
}

/** "signalingNorth" → ["signaling", "North"]; keeps "iPhone", "McCain", "MacBook", "YouTube". */
function splitCamelCase(token: string): string[] {
  const pieces = token.split(/(?<=\p{Ll})(?=\p{Lu})/u);
  if (pieces.length === 1 || CAMEL_NAMES.has(token)) return [token];
  const out: string[] = [];
  for (let i = 0; i < pieces.length; ) {
    let j = pieces.length;
    // Longest run of pieces that forms a known camel-case name.
    while (j > i + 1 && !isCamelName(pieces.slice(i, j).join(''), pieces[i])) j--;
    out.push(pieces.slice(i, j).join(''));
    i = j;
  }
  // "ProjectX": a single trailing capital is part of the name, not a new word.
  return out.reduce<string[]>((acc, piece) => {
    if (acc.length && piece.length < 2) acc[acc.length - 1] += piece;
    else acc.push(piece);
    return acc;
  }, []);
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

function isWord(word: string): boolean {
  if (isAmericanWord(word)) return true;
  return BRITISH_ENDINGS.some(([from, to]) => from.test(word) && isAmericanWord(word.replace(from, to)));
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
    if (HEADS.has(left) || TAILS.has(right)) continue;
    if (!isPart(left, vocabulary) || !isPart(right, vocabulary)) continue;
    // Real words end in short function words all the time ("Paterson", "Boston", "format"): a split
    // before a function word at the end needs one of three letters or more ("linkhere", "Whilethe").
    if (FUNCTION.has(right) && !FUNCTION.has(left) && right.length < 3) continue;
    // The other half must be a word in its own right, not only an inflection of a short stem
    // ("gover" is not "gov" + "-er": "Governor" stays whole).
    if (FUNCTION.has(left) !== FUNCTION.has(right) && !isStrongPart(FUNCTION.has(left) ? right : left, vocabulary)) continue;
    // One half must be a closed-class word or a word this document uses on its own: "geopolitical"
    // appears elsewhere in seed 000, while "unders" + "cores" (from "underscores") appear nowhere.
    const anchored = FUNCTION.has(left) || FUNCTION.has(right) || vocabulary.has(left) || vocabulary.has(right);
    if (!anchored) continue;
    // A capitalized token is often a name ("Newcastle"): split it only next to a closed-class word ("Whilethe").
    if (capitalized && !FUNCTION.has(left) && !FUNCTION.has(right)) continue;
    const score = Math.min(left.length, right.length) + (FUNCTION.has(left) || FUNCTION.has(right) ? 3 : 0);
    if (!best || score > best.score) best = { at, score };
  }
  return best ? `${piece.slice(0, best.at)} ${piece.slice(best.at)}` : piece;
}
