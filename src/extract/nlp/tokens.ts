/**
 * tokens: one text → its tokens, each with character offsets into that exact text, its part of speech
 * (Universal POS, from wink), lemma, normal form and flags.
 *
 * The table is a set of parallel arrays (typed arrays for numbers), not one object per token: a
 * 5 kB article has ~1,000 tokens and the development corpus 1.9 million, and parallel arrays are built
 * and scanned without allocating an object each (scripts/bench/nlp.ts measures both layouts).
 *
 * Whitespace runs that wink returns as tokens (tabs, line breaks) are not tokens here; the token after a
 * line break carries LINE_START instead, so a rule can tell a headline line from the body.
 */
import { NEGATORS } from '../lexicon/grammar';
import { tagWithWink } from './wink';
import { glueSpacedNameHyphens } from './spaced-hyphen';

/** Universal POS tags (universaldependencies.org/u/pos), as wink's English model assigns them. */
export type Tag =
  | 'ADJ'
  | 'ADP'
  | 'ADV'
  | 'AUX'
  | 'CCONJ'
  | 'DET'
  | 'INTJ'
  | 'NOUN'
  | 'NUM'
  | 'PART'
  | 'PRON'
  | 'PROPN'
  | 'PUNCT'
  | 'SCONJ'
  | 'SYM'
  | 'VERB'
  | 'X';

/** Token flags: bits of `TokenTable.flags`. */
export const Flag = {
  /** Starts with a capital letter: "BP", "Transocean", "The". */
  CAPITALISED: 1,
  /** Two or more letters, all capitals: "BP", "WASHINGTON". */
  ALL_CAPS: 2,
  /** Punctuation (wink's type): , . ; : ! ? — - ( ) quotes. */
  PUNCT: 4,
  /** A number, in digits or words: "11", "$1.55" → "1.55", "billion", "two". */
  NUMBER: 8,
  /** Negates its clause: not, n't, never, no, nobody, nothing, none, neither, nor. */
  NEGATION: 16,
  /** A quotation mark, straight or curly, single or double. */
  QUOTE: 32,
  /** Opens a quotation or a bracket. */
  OPENING: 64,
  /** Closes a quotation or a bracket. */
  CLOSING: 128,
  /** The possessive 's or a bare apostrophe after a plural ("the workers’ families"). */
  POSSESSIVE: 256,
  /** First token of a line (or of the text). */
  LINE_START: 512,
  /** No whitespace between this token and the one before: "11-year-old", "BP's", "U.K.-based". */
  GLUED: 1024,
  /** A word ending in a full stop: "Mr.", "U.S.", "Jan.". */
  ABBREVIATION: 2048,
  /** A URL or an e-mail address. */
  LINK: 4096,
  /** A bracket: ( ) [ ] { }. */
  BRACKET: 8192,
} as const;

export interface TokenTable {
  /** The exact text analysed: every offset points into it. */
  text: string;
  count: number;
  /** Character offset of the token's first character: text.slice(start[i], end[i]) is the token as written. */
  start: Int32Array;
  end: Int32Array;
  tag: Tag[];
  lemma: string[];
  /** Lower case, contractions expanded: "n't" → "not", "ca" (of "can't") → "can", "’s" (of "it’s") → "is". */
  norm: string[];
  /** Bits of Flag. */
  flags: Uint16Array;
}

const OPENING_QUOTES = new Set(['“', '‘', '«', '‹', '„', '‚']);
const CLOSING_QUOTES = new Set(['”', '’', '»', '›']);
const AMBIGUOUS_QUOTES = new Set(['"', "'", '``', "''"]);
const OPENING_BRACKETS = new Set(['(', '[', '{']);
const CLOSING_BRACKETS = new Set([')', ']', '}']);

/** The token as written. */
export const tokenText = (t: TokenTable, i: number): string => t.text.slice(t.start[i], t.end[i]);

/** A dash written as its own token: "--", "-", "—", "–". */
export const DASHES = new Set(['--', '-', '—', '–']);

/** The token's lemma, or its lower-case form when the tagger gave none. */
export const lemmaAt = (t: TokenTable, i: number): string => t.lemma[i] || t.norm[i];

export const hasFlag = (t: TokenTable, i: number, flag: number): boolean => (t.flags[i] & flag) !== 0;

/** The text from token `first` to token `last` inclusive, as written (spaces and all). */
export const spanText = (t: TokenTable, first: number, last: number): string => (first > last ? '' : t.text.slice(t.start[first], t.end[last]));

/**
 * The tag of the token that starts at each offset asked, the offsets asked in increasing order (the actors' tokeniser
 * reads its words left to right): one walk along the table, since a map of every token's start would be built for
 * each document only to be read once per word. Where two tokens start at one offset, the later one's tag, as a map
 * filled in token order gives; undefined where no token starts there.
 */
export function tagCursor(t: TokenTable): (start: number) => Tag | undefined {
  let j = 0;
  return (start) => {
    while (j < t.count && t.start[j] < start) j++;
    if (j >= t.count || t.start[j] !== start) return undefined;
    while (j + 1 < t.count && t.start[j + 1] === start) j++;
    return t.tag[j];
  };
}

/**
 * A word that wink left whole with its possessive before punctuation ("the Jacksonian's." comes back as
 * "Jacksonian's" + "."): split off the "'s", as wink does for the same word anywhere else.
 */
const ATTACHED_POSSESSIVE = /^(\p{L}[\p{L}\p{N}.&-]*)(['’]s)$/u;

/** All tokens of a text, with their offsets, tags, lemmas and flags. One call per document. */
export function tokenize(text: string): TokenTable {
  const w = tagWithWink(text);
  const n = w.count;
  let capacity = n + 8;
  let start = new Int32Array(capacity);
  let end = new Int32Array(capacity);
  let flags = new Uint16Array(capacity);
  const tag: Tag[] = [];
  const lemma: string[] = [];
  const norm: string[] = [];
  const types: string[] = [];
  let count = 0;
  let atLineStart = true;
  const push = (s: number, e: number, tg: Tag, lm: string, nm: string, ty: string) => {
    if (count === capacity) {
      capacity *= 2;
      start = grow(start, capacity);
      end = grow(end, capacity);
      flags = grow(flags, capacity);
    }
    start[count] = s;
    end[count] = e;
    if (atLineStart) flags[count] = Flag.LINE_START;
    tag.push(tg);
    lemma.push(lm);
    norm.push(nm);
    types.push(ty);
    count++;
    atLineStart = false;
  };
  let offset = 0;
  for (let i = 0; i < n; i++) {
    const value = w.value[i];
    const s = alignedStart(text, value, offset + w.spaceBefore[i]);
    const e = s + value.length;
    offset = e;
    const pos = w.pos[i];
    if (pos === 'SPACE') {
      if (value.includes('\n') || value.includes('\r')) atLineStart = true;
      continue;
    }
    const lower = w.normal[i] ?? value.toLowerCase();
    if ((pos === 'PROPN' || pos === 'NOUN') && value.length > 3 && value.charCodeAt(value.length - 1) === 115 /* s */) {
      const possessive = ATTACHED_POSSESSIVE.exec(value);
      if (possessive) {
        const base = possessive[1];
        push(s, s + base.length, pos, base.toLowerCase(), base.toLowerCase(), '');
        push(s + base.length, e, 'PART', possessive[2], possessive[2].toLowerCase(), '');
        continue;
      }
    }
    push(s, e, pos as Tag, w.lemma[i] ?? lower, lower, w.type[i]);
  }
  const table: TokenTable = { text, count, start: start.subarray(0, count), end: end.subarray(0, count), tag, lemma, norm, flags: flags.subarray(0, count) };
  for (let i = 0; i < count; i++) table.flags[i] = flagsOf(table, i, types[i]);
  // (nlp/spaced-hyphen.ts: "passed Wal - Mart to become", a name's hyphen spaced by a converted page.)
  glueSpacedNameHyphens(table);
  return table;
}

function grow<T extends Int32Array | Uint16Array>(a: T, size: number): T {
  const b = new (a.constructor as { new (n: number): T })(size);
  b.set(a);
  return b;
}

/**
 * wink's tokens and spaces rebuild the text exactly (checked on the 1,849 development articles: no
 * mismatch). Should a future wink differ, the token is found just ahead rather than misplaced.
 */
function alignedStart(text: string, value: string, offset: number): number {
  if (text.startsWith(value, offset)) return offset;
  const found = text.indexOf(value, offset);
  return found >= 0 && found - offset < 16 ? found : offset;
}

const isUpper = (c: number) => (c >= 65 && c <= 90) || (c > 127 && String.fromCharCode(c) !== String.fromCharCode(c).toLowerCase());
const ALL_CAPS = /^[\p{Lu}\p{N}.&'’-]+$/u;

function flagsOf(t: TokenTable, i: number, type: string): number {
  const s = t.start[i];
  const e = t.end[i];
  const length = e - s;
  const text = t.text;
  const first = text.charCodeAt(s);
  const tag = t.tag[i];
  let f = t.flags[i]; // LINE_START, set while tokenising
  const lineStart = (f & Flag.LINE_START) !== 0;
  if (i > 0 && !lineStart && s === t.end[i - 1]) f |= Flag.GLUED;
  if (isUpper(first)) {
    f |= Flag.CAPITALISED;
    if (length > 1 && isUpper(text.charCodeAt(s + 1)) && ALL_CAPS.test(text.slice(s, e))) f |= Flag.ALL_CAPS;
  }
  if (tag === 'PUNCT') f |= Flag.PUNCT;
  if (tag === 'NUM' || type === 'number' || type === 'ordinal') f |= Flag.NUMBER;
  if (NEGATORS.has(t.norm[i])) f |= Flag.NEGATION;
  if (type === 'url' || type === 'email') f |= Flag.LINK;
  if (length > 1 && text.charCodeAt(e - 1) === 46 /* . */ && tag !== 'PUNCT' && tag !== 'NUM') f |= Flag.ABBREVIATION;
  if (length > 2 || (tag !== 'PUNCT' && tag !== 'PART' && tag !== 'SYM')) return f;
  const word = text.slice(s, e);
  if (OPENING_BRACKETS.has(word)) return f | Flag.BRACKET | Flag.OPENING;
  if (CLOSING_BRACKETS.has(word)) return f | Flag.BRACKET | Flag.CLOSING;
  if (tag === 'PART' && /^['’]s?$/.test(word)) return f | Flag.POSSESSIVE;
  if (OPENING_QUOTES.has(word)) return f | Flag.QUOTE | Flag.OPENING;
  if (word === '’' && isPluralPossessive(t, i)) return f | Flag.POSSESSIVE;
  if (CLOSING_QUOTES.has(word)) return f | Flag.QUOTE | Flag.CLOSING;
  if (AMBIGUOUS_QUOTES.has(word)) {
    if (word === "'" && isPluralPossessive(t, i)) return f | Flag.POSSESSIVE;
    return f | Flag.QUOTE | (opensQuote(t, i, lineStart) ? Flag.OPENING : Flag.CLOSING);
  }
  return f;
}

/** "the workers’ families": an apostrophe glued to a word in s, before a space and a word. */
function isPluralPossessive(t: TokenTable, i: number): boolean {
  if (i === 0) return false;
  if (t.start[i] !== t.end[i - 1]) return spacedPluralPossessive(t, i);
  if (!/s$/i.test(tokenText(t, i - 1))) return false;
  const next = i + 1 < t.count ? tokenText(t, i + 1) : '';
  if (next === '' || t.start[i + 1] === t.end[i]) return false;
  if (/^\p{L}/u.test(next)) return true;
  // ("Shearson contributed 316 mln dlrs of American Express' 1.25 billion dlr net in 1986" (Reuters, March 1987): a
  // name's possessive before a figure; read as a quote, the title was cut at "American Express" and its actor made
  // "Express". Only a capitalised name before it, and no straight quote opened on its line, which it would close.)
  if (!/^\d/.test(next) || !/^\p{Lu}/u.test(tokenText(t, i - 1))) return false;
  for (let k = i - 1; k >= 0 && k > i - 60; k--) {
    if ((t.flags[k] & Flag.LINE_START) !== 0) break;
    const w = tokenText(t, k);
    if ((w === "'" || w === '‘') && (k === 0 || t.start[k] !== t.end[k - 1])) return false;
  }
  return true;
}

/**
 * "The Guardian's Environment site passed 186 readers ' ideas to BP": a converted page spaces the apostrophe of a plural
 * possessive. Only between a lower-case plural noun and a noun or adjective, and with no straight quote opened
 * before it on its line, which it would close ("under orders ' to ...").
 */
function spacedPluralPossessive(t: TokenTable, i: number): boolean {
  if (t.text.slice(t.start[i], t.end[i]) !== "'" || i + 1 >= t.count) return false;
  const prev = tokenText(t, i - 1);
  // ("The Beatles ' label Apple Corps lost its court case": a plural name after "the" is a plural's possessive too.)
  const pluralName = /^\p{Lu}\p{Ll}+s$/u.test(prev) && i >= 2 && /^the$/i.test(tokenText(t, i - 2)) && (t.tag[i - 1] === 'PROPN' || t.tag[i - 1] === 'NOUN');
  if (!(pluralName || (/^[a-z][a-z-]*s$/.test(prev) && t.tag[i - 1] === 'NOUN')) || t.start[i + 1] === t.end[i]) return false;
  if (t.tag[i + 1] !== 'NOUN' && t.tag[i + 1] !== 'ADJ') return false;
  for (let k = i - 1; k >= 0 && k > i - 60; k--) {
    if ((t.flags[k] & Flag.LINE_START) !== 0) break;
    const w = tokenText(t, k);
    if ((w === "'" || w === '‘') && t.start[k] !== t.end[k - 1]) return false;
  }
  return true;
}

/** A straight quote opens when nothing is glued before it (start of line, after a space or a bracket) and a word follows. */
function opensQuote(t: TokenTable, i: number, lineStart: boolean): boolean {
  const before = i > 0 ? t.text[t.start[i] - 1] : '';
  const after = t.text[t.end[i]] ?? '';
  if (after === '' || /\s/.test(after)) return false;
  return lineStart || i === 0 || before === '' || /[\s([{—–-]/.test(before);
}
