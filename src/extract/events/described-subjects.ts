/**
 * Title subjects that "the" and a description point back to, which a reader of the title alone cannot place (the
 * judges fail readable on each of them): a thing known only by its measure ("The 450-ton device was removed"), and
 * a bare noun of one that owns nothing ("cement was forced down its central pipe": whose pipe?).
 */
import { SINGULAR_OWNER_PRONOUNS } from '../lexicon/events';
import type { NounPhrase } from '../nlp/noun-phrases';
import { Flag, type TokenTable } from '../nlp/tokens';
import type { TitleRole } from './candidates';
import { describedOnly } from './readable-subjects';

/** "450-ton", "5,000-foot-long", "15-member": the words of a measure from `i` (the number), or 0 when none starts there. */
function measureWords(t: TokenTable, i: number, head: number): number {
  if (t.tag[i] !== 'NUM') return 0;
  let j = i + 1;
  while (j + 1 < head && t.norm[j] === '-' && /^[a-z]+$/.test(t.norm[j + 1])) j += 2;
  return j > i + 1 ? j - i : 0;
}

/**
 * "The 450-ton device was removed Friday afternoon from the Gulf of Mexico floor": "the", a measure and a common noun
 * (adjectives between) is the one thing the article told of before; its weight or length says which only to its
 * reader ("'The 450-ton device': unidentified referent"). A noun before the head says which kind, "the
 * 75-tonne capping stack"; a phrase kept after it places it. `subject-cannot-be-placed:measure-only`.
 */
export function knownOnlyByMeasure(t: TokenTable, subject: NounPhrase, tokens: Map<number, TitleRole>): boolean {
  if (subject.determiner !== subject.start || t.norm[subject.start] !== 'the' || t.tag[subject.head] !== 'NOUN') return false;
  const at = subject.start + 1;
  if (!tokens.has(at)) return false;
  const n = measureWords(t, at, subject.head);
  return n > 0 && describedOnly(t, subject, tokens, at + n, false);
}

/** A plural common noun: "changes", "floodwaters"; not "oil", "the crisis". */
const plural = (t: TokenTable, i: number) => !!t.lemma[i] && t.lemma[i] !== t.norm[i] && t.norm[i].endsWith('s');

/**
 * "The well was sealed off July 15, and cement was forced down its central pipe in a so-called "static kill" in early
 * August": a subject that is a bare common noun of one, no determiner, owner or name ("cement", "mud"), owns nothing;
 * whose pipe "its" is, the title does not say ("'its central pipe': pronoun with unknown referent").
 * As events/placed.ts `ownerNotTheSubject` for a plural subject, the clause makes no event: `object-cannot-be-placed:whose`.
 */
export function ownerNotABareNoun(t: TokenTable, subject: NounPhrase, tokens: Map<number, TitleRole>): boolean {
  if (subject.pronoun || subject.properName || subject.names.length || subject.conjuncts.length || subject.possessor || subject.determiner >= 0) return false;
  const head = subject.head;
  if (t.tag[head] !== 'NOUN' || tokens.get(head) !== 'subject' || plural(t, head)) return false;
  // ("WHO raised its global pandemic alert level to 5": a short name in capitals the tagger took for a noun.)
  if ((t.flags[head] & Flag.ALL_CAPS) !== 0) return false;
  // (Its own words only adjectives: "Heavy mud"; a capital or a noun before it may be a name the parser split.)
  for (let i = subject.start; i < head; i++) if (tokens.has(i) && t.tag[i] !== 'ADJ') return false;
  for (const [i, role] of tokens) if (role !== 'subject' && role !== 'verb' && SINGULAR_OWNER_PRONOUNS.has(t.norm[i])) return true;
  return false;
}
