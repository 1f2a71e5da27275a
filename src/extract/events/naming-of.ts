/**
 * "Gold output in the northeast China province of Heilongjiang rose 22.7 pct in 1986" (Reuters 1987, titled "Gold
 * output in the northeast China province rose 22.7 pct": "which province is not said (Heilongjiang dropped)"): "the",
 * a common noun and an "of" phrase that is a name is the naming "of" of English ("the province of Heilongjiang", "the
 * port of Chittagong", "the city of Pamplona"): the name is the thing, and the noun only its kind. A title that keeps
 * the noun and cuts the name says only "the province", which a reader cannot place. The name is kept, with the words
 * of its phrase, when the title has room (`title:keeps-naming-of-phrase`); the title stays as it was when it has none.
 */
import type { Analysis } from '../nlp/analyse';
import type { Clause } from '../nlp/clauses';
import type { NounPhrase } from '../nlp/noun-phrases';
import { Flag } from '../nlp/tokens';
import type { TitleHelpers, Roles } from './complements';

/** The "of" phrase right after `np` that is a name and nothing else ("of Heilongjiang", "of the Philippines"), or null. */
function namingOf(a: Analysis, k: number, np: NounPhrase): NounPhrase | null {
  const t = a.tokens;
  if (t.norm[np.end] !== 'of' || np.end >= a.sentences[k].tokenEnd) return null;
  const after = a.nounPhrases[k].find((x) => x.preposition === np.end && x.start > np.end);
  if (!after || after.temporal || after.pronoun || after.possessor || after.conjuncts.length || after.appositive || !after.properName) return null;
  // (The name is the whole phrase, "the" before it at most: not "of Chinese gold", "of BP shares".)
  const from = after.determiner === after.start && t.norm[after.start].toLowerCase() === 'the' ? after.start + 1 : after.start;
  if (after.start !== np.end + 1 || after.properName[0] !== from || after.properName[1] !== after.end) return null;
  for (let i = from; i < after.end; i++) if ((t.flags[i] & Flag.CAPITALISED) === 0) return null;
  // (A name that goes on into another noun is a modifier of it: "the department of Energy officials".)
  if (t.tag[after.end] === 'NOUN' || t.tag[after.end] === 'PROPN') return null;
  return after;
}

/**
 * `title:keeps-naming-of-phrase`: a title phrase "the [words] noun", every word from its "the" to its noun in the title,
 * the noun common and its name after "of" left out; the "of" and the name join the title in the phrase's role when the
 * title has room.
 */
export function keepNamingOf(a: Analysis, c: Clause, tokens: Roles, rules: string[], h: TitleHelpers): void {
  const t = a.tokens;
  const k = c.sentence;
  for (const np of a.nounPhrases[k]) {
    const role = tokens.get(np.head);
    if (!role || role === 'verb' || np.temporal || np.pronoun || np.properName || np.conjuncts.length) continue;
    if (np.determiner !== np.start || t.norm[np.start].toLowerCase() !== 'the' || t.tag[np.head] !== 'NOUN' || np.head !== np.end - 1) continue;
    let whole = true;
    for (let i = np.start; i <= np.head; i++) if (tokens.get(i) !== role) whole = false;
    if (!whole || tokens.has(np.end)) continue;
    const name = namingOf(a, k, np);
    if (!name) continue;
    const ids = Array.from({ length: name.end - np.end }, (_, q) => np.end + q);
    if (ids.some((i) => tokens.has(i)) || !h.fits([...new Set([...tokens.keys(), ...ids])])) continue;
    for (const i of ids) tokens.set(i, role);
    rules.push('title:keeps-naming-of-phrase');
    return;
  }
}
