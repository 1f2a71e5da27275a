/**
 * Titles a reader cannot read alone because a word the title left behind completes them (criterion
 * readable):
 *
 * - `object-cannot-be-placed:here`, `subject-cannot-be-placed:here`: "Officials closed the public beach here Friday as
 *   thick gobs of oil ... washed up" (Fox News): "the" and a common noun that "here" or "there" right after it places
 *   at the article's own place (its dateline, the sentence before); the title, which leaves "here" out, names no beach
 *   ("'the public beach' (the sentence's 'here') has no referent out of context"). A name or a number of its own
 *   ("the Grand Isle beach here") says which, and the title stands.
 * - `title-cut:verb-needs-its-complement`: a title that ends at a verb which needs what the sentence says after it: a
 *   passive of PASSIVE_NEEDS_COMPLEMENT_VERBS ("the blowout preventer that was used in the "top kill" operation last
 *   month" titled "The blowout preventer was used": used for what?) or a phrasal verb of OBJECTLESS_PHRASAL_VERBS whose
 *   object the article told before ("he followed his boyhood dream and joined up in 1996": "Gareth Carins joined up",
 *   joined what?). The title keeps the phrase when it can (candidates.ts); when it ends at the verb, the clause makes
 *   no event.
 * - a date the title keeps as the determiner of its noun ("won last year's presidential election", candidates.ts
 *   `title:date-possessive-kept`) that is told from the article's day, "last year's", "yesterday's", "this week's": the
 *   reader of the title does not see that day, and reads it from his own. events.ts writes the year or
 *   the month it stands for, "won the 2008 presidential election" (`title:relative-date-written-absolute`); a week or a
 *   day it cannot write so, and the clause makes no event (`title-cut:relative-date-kept`). A weekday's or a month's
 *   name ("Tuesday's hearing") is shown with the record's date and stays.
 */
import {
  BRINGING_VERBS,
  DATELINE_PLACE_NOUNS,
  HERE_AS_GOAL_VERBS,
  OBJECTLESS_PHRASAL_VERBS,
  PASSIVE_NEEDS_COMPLEMENT_VERBS,
  RELATIVE_DAY_WORDS,
  RELATIVE_PERIOD_WORDS,
} from '../lexicon/events';
import { TIME_NOUNS } from '../lexicon/grammar';
import type { Analysis } from '../nlp/analyse';
import type { Clause } from '../nlp/clauses';
import { Flag } from '../nlp/tokens';
import type { TitleRole } from './candidates';
import { placingWord } from './placing-words';

export type ReadAloneRule =
  | 'object-cannot-be-placed:here'
  | 'subject-cannot-be-placed:here'
  | 'object-cannot-be-placed:this-place'
  | 'title-cut:verb-needs-its-complement';

/**
 * A title phrase "the" + common noun that "here" or "there", left out of the title, places right after it: the rule and
 * the token of "here"/"there".
 */
function placedByHere(a: Analysis, c: Clause, tokens: Map<number, TitleRole>): { rule: ReadAloneRule; at: number } | null {
  const t = a.tokens;
  const end = a.sentences[c.sentence].tokenEnd;
  for (const np of a.nounPhrases[c.sentence]) {
    const role = tokens.get(np.head);
    if (!role || role === 'verb' || np.temporal || np.pronoun || t.tag[np.head] !== 'NOUN') continue;
    if (np.determiner !== np.start || t.norm[np.start].toLowerCase() !== 'the') continue;
    if (np.possessor || np.properName || np.names.length || np.conjuncts.length) continue;
    if (np.end >= end || tokens.has(np.end) || !/^(?:here|there)$/i.test(t.norm[np.end]) || t.tag[np.end] !== 'ADV') continue;
    // ("the Grand Isle beach here", "the 40 people there": a word of its own says which.)
    let own = false;
    for (let i = np.start + 1; i < np.head && !own; i++) own = tokens.has(i) && placingWord(t, i);
    if (own) continue;
    return { rule: role === 'subject' ? 'subject-cannot-be-placed:here' : 'object-cannot-be-placed:here', at: np.end };
  }
  return null;
}

/**
 * "SARAGOSSA, March 2 - Thousands of Spanish farmers battled police in this northeastern city during a march" (Reuters
 * 1987, titled "... battled police in this northeastern city": "'this northeastern city': unknown referent"): after a
 * preposition, "this", words that describe it and a noun of a settlement (DATELINE_PLACE_NOUNS) are the wire's way of
 * writing "here", the dateline's place. Its tokens [this, head], or null; not a subject's phrase (as for "here").
 */
function thisPlace(a: Analysis, c: Clause, tokens: Map<number, TitleRole>): [number, number] | null {
  const t = a.tokens;
  for (const np of a.nounPhrases[c.sentence]) {
    const role = tokens.get(np.head);
    if (!role || role === 'verb' || role === 'subject' || np.preposition < 0 || np.temporal || t.tag[np.head] !== 'NOUN') continue;
    if (np.determiner !== np.start || t.norm[np.start].toLowerCase() !== 'this' || !DATELINE_PLACE_NOUNS.has(t.norm[np.head].toLowerCase())) continue;
    if (np.possessor || np.properName || np.names.length || np.conjuncts.length) continue;
    let whole = true;
    for (let i = np.start; i <= np.head; i++) whole &&= tokens.has(i) && (i === np.start || i === np.head || t.tag[i] === 'ADJ');
    if (whole) return [np.start, np.head];
  }
  return null;
}

/** A title that ends at its verb (or the verb's particle) when the verb needs what follows it. */
function endsAtIncompleteVerb(a: Analysis, c: Clause, tokens: Map<number, TitleRole>): boolean {
  const t = a.tokens;
  const last = Math.max(...tokens.keys());
  const v = c.verb;
  const lemma = (t.lemma[v.head] || t.norm[v.head]).toLowerCase();
  // ("Dispersants were last used July 19", "was first used in 1979": an adverb of time says what the news is, the last
  // or first use of a thing of the story, and the title stands.)
  let adverb = false;
  for (let i = v.start; i < v.head; i++) adverb ||= tokens.has(i) && t.tag[i] === 'ADV' && i !== v.negation;
  if (v.passive && last === v.head && !adverb && PASSIVE_NEEDS_COMPLEMENT_VERBS.has(lemma)) return true;
  const particles = OBJECTLESS_PHRASAL_VERBS.get(lemma);
  return !!particles && v.particle >= 0 && last === v.particle && particles.includes(t.norm[v.particle].toLowerCase());
}

/** The prepositions of a phrase that completes an objectless phrasal verb: "took over in a bloodless coup". */
const COMPLETING_PREPOSITIONS = new Set(['in', 'with']);

/**
 * A title ending at an objectless phrasal verb's particle keeps the "in" or "with" phrase its clause gives right after
 * it, past a time or an adverb: "The army took over on Wednesday in a bloodless coup" is "The army took over in a
 * bloodless coup", "Nadal pulled out on Friday with a knee injury" is "Nadal pulled out with a knee injury"
 * (`title:phrasal-verb-keeps-its-phrase`). With no such phrase, `title-cut:verb-needs-its-complement` drops it
 * ("Britain opted out in 1992": opted out of what?).
 */
export function keepPhraseOfPhrasalVerb(a: Analysis, c: Clause, tokens: Map<number, TitleRole>, rules: string[]): void {
  const t = a.tokens;
  const v = c.verb;
  if (!tokens.size || v.particle < 0 || Math.max(...tokens.keys()) !== v.particle) return;
  const particles = OBJECTLESS_PHRASAL_VERBS.get((t.lemma[v.head] || t.norm[v.head]).toLowerCase());
  if (!particles?.includes(t.norm[v.particle].toLowerCase())) return;
  const nps = a.nounPhrases[c.sentence];
  const inTime = (i: number) => nps.some((np) => np.temporal && i >= Math.min(np.start, np.preposition < 0 ? np.start : np.preposition) && i < np.end);
  let i = v.particle + 1;
  while (i < c.end && (t.tag[i] === 'ADV' || inTime(i))) i++;
  if (!COMPLETING_PREPOSITIONS.has(t.norm[i]?.toLowerCase() ?? '')) return;
  const np = nps.find((x) => x.preposition === i && !x.temporal && !x.pronoun);
  if (!np || np.end > c.end || np.end - np.start > 5) return;
  tokens.set(i, 'phrase');
  for (let k = np.start; k < np.end; k++) tokens.set(k, 'phrase');
  rules.push('title:phrasal-verb-keeps-its-phrase');
}

/**
 * A relative date the title keeps with its possessive, "last year's", "yesterday's": its tokens [first, possessive],
 * or null. events.ts writes it as the year or month it stands for ("won the 2008 presidential election",
 * `title:relative-date-written-absolute`), or the clause makes no event (`title-cut:relative-date-kept`).
 */
export function relativeDateKept(a: Analysis, tokens: Map<number, TitleRole>): [number, number] | null {
  const t = a.tokens;
  const possessive = (i: number) => tokens.has(i) && (t.flags[i] & Flag.POSSESSIVE) !== 0;
  for (const i of [...tokens.keys()].sort((x, y) => x - y)) {
    const w = t.norm[i].toLowerCase();
    if (RELATIVE_DAY_WORDS.has(w) && possessive(i + 1)) return [i, i + 1];
    if (RELATIVE_PERIOD_WORDS.has(w) && tokens.has(i + 1) && TIME_NOUNS.has(t.norm[i + 1].toLowerCase()) && possessive(i + 2)) return [i, i + 2];
  }
  return null;
}

/**
 * The first of this file's rules the title meets, or null. `place` is the story's dateline place ("ROME (Reuters) -"):
 * "Serena Williams won the title here on Sunday" keeps "here" in the title, and events.ts writes it "in Rome"
 * (`title:here-written-as-dateline`); `written.here` is then the token of "here". Only "here", after the object:
 * "there" points to a place the sentences before name, and a subject's phrase ("the beach here closed") would read
 * "the beach in Rome closed", another sentence.
 */
export function readAlone(
  a: Analysis,
  c: Clause,
  tokens: Map<number, TitleRole>,
  place: string | null = null,
  written: { here?: number; hereEnd?: number; goal?: boolean } = {},
): ReadAloneRule | null {
  if (!tokens.size) return null;
  // ("in this northeastern city" is "in Saragossa", `title:this-place-written-as-dateline`; with no dateline, which city
  // the title cannot say.)
  const city = thisPlace(a, c, tokens);
  if (city && !place) return 'object-cannot-be-placed:this-place';
  if (city) {
    written.here = city[0];
    written.hereEnd = city[1];
    return endsAtIncompleteVerb(a, c, tokens) ? 'title-cut:verb-needs-its-complement' : null;
  }
  const here = placedByHere(a, c, tokens);
  if (here && place && here.rule === 'object-cannot-be-placed:here' && a.tokens.norm[here.at].toLowerCase() === 'here') {
    tokens.set(here.at, 'phrase');
    written.here = here.at;
    // ("FRANKFURT (Reuters) - U.S. troops flew the hostages here on Saturday": after a verb of taking or going
    // somewhere "here" is where to, "flew the hostages to Frankfurt"; "in Frankfurt" would fly them about inside
    // the city: `title:here-written-as-goal`.)
    const lemma = a.tokens.lemma[c.verb.head] || a.tokens.norm[c.verb.head].toLowerCase();
    if (BRINGING_VERBS.has(lemma) || HERE_AS_GOAL_VERBS.has(lemma)) written.goal = true;
  } else if (here) return here.rule;
  return endsAtIncompleteVerb(a, c, tokens) ? 'title-cut:verb-needs-its-complement' : null;
}
