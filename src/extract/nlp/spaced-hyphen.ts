/**
 * `spaced-name-hyphen`: "Apple Computer's iTunes downloadable music service in February passed Wal - Mart to become
 * the No. 1 music seller": a converted page spaces the hyphen of a hyphenated name ("Wal-Mart", "Trans-Alaska",
 * "Exxon-Mobil"). Read as a dash, the name breaks in two and a title ends on half of it ("... passed Wal"). The hyphen
 * and the piece after it are marked as written against their words (Flag.GLUED), so that every later step (noun
 * phrases, titles, actors) takes the name whole, as it does "Wal-Mart".
 *
 * Only the shape of a name: two capitalised words (not all capitals: "Alastair Grant - AP" is a photo credit), neither
 * a month, a weekday or a function word ("April - Gas and oil", "London - As an ..."), the first not after another
 * capitalised word ("Hair Dye - Agree"), the second not before one or a possessive ("that Ken - Secretary Salazar -
 * and I", "in London - Alleyn's School"): a dash between two phrases, not a hyphen inside one name.
 */
import { MONTH_NAMES, WEEKDAY_NAMES } from '../lexicon/time';
import { Flag, type TokenTable } from './tokens';

const NAME_PIECE = /^\p{Lu}\p{Ll}+$/u;
/** Capitalised words that start a sentence or a phrase, never a piece of a name ("London - As an ..."). */
const FUNCTION_PIECES = new Set([
  'the',
  'a',
  'an',
  'as',
  'and',
  'but',
  'or',
  'if',
  'in',
  'on',
  'at',
  'of',
  'for',
  'to',
  'it',
  'he',
  'she',
  'we',
  'they',
  'this',
  'that',
  'there',
  'maybe',
  'clearly',
  'so',
]);
/** A capitalised word before the name that is no name itself ("The Trans - Alaska pipeline"). */
const OPENERS = new Set(['the', 'a', 'an', 'maybe']);

const piece = (w: string | undefined): boolean => {
  if (!w || !NAME_PIECE.test(w)) return false;
  const lower = w.toLowerCase();
  return !(lower in MONTH_NAMES) && !(lower in WEEKDAY_NAMES) && !FUNCTION_PIECES.has(lower);
};
const capitalised = (w: string | undefined): boolean => !!w && /^\p{Lu}/u.test(w);

/**
 * Does a spaced hyphen between `first` and `second` join one name? `before` and `after` are the words around
 * (undefined at the ends of the sentence); `after` is "'s" for a possessive.
 */
export function spacedNameHyphen(before: string | undefined, first: string, second: string, after: string | undefined): boolean {
  if (!piece(first) || !piece(second)) return false;
  if (capitalised(before) && !OPENERS.has(before!.toLowerCase())) return false;
  return !capitalised(after) && !(after && /^['’]s?$/.test(after));
}

/** Marks the spaced hyphens of names as glued (spacedNameHyphen); returns how many. Runs once, after the flags. */
export function glueSpacedNameHyphens(t: TokenTable): number {
  let n = 0;
  const word = (i: number): string | undefined => (i >= 0 && i < t.count ? t.text.slice(t.start[i], t.end[i]) : undefined);
  for (let i = 1; i + 1 < t.count; i++) {
    if (t.norm[i] !== '-' || (t.flags[i] & (Flag.GLUED | Flag.LINE_START)) !== 0 || (t.flags[i + 1] & (Flag.GLUED | Flag.LINE_START)) !== 0) continue;
    if (t.tag[i - 1] !== 'PROPN' && t.tag[i - 1] !== 'NOUN') continue;
    if (t.tag[i + 1] !== 'PROPN' && t.tag[i + 1] !== 'NOUN') continue;
    const before = i >= 2 && (t.flags[i - 1] & Flag.LINE_START) === 0 ? word(i - 2) : undefined;
    const after = i + 2 < t.count && (t.flags[i + 2] & Flag.LINE_START) === 0 ? word(i + 2) : undefined;
    if (!spacedNameHyphen(before, word(i - 1)!, word(i + 1)!, after)) continue;
    t.flags[i] |= Flag.GLUED;
    t.flags[i + 1] |= Flag.GLUED;
    n++;
  }
  return n;
}

/** Words split at spaces, with each name's spaced hyphen written against its pieces: ["passed", "Wal-Mart", "to"]. */
export function joinSpacedNameHyphens(words: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    const bare = (x: string | undefined) => x?.replace(/[.,;:!?)"”’]+$/u, '');
    if (words[i + 1] === '-' && i + 2 < words.length) {
      const second = words[i + 2];
      const possessive = /['’]s$/.test(second);
      const next = possessive ? "'s" : words[i + 3];
      const before = out.length ? out[out.length - 1] : undefined;
      if (spacedNameHyphen(before, w, possessive ? second.slice(0, -2) : bare(second)!, next)) {
        out.push(`${w}-${second}`);
        i += 2;
        continue;
      }
    }
    out.push(w);
  }
  return out;
}
