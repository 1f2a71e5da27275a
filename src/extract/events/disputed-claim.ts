/**
 * A party's claim set against another source in the same sentence: "BP has said it collected around 10,000 barrels on
 * Sunday and hopes to eventually capture most of the leak, but the US coastguard is being much more cautious"
 * (Timeline17). The sentence tells BP's figure as BP's word, doubted by the coastguard; "BP collected around 10,000
 * barrels" told as fact was judged unfaithful ("BP's own claim ... is stated as fact"). The title keeps its sayer
 * (events.ts, `claim:disputed-in-sentence`), or there is no event.
 *
 * The claim is a clause said by a named sayer written before it; the other source is the subject of a clause after it
 * opened by a word of contrast ("but", "although", "though", "whereas", "yet"), a name that is not the sayer's.
 */
import type { Analysis } from '../nlp/analyse';
import type { Clause } from '../nlp/clauses';

const CONTRAST_MARKERS = new Set(['but', 'although', 'though', 'whereas', 'yet']);

/** The clause is said by a named sayer and a later clause of its sentence, opened by a contrast, has another named subject. */
export function disputedInSentence(a: Analysis, c: Clause): boolean {
  const t = a.tokens;
  const r = c.reported;
  if (r?.kind !== 'speech' || r.verb < 0 || r.verb >= c.verb.start || !r.speaker || r.speaker.pronoun) return false;
  const sayer = r.speaker;
  const [from, to] = a.clauseRange[c.sentence];
  const named = (np: NonNullable<Clause['subject']>) =>
    np.properName !== null || np.names.length > 0 || Array.from({ length: np.end - np.start }, (_, q) => np.start + q).some((i) => t.tag[i] === 'PROPN');
  if (!named(sayer)) return false;
  for (const x of a.clauses.slice(from, to)) {
    if (x.start < c.end || x.marker < 0 || !CONTRAST_MARKERS.has(t.norm[x.marker])) continue;
    const s = x.subject;
    // ("The White House said President Barack Obama spoke with Svanberg on Monday but declined to say what was
    // discussed": a subject the clause does not write is the one before it, no other source.)
    if (!s || s.start < x.marker || s.pronoun || t.tag[s.head] === 'PRON' || !named(s)) continue;
    if (t.norm[s.head] === t.norm[sayer.head]) continue;
    return true;
  }
  return false;
}
