/**
 * modifier-conjunct-subject: "Proved U.S. and foreign reserves of natural gas declined to 964 billion cubic feet last
 * year" was read as a participle "Proved" with the object "U.S.", joined by "and" to a clause whose subject is
 * "foreign reserves"; the "and" joins two modifiers of one noun, and "Foreign reserves of natural gas declined" says
 * less than the sentence, another claim. A clause joined by "and" to a participle that opens the sentence, with no
 * comma between that participle's object and the "and", and a subject opening on an adjective, has a subject the parse
 * cut to its second member: no title (`subject:modifier-conjunct`).
 */
import type { Analysis } from '../nlp/analyse';
import type { Clause } from '../nlp/clauses';

export function modifierConjunctSubject(a: Analysis, c: Clause): boolean {
  const t = a.tokens;
  if (c.kind !== 'coordinate' || c.conjunctOf < 0 || !c.subject || c.marker < 0 || t.norm[c.marker] !== 'and') return false;
  if (c.subject.start !== c.marker + 1 || t.tag[c.subject.start] !== 'ADJ') return false;
  const conjunct = a.clauses[c.conjunctOf];
  return (
    conjunct.kind === 'participial' && conjunct.start === a.sentences[c.sentence].tokenStart && conjunct.object !== null && conjunct.object.end === c.marker
  );
}
