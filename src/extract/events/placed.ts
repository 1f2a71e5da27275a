/**
 * Title subjects a reader cannot place out of context that the other rules of events/unplaced.ts and candidates.ts
 * leave standing (the judges fail readable on each of them): a person known only by age ("The 25-year-old man had
 * arrived in the territory"), an owner's pronoun that cannot be the subject's ("Floodwaters swept through his home
 * and shop"), and a description set beside the words before it ("what he wanted to hear -- an explanation that was
 * revised Wednesday by White House press secretary Robert Gibbs": "An explanation was revised").
 */
import type { Analysis } from '../nlp/analyse';
import type { NounPhrase } from '../nlp/noun-phrases';
import { Flag, type TokenTable } from '../nlp/tokens';
import {
  COMPANY_DESCRIPTIONS,
  COUNT_NOUNS,
  GENERIC_HEADS,
  HEADLINE_GROUP_HEADS,
  INDEFINITE_WORDS,
  NATIONALITY_PERSON_NOUNS,
  SINGULAR_IN_S,
  SINGULAR_OWNER_PRONOUNS,
  SUBJECT_RELATIONAL_NOUNS,
} from '../lexicon/events';
import type { ResolvedActor } from '../events';
import type { EventCandidate, TitleRole, TitleRun } from './candidates';
import { AGE_NUMBER_WORDS } from '../lexicon/grammar';
import { placingWord } from './placing-words';

/** "25-year-old", "nine-year-old": the words of an age from `i` (the number), or 0 when none starts there. */
function ageWords(t: TokenTable, i: number): number {
  if (t.tag[i] !== 'NUM' && !AGE_NUMBER_WORDS.has(t.norm[i])) return 0;
  const unit = t.norm[i + 2];
  return t.norm[i + 1] === '-' && /^(?:year|month|week|day)s?$/.test(unit) && t.norm[i + 3] === '-' && t.norm[i + 4] === 'old' ? 5 : 0;
}

/**
 * "The 25-year-old man had arrived in the territory on Thursday afternoon": "the" with a person of GENERIC_HEADS that
 * only an age describes is the one the article told of before; the age says which only to its reader (the judges fail
 * readable on "The 23-year-old man had arrived", "The 25-year-old man"). A name or
 * another word of its own still places it here (a description alone, "The Mexican man", is events/readable-subjects.ts
 * `subject-cannot-be-placed:described-person`); "A 47-year-old man returned from Mexico" introduces its man.
 * `subject-cannot-be-placed:age-only`.
 */
export function knownOnlyByAge(t: TokenTable, subject: NounPhrase, tokens: Map<number, TitleRole>): boolean {
  if (subject.determiner !== subject.start || t.norm[subject.start] !== 'the' || t.tag[subject.head] !== 'NOUN') return false;
  if (!GENERIC_HEADS.has(t.norm[subject.head]) || subject.possessor || subject.conjuncts.length || subject.properName || subject.names.length) return false;
  let age = false;
  for (let i = subject.start + 1; i < subject.head; i++) {
    if (!tokens.has(i)) continue;
    const n = ageWords(t, i);
    if (n) {
      age = true;
      i += n - 1;
      continue;
    }
    // (Another word of its own, "the sick 25-year-old man", still says nothing a reader can place; a name or a
    // capital does: "The Mexican 25-year-old man".)
    if (placingWord(t, i)) return false;
  }
  // ("The 25-year-old man from Hong Kong": a phrase kept after it places him. Narrower than events/placing-words.ts
  // `phraseKeptAt`, which also reads "to" and any role but the verb's: left as it was, since the two read differently
  // on subjects like "the 25-year-old man to ..." and this pass must not change a record.)
  const next = subject.end;
  return age && !(tokens.has(next) && tokens.get(next) === 'subject' && t.tag[next] === 'ADP');
}

/**
 * "First-class travel may be on its way out if Alan Joyce, the newly installed chief executive of Qantas Airways is to
 * be believed. The Irishman took the helm of the Australian airline last November" (Timeline17, titled "The Irishman
 * took the helm of Qantas Airways": "'The Irishman' has no referent in the title"): "the" and a noun that names a
 * person only by nation (NATIONALITY_PERSON_NOUNS) or only by age ("the 53-year-old"), nothing else of its own, stands
 * for a person the article has just named, as "he" does. Its words after "the", as token indexes [start, end), or
 * null; events.ts writes the person's name for it when certain, else the clause makes no event
 * (`subject:epithet-of-one-person`, `subject-cannot-be-placed:epithet`).
 */
export function epithetSubject(t: TokenTable, subject: NounPhrase): [number, number] | null {
  if (subject.determiner !== subject.start || t.norm[subject.start].toLowerCase() !== 'the') return null;
  if (subject.possessor || subject.conjuncts.length || subject.appositive) return null;
  const from = subject.start + 1;
  if (subject.head === from && subject.end === from + 1 && NATIONALITY_PERSON_NOUNS.has(t.norm[from].toLowerCase())) return [from, from + 1];
  // ("The 53-year-old resigned": an age and no noun after it.)
  const age = ageWords(t, from);
  if (age && from + age === subject.end && subject.head === subject.end - 1) return [from, subject.end];
  return null;
}

/**
 * "Slum-dweller Krustin bin Juri lost everything when floodwaters swept through his home and shop": "his", "her" or
 * "its" (SINGULAR_OWNER_PRONOUNS) after the verb of a title whose subject is a plural common noun cannot be the
 * subject's; whose home it is, the title does not say. Also "at millions of individuals who backed his
 * 2008 presidential bid online" (of the president), "Authorities lowered its four-level alert system" (of the
 * city). The clause makes no event: `object-cannot-be-placed:whose`.
 */
export function ownerNotTheSubject(t: TokenTable, subject: NounPhrase, tokens: Map<number, TitleRole>): boolean {
  if (subject.pronoun || subject.properName || subject.names.length || subject.conjuncts.length || subject.possessor) return false;
  const head = subject.head;
  if (t.tag[head] !== 'NOUN' || !tokens.has(head)) return false;
  // (A plural noun: "floodwaters", "millions"; not "police", "staff", "the crisis", "gas", "the news", "its status".)
  const word = t.norm[head];
  const plural = (!!t.lemma[head] && t.lemma[head] !== word && word.endsWith('s')) || (/[^aisu]s$/.test(word) && !SINGULAR_IN_S.has(word));
  if (!plural) return false;
  // ("Authorities lowered its four-level alert system": "its" is no plural's either.)
  for (const [i, role] of tokens) if (role !== 'subject' && role !== 'verb' && SINGULAR_OWNER_PRONOUNS.has(t.norm[i])) return true;
  return false;
}

/** The subject run of a relative clause on "a"/"an" and a description set after a comma or a dash, or null. */
function apposedRun(text: string, c: EventCandidate, runs: TitleRun[]): { run: TitleRun; at: number } | null {
  if (c.kind !== 'clause' || !c.rules.includes('subject:antecedent')) return null;
  if (!c.rules.includes('clause:relative') && !c.rules.includes('participle-describes-noun')) return null;
  const subjectRuns = runs.filter((r) => r.role === 'subject');
  if (subjectRuns.length !== 1) return null;
  const run = subjectRuns[0];
  if (!/^(?:a|an)\s/i.test(text.slice(run.start, run.end))) return null;
  // (The relative pronoun right after the description: the run is the whole antecedent; or its participle.)
  if (!/^\s*(?:who|that|which)\s/i.test(text.slice(run.end, run.end + 8)) && !describedRightAfter(text, c, runs, run)) return null;
  const gap = /\s*(?:,|--|—|–)\s*$/.exec(text.slice(Math.max(0, run.start - 6), run.start));
  return gap ? { run, at: run.start - gap[0].length } : null;
}

/**
 * "Conable, a former congressman from New York appointed by President Reagan to the senior most position at the Bank
 * nearly a year ago, has taken the view" (Reuters 1987): a past participle that describes its noun, written right
 * after the subject's run, stands where a relative pronoun would ("who was appointed"); the description before it is
 * the whole antecedent, as before "who".
 */
export function describedRightAfter(text: string, c: EventCandidate, runs: TitleRun[], run: TitleRun): boolean {
  if (c.kind !== 'clause' || !c.rules.includes('participle-describes-noun')) return false;
  const verb = runs.find((r) => r.role === 'verb');
  return !!verb && verb.start > run.end && /^\s*$/.test(text.slice(run.end, verb.start));
}

/**
 * "He told Lauer he expected that Hayward would just tell him what he wanted to hear -- an explanation that was
 * revised Wednesday by White House press secretary Robert Gibbs": a relative clause on "a"/"an" and a description
 * set after a comma or a dash beside the words before it; the description ("an explanation", "a statement") stands
 * for what those words told, and the title ("An explanation was revised") says nothing a reader can place. A
 * name before the comma names it instead (events.ts `subject:person-in-apposition`,
 * `subject:name-in-apposition`, tried first). `subject-cannot-be-placed:apposed-description`.
 */
export function apposedDescription(text: string, c: EventCandidate, runs: TitleRun[], people: ResolvedActor[]): boolean {
  const found = apposedRun(text, c, runs);
  return !!found && !people.some((p) => p.start >= found.run.start && p.end <= found.run.end);
}

/**
 * "a campus building named after LSU alumnus Lodwrick M. Cook, former chairman and chief executive of ARCO, an oil
 * company that was acquired by BP in 2000": the description set after an organisation's or a country's name is that
 * one; its name stands for the description in the title ("Arco was acquired by BP"), as events.ts names a person
 * (`subject:person-in-apposition`): `subject:name-in-apposition`. The one named actor that ends at the comma, or null.
 */
export function apposedName(text: string, c: EventCandidate, runs: TitleRun[], named: ResolvedActor[]): { run: TitleRun; who: ResolvedActor } | null {
  const found = apposedRun(text, c, runs);
  if (!found) return null;
  const who = named.filter((a) => (a.kind === 'organization' || a.kind === 'country') && !a.unconfirmed && a.end === found.at);
  return who.length === 1 ? { run: found.run, who: who[0] } : null;
}

/**
 * "Company officials briefed members of Congress in a closed session yesterday afternoon": a word of
 * COMPANY_DESCRIPTIONS first in its sentence, capitalised there and read as a name, before the subject's noun; it is
 * "company executives" as any other sentence writes it, which events.ts names as the one company named before, or
 * drops (`subject:description-at-sentence-start`).
 */
export function companyAtSentenceStart(a: Analysis, k: number, subject: NounPhrase): boolean {
  const t = a.tokens;
  if (subject.names.length !== 1 || subject.modifiers.length !== 1) return false;
  const m = subject.modifiers[0];
  const [s, e] = subject.names[0];
  if (s !== m || e !== m + 1 || !COMPANY_DESCRIPTIONS.has(t.norm[m])) return false;
  let first = a.sentences[k].tokenStart;
  while (first < a.sentences[k].tokenEnd && t.tag[first] === 'PUNCT') first++;
  return first === m;
}

/**
 * "On Friday, U.S.-listed shares dropped 6.1 percent", "Mexico reported on Monday that industrial output fell 6.7
 * percent": words before the head that only describe it, adjectives and participles (with a place glued to one by a
 * hyphen, "U.S.-listed"), and no determiner, say no more whose it is than the bare noun (the judges failed both as
 * unreadable: whose shares, whose output). A noun or a name before it says whose ("BP shares", "cleanup work"):
 * `subject-cannot-be-placed:needs-its-phrase`.
 */
function describedOnly(t: TokenTable, subject: NounPhrase): boolean {
  if (subject.determiner >= 0) return false;
  for (let i = subject.start; i < subject.head; i++) {
    const glued = t.norm[i + 1] === '-' && (t.flags[i + 1] & Flag.GLUED) !== 0;
    if (t.norm[i] === '-' && (t.flags[i] & Flag.GLUED) !== 0) continue;
    if (t.tag[i] === 'ADJ' || (t.tag[i] === 'VERB' && /(?:ed|en)$/.test(t.norm[i])) || (glued && t.tag[i] === 'PROPN')) continue;
    return false;
  }
  return true;
}

/**
 * "Work on installing the cap using robots a mile below the surface of the sea was successfully completed last night",
 * "The company began work on the well early Sunday afternoon, but only announced that work had been begun Tuesday
 * morning": a bare noun of SUBJECT_RELATIONAL_NOUNS as the subject, its phrase not in the title ("Work was
 * successfully completed", "Work had been begun": what work?). candidates.ts keeps the phrase when it can ("Work on
 * installing the cap was successfully completed", `title:subject-keeps-relational-gerund`); otherwise no event:
 * `subject-cannot-be-placed:needs-its-phrase`.
 */
export function bareRelationalSubject(a: Analysis, subject: NounPhrase, tokens: Map<number, TitleRole>): boolean {
  const t = a.tokens;
  // ("The sources were quoted as saying that ... some members had raised output last week": "some", "several", "many",
  // a number, count members of what the title does not say.)
  // ("the reduction in Iraqi air attacks": "the" says no more of what it is of.)
  const det = t.norm[subject.start].toLowerCase();
  const counted = subject.determiner === subject.start && subject.head === subject.start + 1 && (INDEFINITE_WORDS.has(det) || det === 'the');
  if (subject.end !== subject.head + 1 || subject.conjuncts.length || subject.possessor) return false;
  if (subject.start !== subject.head && !counted && !describedOnly(t, subject)) return false;
  const preps = SUBJECT_RELATIONAL_NOUNS.get(t.norm[subject.head]);
  if (!preps || tokens.get(subject.head) !== 'subject') return false;
  return !(preps.includes(t.norm[subject.end]) && tokens.has(subject.end));
}

/**
 * "The total UK figure jumped to 1,320 today, with a further 59 cases in England" (Timeline17; the judges: "figure of
 * what (cases? deaths?) cannot be placed"), "The figure marked a year-on-year rise of 18.45 pct.": a count noun
 * (COUNT_NOUNS) after "the" says nothing of what it counts; only its "of" phrase ("the number of cases") or a common noun
 * before it ("the death toll", "the case count") does, and a place or an adjective before it ("UK", "total") says only
 * where or how much. With neither in the title, no event: `subject-cannot-be-placed:count-of-what`.
 */
export function countOfWhat(t: TokenTable, subject: NounPhrase, tokens: Map<number, TitleRole>): boolean {
  if (subject.pronoun || subject.possessor || subject.conjuncts.length || subject.determiner < 0 || t.norm[subject.determiner] !== 'the') return false;
  if (!COUNT_NOUNS.has(t.norm[subject.head]) || t.tag[subject.head] !== 'NOUN' || tokens.get(subject.head) !== 'subject') return false;
  // ("total" before the head, tagged a noun or not, says how much, not of what.)
  for (let i = subject.determiner + 1; i < subject.head; i++) if (t.tag[i] === 'NOUN' && !COUNT_NOUNS.has(t.norm[i])) return false;
  return !(t.tag[subject.end] === 'ADP' && tokens.has(subject.end));
}

/**
 * "1952: The oil executives received a thorough grilling on Capitol Hill today" (Timeline17; the judges: "a reader
 * cannot place which executives"), "The government inspectors signed a certificate of airworthiness": "the" before a
 * group of people (HEADLINE_GROUP_HEADS, a plural) points back to the ones the article named before; a common noun
 * before the head says only their trade ("oil", "government"), never which. With no name, number or phrase in the
 * title to say which, no event: `subject-cannot-be-placed:group-of-whom`. ("The Halliburton workers", "The 11
 * workers" and "The authorities", one body everyone knows, stay.)
 */
export function groupOfWhom(t: TokenTable, subject: NounPhrase, tokens: Map<number, TitleRole>): boolean {
  if (subject.pronoun || subject.possessor || subject.conjuncts.length || subject.properName !== null || subject.names.length) return false;
  if (subject.determiner < 0 || t.norm[subject.determiner] !== 'the' || subject.head - subject.determiner < 2) return false;
  const h = subject.head;
  if (t.tag[h] !== 'NOUN' || !HEADLINE_GROUP_HEADS.has(t.norm[h]) || !/s$/.test(t.norm[h]) || t.lemma[h] === t.norm[h]) return false;
  if (tokens.get(h) !== 'subject') return false;
  let noun = false;
  for (let i = subject.determiner + 1; i < h; i++) {
    if (t.tag[i] === 'NUM' || t.tag[i] === 'PROPN' || (t.flags[i] & Flag.CAPITALISED) !== 0) return false;
    if (t.tag[i] === 'NOUN') noun = true;
  }
  return noun && !(t.tag[subject.end] === 'ADP' && tokens.has(subject.end));
}

/**
 * "Bali, where finance ministers from China, Japan, South Korea and ASEAN on Sunday set up a $120 billion emergency fund"
 * (Timeline17; the judges, of "Ministers set up a $120 billion emergency fund": "which ministers (finance ministers of
 * China, Japan, South Korea, ASEAN) is not stated"): a plural subject with no article, owner or name of its own is
 * placed only by the "from" or "of" phrase of names after it, which says whose they are; a title too short to hold that phrase tells of anyone's ministers. No
 * event: `subject-cannot-be-placed:qualifier-cut`. `after` is the phrase right after the subject's preposition.
 */
export function qualifierCut(t: TokenTable, subject: NounPhrase, after: NounPhrase | null, tokens: Map<number, TitleRole>): boolean {
  if (!after || subject.determiner >= 0 || subject.possessor || subject.pronoun || subject.properName !== null || subject.names.length) return false;
  const h = subject.head;
  if (t.tag[h] !== 'NOUN' || !/s$/.test(t.norm[h]) || t.lemma[h] === t.norm[h] || tokens.get(h) !== 'subject') return false;
  // (Only "from" or "of", the phrase that says whose they are; "Negotiators at a United Nations conference on a new INRA
  // resolved differences" tells only where they met, and "Negotiators agreed on basic elements for a new pact" was
  // judged readable.)
  if ((t.norm[subject.end] !== 'from' && t.norm[subject.end] !== 'of') || after.temporal || tokens.has(subject.end)) return false;
  // (A counted subject says what it is without its places: "Four attorneys from Texas, Louisiana and Florida were
  // appointed on Friday to a committee to lead the hundreds of oil spill-related lawsuits", judged readable as "Four
  // attorneys were appointed ...".)
  for (let i = subject.start; i < h; i++) if (t.tag[i] === 'NUM') return false;
  const named = (np: NounPhrase) => np.properName !== null || np.names.length > 0;
  return named(after) || (after.conjuncts.length > 1 && after.conjuncts.every(named));
}
