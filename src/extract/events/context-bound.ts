/**
 * Titles whose words lean on the article around them, which a reader of the title alone cannot place (the judges
 * fail readable on each shape, every time or nearly): a comparison with what was told before ("A Texas A&M
 * University oceanographer issued a similar warning"), "the" and a bare noun that only began ("The disaster began",
 * "The spill happened"), and "the" and a noun of a kind that stands for one thing the article named before ("BP gave
 * the organization 655 acres", "The tool logged a collection rate of 8,000 barrels per day"). Like the rules of
 * events/unplaced.ts, the clause keeps its date and makes no event.
 */
import type { Analysis } from '../nlp/analyse';
import type { Clause } from '../nlp/clauses';
import type { NounPhrase } from '../nlp/noun-phrases';
import { ONSET_VERBS, STAND_FOR_NAMED_HEADS } from '../lexicon/events';
import { OWNER_PRONOUNS } from '../lexicon/grammar';
import type { Cluster } from '../merge';
import type { TitleRole } from './candidates';
import { titlePhrases } from './unplaced';
import { titleAcrossColon } from './across-colon';
import { phraseKeptAt } from './placing-words';

/** The rules of this file. */
export type ContextBoundRule =
  | 'subject-cannot-be-placed:compared'
  | 'object-cannot-be-placed:compared'
  | 'subject-cannot-be-placed:only-began'
  | 'subject-cannot-be-placed:stands-for-a-name'
  | 'object-cannot-be-placed:stands-for-a-name'
  | 'title-cannot-be-read:an-before-consonant'
  | 'title-cannot-be-read:across-colon'
  | 'object-cannot-be-placed:owner-not-the-subject'
  | 'subject-cannot-be-placed:indefinite-passive-alone';

/**
 * "A Texas A&M University oceanographer issued a similar warning last week on his return from a 10-day research
 * voyage in the Gulf", "A similar protest targeted Tate Britain", "Barack Obama used similar language": "similar"
 * before the noun compares it with one the article told of before, which the title does not say (the judges
 * failed readable on all four: "similar to what is unknown out of context"). As "such" and "the same"
 * (events/unplaced.ts `points-back`), the clause makes no event; "similar to the 1957 strain" says with what.
 * `subject-cannot-be-placed:compared`, `object-cannot-be-placed:compared`.
 */
export function comparedWithBefore(a: Analysis, k: number, subject: NounPhrase, tokens: Map<number, TitleRole>): ContextBoundRule | null {
  const t = a.tokens;
  for (const np of a.nounPhrases[k]) {
    const role = tokens.get(np.head);
    if (!role || role === 'verb' || np.temporal || np.pronoun) continue;
    let similar = -1;
    for (let i = np.start; i < np.head && similar < 0; i++) if (t.norm[i] === 'similar' && tokens.has(i)) similar = i;
    // (Only "to" or "as" after the noun says with what: "a similar strain to the 1957 one". Another phrase is the verb's:
    // "Ina signed a similar deal with West Germany's Hoechst AG" (wire copy, 1987; the judges: "'a similar deal':
    // similar to what is unknown").)
    const withWhat = phraseKeptAt(a.tokens, tokens, np.end) && (t.norm[np.end] === 'to' || t.norm[np.end] === 'as');
    if (similar < 0 || (tokens.has(similar + 1) && t.norm[similar + 1] === 'to') || withWhat) continue;
    const isSubject = np.start === subject.start && np.head === subject.head;
    return isSubject ? 'subject-cannot-be-placed:compared' : 'object-cannot-be-placed:compared';
  }
  return null;
}

/**
 * "BP's shares have tumbled and wiped out $30 billion of market value since the disaster began last month", "The
 * spill happened April 20": a title of "the", a common noun and a verb of its onset (ONSET_VERBS)
 * alone says only that something began; which disaster, the title does not say ("The disaster
 * began", "The spill began", "The crisis had begun" fail readable 21 times in 23). events/candidates.ts names such a
 * subject as the article did when certain ("The Gulf of Mexico oil spill began", `subject:named-in-article`): then
 * `named` and the title stands; so does one that says more ("The disaster began with an oil rig explosion", "The pipe
 * started leaking", "The oil spill began"). "A leak began" says no more (`subject-cannot-be-placed:only-began`).
 */
export function onlyBegan(a: Analysis, c: Clause, subject: NounPhrase, tokens: Map<number, TitleRole>, named: boolean): boolean {
  const t = a.tokens;
  if (named || !ONSET_VERBS.has(t.lemma[c.verb.head] || t.norm[c.verb.head])) return false;
  // ("The British energy giant, still struggling to stop a leak that began on April 20": "a" says no more which one than
  // "the"; the judges failed "A leak began" as too vague to understand out of context. Only as a relative clause's
  // antecedent, which the title lost: "A fire began on Monday at the refinery" is a first mention, news of its own.)
  const article = t.norm[subject.start].toLowerCase();
  if (subject.determiner !== subject.start || !/^(?:the|an?)$/.test(article) || t.tag[subject.head] !== 'NOUN') return false;
  if (article !== 'the' && !/^(?:that|which)$/i.test(t.norm[subject.head + 1] ?? '')) return false;
  if (subject.possessor || subject.properName || subject.names.length || subject.conjuncts.length) return false;
  // ("Shares in BP ... closed up 7.2 percent, extending a rally that began in New York on Thursday" (Reuters:
  // "'a rally' lacks its subject, BP shares; out of context reads as a street rally"): an antecedent with "a"
  // is the main clause's thing, whose the title lost; a place where it began does not say whose. "The spill began off
  // Louisiana" keeps its place: "the" is the story's own.)
  const relativeA = article !== 'the';
  for (const [i, role] of tokens) {
    if (relativeA && role === 'phrase') continue;
    if (role === 'verb' && (i < c.verb.start || i > c.verb.head)) return false;
    if (role === 'subject' && (i < subject.start || i > subject.head)) return false;
    if (role !== 'verb' && role !== 'subject') return false;
    // (Nothing between: "the oil spill", "the top kill", "the global economic crisis", "the BP disaster" say which.)
    if (role === 'subject' && i > subject.start && i < subject.head) return false;
  }
  return tokens.get(subject.head) === 'subject' && tokens.get(c.verb.head) === 'verb';
}

/**
 * "In 2006, BP gave the organization 655 acres in York County, Va.", "On May 25, the tool logged a collection rate of
 * 8,000 barrels per day": "the" right before a noun of a kind (STAND_FOR_NAMED_HEADS) stands for the one the article
 * named before, and the title, which has nothing else of it, does not say which (the judges fail readable on
 * every such title: "The agency posted a single turtle spotter", "BP chartered the vessel", "The device was collecting
 * about 15,000 barrels of oil a day"). The subject (unless the article named it: `named`), the verb's object or what an
 * amount of it is of; a word of its own ("the presidential commission") or a phrase kept after it ("the group of
 * scientists") may say which, and the title stands. `subject-cannot-be-placed:stands-for-a-name`,
 * `object-cannot-be-placed:stands-for-a-name`.
 */
export function standsForANamedOne(a: Analysis, k: number, subject: NounPhrase, tokens: Map<number, TitleRole>, named: boolean): ContextBoundRule | null {
  const t = a.tokens;
  for (const { np, role, isSubject } of titlePhrases(a, k, subject, tokens, named)) {
    const object = (role === 'object' && np.preposition < 0) || (np.preposition >= 0 && t.norm[np.preposition] === 'of');
    if (!isSubject && !object) continue;
    if (np.determiner !== np.start || t.norm[np.start] !== 'the' || !tokens.has(np.start)) continue;
    // (The noun right after "the": the head, or an object before the verb's second one that the chunker glued to it,
    // "gave the organization 655 acres".)
    const noun = np.start + 1;
    if (noun !== np.head && !(noun < np.head && t.tag[noun + 1] === 'NUM' && tokens.has(noun))) continue;
    if (t.tag[noun] !== 'NOUN' || !STAND_FOR_NAMED_HEADS.has(t.norm[noun])) continue;
    if (np.possessor || np.properName || np.names.length || np.conjuncts.length || (np.appositive && tokens.has(np.appositive.head))) continue;
    // (A phrase after the glued second object is that one's: "655 acres in York County".)
    if (noun === np.head && phraseKeptAt(a.tokens, tokens, np.end)) continue;
    return isSubject ? 'subject-cannot-be-placed:stands-for-a-name' : 'object-cannot-be-placed:stands-for-a-name';
  }
  return null;
}

/**
 * "BP is facing growing American criticism over the giant oil spill in the Gulf of Mexico, which came after an rig
 * exploded and sank last week": the article's slip, "an" before a word written in lower case that opens with a
 * consonant (not "h": "an historic"), and the title that copies it, "An rig sank", reads as garbled (the judges fail
 * readable on it: "'An rig' is ungrammatical"). The title keeps the article's words, so the report only joins
 * the others of its happening. (A short name in capitals, "an MP", "an FBI agent", and a letter read by its name, "an
 * x-ray", "an r-value", are read letter by letter.)
 * `title-cannot-be-read:an-before-consonant`.
 */
export function anBeforeConsonant(a: Analysis, tokens: Map<number, TitleRole>): boolean {
  const t = a.tokens;
  for (const i of tokens.keys())
    if (t.norm[i] === 'an' && tokens.has(i + 1) && /^[bcdfgjklmnpqrstvwyz][a-z]+$/.test(t.text.slice(t.start[i + 1], t.end[i + 1]))) return true;
  return false;
}

/**
 * "Former Tennessee Senator Howard Baker was named as his replacement" (wire copy, 1987; the judges: "'his
 * replacement': pronoun with unknown referent (Donald Regan)"): a passive clause tells who was made what, and the
 * role "as" gives is held by its subject; an owner's pronoun before the role ("as his replacement", "as her
 * deputy") is then another's, one the title does not name, and reads as the subject's own.
 * `object-cannot-be-placed:owner-not-the-subject`. (An active clause's pronoun is its subject's: "Jaime Ongpin
 * outlined his plan".)
 */
export function ownerNotTheSubject(a: Analysis, c: Clause, tokens: Map<number, TitleRole>): boolean {
  const t = a.tokens;
  if (!c.passive) return false;
  for (const i of tokens.keys()) {
    if (i <= c.verb.head || t.norm[i] !== 'as' || !tokens.has(i + 1)) continue;
    if (OWNER_PRONOUNS.has(t.norm[i + 1].toLowerCase())) return true;
  }
  return false;
}

/**
 * "A letter of intent was signed", "A seat was sold" (wire copy, 1987; the judges: "no participant or object: a
 * letter of intent for what, between whom, is unknown out of context"): a passive clause with no agent whose subject
 * is "a" or "an" and common nouns, with no name, capital or number anywhere in the title and nothing kept after the
 * verb, says only that a thing of a kind was done to by no one, somewhere: nothing a reader can place.
 * `subject-cannot-be-placed:indefinite-passive-alone`. A phrase after the verb keeps it ("A new cap was used to stop
 * the flow"), as does a name ("A Texas A&M University oceanographer").
 */
export function indefinitePassiveAlone(a: Analysis, c: Clause, subject: NounPhrase, tokens: Map<number, TitleRole>): boolean {
  const t = a.tokens;
  if (!c.passive || subject.pronoun || subject.temporal || subject.possessor || subject.names.length || subject.properName) return false;
  if (subject.determiner !== subject.start || !/^an?$/i.test(t.norm[subject.start])) return false;
  const last = c.verb.particle >= 0 ? Math.max(c.verb.head, c.verb.particle) : c.verb.head;
  for (const [i, role] of tokens) {
    if (i > last) return false;
    if (i === subject.start) continue;
    if (role !== 'verb' && (t.tag[i] === 'PROPN' || t.tag[i] === 'NUM' || /\p{Lu}|\d/u.test(t.text.slice(t.start[i], t.end[i])))) return false;
  }
  return true;
}

/** The first of this file's rules the title meets, or null (`named`: the article named the subject, as pointsBack). */
export function contextBound(a: Analysis, c: Clause, subject: NounPhrase, tokens: Map<number, TitleRole>, named: boolean): ContextBoundRule | null {
  const compared = comparedWithBefore(a, c.sentence, subject, tokens);
  if (compared) return compared;
  if (onlyBegan(a, c, subject, tokens, named)) return 'subject-cannot-be-placed:only-began';
  const stands = standsForANamedOne(a, c.sentence, subject, tokens, named);
  if (stands) return stands;
  if (anBeforeConsonant(a, tokens)) return 'title-cannot-be-read:an-before-consonant';
  if (ownerNotTheSubject(a, c, tokens)) return 'object-cannot-be-placed:owner-not-the-subject';
  if (indefinitePassiveAlone(a, c, subject, tokens)) return 'subject-cannot-be-placed:indefinite-passive-alone';
  // (events/across-colon.ts: "One man has stepped forward John Shimkus".)
  return titleAcrossColon(a, tokens) ? 'title-cannot-be-read:across-colon' : null;
}

const RULES: ReadonlySet<string> = new Set<ContextBoundRule>([
  'subject-cannot-be-placed:compared',
  'object-cannot-be-placed:compared',
  'subject-cannot-be-placed:only-began',
  'subject-cannot-be-placed:stands-for-a-name',
  'object-cannot-be-placed:stands-for-a-name',
  'title-cannot-be-read:an-before-consonant',
  'title-cannot-be-read:across-colon',
  'object-cannot-be-placed:owner-not-the-subject',
  'subject-cannot-be-placed:indefinite-passive-alone',
]);

/** Is the report's title one of this file's, which a reader cannot place? */
export const contextBoundReport = (m: { rules: string[] }): boolean => m.rules.some((r) => RULES.has(r));

/**
 * The happenings one of whose reports a reader can place. A report of this file joins the others of its happening
 * ("since the disaster began last month" with "The Gulf of Mexico oil spill began on April 20"), which give the event
 * its title (merge.ts ranks it last); a happening told only so is hidden, as salience.ts hides one told only by a thing
 * the collection does not tell of.
 */
export function placedByAReport(clusters: Cluster[]): Cluster[] {
  return clusters.filter((c) => ![...c.mentions, ...c.undated].every(contextBoundReport));
}
