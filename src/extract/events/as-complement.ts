/**
 * "two 16-year-old boys described as military family members were treated at an Air Force base clinic in Texas last
 * month": the chunker opened a phrase at "as" after a participle ("described as", "regarded as", "known as") and the
 * clause took it for its subject, so the title read "As military family members were treated at an Air Force base
 * clinic", a fragment with the boys left out. The phrase before the participle is the subject
 * ("Two 16-year-old boys were treated at an Air Force base clinic"): `subject:before-as-complement`; when that phrase
 * is a preposition's ("eight of the 10 people regarded as close contacts ... had been traced"), no subject stands
 * whole and the clause makes no event (`subject-is-as-complement`).
 */
import type { Analysis } from '../nlp/analyse';
import type { Clause } from '../nlp/clauses';
import type { NounPhrase } from '../nlp/noun-phrases';

/**
 * The phrase before the participle when the clause's subject opens with "as" right after one: that phrase, or null
 * when it cannot stand as the subject; undefined when the subject does not open so.
 */
export function subjectBeforeAsComplement(a: Analysis, c: Clause, subject: NounPhrase): NounPhrase | null | undefined {
  const t = a.tokens;
  const participle = subject.start - 1;
  if (subject.preposition >= 0 || t.norm[subject.start] !== 'as' || participle < a.sentences[c.sentence].tokenStart) return undefined;
  if (t.tag[participle] !== 'VERB' || !/(?:ed|wn|en)$/.test(t.norm[participle])) return undefined;
  const before = a.nounPhrases[c.sentence].find((np) => np.end === participle);
  if (!before || before.preposition >= 0 || before.pronoun || before.temporal || before.adjectival) return null;
  return before;
}
