/**
 * Title phrases a reader cannot place because they stand beside something the article told of before, or stand for
 * no one in particular (ref41, criterion readable):
 * - a definite object whose only words of its own are adjectives, one of them setting it beside another of its kind
 *   (SETTING_BESIDE_ADJECTIVES): "Later Tuesday, a crane lifted the new box from the deck of the Viking Poseidon"
 *   (the article's second containment box: "A crane lifted the new box"), "Dean says the company put the unaltered
 *   picture up on Monday" ("BP put the unaltered picture up"): `object-cannot-be-placed:set-beside-another`. Only
 *   when the article has named a thing of that noun before, the other of its kind: "Parliament approved the new
 *   budget" in an article with no budget before it is the budget, and stands.
 *   Where the line is drawn: after the verb only. A subject with "new" is most often the story's own new thing, which
 *   a reader of its timeline places ("The new virus was first reported in two U.S. children", "The new flu strain
 *   emerged in Mexico"); an object with "the new" names one of several the article has told apart. A noun before the
 *   head ("the new containment box"), a name, a number or a phrase kept after it ("the latest update on the static
 *   kill plan") says which, and the title stands.
 * - a bare plural subject of an active verb with no object, nothing before its noun, and no other phrase in the title
 *   with a determiner, a name or a number that places the happening: "Ships were getting back in place today at the Gulf of Mexico site of BP's
 *   leaky oil well" titled "Ships were getting back in place" (which ships, where): `subject-cannot-be-placed:bare-plural-alone`.
 *   Not "Engineers repositioned the cap", "Schools closed across the capital", "Underwater robots dived to the ocean
 *   floor": an object, a place or a word of kind places them. Not a passive's subject: what was done to things of a
 *   kind is the news ("Dispersants were last used July 19"); who did it, a doer with no name, is not.
 */
import type { Analysis } from '../nlp/analyse';
import type { NounPhrase } from '../nlp/noun-phrases';
import { SETTING_BESIDE_ADJECTIVES } from '../lexicon/events';
import type { TitleRole } from './candidates';
import { phraseKeptAt, placingWord } from './placing-words';

/** A definite object set beside another of its kind by an adjective, with nothing of its own that says which. */
export function setBesideAnother(a: Analysis, k: number, tokens: Map<number, TitleRole>): boolean {
  const t = a.tokens;
  for (const np of a.nounPhrases[k]) {
    if (tokens.get(np.head) !== 'object' || np.temporal || np.pronoun) continue;
    // ("obtained a prototype of the new phone": the phrase of an object's noun, not the object itself.)
    if (np.start > 0 && t.tag[np.start - 1] === 'ADP') continue;
    if (np.determiner !== np.start || t.norm[np.start].toLowerCase() !== 'the' || t.tag[np.head] !== 'NOUN') continue;
    if (np.possessor || np.properName || np.names.length || np.conjuncts.length || (np.appositive && tokens.has(np.appositive.head))) continue;
    let beside = false;
    let other = false;
    for (let i = np.start + 1; i < np.head; i++) {
      if (!tokens.has(i)) continue;
      if (t.tag[i] === 'ADJ' || t.tag[i] === 'VERB') beside ||= SETTING_BESIDE_ADJECTIVES.has(t.norm[i].toLowerCase());
      // ("the new containment box", "the new 2010 rules": a noun, a name or a number says which.)
      if ((t.tag[i] !== 'ADJ' && t.tag[i] !== 'VERB' && t.norm[i] !== '-') || placingWord(t, i)) other = true;
    }
    if (!beside || other) continue;
    // ("the latest update on the static-kill plan": a phrase kept after it says which.)
    if (phraseKeptAt(t, tokens, np.end)) continue;
    // ("Parliament approved the new budget on Monday": "new" sets the object beside another of its kind only when the
    // article has told of one before, a noun of the same lemma earlier: the boxes before "A crane lifted the new box".)
    const head = t.lemma[np.head] || t.norm[np.head];
    let toldBefore = false;
    for (let j = 0; j < np.start && !toldBefore; j++) toldBefore = t.tag[j] === 'NOUN' && (t.lemma[j] || t.norm[j]) === head;
    if (!toldBefore) continue;
    return true;
  }
  return false;
}

/** A bare plural subject, alone in its phrase, in a title with no other phrase that places the happening. */
export function barePluralAlone(a: Analysis, k: number, subject: NounPhrase, tokens: Map<number, TitleRole>): boolean {
  const t = a.tokens;
  if (subject.determiner >= 0 || subject.possessor || subject.pronoun || subject.conjuncts.length) return false;
  if (subject.start !== subject.head) return false;
  const h = subject.head;
  // ("Ships were getting back": the tagger reads a sentence-first capitalised word as a name; one the article writes
  // small elsewhere, as a noun of its own or its singular, or one a plural verb agrees with, is a common noun.)
  const noun = t.tag[h] === 'NOUN' && !subject.properName && !subject.names.length;
  const small = (j: number) => j !== h && /^\p{Ll}/u.test(t.text.slice(t.start[j], t.end[j]));
  const singular = t.norm[h].replace(/s$/, '');
  const sentenceFirst = h === a.sentences[k].tokenStart && t.tag[h] === 'PROPN' && t.norm[h].endsWith('s');
  // (Or a plural verb agrees with it: a name of one, "Jones", takes "was".)
  const plural = t.norm[h + 1] === 'were' || t.norm[h + 1] === 'are';
  const writtenSmall = sentenceFirst && (plural || t.norm.some((w, j) => (w === t.norm[h] || w === singular) && small(j)));
  if (!noun && !writtenSmall) return false;
  if (noun && t.lemma[h] === t.norm[h]) return false;
  if (subject.appositive && tokens.has(subject.appositive.head)) return false;
  // ("Thousands of litres of oil": a phrase kept after it says of what.)
  if (phraseKeptAt(t, tokens, subject.end)) return false;
  for (const [i, r] of tokens) {
    if (r === 'verb' || (i >= subject.start && i < subject.end)) continue;
    // ("Engineers poured in cement", "Crews started pumping cement": a deed done to something is told by what it was
    // done to; only a title of the doer alone, "Ships were getting back in place", is nothing but its unplaced doer.)
    if (r === 'object') return false;
    // (A noun right after a verb, or after a verb and its particle, is what a nonfinite verb was done to: "pumping
    // cement", "poured in cement"; not "getting back in place", where an adverb stands between.)
    const verbAt = (j: number) => t.tag[j] === 'VERB' && tokens.has(j);
    if (t.tag[i] === 'NOUN' && (verbAt(i - 1) || ((t.tag[i - 1] === 'ADP' || t.tag[i - 1] === 'PART') && verbAt(i - 2)))) return false;
    if (placingWord(t, i) || t.tag[i] === 'PRON') return false;
  }
  // (Another phrase of the title with a determiner or an owner, "the cap", "across the capital", places it.)
  for (const np of a.nounPhrases[k]) {
    if (np === subject || !tokens.has(np.head) || tokens.get(np.head) === 'verb' || np.temporal) continue;
    if (np.determiner >= 0 || np.possessor || np.properName || np.names.length || np.pronoun || np.head > np.start) return false;
  }
  return true;
}
