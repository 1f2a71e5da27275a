/**
 * "One of the children was confirmed with H1N1 last week, and had recently been to Malta": a number as the subject and
 * "of the" with a plural common noun and nothing of its own (no name, owner, number, noun before it or phrase after it)
 * counts one of a group the article told of before; which children, the title does not say ("'One of
 * the children' refers to a group the headline never names"). As events/unplaced.ts `counted-back` ("The two nations"),
 * the clause makes no event: `subject-cannot-be-placed:one-of-a-group`. "One of the three leaks" counts the group;
 * "11 of the rig's workers" says whose.
 */
import type { Analysis } from '../nlp/analyse';
import type { NounPhrase } from '../nlp/noun-phrases';
import type { TitleRole } from './candidates';
import { phraseKeptAt } from './placing-words';

/** Is the title's subject a number counting "of the" and a bare plural noun told of before? */
export function oneOfAGroup(a: Analysis, k: number, subject: NounPhrase, tokens: Map<number, TitleRole>): boolean {
  const t = a.tokens;
  if (t.tag[subject.head] !== 'NUM' || subject.head !== subject.end - 1 || t.norm[subject.end] !== 'of' || !tokens.has(subject.end)) return false;
  const group = a.nounPhrases[k].find((np) => np.preposition === subject.end);
  if (!group || tokens.get(group.head) !== 'subject' || group.determiner !== group.start || t.norm[group.start] !== 'the') return false;
  if (group.possessor || group.properName || group.names.length || group.conjuncts.length || t.tag[group.head] !== 'NOUN') return false;
  // (A plural: "the children", "the workers"; not "the oil", "the crisis".)
  const head = group.head;
  if (!t.lemma[head] || t.lemma[head] === t.norm[head]) return false;
  // (Adjectives only between: "the sick children"; "the three leaks", "the BP workers" say which.)
  for (let i = group.start + 1; i < head; i++) if (tokens.has(i) && t.tag[i] !== 'ADJ') return false;
  // ("One of the children at the school": a phrase kept after it places them.)
  const next = group.end;
  return !phraseKeptAt(t, tokens, next);
}
