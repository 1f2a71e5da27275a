/**
 * `subject-cannot-be-placed:acronym-unexplained`: "In 1918, when the LGB was finally girded into action late on in the
 * pandemic, Newsholme advised people ..." (Guardian: "unexplained acronym 'LGB' ... leave a reader
 * unable to tell what happened"): a subject that is "the" and an acronym alone, which the article never spells out
 * ("the Local Government Board (LGB)", or a run of capitalised words whose initials are its letters) and which is not
 * one of the well-known bodies news copy names by acronym alone (KNOWN_ORGANIZATIONS, UNION_ACRONYMS, KNOWN_BODY_ACRONYMS:
 * "The CDC reported", "The UAW struck", "The EPA directed"), names a body only the article's reader of that time knew. Spelled out anywhere in the
 * article ("the Minerals Management Service ... The MMS assessed"), the acronym's actor carries the full name and the
 * title stands.
 */
import { KNOWN_ORGANIZATIONS, UNION_ACRONYMS } from '../lexicon/actors';
import { KNOWN_BODY_ACRONYMS } from '../lexicon/events';
import type { Analysis } from '../nlp/analyse';
import type { NounPhrase } from '../nlp/noun-phrases';
import { tokenText } from '../nlp/tokens';
import type { TitleRole } from './candidates';

/** Acronyms news copy uses alone, as names of their own. */
export const KNOWN_ACRONYMS = new Set([
  ...Object.keys(KNOWN_ORGANIZATIONS),
  ...Object.values(KNOWN_ORGANIZATIONS).flat(),
  ...UNION_ACRONYMS,
  ...KNOWN_BODY_ACRONYMS,
]);

/** Small words an acronym's letters skip: "Centers for Disease Control", "Department of Transportation". */
const SKIPPED = new Set(['of', 'and', 'for', 'the', 'on', 'in', '&']);

/** Does the text spell the acronym out: "(LGB)" after its name, or capitalised words whose initials are its letters? */
export function spelledOut(text: string, acronym: string): boolean {
  if (text.includes(`(${acronym})`)) return true;
  const words = text.split(/[^A-Za-z&'-]+/).filter(Boolean);
  for (let i = 0; i < words.length; i++) {
    let k = 0;
    for (let j = i; j < words.length && k < acronym.length; j++) {
      const w = words[j];
      // ("Department of Transportation" is DOT: a small word counts when its letter is the next one.)
      const small = SKIPPED.has(w.toLowerCase());
      if (k > 0 && small && w[0].toUpperCase() === acronym[k]) k++;
      else if (k > 0 && small) continue;
      else if (w[0] !== acronym[k] || w.length < 2 || w === acronym) break;
      else k++;
    }
    if (k === acronym.length) return true;
  }
  return false;
}

/** Is the title's subject "the" and an acronym the article never spells out, of no body known by it alone? */
export function acronymUnexplained(a: Analysis, subject: NounPhrase, tokens: Map<number, TitleRole>): boolean {
  const t = a.tokens;
  if (subject.determiner !== subject.start || t.norm[subject.start] !== 'the' || subject.end !== subject.start + 2) return false;
  if (subject.conjuncts.length || subject.possessor || tokens.get(subject.start + 1) !== 'subject') return false;
  // (A phrase kept after it may say which: "the LGB of England".)
  if (tokens.has(subject.end) && tokens.get(subject.end) === 'subject') return false;
  const acronym = tokenText(t, subject.start + 1);
  if (!/^[A-Z]{3,6}$/.test(acronym) || KNOWN_ACRONYMS.has(acronym)) return false;
  return !spelledOut(a.text, acronym);
}
