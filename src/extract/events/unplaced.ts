/**
 * Title phrases that only point back to something the article told before, which a reader of the title alone cannot
 * place (the judges fail readable on each of them): a demonstrative ("The House of Representatives acted
 * on these principles", "The same plant had suffered the explosion", "introduced a proposal to disallow such
 * deductions") and "the" with a noun that stands for a document, a message or a happening told before ("The email was
 * sent", "The accident happened", "The plan was approved by Thad Allen and Steven Chu"), with nothing of its own
 * that says which. The story's own things, "the well", "the spill", "the cap", "the relief well", are not of them: a
 * reader of a timeline of one spill places those.
 */
import { ARTICLES, OWNER_PRONOUNS, PARTICLES } from '../lexicon/grammar';
import type { Analysis } from '../nlp/analyse';
import type { NounPhrase } from '../nlp/noun-phrases';
import { Flag, type TokenTable } from '../nlp/tokens';
import {
  AMOUNT_NOUNS,
  CIRCUMSTANCE_PREPOSITIONS,
  CURRENCY_NAMES,
  DEMONSTRATIVE_DETERMINERS,
  FIGURE_SCALE_WORDS,
  KNOWN_THING_DETERMINERS,
  NAMING_PARTICIPLES,
  GROUP_NOUNS_WITHOUT_PLURAL,
  OFFICE_LEAVING_VERBS,
  OFFICE_NOUNS,
  PEOPLE_GROUP_HEADS,
  POINTING_BACK_COUNTS,
  POINTING_BACK_HEADS,
  RELATIONAL_NOUNS,
  RELATIVE_PLACE_ADJECTIVES,
  RELATIVE_TIME_ADJECTIVES,
  ROLE_ABBREVIATIONS,
  STAND_IN_HEADS,
  TOPIC_PREPOSITIONS,
} from '../lexicon/events';
import type { TitleRole } from './candidates';
import { definiteWithoutWhat, namedBefore } from './definite-noun';
import { isPlural } from './announcer-pronoun';
import { canBeTagged } from '../nlp/wink';
import { oneOfAGroup } from './part-of-group';
import { phraseKeptAt, placingWord } from './placing-words';
import escapeStringRegexp from 'escape-string-regexp';

/** What the title keeps of a phrase that points back, and the rule that leaves the clause out. */
export interface PointingBack {
  role: TitleRole;
  rule:
    | 'subject-cannot-be-placed:points-back'
    | 'object-cannot-be-placed:points-back'
    | 'subject-cannot-be-placed:needs-its-phrase'
    | 'subject-cannot-be-placed:amount-of-what'
    | 'object-cannot-be-placed:amount-of-what'
    | 'subject-cannot-be-placed:definite-figure'
    | 'object-cannot-be-placed:definite-figure'
    | 'subject-cannot-be-placed:counted-back'
    | 'subject-cannot-be-placed:counted-back-in-phrase'
    | 'subject-cannot-be-placed:one-of-a-group'
    | 'subject-cannot-be-placed:the-other'
    | 'subject-cannot-be-placed:day-owned-thing'
    | 'subject-cannot-be-placed:definite-noun'
    | 'object-cannot-be-placed:definite-noun'
    | 'subject-cannot-be-placed:relative-to-the-article'
    | 'object-cannot-be-placed:relative-to-the-article'
    | 'object-cannot-be-placed:definite-noun-phrase-not-its-own'
    | 'object-cannot-be-placed:office-of-what';
}

/** A demonstrative's word at the start of the phrase: "these principles", "such deductions", "the same plant". */
function demonstrative(t: TokenTable, np: NounPhrase, tokens: Map<number, TitleRole>): boolean {
  const first = np.possessor ? -1 : np.start;
  if (first < 0 || !tokens.has(first) || first === np.head) return false;
  // ("both Transocean and BP", "Both David Cameron and the chancellor": "both" before the things it names.)
  if (t.norm[first] === 'both' && (np.conjuncts.length || t.tag[first + 1] === 'PROPN')) return false;
  if (DEMONSTRATIVE_DETERMINERS.has(t.norm[first])) return true;
  // ("the same plant", "the same area": the one told before.)
  return t.norm[first] === 'the' && first + 1 < np.head && t.norm[first + 1] === 'same' && tokens.has(first + 1);
}

/** "The email", "the accident": "the" and a noun of POINTING_BACK_HEADS, with no name, owner, number or capital of its own in the title. */
function definitePointingBack(t: TokenTable, np: NounPhrase, tokens: Map<number, TitleRole>, sentenceEnd: number, inTime: (i: number) => boolean): boolean {
  if (np.determiner !== np.start || t.norm[np.start] !== 'the' || t.tag[np.head] !== 'NOUN') return false;
  if (!POINTING_BACK_HEADS.has(t.norm[np.head])) return false;
  if (np.possessor || np.properName || np.names.length || np.conjuncts.length || (np.appositive && tokens.has(np.appositive.head))) return false;
  for (let i = np.start + 1; i < np.head; i++) {
    if (!tokens.has(i)) continue;
    // ("The 23-year-old man", "the Deepwater Horizon accident", "the BP email": a word of its own says which.)
    if (placingWord(t, i)) return false;
    // ("the top kill plan", "the pressure test": a noun before the head says which kind, of the story's own things.)
    if (t.tag[i] === 'NOUN') return false;
  }
  // ("The accident on the Deepwater Horizon rig", "the letter to Tony Hayward": a phrase kept after it places it, next
  // in the title though the sentence sets a date between: "BP rolled out the results Wednesday of a four-month internal
  // investigation" is titled "BP rolled out the results of a four-month internal investigation". Only a time between:
  // "BP rolled out the results, he said, of ..." keeps "the results" apart from its phrase.)
  let next = np.end;
  while (next < sentenceEnd && !tokens.has(next) && inTime(next) && next - np.end < 4) next++;
  if (phraseKeptAt(t, tokens, next)) return false;
  return true;
}

/**
 * "The two nations", "the two submersibles": "the", a count of POINTING_BACK_COUNTS and a plural common noun (adjectives
 * between), with no name, owner, noun before the head or phrase after it in the title that says which; the count points
 * back to things the article named before ("The spat has revived old tensions between the two nations, which established
 * diplomatic relations in 1972": which two nations, the title does not say).
 */
function countedBack(t: TokenTable, np: NounPhrase, tokens: Map<number, TitleRole>): boolean {
  if (np.determiner !== np.start || t.norm[np.start] !== 'the' || t.tag[np.head] !== 'NOUN') return false;
  if (np.possessor || np.properName || np.names.length || np.conjuncts.length || (np.appositive && tokens.has(np.appositive.head))) return false;
  const count = np.start + 1;
  if (count >= np.head || !tokens.has(count) || !POINTING_BACK_COUNTS.has(t.norm[count])) return false;
  for (let i = count + 1; i < np.head; i++) if (tokens.has(i) && t.tag[i] !== 'ADJ') return false;
  // ("the two sides in the dispute", "the three men from Texas": a phrase kept after it places them.)
  const next = np.end;
  return !phraseKeptAt(t, tokens, next);
}

/**
 * "Thursday's post was quickly removed", "Tuesday's meeting gave a taste of the fury", "Thursday's fire began on top of a
 * production platform" (Timeline17; the judges: "'Thursday's post' unidentified out of context (post by whom, about
 * what?)", "'Tuesday's meeting' unidentified", "which fire, where?"): a day's possessive before a common noun is "the"
 * with a time, "the post on Thursday", and says not which. A word of its own says which ("Tuesday's presidential
 * election", "Thursday's platform fire", "Monday's U.S. attack"), as a phrase kept after it does
 * (`subject-cannot-be-placed:day-owned-thing`).
 */
function dayOwned(t: TokenTable, np: NounPhrase, tokens: Map<number, TitleRole>): boolean {
  if (!np.possessor?.temporal || !tokens.has(np.possessor.head) || t.tag[np.head] !== 'NOUN') return false;
  if (np.properName || np.names.length || np.conjuncts.length || (np.appositive && tokens.has(np.appositive.head))) return false;
  for (let i = np.possessor.end; i < np.head; i++)
    if (tokens.has(i) && t.tag[i] !== 'PUNCT' && t.tag[i] !== 'PART' && !/^['’]s?$/.test(t.norm[i])) return false;
  return !phraseKeptAt(t, tokens, np.end);
}

/**
 * "In London, Lloyds insurance said the 162,046-ton Iranian tanker Avaj was hit on Saturday, when Iraq reported an
 * earlier Gulf attack" (Reuters 1987, titled "Iraq reported an earlier Gulf attack": "earlier than what is unknown out
 * of context"): an adjective before the noun that sets it in time against the article's own moment (RELATIVE_TIME_ADJECTIVES)
 * says which only beside that moment, which the title does not keep; with "than" after the noun it says against what
 * ("an earlier attack than expected"). A "nearby" or "neighbouring" place with "the" and no name ("the nearby field") is
 * as bare (`relative-to-the-article`); with a name the word is left out instead (`relativePlaceWord`).
 */
function relativeToTheArticle(t: TokenTable, np: NounPhrase, tokens: Map<number, TitleRole>): boolean {
  if (np.properName || t.tag[np.head] !== 'NOUN' || t.norm[np.end]?.toLowerCase() === 'than') return false;
  let named = false;
  for (let i = np.possessor ? np.possessor.end : np.start; i < np.head; i++) if (tokens.has(i) && t.tag[i] === 'PROPN') named = true;
  for (let i = np.possessor ? np.possessor.end : np.start; i < np.head; i++) {
    if (!tokens.has(i)) continue;
    const w = t.norm[i].toLowerCase();
    // ("from year-earlier 11,967 units": the compound says against when.)
    if (t.norm[i - 1] === '-') continue;
    if (RELATIVE_TIME_ADJECTIVES.has(w)) return true;
    if (RELATIVE_PLACE_ADJECTIVES.has(w) && !named && np.determiner === np.start && t.norm[np.start].toLowerCase() === 'the') return true;
  }
  return false;
}

/**
 * "Iraqi planes yesterday raided the nearby Ardeshir oil field, resuming attacks on Iranian targets after a month-long
 * lull" (Reuters 1987, titled "Iraqi planes raided the nearby Ardeshir oil field": "nearby to an unknown place"): a place
 * word (RELATIVE_PLACE_ADJECTIVES) before a noun its name or an indefinite article places says where only beside the
 * article's place; the title leaves it out, "Iraqi planes raided the Ardeshir oil field" (`title:relative-place-word-left-out`).
 * Its token, or -1.
 */
export function relativePlaceWord(a: Analysis, k: number, tokens: Map<number, TitleRole>): number {
  const t = a.tokens;
  for (const np of a.nounPhrases[k]) {
    const role = tokens.get(np.head);
    if (!role || role === 'verb' || np.pronoun || np.temporal) continue;
    let named = false;
    for (let i = np.start; i < np.head; i++) if (tokens.has(i) && t.tag[i] === 'PROPN') named = true;
    const indefinite = np.determiner === np.start && /^(?:a|an)$/i.test(t.norm[np.start]);
    if (!named && !indefinite) continue;
    for (let i = np.start; i < np.head; i++) if (tokens.has(i) && RELATIVE_PLACE_ADJECTIVES.has(t.norm[i].toLowerCase())) return i;
  }
  return -1;
}

/**
 * "The company said the nine aircraft, together with two other DC-10ER's ordered earlier this year by Thai Air, are
 * worth about one billion dlrs" (Reuters 1987, titled "Two other DC-10ER's were ordered by Thai Air": "'Two other
 * DC-10ER's': other than what is unknown"): "other" after a count sets the counted things beside ones the article told
 * of; the count and the noun say what happened without it, "Two DC-10ER's were ordered by Thai Air", which the
 * sentence says as well (`title:other-after-count-left-out`). Only right after a number of the phrase's own ("the other
 * ones", "other banks" are `theOtherOnes`), and only when the title keeps the count. Its token, or -1.
 */
export function otherAfterCount(a: Analysis, k: number, tokens: Map<number, TitleRole>): number {
  const t = a.tokens;
  for (const np of a.nounPhrases[k]) {
    const role = tokens.get(np.head);
    // (A name is counted as a noun is: "two other DC-10ER's".)
    if (!role || role === 'verb' || np.pronoun || np.temporal || np.possessor) continue;
    const at = np.start + 1;
    if (at >= np.head || t.norm[at].toLowerCase() !== 'other' || t.tag[np.start] !== 'NUM') continue;
    // ("The Justice Department sued BP and eight other companies": after "and" the other ones are beside what the title
    // names before them, and "other" says so.)
    if (np.start > 0 && /^(?:and|or|,)$/.test(t.norm[np.start - 1].toLowerCase())) continue;
    if (tokens.get(np.start) !== role || tokens.get(at) !== role) continue;
    return at;
  }
  return -1;
}

/**
 * "Another undated BP document, released by Sen. Charles E. Grassley (R-Iowa) last week, has an even more dramatic
 * worst-case scenario" (Timeline17, titled "Another undated BP document was released by Sen. Charles E. Grassley":
 * "'Another' document has no referent"): "another" before a subject's noun says it is one more beside one the article
 * told of, whatever words of kind or owner it keeps; which, the title cannot say
 * (`subject-cannot-be-placed:another`, as for "another official"). Not a count after it, which says how many more:
 * "Another fifteen cases of swine flu were confirmed" (judged readable).
 */
export function anotherBesideOne(t: TokenTable, subject: NounPhrase, tokens: Map<number, TitleRole>): boolean {
  if (subject.determiner !== subject.start || t.norm[subject.start].toLowerCase() !== 'another' || !tokens.has(subject.start)) return false;
  if (subject.properName || subject.possessor || subject.conjuncts.length || t.tag[subject.head] !== 'NOUN') return false;
  if (subject.appositive && tokens.has(subject.appositive.head)) return false;
  const next = subject.start + 1;
  if (t.tag[next] === 'NUM') return false;
  return tokens.get(subject.head) === 'subject';
}

/**
 * "the last one", "the other ones": "the", adjectives and a word that stands in for a noun named before
 * (STAND_IN_HEADS), "since the last one occurred in 1968" (of a flu pandemic: "The last one occurred" says nothing).
 * ("the last", "the one" alone are candidates.ts `subject-without-noun`.)
 */
function standIn(t: TokenTable, np: NounPhrase, tokens: Map<number, TitleRole>): boolean {
  if (np.determiner !== np.start || t.norm[np.start] !== 'the' || np.possessor || np.properName || np.names.length) return false;
  if (!STAND_IN_HEADS.has(t.norm[np.head]) || t.tag[np.head] === 'PROPN') return false;
  for (let i = np.start + 1; i < np.head; i++) if (tokens.has(i) && t.tag[i] !== 'ADJ') return false;
  // ("the rest of the oil", "the last one of the relief wells": a phrase kept after it says which.)
  const next = np.end;
  return !phraseKeptAt(t, tokens, next);
}

/**
 * "The price hike follows a round of crude oil price increases started late June 17 by Sun Co. The other major canadian
 * crude suppliers raised prices June 18" (Reuters 1987, first look): "the other" and "other" set their noun beside ones
 * the article told of before; which ones, the title cannot say, whatever words of kind it keeps (a nation's adjective,
 * "major", "Gulf"). Not a phrase that is a proper name, or has an owner, of its own (`subject-cannot-be-placed:the-other`).
 */
function theOtherOnes(t: TokenTable, np: NounPhrase): boolean {
  if (np.properName || np.possessor || np.conjuncts.length || t.tag[np.head] !== 'NOUN') return false;
  const at = np.determiner === np.start && t.norm[np.start].toLowerCase() === 'the' ? np.start + 1 : np.start;
  if (at >= np.head || t.norm[at].toLowerCase() !== 'other') return false;
  return true;
}

/**
 * "Mr. Hayward is clearly worried about BP's reputation, which had been badly damaged when he took the job three years
 * ago", "Mr Dudley took up his new post earlier this month" (Timeline17, titled "Tony Hayward took the job", "Bob Dudley
 * took up his new post"; the judges: "'the job' cannot be placed: which job?", "'his new post' does not say which
 * post (BP chief executive)"): an office (OFFICE_NOUNS) after the verb with "the", or an owner's pronoun, and nothing
 * of its own that says which (no name, capital, number or noun before it, no phrase or apposition kept after it: "the
 * top job at Ericsson", "the reins of the Coast Guard", "his post as CEO") is the office the article named before.
 * An owner's pronoun says which when the happening leaves or keeps the office its owner held ("Elizabeth Birnbaum left
 * her post", "Tony Hayward was removed from his post", "Some 9,000 workers walked off their jobs", judged readable:
 * OFFICE_LEAVING_VERBS, or "from", "off" before it), unless "new" says it is another.
 */
function officeOfWhat(t: TokenTable, np: NounPhrase, tokens: Map<number, TitleRole>): boolean {
  if (np.properName || np.names.length || np.conjuncts.length || np.possessor || t.tag[np.head] !== 'NOUN') return false;
  if (!OFFICE_NOUNS.has(t.norm[np.head].toLowerCase())) return false;
  if (np.determiner !== np.start || !tokens.has(np.start)) return false;
  const det = t.norm[np.start].toLowerCase();
  if (det !== 'the' && !OWNER_PRONOUNS.has(det)) return false;
  if (np.appositive && tokens.has(np.appositive.head)) return false;
  let renewed = false;
  for (let i = np.start + 1; i < np.head; i++) {
    if (!tokens.has(i)) continue;
    if (t.tag[i] === 'NOUN' || placingWord(t, i)) return false;
    if (t.norm[i].toLowerCase() === 'new') renewed = true;
  }
  if (phraseKeptAt(t, tokens, np.end)) return false;
  if (det !== 'the' && !renewed) {
    if (np.preposition >= 0 && /^(?:from|off)$/i.test(t.norm[np.preposition])) return false;
    for (const [i, role] of tokens) if (role === 'verb' && i < np.start && OFFICE_LEAVING_VERBS.has((t.lemma[i] || t.norm[i]).toLowerCase())) return false;
  }
  return true;
}

/**
 * "a trip that was already canceled earlier in the year": a subject whose noun says nothing without its complement
 * (RELATIONAL_NOUNS: a trip to where, talks with whom), with no name or owner of its own and its phrase not in the
 * title ("A trip was canceled": whose, where to?). `subject-cannot-be-placed:needs-its-phrase`.
 */
function withoutItsPhrase(t: TokenTable, nps: NounPhrase[], np: NounPhrase, tokens: Map<number, TitleRole>): boolean {
  if (np.possessor || np.properName || np.names.length || np.conjuncts.length || t.tag[np.head] !== 'NOUN') return false;
  const preps = RELATIONAL_NOUNS.get(t.lemma[np.head] || t.norm[np.head]) ?? RELATIONAL_NOUNS.get(t.norm[np.head]);
  if (!preps) return false;
  if (np.determiner >= 0 && !ARTICLES.has(t.norm[np.determiner])) return false;
  // ("the top kill operation started": a noun before the head says which; "the 1918 trip", "the Gulf trip" too.)
  for (let i = np.start; i < np.head; i++) {
    if (!tokens.has(i)) continue;
    if (t.tag[i] === 'PROPN' || t.tag[i] === 'NUM' || t.tag[i] === 'NOUN' || (t.flags[i] & Flag.CAPITALISED) !== 0) return false;
  }
  // ("the monster Katrina, a storm that in 2005 killed more than 1,800 people": the phrase stands beside a name, which
  // says which.)
  const named = (x: NounPhrase) => x.properName !== null || x.names.length > 0;
  if (nps.some((x) => named(x) && (x.appositive?.start === np.start || (x.end === np.start - 1 && t.norm[x.end] === ',')))) return false;
  return !(tokens.has(np.end) && preps.includes(t.norm[np.end]));
}

/**
 * "The amount of oil spilled by BP Plc's blown-out Gulf of Mexico well has eclipsed the 1989 Exxon Valdez disaster":
 * an amount (AMOUNT_NOUNS) of a bare substance says which only with the participle after it ("spilled by BP's well",
 * "flowing from the well"); a title that keeps "The amount of oil" without it is any oil's.
 * The role of the amount's phrase in the title, or null.
 */
function amountOfWhat(a: Analysis, k: number, np: NounPhrase, tokens: Map<number, TitleRole>): TitleRole | null {
  const t = a.tokens;
  if (np.preposition < 0 || t.norm[np.preposition] !== 'of' || np.determiner >= 0 || np.possessor || np.properName || np.names.length) return null;
  if (t.tag[np.head] !== 'NOUN' || tokens.has(np.end) || t.tag[np.end] !== 'VERB') return null;
  if (!a.clauses.some((c) => c.sentence === k && c.kind === 'participial' && c.verb.start === np.end)) return null;
  const owner = a.nounPhrases[k].find((x) => x.end === np.preposition && AMOUNT_NOUNS.has(t.norm[x.head]));
  const role = owner ? tokens.get(owner.head) : undefined;
  return role && role !== 'verb' ? role : null;
}

/**
 * "Bally agreed to buy 2.6 mln of the 3.06 mln shares held by Trump", "it will be virtually impossible to prevent the
 * 40 mln dlrs, which was approved last year, from going through" (Reuters 1987, titled "Bally agreed to buy 2.6 mln of
 * the 3.06 mln shares" and "The 40 mln dlrs was approved"; the judges: "'the 3.06 mln shares' cannot be placed (held
 * by Trump, of Bally)", "'The 40 mln dlrs' cannot be placed out of context (contra aid not said)"): "the" before a
 * figure says the reader knows it, from the article's earlier words or from a participle or clause after it the title
 * leaves out; the figure and its unit alone ("the", a number written with a decimal point or a scale word, then the
 * unit as the head) say not what it is of. A phrase or participle kept after it places it ("the 3.06 mln shares held
 * by Trump"); a name, an owner or a noun between the figure and the head says which ("the 2.3 billion dlr offer").
 */
function definiteFigure(t: TokenTable, np: NounPhrase, tokens: Map<number, TitleRole>): boolean {
  if (np.determiner !== np.start || t.norm[np.start].toLowerCase() !== 'the' || !tokens.has(np.start)) return false;
  if (np.possessor || np.properName || np.names.length || np.conjuncts.length || t.tag[np.head] !== 'NOUN') return false;
  if (np.appositive && tokens.has(np.appositive.head)) return false;
  const figure = np.start + 1;
  if (t.tag[figure] !== 'NUM' || !/\d/.test(t.norm[figure]) || !tokens.has(figure)) return false;
  const scaled = FIGURE_SCALE_WORDS.has(t.norm[figure + 1]?.toLowerCase() ?? '');
  if (!scaled && !/\d\.\d/.test(t.norm[figure])) return false;
  const unit = scaled && np.head !== figure + 1 ? figure + 2 : figure + 1;
  if (np.head !== unit) return false;
  const next = np.end;
  return !phraseKeptAt(t, tokens, next) && !(tokens.has(next) && tokens.get(next) !== 'verb' && t.tag[next] === 'VERB');
}

/**
 * The noun phrases of sentence k whose heads the title keeps, with their role, that a reader may fail to place: no time,
 * no pronoun, and not the subject when the article named it (`named`), since the app shows that naming beside the quote.
 */
export function* titlePhrases(
  a: Analysis,
  k: number,
  subject: NounPhrase,
  tokens: Map<number, TitleRole>,
  named: boolean,
): Generator<{ np: NounPhrase; role: Exclude<TitleRole, 'verb'>; isSubject: boolean }> {
  for (const np of a.nounPhrases[k]) {
    const role = tokens.get(np.head);
    if (!role || role === 'verb' || np.temporal || np.pronoun) continue;
    const isSubject = np.start === subject.start && np.head === subject.head;
    if (isSubject && named) continue;
    yield { np, role, isSubject };
  }
}

/**
 * The title phrase that only points back, or null. The subject (unless the article named it, `subject:named-earlier`,
 * `subject:named-in-article`: then `named` is true) and any phrase the title keeps for a demonstrative; for a noun of
 * POINTING_BACK_HEADS, the subject and the verb's object ("used the report" says which report only in the article).
 */
export function pointsBack(a: Analysis, k: number, subject: NounPhrase, tokens: Map<number, TitleRole>, named: boolean): PointingBack | null {
  const t = a.tokens;
  for (const { np, role, isSubject } of titlePhrases(a, k, subject, tokens, named)) {
    const rule = isSubject ? 'subject-cannot-be-placed:points-back' : 'object-cannot-be-placed:points-back';
    // ("met in this format in Paris": a circumstance, CIRCUMSTANCE_PREPOSITIONS; the meeting is what happened.)
    // (Not after an adjective, whose phrase it completes: "spotted the dangers inherent in such contradictory views"
    // (Reuters 1987: "'such contradictory views' has no referent").)
    const circumstance = np.preposition >= 0 && CIRCUMSTANCE_PREPOSITIONS.has(t.norm[np.preposition]) && t.tag[np.preposition - 1] !== 'ADJ';
    if (!np.properName && !np.names.length && !circumstance && demonstrative(t, np, tokens)) return { role: isSubject ? 'subject' : role, rule };
    // (The verb's object, or what an amount of it is of: "four of the creatures had been spotted swimming".)
    // (An infinitive's object too, kept in the title's phrase: "was forced to deny the rumors".)
    // (What a question or a word was about is its object too: "White House Press Secretary Robert Gibbs was questioned
    // about the incident April 23" ("'the incident' has no referent out of context").)
    // (A phrasal verb's particle is no preposition: "John Aravosis pointed out the alterations Monday evening".)
    const particle =
      np.preposition >= 0 &&
      tokens.get(np.preposition - 1) === 'verb' &&
      PARTICLES.has(t.norm[np.preposition]) &&
      !CIRCUMSTANCE_PREPOSITIONS.has(t.norm[np.preposition]);
    const object =
      ((role === 'object' || role === 'phrase') && (np.preposition < 0 || particle)) || (np.preposition >= 0 && TOPIC_PREPOSITIONS.has(t.norm[np.preposition]));
    const inTime = (i: number) => a.nounPhrases[k].some((x) => x.temporal && i >= Math.min(x.start, x.preposition < 0 ? x.start : x.preposition) && i < x.end);
    if ((isSubject || object) && (definitePointingBack(t, np, tokens, a.sentences[k].tokenEnd, inTime) || standIn(t, np, tokens)))
      return { role: isSubject ? 'subject' : role, rule };
    // (events/definite-noun.ts: "AMR announced the order", "The product was introduced", "set up the commission".)
    // (Only the subject's or the object's own noun, not one in the subject's phrase: "An explosion at the fertilizer
    // plant killed 15 people" tells of the explosion. Not one the article named before, events/definite-noun.ts namedBefore.)
    const definite = role === 'subject' && !isSubject ? false : definiteWithoutWhat(t, np, tokens, a.sentences[k].tokenEnd, inTime, isSubject);
    if (definite && !namedBefore(a, k, np))
      return isSubject
        ? { role: 'subject', rule: 'subject-cannot-be-placed:definite-noun' }
        : definite === 'phrase-not-its-own'
          ? { role, rule: 'object-cannot-be-placed:definite-noun-phrase-not-its-own' }
          : { role, rule: role === 'subject' ? 'subject-cannot-be-placed:definite-noun' : 'object-cannot-be-placed:definite-noun' };
    if (!isSubject && role !== 'subject' && officeOfWhat(t, np, tokens)) return { role, rule: 'object-cannot-be-placed:office-of-what' };
    if ((isSubject || role === 'object' || role === 'phrase') && relativeToTheArticle(t, np, tokens))
      return isSubject || role === 'subject'
        ? { role: 'subject', rule: 'subject-cannot-be-placed:relative-to-the-article' }
        : { role, rule: 'object-cannot-be-placed:relative-to-the-article' };
    // (The subject only: after the verb the title goes on to say what it was for, "House members used Tuesday's hearing
    // to chastise oil companies" (judged readable), or what it is of, "Rescuers found survivors of Thursday's landslide".)
    if (isSubject && dayOwned(t, np, tokens)) return { role: 'subject', rule: 'subject-cannot-be-placed:day-owned-thing' };
    // (The subject only: after a verb the count is of the story's own things, "BP said it has capped one of the three
    // leaks".)
    if (isSubject && countedBack(t, np, tokens)) return { role: 'subject', rule: 'subject-cannot-be-placed:counted-back' };
    // ("Continental said reciprocity between the two programs was established in June 1986" (Reuters 1987; as a
    // title, which two programs?): the count in a phrase the title keeps with its subject points back as well;
    // the subject is placed only by it.)
    // (Not a count of the group: "One of the three leaks was capped" is one of the story's own leaks.)
    if (
      !isSubject &&
      role === 'subject' &&
      t.tag[subject.head] === 'NOUN' &&
      np.preposition >= 0 &&
      np.start > subject.head &&
      np.preposition === subject.end &&
      countedBack(t, np, tokens)
    )
      return { role: 'subject', rule: 'subject-cannot-be-placed:counted-back-in-phrase' };
    if (isSubject && theOtherOnes(t, np)) return { role: 'subject', rule: 'subject-cannot-be-placed:the-other' };
    // (events/part-of-group.ts: "One of the children was confirmed with H1N1".)
    if (isSubject && oneOfAGroup(a, k, np, tokens)) return { role: 'subject', rule: 'subject-cannot-be-placed:one-of-a-group' };
    if (isSubject && withoutItsPhrase(t, a.nounPhrases[k], np, tokens)) return { role: 'subject', rule: 'subject-cannot-be-placed:needs-its-phrase' };
    const amount = amountOfWhat(a, k, np, tokens);
    if (amount) return { role: amount, rule: amount === 'subject' ? 'subject-cannot-be-placed:amount-of-what' : 'object-cannot-be-placed:amount-of-what' };
    if (definiteFigure(t, np, tokens))
      return isSubject || role === 'subject'
        ? { role: 'subject', rule: 'subject-cannot-be-placed:definite-figure' }
        : { role, rule: 'object-cannot-be-placed:definite-figure' };
  }
  return null;
}

/**
 * A regular expression's text for an office of ROLE_NOUNS as an article writes it, whole words, before a name too:
 * "admiral" or its abbreviation "Adm." ("Coast Guard Adm. Thad Allen ... The admiral this week created a team": the
 * one person the article gives the office, events.ts `subject:role-of-one-person`).
 */
export function officePattern(office: string): string {
  const literal = (x: string) => escapeStringRegexp(x).replace(/\s+/g, '\\s+');
  const short = ROLE_ABBREVIATIONS.get(office.toLowerCase());
  return short ? `(?:${literal(office)}\\b|${literal(short)}(?=\\s))` : `${literal(office)}\\b`;
}

/**
 * "a four-inch-wide pipe was inserted into the broken section known as the riser", "About 60,000 birds were killed off
 * Alaska in 1989 by the accident usually known as the Exxon Valdez spill": the sentence gives the title's phrase a name
 * right after it (NAMING_PARTICIPLES), and the title cut before it ("into the broken section", "by the accident") has
 * nothing a reader can place. The name takes the phrase's place in the title ("was inserted into the
 * riser", "were killed by the Exxon Valdez spill"), when the title stays within `maxWords`: `title:named-as`.
 * The phrase's own words go (the name says which); an adverb between ("usually", "also") too. Only a participle that
 * opens no clause of its own ("the White House called in a group of journalists" is a clause's verb).
 */
export function namedAs(a: Analysis, k: number, tokens: Map<number, TitleRole>, words: (ids: number[]) => number, maxWords: number): boolean {
  const t = a.tokens;
  const nps = a.nounPhrases[k];
  for (const np of nps) {
    const role = tokens.get(np.head);
    if (!role || role === 'verb' || np.pronoun || np.temporal || np.properName) continue;
    // (Every word of the phrase in the title, none of what follows: the title ends the phrase where the name begins.)
    let ok = true;
    for (let i = np.start; i < np.end && ok; i++)
      if (np.appositive && i >= np.appositive.start - 1) break;
      else ok = tokens.get(i) === role;
    if (!ok) continue;
    let i = np.end;
    if (t.norm[i] === ',') i++;
    if (t.tag[i] === 'ADV' && !tokens.has(i)) i++;
    if (tokens.has(i)) continue;
    let nameAt = -1;
    if (t.norm[i] === 'known' && t.norm[i + 1] === 'as') nameAt = i + 2;
    else if (NAMING_PARTICIPLES.has(t.norm[i]) && !a.clauses.some((c) => c.verb.head === i && c.kind !== 'participial')) nameAt = i + 1;
    if (nameAt < 0) continue;
    const name = nps.find((x) => x.start === nameAt);
    if (!name || name.pronoun || name.temporal || name.conjuncts.length) continue;
    // (A name or "the" and a noun: "the riser"; not "known as a leading expert".)
    const definite = name.determiner === name.start && t.norm[name.start] === 'the';
    if (!name.properName && !name.names.length && !definite) continue;
    const nameWords: number[] = [];
    for (let x = name.start; x < name.end; x++) if (!name.appositive || x < name.appositive.start - 1 || x >= name.appositive.end) nameWords.push(x);
    const own = [...tokens.keys()].filter((x) => x >= np.start && x < np.end);
    const rest = [...tokens.keys()].filter((x) => !own.includes(x));
    if (words([...rest, ...nameWords]) > maxWords) continue;
    for (const x of own) tokens.delete(x);
    for (const x of nameWords) tokens.set(x, role);
    return true;
  }
  return false;
}

/** The head of a title phrase that says which only if the collection tells of it: its lemma and its word as written. */
export interface BareHead {
  lemma: string;
  word: string;
}

/**
 * "The crystals caused BP PLC problems", "Another study carried out by Swedish researchers", "The area was closed":
 * a title phrase that is "the" or "another" with a common noun and nothing of its own that says which (no name, owner,
 * number, capital, noun before it, nor a phrase after it). Whether a reader places it depends on the collection: "the
 * well", "the cap", "the spill" of a timeline of one spill are the story's own; "the crystals" are not. The subject's
 * head (unless the article named it: `named`), or null.
 * pipeline.ts `unsalientHeads` decides with the whole collection (`subject-cannot-be-placed:not-the-story's`).
 */
export function bareHead(a: Analysis, k: number, subject: NounPhrase, tokens: Map<number, TitleRole>, named: boolean): BareHead | null {
  const t = a.tokens;
  // (Only the subject: after a named subject an idiom's object says nothing to place, "Neighboring Mexico entered the
  // fray", "Tony Hayward took the job", and the subject already says whose happening it is.)
  for (const np of a.nounPhrases[k]) {
    if (named || np.start !== subject.start || np.head !== subject.head || tokens.get(np.head) !== 'subject') continue;
    if (np.temporal || np.pronoun || np.properName || np.names.length || np.possessor || np.conjuncts.length) continue;
    if (np.determiner !== np.start || !tokens.has(np.start) || !KNOWN_THING_DETERMINERS.has(t.norm[np.start]) || t.tag[np.head] !== 'NOUN') continue;
    if (np.appositive && tokens.has(np.appositive.head)) continue;
    // ("The won has gone up by 0.8 pct": a currency is the one of its name, as an object's is, `bareObject`.)
    if (CURRENCY_NAMES.has(t.norm[np.head].toLowerCase())) continue;
    let own = false;
    for (let i = np.start + 1; i < np.head && !own; i++) own = tokens.has(i) && (t.tag[i] === 'NOUN' || placingWord(t, i));
    if (own) continue;
    // ("the leak on the Deepwater Horizon rig", "the letter to Tony Hayward": a phrase kept after it says which.)
    const next = np.end;
    if (phraseKeptAt(t, tokens, next)) continue;
    return { lemma: (t.lemma[np.head] || t.norm[np.head]).toLowerCase(), word: t.norm[np.head] };
  }
  return null;
}

/** The subject's head of a title that names no one: its lemma, its word, and whether it is a group of people. */
export interface UnnamedSubject {
  /** The lemmas of the nouns that say what the subject is, its head's first. */
  lemmas: string[];
  word: string;
  people: boolean;
}

/**
 * "Consumer prices rose 98.9 pct", "Cumulative assets fell to 20.02 billion ringgit", "The value of crude oil exports
 * fell", "A crane accident damaged the plant", "The waiting period expired" (Reuters 1987, each judged unreadable:
 * "whose consumer prices? country not named"): a title with no name in any of its words (no proper noun, no
 * demonym, no name's possessive: nothing written with a capital but its first word) whose subject is a common noun.
 * Such a title tells whose happening it is only through its collection: "The well was sealed", "The flow of oil was
 * stopped" are read in a timeline of one spill, where the well and the flow head phrases in scores of reports
 * (salience.ts `standsAloneInCollection` decides). A group of people is seen without a name ("Some 7,000 black
 * miners went on strike", "About 60 people died", PEOPLE_GROUP_HEADS): `people`. Null when a word of the title names
 * someone, when the subject is no common noun, or when the article named the subject (`named`).
 */
export function unnamedSubject(a: Analysis, k: number, subject: NounPhrase, tokens: Map<number, TitleRole>, named: boolean): UnnamedSubject | null {
  const t = a.tokens;
  // ("Currency in circulation fell to 7.43 billion ringgit", "Heavy rains fell": the sentence's first word is tagged a
  // name for its capital; a word that can be a common noun or an adjective is one there.)
  const first = a.sentences[k].tokenStart;
  const lower = (i: number) => t.norm[i].toLowerCase();
  const common = (i: number) =>
    t.tag[i] !== 'PROPN' || (i === first && (t.flags[i] & Flag.ALL_CAPS) === 0 && (canBeTagged(lower(i), 'NOUN') || canBeTagged(lower(i), 'ADJ')));
  if (named || tokens.get(subject.head) !== 'subject' || (t.tag[subject.head] !== 'NOUN' && !(t.tag[subject.head] === 'PROPN' && common(subject.head))))
    return null;
  if (subject.pronoun || subject.temporal) return null;
  // (A name in the subject, "Calny rejected an investor group"; a capital elsewhere in the title is read where the title
  // is finally written, events.ts `title:names-no-participant`, as what the title keeps may change.)
  for (let i = subject.start; i < subject.end; i++) if (tokens.has(i) && !common(i)) return null;
  // ("Thousands of people began returning to their homes": the count's "of" phrase says who.)
  let head = subject;
  // ("Hundreds of thousands of farmers held rallies": a count of a count.)
  for (let hop = 0; hop < 2 && (t.tag[head.head] !== 'NOUN' || /^(?:thousands|hundreds|dozens|millions|scores)$/i.test(t.norm[head.head])); hop++) {
    const from = head;
    const of = a.nounPhrases[k].find((x) => x.preposition === from.end && t.norm[x.preposition] === 'of' && tokens.has(x.head));
    if (!of || (t.tag[of.head] !== 'NOUN' && t.tag[of.head] !== 'NUM')) break;
    head = of;
  }
  const lemmaOf = (i: number) => (t.lemma[i] || t.norm[i]).toLowerCase();
  const lemma = lemmaOf(head.head);
  // ("Divers recovered a body": a plural tagged a name for its capital at the sentence's start.)
  const word = lower(head.head);
  const people =
    (PEOPLE_GROUP_HEADS.has(lemma) && (isPlural(t, head) || GROUP_NOUNS_WITHOUT_PLURAL.has(lemma))) ||
    (head.head === first && word.endsWith('s') && PEOPLE_GROUP_HEADS.has(word.slice(0, -1)));
  // The nouns that say what the subject is: its head, a noun before it ("The top kill maneuver started": the story's
  // top kill; "The oil rig sinks and the riser pipe falls to the seabed", its head taken for "sinks": the story's rig), and the head of a bare "of" phrase the title keeps ("Thick sheets of gooey brown oil swamped islands of
  // marsh grass": the story's oil).
  const nouns = [subject.head];
  for (let i = subject.possessor ? subject.possessor.end : subject.start; i < subject.head; i++) if (tokens.has(i) && t.tag[i] === 'NOUN') nouns.push(i);
  const of = a.nounPhrases[k].find(
    (x) => x.preposition === subject.end && t.norm[x.preposition] === 'of' && x.determiner < 0 && !x.possessor && tokens.has(x.head),
  );
  if (of && t.tag[of.head] === 'NOUN') nouns.push(of.head);
  return { lemmas: [...new Set(nouns.map(lemmaOf))], word: t.norm[subject.head], people };
}

/**
 * "President Barack Obama toured the region Sunday", "BP replaced the failed equipment", "Spain joined the community in
 * January last year", "A crane accident damaged the plant" (Timeline17 and Reuters 1987, each judged unreadable: "'the
 * region' cannot be placed out of context; the sentence never names it"): the verb's direct object is "the", words
 * that only describe it (adjectives, participles) and a common noun, with nothing of its own that says which: no name,
 * owner, number or capital, no noun before it ("the swap program", "the wage freeze" say which kind), no phrase or
 * participle kept after it. "The" tells the reader he knows which one: the article told of it before, or the collection
 * is about it ("BP capped the well" in a timeline of one spill). The object's head, or null; pipeline.ts decides with
 * the collection (salience.ts `objectsPlacedInCollection`, `object-cannot-be-placed:not-the-story's`). Not an object
 * the title names as the article named it before (`named`: events/candidates.ts `namedObject`).
 */
export function bareObject(
  a: Analysis,
  k: number,
  subject: NounPhrase,
  object: NounPhrase | null,
  tokens: Map<number, TitleRole>,
  named: boolean,
): BareHead | null {
  const t = a.tokens;
  // (The clause's own object only: an infinitive's after it is what was urged or agreed, "GenCorp Inc urged
  // shareholders to reject the tender", and the title already says who did what to whom.)
  if (named || !object) return null;
  const np = a.nounPhrases[k].find((x) => x.start === object.start && x.head === object.head);
  if (!np || tokens.get(np.head) !== 'object' || np.preposition >= 0 || np.start <= subject.start) return null;
  if (np.temporal || np.pronoun || np.properName || np.names.length || np.possessor || np.conjuncts.length) return null;
  if (np.determiner !== np.start || t.norm[np.start].toLowerCase() !== 'the' || t.tag[np.head] !== 'NOUN') return null;
  if (np.appositive && tokens.has(np.appositive.head)) return null;
  // ("Suharto's government devalued the rupiah": a currency is the one of its name.)
  if (CURRENCY_NAMES.has(t.norm[np.head].toLowerCase())) return null;
  for (let i = np.start; i <= np.head; i++) {
    if (!tokens.has(i)) return null;
    if (i > np.start && i < np.head && (t.tag[i] === 'NOUN' || placingWord(t, i))) return null;
  }
  // ("the cap on the well", "the plant closed by GM": a phrase or a participle kept after it says which.)
  const next = np.end;
  if (phraseKeptAt(t, tokens, next) || (tokens.has(next) && tokens.get(next) !== 'verb' && t.tag[next] === 'VERB')) return null;
  return { lemma: (t.lemma[np.head] || t.norm[np.head]).toLowerCase(), word: t.norm[np.head] };
}
