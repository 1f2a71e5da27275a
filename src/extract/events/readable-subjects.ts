/**
 * Title subjects a reader could not read or place (the judges fail readable on each of them): a phrase cut at a
 * short name in brackets ("the blowout preventer (BOP) device failed": "Device failed"), a description set between
 * dashes taken for the subject ("The eastern Gulf -- an area stretching from 125 to 300 miles off Florida's coast --
 * was singled out": "An area was singled out"), "the" and a description of a person ("The Mexican boy had arrived")
 * and "the" and an ordinal that counts on from things told before ("The second system began operations").
 */
import type { Analysis } from '../nlp/analyse';
import type { Clause } from '../nlp/clauses';
import { type NounPhrase, shortNameInBrackets } from '../nlp/noun-phrases';
import { DASHES, Flag, type TokenTable } from '../nlp/tokens';
import { COUNTRIES } from '../lexicon/countries';
import { COUNTING_ON_ORDINALS, DESCRIBED_PERSON_HEADS } from '../lexicon/events';
import type { TitleRole } from './candidates';
import { phraseKeptAt, placingWord } from './placing-words';

/**
 * "On 20 April, when the Deepwater Horizon rig exploded, the blowout preventer (BOP) device failed": the title keeps a
 * phrase whose words go on past a short name in brackets (nlp/noun-phrases.ts `shortNameInBrackets`), "The blowout
 * preventer device failed", where the phrase cut at the bracket left "Device failed". `title:phrase-across-short-name`.
 */
export function phraseAcrossShortName(a: Analysis, k: number, tokens: Map<number, TitleRole>): boolean {
  const t = a.tokens;
  const s = a.sentences[k];
  for (const i of tokens.keys()) if (i - 4 >= s.tokenStart && t.norm[i - 1] === ')' && tokens.has(i - 4) && shortNameInBrackets(t, i - 3, s)) return true;
  return false;
}

/** A dash that stands apart from the words around it: "Gulf -- an area", not "11-year-old". */
const looseDash = (t: TokenTable, i: number) => DASHES.has(t.norm[i]) && (t.flags[i] & Flag.GLUED) === 0;

/**
 * "The eastern Gulf -- an area stretching from 125 to 300 miles off Florida's coast -- was singled out for protection
 * by Congress in 2006": the parser took the description set between two dashes for the clause's subject, and the title
 * said "An area was singled out for protection". The phrase that opens the clause right before the
 * first dash is the subject, when the second dash stands right before the verb (adverbs and auxiliaries between):
 * `subject:before-dashed-aside`. Only "a"/"an" or a bare noun after the dash (a description, not a name), and a phrase
 * before it that is no time, pronoun or preposition's.
 */
export function subjectBeforeDashedAside(a: Analysis, c: Clause, subject: NounPhrase): NounPhrase | null {
  const t = a.tokens;
  const dash = subject.start - 1;
  if (subject.preposition >= 0 || !looseDash(t, dash) || subject.properName) return null;
  if (subject.determiner >= 0 && !/^(?:a|an)$/.test(t.norm[subject.determiner])) return null;
  let close = c.verb.start - 1;
  while (close > subject.end && (t.tag[close] === 'ADV' || t.tag[close] === 'AUX' || t.tag[close] === 'PART')) close--;
  if (close < subject.end || !looseDash(t, close)) return null;
  for (let i = subject.end; i < close; i++) if (looseDash(t, i)) return null;
  const before = a.nounPhrases[c.sentence].find((np) => np.end === dash);
  if (!before || before.preposition >= 0 || before.pronoun || before.temporal || before.adjectival) return null;
  // (The clause's first phrase, after a time that opens it: "On Friday, Mark Hafle -- a BP drilling engineer who was a
  // key decision maker at the now-sunken rig -- exercised his constitutional right to refuse to testify".)
  const s = a.sentences[c.sentence];
  let first = Math.max(s.tokenStart, c.start < before.start ? c.start : s.tokenStart);
  const times = a.nounPhrases[c.sentence].filter((np) => np.temporal);
  for (;;) {
    const time = times.find((np) => (np.preposition >= 0 ? np.preposition : np.start) === first);
    if (time) first = time.end;
    else if (first < before.start && t.tag[first] === 'PUNCT') first++;
    else break;
  }
  return first === before.start ? before : null;
}

/** "Mexican", "British": a country's demonym, one word. */
const DEMONYMS = new Set(COUNTRIES.flatMap((c) => c.demonyms).map((d) => d.toLowerCase()));
const isDemonym = (t: TokenTable, i: number) => DEMONYMS.has(t.norm[i]);

/**
 * Is no title word between the phrase's determiner and its head a name, a number or a noun (a demonym is a
 * description when `demonyms`: "the Mexican boy"); and no phrase kept after it?
 */
export function describedOnly(t: TokenTable, np: NounPhrase, tokens: Map<number, TitleRole>, from: number, demonyms: boolean, kinds = false): boolean {
  if (np.possessor || np.properName || np.conjuncts.length || (np.appositive && tokens.has(np.appositive.head))) return false;
  // ("The British woman, Jane Smith, died": the name beside it says who.)
  if (np.appositive && (np.appositive.properName || np.appositive.names.length)) return false;
  if (np.names.some(([s, e]) => !demonyms || e !== s + 1 || !isDemonym(t, s))) return false;
  // (`kinds`: a common noun written small says a person's kind, not who: "The crew member" of a crew the article told of.)
  const kind = (i: number) => kinds && t.tag[i] === 'NOUN' && !placingWord(t, i);
  for (let i = from; i < np.head; i++) if (tokens.has(i) && t.tag[i] !== 'ADJ' && t.norm[i] !== '-' && !(demonyms && isDemonym(t, i)) && !kind(i)) return false;
  // ("The Mexican man from Hong Kong", "the second wave of the pandemic": a phrase kept after it says which.)
  const next = np.end;
  return !phraseKeptAt(t, tokens, next);
}

/**
 * "US: one death, at least 91 confirmed cases The Mexican boy had arrived in the Texan border city of Brownsville on 4
 * April": "the", adjectives and a person (DESCRIBED_PERSON_HEADS), no name: the one the article told of before, whom a
 * reader of the title cannot place; a nationality says only where he is from ("'The Mexican boy' points
 * back to someone introduced elsewhere"). `subject-cannot-be-placed:described-person`. "A Mexican boy" introduces him;
 * "the Mexican government" is no person.
 */
export function describedPersonOnly(t: TokenTable, subject: NounPhrase, tokens: Map<number, TitleRole>): boolean {
  if (subject.determiner !== subject.start || t.norm[subject.start] !== 'the' || t.tag[subject.head] !== 'NOUN') return false;
  if (!DESCRIBED_PERSON_HEADS.has(t.norm[subject.head]) || subject.head === subject.start + 1) return false;
  // ("The crew member, who flew out to Mexico on 20 April, is understood to have shown symptoms of fever" (Guardian;
  // "'The crew member' has no known referent out of context"): a noun before the person says what he
  // does, as an adjective says what he is, never which one.)
  return describedOnly(t, subject, tokens, subject.start + 1, true, true);
}

/**
 * "The second system, which began operations on 16 June, takes oil and gas to the Q4000 vessel": "the" and an ordinal
 * of COUNTING_ON_ORDINALS before a common noun (adjectives between) counts on from things the article told before;
 * second system of what, the title does not say. A noun before the head ("the second relief well") or
 * a phrase kept after it ("The second deadly wave of the pandemic") says which. `subject-cannot-be-placed:counts-on`.
 */
export function countsOnFromBefore(t: TokenTable, subject: NounPhrase, tokens: Map<number, TitleRole>): boolean {
  if (subject.determiner !== subject.start || t.norm[subject.start] !== 'the' || t.tag[subject.head] !== 'NOUN') return false;
  const ordinal = subject.start + 1;
  if (ordinal >= subject.head || !tokens.has(ordinal) || !COUNTING_ON_ORDINALS.has(t.norm[ordinal])) return false;
  return describedOnly(t, subject, tokens, ordinal + 1, false);
}

/**
 * "Henderson's retail Sustainable and Responsible Investment (SRI) funds sold out of BP shares in 2003": a subject
 * with no determiner right after a closing bracket is the end of a phrase the chunker cut at the bracket (a name's
 * short name, which `shortNameInBrackets` does not join across); "Funds sold out of BP shares" has lost whose funds.
 * `subject-cannot-be-placed:cut-at-bracket`.
 */
export function subjectCutAtBracket(t: TokenTable, subject: NounPhrase, tokens: Map<number, TitleRole>): boolean {
  if (subject.determiner >= 0 || subject.possessor || subject.properName || subject.names.length || subject.pronoun) return false;
  if (t.tag[subject.head] !== 'NOUN' || !tokens.has(subject.start) || t.norm[subject.start - 1] !== ')') return false;
  const open = subject.start - 3;
  return open > 0 && t.norm[open] === '(' && (t.tag[open - 1] === 'NOUN' || t.tag[open - 1] === 'PROPN');
}
