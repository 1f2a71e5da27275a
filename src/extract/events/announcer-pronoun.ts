/**
 * What was announced, told with a pronoun that stands for the one who announced it: "BP announced Sunday that it would
 * sell its 60 percent interest in Pan American Energy", "The Justice Department announced Wednesday evening that it will
 * appeal the ruling", "U.S. health officials later on Friday announced they were easing their warning on travel to
 * Mexico". The title "BP announced that it would sell ..." names the pronoun's referent right before it, so the pronoun
 * is no unknown one; without this, the announcement (a happening of its own day) made no event at all
 * (`verb-without-what`), and Timeline17's days of such decisions had none.
 *
 * The pronoun must agree with the announcer: "it" a single thing that is no person (a company, a department, a
 * government), "they" a plural ("officials", "BP and Transocean"), "he" or "she" a person (a role noun, a courtesy
 * title or a given name). "Steve Jobs announced it would ..." or "BP announced they ..." point elsewhere, and stay out.
 * "it" as an empty subject ("announced it would take months to drill", "it was likely that ...") says nothing of the
 * announcer: a verb of such an "it" (IMPERSONAL_IT_VERBS) keeps the clause out; a copula is out already.
 */
import { FIRST_NAMES } from '../lexicon/first-names';
import { COURTESY_TITLES, PERSON_ROLE_NOUNS } from '../lexicon/actors';
import { IMPERSONAL_IT_VERBS, STANCE_VERBS, STATE_VERBS, VIEW_VERBS } from '../lexicon/events';
import { CONDITION_OPENERS, CONDITIONAL_SUBORDINATORS, COORDINATORS, MODALS, RELATIVE_WORDS } from '../lexicon/grammar';
import type { Clause } from '../nlp/clauses';
import type { NounPhrase } from '../nlp/noun-phrases';
import type { TokenTable } from '../nlp/tokens';

const lemmaOf = (t: TokenTable, i: number) => (t.lemma[i] || t.norm[i]).toLowerCase();

/** A person: a role noun ("spokesman", "president"), a courtesy title ("Mr Hayward") or a given name ("Tony Hayward"). */
export function isPerson(t: TokenTable, np: NounPhrase): boolean {
  if (PERSON_ROLE_NOUNS.has(lemmaOf(t, np.head))) return true;
  if (!np.properName) return false;
  const first = t.norm[np.properName[0]];
  return COURTESY_TITLES.includes(first.replace(/\.$/, '')) || FIRST_NAMES.has(first.toLowerCase());
}

/** A plural: a coordination, or a plural common noun ("officials", "authorities"). */
export function isPlural(t: TokenTable, np: NounPhrase): boolean {
  if (np.conjuncts.length > 1) return true;
  const h = np.head;
  return t.tag[h] === 'NOUN' && /s$/i.test(t.norm[h]) && lemmaOf(t, h) !== t.norm[h].toLowerCase();
}

/**
 * Is what was announced a deed, whole as the title writes it (its subject, verb and object's short form)? Not when the
 * verb tells a state, a stance or a view, "have" among them ("The Scottish government denied on Friday it had any contact with BP": "denied it had any contact" stops
 * before with whom), when another verb follows it ("BP announced on Wednesday morning that it had begun operating a
 * second containment system": "it had begun"), or when an "of" phrase follows the object ("Apple Inc. announced Friday
 * that it will give owners of its new iPhone 4 a free case": "will give owners"; "would halt dispersant of the
 * chemicals"), a phrase the title leaves out.
 */
function wholeWithoutMore(t: TokenTable, said: Clause): boolean {
  // ("BP announced later Wednesday that it supports the administration's decision": a stance or a state announced is a
  // view, no deed.)
  const lemma = lemmaOf(t, said.verb.head);
  // ("GM announced on Monday that it will close the plant": where the tagger reads "close" as no verb, the clause's
  // head is the modal, and "GM announced that it will the plant" has no verb. A modal is no content verb: what was
  // announced needs one at its head.)
  if (t.tag[said.verb.head] !== 'VERB' || MODALS.has(lemma) || MODALS.has(t.norm[said.verb.head].toLowerCase())) return false;
  if (STATE_VERBS.has(lemma) || STANCE_VERBS.has(lemma) || VIEW_VERBS.has(lemma)) return false;
  let k = Math.max(said.verb.end, said.verb.particle + 1);
  while (t.tag[k] === 'ADV') k++;
  if (t.tag[k] === 'VERB') return false;
  const o = said.object;
  return !(o && !o.temporal && o.preposition < 0 && t.norm[o.end] === 'of');
}

/**
 * Does the pronoun subject of what was announced (`pronoun`, the complement's subject) stand for the announcer (the
 * announcing clause's own subject)? `said` is the complement clause.
 */
export function pronounIsAnnouncer(t: TokenTable, announcer: NounPhrase | null, said: Clause): boolean {
  const pronoun = said.subject;
  const verb = said.verb.head;
  if (!announcer || !pronoun || announcer.pronoun || announcer.temporal || pronoun.end - pronoun.start !== 1) return false;
  if (!wholeWithoutMore(t, said)) return false;
  const word = t.norm[pronoun.head].toLowerCase();
  const person = isPerson(t, announcer);
  const plural = isPlural(t, announcer);
  // ("The New Zealand government announced today it was \"likely\" that 10 students ... had contracted the virus": an
  // "it" with "be" opens a cleft or an extraposed clause, and names nothing.)
  if (word === 'it') return !person && !plural && lemmaOf(t, verb) !== 'be' && !IMPERSONAL_IT_VERBS.has(lemmaOf(t, verb));
  if (word === 'they') return plural;
  if (word === 'he' || word === 'she') return person && !plural;
  return false;
}

/**
 * Does a condition open after the announced verb, within what was announced (`from` to `end`)? "Sony announced on
 * Monday that it would shut the factory if the talks failed", "Toyota announced ... that it would cut 500 jobs unless
 * the union agreed": the title "Sony announced that it would shut the factory" tells a conditional plan as a plain one,
 * and what was announced makes no title (`title:announced-under-condition`, candidates.ts), for a named subject as for a
 * pronoun. Not past a comma that opens a relative or a further clause: in "Sony announced on Monday that it shut the
 * factory, which it had opened if you believe its critics, in 1980" the condition is the relative's. Nor "as long as"
 * before a noun phrase with no verb: "it had built a bridge as long as the Golden Gate" is a comparison.
 */
export function conditionAfter(t: TokenTable, from: number, end: number): boolean {
  const words = (i: number, n: number) =>
    t.norm
      .slice(i, i + n)
      .map((w) => w.toLowerCase())
      .join(' ');
  for (let i = from; i < end; i++) {
    const w = t.norm[i].toLowerCase();
    if (w === ',' && (RELATIVE_WORDS.has(t.norm[i + 1]?.toLowerCase()) || COORDINATORS.has(t.norm[i + 1]?.toLowerCase()))) return false;
    if (CONDITIONAL_SUBORDINATORS.has(w)) return true;
    const opener = CONDITION_OPENERS.find((p) => p.startsWith(`${w} `) && words(i, p.split(' ').length) === p);
    if (!opener) continue;
    if (!/long as$/.test(opener)) return true;
    // ("as long as the talks continue": a clause, with a verb of its own before the next comma or the end.)
    for (let k = i + 3; k < end && t.tag[k] !== 'PUNCT'; k++) if (t.tag[k] === 'VERB' || t.tag[k] === 'AUX') return true;
  }
  return false;
}
