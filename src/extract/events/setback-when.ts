/**
 * "The administration, however, hit a roadblock Tuesday when New Orleans federal judge Martin Feldman struck down the
 * six-month ban on drilling", titled "The Obama administration hit a roadblock": the setback the subject met is what
 * the "when" clause tells, and the person or company that clause's subject names dealt it, a participant as much as
 * the subject (`actors:dealer-of-setback`); "BP suffered another blow on Friday when ratings agency Standard & Poor's
 * lowered its outlook" takes Standard & Poor's. Only a setback's noun (SETBACK_NOUNS) among the clause's last words,
 * the "when" after the clause's own words and a few words after the noun with no comma between, and the first person or company named after "when", before
 * any comma ("New Orleans" before the judge is a place).
 */
import { SETBACK_NOUNS } from '../lexicon/events';

interface Named {
  start: number;
  end: number;
  kind: string;
  unconfirmed?: boolean;
}

const WHEN_AT_ALL = /\bwhen\s/iu;

/** The person or company a "when" clause names as the one who dealt the setback the clause's own words end on, or []. */
export function dealersOfSetback<T extends Named>(text: string, ownEnd: number, sentenceEnd: number, sorted: readonly T[]): T[] {
  // (The setback's noun among the clause's last words, a time after it or not: "hit a roadblock Tuesday when".)
  const base = Math.max(0, ownEnd - 40);
  const near = /\b(\p{L}+)\b([^,;:.]{0,30}?)\bwhen\s+/giu;
  const window = text.slice(base, sentenceEnd);
  // (`near` tries a word and thirty characters after it at every word of the window: a window without the "when" that
  // ends every match, the same flags, is not searched.)
  if (!WHEN_AT_ALL.test(window)) return [];
  let when: RegExpExecArray | null = null;
  for (let m = near.exec(window); m; m = near.exec(window)) {
    if (base + m.index >= ownEnd) break;
    if (SETBACK_NOUNS.has(m[1].toLowerCase()) && base + m.index + m[0].length > ownEnd) {
      when = m;
      break;
    }
    near.lastIndex = m.index + m[1].length;
  }
  if (!when) return [];
  const from = base + when.index + when[0].length;
  const comma = text.slice(from, sentenceEnd).search(/[,;:]/);
  const to = comma < 0 ? sentenceEnd : from + comma;
  const first = sorted.find((a) => a.start >= from && a.end <= to && (a.kind === 'person' || a.kind === 'organization') && !a.unconfirmed);
  return first ? [first] : [];
}
