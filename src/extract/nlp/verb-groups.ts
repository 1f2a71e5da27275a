/**
 * verb-groups: the verb groups of a sentence ("has been capped", "will meet", "did not cap", "stepped
 * down", "is going to drill", "to cap") with their tense, aspect, voice, modality and negation.
 *
 * wink gives Universal POS tags without morphology (no past / participle / 3rd-person features), so a
 * verb's form is read from its spelling against its lemma ("visits" = "visit" + s) and, for irregular
 * verbs, from lexicon/grammar.ts ("broke" is only a past, "broken" only a participle, "said" either).
 * A regular "-ed" form alone is read as a finite past here; clauses.ts decides, from the words around
 * it, when it is a participle instead ("the rig, leased by BP, ...").
 */
import {
  AMOUNT_WORDS,
  BE,
  BE_PAST,
  BE_PRESENT,
  FRONTED_STATE_VERBS,
  FRONTED_STATES,
  DO,
  FLOATING_QUANTIFIERS,
  FUTURE_MODALS,
  GET,
  HAVE,
  HAVE_PRESENT,
  IRREGULAR_VERBS,
  MODALS,
  PARTICLES,
  PHRASAL_VERBS_WITH_OBJECT,
} from '../lexicon/grammar';
import type { SentenceSpan } from './sentences';
import { Flag, type TokenTable } from './tokens';

/**
 * base "cap", s "caps", ing "capping", ed "capped" / "said" (past or participle), past "broke" (past only),
 * participle "broken" (participle only), invariant "cut" / "put" (base, past and participle alike).
 */
export type VerbForm = 'base' | 's' | 'ing' | 'ed' | 'past' | 'participle' | 'invariant';

export type Tense = 'past' | 'present' | 'future' | 'nonfinite';

export interface VerbGroup {
  /** Tokens [start, end): auxiliaries, adverbs between them, negation, the main verb and its particle. */
  start: number;
  end: number;
  /** The main verb ("capped" of "has been capped"); the last auxiliary when there is none ("was" of "was in Washington"). */
  head: number;
  auxiliaries: number[];
  /** "down" of "stepped down", "off" of "called off the search"; -1 if none. */
  particle: number;
  /** The negating word in or right before the group ("not", "n't", "never"); -1 if none. */
  negation: number;
  /** may, might, could, would, should, must, can, ought, "have to"; null for none (and for will/shall, which make the future). */
  modal: string | null;
  tense: Tense;
  perfect: boolean;
  progressive: boolean;
  passive: boolean;
  /** Starts with "to": "to cap the well". */
  infinitive: boolean;
  /** The head is a form of "be" with no other verb: "was in Washington", "is a disaster". */
  copula: boolean;
  /** The head's form. */
  form: VerbForm;
  rules: string[];
}

const PAST_FORMS = new Set<string>();
const PARTICIPLE_FORMS = new Set<string>();
const INVARIANT = new Set<string>();
const PARTICIPLE_EQUALS_BASE = new Set<string>();
for (const [base, past, participle] of IRREGULAR_VERBS) {
  for (const p of past.split('/')) PAST_FORMS.add(p);
  for (const p of participle.split('/')) PARTICIPLE_FORMS.add(p);
  if (past.split('/').includes(base) && participle.split('/').includes(base)) INVARIANT.add(base);
  else if (participle.split('/').includes(base)) PARTICIPLE_EQUALS_BASE.add(base);
}

const isThirdPersonS = (lower: string, lemma: string) =>
  lower === `${lemma}s` || lower === `${lemma}es` || (lemma.endsWith('y') && lower === `${lemma.slice(0, -1)}ies`);

/** The form of a verb or auxiliary token, from its spelling and lemma. */
export function verbForm(t: TokenTable, i: number): VerbForm {
  const word = t.text.slice(t.start[i], t.end[i]).toLowerCase();
  const lemma = t.lemma[i];
  if (BE_PRESENT.has(word) || HAVE_PRESENT.has(word)) return word === 'have' || word === 'are' || word === 'am' ? 'base' : 's';
  if (BE_PAST.has(word) || word === 'had' || word === 'did') return 'past';
  if (word === 'been' || word === 'done') return 'participle';
  // ("the 42,000 gallons of oil a day being pumped into the Gulf": wink may give "being" itself as its lemma; it is the
  // -ing form of "be", no present tense.)
  if (word === 'being') return 'ing';
  // ("closing the beaches": wink may give an -ing verb itself as its lemma; "bring", "string" are no -ing forms.)
  if (word.endsWith('ing') && word.length > 4 && (word !== lemma || word.length >= 7)) return 'ing';
  if (PAST_FORMS.has(word) && PARTICIPLE_FORMS.has(word)) return INVARIANT.has(word) && word === lemma ? 'invariant' : 'ed';
  if (PAST_FORMS.has(word) && word !== lemma) return 'past';
  if (PARTICIPLE_FORMS.has(word) && word !== lemma) return 'participle';
  if (word === lemma || t.norm[i] === lemma) return 'base';
  if (isThirdPersonS(word, lemma)) return 's';
  return 'ed';
}

/** Participle-looking: "capped", "broken", "cut", "come" (after "has"). */
const participleLike = (t: TokenTable, i: number, form: VerbForm) =>
  form === 'ed' || form === 'participle' || form === 'invariant' || (form === 'base' && PARTICIPLE_EQUALS_BASE.has(t.lemma[i]));

const isVerbal = (t: TokenTable, i: number) => t.tag[i] === 'VERB' || t.tag[i] === 'AUX';
const isNegation = (t: TokenTable, i: number) => (t.flags[i] & Flag.NEGATION) !== 0 && (t.tag[i] === 'PART' || t.tag[i] === 'ADV');
const isTo = (t: TokenTable, i: number) => t.norm[i] === 'to' && (t.tag[i] === 'PART' || t.tag[i] === 'ADP');
/** A quote glued to a verb is transparent: BP permanently "killed" its well. */
const isScareQuote = (t: TokenTable, i: number, end: number) =>
  (t.flags[i] & Flag.QUOTE) !== 0 && ((i + 1 < end && isVerbal(t, i + 1) && (t.flags[i + 1] & Flag.GLUED) !== 0) || (t.flags[i] & Flag.GLUED) !== 0);

/** From token k, skipping adverbs, negation, scare quotes and a parenthetical ", however,": the next verbal token within the sentence, or -1. */
function nextVerbal(t: TokenTable, k: number, end: number): number {
  for (;;) {
    if (k < end && (t.tag[k] === 'ADV' || isNegation(t, k) || isScareQuote(t, k, end))) k++;
    // "have both said", "were all killed": a floating quantifier between auxiliary and verb.
    else if (k + 1 < end && FLOATING_QUANTIFIERS.has(t.norm[k]) && (isVerbal(t, k + 1) || t.tag[k + 1] === 'ADV') && k > 0 && t.tag[k - 1] === 'AUX') k++;
    else if (k + 2 < end && t.norm[k] === ',' && t.tag[k + 1] === 'ADV' && t.norm[k + 2] === ',') k += 3;
    // ("chief executive Tony Hayward who has since resigned was forced ...": "since" between "has" and its participle
    // is the adverb, not a preposition; read as one, "has" stood alone and "resigned" was a past tense of its own,
    // dated June by the clause around it.)
    else if (k + 1 < end && t.norm[k] === 'since' && k > 0 && t.lemma[k - 1] === HAVE && isVerbal(t, k + 1)) k++;
    else break;
  }
  return k < end && isVerbal(t, k) && !startsCompoundWord(t, k, end) ? k : -1;
}

/** "can be mind-boggling": a word glued to a following hyphen and word is the start of a compound, not a verb. */
const startsCompoundWord = (t: TokenTable, k: number, end: number) =>
  k + 2 < end && (t.norm[k + 1] === '-' || t.norm[k + 1] === '–') && (t.flags[k + 1] & Flag.GLUED) !== 0 && (t.flags[k + 2] & Flag.GLUED) !== 0;

const NOUN_PHRASE_START = new Set(['DET', 'NOUN', 'PROPN', 'PRON', 'NUM', 'ADJ']);

/**
 * "has killed up to 60 people", "said up to a total of 1,000 people died" (Reuters 1987, Ecuador's earthquake: read as
 * "said up", the sayer became the subject of "died": "Febres cordero were missing"): "up to" before an amount, or
 * before a phrase of an amount ("a total of", "an estimated", "some") ending in a number, bounds the amount; it is no
 * particle of the verb before it (`up-to-an-amount`).
 */
export function upToAnAmount(t: TokenTable, p: number, end: number): boolean {
  if (t.norm[p] !== 'up' || t.norm[p + 1] !== 'to') return false;
  for (let k = p + 2; k < end && k < p + 7; k++) {
    if (t.tag[k] === 'NUM' || t.tag[k] === 'SYM') return true;
    if (t.tag[k] !== 'DET' && t.tag[k] !== 'ADJ' && t.tag[k] !== 'ADV' && !(t.tag[k] === 'ADP' && t.norm[k] === 'of') && !AMOUNT_WORDS.has(t.norm[k]))
      return false;
  }
  return false;
}

/** "stepped down", "called off the search"; not "flew over the wreckage". */
function particleAfter(t: TokenTable, head: number, end: number): number {
  const p = head + 1;
  // ("BP officials on Friday left open the door to someday drilling again": a state written before the object is
  // the verb's, as a particle is: `fronted-state`.)
  if (
    p + 1 < end &&
    FRONTED_STATES.has(t.norm[p]) &&
    FRONTED_STATE_VERBS.has(t.lemma[head]) &&
    (t.tag[p] === 'ADJ' || t.tag[p] === 'VERB' || t.tag[p] === 'ADV') &&
    (t.tag[p + 1] === 'DET' ||
      t.tag[p + 1] === 'NOUN' ||
      t.tag[p + 1] === 'PROPN' ||
      t.tag[p + 1] === 'NUM' ||
      (t.tag[p + 1] === 'PRON' && t.norm[p + 1] !== 'that'))
  )
    return p;
  if (p >= end || !PARTICLES.has(t.norm[p]) || (t.tag[p] !== 'ADP' && t.tag[p] !== 'ADV' && t.tag[p] !== 'PART')) return -1;
  let after = p + 1;
  // ('said on "Fox News Sunday" that ...': a quotation mark opens the phrase after the preposition; "said on" is no
  // phrasal verb, and the saying is a saying.)
  while (after < end && (t.flags[after] & Flag.QUOTE) !== 0 && (t.flags[after] & Flag.OPENING) !== 0) after++;
  // ("has killed up to 60 people": "up to" before an amount is the amount's, no particle.)
  if (upToAnAmount(t, p, end)) return -1;
  if (after < end && NOUN_PHRASE_START.has(t.tag[after])) return PHRASAL_VERBS_WITH_OBJECT.has(`${t.lemma[head]} ${t.norm[p]}`) ? p : -1;
  return p;
}

/** "Houston-based", "man-made", "long-awaited": a verb glued to a hyphen is part of a compound word, not a verb group. */
const inCompoundWord = (t: TokenTable, i: number) =>
  i >= 2 && (t.flags[i] & Flag.GLUED) !== 0 && (t.norm[i - 1] === '-' || t.norm[i - 1] === '–') && (t.flags[i - 1] & Flag.GLUED) !== 0;

/** The verb groups of one sentence, left to right. */
export function verbGroups(t: TokenTable, s: SentenceSpan): VerbGroup[] {
  const out: VerbGroup[] = [];
  let i = s.tokenStart;
  while (i < s.tokenEnd) {
    let start = -1;
    let infinitive = false;
    if (isTo(t, i)) {
      const v = nextVerbal(t, i + 1, s.tokenEnd);
      // ("chose to cut corners": "cut", "set", "hit" are base forms too.)
      if (v >= 0 && (verbForm(t, v) === 'base' || verbForm(t, v) === 'invariant')) {
        start = i;
        infinitive = true;
      }
    } else if (isVerbal(t, i) && !inCompoundWord(t, i) && !startsCompoundWord(t, i, s.tokenEnd)) start = i;
    if (start < 0) {
      i++;
      continue;
    }
    const group = buildGroup(t, s, start, infinitive);
    out.push(group);
    i = group.end;
  }
  return out;
}

function buildGroup(t: TokenTable, s: SentenceSpan, start: number, infinitive: boolean): VerbGroup {
  const rules: string[] = [];
  const elements: number[] = [];
  let j = infinitive ? start + 1 : start;
  let negation = -1;
  let afterTo = false;
  for (;;) {
    const v = nextVerbal(t, j, s.tokenEnd);
    if (v < 0) break;
    if (elements.length > 0 && !afterTo) {
      const last = elements[elements.length - 1];
      // "to have failed": wink tags this "have" VERB; before a participle it is the perfect's auxiliary.
      const lastIsAux = t.tag[last] === 'AUX' || ((t.lemma[last] === HAVE || t.lemma[last] === BE) && participleLike(t, v, verbForm(t, v)));
      const getPassive = t.lemma[last] === GET && participleLike(t, v, verbForm(t, v));
      if (!lastIsAux && !getPassive) break;
      if (getPassive) rules.push('get-passive');
    }
    afterTo = false;
    for (let k = j; k < v; k++) if (isNegation(t, k)) negation = k;
    elements.push(v);
    j = v + 1;
    // "is going to cap": the future.
    if (t.norm[v] === 'going' && elements.length >= 2 && t.lemma[elements[elements.length - 2]] === BE && j < s.tokenEnd && isTo(t, j)) {
      const after = nextVerbal(t, j + 1, s.tokenEnd);
      if (after >= 0 && verbForm(t, after) === 'base') {
        rules.push('going-to-future');
        j = j + 1;
        afterTo = true;
        continue;
      }
    }
    // "has to pay": an obligation.
    if (t.tag[v] === 'AUX' && t.lemma[v] === HAVE && elements.length === 1 && j < s.tokenEnd && isTo(t, j)) {
      const after = nextVerbal(t, j + 1, s.tokenEnd);
      if (after >= 0 && verbForm(t, after) === 'base') {
        rules.push('have-to-obligation');
        j = j + 1;
        afterTo = true;
      }
    }
  }
  // "never capped", "not to cap": the negation right before the group belongs to it.
  if (negation < 0) {
    for (let k = start - 1; k >= s.tokenStart && (t.tag[k] === 'ADV' || t.tag[k] === 'PART'); k--)
      if (isNegation(t, k)) {
        negation = k;
        break;
      }
  }
  const head = elements.findLast((k) => t.tag[k] === 'VERB') ?? elements[elements.length - 1];
  let end = Math.max(head + 1, elements[elements.length - 1] + 1);
  const particle = particleAfter(t, head, s.tokenEnd);
  if (particle < 0 && upToAnAmount(t, head + 1, s.tokenEnd)) rules.push('up-to-an-amount');
  if (particle >= 0) {
    end = particle + 1;
    rules.push(FRONTED_STATES.has(t.norm[particle]) ? 'fronted-state' : 'phrasal-particle');
  }
  const group: VerbGroup = {
    start,
    end,
    head,
    auxiliaries: elements.filter((k) => k !== head),
    particle,
    negation,
    modal: null,
    tense: 'present',
    perfect: false,
    progressive: false,
    passive: false,
    infinitive,
    copula: t.tag[head] === 'AUX' && t.lemma[head] === BE,
    form: verbForm(t, head),
    rules,
  };
  readTenseAndVoice(t, group, elements);
  return group;
}

function readTenseAndVoice(t: TokenTable, g: VerbGroup, elements: number[]) {
  const forms = elements.map((k) => verbForm(t, k));
  const first = elements[0];
  const firstLemma = t.lemma[first];
  if (g.rules.includes('have-to-obligation')) g.modal = 'have to';
  if (g.infinitive) {
    g.tense = 'nonfinite';
    g.rules.push('infinitive');
  } else if (t.tag[first] === 'AUX' && MODALS.has(firstLemma)) {
    if (FUTURE_MODALS.has(firstLemma)) {
      g.tense = 'future';
      g.rules.push('future-modal');
    } else g.tense = 'present';
    if (firstLemma !== 'will' && firstLemma !== 'shall') {
      g.modal = firstLemma;
      g.rules.push('modal');
    }
  } else if (g.rules.includes('going-to-future')) g.tense = 'future';
  else {
    const f = forms[0];
    if (f === 'past' || f === 'ed') g.tense = 'past';
    else if (f === 's' || f === 'base' || f === 'invariant') g.tense = firstLemma === DO && forms.length === 1 ? 'present' : 'present';
    else g.tense = 'nonfinite';
    if (t.norm[first] === "'d" || t.norm[first] === '’d') g.tense = forms[1] === 'base' ? 'future' : 'past';
  }
  for (let k = 0; k + 1 < elements.length; k++) {
    const lemma = t.norm[elements[k]] === 'being' ? BE : t.lemma[elements[k]];
    const next = elements[k + 1];
    if (lemma === HAVE && participleLike(t, next, forms[k + 1])) g.perfect = true;
    if (lemma === BE && forms[k + 1] === 'ing' && !(t.norm[next] === 'going' && g.rules.includes('going-to-future'))) g.progressive = true;
    if ((lemma === BE || lemma === GET) && next === g.head && participleLike(t, next, forms[k + 1]) && forms[k + 1] !== 'ing') g.passive = true;
  }
  if (g.perfect) g.rules.push('perfect');
  if (g.progressive) g.rules.push('progressive');
  if (g.passive) g.rules.push('passive');
}
