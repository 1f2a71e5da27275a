/**
 * infinitive-second-object: the thing given after the person given to, in an infinitive of a verb that takes two
 * objects (DOUBLE_OBJECT_VERBS), as a finite clause keeps it (`title:second-object`): "In February the Texas
 * Appellate Court refused to grant Texaco a new trial" is "refused to grant Texaco a new trial"; "refused to grant
 * Texaco" alone is cut (`title:infinitive-second-object`). A second object the title cannot hold whole cuts the
 * infinitive.
 */
import { DOUBLE_OBJECT_VERBS } from '../lexicon/events';
import type { Analysis } from '../nlp/analyse';
import type { Clause } from '../nlp/clauses';
import type { NounPhrase } from '../nlp/noun-phrases';

/** The phrase right after an infinitive's object that is the thing given, or null; false when it is there but not whole. */
export function infinitiveSecondObject(a: Analysis, x: Clause, obj: NounPhrase, whole: (np: NounPhrase) => boolean): NounPhrase | false | null {
  const t = a.tokens;
  if (!DOUBLE_OBJECT_VERBS.has(t.lemma[x.verb.head] || t.norm[x.verb.head])) return null;
  const second = a.nounPhrases[x.sentence].find((np) => np.start === obj.end && np.preposition < 0);
  if (!second || second.temporal) return null;
  if (second.pronoun || second.end > x.end || !whole(second)) return false;
  return second;
}
