/**
 * tag-repairs: corrections to wink's part-of-speech tags where news text misleads a tagger trained on full
 * sentences. Each repair is a named rule with the sentence that needed it, applied in the order of
 * TAG_REPAIRS, one sentence at a time, and every change is recorded (token, old tag, new tag, rule), as
 * compromise's post-tagger does.
 */
import {
  ADJECTIVES_READ_AS_VERBS,
  ALWAYS_ADVERBS,
  ALWAYS_PREPOSITIONS,
  ASPECT_VERBS,
  AUXILIARY_WORDS,
  BARE_INFINITIVE_VERBS,
  COMPASS_WORDS,
  DEICTIC_TIMES,
  FEELING_PARTICIPLES,
  IRREGULAR_VERBS,
  MANDATIVE_VERBS,
  NAME_BRIDGES,
  NOUNS_READ_AS_ADJECTIVES,
  OBJECT_STATE_COMPLEMENT_VERBS,
  POSSESSIVE_DETERMINERS,
  TIME_NOUNS,
  TIME_WORDS_AFTER_VERB,
  TRADE_ING_NOUNS,
  WELL_COMPOUND_NOUNS,
} from '../lexicon/grammar';
import { LEGAL_SUFFIXES, PERSON_TITLE_HEADS } from '../lexicon/actors';
import { COUNTRIES } from '../lexicon/countries';
import { MONTH_ABBREVIATION_PATTERN, MONTH_NAMES, WEEKDAY_ABBREVIATION_PATTERN, WEEKDAY_NAMES } from '../lexicon/time';
import type { SentenceSpan } from './sentences';
import { Flag, type Tag, type TokenTable, tokenText } from './tokens';
import { canBeTagged } from './wink';

/** A word that begins as a weekday's or a month's name does: "Tues", "Sept.", "January". */
const DAY_OR_MONTH_START = new RegExp(`^(?:${WEEKDAY_ABBREVIATION_PATTERN}|${MONTH_ABBREVIATION_PATTERN})`, 'i');
/** A word that begins as a month's name does. */
const MONTH_START = new RegExp(`^(?:${MONTH_ABBREVIATION_PATTERN})`);

/** Past participles spelt as their base: "cost", "cut", "hit", "put", "set", "spread". */
const BASE_PARTICIPLES = new Set(IRREGULAR_VERBS.filter(([base, , participle]) => participle.split('/').includes(base)).map(([base]) => base));

/** Irregular past forms that are no participle ("began", "sank", "took"): a finite verb, never a noun's modifier. */
const PAST_ONLY_FORMS = new Set(IRREGULAR_VERBS.flatMap(([, past, participle]) => past.split('/').filter((p) => !participle.split('/').includes(p))));

export interface Retag {
  token: number;
  from: Tag;
  to: Tag;
  rule: string;
}

export interface TagRepair {
  name: string;
  why: string;
  /** `lemma`: the word's lemma under its new tag, when it differs ("dimmed" read as a noun had the lemma "dimmed"; as a verb, "dim"). */
  apply(t: TokenTable, s: SentenceSpan, retag: (i: number, to: Tag, lemma?: string) => void): void;
}

/** "its", "their": a pronoun that stands as a determiner. */
const isPossessivePronoun = (t: TokenTable, i: number) => t.tag[i] === 'PRON' && POSSESSIVE_DETERMINERS.has(t.norm[i]);

/** An article: "the", "a", "an". */
const isArticle = (t: TokenTable, i: number) => t.tag[i] === 'DET' && /^(?:the|a|an)$/.test(t.norm[i]);

/** "the", "a", "an" or a possessive pronoun: a phrase no noun or adjective stands right before without a verb. */
const opensDeterminedPhrase = (t: TokenTable, i: number) => isArticle(t, i) || isPossessivePronoun(t, i);

/** Opens a noun phrase: a determiner, a possessive pronoun or a possessive 's. */
function opensNounPhrase(t: TokenTable, i: number): boolean {
  if (t.tag[i] === 'DET') return true;
  if (isPossessivePronoun(t, i)) return true;
  return (t.flags[i] & Flag.POSSESSIVE) !== 0;
}

/** A word joined to the one before by a hyphen: the "sea" of "deep-sea", the "old" of "11-year-old". */
const hyphenJoined = (t: TokenTable, i: number): boolean =>
  i >= 2 && t.norm[i - 1] === '-' && (t.flags[i] & Flag.GLUED) !== 0 && (t.flags[i - 1] & Flag.GLUED) !== 0;

/** Every country's demonym in lower case ("norwegian"): an adjective that stands before a noun. */
const DEMONYMS = new Set(COUNTRIES.flatMap((x) => x.demonyms.map((d) => d.toLowerCase())));

/** The units of a share figure, "20 pct": a figure an article or a possessive opens still wants its noun. */
const SHARE_UNITS = new Set(['pct', 'percent', '%']);

const NOMINAL = new Set<Tag>(['NOUN', 'PROPN', 'NUM', 'PRON']);
const isVerbal = (tag: Tag) => tag === 'VERB' || tag === 'AUX';

/** "visits" of "visit", "caps" of "cap", "pushes" of "push", "carries" of "carry". */
const isThirdPersonS = (lower: string, lemma: string) =>
  lower === `${lemma}s` || lower === `${lemma}es` || (lemma.endsWith('y') && lower === `${lemma.slice(0, -1)}ies`);

/** The verb an -ed or -ing word is made from, if any: "dimmed" → "dim", "raised" → "raise", "gushing" → "gush". */
function verbStem(word: string, suffix: 'ed' | 'ing'): string | null {
  const stem = word.slice(0, -suffix.length);
  if (stem.length < 2) return null;
  if (canBeTagged(stem, 'VERB')) return stem;
  if (canBeTagged(`${stem}e`, 'VERB')) return `${stem}e`;
  if (stem.length > 2 && stem.at(-1) === stem.at(-2) && canBeTagged(stem.slice(0, -1), 'VERB')) return stem.slice(0, -1);
  return null;
}

/** Is this -s word the third person of a verb? "caps" (cap), "means" (wink's noun lemma is "means"; the verb is "mean"). */
function sFormOfVerb(lower: string, lemma: string): boolean {
  if (isThirdPersonS(lower, lemma)) return canBeTagged(lemma, 'VERB');
  if (lower.endsWith('es') && canBeTagged(lower.slice(0, -2), 'VERB')) return true;
  return lower.endsWith('s') && canBeTagged(lower.slice(0, -1), 'VERB');
}

/** Opening quotes and brackets a sentence may start with before its first word. */
const OPENING_MARKS = /^["“‘'([]$/u;

/** A word written with a capital and small letters: "Ford", "United". */
const CAPITALISED_WORD = /^\p{Lu}\p{Ll}+$/u;

/**
 * The capitalised words from a sentence's first word on, when that word is a company's name's first word the tagger read
 * as a verb or an adjective: the name ends in a legal form ("Ford Motor Co said", not an -ed, -ing or -ly word:
 * "Troubled Continental Airlines Inc"), or the article writes it whole after a sentence's start ("the United Automobile
 * Workers union"). Returns the name's last token, or -1.
 */
function companyNameFromFirstWord(t: TokenTable, s: SentenceSpan, i: number): number {
  if (!CAPITALISED_WORD.test(tokenText(t, i)) || (t.tag[i] !== 'VERB' && t.tag[i] !== 'ADJ')) return -1;
  const lower = t.norm[i];
  if (['AUX', 'DET', 'PRON', 'ADP', 'SCONJ', 'CCONJ'].some((tag) => canBeTagged(lower, tag as Tag))) return -1;
  let k = i;
  while (k + 1 < s.tokenEnd && /^\p{Lu}/u.test(tokenText(t, k + 1)) && /^[ \t]+$/.test(t.text.slice(t.end[k], t.start[k + 1]))) k++;
  if (k === i) return -1;
  if (LEGAL_SUFFIXES.has(t.norm[k]) && CAPITALISED_WORD.test(tokenText(t, k)) && !/(?:ed|ing|ly)$/.test(lower)) return k;
  const whole = t.text.slice(t.start[i], t.end[k]);
  for (let at = t.text.indexOf(whole); at >= 0; at = t.text.indexOf(whole, at + 1)) {
    if (at === t.start[i] || /[\p{L}\p{N}]/u.test(t.text[at + whole.length] ?? '') || /[\p{L}\p{N}]/u.test(t.text[at - 1] ?? '')) continue;
    // (after a sentence's start: a word written small before it, the name's own "the")
    if (/\p{Ll}[ \t]+$/u.test(t.text.slice(Math.max(0, at - 20), at))) return k;
  }
  return -1;
}

export const TAG_REPAIRS: readonly TagRepair[] = [
  {
    name: 'company-name-keeps-first-word',
    why:
      '"Ford Motor Co said it made 189,610 U.S. cars in March", "United Automobile Workers (UAW) president Owen Bieber ' +
      'was loudly cheered" (wire copy, 1987): wink tags a sentence\'s first word "Ford" a verb and "United" an adjective, ' +
      'the clause read "Ford" as its verb and the title named "Motor Co". A capitalised first word before capitalised ' +
      'words that end in a legal form ("Co", "Corp", "Inc"), or that the article writes whole after a small word, is a ' +
      "company's name's first word, a proper noun.",
    apply(t, s, retag) {
      let i = s.tokenStart;
      while (i < s.tokenEnd && OPENING_MARKS.test(tokenText(t, i))) i++;
      if (i >= s.tokenEnd) return;
      const k = companyNameFromFirstWord(t, s, i);
      if (k < 0) return;
      retag(i, 'PROPN');
      for (let j = i + 1; j <= k; j++) if (t.tag[j] !== 'PROPN' && t.tag[j] !== 'NOUN') retag(j, 'PROPN');
    },
  },
  {
    name: 'function-word-opens-company-name',
    why:
      '"Consolidated Grandview Inc said it acquired a 60 pct stake in All Ticket Group PLC" (wire copy, 1987): inside a ' +
      'sentence a function word has no capital of its own; "All" before capitalised words that end in a legal form is ' +
      'the firm\'s first word, a proper noun, not a determiner (the title read "a 60 pct stake in Ticket Group PLC"). ' +
      'Not an article ("the Limited Inc"); only after a word written small (no headline in title case).',
    apply(t, s, retag) {
      for (let i = s.tokenStart + 1; i + 2 < s.tokenEnd; i++) {
        if (!CAPITALISED_WORD.test(tokenText(t, i)) || t.tag[i] === 'PROPN' || ['the', 'a', 'an'].includes(t.norm[i])) continue;
        // (after a word written small, in running prose: not a headline written in title case, "Stake In All Ticket Group PLC")
        if (!/^\p{Ll}/u.test(tokenText(t, i - 1)) || !/^[ \t]+$/.test(t.text.slice(t.end[i - 1], t.start[i]))) continue;
        if (!['DET', 'PRON', 'ADP', 'SCONJ', 'CCONJ', 'AUX'].some((tag) => canBeTagged(t.norm[i], tag as Tag))) continue;
        let k = i;
        while (k + 1 < s.tokenEnd && /^\p{Lu}/u.test(tokenText(t, k + 1)) && /^[ \t]+$/.test(t.text.slice(t.end[k], t.start[k + 1]))) k++;
        if (k < i + 2 || !LEGAL_SUFFIXES.has(t.norm[k])) continue;
        retag(i, 'PROPN');
        for (let j = i + 1; j <= k; j++) if (t.tag[j] !== 'PROPN' && t.tag[j] !== 'NOUN') retag(j, 'PROPN');
        i = k;
      }
    },
  },
  {
    name: 'according-to',
    why: '"According to BP, the well was capped": "according" before "to" is part of a preposition, not a verb.',
    apply(t, s, retag) {
      for (let i = s.tokenStart; i + 1 < s.tokenEnd; i++) if (t.norm[i] === 'according' && t.norm[i + 1] === 'to') retag(i, 'ADP');
    },
  },
  {
    name: 'clock-time',
    why: '"WASHINGTON | Tue May 18, 2010 7:56 am EDT WASHINGTON (Reuters) -": "am" and "pm" after a time of day are not the verb "am".',
    apply(t, s, retag) {
      for (let i = s.tokenStart + 1; i < s.tokenEnd; i++)
        if (/^(?:am|pm|a\.m\.|p\.m\.)$/.test(t.norm[i]) && t.tag[i] !== 'NOUN' && /^\d{1,2}(?::\d\d)?$/.test(t.norm[i - 1])) retag(i, 'NOUN');
    },
  },
  {
    name: 'closed-class-adverb',
    why: '"The barge then traveled the Bayou Lafourche": "then", "now", "also", "still", "already" are adverbs, whatever wink says, unless a determiner makes them a noun.',
    apply(t, s, retag) {
      for (let i = s.tokenStart; i < s.tokenEnd; i++) {
        if (!ALWAYS_ADVERBS.has(t.norm[i]) || t.tag[i] === 'ADV' || (t.flags[i] & Flag.CAPITALISED) !== 0) continue;
        if (i > s.tokenStart && t.tag[i - 1] === 'DET') continue;
        if (t.tag[i] === 'NOUN' || t.tag[i] === 'ADJ' || t.tag[i] === 'PROPN') retag(i, 'ADV');
      }
    },
  },
  {
    name: 'closed-class-preposition',
    why: '"Ushahidi was built amidst the post-election violence in Kenya in 2008": "amid", "amidst", "despite", "via" are prepositions, whatever wink says (amidst/NOUN left the title "Ushahidi was built amidst"), unless capitalised in a name.',
    apply(t, s, retag) {
      for (let i = s.tokenStart; i < s.tokenEnd; i++)
        if (ALWAYS_PREPOSITIONS.has(t.norm[i]) && t.tag[i] !== 'ADP' && (t.flags[i] & Flag.CAPITALISED) === 0) retag(i, 'ADP');
    },
  },
  {
    name: 'compass-word-before-name',
    why: '"An explosion at a refinery in south Houston in 2005 killed 15 people": "south" before a place name after a preposition modifies it (wink: south/ADV), so "Houston" stays in the phrase of "in" and is no subject.',
    apply(t, s, retag) {
      for (let i = s.tokenStart + 1; i + 1 < s.tokenEnd; i++)
        if (COMPASS_WORDS.has(t.norm[i]) && t.tag[i - 1] === 'ADP' && t.tag[i + 1] === 'PROPN' && t.tag[i] !== 'ADJ') retag(i, 'ADJ');
    },
  },
  {
    name: 'capitalised-word-inside-name',
    why: '"pharmaceutical giants GlaxoSmithKline Plc and Roche Holding AG", "Defense Minister No Kwang Chol": a capitalised verb or determiner between two names is part of the name.',
    apply(t, s, retag) {
      for (let i = s.tokenStart + 1; i + 1 < s.tokenEnd; i++) {
        if ((t.flags[i] & Flag.CAPITALISED) === 0 || (t.flags[i] & Flag.LINE_START) !== 0 || t.tag[i - 1] !== 'PROPN' || t.tag[i + 1] !== 'PROPN') continue;
        // "Roche Holding AG"; "Defense Minister No Kwang Chol" (a name, not a negation).
        if (t.tag[i] === 'VERB' || t.tag[i] === 'DET') retag(i, 'PROPN');
      }
      // "Munich Re said": a capitalised word read as a contraction ("Re" as "'re") after a name is part of the name.
      for (let i = s.tokenStart + 1; i < s.tokenEnd; i++) {
        if (t.tag[i] !== 'AUX' || (t.flags[i] & Flag.CAPITALISED) === 0 || t.tag[i - 1] !== 'PROPN') continue;
        if (!AUXILIARY_WORDS.has(t.norm[i])) retag(i, 'PROPN');
      }
    },
  },
  {
    name: 'capitalised-verb-after-name-in-body',
    why:
      '"Merrill Lynch and Co Inc fired the head of the mergers department", "Merrill Lynch\'s statement at midday ' +
      'today said" (wire copy, 1987): wink tags "Lynch" a verb, the clause read "Merrill" as its subject and "Lynch" ' +
      'as its verb, and the title named "Co Inc". In a body sentence (one with a small-lettered verb or determiner, ' +
      'not a title-cased headline) no verb is written with a capital mid-sentence: a capitalised word read as a verb ' +
      "right after a name is the name's next word.",
    apply(t, s, retag) {
      let body = false;
      for (let i = s.tokenStart; i < s.tokenEnd && !body; i++)
        body = (t.flags[i] & Flag.CAPITALISED) === 0 && /^\p{Ll}/u.test(tokenText(t, i)) && (isVerbal(t.tag[i]) || t.tag[i] === 'DET');
      if (!body) return;
      for (let i = s.tokenStart + 1; i < s.tokenEnd; i++) {
        if (t.tag[i] !== 'VERB' || t.tag[i - 1] !== 'PROPN' || (t.flags[i] & Flag.LINE_START) !== 0) continue;
        if (!CAPITALISED_WORD.test(tokenText(t, i))) continue;
        // (Not before a colon, nor a comma and another capitalised word: "the governor's upcoming memoir, titled Real
        // Hope, Real Change: New Conservative Solutions to Rescue America, won't be released": a work's title in
        // capitals runs on past its commas, and read as a name cut at "Hope" it made a title of "titled Real Hope";
        // wink's verb keeps the clause set aside, title-cut:runs-into-verb. "acquired a controlling interest in F and M
        // Importing, divested the food business" goes on in small letters.)
        if (t.norm[i + 1] === ':' || (t.norm[i + 1] === ',' && /^\p{Lu}/u.test(tokenText(t, i + 2) ?? ''))) continue;
        retag(i, 'PROPN');
      }
    },
  },
  {
    name: 'modifier-inside-noun-phrase',
    why:
      'Between a determiner and its noun every word modifies the noun, yet wink tags some as adverbs or verbs: ' +
      '"the worst offshore oil spill" (worst/ADV offshore/ADV oil/VERB). A base-form word becomes a NOUN, an ' +
      '-ed or -ing form or an adverb an ADJ ("a leaked memo").',
    apply(t, s, retag) {
      for (let i = s.tokenStart; i < s.tokenEnd; i++) {
        // "over 170 reported cases", "11 injured workers": after a number, an -ed or -ing verb before a noun
        // modifies it; after a preposition, an -ed one does ("behind closed doors"; "by drilling wells" is a verb).
        // ("the total of confirmed H1N1 swine flu cases": a name after it too, but not a day: "as planned Tuesday".)
        const nameAfter = t.tag[i + 2] === 'PROPN' && !DAY_OR_MONTH_START.test(t.norm[i + 2] ?? '');
        if (i + 2 < s.tokenEnd && t.tag[i + 1] === 'VERB' && (t.tag[i + 2] === 'NOUN' || (t.tag[i] === 'ADP' && (t.tag[i + 2] === 'ADJ' || nameAfter)))) {
          const participle = /(?:ed|en)$/.test(t.norm[i + 1]);
          if (((t.tag[i] === 'NUM' || t.tag[i] === 'ADJ') && (participle || /ing$/.test(t.norm[i + 1]))) || (t.tag[i] === 'ADP' && participle)) {
            retag(i + 1, 'ADJ');
            continue;
          }
        }
        // "had shut down two offshore platforms": after a number, an adverb-tagged word that can be an adjective,
        // right before a noun, modifies it (else the object stops at "two").
        if (
          t.tag[i] === 'NUM' &&
          i + 2 < s.tokenEnd &&
          t.tag[i + 1] === 'ADV' &&
          t.tag[i + 2] === 'NOUN' &&
          !/ly$/.test(t.norm[i + 1]) &&
          canBeTagged(t.lemma[i + 1], 'ADJ')
        ) {
          retag(i + 1, 'ADJ');
          continue;
        }
        // "the increased potential", "the injured": a determiner is never followed by a finite verb.
        if (
          t.tag[i] === 'DET' &&
          !/^(?:that|which|what|whatever)$/.test(t.norm[i]) &&
          i + 1 < s.tokenEnd &&
          t.tag[i + 1] === 'VERB' &&
          /(?:ed|en|ing)$/.test(t.norm[i + 1])
        ) {
          retag(i + 1, 'ADJ');
          continue;
        }
        if (!opensNounPhrase(t, i)) continue;
        let j = i + 1;
        while (j < s.tokenEnd && (t.tag[j] === 'ADJ' || t.tag[j] === 'ADV' || t.tag[j] === 'VERB' || t.tag[j] === 'NUM' || t.norm[j] === '-')) j++;
        if (j >= s.tokenEnd || (t.tag[j] !== 'NOUN' && t.tag[j] !== 'PROPN')) continue;
        // ("The well began leaking oil into the Gulf": a past form that is no participle is the clause's verb, and the
        // phrase ends before it; read as modifiers, "The well began leaking oil" became a subject.)
        let finite = false;
        for (let k = i + 1; k < j; k++) if (t.tag[k] === 'VERB' && PAST_ONLY_FORMS.has(t.norm[k])) finite = true;
        if (finite) continue;
        // ("Standard & Poor's affirmed BP's credit rating": after an owner's 's, an -ed word before a name that
        // owns something in turn is the verb.)
        if ((t.flags[i] & Flag.POSSESSIVE) !== 0 && t.tag[j] === 'PROPN' && j + 1 < s.tokenEnd && (t.flags[j + 1] & Flag.POSSESSIVE) !== 0) continue;
        for (let k = i + 1; k < j; k++) {
          if (t.tag[k] === 'VERB') retag(k, /(?:ed|ing|en)$/.test(t.norm[k]) ? 'ADJ' : canBeTagged(t.lemma[k], 'NOUN') ? 'NOUN' : 'ADJ');
          else if (t.tag[k] === 'ADV' && !/ly$/.test(t.norm[k])) retag(k, canBeTagged(t.lemma[k], 'ADJ') ? 'ADJ' : 'NOUN');
        }
      }
    },
  },
  {
    name: 'finite-verb-after-year-of-subject',
    why:
      '"Exxon was originally assessed punitive damages of $5 billion but a US Supreme Court ruling in 2003 imposed limits on ' +
      'punitive damages": a year closing the "in" phrase of a noun phrase that opens a clause (after "but", "and" or the ' +
      "sentence start, no verb before it) is no count of what follows; the -ed word after it is that subject's verb. Read as " +
      'a modifier ("2003 imposed limits", as "170 reported cases"), the first clause ran on and took the ruling\'s year.',
    apply(t, s, retag) {
      for (let i = s.tokenStart + 4; i + 1 < s.tokenEnd; i++) {
        if (t.tag[i] !== 'ADJ' || !/ed$/.test(t.norm[i]) || !verbStem(t.norm[i], 'ed')) continue;
        if (t.tag[i + 1] !== 'NOUN' || t.norm[i - 2] !== 'in' || !/^(?:1[89]|20)\d\d$/.test(t.norm[i - 1])) continue;
        if (t.tag[i - 3] !== 'NOUN' && t.tag[i - 3] !== 'PROPN') continue;
        // Back to the clause's opening: a determiner opens the noun phrase, and no verb stands between it and the year.
        let k = i - 3;
        let determined = false;
        while (k > s.tokenStart && t.tag[k - 1] !== 'CCONJ' && !isVerbal(t.tag[k - 1]) && t.tag[k - 1] !== 'PUNCT' && t.tag[k - 1] !== 'ADP') {
          k--;
          if (opensNounPhrase(t, k)) determined = true;
        }
        if (determined && (k === s.tokenStart || t.tag[k - 1] === 'CCONJ')) retag(i, 'VERB', verbStem(t.norm[i], 'ed') ?? undefined);
      }
    },
  },
  {
    name: 'noun-read-as-adjective',
    why:
      '"The federal health ministry issued a nationwide alert on 22 April": wink tags "nationwide" ADV and "alert" ' +
      'ADJ, and the verb is left without its object. A word of NOUNS_READ_AS_ADJECTIVES that ends a phrase opened ' +
      'by a determiner or an owner (no noun after it) is its head noun, and the adverb-tagged words before it modify it.',
    apply(t, s, retag) {
      for (let i = s.tokenStart + 1; i < s.tokenEnd; i++) {
        if (t.tag[i] !== 'ADJ' || !NOUNS_READ_AS_ADJECTIVES.has(t.norm[i])) continue;
        const nextTag = i + 1 < s.tokenEnd ? t.tag[i + 1] : 'PUNCT';
        if (nextTag === 'NOUN' || nextTag === 'PROPN' || nextTag === 'ADJ' || nextTag === 'NUM') continue;
        let k = i;
        while (k > s.tokenStart && (t.tag[k - 1] === 'ADJ' || t.tag[k - 1] === 'ADV' || t.tag[k - 1] === 'NOUN') && !/ly$/.test(t.norm[k - 1])) k--;
        if (k <= s.tokenStart || !opensNounPhrase(t, k - 1)) continue;
        retag(i, 'NOUN');
        for (let m = k; m < i; m++) if (t.tag[m] === 'ADV') retag(m, canBeTagged(t.lemma[m], 'ADJ') ? 'ADJ' : 'NOUN');
      }
    },
  },
  {
    name: 'well-after-noun',
    why:
      '"BP Plc\'s stricken Gulf of Mexico oil well showed no signs of leaking": wink tags "well" ADV after "oil", and ' +
      'the subject loses its head ("oil showed no signs"). After a noun and before a verb, "well" is the noun.',
    apply(t, s, retag) {
      for (let i = s.tokenStart + 1; i + 1 < s.tokenEnd; i++)
        // (Not before an -ing word: "relief well drilling" is a compound whose parse the repair would change.)
        if (t.norm[i] === 'well' && t.tag[i] === 'ADV' && t.tag[i - 1] === 'NOUN' && isVerbal(t.tag[i + 1]) && !t.norm[i + 1].endsWith('ing')) retag(i, 'NOUN');
    },
  },
  {
    name: 'that-before-plural-noun',
    why:
      '"the National Wildlife Federation reported in August that cases of wildlife affected by oil ... appear to be ' +
      'increasing": "that" determines no plural noun; before one it opens a clause ("reported that cases affected by ' +
      'oil" was garbled).',
    apply(t, s, retag) {
      for (let i = s.tokenStart + 1; i + 1 < s.tokenEnd; i++)
        if (
          t.norm[i] === 'that' &&
          t.tag[i] === 'DET' &&
          t.tag[i + 1] === 'NOUN' &&
          t.norm[i + 1] !== t.lemma[i + 1] &&
          /s$/.test(t.norm[i + 1]) &&
          !/ss$/.test(t.norm[i + 1])
        )
          retag(i, 'SCONJ');
    },
  },
  {
    name: 'ed-word-after-preposition',
    why:
      '"Wright\'s Prize for distinguished performance at St John\'s College, Cambridge, 1957": no finite verb follows a ' +
      'preposition; an -ed word between one and a noun modifies the noun ("Wright\'s Prize distinguished performance" ' +
      'was read as a happening of 1957).',
    apply(t, s, retag) {
      for (let i = s.tokenStart + 1; i + 1 < s.tokenEnd; i++)
        if (t.tag[i] === 'VERB' && /ed$/.test(t.norm[i]) && /^(?:for|with|of)$/.test(t.norm[i - 1]) && t.tag[i + 1] === 'NOUN') retag(i, 'ADJ');
    },
  },
  {
    name: 'coordinated-ed-modifier',
    why:
      '"Two other major Marine bases ... reported no suspected or confirmed cases of swine flu": an -ed word joined by ' +
      '"or"/"and" to an adjective after a determiner, and followed by a noun, modifies that noun as its partner does; ' +
      'read as a verb, it made "Two other major Marine bases confirmed cases of swine flu", the opposite of the sentence.',
    apply(t, s, retag) {
      for (let i = s.tokenStart + 3; i + 1 < s.tokenEnd; i++)
        if (
          t.tag[i] === 'VERB' &&
          /ed$/.test(t.norm[i]) &&
          (t.norm[i - 1] === 'or' || t.norm[i - 1] === 'and') &&
          t.tag[i - 2] === 'ADJ' &&
          t.tag[i - 3] === 'DET' &&
          (t.tag[i + 1] === 'NOUN' || t.tag[i + 1] === 'ADJ')
        )
          retag(i, 'ADJ');
    },
  },
  {
    name: 'coordinated-ed-modifier-after-preposition',
    why:
      '"Main destinations for canned meat and cooked beef (bone in equivalent) in tonnes ... were: United States ...": an ' +
      '-ed word after "and"/"or" that joins an adjective and its noun after a preposition, followed by a noun, is that ' +
      "noun's modifier as its partner is, when no verb comes before it in the sentence to share a subject with; read " +
      'as a verb, it made "Main destinations cooked beef".',
    apply(t, s, retag) {
      for (let i = s.tokenStart + 4; i + 1 < s.tokenEnd; i++) {
        if (t.tag[i] !== 'VERB' || !/ed$/.test(t.norm[i]) || (t.norm[i - 1] !== 'or' && t.norm[i - 1] !== 'and')) continue;
        if (t.tag[i - 2] !== 'NOUN' || t.tag[i - 3] !== 'ADJ' || t.tag[i - 4] !== 'ADP' || t.tag[i + 1] !== 'NOUN') continue;
        let verbBefore = false;
        for (let k = s.tokenStart; k < i; k++) if (isVerbal(t.tag[k])) verbBefore = true;
        if (!verbBefore) retag(i, 'ADJ');
      }
    },
  },
  {
    name: 'well-after-determiner-before-time',
    why:
      '"BP placed a containment cap on the well last week": wink tags "well" ADJ after "the" when a time follows, and ' +
      'the phrase loses its head. After a determiner (and its adjectives or a hyphenated modifier: "intersected the blown-out ' +
      'well Thursday") and before a time word or punctuation, "well" is the noun.',
    apply(t, s, retag) {
      for (let i = s.tokenStart + 1; i < s.tokenEnd; i++) {
        if (t.norm[i] !== 'well' || (t.tag[i] !== 'ADJ' && t.tag[i] !== 'ADV')) continue;
        // ("The relief well intersected the blown-out well Thursday": past a hyphenated modifier, "blown - out", and
        // adjectives after the determiner too.)
        let d = i - 1;
        let compound = false;
        while (d - 2 >= s.tokenStart && (t.norm[d - 1] === '-' || t.norm[d - 1] === '–') && (t.flags[d] & Flag.GLUED) !== 0) {
          d -= 2;
          compound = true;
        }
        if (compound) d--;
        while (d > s.tokenStart && t.tag[d] === 'ADJ') d--;
        if (t.tag[d] !== 'DET' || /^(?:that|which|what)$/.test(t.norm[d])) continue;
        const next = i + 1 < s.tokenEnd ? t.norm[i + 1] : '.';
        if (
          t.tag[i + 1] === 'PUNCT'
            ? next !== '-' && next !== '–'
            : /^(?:last|this|next|early|earlier|late|later|yesterday|today|tonight|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|aug|sept|sep|oct|nov|dec)$/.test(
                next,
              )
        )
          retag(i, 'NOUN');
      }
    },
  },
  {
    name: 'adjective-read-as-verb-after-to',
    why:
      '"Quintana Roo on the Yucatan Peninsula, home to major tourist destinations like Cancun, also filed suit": wink ' +
      'reads "to major" as an infinitive; a word of ADJECTIVES_READ_AS_VERBS between "to" and a noun is its adjective.',
    apply(t, s, retag) {
      for (let i = s.tokenStart + 1; i + 1 < s.tokenEnd; i++)
        if (ADJECTIVES_READ_AS_VERBS.has(t.norm[i]) && t.tag[i] === 'VERB' && t.norm[i - 1] === 'to' && (t.tag[i + 1] === 'NOUN' || t.tag[i + 1] === 'PROPN')) {
          retag(i, 'ADJ');
          // ("returned to full force yesterday": the "to" is then a preposition, whose phrase completes the verb.)
          if (t.tag[i - 1] === 'PART') retag(i - 1, 'ADP');
        }
    },
  },
  {
    name: 'ed-adjective-after-to',
    why:
      '"but buyer resistance to fixed prices apparently cut February production": wink read "to fixed" as an infinitive, ' +
      'the subject of "cut" shrank to "prices" and the title said "Prices apparently cut production" (Reuters first ' +
      'look). An infinitive takes the base form: an inflected -ed word (its lemma another word) between "to" and a noun ' +
      'is the noun\'s adjective, and "to" a preposition.',
    apply(t, s, retag) {
      for (let i = s.tokenStart + 1; i + 1 < s.tokenEnd; i++) {
        if (t.tag[i] !== 'VERB' || t.norm[i - 1] !== 'to' || !/[a-z]ed$/.test(t.norm[i]) || !t.lemma[i] || t.lemma[i] === t.norm[i]) continue;
        if (t.tag[i + 1] !== 'NOUN' || !canBeTagged(t.norm[i], 'ADJ')) continue;
        retag(i, 'ADJ');
        if (t.tag[i - 1] === 'PART') retag(i - 1, 'ADP');
      }
    },
  },
  {
    name: 'name-particle-opens-name',
    why:
      '"During his visit, De Clercq has met top Chinese leaders": wink tags "De" X, the name ran from "Clercq" and the title ' +
      'read "Clercq has met top Chinese leaders" (Reuters first look). A particle of NAME_BRIDGES ("de", "van", "von", ' +
      '"al") that no name word comes before, right before a capitalised name word, opens that name.',
    apply(t, s, retag) {
      for (let i = s.tokenStart; i + 1 < s.tokenEnd; i++) {
        const w = t.norm[i];
        if (w === 'of' || w === '&' || !NAME_BRIDGES.has(w) || t.tag[i] === 'PROPN') continue;
        if (i > s.tokenStart && t.tag[i - 1] === 'PROPN') continue;
        if (t.tag[i + 1] === 'PROPN' && (t.flags[i + 1] & Flag.CAPITALISED) !== 0 && (t.flags[i + 1] & Flag.GLUED) === 0) retag(i, 'PROPN');
      }
    },
  },
  {
    name: 'name-particle-inside-name',
    why:
      '"Garcia and Mexican President Miguel de la Madrid issued a joint declaration yesterday" (Reuters, March 1987): wink ' +
      'tags "de" X, a foreign word, the name broke before it and the title read "La Madrid issued a joint declaration" ' +
      '(the judges: "garbled subject"). A particle of NAME_BRIDGES tagged X between two name words, or before another ' +
      'particle and a name word ("de la Madrid"), is a word of that name. So is one tagged a lower-case noun: "81 pct of ' +
      'the country\'s metal exports were channelled through Dar es Salaam last year" (Reuters, March 1987): wink tags "es" ' +
      'NOUN and the title read "were channelled through Salaam" (the judges: "place name cut").',
    apply(t, s, retag) {
      for (let i = s.tokenStart + 1; i + 1 < s.tokenEnd; i++) {
        const foreign = t.tag[i] === 'X' || (t.tag[i] === 'NOUN' && t.norm[i] !== 'of' && t.norm[i] !== '&' && (t.flags[i] & Flag.CAPITALISED) === 0);
        if (!foreign || !NAME_BRIDGES.has(t.norm[i]) || t.tag[i - 1] !== 'PROPN') continue;
        const next = NAME_BRIDGES.has(t.norm[i + 1]) && i + 2 < s.tokenEnd ? i + 2 : i + 1;
        if (t.tag[next] === 'PROPN' && (t.flags[next] & Flag.CAPITALISED) !== 0) {
          retag(i, 'PROPN');
          if (next === i + 2 && t.tag[i + 1] !== 'PROPN') retag(i + 1, 'PROPN');
        }
      }
    },
  },
  {
    name: 'as-opening-a-clause',
    why:
      '"Crude oil prices fell sharply last week as international oil traders and analysts estimated the 13-nation OPEC ' +
      'was pumping up to one million bpd over its self-imposed limits": wink tags "as" an adverb, the chunker ran ' +
      '"sharply last week as international oil traders" into one phrase, and the title ended "fell sharply as ' +
      'international oil traders" (Reuters first look). "as" before a noun phrase whose verb follows, with no second ' +
      '"as" of a comparison ("as many as", "as well as"), not after "such" nor right after a verb ("described as"), ' +
      'opens a clause: a subordinator.',
    apply(t, s, retag) {
      for (let i = s.tokenStart + 1; i + 2 < s.tokenEnd; i++) {
        // (Not right after a verb: "two 16-year-old boys described as military family members were treated".)
        if (t.norm[i] !== 'as' || t.tag[i] !== 'ADV' || t.norm[i - 1] === 'such' || isVerbal(t.tag[i - 1])) continue;
        if (!['ADJ', 'NOUN', 'PROPN', 'DET', 'NUM'].includes(t.tag[i + 1])) continue;
        if (t.norm[i + 2] === 'as' || t.norm[i + 3] === 'as') continue;
        let j = i + 1;
        let noun = false;
        while (j < s.tokenEnd && ['ADJ', 'NOUN', 'PROPN', 'DET', 'NUM', 'CCONJ'].includes(t.tag[j])) {
          if (t.tag[j] === 'NOUN' || t.tag[j] === 'PROPN') noun = true;
          j++;
        }
        if (noun && j < s.tokenEnd && isVerbal(t.tag[j])) retag(i, 'SCONJ');
      }
    },
  },
  {
    name: 'adjective-after-both-nouns-and',
    why:
      '"consumers had heavily drawn on stocks of both crude oil and refined products": "both" joins two of a kind, and ' +
      'after "both" and a noun phrase, "and" opens another; wink read "refined" as a verb, and the title said ' +
      '"Consumers refined products" (Reuters first look). An -ed word that can be an adjective, right after that "and" ' +
      "and before a noun, is the second phrase's adjective.",
    apply(t, s, retag) {
      for (let b = s.tokenStart; b + 4 < s.tokenEnd; b++) {
        if (t.norm[b] !== 'both' || (t.tag[b + 1] !== 'NOUN' && t.tag[b + 1] !== 'ADJ' && t.tag[b + 1] !== 'PROPN')) continue;
        let k = b + 1;
        while (k < s.tokenEnd && k < b + 6 && ['NOUN', 'ADJ', 'PROPN'].includes(t.tag[k])) k++;
        if (t.norm[k] !== 'and' || t.tag[k - 1] === 'ADJ') continue;
        const i = k + 1;
        if (i + 1 < s.tokenEnd && t.tag[i] === 'VERB' && t.norm[i].endsWith('ed') && canBeTagged(t.norm[i], 'ADJ') && t.tag[i + 1] === 'NOUN') retag(i, 'ADJ');
      }
    },
  },
  {
    name: 'noun-ending-a-noun-phrase',
    why:
      'A word right after a determiner or a hyphenated modifier, and followed by no other noun, is the head ' +
      'noun, though wink reads "well" as an adverb: "its deep-sea well in the Gulf of Mexico", "The well ' +
      'that BP capped". After a noun compound ("the relief well") the same holds when a verb, a preposition ' +
      'or a relative word follows, or the phrase is in a prepositional phrase; at the end of a clause it ' +
      'stays an adverb ("did the job well.").',
    apply(t, s, retag) {
      for (let i = s.tokenStart + 1; i < s.tokenEnd; i++) {
        // ("As a massive oil slick in the Gulf of Mexico threatened the U.S. coastline": wink tags "slick" ADJ after "oil",
        // and the subject became "a massive oil". An adjective-tagged word right after a noun, that can be a noun
        // itself, ends a compound the same way; only before a preposition or a verb, below.)
        const adjectiveAfterNoun = t.tag[i] === 'ADJ' && t.tag[i - 1] === 'NOUN' && !hyphenJoined(t, i - 1) && canBeTagged(t.norm[i], 'NOUN');
        if ((t.tag[i] !== 'ADV' && t.tag[i] !== 'VERB' && !adjectiveAfterNoun) || ALWAYS_ADVERBS.has(t.norm[i]) || /ly$/.test(t.norm[i])) continue;
        // Only a base form can be a noun ("the well", "oil"); "have both said" keeps its verb.
        if (t.tag[i] === 'VERB' && (t.lemma[i] !== t.norm[i] || /(?:ed|ing)$/.test(t.norm[i]))) continue;
        const next = i + 1 < s.tokenEnd ? i + 1 : -1;
        const nextTag = next >= 0 ? t.tag[next] : 'PUNCT';
        if (nextTag === 'NOUN' || nextTag === 'PROPN' || nextTag === 'ADJ' || nextTag === 'NUM') continue;
        // ("The World Health Organization last declared a pandemic 41 years ago": "last" before a verb is the adverb of
        // the previous time, not the end of the subject.)
        if (t.norm[i] === 'last' && (nextTag === 'VERB' || nextTag === 'AUX')) continue;
        // ("quarantine Hong Kong people who were exposed to the SARS virus back in 2003": "back" before a preposition and a
        // year or a month points back to that time, no noun of a compound "virus back".)
        if (
          t.norm[i] === 'back' &&
          nextTag === 'ADP' &&
          i + 2 < s.tokenEnd &&
          (t.tag[i + 2] === 'NUM' || TIME_NOUNS.has(t.norm[i + 2]) || MONTH_START.test(t.norm[i + 2]))
        )
          continue;
        // "how much oil is gushing from its ruptured well": an -ed or -ing word between the determiner and the noun
        // modifies it.
        if (
          i >= s.tokenStart + 2 &&
          t.tag[i - 1] === 'VERB' &&
          /(?:ed|ing)$/.test(t.norm[i - 1]) &&
          opensNounPhrase(t, i - 2) &&
          !(t.tag[i - 2] === 'DET' && /^(?:that|which|what)$/.test(t.norm[i - 2])) &&
          canBeTagged(t.lemma[i], 'NOUN')
        ) {
          retag(i - 1, 'ADJ');
          retag(i, 'NOUN');
          continue;
        }
        // Walk back over the modifiers to the determiner: "its deep-sea well", "an offshore rig", "the relief well"
        // (a name before it modifies it as an adjective would: "the Macondo well").
        let k = i;
        let compound = false;
        const ingModifiers: number[] = [];
        // `measure-before-noun`: "guided the 40ft (12m) funnel above the wellhead": a conversion in brackets after a
        // measure stands inside the phrase; "funnel" (wink: VERB) is its noun, not a verb of its own. "part of the
        // 75-tonne capping stack fixed on top": an -ing word after a hyphenated measure modifies the noun after it.
        const measure = (m: number) => m > s.tokenStart && t.tag[m] === 'NOUN' && t.tag[m - 1] === 'NUM' && (t.flags[m] & Flag.GLUED) !== 0;
        const pastMeasureAside = (at: number): number => {
          if (at - 1 > s.tokenStart && t.norm[at - 1] === ')') {
            let open = at - 2;
            while (open > s.tokenStart && open > at - 8 && t.norm[open] !== '(' && t.norm[open] !== ')') open--;
            if (t.norm[open] === '(' && measure(open - 1) && t.tag[open + 1] === 'NUM') return open;
          } else if (
            at - 2 > s.tokenStart &&
            t.tag[at - 1] === 'VERB' &&
            /ing$/.test(t.norm[at - 1]) &&
            hyphenJoined(t, at - 2) &&
            t.tag[at - 2] === 'NOUN' &&
            t.tag[at - 4] === 'NUM'
          ) {
            ingModifiers.push(at - 1);
            return at - 1;
          }
          return at;
        };
        k = pastMeasureAside(k);
        while (
          k > s.tokenStart &&
          (t.tag[k - 1] === 'ADJ' ||
            t.tag[k - 1] === 'ADV' ||
            t.tag[k - 1] === 'NUM' ||
            t.tag[k - 1] === 'NOUN' ||
            t.tag[k - 1] === 'PROPN' ||
            hyphenJoined(t, k - 1) ||
            t.norm[k - 1] === '-' ||
            // ("gushing out from a blown-out Gulf of Mexico well, doubling many estimates": the "of" inside a name; the
            // walk stopped there, and the phrase ended at "Mexico", the well unnamed. Only for an adverb-tagged word: "The
            // catastrophic spill in the Gulf of Mexico set off a backlash" keeps its verb.)
            (t.norm[k - 1] === 'of' && t.tag[i] === 'ADV' && k - 2 > s.tokenStart && t.tag[k - 2] === 'PROPN' && t.tag[k] === 'PROPN') ||
            // ("mud that was forced down its blown-out well": the first word of a hyphenated modifier, whatever its tag.)
            (t.norm[k] === '-' && hyphenJoined(t, k + 1)))
        ) {
          if (t.tag[k - 1] === 'NOUN' && !hyphenJoined(t, k - 1) && !(k - 1 > s.tokenStart && t.norm[k - 2] === '-')) compound = true;
          if (t.tag[k - 1] === 'ADV' && /ly$/.test(t.norm[k - 1])) break;
          k--;
          k = pastMeasureAside(k);
        }
        if (k === i && !hyphenJoined(t, i - 1)) {
          if (!opensNounPhrase(t, i - 1)) continue;
        } else if (k <= s.tokenStart || !opensNounPhrase(t, k - 1)) continue;
        if (compound) {
          const inPhrase = k - 1 > s.tokenStart && t.tag[k - 2] === 'ADP';
          const continues = next >= 0 && (nextTag === 'VERB' || nextTag === 'AUX' || nextTag === 'ADP' || /^(?:that|which|who)$/.test(t.norm[next]));
          if (!inPhrase && !continues) continue;
        }
        if (!canBeTagged(t.lemma[i], 'NOUN') && !adjectiveAfterNoun) continue;
        if (adjectiveAfterNoun && nextTag !== 'ADP' && nextTag !== 'VERB' && nextTag !== 'AUX') continue;
        retag(i, 'NOUN');
        for (const m of ingModifiers) retag(m, 'ADJ');
        // "an offshore rig": the adverb-tagged words between the determiner and the noun modify it.
        for (let m = k; m < i; m++) if (t.tag[m] === 'ADV') retag(m, canBeTagged(t.lemma[m], 'ADJ') ? 'ADJ' : 'NOUN');
      }
    },
  },
  {
    name: 'plural-noun-after-preposition',
    why: '"relevant to parts of the globe": after a preposition or "to", a verb would be in its base form; an -s word tagged VERB there is a plural noun.',
    apply(t, s, retag) {
      for (let i = s.tokenStart + 1; i < s.tokenEnd; i++) {
        if (t.tag[i] !== 'VERB' || (t.tag[i - 1] !== 'ADP' && !(t.norm[i - 1] === 'to' && t.tag[i - 1] === 'PART'))) continue;
        if (isThirdPersonS(t.norm[i], t.lemma[i]) && canBeTagged(t.lemma[i], 'NOUN')) retag(i, 'NOUN');
      }
    },
  },
  {
    name: 'plural-noun-before-verb',
    why:
      '"When engineers removed the cap": wink read "engineers" as a verb (he engineers). A plural-looking ' +
      'word tagged VERB that opens a clause and is followed by another verb is the noun subject of that verb.',
    apply(t, s, retag) {
      for (let i = s.tokenStart; i + 1 < s.tokenEnd; i++) {
        if (t.tag[i] !== 'VERB' || !isThirdPersonS(t.norm[i], t.lemma[i]) || !isVerbal(t.tag[i + 1])) continue;
        const before = i - 1;
        const opensClause =
          before < s.tokenStart ||
          t.tag[before] === 'SCONJ' ||
          t.tag[before] === 'CCONJ' ||
          t.tag[before] === 'ADJ' ||
          t.norm[before] === ',' ||
          opensNounPhrase(t, before) ||
          /^(?:when|after|before|as|while|because|if|since|until)$/.test(t.norm[before]);
        if (opensClause && canBeTagged(t.lemma[i], 'NOUN')) retag(i, 'NOUN');
      }
    },
  },
  {
    name: 'ed-word-after-subject-is-verb',
    why: '"as hopes dimmed for 11 missing workers": an -ed word wink tagged as a noun, right after a noun and before a preposition, is a past verb when its stem is one.',
    apply(t, s, retag) {
      for (let i = s.tokenStart + 1; i + 1 < s.tokenEnd; i++) {
        if (t.tag[i] !== 'NOUN' || !t.norm[i].endsWith('ed') || (t.tag[i - 1] !== 'NOUN' && t.tag[i - 1] !== 'PROPN' && t.tag[i - 1] !== 'PRON')) continue;
        if (t.tag[i + 1] !== 'ADP' && t.tag[i + 1] !== 'PUNCT' && t.tag[i + 1] !== 'ADV') continue;
        const verb = verbStem(t.norm[i], 'ed');
        if (verb) retag(i, 'VERB', verb);
      }
    },
  },
  {
    name: 'participle-after-have',
    why:
      '"A new type of swine flu has infected at least two children in California": wink tags "infected" an adjective, ' +
      'which leaves "has" the verb ("has" a state). An -ed adjective right after a form of "have" (adverbs between) ' +
      'whose stem is a verb is the perfect participle when a determiner, a number, a pronoun, a name, a preposition, an ' +
      'adverb or the end of the clause follows; before a noun it stays an adjective ("has limited resources").',
    apply(t, s, retag) {
      for (let i = s.tokenStart + 1; i < s.tokenEnd; i++) {
        // ("the oil spill had cost the company $350m": a participle spelt as its base, read as a noun after "had", is
        // the verb before a determiner, an amount, a pronoun or a name; "had cost" was a title.)
        if (
          t.tag[i] === 'NOUN' &&
          BASE_PARTICIPLES.has(t.norm[i]) &&
          t.tag[i - 1] === 'AUX' &&
          t.lemma[i - 1] === 'have' &&
          i + 1 < s.tokenEnd &&
          ['DET', 'NUM', 'SYM', 'PRON', 'PROPN'].includes(t.tag[i + 1])
        ) {
          retag(i, 'VERB', t.norm[i]);
          continue;
        }
        if (t.tag[i] !== 'ADJ' || !t.norm[i].endsWith('ed')) continue;
        let k = i - 1;
        while (k > s.tokenStart && t.tag[k] === 'ADV') k--;
        if (t.tag[k] !== 'AUX' || t.lemma[k] !== 'have') continue;
        const next = i + 1 < s.tokenEnd ? t.tag[i + 1] : 'PUNCT';
        if (next === 'NOUN' || next === 'ADJ' || next === 'VERB' || next === 'CCONJ' || t.norm[i + 1] === '-') continue;
        const verb = verbStem(t.norm[i], 'ed');
        if (verb) retag(i, 'VERB', verb);
      }
    },
  },
  {
    name: 'coordinated-ing-modifier',
    why:
      '"Mexico canceled classes for millions of children in its sprawling capital city and surrounding areas on Friday": ' +
      'an -ing word after "and"/"or", before a noun, when the last verb before it is a finite verb of another form, ' +
      'cannot be coordinated with that verb ("canceled ... and surrounding"): it modifies the noun. Not after an -ing ' +
      'verb or a form of "be" ("killing 16 people and raising fears", "was closing schools and cancelling classes").',
    apply(t, s, retag) {
      for (let i = s.tokenStart + 2; i + 1 < s.tokenEnd; i++) {
        if (t.tag[i] !== 'VERB' || !t.norm[i].endsWith('ing') || t.tag[i - 1] !== 'CCONJ') continue;
        if (t.tag[i + 1] !== 'NOUN' || t.tag[i - 2] !== 'NOUN' || !canBeTagged(t.norm[i], 'ADJ')) continue;
        let k = i - 2;
        while (k >= s.tokenStart && !isVerbal(t.tag[k])) k--;
        if (k < s.tokenStart || t.norm[k].endsWith('ing') || t.lemma[k] === 'be' || t.tag[k] === 'AUX') continue;
        if (!/(?:ed|en)$/.test(t.norm[k]) && t.lemma[k] === t.norm[k]) continue;
        retag(i, 'ADJ');
      }
    },
  },
  {
    name: 'ed-adjective-before-determiner-is-verb',
    why:
      '"Venezuela quarantined a Spanish cruise ship on Wednesday": wink tags "quarantined" an adjective, and the ' +
      'sentence has no verb. An -ed adjective right after a name or a noun and right before "the", "a", "an" or a ' +
      'possessive pronoun, whose stem is a verb, is the past verb (an adjective does not stand before a determiner).',
    apply(t, s, retag) {
      for (let i = s.tokenStart + 1; i + 1 < s.tokenEnd; i++) {
        if (t.tag[i] !== 'ADJ' || !t.norm[i].endsWith('ed') || (t.tag[i - 1] !== 'PROPN' && t.tag[i - 1] !== 'NOUN')) continue;
        const next = i + 1;
        if (!opensDeterminedPhrase(t, next)) continue;
        const verb = verbStem(t.norm[i], 'ed');
        if (verb) retag(i, 'VERB', verb);
      }
    },
  },
  {
    name: 'ing-adjective-after-comma-is-verb',
    why:
      '"Pre-orders of the recently announced iPhone 4 began Tuesday, overwhelming Apple and AT&T": wink tags ' +
      '"overwhelming" an adjective, "Tuesday, overwhelming Apple and AT&T" was read as one phrase, the object of ' +
      '"began", and the title said the pre-orders "began Apple and AT&T". An -ing adjective right after a comma and ' +
      'right before "the", "a", "an", a possessive pronoun or a name, whose stem is a verb, is a participle taking an ' +
      'object ("a stunning victory" has no comma, ", sweeping reforms" no determiner or name).',
    apply(t, s, retag) {
      for (let i = s.tokenStart + 1; i + 1 < s.tokenEnd; i++) {
        if (t.tag[i] !== 'ADJ' || !t.norm[i].endsWith('ing') || t.norm[i - 1] !== ',') continue;
        const next = i + 1;
        if (!opensDeterminedPhrase(t, next) && t.tag[next] !== 'PROPN') continue;
        const verb = verbStem(t.norm[i].toLowerCase(), 'ing');
        if (verb) retag(i, 'VERB', verb);
      }
    },
  },
  {
    name: 'far-before-preposition-is-adverb',
    why:
      '"Three weeks ago, an oil rig far off the coast of Louisiana was hit with a sudden, massive explosion" (the ' +
      'Washington Post, 12 May 2010): wink tags "far" a noun, the phrase read "an oil rig far" and the title "An oil ' +
      'rig far was hit". "far" right after a noun and before a preposition ("far off", "far from", "far beyond") is an ' +
      'adverb of distance; after a determiner it stays in its phrase ("the far side").',
    apply(t, s, retag) {
      for (let i = s.tokenStart + 1; i + 1 < s.tokenEnd; i++) {
        if (t.norm[i] !== 'far' || t.tag[i] === 'ADV' || t.tag[i + 1] !== 'ADP') continue;
        if (t.tag[i - 1] === 'NOUN' || t.tag[i - 1] === 'PROPN') retag(i, 'ADV');
      }
    },
  },
  {
    name: 'noun-before-up-is-verb',
    why:
      '"at least 375 million gallons of oil end up in the world\'s oceans": wink tags "end" a noun, and the sentence ' +
      'loses its verb. A noun whose lemma can be a verb, right after a noun or a pronoun and before "up" and a ' +
      'preposition, is a phrasal verb ("end up in", "show up at"); after a determiner it stays a noun ("the build up").',
    apply(t, s, retag) {
      for (let i = s.tokenStart + 1; i + 2 < s.tokenEnd; i++) {
        // ("The presidential commission set up to investigate the oil spill also began its hearings": before "up to" and a
        // verb too.)
        const upTo = t.norm[i + 2] === 'to' && i + 3 < s.tokenEnd && t.tag[i + 3] === 'VERB';
        if (t.tag[i] !== 'NOUN' || t.norm[i + 1] !== 'up' || (t.tag[i + 2] !== 'ADP' && !upTo)) continue;
        const before = t.tag[i - 1];
        if (before !== 'NOUN' && before !== 'PROPN' && !(before === 'PRON' && !isPossessivePronoun(t, i - 1))) continue;
        if (canBeTagged(t.lemma[i], 'VERB')) retag(i, 'VERB');
      }
    },
  },
  {
    name: 'ing-after-aspect-verb',
    why:
      '"Kevin Costner, who 15 years ago began funding the work of Louisiana-based firm Ocean Therapy Solutions": wink tags ' +
      '"funding" a noun, so "began" gets it as its object and the title stops at "began funding". An -ing noun right ' +
      'after a verb of beginning or stopping (ASPECT_VERBS) and before a determiner, a possessive or a name is the verb ' +
      'of what was begun; before a preposition or at the end it stays a noun ("began funding for ...").',
    apply(t, s, retag) {
      for (let i = s.tokenStart + 1; i + 1 < s.tokenEnd; i++) {
        if (t.tag[i] !== 'NOUN' || !t.norm[i].endsWith('ing') || t.tag[i - 1] !== 'VERB' || !ASPECT_VERBS.has(t.lemma[i - 1])) continue;
        const next = t.tag[i + 1];
        if (next !== 'DET' && next !== 'PROPN' && !isPossessivePronoun(t, i + 1)) continue;
        const verb = verbStem(t.norm[i], 'ing');
        if (verb) retag(i, 'VERB', verb);
      }
    },
  },
  {
    name: 'base-verb-after-mandative-object',
    why:
      '"the Coast Guard on Friday demanded the company figure out ways to accelerate the process": wink reads "the company ' +
      'figure" as one noun, and the title stops at "demanded the company figure". After a verb of demanding ' +
      '(MANDATIVE_VERBS) and its object, a base-form noun that can be a verb, followed by a preposition, a determiner or ' +
      'a possessive, is the verb of what was demanded.',
    apply(t, s, retag) {
      for (let i = s.tokenStart + 3; i + 1 < s.tokenEnd; i++) {
        if (t.tag[i] !== 'NOUN' || t.lemma[i] !== t.norm[i]) continue;
        const next = t.tag[i + 1];
        if (next !== 'ADP' && next !== 'DET' && !isPossessivePronoun(t, i + 1)) continue;
        let k = i - 1;
        while (k > s.tokenStart && (t.tag[k] === 'NOUN' || t.tag[k] === 'PROPN' || t.tag[k] === 'ADJ')) k--;
        if (t.tag[k] === 'DET' || isPossessivePronoun(t, k)) k--;
        if (k === i - 1 || k < s.tokenStart || t.tag[k] !== 'VERB' || !MANDATIVE_VERBS.has(t.lemma[k])) continue;
        // (asked last: a look-up in wink's lexicon for each noun, where the tags above rule out almost every one)
        if (!canBeTagged(t.norm[i], 'VERB')) continue;
        retag(i, 'VERB');
      }
    },
  },
  {
    name: 'ing-after-be-is-verb',
    why: '"Oil has been gushing nonstop into the Gulf": after a form of "be", an -ing word wink tagged as a noun is the verb of a progressive.',
    apply(t, s, retag) {
      for (let i = s.tokenStart + 1; i < s.tokenEnd; i++) {
        if (t.tag[i] !== 'NOUN' || !t.norm[i].endsWith('ing') || t.tag[i - 1] !== 'AUX' || t.lemma[i - 1] !== 'be') continue;
        const verb = verbStem(t.norm[i], 'ing');
        if (verb) retag(i, 'VERB', verb);
      }
    },
  },
  {
    name: 'noun-before-infinitive-is-verb',
    why:
      '"BP plans to cap the well", "Obama vows to ...", "The excess means that it ...": wink tags "plans" a ' +
      'noun; an -s word after the subject and before "to" + verb or "that", whose lemma can be a verb, is the ' +
      'verb when its clause has no other.',
    apply(t, s, retag) {
      for (let i = s.tokenStart + 1; i + 2 < s.tokenEnd; i++) {
        if (t.tag[i] !== 'NOUN' || !((t.norm[i + 1] === 'to' && t.tag[i + 2] === 'VERB') || (t.norm[i + 1] === 'that' && t.tag[i + 1] !== 'DET'))) continue;
        const subjectEnds =
          t.tag[i - 1] === 'PROPN' ||
          t.tag[i - 1] === 'NOUN' ||
          (t.tag[i - 1] === 'PRON' && !isPossessivePronoun(t, i - 1)) ||
          (t.tag[i - 1] === 'ADJ' && i >= 2 && t.tag[i - 2] === 'DET'); // "The excess means that"
        if (!subjectEnds) continue;
        if (!sFormOfVerb(t.norm[i], t.lemma[i])) continue;
        let verbBefore = false;
        for (let k = i - 1; k >= s.tokenStart && t.norm[k] !== ',' && t.tag[k] !== 'SCONJ'; k--) if (isVerbal(t.tag[k])) verbBefore = true;
        if (!verbBefore) retag(i, 'VERB');
      }
    },
  },
  {
    name: 'noun-before-determiner-is-verb',
    why:
      'Two noun phrases never follow each other without a verb or a preposition between them: in "Fire boat ' +
      'response crews battle the blazing remnants", "battle" (tagged NOUN) stands between the subject and ' +
      '"the ..."; a noun that can be a verb, after a noun and before a determiner, is that verb.',
    apply(t, s, retag) {
      for (let i = s.tokenStart + 1; i + 1 < s.tokenEnd; i++) {
        if (t.tag[i] !== 'NOUN' || (t.tag[i - 1] !== 'NOUN' && t.tag[i - 1] !== 'PROPN')) continue;
        const next = i + 1;
        const beforeDeterminer = opensDeterminedPhrase(t, next);
        // "An acoustic trigger costs about $500,000": an -s word before a number or an amount.
        const beforeAmount =
          sFormOfVerb(t.norm[i], t.lemma[i]) &&
          (t.tag[next] === 'NUM' ||
            (t.tag[next] === 'SYM' && next + 1 < s.tokenEnd && t.tag[next + 1] === 'NUM') ||
            (t.tag[next] === 'ADV' && next + 1 < s.tokenEnd && (t.tag[next + 1] === 'NUM' || t.tag[next + 1] === 'SYM')));
        if (!beforeDeterminer && !beforeAmount) continue;
        if (!canBeTagged(t.lemma[i], 'VERB') && !sFormOfVerb(t.norm[i], t.lemma[i])) continue;
        // The subject run must not sit in a prepositional phrase: "In the Gulf region the oil ...".
        let k = i - 1;
        while (k > s.tokenStart && (t.tag[k - 1] === 'NOUN' || t.tag[k - 1] === 'PROPN' || t.tag[k - 1] === 'ADJ' || t.tag[k - 1] === 'DET')) k--;
        if (k > s.tokenStart && (t.tag[k - 1] === 'ADP' || t.tag[k - 1] === 'SCONJ')) continue;
        retag(i, 'VERB');
      }
    },
  },
  {
    name: 'name-in-s-before-verb',
    why:
      '"Its shares fell back today after Moody\'s cut the company\'s credit rating to A2": "Moody\'s cut" read as ' +
      'a possessive and its noun, and the clause had no verb. A possessive never stands right before a noun that ' +
      'is followed by "the", "a" or a possessive pronoun (two noun phrases need a verb between them), so a word ' +
      "that can be a verb there is the verb, and the name ends in \"'s\" (Moody's, Standard & Poor's). Not before " +
      'a time ("Obama\'s visit the day before"), which a noun phrase may take.',
    apply(t, s, retag) {
      for (let i = s.tokenStart + 2; i + 1 < s.tokenEnd; i++) {
        if (t.tag[i] !== 'NOUN' || t.tag[i - 2] !== 'PROPN' || (t.flags[i - 1] & Flag.POSSESSIVE) === 0) continue;
        const next = i + 1;
        if (!opensDeterminedPhrase(t, next)) continue;
        if (next + 1 < s.tokenEnd && TIME_NOUNS.has(t.norm[next + 1].toLowerCase())) continue;
        if (canBeTagged(t.lemma[i] || t.norm[i].toLowerCase(), 'VERB')) retag(i, 'VERB');
      }
    },
  },
  {
    name: 'ing-word-inside-noun-phrase',
    why:
      '"An emergency shrimping season was opened on Thursday": wink tags "shrimping" a verb, the clause took "An ' +
      'emergency" for its subject and "season" for the participle\'s object, and the title said "An emergency was ' +
      'opened". An -ing word between an article\'s noun and a bare singular noun that a verb follows modifies that ' +
      'noun: a participle\'s singular object takes its own determiner ("the company owning the rig was fined").',
    apply(t, s, retag) {
      for (let i = s.tokenStart + 2; i + 2 < s.tokenEnd; i++) {
        if (t.tag[i] !== 'VERB' || !t.norm[i].endsWith('ing') || t.tag[i - 1] !== 'NOUN' || !isArticle(t, i - 2)) continue;
        const next = i + 1;
        if (t.tag[next] !== 'NOUN' || t.norm[next].toLowerCase() !== (t.lemma[next] || t.norm[next]).toLowerCase()) continue;
        if (isVerbal(t.tag[next + 1])) retag(i, 'NOUN');
      }
    },
  },
  {
    name: 'ing-word-after-determiner-and-adjective',
    why:
      '"Clark Copy International Corp said it bought a Norwegian drafting machines company for three mln U.S. dlrs" ' +
      '(Reuters, 1 June 1987): wink tags "drafting" a verb, the clause took "a Norwegian" for its object, and the ' +
      'title said the company "bought a Norwegian". After an article or a possessive and adjectives (a people\'s ' +
      'adjective among them) with no noun yet, the phrase still wants its noun: an -ing word there, before a noun, is ' +
      'a word of that phrase ("a new drilling rig"), never a participle of its own.',
    apply(t, s, retag) {
      for (let i = s.tokenStart + 2; i + 1 < s.tokenEnd; i++) {
        if (t.tag[i] !== 'VERB' || !t.norm[i].toLowerCase().endsWith('ing') || (t.flags[i] & Flag.CAPITALISED) !== 0) continue;
        if (t.tag[i + 1] !== 'NOUN' || (t.flags[i + 1] & Flag.CAPITALISED) !== 0) continue;
        let k = i - 1;
        while (k > s.tokenStart && (t.tag[k] === 'ADJ' || (t.tag[k] === 'PROPN' && DEMONYMS.has(t.norm[k].toLowerCase())))) k--;
        if (k === i - 1 || !opensDeterminedPhrase(t, k)) continue;
        retag(i, 'NOUN');
      }
    },
  },
  {
    name: 'ing-words-between-bare-noun-and-noun',
    why:
      '"Last month, rubber importing and exporting countries adopted a new International Natural Rubber Agreement in ' +
      'Geneva" (Reuters, 9 April 1987): wink tags "importing" and "exporting" verbs, the clause took "rubber" for its ' +
      'subject, and the title said "Rubber adopted a new International Natural Rubber Agreement". A singular noun with ' +
      'no determiner of its own ("rubber", "massive Bank of Japan dollar buying intervention") does not end a phrase ' +
      'that an -ing word (or two joined by "and"/"or") and a noun follow, before a verb, a preposition or a stop: the ' +
      'nouns and the -ing words are one phrase, whose head is the last noun. Not after an article ("the company ' +
      'owning the rig"), nor after a plural ("traders buying dollars").',
    apply(t, s, retag) {
      for (let i = s.tokenStart + 1; i + 1 < s.tokenEnd; i++) {
        if (t.tag[i] !== 'VERB' || !t.norm[i].toLowerCase().endsWith('ing') || (t.flags[i] & Flag.CAPITALISED) !== 0) continue;
        const noun = i - 1;
        if (t.tag[noun] !== 'NOUN' || (t.flags[noun] & Flag.CAPITALISED) !== 0 || t.norm[noun] !== (t.lemma[noun] || t.norm[noun])) continue;
        // (The whole phrase before it: "the new H1N1 influenza strain showing resistance to Tamiflu" has its article.)
        let k = noun - 1;
        while (k >= s.tokenStart && (['NOUN', 'PROPN', 'ADJ'].includes(t.tag[k]) || (t.norm[k] === 'of' && t.tag[k + 1] === 'PROPN'))) k--;
        if (k >= s.tokenStart && (t.tag[k] === 'DET' || t.tag[k] === 'NUM' || isPossessivePronoun(t, k) || (t.flags[k] & Flag.POSSESSIVE) !== 0)) continue;
        const ings = [i];
        let j = i + 1;
        if (j + 1 < s.tokenEnd && t.tag[j] === 'CCONJ' && t.tag[j + 1] === 'VERB' && t.norm[j + 1].toLowerCase().endsWith('ing')) {
          ings.push(j + 1);
          j += 2;
        }
        if (j >= s.tokenEnd || t.tag[j] !== 'NOUN' || (t.flags[j] & Flag.CAPITALISED) !== 0) continue;
        const after = j + 1 < s.tokenEnd ? t.tag[j + 1] : 'PUNCT';
        if (!(isVerbal(after) || after === 'ADP' || after === 'PUNCT')) continue;
        for (const k of ings) retag(k, 'NOUN');
      }
    },
  },
  {
    name: 'ing-word-after-owned-figure',
    why:
      "\"New Zealand's diversified investment group Rainbow Corp Ltd bought Safeway Stores Inc's SA 20 pct holding in " +
      'Woolworths for 190 mln dlrs late last year" (Reuters, 23 March 1987): wink tags "holding" a verb, the clause ' +
      'took "Safeway Stores Inc\'s SA 20 pct" for the object, and the title ended "bought Safeway Stores Inc\'s SA 20 ' +
      'pct". A share figure that a possessive or an article opens ("its 20 pct", "a 5 pct") still wants its noun: an ' +
      '-ing word right after it is that noun. Not a bare figure ("rose 5 pct following the report").',
    apply(t, s, retag) {
      for (let i = s.tokenStart + 3; i < s.tokenEnd; i++) {
        if (t.tag[i] !== 'VERB' || !t.norm[i].toLowerCase().endsWith('ing') || !SHARE_UNITS.has(t.norm[i - 1].toLowerCase())) continue;
        if (t.tag[i - 2] !== 'NUM') continue;
        let k = i - 3;
        while (k > s.tokenStart && i - k < 7 && (t.tag[k] === 'PROPN' || t.tag[k] === 'ADJ')) k--;
        if (!(opensDeterminedPhrase(t, k) || (t.flags[k] & Flag.POSSESSIVE) !== 0)) continue;
        if (i + 1 < s.tokenEnd && (opensDeterminedPhrase(t, i + 1) || t.tag[i + 1] === 'PROPN')) continue;
        retag(i, 'NOUN');
      }
    },
  },
  {
    name: 'ordinal-figure-is-adjective',
    why:
      '"Yield on the key 89th bond due 1996 subsequently fell to 5.560 pct" (Reuters, 21 October 1987): wink tags ' +
      '"89th" a pronoun, which cut "the key" from "bond due 1996". A figure with an ordinal ending ("89th", "21st", ' +
      '"3rd") is an adjective of the noun after it.',
    apply(t, s, retag) {
      for (let i = s.tokenStart; i < s.tokenEnd; i++) {
        if (t.tag[i] !== 'ADJ' && /^\d+(?:st|nd|rd|th)$/.test(t.norm[i])) retag(i, 'ADJ');
      }
    },
  },
  {
    name: 'first-word-before-preposition-is-noun',
    why:
      '"Yield on the key 89th bond due 1996 subsequently fell to 5.560 pct in early trading" (Reuters, 21 October ' +
      '1987): wink tags the first word "Yield" a verb, the clause took "bond due 1996" for the subject of "fell", and ' +
      'the title said the bond fell, when its yield did. A capitalised first word that can be a noun, in its bare ' +
      "form, before a preposition, in a sentence whose later verb (before any comma) is past, is the subject's " +
      'noun: news does not open a report with a command.',
    apply(t, s, retag) {
      const i = s.tokenStart;
      if (i + 2 >= s.tokenEnd || t.tag[i] !== 'VERB' || (t.flags[i] & Flag.CAPITALISED) === 0) return;
      const lower = t.norm[i].toLowerCase();
      if (lower !== (t.lemma[i] || lower).toLowerCase() || t.tag[i + 1] !== 'ADP' || t.norm[i + 1].toLowerCase() === 'to') return;
      if (!canBeTagged(lower, 'NOUN')) return;
      for (let k = i + 2; k < s.tokenEnd && t.norm[k] !== ','; k++) {
        if (t.tag[k] === 'AUX') return;
        if (t.tag[k] !== 'VERB') continue;
        const form = t.norm[k].toLowerCase();
        if (form !== (t.lemma[k] || form) && !form.endsWith('ing') && !form.endsWith('s')) retag(i, 'NOUN');
        return;
      }
    },
  },
  {
    name: 'ing-word-between-name-and-plural-subject',
    why:
      '"Gulf shipping sources yesterday reported an Iranian warship had set the Cypriot supertanker Pivot on fire" ' +
      '(Reuters, 17 March 1987): wink tags "shipping" a verb, the clause took "Gulf" for its subject and "sources" for ' +
      'the participle\'s object, and the title said "Gulf reported an Iranian warship had set Pivot". A trade -ing ' +
      'word between a capitalised name that opens the sentence or follows an article, a preposition or a comma, and a ' +
      'plural noun that a verb follows (a day word between) is a word of that noun: the place or trade modifies the ' +
      'sources, officials or houses ("Tokyo trading houses said"). Not "BP shipping oil to Japan" (no verb after the noun).',
    apply(t, s, retag) {
      for (let i = s.tokenStart + 1; i + 2 < s.tokenEnd; i++) {
        if (t.tag[i] !== 'VERB' || !TRADE_ING_NOUNS.has(t.norm[i]) || (t.flags[i] & Flag.CAPITALISED) !== 0) continue;
        let k = i;
        while (k > s.tokenStart && t.tag[k - 1] === 'PROPN' && (t.flags[k - 1] & Flag.CAPITALISED) !== 0) k--;
        if (k === i || (k > s.tokenStart && !(t.tag[k - 1] === 'DET' || t.tag[k - 1] === 'ADP' || t.norm[k - 1] === ','))) continue;
        const noun = i + 1;
        if (t.tag[noun] !== 'NOUN' || !t.norm[noun].endsWith('s') || t.norm[noun] === t.lemma[noun] || (t.flags[noun] & Flag.CAPITALISED) !== 0) continue;
        let v = noun + 1;
        while (v < s.tokenEnd && (DEICTIC_TIMES.has(t.norm[v]) || Object.hasOwn(WEEKDAY_NAMES, t.norm[v]))) v++;
        if (v < s.tokenEnd && isVerbal(t.tag[v])) retag(i, 'NOUN');
      }
    },
  },
  {
    name: 'headline-verb',
    why:
      'A headline has no full stop and often no word wink tags as a verb: "BP caps well", "Obama visits Gulf", ' +
      '"Rig sinks in Gulf of Mexico". In a sentence without a verb, a noun in the -s form after the subject, ' +
      'whose lemma can be a verb, is the verb; an adverb that can be a noun right after it is the object ' +
      '(headlines drop articles: "caps well").',
    apply(t, s, retag) {
      for (let i = s.tokenStart; i < s.tokenEnd; i++) if (isVerbal(t.tag[i])) return;
      for (let i = s.tokenStart + 1; i < s.tokenEnd; i++) {
        if (t.tag[i] !== 'NOUN' || !NOMINAL.has(t.tag[i - 1])) continue;
        if (!isThirdPersonS(t.norm[i], t.lemma[i]) || !canBeTagged(t.lemma[i], 'VERB')) continue;
        retag(i, 'VERB');
        if (i + 1 < s.tokenEnd && t.tag[i + 1] === 'ADV' && canBeTagged(t.lemma[i + 1], 'NOUN')) retag(i + 1, 'NOUN');
        return;
      }
    },
  },
  {
    name: 'noun-after-name-in-determiner-phrase',
    why:
      '"bringing the UK total to 244": a word after "the" and a name, before a preposition or a stop, ends the ' +
      'phrase, so it is its head noun though wink reads it as an adjective ("total"); the name only says whose it is. ' +
      'Only a word that can be a noun, and not after a verb that takes an object and its complement ("found the ' +
      'Gulf calm" keeps its adjective: the verb goes first, and the name is the phrase\'s end).',
    apply(t, s, retag) {
      for (let i = s.tokenStart + 2; i < s.tokenEnd; i++) {
        if (t.tag[i] !== 'ADJ' || t.tag[i - 1] !== 'PROPN' || !canBeTagged(t.norm[i], 'NOUN')) continue;
        let k = i - 1;
        while (k > s.tokenStart && t.tag[k - 1] === 'PROPN') k--;
        if (k === s.tokenStart || !isArticle(t, k - 1) || t.norm[k - 1] !== 'the') continue;
        const next = i + 1 < s.tokenEnd ? t.tag[i + 1] : 'PUNCT';
        if (next !== 'ADP' && next !== 'PUNCT') continue;
        if (k - 2 >= s.tokenStart && isVerbal(t.tag[k - 2]) && OBJECT_STATE_COMPLEMENT_VERBS.has(t.lemma[k - 2])) continue;
        retag(i, 'NOUN');
      }
    },
  },
  {
    name: 'noun-after-past-verb',
    why:
      '"BP and other oil industry executives traded blame in Congress": wink read "blame" as a second verb and the ' +
      'title ended at "traded". A base form tagged VERB right after a past-tense verb that takes no bare infinitive ' +
      '(not "helped build"), and before a preposition that is no particle or the end of the clause, is its object ' +
      'noun when the word can be one ("shifted blame to", "televised address from").',
    apply(t, s, retag) {
      for (let i = s.tokenStart + 1; i + 1 < s.tokenEnd; i++) {
        if (t.tag[i] !== 'VERB' || t.lemma[i] !== t.norm[i] || t.tag[i - 1] !== 'VERB' || !t.norm[i - 1].endsWith('ed')) continue;
        if (BARE_INFINITIVE_VERBS.has(t.lemma[i - 1]) || AUXILIARY_WORDS.has(t.norm[i - 1]) || /^(?:need|dare)$/.test(t.lemma[i - 1])) continue;
        const next = t.norm[i + 1];
        // (A particle that is never a preposition makes a phrasal verb: "helped set up".)
        const ends = t.tag[i + 1] === 'ADP' ? !/^(?:up|down|off|out|back|away|aside|apart|ahead|forward)$/.test(next) : /^[.,;]$/.test(next);
        if (ends && canBeTagged(t.lemma[i], 'NOUN')) retag(i, 'NOUN');
      }
    },
  },
  {
    name: 'inch-after-number',
    why:
      '"BP began trying to thread a 6in-wide (15cm) tube into a damaged 21in-wide pipe": "in" written onto a number ' +
      'is its unit, inches, no preposition; read as one, the object ended at "a 6" and the title was left without it.',
    apply(t, s, retag) {
      for (let i = s.tokenStart + 1; i < s.tokenEnd; i++)
        if (t.norm[i] === 'in' && t.tag[i - 1] === 'NUM' && /\d$/.test(t.norm[i - 1]) && (t.flags[i] & Flag.GLUED) !== 0) retag(i, 'NOUN');
    },
  },
  {
    name: 'sustained-winds',
    why: '"Alex ... had sustained winds of about 50 mph this morning": "sustained winds" is a storm\'s measure, "sustained" its adjective; "had" is the storm\'s having them, no past perfect of "sustain".',
    apply(t, s, retag) {
      for (let i = s.tokenStart + 1; i + 1 < s.tokenEnd; i++)
        if (t.norm[i] === 'sustained' && /^winds?$/.test(t.norm[i + 1]) && t.tag[i] !== 'ADJ') retag(i, 'ADJ');
    },
  },
  {
    name: 'well-heading-a-compound',
    why:
      '"Sept. 16 - Relief well intercepts the Macondo well", "Deep-sea robots swarmed around BP\'s ruptured oil well ' +
      'Monday": wink tags "well" ADV after a noun, and the phrase loses its head ("Relief intercepts", "around BP\'s ' +
      'ruptured oil"). After a noun or a modifier that opens the line, follows a preposition, a determiner or an ' +
      'owner, and before a verb, a time or the end, "well" is the noun. Not "as well", "did the job well", "well known".',
    apply(t, s, retag) {
      const TIME = /^(?:last|this|next|early|earlier|late|later|yesterday|today|tonight|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/;
      for (let i = s.tokenStart + 1; i < s.tokenEnd; i++) {
        if (t.norm[i] !== 'well' || (t.tag[i] !== 'ADV' && t.tag[i] !== 'ADJ')) continue;
        const before = t.tag[i - 1];
        if (before !== 'NOUN' && before !== 'PROPN' && before !== 'ADJ') continue;
        const nextNorm = i + 1 < s.tokenEnd ? t.norm[i + 1] : '.';
        const nextTag = i + 1 < s.tokenEnd ? t.tag[i + 1] : 'PUNCT';
        // ("well known", "well over 1,000", "well into the night": an adverb of the word after it.)
        const verbAfter = (nextTag === 'VERB' || nextTag === 'AUX') && !/(?:ing|ed|en)$/.test(nextNorm);
        const ends = nextTag === 'PUNCT' && nextNorm !== '-' && nextNorm !== '–';
        if (!verbAfter && !ends && !TIME.test(nextNorm)) continue;
        // Walk back over the phrase's modifiers to what opens it.
        let k = i - 1;
        while (k > s.tokenStart && (['NOUN', 'PROPN', 'ADJ', 'NUM'].includes(t.tag[k - 1]) || hyphenJoined(t, k - 1) || t.norm[k - 1] === '-')) {
          if (t.norm[k - 1] === '-' && (t.flags[k - 1] & Flag.GLUED) === 0) break;
          k--;
        }
        const opener = k - 1;
        const lineStart = opener < s.tokenStart || (t.tag[opener] === 'PUNCT' && /^[-–—:]$/.test(t.norm[opener]));
        const opens = lineStart || t.tag[opener] === 'ADP' || opensNounPhrase(t, opener);
        // (Before the end of the clause, only inside a prepositional phrase or a subject, or after a noun that makes a
        // compound with it: "understood the risks well." is the adverb, "Acme also began a relief well." the noun.)
        const compound = WELL_COMPOUND_NOUNS.has(t.norm[i - 1]);
        if (!opens || (ends && !compound && !lineStart && t.tag[opener] !== 'ADP' && (t.flags[opener] & Flag.POSSESSIVE) === 0)) continue;
        if (t.norm[opener] === 'as') continue;
        retag(i, 'NOUN');
      }
    },
  },
  {
    name: 'capitalised-word-after-preposition',
    why:
      '"China sent a plane from Shanghai on Tuesday to pick up about 100 of its citizens": wink read "Shanghai" as a ' +
      'verb, which took the date, and "China sent a plane" was left without one. A capitalised word inside a sentence, ' +
      'right after a preposition, with no -ing or -ed, names a place or a thing: no finite verb follows a preposition. ' +
      'Not in a headline written in title case ("Swine Flu Spreads from Mexico to Spain"), where every word is capitalised.',
    apply(t, s, retag) {
      // (the sentence's words are counted below only where a capitalised verb follows a preposition: most have none)
      const candidate = (i: number) =>
        t.tag[i] === 'VERB' && t.tag[i - 1] === 'ADP' && (t.flags[i] & Flag.CAPITALISED) !== 0 && (t.flags[i] & Flag.LINE_START) === 0;
      let any = false;
      for (let i = s.tokenStart + 1; i < s.tokenEnd && !any; i++) any = candidate(i);
      if (!any) return;
      let small = 0;
      let capitals = 0;
      for (let i = s.tokenStart; i < s.tokenEnd; i++) {
        if (/^[a-z]/.test(t.norm[i]) && (t.flags[i] & Flag.CAPITALISED) === 0) small++;
        // ("PASSENGERS URGED TO COME FORWARD The Mexican man arrived in Hong Kong ... in Shanghai": a heading in capitals
        // run into the sentence; its parse rests on wink's reading of the rest, which is left as it is.)
        if (/^[A-Z]{3,}$/.test(tokenText(t, i))) capitals++;
      }
      if (small < 3 || capitals >= 2) return;
      for (let i = s.tokenStart + 1; i < s.tokenEnd; i++) {
        if (!candidate(i)) continue;
        if (/(?:ing|ed)$/.test(t.norm[i]) || (t.flags[i - 1] & Flag.CAPITALISED) !== 0) continue;
        retag(i, 'PROPN');
      }
    },
  },
  {
    name: 'ed-adjective-with-by-agent-is-verb',
    why:
      '"Tony Hayward, who was grilled about the disaster by Congress for seven hours on Thursday": wink tags "grilled" ' +
      'an adjective, so "was" is read as a copula and the hearing is lost. An -ed adjective right after a form of "be" ' +
      'whose stem is a verb, with "by" and a name or a determiner later in its run of phrases (no comma, verb or ' +
      'clause between), is a passive with its agent. Not a feeling ("was concerned by the news": FEELING_PARTICIPLES).',
    apply(t, s, retag) {
      for (let i = s.tokenStart + 1; i + 2 < s.tokenEnd; i++) {
        if (t.tag[i] !== 'ADJ' || !t.norm[i].endsWith('ed') || !BE_FORMS.has(t.norm[i - 1])) continue;
        if (FEELING_PARTICIPLES.has(t.norm[i])) continue;
        let by = -1;
        for (let k = i + 1; k + 1 < s.tokenEnd; k++) {
          if (t.norm[k] === 'by') {
            by = k;
            break;
          }
          if (t.tag[k] === 'PUNCT' || t.tag[k] === 'VERB' || t.tag[k] === 'AUX' || t.tag[k] === 'SCONJ' || t.tag[k] === 'CCONJ' || t.tag[k] === 'PRON') break;
        }
        if (by < 0 || (t.tag[by + 1] !== 'PROPN' && t.tag[by + 1] !== 'DET')) continue;
        const verb = verbStem(t.norm[i], 'ed');
        if (verb) retag(i, 'VERB', verb);
      }
    },
  },
  {
    name: 'ed-adjective-before-by-is-participle',
    why:
      '"while a plane chartered by the Mexican government arrived in Shanghai today": an -ed word right after a noun ' +
      'and before "by" is a participle with its agent (wink: chartered/ADJ, and the title was the garbled "A plane ' +
      'chartered arrived").',
    apply(t, s, retag) {
      for (let i = s.tokenStart + 1; i + 1 < s.tokenEnd; i++)
        if (t.tag[i] === 'ADJ' && /ed$/.test(t.norm[i]) && t.tag[i - 1] === 'NOUN' && t.norm[i + 1] === 'by') retag(i, 'VERB');
    },
  },
  {
    name: 'noun-between-article-and-of',
    why:
      '"Egypt ... ordered the slaughter of all its 300,000 to 400,000 pigs on April 29": wink read "slaughter" as a ' +
      'verb, and "ordered" was left with no object. Between "the", "a" or "an" and "of", a word is the head of a noun phrase.',
    apply(t, s, retag) {
      for (let i = s.tokenStart + 1; i + 1 < s.tokenEnd; i++)
        if (t.tag[i] === 'VERB' && /^(?:the|a|an)$/.test(t.norm[i - 1]) && t.norm[i + 1] === 'of' && canBeTagged(t.lemma[i] || t.norm[i], 'NOUN'))
          retag(i, 'NOUN');
    },
  },
  {
    name: 'that-after-time-after-verb',
    why:
      '"The Coast Guard discovered Saturday that oil is leaking from the damaged well": after a verb and a day, wink ' +
      'tags "that" a determiner ("that oil"), and what was discovered loses its link to the verb. "That" right after ' +
      "the time words that follow a verb, before a noun phrase and a verb, opens the verb's complement.",
    apply(t, s, retag) {
      for (let i = s.tokenStart + 2; i + 2 < s.tokenEnd; i++) {
        if (t.norm[i] !== 'that' || t.tag[i] !== 'DET') continue;
        let k = i - 1;
        while (k > s.tokenStart && TIME_WORDS_AFTER_VERB.has(t.norm[k])) k--;
        if (k === i - 1 || t.tag[k] !== 'VERB') continue;
        let j = i + 1;
        let noun = false;
        while (j < s.tokenEnd && ['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM'].includes(t.tag[j])) {
          if (t.tag[j] === 'NOUN' || t.tag[j] === 'PROPN') noun = true;
          j++;
        }
        if (noun && j < s.tokenEnd && (t.tag[j] === 'AUX' || t.tag[j] === 'VERB')) retag(i, 'SCONJ');
      }
    },
  },
  {
    name: 'base-verb-inside-singular-subject',
    why:
      '"Also, according to testimony, a BP well site leader performed a pressure test April 9": wink tags "site" a ' +
      'verb, and the subject shrinks to "leader" (title "Leader performed a pressure test"). After "a" or "an" and a ' +
      "singular noun, a present verb takes -s; a base form between that noun and another noun, before the clause's " +
      'verb, is a noun of the compound. Not a past spelt as its base ("a pipe burst", "a storm cut power lines").',
    apply(t, s, retag) {
      for (let i = s.tokenStart + 2; i + 2 < s.tokenEnd; i++) {
        if (t.tag[i] !== 'VERB' || t.tag[i - 1] !== 'NOUN' || t.tag[i + 1] !== 'NOUN' || !isVerbal(t.tag[i + 2])) continue;
        const w = t.norm[i];
        if (/(?:s|ed|ing)$/.test(w) || (t.lemma[i] && t.lemma[i] !== w) || BASE_PARTICIPLES.has(w) || PAST_ONLY_FORMS.has(w)) continue;
        if (/s$/.test(t.norm[i - 1]) || !canBeTagged(w, 'NOUN')) continue;
        let k = i - 1;
        while (k > s.tokenStart && ['NOUN', 'PROPN', 'ADJ', 'NUM'].includes(t.tag[k - 1])) k--;
        if (k - 1 < s.tokenStart || !/^(?:a|an)$/.test(t.norm[k - 1]) || t.tag[k - 1] !== 'DET') continue;
        retag(i, 'NOUN');
      }
    },
  },
  {
    name: 'ing-word-before-office',
    why:
      '"Speaking on US television on Sunday, BP managing director Robert Dudley vowed the company would learn from its ' +
      'failed attempts": wink tags "managing" a verb, the clause took "BP" for its subject and "director Robert Dudley" ' +
      "for the participle's object. An -ing word right before an office of PERSON_TITLE_HEADS that an owner, an " +
      'article or a name comes before, or written in capitals with its office before a name ("Managing Director Bob ' +
      'Dudley"), is a word of the office; "was managing director" and "a decree authorising President Felipe Calderon" ' +
      'are left to the verb.',
    apply(t, s, retag) {
      for (let i = s.tokenStart; i + 1 < s.tokenEnd; i++) {
        if (t.tag[i] !== 'VERB' || !t.norm[i].toLowerCase().endsWith('ing') || !PERSON_TITLE_HEADS.has(t.norm[i + 1].toLowerCase())) continue;
        const before = i > s.tokenStart ? t.tag[i - 1] : null;
        if (before === 'AUX' || before === 'VERB' || before === 'PRON') continue;
        const named = i + 2 < s.tokenEnd && t.tag[i + 2] === 'PROPN';
        const owned = before === 'DET' || before === 'PROPN' || (i > s.tokenStart && (t.flags[i - 1] & Flag.POSSESSIVE) !== 0);
        // ("issued a decree authorising President Felipe Calderon to invoke powers": after a noun, an -ing word before an
        // office and a name is a participle with its object; only one written in capitals, "Managing Director Bob Dudley".)
        const capitals = (t.flags[i] & Flag.CAPITALISED) !== 0 && (t.flags[i + 1] & Flag.CAPITALISED) !== 0;
        if (owned || (named && capitals)) retag(i, 'ADJ');
      }
    },
  },
  {
    name: 'base-verb-opening-subordinate-clause',
    why:
      '"The ADB is meeting on the Indonesian resort island of Bali, where finance ministers from China, Japan, South ' +
      'Korea and ASEAN on Sunday set up a $120 billion emergency fund": wink tags "finance" a verb, the clause lost its ' +
      'subject and the title read "Ministers set up a $120 billion emergency fund" (whose ministers?), or gave the fund ' +
      'to "The ADB". A clause that "where", "when", "while" or another subordinator opens needs a subject before its ' +
      'finite verb; a base form right after the subordinator, before a noun and with a verb later in the sentence, is a ' +
      'noun of the subject ("finance ministers", "trade officials").',
    apply(t, s, retag) {
      for (let i = s.tokenStart + 1; i + 2 < s.tokenEnd; i++) {
        if (t.tag[i] !== 'VERB' || !CLAUSE_OPENERS.has(t.norm[i - 1].toLowerCase())) continue;
        if (t.tag[i + 1] !== 'NOUN') continue;
        const w = t.norm[i];
        if (/(?:s|ed|ing)$/.test(w) || (t.lemma[i] && t.lemma[i] !== w) || BASE_PARTICIPLES.has(w) || PAST_ONLY_FORMS.has(w)) continue;
        if (!canBeTagged(w, 'NOUN')) continue;
        let verb = false;
        for (let k = i + 2; k < s.tokenEnd && !verb; k++) if (isVerbal(t.tag[k])) verb = true;
        if (verb) retag(i, 'NOUN');
      }
    },
  },
  {
    name: 'demonstrative-before-noun-opens-sentence',
    why:
      '"That lawsuit was settled in 1991, also out of court": wink read the first "That" as a pronoun, the clause as a ' +
      '"that" clause with no verb before it, and the title lost the word that says which lawsuit ("Lawsuit was ' +
      'settled"). First in a sentence, "This" or "That" right before a singular noun and a verb is its determiner.',
    apply(t, s, retag) {
      const i = s.tokenStart;
      if (i + 2 >= s.tokenEnd || t.tag[i] !== 'PRON' || !/^(?:this|that)$/.test(t.norm[i].toLowerCase())) return;
      if (t.tag[i + 1] !== 'NOUN' || t.norm[i + 1] !== t.lemma[i + 1]) return;
      if (t.tag[i + 2] === 'AUX' || t.tag[i + 2] === 'VERB') retag(i, 'DET');
    },
  },
  {
    name: 'verb-after-dated-subordinate-clause',
    why:
      '"Total share losses for the embattled British energy giant since the worst oil spill in U.S. history began on April ' +
      '20 stand at around $100 billion": wink tags "stand" a noun ("April 20 stand"), the sentence lost its main verb and ' +
      'the title glued the two clauses, "The worst oil spill in U.S. history began stand" (audit t17-v24b). A word that ' +
      'can be a verb, right after the date that closes a subordinate clause ("since", "after", "when" ... and its verb) ' +
      'opened after a subject still waiting for its verb, and before a preposition, a number or a determiner, is that ' +
      "subject's verb.",
    apply(t, s, retag) {
      for (let i = s.tokenStart + 4; i + 1 < s.tokenEnd; i++) {
        if (t.tag[i] !== 'NOUN' || !canBeTagged(t.lemma[i] || t.norm[i], 'VERB')) continue;
        if (!['ADP', 'NUM', 'DET'].includes(t.tag[i + 1])) continue;
        // The date before it, after its preposition: "April 20" or a year, "2008" (a number that ends the date: in "on 20
        // March", the month is the word to be read, never a verb).
        let d = i - 1;
        if (t.tag[d] !== 'NUM') continue;
        if (Object.hasOwn(MONTH_NAMES, t.norm[d - 1])) d--;
        else if (!/^(?:1[89]|20)\d\d$/.test(t.norm[d])) continue;
        if (t.tag[d - 1] !== 'ADP') continue;
        // The subordinator, with the subordinate clause's verb after it and no verb before it.
        let j = d - 2;
        let verb = false;
        while (j > s.tokenStart && !SUBORDINATORS.has(t.norm[j])) {
          if (isVerbal(t.tag[j])) verb = true;
          if (t.tag[j] === 'PUNCT') break;
          j--;
        }
        if (!verb || !SUBORDINATORS.has(t.norm[j]) || j - 1 <= s.tokenStart) continue;
        let waiting = false;
        let k = s.tokenStart;
        for (; k < j && !isVerbal(t.tag[k]) && t.norm[k] !== ','; k++) if (t.tag[k] === 'NOUN') waiting = true;
        if (waiting && k === j) retag(i, 'VERB');
      }
    },
  },
  {
    name: 'verb-after-relative-aside',
    why:
      '"Texas Petroleum Co, which posted a seven mln dlr profit in 1986 in Colombia, exploits in association with ' +
      'state-run oil company Ecopetrol some crude and natural gas wells": wink tags "exploits" a noun, the sentence lost ' +
      'its main verb, and the relative clause ran on to its end (the profit listed Ecopetrol). An -s word that can be a ' +
      'verb, right after the comma that closes a "which" or "who" clause (with its verb) opened after the sentence\'s ' +
      "first phrase (no verb or comma before it), and before a preposition, a determiner or a number, is that phrase's verb.",
    apply(t, s, retag) {
      let c = s.tokenStart;
      while (c < s.tokenEnd && t.norm[c] !== ',' && !isVerbal(t.tag[c])) c++;
      if (c === s.tokenStart || c + 2 >= s.tokenEnd || t.norm[c] !== ',' || !/^(?:which|who)$/.test(t.norm[c + 1])) return;
      if (![...Array(c - s.tokenStart).keys()].some((k) => t.tag[s.tokenStart + k] === 'NOUN' || t.tag[s.tokenStart + k] === 'PROPN')) return;
      let e = c + 2;
      let verb = false;
      for (; e < s.tokenEnd && t.norm[e] !== ','; e++) if (isVerbal(t.tag[e])) verb = true;
      const i = e + 1;
      if (!verb || i + 1 >= s.tokenEnd || t.tag[i] !== 'NOUN' || !sFormOfVerb(t.norm[i], t.lemma[i])) return;
      if (!['ADP', 'DET', 'NUM'].includes(t.tag[i + 1])) return;
      retag(i, 'VERB');
    },
  },
  {
    name: 'claim-verb-after-plural-subject',
    why:
      '"Burlington lawyers claim Dominion\'s board decided to attempt a takeover of Burlington after Ammeen met with the ' +
      'board in February" (Reuters, June 1987): wink tags "claim" a noun, the subject ran on to "board", and the ' +
      '"after" clause was told as fact with no sayer (the judges: faithful no). A word of claiming right after the ' +
      "sentence's first plural noun, before a name, a determiner or a possessive and with a verb after it, is that " +
      'subject\'s verb, as "say" would be.',
    apply(t, s, retag) {
      let i = s.tokenStart;
      while (
        i < s.tokenEnd &&
        (t.tag[i] === 'PROPN' || t.tag[i] === 'ADJ' || t.tag[i] === 'DET' || t.tag[i] === 'NOUN') &&
        !CLAIM_WORDS_READ_AS_NOUNS.has(t.norm[i])
      )
        i++;
      if (i === s.tokenStart || i + 2 >= s.tokenEnd || !CLAIM_WORDS_READ_AS_NOUNS.has(t.norm[i]) || t.tag[i] === 'VERB') return;
      const subject = i - 1;
      if (t.tag[subject] !== 'NOUN' || !/[^s]s$/.test(t.norm[subject])) return;
      if (!['PROPN', 'DET', 'PRON'].includes(t.tag[i + 1])) return;
      let verb = false;
      for (let k = i + 2; k < Math.min(s.tokenEnd, i + 8) && t.norm[k] !== ','; k++) if (t.tag[k] === 'VERB' || t.tag[k] === 'AUX') verb = true;
      if (verb) retag(i, 'VERB');
    },
  },
];

/** Words of claiming a tagger may read as nouns after a plural subject: "Burlington lawyers claim ...". */
const CLAIM_WORDS_READ_AS_NOUNS = new Set(['claim', 'charge', 'contend', 'allege']);

/** Words that open a subordinate clause. */
const SUBORDINATORS = new Set(['since', 'after', 'when', 'before', 'until', 'because', 'while', 'once']);

/** Words that open a finite clause, whose subject must come before its verb: "where finance ministers ... set up". */
const CLAUSE_OPENERS = new Set([...SUBORDINATORS, 'where', 'whereas', 'although', 'though', 'if']);

/** Forms of "be" before a passive participle: "was grilled", "were pilloried", "had been fined". */
const BE_FORMS = new Set(['was', 'were', 'been', 'is', 'are', 'be', 'being']);

/** Applies the repairs to every sentence, in TAG_REPAIRS order; returns what changed, for provenance. */
export function repairTags(t: TokenTable, sentences: SentenceSpan[]): Retag[] {
  const changes: Retag[] = [];
  // One retag function per rule for the whole document, not one per rule and sentence (37 × the sentences).
  const retags = TAG_REPAIRS.map((rule) => (i: number, to: Tag, lemma?: string) => {
    if (t.tag[i] === to) return;
    changes.push({ token: i, from: t.tag[i], to, rule: rule.name });
    t.tag[i] = to;
    if (lemma) t.lemma[i] = lemma;
  });
  for (const s of sentences) for (let r = 0; r < TAG_REPAIRS.length; r++) TAG_REPAIRS[r].apply(t, s, retags[r]);
  return changes;
}
