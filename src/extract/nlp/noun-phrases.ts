/**
 * noun-phrases: the noun phrases of a sentence, from its tags. A base phrase is a run of determiner,
 * modifiers and nouns ("the Deepwater Horizon oil rig", "BP's chief executive", "11 workers", "an
 * 11-year-old boy", "$1.55 billion"); phrases are then joined by apposition ("Tony Hayward, BP's chief
 * executive,") and coordination ("BP and Transocean"). Prepositional phrases are not attached: "the
 * wreckage of the Francis Scott Key Bridge" is two phrases, the second with `preposition` "of", except
 * inside a proper name ("the Gulf of Mexico", "Secretary of State Hillary Clinton").
 *
 * wink tags words but parses nothing, and no maintained JavaScript library chunks English noun phrases
 * with offsets (compromise's `nouns()` is its own tokeniser and tagger at a tenth of the speed), so the
 * chunker is written here on wink's tags. Each phrase records the rules that shaped it.
 */
import { MONTH_NAMES, WEEKDAY_NAMES } from '../lexicon/time';
import {
  APPROXIMATORS,
  ARTICLES,
  BEFORE_A_BODY_VERBS,
  CLAUSE_ONLY_SUBORDINATORS,
  COORDINATORS,
  CURRENCY_COUNTRY_PREFIXES,
  CURRENCY_SYMBOLS,
  DEICTIC_TIMES,
  NAME_BRIDGES,
  NAME_PARTICLES,
  POSSESSIVE_DETERMINERS,
  QUANTITY_NOUNS,
  RATE_UNIT_NOUNS,
  RELATIVE_WORDS,
  STANDALONE_PRONOUNS,
  SUBORDINATORS,
  TIME_NOUNS,
  TIME_SHIFT_WORDS,
  AGO_WORDS,
} from '../lexicon/grammar';
import type { SentenceSpan } from './sentences';
import { Flag, type TokenTable } from './tokens';

export interface NounPhrase {
  /** Tokens [start, end) of the whole phrase (possessor, appositive and conjuncts included). */
  start: number;
  end: number;
  /** The head token: the last noun of the base phrase ("executive" of "BP's chief executive", "Transocean" of "Swiss drilling giant Transocean"). */
  head: number;
  /** The determiner or possessive pronoun ("the", "its"), or -1. */
  determiner: number;
  /** "BP" of "BP's chief executive". */
  possessor: NounPhrase | null;
  /** Tokens between the determiner (or possessor) and the head: adjectives, nouns, numbers. */
  modifiers: number[];
  /** Proper-name runs inside the phrase (possessor excluded), as token ranges [start, end). */
  names: Array<[number, number]>;
  /** The name run that holds the head ("Transocean" of "Swiss drilling giant Transocean"), or null. */
  properName: [number, number] | null;
  /** For a coordination ("BP and Transocean"), its members in order; empty otherwise. */
  conjuncts: NounPhrase[];
  /** "BP's chief executive" in "Tony Hayward, BP's chief executive,". */
  appositive: NounPhrase | null;
  /** The preposition right before the phrase ("of", "into", "by"), or -1. */
  preposition: number;
  /** A time, not a participant: "Monday", "20 April", "two days", "last week", "2010". */
  temporal: boolean;
  /** A personal or demonstrative pronoun standing alone: "it", "they", "this". */
  pronoun: boolean;
  /** Adjectives with no noun and no determiner: "relevant", "very concerned" (a predicate, not a participant). */
  adjectival: boolean;
  rules: string[];
}

const isNoun = (t: TokenTable, i: number) => t.tag[i] === 'NOUN' || t.tag[i] === 'PROPN';
/** Capitalised and a name: tagged PROPN, or a capitalised noun not at the start of its sentence. */
const isNameToken = (t: TokenTable, i: number, s: SentenceSpan) =>
  t.tag[i] === 'PROPN' || ((t.flags[i] & Flag.CAPITALISED) !== 0 && i > s.tokenStart && (t.tag[i] === 'NOUN' || t.tag[i] === 'ADJ'));
const isHyphen = (t: TokenTable, i: number) => (t.norm[i] === '-' || t.norm[i] === '–') && (t.flags[i] & Flag.GLUED) !== 0;

/** Can a base noun phrase start at token i? */
function opensPhrase(t: TokenTable, i: number, s: SentenceSpan): boolean {
  const tag = t.tag[i];
  const next = i + 1 < s.tokenEnd ? i + 1 : -1;
  switch (tag) {
    case 'NOUN':
    case 'PROPN':
    case 'NUM':
    case 'ADJ':
      return true;
    case 'DET':
      // "that" is a determiner before a noun ("that well") and a pronoun at the end of a clause ("BP denied
      // that."); before a verb or another phrase it opens a clause ("a strike that killed", "said that the well").
      if (t.norm[i] === 'that' && next >= 0) return t.tag[next] === 'NOUN' || t.tag[next] === 'ADJ' || t.tag[next] === 'NUM' || t.tag[next] === 'PUNCT';
      return true;
    case 'PRON':
      // "there are mosquitoes": an existential subject; "an explosion there in April": an adverb.
      if (t.norm[i] === 'there') return next >= 0 && (t.tag[next] === 'AUX' || /^(?:seem|appear|remain)/.test(t.norm[next]));
      return STANDALONE_PRONOUNS.has(t.norm[i]) || POSSESSIVE_DETERMINERS.has(t.norm[i]);
    case 'SYM':
      return CURRENCY_SYMBOLS.has(t.norm[i]) && next >= 0 && t.tag[next] === 'NUM';
    case 'ADV':
      // "nearly 5,000 workers", "about 11", "very large"; not "how": "more information about how much oil is
      // gushing" opens a question, whose subject is "much oil".
      if (t.norm[i] === 'how') return false;
      // ("declined to answer when one lawmaker asked whether ...": a wh-word before a number opens a clause, not a phrase.)
      if (t.norm[i] === 'when' || t.norm[i] === 'where' || t.norm[i] === 'why') return false;
      // ("and so far 100 people have been given jobs": "so far" is a time adverb; the phrase is "100 people".)
      if (t.norm[i] === 'far' && i > s.tokenStart && (t.norm[i - 1] === 'so' || t.norm[i - 1] === 'thus')) return false;
      return next >= 0 && (t.tag[next] === 'NUM' || (t.tag[next] === 'ADJ' && next + 1 < s.tokenEnd && isNoun(t, next + 1)));
    default:
      return false;
  }
}

/** Can token j continue the base phrase that has reached j - 1? */
function continuesPhrase(t: TokenTable, j: number, s: SentenceSpan, phraseStart: number): boolean {
  const tag = t.tag[j];
  const prev = j - 1;
  // "an all-time high", "the long-awaited kit": a word glued to a hyphen and another word is a compound modifier.
  if (j + 2 < s.tokenEnd && isHyphen(t, j + 1) && (t.flags[j + 2] & Flag.GLUED) !== 0 && /^[\p{L}\p{N}]/u.test(t.norm[j + 2]) && t.tag[prev] !== 'PUNCT')
    return true;
  // 'the "top kill" operation', 'a "static kill"', 'the so-called "junk shot"': a name in quotation marks after a
  // determiner, an adjective or a possessive is a word of the phrase, its modifier or its head; cut at the quote, "The
  // blowout preventer was used in the top kill operation" lost "the top kill operation" and its title its complement
  // (`quoted-words-in-phrase`). A quoted verb or clause ("BP said it had \"killed\" the well") is no such name.
  const quoted = quotedWordsAt(t, j, s, phraseStart);
  if (quoted !== null) return quoted;
  // "Apple Computer today launched", "BP Monday said": a time after a name starts a phrase of its own.
  if (DEICTIC_TIMES.has(t.norm[j]) || (t.tag[prev] === 'PROPN' && (WEEKDAY_WORDS.has(t.norm[j]) || MONTH_WORDS.has(t.norm[j])))) return false;
  // "Last October BP was fined", "On Friday US President Barack Obama toured": a name after a date's month or
  // weekday starts the clause's subject.
  if (isCalendarWord(t, prev) && (tag === 'PROPN' || (t.flags[j] & Flag.CAPITALISED) !== 0) && tag !== 'NUM') {
    const first = t.norm[phraseStart];
    if (prev === phraseStart || TIME_SHIFT_WORDS.has(first) || first === 'this' || t.tag[phraseStart] === 'NUM') return false;
  }
  // ("On September 23, 1986, the day Fiat announced it had reached an agreement ..., Fiat shares closed in Milan at
  // 16,600 lire", Reuters, March 1987: "the day" with a name and its verb after it opens a relative clause without
  // "that", "the day [on which] Fiat announced"; one phrase, "the day Fiat" was the subject and the title "The day Fiat
  // announced it had reached an agreement" a noun phrase with no main clause: `time-noun-before-relative-subject`.
  // Only "the", "that" or "this" and a lower-case time noun before a capitalised name with a verb after it.)
  if (timeNounBeforeRelativeSubject(t, s, j, phraseStart)) return false;
  // "was announced in 2007 BP set ...": a year that starts a phrase ends before a name.
  if (prev === phraseStart && t.tag[prev] === 'NUM' && /^(?:1[89]|20)\d\d$/.test(t.norm[prev]) && tag === 'PROPN') return false;
  // "signed an executive order last week establishing ...", "lowered the cap onto the geyser Thursday night": a
  // time written after a noun is an adverbial of the clause, not part of the noun's phrase.
  if ((isNoun(t, prev) || (t.tag[prev] === 'ADJ' && j > phraseStart + 1)) && j > phraseStart && startsTimeAfterNoun(t, j, s)) return false;
  // "a record $17bn (£11bn) loss": an amount's conversion in brackets, then the noun the amount qualifies.
  // ("thread a 6in-wide (15cm) tube": a measure written as a hyphened modifier, "6in-wide", is such an amount too;
  // the phrase ended at "a 6in-wide" and the title lost its object: `measure-conversion-in-brackets`.)
  const measureBefore =
    prev - 3 >= phraseStart &&
    t.norm[prev - 1] === '-' &&
    (t.flags[prev] & Flag.GLUED) !== 0 &&
    (t.flags[prev - 2] & Flag.GLUED) !== 0 &&
    t.tag[prev - 3] === 'NUM';
  const amountBefore = t.tag[prev] === 'NUM' || (t.tag[prev] === 'NOUN' && prev > phraseStart && t.tag[prev - 1] === 'NUM') || measureBefore;
  if (t.norm[j] === '(' && amountBefore) {
    let k = j + 1;
    while (k < s.tokenEnd && k < j + 6 && t.norm[k] !== ')') k++;
    if (k < j + 6 && t.norm[k] === ')' && k + 1 < s.tokenEnd && t.tag[k + 1] === 'NOUN') return true;
  }
  if (t.norm[j] === '(' && shortNameInBrackets(t, j, s)) return true;
  if (coordinateAdjectivesComma(t, j, s, phraseStart)) return true;
  let open = j - 1;
  while (open > phraseStart && t.norm[open] !== '(' && t.norm[open] !== ')') open--;
  if (open > phraseStart && t.norm[open] === '(')
    return t.tag[j] === 'NUM' || t.tag[j] === 'NOUN' || t.tag[j] === 'SYM' || t.norm[j] === ')' || (t.tag[j] === 'PROPN' && shortNameInBrackets(t, open, s));
  // "by 1.5%": the percent sign is its number's.
  if (t.norm[j] === '%' && t.tag[prev] === 'NUM') return true;
  // "its broken well", "the damaged rig": a participle between a determiner and its noun describes the noun.
  if (
    tag === 'VERB' &&
    j + 1 < s.tokenEnd &&
    isNoun(t, j + 1) &&
    (t.tag[prev] === 'DET' || POSSESSIVE_DETERMINERS.has(t.norm[prev])) &&
    /(?:ed|en)$/.test(t.norm[j])
  )
    return true;
  // "Apple introduced an iPod capable of displaying video": an adjective after its noun with its own complement
  // describes the noun from outside its phrase; in it, the phrase's head would be "capable".
  if (
    tag === 'ADJ' &&
    isNoun(t, prev) &&
    (t.flags[j] & Flag.CAPITALISED) === 0 &&
    j + 1 < s.tokenEnd &&
    (t.norm[j + 1] === 'of' || t.norm[j + 1] === 'to' || t.norm[j + 1] === 'for')
  )
    return false;
  if (tag === 'NOUN' || tag === 'PROPN' || tag === 'NUM' || tag === 'ADJ') {
    // A personal pronoun is a phrase of its own: "told them Monday" is not "them Monday".
    if (t.tag[prev] === 'PRON' && !POSSESSIVE_DETERMINERS.has(t.norm[prev])) return false;
    return true;
  }
  if ((t.flags[j] & Flag.POSSESSIVE) !== 0) return j > phraseStart && (isNoun(t, prev) || t.tag[prev] === 'NUM' || t.tag[prev] === 'PRON');
  // ('Mr Dudley added that such a "perfect case" was threatened by the hurricane season': "such" before "a" is the
  // phrase's; left out, the title said "a perfect case" as if any: `such-a-in-phrase`.)
  if (tag === 'DET' && prev === phraseStart && t.norm[prev] === 'such' && (t.norm[j] === 'a' || t.norm[j] === 'an')) return true;
  if (tag === 'DET') return (t.flags[prev] & Flag.POSSESSIVE) !== 0 || (NAME_BRIDGES.has(t.norm[prev]) && t.tag[prev] !== 'DET');
  if (tag === 'PRON') return (t.flags[prev] & Flag.POSSESSIVE) !== 0 && POSSESSIVE_DETERMINERS.has(t.norm[j]);
  // ("BP's $20bn fund", "a further $87m".)
  if (tag === 'SYM' && CURRENCY_SYMBOLS.has(t.norm[j]))
    return (
      j + 1 < s.tokenEnd &&
      t.tag[j + 1] === 'NUM' &&
      ((t.flags[prev] & Flag.POSSESSIVE) !== 0 ||
        t.tag[prev] === 'DET' ||
        t.tag[prev] === 'ADJ' ||
        // ("a record $17bn loss"; not "had cost the company $350m", two objects: after "the" a noun is the phrase's head.)
        (t.tag[prev] === 'NOUN' && j - 1 > phraseStart && t.norm[j - 2] !== 'the'))
    );
  // ("Sales of 8-mm video camera/recorders totalled 300,000 units": a slash glued between two nouns
  // joins them in one phrase; split there, the subject was "recorders" and the title "Camera/recorders totalled".)
  if (t.norm[j] === '/' && (t.flags[j] & Flag.GLUED) !== 0 && isNoun(t, prev))
    return j + 1 < s.tokenEnd && (t.flags[j + 1] & Flag.GLUED) !== 0 && isNoun(t, j + 1);
  if (t.norm[prev] === '/' && (t.flags[prev] & Flag.GLUED) !== 0 && (t.flags[j] & Flag.GLUED) !== 0 && prev - 1 >= phraseStart) return isNoun(t, j);
  if (isHyphen(t, j)) return j + 1 < s.tokenEnd && (t.flags[j + 1] & Flag.GLUED) !== 0 && /^[\p{L}\p{N}]/u.test(t.norm[j + 1]);
  // "11-year-old", "oil-hit areas": any word after a hyphen glued between two words.
  if (isHyphen(t, prev) && prev - 1 >= phraseStart && t.tag[prev - 1] !== 'PUNCT') return /^[\p{L}\p{N}]/u.test(t.norm[j]);
  if (tag === 'ADV') return j + 1 < s.tokenEnd && t.tag[j + 1] === 'ADJ' && j + 2 < s.tokenEnd && isNoun(t, j + 2);
  if (NAME_BRIDGES.has(t.norm[j]) && isNameToken(t, prev, s)) {
    let k = j + 1;
    if (k < s.tokenEnd && t.norm[k] === 'the') k++;
    // `two-particle-name`: "Garcia and Mexican President Miguel de la Madrid issued a joint declaration" (Reuters,
    // 26 March 1987): a second lower-case particle ("de la", "van der") still bridges to the name's last word; the
    // phrase stopped at "de", the subject became "la Madrid" and the actor Spain.
    else if (k + 1 < s.tokenEnd && t.norm[j] !== 'of' && t.norm[j] !== '&' && NAME_PARTICLES.has(t.norm[k]) && (t.flags[k] & Flag.CAPITALISED) === 0) k++;
    return k < s.tokenEnd && isNameToken(t, k, s) && (t.flags[k] & Flag.CAPITALISED) !== 0;
  }
  return false;
}

/**
 * `coordinate-adjectives-comma`: "The administration issued a new, more limited ban today" (the Guardian, 13 July
 * 2010): a comma between two adjectives of one noun, after its determiner and before the noun, is inside the phrase.
 * Cut there, the object was "a new" and the clause made no event (title-cut-inside-phrase). Only a determiner or a
 * possessive determiner with adjectives (and an adverb of degree) before the comma, then adjectives and the noun after
 * it, with no verb after the noun: "BP was the largest, federal officials said" is two phrases.
 */
function coordinateAdjectivesComma(t: TokenTable, j: number, s: SentenceSpan, phraseStart: number): boolean {
  if (t.norm[j] !== ',' || j - 1 <= phraseStart || t.tag[j - 1] !== 'ADJ' || (t.flags[j - 1] & Flag.CAPITALISED) !== 0) return false;
  if (t.tag[phraseStart] !== 'DET' && !POSSESSIVE_DETERMINERS.has(t.norm[phraseStart])) return false;
  for (let i = phraseStart + 1; i < j; i++) if (t.tag[i] !== 'ADJ' && t.tag[i] !== 'ADV') return false;
  let k = j + 1;
  if (k < s.tokenEnd && t.tag[k] === 'ADV' && (t.flags[k] & Flag.CAPITALISED) === 0) k++;
  const firstAdjective = k;
  while (k < s.tokenEnd && t.tag[k] === 'ADJ' && (t.flags[k] & Flag.CAPITALISED) === 0) k++;
  if (k === firstAdjective || k >= s.tokenEnd || t.tag[k] !== 'NOUN') return false;
  while (k < s.tokenEnd && t.tag[k] === 'NOUN') k++;
  return k >= s.tokenEnd || (t.tag[k] !== 'VERB' && t.tag[k] !== 'AUX');
}

const isQuoteMark = (t: TokenTable, i: number) => (t.flags[i] & Flag.QUOTE) !== 0;
/** A word that may stand in a quoted name inside a phrase: "top", "kill", "junk", "shot", "Big Bertha", "bottom-kill". */
const QUOTED_NAME_TAGS = new Set(['NOUN', 'PROPN', 'ADJ', 'NUM']);
const quotedNameWord = (t: TokenTable, i: number) => QUOTED_NAME_TAGS.has(t.tag[i]) || (isHyphen(t, i) && (t.flags[i + 1] & Flag.GLUED) !== 0);

/**
 * `quoted-words-in-phrase` (see continuesPhrase): at an opening quote, whether the words up to its closing quote (one
 * to four, nouns, adjectives, names, numbers) go into the phrase; at that closing quote, true; right after it, only a
 * noun goes on ('the "top kill" operation'; not 'a "static kill" last week'). null elsewhere: the other rules decide.
 */
function quotedWordsAt(t: TokenTable, j: number, s: SentenceSpan, phraseStart: number): boolean | null {
  const prev = j - 1;
  if (isQuoteMark(t, j) && (t.flags[j] & Flag.OPENING) !== 0) {
    // After "the", "a", "its", an adjective, a number or a compound ("so-called"), not after a noun: 'the company
    // "killed" the well', 'BP "top kill"' are no one phrase.
    const before = t.tag[prev] === 'DET' || t.tag[prev] === 'ADJ' || t.tag[prev] === 'NUM' || POSSESSIVE_DETERMINERS.has(t.norm[prev]);
    const possessive = (t.flags[prev] & Flag.POSSESSIVE) !== 0;
    const compound = prev - 2 >= phraseStart && isHyphen(t, prev - 1);
    if (!before && !possessive && !compound) return false;
    let k = j + 1;
    while (k < s.tokenEnd && k <= j + 5 && quotedNameWord(t, k)) k++;
    return k > j + 1 && k <= j + 5 && k < s.tokenEnd && isQuoteMark(t, k) && (t.flags[k] & Flag.CLOSING) !== 0 && t.norm[k] === t.norm[j];
  }
  if (isQuoteMark(t, j) && (t.flags[j] & Flag.CLOSING) !== 0) {
    let k = prev;
    while (k > phraseStart && quotedNameWord(t, k)) k--;
    return k > phraseStart && k < prev && isQuoteMark(t, k) && (t.flags[k] & Flag.OPENING) !== 0 && t.norm[k] === t.norm[j];
  }
  if (prev > phraseStart && isQuoteMark(t, prev) && (t.flags[prev] & Flag.CLOSING) !== 0 && quotedWordsAt(t, prev, s, phraseStart) === true)
    return t.tag[j] === 'NOUN' && !startsTimeAfterNoun(t, j, s) && !DEICTIC_TIMES.has(t.norm[j]);
  return null;
}

/**
 * "On 20 April, when the Deepwater Horizon rig exploded, the blowout preventer (BOP) device failed", "The swine flu
 * (H1N1) virus first emerged in Mexico in April": a short name in brackets (one token in capitals, or with a digit)
 * between a noun and a common noun is the name of the words before it, and the phrase goes on to its head after it;
 * cut at the bracket, the title kept only "Device failed", "Virus emerged in Mexico". The bracket
 * opens at `open`. Not before a verb, a name or a time, and only after a common noun: "the World Health Organization
 * (WHO) said", "Sustainable and Responsible Investment (SRI) funds" end at the bracket.
 */
export function shortNameInBrackets(t: TokenTable, open: number, s: SentenceSpan): boolean {
  const name = open + 1;
  if (t.norm[open] !== '(' || open <= s.tokenStart || name + 2 >= s.tokenEnd || t.norm[name + 1] !== ')') return false;
  if (t.tag[open - 1] !== 'NOUN' || (t.flags[open - 1] & Flag.CAPITALISED) !== 0) return false;
  if ((t.flags[name] & Flag.CAPITALISED) === 0 || ((t.flags[name] & Flag.ALL_CAPS) === 0 && !/\d/.test(t.norm[name]))) return false;
  const after = name + 2;
  // ("The Health Protection Agency (HPA) today announced": a time, or a verb read as a noun, is no head.)
  return t.tag[after] === 'NOUN' && (t.flags[after] & Flag.CAPITALISED) === 0 && !DEICTIC_TIMES.has(t.norm[after]) && !/ed$/.test(t.norm[after]);
}

/** "last week", "next month", "Thursday night", "early Friday": a time that starts at token j. */
function startsTimeAfterNoun(t: TokenTable, j: number, s: SentenceSpan): boolean {
  const next = j + 1 < s.tokenEnd ? j + 1 : -1;
  if (isCalendarWord(t, j)) return WEEKDAY_WORDS.has(t.norm[j].replace(/\.$/, '')) || (next >= 0 && t.tag[next] === 'NUM');
  // ("he joined the board of BP 18 months ago": a count of time units before "ago" or "later" is a time of its own,
  // not "BP 18 months".)
  if (t.tag[j] === 'NUM' && next >= 0 && TIME_NOUNS.has(t.norm[next]) && next + 1 < s.tokenEnd && AGO_WORDS.has(t.norm[next + 1])) return true;
  // ("a study early last month": a shift of a shift.)
  let k = next;
  while (k >= 0 && k + 1 < s.tokenEnd && TIME_SHIFT_WORDS.has(t.norm[k])) k++;
  return k >= 0 && TIME_SHIFT_WORDS.has(t.norm[j]) && (TIME_NOUNS.has(t.norm[k]) || isCalendarWord(t, k));
}

const isHeadCandidate = (t: TokenTable, i: number) => isNoun(t, i) || t.tag[i] === 'NUM' || t.tag[i] === 'PRON';

function emptyPhrase(start: number, end: number): NounPhrase {
  return {
    start,
    end,
    head: end - 1,
    determiner: -1,
    possessor: null,
    modifiers: [],
    names: [],
    properName: null,
    conjuncts: [],
    appositive: null,
    preposition: -1,
    temporal: false,
    pronoun: false,
    adjectival: false,
    rules: [],
  };
}

/** One base phrase from tokens [start, end), with the possessor already found for it. */
function basePhrase(t: TokenTable, s: SentenceSpan, start: number, end: number, possessor: NounPhrase | null): NounPhrase {
  const np = emptyPhrase(possessor ? possessor.start : start, end);
  np.possessor = possessor;
  np.rules.push(possessor ? 'possessive-phrase' : 'base-phrase');
  let head = -1;
  for (let i = end - 1; i >= start && head < 0; i--) if (isHeadCandidate(t, i) && !isHyphen(t, i + 1 < end ? i + 1 : i)) head = i;
  if (head < 0) for (let i = end - 1; i >= start && head < 0; i--) if (!isHyphen(t, i) && t.tag[i] !== 'PUNCT') head = i;
  np.head = head < 0 ? end - 1 : head;
  // ("Iran announced tonight that its major offensive against Iraq in the Gulf war had ended" (Reuters, 26 February
  // 1987): the tagger read "offensive" as an adjective, and the phrase's head fell back on "its"; the title became "Iran
  // announced that its had ended". A possessive determiner is never the head of words after it: the last one is,
  // `head-after-possessive`.)
  if (np.head === start && end - start > 1 && t.tag[start] === 'PRON' && POSSESSIVE_DETERMINERS.has(t.norm[start])) {
    for (let i = end - 1; i > start; i--)
      if (!isHyphen(t, i) && t.tag[i] !== 'PUNCT') {
        np.head = i;
        np.rules.push('head-after-possessive');
        break;
      }
  }
  if (t.tag[start] === 'DET' || (t.tag[start] === 'PRON' && POSSESSIVE_DETERMINERS.has(t.norm[start]))) {
    if (start !== np.head) np.determiner = start;
  }
  for (let i = start; i < np.head; i++) if (i !== np.determiner && !isHyphen(t, i)) np.modifiers.push(i);
  if (np.head === start && end - start === 1 && t.tag[start] === 'PRON') np.pronoun = true;
  if (np.head === start && end - start === 1 && t.tag[start] === 'DET') np.pronoun = true; // "this", "all" standing alone
  // Proper-name runs.
  for (let i = start; i < end; i++) {
    if (!isNameToken(t, i, s) || (i === start && t.tag[i] === 'DET')) continue;
    let j = i + 1;
    while (
      j < end &&
      (isNameToken(t, j, s) || (NAME_BRIDGES.has(t.norm[j]) && j + 1 < end) || (t.norm[j] === 'the' && j > i && NAME_BRIDGES.has(t.norm[j - 1])))
    )
      j++;
    while (j > i + 1 && !isNameToken(t, j - 1, s)) j--;
    np.names.push([i, j]);
    if (np.head >= i && np.head < j) np.properName = [i, j];
    i = j - 1;
  }
  np.temporal = isTemporal(t, start, end, np.head);
  np.adjectival = !possessor && np.determiner < 0 && (t.tag[np.head] === 'ADJ' || t.tag[np.head] === 'ADV');
  return np;
}

const YEAR = /^(?:1[89]|20)\d\d$/;
/** "Monday", "20 April", "April 20", "two days", "last week", "2010" — but not "An April 20 explosion", whose head is no time. */
function isTemporal(t: TokenTable, start: number, end: number, head: number): boolean {
  if (TIME_NOUNS.has(t.norm[head]) || isCalendarWord(t, head)) return true;
  if (t.tag[head] !== 'NUM') return false;
  if (end - start === 1) return YEAR.test(t.norm[start]);
  for (let i = start; i < end; i++) if (isCalendarWord(t, i)) return true;
  return false;
}

/**
 * The month and weekday names as sets: `word in MONTH_NAMES`, asked of most tokens, looked the word up as a property
 * of an object (slow for a string made on the spot, and true of "constructor").
 */
const MONTH_WORDS = new Set(Object.keys(MONTH_NAMES));
const WEEKDAY_WORDS = new Set(Object.keys(WEEKDAY_NAMES));

const isCalendarWord = (t: TokenTable, i: number) => {
  if ((t.flags[i] & Flag.CAPITALISED) === 0) return false;
  const w = t.norm[i].replace(/\.$/, '');
  return MONTH_WORDS.has(w) || WEEKDAY_WORDS.has(w);
};

/** Base phrases of a sentence, left to right, possessives folded in. */
function basePhrases(t: TokenTable, s: SentenceSpan): NounPhrase[] {
  const out: NounPhrase[] = [];
  let i = s.tokenStart;
  while (i < s.tokenEnd) {
    if (!opensPhrase(t, i, s)) {
      i++;
      continue;
    }
    // A personal pronoun is a phrase by itself.
    if (t.tag[i] === 'PRON' && !POSSESSIVE_DETERMINERS.has(t.norm[i])) {
      out.push(withPreposition(t, s, basePhrase(t, s, i, i + 1, null)));
      i++;
      continue;
    }
    let partStart = i;
    let possessor: NounPhrase | null = null;
    let j = i + 1;
    while (j < s.tokenEnd && continuesPhrase(t, j, s, partStart)) {
      if ((t.flags[j] & Flag.POSSESSIVE) !== 0) {
        possessor = basePhrase(t, s, partStart, j, possessor);
        possessor.end = j + 1; // the possessor owns its 's
        partStart = j + 1;
      }
      j++;
    }
    // A phrase does not end on a hyphen, a possessive or a bridge word.
    while (j > partStart + 1 && (isHyphen(t, j - 1) || NAME_BRIDGES.has(t.norm[j - 1]) || t.norm[j - 1] === 'the')) j--;
    // An article alone is no phrase ("the off shore oil rig" breaks after "the"); "this", "all", "both" are.
    if (j === partStart + 1 && !possessor && ARTICLES.has(t.norm[partStart])) {
      i = j;
      continue;
    }
    if (partStart >= j) {
      // "BP's" with nothing after it: the possessor is the phrase ("the rig was BP's").
      if (possessor) out.push(withPreposition(t, s, possessor));
      i = Math.max(j, i + 1);
      continue;
    }
    const rate = rateGoesOn(t, s, partStart, j);
    const np = basePhrase(t, s, partStart, rate ? rate.end : j, possessor);
    if (rate) np.rules.push(rate.rule);
    // ("Colombian exports other than coffee rose 55 pct in January" (Reuters, April 1987): "other than" and the phrase
    // after it are the noun's, which stays the head; cut at "than", "coffee" was the subject of "rose" and the title
    // "Coffee rose 55 pct": `other-than-in-phrase`.)
    const than = rate ? -1 : j;
    if (than > partStart + 1 && than + 1 < s.tokenEnd && t.norm[than] === 'than' && t.norm[than - 1] === 'other' && opensPhrase(t, than + 1, s)) {
      let k = than + 2;
      while (k < s.tokenEnd && continuesPhrase(t, k, s, than + 1)) k++;
      np.end = k;
      np.rules.push('other-than-in-phrase');
      j = k;
    }
    if (np.end === j && j < s.tokenEnd && timeNounBeforeRelativeSubject(t, s, j, partStart)) np.rules.push('time-noun-before-relative-subject');
    for (let k = partStart + 1; k < np.end; k++)
      if (isQuoteMark(t, k) && (t.flags[k] & Flag.OPENING) !== 0 && quotedWordsAt(t, k, s, partStart)) np.rules.push('quoted-words-in-phrase');
    if (t.norm[partStart] === 'such' && (t.norm[partStart + 1] === 'a' || t.norm[partStart + 1] === 'an')) np.rules.push('such-a-in-phrase');
    for (let k = partStart + 1; k < np.end; k++)
      if (coordinateAdjectivesComma(t, k, s, partStart)) {
        np.rules.push('coordinate-adjectives-comma');
        break;
      }
    out.push(withPreposition(t, s, np));
    i = rate ? rate.end : j;
  }
  return out;
}

/**
 * "a", "an" or "per" that makes a rate of the unit after an amount: "18 dlrs a barrel", "100 dlr a share", "15.8 mln
 * barrel per day". Read by `rateGoesOn` here, events/phrase-end.ts `figureEndsAt` and events/figure-scope.ts
 * `rateUnitSubject`. (events/levels.ts `rateAmount` reads "each" and "every" too, on purpose: it asks for a rate of
 * time, "barrels each day", not for the unit of an amount.)
 */
export const rateMarker = (word: string | undefined): boolean => word === 'a' || word === 'an' || word === 'per';

/**
 * Where a phrase that ends on an amount's unit goes on with a rate ("a"/"per" and its unit), the rate is the amount's:
 * - `rate-in-amount`: "The current benchmark price of 18 dlrs a barrel was established by the Organization of Petroleum
 *   Exporting Countries": cut at "a", "a barrel" was the phrase before the verb, and the title "A barrel was
 *   established" (Reuters first look); a unit of RATE_UNIT_NOUNS after "a" or "per" joins the amount.
 * - `rate-modifies-noun`: "when the cartel set a 15.8 mln barrel per day production ceiling": a rate of time with nouns
 *   after it modifies them; cut at "per", the title was "The cartel set a 15.8 mln barrel".
 * Null when the phrase does not end on a number's unit, or no rate follows.
 */
function rateGoesOn(t: TokenTable, s: SentenceSpan, start: number, end: number): { end: number; rule: string } | null {
  const unit = end - 1;
  if (end + 1 >= s.tokenEnd || t.tag[unit] !== 'NOUN') return null;
  // ("15.8 mln barrel": wire copy writes "mln" and "bln" for million and billion.)
  const scale = (w: string) => QUANTITY_NOUNS.has(w) || /^(?:mln|bln|mn|bn)$/.test(w);
  const counted = t.tag[unit - 1] === 'NUM' || (unit - 2 >= start && t.tag[unit - 2] === 'NUM' && scale(t.norm[unit - 1]));
  if (!counted || unit - 1 < start) return null;
  const by = t.norm[end];
  if (!rateMarker(by) || t.tag[end + 1] !== 'NOUN') return null;
  if (RATE_UNIT_NOUNS.has(t.norm[end + 1])) return { end: end + 2, rule: 'rate-in-amount' };
  if (!TIME_NOUNS.has(t.norm[end + 1]) || t.tag[end + 2] !== 'NOUN' || TIME_NOUNS.has(t.norm[end + 2])) return null;
  let k = end + 2;
  while (k < s.tokenEnd && t.tag[k] === 'NOUN') k++;
  return { end: k, rule: 'rate-modifies-noun' };
}

/**
 * "Drilling experts and corporate rivals testifying before a presidential oil spill commission blasted BP Tuesday":
 * after "testify" or "appear" (over adverbs), "before" names whom one stands in front of, a preposition even with a
 * verb after its phrase (read as a subordinator, "a presidential oil spill commission blasted BP" was a clause of its
 * own, and the title named the wrong agent): `before-a-body`.
 */
function beforeABody(t: TokenTable, s: SentenceSpan, before: number, np: NounPhrase): boolean {
  if (t.norm[before] !== 'before') return false;
  let k = before - 1;
  while (k > s.tokenStart && t.tag[k] === 'ADV') k--;
  if (k < s.tokenStart || (t.tag[k] !== 'VERB' && t.tag[k] !== 'AUX') || !BEFORE_A_BODY_VERBS.has(t.lemma[k])) return false;
  np.rules.push('before-a-body');
  return true;
}

function withPreposition(t: TokenTable, s: SentenceSpan, np: NounPhrase): NounPhrase {
  const before = np.start - 1;
  // wink tags "since", "after", "until" before a noun SCONJ as often as ADP: "since its launch in 2003".
  const preposition =
    t.tag[before] === 'ADP' || (t.norm[before] === 'to' && t.tag[before] === 'PART') || (t.tag[before] === 'SCONJ' && SUBORDINATORS.has(t.norm[before]));
  if (before < s.tokenStart || !preposition) return np;
  // "although none of the citizens had been diagnosed": a word that only ever opens clauses is no preposition.
  if (CLAUSE_ONLY_SUBORDINATORS.has(t.norm[before])) return np;
  // "After more work has been done", "since the well was capped": a subordinator before a subject and its verb is no preposition.
  if (SUBORDINATORS.has(t.norm[before]) && !beforeABody(t, s, before, np)) {
    // (over adverbs and prepositional phrases: "after an explosion there in April killed 11 people")
    if (verbFollows(t, s, np.end)) return np;
    if (closedAppositionThenVerb(t, s, np)) {
      np.rules.push('subordinator-over-apposition');
      return np;
    }
  }
  // "has infected at least two children", "has killed up to 60 people": "at least" and "up to" before an amount are
  // the amount's words, not a preposition (the phrase takes them: `approximate-amount`).
  const amount = (i: number) => t.tag[i] === 'NUM' || t.tag[i] === 'SYM';
  if (t.norm[before] === 'at' && /^(?:least|most)$/.test(t.norm[np.start]) && np.start + 1 < np.end && amount(np.start + 1)) {
    np.start = before;
    np.rules.push('approximate-amount');
    return np;
  }
  if (t.norm[before] === 'to' && before - 1 >= s.tokenStart && t.norm[before - 1] === 'up' && amount(np.start)) {
    np.start = before - 1;
    np.rules.push('approximate-amount');
    return np;
  }
  // ("In a 1918 flu pandemic between 40 million and 100 million people died": "between" before a range of amounts that a
  // verb follows is the amount's word, the subject's.)
  if (t.norm[before] === 'between' && amount(np.start) && t.norm[np.end] === 'and' && amount(np.end + 1)) {
    let k = np.end + 1;
    while (k < s.tokenEnd && PHRASE_TAGS.has(t.tag[k])) k++;
    if (verbFollows(t, s, k)) {
      np.start = before;
      np.rules.push('approximate-amount');
      return np;
    }
  }
  // "About a quarter of the oil", "costs about $500,000": an approximation before an amount, not a preposition.
  if (APPROXIMATORS.has(t.norm[before]) && (t.tag[np.start] === 'NUM' || t.tag[np.start] === 'SYM' || QUANTITY_NOUNS.has(t.norm[np.head]))) return np;
  np.preposition = before;
  return np;
}

const PHRASE_TAGS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM']);

const isComma = (t: TokenTable, i: number) => t.norm[i] === ',';
const isVerbal = (t: TokenTable, i: number) => t.tag[i] === 'VERB' || t.tag[i] === 'AUX';

/**
 * "until after Barack Obama, the US president, had visited the country on 16 April": a name that a description set off
 * by commas follows, then a verb, is the subject of the clause the subordinator opens (`subordinator-over-apposition`).
 * Only a name of proper nouns, and a description that starts with "the", "a" or an owner's name and has a noun, so that
 * "after the explosion, the rig, owned by Transocean, sank" keeps its preposition.
 */
function closedAppositionThenVerb(t: TokenTable, s: SentenceSpan, np: NounPhrase): boolean {
  for (let i = np.start; i < np.end; i++) if (t.tag[i] !== 'PROPN') return false;
  let k = np.end;
  if (k >= s.tokenEnd || !isComma(t, k)) return false;
  k++;
  const first = k;
  if (!(t.tag[first] === 'DET' || (t.flags[first] & Flag.POSSESSIVE) !== 0 || (t.tag[first] === 'PROPN' && (t.flags[first + 1] & Flag.POSSESSIVE) !== 0)))
    return false;
  let noun = false;
  for (; k < s.tokenEnd && (PHRASE_TAGS.has(t.tag[k]) || (t.flags[k] & Flag.POSSESSIVE) !== 0); k++) if (t.tag[k] === 'NOUN') noun = true;
  return noun && k < s.tokenEnd && isComma(t, k) && verbFollows(t, s, k + 1);
}

/** Is there a verb of the same clause before token i? (Scans back to a clause opener or strong punctuation.) */
function verbBefore(t: TokenTable, s: SentenceSpan, i: number): boolean {
  for (let k = i - 1; k >= s.tokenStart; k--) {
    const w = t.norm[k];
    if (w === ';' || w === ':' || RELATIVE_WORDS.has(w) || SUBORDINATORS.has(w) || (t.flags[k] & Flag.QUOTE) !== 0) return false;
    if (isVerbal(t, k)) return true;
  }
  return false;
}

/**
 * Does a "both" (for "and") or "either" (for "or") open a pair before token i, with a verb between it and i: the
 * first half of the pair has a clause hanging on it ("both a blast that killed 15 workers"), so the next "and" or
 * "or" closes the pair. Stops at a coordinator of the same kind that already closed it.
 */
function pairOpensBefore(t: TokenTable, s: SentenceSpan, i: number, coordinator: string): boolean {
  const opener = coordinator === 'and' ? 'both' : coordinator === 'or' ? 'either' : '';
  if (!opener) return false;
  let verb = false;
  for (let k = i - 1; k >= s.tokenStart; k--) {
    const w = t.norm[k];
    if (w === coordinator || w === ';' || w === ':') return false;
    // ("The companies both denied the claims and the charges": a "both" before a verb floats off its subject; no pair.)
    if (w === opener) return verb && k + 1 < i && !isVerbal(t, k + 1) && t.tag[k + 1] !== 'ADV' && t.tag[k + 1] !== 'ADP';
    if (isVerbal(t, k)) verb = true;
  }
  return false;
}

/** Does "the day" (phraseStart, j - 1) end before the name at j that opens its relative clause ("the day Fiat announced")? */
function timeNounBeforeRelativeSubject(t: TokenTable, s: SentenceSpan, j: number, phraseStart: number): boolean {
  const prev = j - 1;
  return (
    (t.tag[j] === 'PROPN' || (t.flags[j] & Flag.CAPITALISED) !== 0) &&
    prev === phraseStart + 1 &&
    /^(?:the|that|this)$/.test(t.norm[phraseStart]) &&
    TIME_NOUNS.has(t.norm[prev]) &&
    (t.flags[prev] & Flag.CAPITALISED) === 0 &&
    nameThenVerb(t, s, j)
  );
}

/** A run of capitalised words from token j, then a verb ("Fiat announced", "BP Plc said"). */
function nameThenVerb(t: TokenTable, s: SentenceSpan, j: number): boolean {
  let k = j;
  while (k < s.tokenEnd && k < j + 6 && (t.tag[k] === 'PROPN' || (t.flags[k] & Flag.CAPITALISED) !== 0) && t.tag[k] !== 'VERB' && t.tag[k] !== 'AUX') k++;
  return k > j && k < s.tokenEnd && (t.tag[k] === 'VERB' || t.tag[k] === 'AUX');
}

/** Is token i, after optional adverbs, a verb? */
/** One common noun alone, no determiner, number, owner or modifier: "crane", "cable". */
const isBareNoun = (t: TokenTable, np: NounPhrase) => np.end - np.start === 1 && np.head === np.start && t.tag[np.head] === 'NOUN' && !np.temporal;

function verbFollows(t: TokenTable, s: SentenceSpan, i: number): boolean {
  const k = afterPhrases(t, s, i);
  return k < s.tokenEnd && isVerbal(t, k);
}

/** The first token from i on past adverbs and prepositional phrases ("the risk of a major oil spill loomed" → "loomed"). */
function afterPhrases(t: TokenTable, s: SentenceSpan, i: number): number {
  let k = i;
  for (;;) {
    if (k < s.tokenEnd && (t.tag[k] === 'ADV' || t.norm[k] === 'there' || t.norm[k] === 'here')) k++;
    else if (k + 1 < s.tokenEnd && t.tag[k] === 'ADP' && PHRASE_TAGS.has(t.tag[k + 1])) {
      k++;
      while (k < s.tokenEnd && (PHRASE_TAGS.has(t.tag[k]) || (t.flags[k] & Flag.POSSESSIVE) !== 0)) k++;
    } else return k;
  }
}

/** "Tony Hayward, BP's chief executive, said": a name and a description of it, set off by commas. */
function appositionAt(t: TokenTable, s: SentenceSpan, phrases: NounPhrase[], k: number): boolean {
  const a = phrases[k];
  const b = phrases[k + 1];
  if (!b || b.start !== a.end + 1 || !isComma(t, a.end)) return false;
  if (a.temporal || b.temporal || a.pronoun || b.pronoun || b.preposition >= 0) return false;
  // "Joseph Domenech, the chief veterinary officer at the U.N. Food and Agriculture Organisation, told": the
  // description may carry prepositional phrases before its closing comma.
  let after = b.end;
  for (let q = k + 2; q < phrases.length && b.properName === null; q++) {
    const c = phrases[q];
    const joined = c.start === after + 1 && (c.preposition === after || /^(?:and|or|&)$/.test(t.norm[after]));
    if (!joined) break;
    after = c.end;
  }
  const closes = after >= s.tokenEnd || isComma(t, after) || t.tag[after] === 'PUNCT';
  if (!closes) return false;
  // A list, not an apposition: "BP, Transocean and Halliburton", "BP, Transocean, Halliburton and Cameron".
  if (after < s.tokenEnd && isComma(t, after)) {
    const c = phrases[k + 2];
    if (c && c.start === after + 1 && c.end < s.tokenEnd && (isComma(t, c.end) || COORDINATORS.has(t.norm[c.end]))) return false;
    if (after + 1 < s.tokenEnd && COORDINATORS.has(t.norm[after + 1]) && !verbBefore(t, s, a.start)) return false;
  }
  const named = (np: NounPhrase) => np.properName !== null;
  const described = (np: NounPhrase) => !named(np) || np.possessor !== null || np.determiner >= 0;
  return (named(a) && described(b)) || (described(a) && named(b) && b.possessor === null && b.determiner < 0);
}

/**
 * Does phrase m close a phrase put before its clause: the sentence opens on a preposition or subordinator, phrase m is
 * a preposition's phrase and no name, no verb comes before it, and after its comma come only names joined by commas
 * and one "and", then the verb ("Despite their different approaches to debt, Garcia and Mexican President Miguel de
 * la Madrid issued ...").
 */
function frontedPhraseEndsAt(t: TokenTable, s: SentenceSpan, phrases: NounPhrase[], m: number): boolean {
  const cur = phrases[m];
  if (cur.preposition < 0 || cur.properName !== null || cur.temporal) return false;
  const opener = t.tag[s.tokenStart];
  if ((opener !== 'ADP' && opener !== 'SCONJ') || verbBefore(t, s, cur.start)) return false;
  let q = m + 1;
  let sawAnd = false;
  for (;;) {
    const np = phrases[q];
    if (!np || np.properName === null || np.preposition >= 0) return false;
    const gap = np.end;
    if (sawAnd) return verbFollows(t, s, gap);
    const next = phrases[q + 1];
    if (!next) return false;
    if (t.norm[gap] === 'and' && next.start === gap + 1) sawAnd = true;
    else if (!(isComma(t, gap) && next.start === gap + 1)) return false;
    q++;
  }
}

/**
 * "An outbreak of severe acute respiratory syndrome, or SARS, which disrupted travel": after ", or" a single word in
 * capitals whose letters are the initials of the phrase's words, in order, is the phrase's short form, one thing named
 * twice, not a second member of a list. Read as a list, the title left the comma unclosed ("Severe acute respiratory
 * syndrome, or SARS disrupted travel"). Function words ("of", "and") may give no letter.
 */
function acronymAfterOr(t: TokenTable, s: SentenceSpan, a: NounPhrase, b: NounPhrase): boolean {
  if (b.preposition >= 0 || b.end - b.start !== 1 || !isComma(t, a.end) || t.norm[a.end + 1] !== 'or' || b.start !== a.end + 2) return false;
  const closes = b.end >= s.tokenEnd || isComma(t, b.end) || t.tag[b.end] === 'PUNCT';
  if (!closes || a.appositive || a.conjuncts.length || a.pronoun || a.temporal) return false;
  const short = t.text.slice(t.start[b.start], t.end[b.start]);
  if (!/^\p{Lu}{2,6}$/u.test(short)) return false;
  const words: string[] = [];
  for (let i = a.start; i < a.end; i++) if (i !== a.determiner && /^\p{L}/u.test(t.norm[i])) words.push(t.norm[i].toLowerCase());
  const letters = short.toLowerCase();
  // initials in order, each letter a word's first; "of", "and", "the", "for" may be passed over
  let w = 0;
  for (const ch of letters) {
    while (w < words.length && words[w][0] !== ch && /^(?:of|and|the|for|on|in)$/.test(words[w])) w++;
    if (w >= words.length || words[w][0] !== ch) return false;
    w++;
  }
  return w === words.length;
}

/** Folds appositions, then coordinations, into the phrases that hold them. */
function joinPhrases(t: TokenTable, s: SentenceSpan, base: NounPhrase[]): NounPhrase[] {
  const withAppositions: NounPhrase[] = [];
  for (let k = 0; k < base.length; k++) {
    // "Shares of Apple Inc. rose US $5.41 yesterday": a country's letters written before a currency sign are the
    // amount's ("US $5.41"), no phrase of their own ("rose US" was a title).
    const amount = base[k + 1];
    if (
      amount &&
      base[k].end - base[k].start === 1 &&
      base[k].preposition < 0 &&
      amount.start === base[k].end &&
      (t.flags[base[k].start] & Flag.CAPITALISED) !== 0 &&
      CURRENCY_COUNTRY_PREFIXES.has(t.norm[base[k].start]) &&
      CURRENCY_SYMBOLS.has(t.norm[amount.start])
    ) {
      withAppositions.push({ ...amount, start: base[k].start, rules: [...amount.rules, 'currency-country-prefix'] });
      k++;
      continue;
    }
    if (base[k + 1] && acronymAfterOr(t, s, base[k], base[k + 1])) {
      const a = base[k];
      withAppositions.push({
        ...a,
        end: base[k + 1].end,
        appositive: base[k + 1],
        rules: [...a.rules, 'apposition', 'acronym-after-or', ...(isComma(t, base[k + 1].end) ? ['acronym-after-or:comma'] : [])],
      });
      k++;
      continue;
    }
    if (appositionAt(t, s, base, k)) {
      const a = base[k];
      const joined: NounPhrase = { ...a, end: base[k + 1].end, appositive: base[k + 1], rules: [...a.rules, 'apposition'] };
      withAppositions.push(joined);
      k++;
    } else withAppositions.push(base[k]);
  }
  const out: NounPhrase[] = [];
  for (let k = 0; k < withAppositions.length; k++) {
    const members = [withAppositions[k]];
    let m = k;
    let bareList = false;
    // NP (, NP)* ,? and|or NP
    while (m + 1 < withAppositions.length) {
      const cur = withAppositions[m];
      const next = withAppositions[m + 1];
      let g = cur.end;
      const comma = g < next.start && isComma(t, g);
      if (comma) g++;
      const coordinator = g < next.start && (t.norm[g] === 'and' || t.norm[g] === 'or') ? g : -1;
      if (coordinator >= 0) g++;
      if (g !== next.start || (!comma && coordinator < 0) || next.preposition >= 0 || next.pronoun !== cur.pronoun) break;
      // ("On Tuesday, BP and other oil industry executives traded blame in Congress": a time set off by its comma is
      // no member of the list of names after it; read as one list "Tuesday, BP and ... executives", the list was a
      // prepositional phrase and "traded" had no subject: `time-before-comma-not-in-list`.)
      if (coordinator < 0 && cur.temporal !== next.temporal) {
        next.rules = [...next.rules, 'time-before-comma-not-in-list'];
        break;
      }
      if (coordinator < 0) {
        // A bare comma continues a list only if an "and"/"or" closes it later: "BP, Transocean and Halliburton".
        let closes = false;
        for (let q = m + 1; q + 1 < withAppositions.length && !closes; q++) {
          const gap = t.norm[withAppositions[q].end] ?? '';
          if (gap === 'and' || gap === 'or') closes = withAppositions[q + 1].start <= withAppositions[q].end + 1;
          else if (gap === ',' && (t.norm[withAppositions[q].end + 1] === 'and' || t.norm[withAppositions[q].end + 1] === 'or')) closes = true;
          else if (gap !== ',') break;
        }
        if (!closes) break;
      }
      // "BP blamed Transocean and Halliburton denied it": clauses, not a coordinated object. In a prepositional phrase
      // on a noun the verb after belongs to that noun: "a committee of scientists and engineers would monitor"; on a
      // verb it does not: "hopes dimmed for 11 missing workers and the risk of a major oil spill loomed".
      // ("which blew out at 100,000 barrels per day, and the Wild Mary well, which spewed out of control": the unit of a
      // rate is no member of a list.)
      if (members.length === 1 && cur.preposition >= 0 && t.norm[cur.preposition] === 'per') break;
      // ("killed 15 workers and oil and gas leaks in Alaska": a second "and" right after the member joins it to the
      // words after, "oil and gas leaks"; "15 workers and oil" is no list.)
      if (coordinator >= 0 && members.length === 1 && isBareNoun(t, next) && (t.norm[next.end] === 'and' || t.norm[next.end] === 'or')) break;
      // ("an outbreak of bubonic plague in the coastal town of Tubruq, and the World Health Organization was sending a
      // team": after ", and" a member with its own determiner and a verb after it is a new clause's subject, even in a
      // noun's phrase: `new-subject-after-comma-and`.)
      // ('US President Barack Obama hailed the move as a "positive sign", and BP\'s shares rallied in early trading': a
      // first member that ends on a closing quote mark, its quotation whole, is the end of a clause's phrase as well.)
      const quoteClosed = members[0].end - 1 > members[0].start && (t.flags[members[0].end - 1] & Flag.QUOTE) !== 0;
      if (
        comma &&
        coordinator >= 0 &&
        members.length === 1 &&
        (next.determiner >= 0 || (quoteClosed && next.possessor !== null)) &&
        (members[0].determiner < 0 || quoteClosed) &&
        verbFollows(t, s, next.end)
      )
        break;
      // ("regulators had blamed both a 2005 refinery blast that killed 15 workers and pipeline leaks in Alaska in 2006":
      // after "both" and a clause that hangs on its first member, the "and" is the pair's second half, not a list in
      // that clause; read as "15 workers and pipeline leaks", the blast killed the leaks: `correlative-pair-and`.)
      if (coordinator >= 0 && members.length === 1 && pairOpensBefore(t, s, members[0].start, t.norm[coordinator])) {
        next.rules = [...next.rules, 'correlative-pair-and'];
        break;
      }
      // ("BP Plc.'s bought Amoco in 1998 and many current BP distributors used to be Amoco distributors": a time and a
      // thing are no list, and with a verb after the thing the "and" joins two clauses; read as "1998 and many current
      // BP distributors", "used" took its subject from the clause before: `time-and-thing-not-a-list`.)
      if (coordinator >= 0 && members.length === 1 && cur.temporal && !next.temporal && verbFollows(t, s, next.end)) {
        next.rules = [...next.rules, 'time-and-thing-not-a-list'];
        break;
      }
      // ("Despite their different approaches to debt, Garcia and Mexican President Miguel de la Madrid issued a joint
      // declaration" (Reuters, 26 March 1987): the comma closes a phrase put before the clause, and the names after it
      // are the clause's subject; read as one list "debt, Garcia and ... de la Madrid", the list was the preposition's
      // and "issued" had no subject: `fronted-phrase-comma-not-list`.)
      if (comma && coordinator < 0 && members.length === 1 && frontedPhraseEndsAt(t, s, withAppositions, m)) {
        next.rules = [...next.rules, 'fronted-phrase-comma-not-list'];
        break;
      }
      const ofNoun = members[0].preposition > s.tokenStart && !members[0].temporal && isNoun(t, members[0].preposition - 1);
      // ("the effort to lower it by crane and cable to the seafloor began": two bare nouns after one preposition are
      // its list, "by land and sea"; read apart, "cable" became the subject of "began": `bare-nouns-of-preposition`.)
      const bareNouns = coordinator >= 0 && members[0].preposition >= 0 && isBareNoun(t, members[0]) && isBareNoun(t, next);
      if (coordinator >= 0 && !ofNoun && verbFollows(t, s, next.end) && verbBefore(t, s, members[0].start)) {
        if (!bareNouns) break;
        bareList = true;
      }
      members.push(next);
      m++;
      if (coordinator >= 0) break;
    }
    if (members.length > 1) {
      const first = members[0];
      const last = members[members.length - 1];
      out.push({
        ...emptyPhrase(first.start, last.end),
        head: first.head,
        conjuncts: members,
        preposition: first.preposition,
        rules: bareList ? ['coordination', 'bare-nouns-of-preposition'] : ['coordination'],
      });
      k = m;
    } else out.push(withAppositions[k]);
  }
  return out;
}

/** Where a phrase starts with its preposition: "on Tuesday" from "on". */
export const phraseStart = (np: NounPhrase) => (np.preposition >= 0 ? np.preposition : np.start);

/** The noun phrases of one sentence, in order, none overlapping (appositions and coordinations hold their parts). */
export function nounPhrases(t: TokenTable, s: SentenceSpan): NounPhrase[] {
  return joinPhrases(t, s, basePhrases(t, s));
}
