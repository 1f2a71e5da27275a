/**
 * endings: the words a title's last noun says nothing without, read after the other completions (events/complements.ts)
 * on the title as it will be shown (dates left out). A title keeps them when it has room; else the clause gives no
 * title (a cut ending reads as the whole fact):
 *
 * - `title:ending-keeps-of-phrase`: the "of" phrase of a noun that acts on it or belongs to it (OF_COMPLEMENT_NOUNS, a
 *   part, an amount, a relational noun's "of": "The White House ordered BP to pay for construction [of ...]");
 *   `title-cut:of-phrase-left-out`.
 * - `title:superlative-keeps-scope`: the phrase that bounds a superlative ("dropped to the lowest level [of his
 *   presidency]", "tumbled to its lowest level [in 13 years]"); without it the title says an all-time low.
 *   `title-cut:superlative-without-scope`. "at least two children" bounds a number, no superlative
 *   (`title:number-bound-no-superlative`). "the first case of the new strain [showing resistance to Tamiflu]": no title
 *   cut before what its "first" or "only" counts among (`title-cut:first-without-what-it-is-first-of`).
 * - `title:ordinal-keeps-its-limit`: the span that bounds "first" or "only" ("AMC reported its first profitable quarter
 *   [in two years]"); `title-cut:ordinal-without-its-limit`.
 * - `title:amount-keeps-what-it-is`: what an amount of money is, its bare "in" phrase ("Gulfstream provided about 57 mln
 *   dlrs [in pretax earnings]"); `title-cut:amount-without-what-it-is` (money paid stands without it).
 * - `title:manner-participle-kept`: an -ing participle, no comma before it, that tells how the subject did it ("more
 *   people went about their business on Saturday [wearing surgical masks]"); `title-cut:comparison-in-participle` when
 *   it does not fit and the subject counts "more" or "fewer".
 * - `title:year-modifier-kept`: a year written before its noun is a word of the noun, not only a date: "The 1918
 *   influenza pandemic killed tens of millions" (`yearModifierKept`, read where dates leave a title).
 */
import {
  AMOUNT_NOUNS,
  AREA_NOUNS,
  AREA_PLACE_PREPOSITIONS,
  CHANGE_NOUNS,
  FIGURE_WORDS,
  MEASURE_NOUNS,
  OF_COMPLEMENT_NOUNS,
  PART_NOUNS,
  PAYING_VERBS,
  RATE_NOUNS,
  RELATIONAL_NOUNS,
  SUPERLATIVE_SCOPE_PREPOSITIONS,
} from '../lexicon/events';
import { TITLE_WORDS } from '../lexicon/actors';
import { NOT_DEGREE_EST_WORDS } from '../lexicon/grammar';
import { COMPASS_WORDS, PREPOSITION_PARTICIPLES } from '../lexicon/grammar';
import { MONTH_NAMES } from '../lexicon/time';
import type { Analysis } from '../nlp/analyse';
import type { Clause } from '../nlp/clauses';
import type { NounPhrase } from '../nlp/noun-phrases';
import { Flag, type TokenTable } from '../nlp/tokens';
import { type TitleHelpers, timeAfter, tryAdd, type Roles } from './complements';
import { firstHolding } from './span-index';

/** Does the noun at token i say nothing without its "of" phrase? */
function needsOf(t: TokenTable, i: number): boolean {
  if (t.tag[i] !== 'NOUN') return false;
  const words = [t.norm[i], t.lemma[i] || t.norm[i]];
  return words.some((w) => OF_COMPLEMENT_NOUNS.has(w) || PART_NOUNS.has(w) || AMOUNT_NOUNS.has(w) || RELATIONAL_NOUNS.get(w)?.includes('of') === true);
}

/** The words of a number's scale, written after its digits ("640 mln dlrs", "1.2 billion dlrs"). */
const SCALE_WORDS = /^(?:mln|bln|billion|million|trillion|thousand|hundred)$/;

/** Is the token a unit of money written after its number ("325 mln dlrs", "61 billion H.K. Dlrs")? */
function moneyAfterNumber(t: TokenTable, i: number): boolean {
  if (!MONEY_WORDS.test(t.norm[i])) return false;
  // (A currency's place before its unit, "H.K. Dlrs", "U.S. Dlrs", and the scale of the number, "640 mln".)
  let j = i - 1;
  while (j > 0 && t.tag[j] !== 'NUM' && i - j <= 4 && (t.tag[j] === 'PROPN' || t.norm[j] === '.' || SCALE_WORDS.test(t.norm[j]))) j--;
  return t.tag[j] === 'NUM';
}

/** Does the token end a figure ("15 percent", "$21.1 billion", "tens of millions", "20%")? */
function isFigureEnd(t: TokenTable, i: number): boolean {
  return (t.tag[i] === 'NUM' && !numberedName(t, i)) || FIGURE_WORDS.has(t.norm[i]);
}

/**
 * A whole number right after a noun numbers a thing, it is no figure: "Texaco filed for protection under Chapter 11 [of
 * the U.S. bankruptcy code]" is whole as wire copy writes it, as "Flight 103" is (`title:numbered-name-no-figure`).
 */
function numberedName(t: TokenTable, i: number): boolean {
  return i > 0 && (t.tag[i - 1] === 'NOUN' || t.tag[i - 1] === 'PROPN') && /^\d{1,3}$/.test(t.norm[i]);
}

/** The phrase after preposition p, whole or cut to what names it. */
const options0 = (h: TitleHelpers, p: number, x: NounPhrase): number[][] => [
  [p, ...h.core(x)],
  [p, ...h.short(x)],
];

/** A superlative word of the phrase up to its head ("the lowest level", "its highest", "the most serious spill"). */
function superlativeAt(t: TokenTable, np: NounPhrase): number {
  for (let i = np.start; i <= np.head; i++) {
    const w = t.norm[i];
    // (Not a word that only ends so, "interest", "modest", nor "latest", "earliest", which say when, not how much.)
    if (t.tag[i] === 'ADJ' && /[a-z]{2}est$/.test(w) && !NOT_DEGREE_EST_WORDS.has(w)) return i;
    if (/^(?:most|least|worst|best)$/.test(w) && i < np.head && !boundsANumber(t, i)) return i;
  }
  return -1;
}

/**
 * "A new type of swine flu has infected at least two children in California": "at least", "at most" bound the number
 * after them, not a rank among others; the title "... has infected at least two children" says no all-time high or low
 * and needs no scope (`title:number-bound-no-superlative`).
 */
function boundsANumber(t: TokenTable, i: number): boolean {
  return t.norm[i - 1] === 'at' && /^(?:most|least)$/.test(t.norm[i]) && (t.tag[i + 1] === 'NUM' || /^\d/.test(t.norm[i + 1] ?? ''));
}

/**
 * Completes the title with what its last noun needs, or names why it cannot: null when the title stands (the rule
 * added pushed on `rules`), else the rule that sets it aside.
 */
export function completeEnding(a: Analysis, c: Clause, tokens: Roles, rules: string[], h: TitleHelpers, reread = false): string | null {
  const t = a.tokens;
  const nps = a.nounPhrases[c.sentence];
  const sEnd = a.sentences[c.sentence].tokenEnd;
  const words = [...tokens.keys()].filter((i) => h.isWord(i)).sort((x, y) => x - y);
  const last = words[words.length - 1];
  if (last === undefined) return null;
  const np = nps.find((x) => x.head === last && x.end === last + 1 && !x.temporal && !x.pronoun && x.properName === null);
  const at = last + 1;
  const usable = (x: NounPhrase | undefined): x is NounPhrase => x !== undefined && !x.pronoun && h.whole(x);
  const phraseAt = (p: number) => nps.find((x) => x.start === p + 1 && (x.preposition < 0 || x.preposition === p)) ?? nps.find((x) => x.preposition === p);
  // ("Hundreds of nurses stood at 10 Downing Street on Monday to demand a pay rise": the tagger reads "Downing" as a
  // verb and the clause ends on the number; a number with a capitalised verb after it opens a name, an address, which
  // "stood at 10" cuts: `title-cut:number-before-a-name`.)
  if (
    at < sEnd &&
    !tokens.has(at) &&
    t.tag[last] === 'NUM' &&
    t.tag[at] === 'VERB' &&
    /^\p{Lu}/u.test(t.text.slice(t.start[at], t.end[at])) &&
    t.start[at] > t.end[last]
  )
    return 'title-cut:number-before-a-name';
  // ("An observation flight spotted a sheen of oil 150 miles west of Tampa, Florida, on Sunday": a distance "west" is
  // measured from the place its "of" names; "a sheen of oil 150 miles west" says not of what. Kept when
  // the title has room, else no title.)
  if (at < sEnd && !tokens.has(at) && COMPASS_WORDS.has(t.norm[last]) && t.norm[at] === 'of') {
    const place = phraseAt(at);
    if (
      usable(place) &&
      !place.temporal &&
      tryAdd(t, tokens, h, [
        [at, ...h.core(place)],
        [at, ...h.short(place)],
      ])
    ) {
      rules.push('title:compass-keeps-place');
      return null;
    }
    return 'title-cut:compass-without-place';
  }
  // ("Bangladesh passed on its weekend tender for 100,000 tonnes of optional origin soft wheat, private export sources
  // said", Reuters 1987: a unit after its number measures what its "of" phrase names; "tender for 100,000 tonnes" was
  // judged cut off (tonnes of what). Kept when the title has room, its short form first if need be, else no title:
  // `title:measure-keeps-what`, `title-cut:measure-without-what`.)
  if (
    at < sEnd &&
    !tokens.has(at) &&
    t.norm[at] === 'of' &&
    MEASURE_NOUNS.has(t.norm[last]) &&
    (t.tag[last - 1] === 'NUM' || (t.tag[last - 1] === 'ADJ' && t.tag[last - 2] === 'NUM'))
  ) {
    const of = phraseAt(at);
    if (of?.temporal) return null;
    // (Without room, the noun the phrase's adjectives describe, and the nouns compounded with it: "of optional origin
    // soft wheat" is wheat.)
    let s0 = of ? of.head : 0;
    while (of && s0 > of.start && t.tag[s0 - 1] === 'NOUN') s0--;
    const bare =
      of && of.determiner < 0 && !of.possessor && !Array.from({ length: of.head - of.start }, (_, q) => of.start + q).some((i) => t.tag[i] === 'NUM');
    const noun = bare ? [[at, ...Array.from({ length: of.head + 1 - s0 }, (_, q) => s0 + q)]] : [];
    if (usable(of) && tryAdd(t, tokens, h, [...options0(h, at, of), ...noun])) {
      rules.push('title:measure-keeps-what');
      return completeEnding(a, c, tokens, rules, h, reread);
    }
    return 'title-cut:measure-without-what';
  }
  // ("investors sawed off 15 percent, or $21.1 billion, of the company's market value Tuesday": a figure the title ends
  // on, with "of" after it in the sentence, is a share of what that phrase names; "Investors sawed off 15 percent, or
  // $21.1 billion" says not of what. Kept when the title has room, else no title.)
  // (Past the comma that closes the figure's "or" apposition too: "15 percent, or $21.1 billion, of".)
  // ("Yugoslavia had repaid 640 mln dlrs of principal and 325 mln dlrs of interest": an amount of money after one whose
  // "of" phrase the title keeps is of something as well; alone, "transferred 459 mln dlrs" reads as money moved.)
  const parallelAmount = words.some((i) => i < last && t.norm[i] === 'of' && moneyAfterNumber(t, i - 1));
  const apposed = t.norm[at] === ',' && t.norm[at + 1] === 'of' && words.some((i) => t.norm[i] === 'or' && t.norm[i - 1] === ',' && tokens.has(i - 1));
  const ofAt = apposed ? at + 1 : at;
  if (at < sEnd && !tokens.has(at) && t.norm[ofAt] === 'of' && t.tag[last] === 'NUM' && numberedName(t, last)) rules.push('title:numbered-name-no-figure');
  if (at < sEnd && !tokens.has(at) && t.norm[ofAt] === 'of' && (isFigureEnd(t, last) || ((reread || parallelAmount) && moneyAfterNumber(t, last)))) {
    const figure = nps.find((x) => x.end === last + 1 && x.start <= last);
    // (Only an "of" phrase the chunker read: "of operating cash flow", its -ing read as a verb, is left to the rules after.)
    const of = figure && !figure.temporal ? phraseAt(ofAt) : undefined;
    if (figure && of) {
      if (of.temporal) return null;
      const lead = apposed ? [at] : [];
      if (
        usable(of) &&
        tryAdd(
          t,
          tokens,
          h,
          options0(h, ofAt, of).map((o) => [...lead, ...o]),
        )
      ) {
        rules.push('title:figure-keeps-of-phrase');
        // ("Yugoslavia had repaid 640 mln dlrs of principal and 325 mln dlrs of interest so far in 1987": the phrase
        // added may end on a figure of its own, whose "of" phrase the title reads again.)
        const added = [...tokens.keys()].filter((i) => h.isWord(i)).sort((x, y) => y - x)[0];
        return added > last ? completeEnding(a, c, tokens, rules, h, true) : null;
      }
      // (Without room for both, the first figure alone takes the phrase: "Investors sawed off 15 percent of the
      // company's market value"; the "or" figure restates it.)
      const orAt = apposed ? words.find((i) => t.norm[i] === 'or' && t.norm[i - 1] === ',' && i > figure.start) : undefined;
      if (usable(of) && orAt !== undefined) {
        const kept = [...tokens.keys()].filter((i) => i < orAt - 1 || i > last);
        const option = options0(h, ofAt, of).find((o) => h.fits([...kept, ...o]));
        if (option) {
          for (const i of [...tokens.keys()]) if (i >= orAt - 1 && i <= last) tokens.delete(i);
          for (const i of option) tokens.set(i, 'phrase');
          rules.push('title:figure-keeps-of-phrase', 'title:figure-apposition-dropped');
          return null;
        }
      }
      return 'title-cut:figure-without-of';
    }
  }
  // ("Gulfstream provided about 57 mln dlrs in pretax earnings to Chrysler last year", "$20 billion in damages": an amount
  // of money the title ends on is of what its bare "in" phrase names; "Gulfstream provided about 57 mln dlrs" says not
  // what the money was. Only a common noun without an article, a number or an -ing ("in heavy
  // trading" says where). Kept when the title has room, else no title: `title:amount-keeps-what-it-is`,
  // `title-cut:amount-without-what-it-is`.)
  if (at < sEnd && !tokens.has(at) && t.norm[at] === 'in' && t.tag[at] === 'ADP') {
    const figure = nps.find((x) => x.end === last + 1 && x.start <= last && !x.temporal);
    const span = figure ? Array.from({ length: figure.end - figure.start }, (_, q) => figure.start + q) : [];
    const money = span.some((i) => t.tag[i] === 'NUM') && span.some((i) => MONEY_WORDS.test(t.norm[i]));
    const what = money ? phraseAt(at) : undefined;
    if (
      what &&
      !what.temporal &&
      what.determiner < 0 &&
      !what.possessor &&
      what.properName === null &&
      t.tag[what.head] === 'NOUN' &&
      !/ing$/.test(t.norm[what.head]) &&
      !Array.from({ length: what.end - what.start }, (_, q) => what.start + q).some((i) => t.tag[i] === 'NUM' || (t.flags[i] & Flag.CAPITALISED) !== 0)
    ) {
      if (usable(what) && tryAdd(t, tokens, h, options0(h, at, what))) {
        rules.push('title:amount-keeps-what-it-is');
        return null;
      }
      // (Money paid is plain without it: "Pfizer was ordered by a Boston jury to pay $142 million [in damages]".)
      if (!words.some((i) => t.tag[i] === 'VERB' && PAYING_VERBS.has(t.lemma[i] || t.norm[i]))) return 'title-cut:amount-without-what-it-is';
    }
  }
  // ("Hong Kong's key electronics industry last year accounted for exports of 61 billion H.K. Dlrs", "Hong Kong Land
  // shares gained 30 cts to close at eight dlrs each yesterday": a bare noun whose "of" phrase is a figure, or a verb
  // whose phrase is one, says its fact only with the figure; "accounted for exports", "gained 30 cts to close" read as
  // cut off. Kept when the title has room, else no title: `title:keeps-its-figure`, `title-cut:figure-left-out`.)
  // ("The pressure in the well was measured Saturday morning at 6,745 pounds per square inch": past a time too.)
  const figureAt = t.tag[last] === 'VERB' ? timeAfter(a, c.sentence, at) : at;
  if (figureAt < sEnd && !tokens.has(at) && !tokens.has(figureAt) && t.tag[figureAt] === 'ADP') {
    const bareNoun =
      np !== undefined &&
      t.tag[last] === 'NOUN' &&
      t.norm[figureAt] === 'of' &&
      // ("Spain's broad based M-4 money supply rose at an annualised rate of 16.7 pct in February", Reuters 1987: a rate
      // or an amount that "a" introduces says which only by its figure; "rose at an annualised rate" was judged cut off.
      // "Allis-Chalmers reported a net loss" stands.)
      (np.determiner < 0 ||
        (np.determiner === np.start && /^an?$/.test(t.norm[np.determiner]) && (RATE_NOUNS.has(t.norm[np.head]) || AMOUNT_NOUNS.has(t.norm[np.head])))) &&
      !np.possessor &&
      !Array.from({ length: np.end - np.start }, (_, q) => np.start + q).some((i) => t.tag[i] === 'NUM');
    const bareVerb = t.tag[last] === 'VERB' && t.norm[figureAt] !== 'of';
    const what = bareNoun || bareVerb ? phraseAt(figureAt) : undefined;
    const figure = (x: NounPhrase) =>
      isFigureEnd(t, x.head) || moneyAfterNumber(t, x.head) || (t.tag[x.head] === 'NOUN' && t.tag[x.head - 1] === 'NUM' && !numberedName(t, x.head - 1));
    if (what && what.preposition === figureAt && !what.temporal && figure(what)) {
      // (The whole figure only: its short form drops the number, "exports of H.K. Dlrs", or the unit's words, "6,745
      // pounds [per square inch]".)
      // (A rate's unit goes on past the phrase: "6,745 pounds per square inch".)
      const rate = t.norm[what.end] === 'per' ? nps.find((x) => x.preposition === what.end && !x.temporal) : undefined;
      const option = [figureAt, ...h.core(what), ...(rate ? [what.end, ...h.core(rate)] : [])];
      if (usable(what) && (t.norm[what.end] !== 'per' || rate) && tryAdd(t, tokens, h, [option])) {
        rules.push('title:keeps-its-figure');
        return null;
      }
      return 'title-cut:figure-left-out';
    }
  }
  const manner = completeMannerParticiple(a, c, tokens, rules, h, last);
  if (manner !== undefined) return manner;
  if (!np || at >= sEnd || tokens.has(at)) return null;
  // ("Scientists have established the first case of the new H1N1 influenza strain showing resistance to Tamiflu": "the
  // first" or "the only" is first or only among what the participle or relative after the title's last noun says;
  // "Scientists have established the first case of the new H1N1 influenza strain" says the strain's first case. No
  // title, `title-cut:first-without-what-it-is-first-of`.)
  const ordinal = words.some((i) => i > c.verb.head && /^(?:first|only)$/.test(t.norm[i]) && t.norm[i - 1] === 'the');
  if (
    ordinal &&
    a.clauses.some((x) => x.sentence === c.sentence && (x.kind === 'participial' || x.kind === 'relative') && x.verb.start >= at && x.start <= at + 1)
  )
    return 'title-cut:first-without-what-it-is-first-of';
  // ("lowest level of his presidency", "construction of five more large sections of ... sand berms": the phrase, and
  // the "of" phrase of its own head when that needs one too; only the whole.)
  const withOwnOf = (x: NounPhrase): number[] | null => {
    if (t.norm[x.end] !== 'of' || !needsOf(t, x.head)) return [];
    const inner = phraseAt(x.end);
    return usable(inner) && !inner.temporal ? [x.end, ...h.core(inner)] : null;
  };
  const options = (p: number, x: NounPhrase): number[][] => {
    const own = withOwnOf(x);
    if (own === null) return [];
    return [
      [p, ...h.core(x), ...own],
      [p, ...h.short(x), ...own],
    ];
  };
  // ("The British energy giant's London share price tumbled to its lowest level in 13 years on Tuesday": a superlative
  // the title ends on is bounded by the phrase after it; "tumbled to its lowest level" reads as an all-time low
  // (unfaithful). A time is its scope here, "since 1997", not the day of the fact.)
  const sup = superlativeAt(t, np);
  for (let i = np.start; i <= np.head; i++) if (tokens.has(i) && boundsANumber(t, i)) rules.push('title:number-bound-no-superlative');
  if (sup >= 0 && tokens.has(sup)) {
    const prep = t.norm[at];
    if (prep === 'ever') {
      if (tryAdd(t, tokens, h, [[at]])) {
        rules.push('title:superlative-keeps-scope');
        return null;
      }
      return 'title-cut:superlative-without-scope';
    }
    if (t.tag[at] === 'ADP' && SUPERLATIVE_SCOPE_PREPOSITIONS.has(prep)) {
      const scope = phraseAt(at);
      if (usable(scope) && tryAdd(t, tokens, h, options(at, scope))) {
        rules.push('title:superlative-keeps-scope');
        return null;
      }
      return 'title-cut:superlative-without-scope';
    }
  }
  // ("AMC, which last week reported its first profitable quarter in two years, said ...": "first" or "only" the title
  // keeps is bounded by the span after the noun, "in two years", "since 1985", "ever"; "AMC reported its first
  // profitable quarter" says its first ever (unfaithful). Only a span of time: "its first quarter
  // results in March" says when. Kept when the title has room, else no title: `title:ordinal-keeps-its-limit`,
  // `title-cut:ordinal-without-its-limit`.)
  const ordinalWord = (i: number) => /^(?:first|only)$/.test(t.norm[i]) && tokens.has(i);
  if (sup < 0 && Array.from({ length: np.head - np.start }, (_, q) => np.start + q).some(ordinalWord)) {
    const limit = ordinalLimit(a, c.sentence, at);
    if (limit.length) {
      if (tryAdd(t, tokens, h, [limit])) {
        rules.push('title:ordinal-keeps-its-limit');
        return null;
      }
      return 'title-cut:ordinal-without-its-limit';
    }
  }
  // ("where regulators on Saturday reopened a 23-mile area off of Escambia County to harvest saltwater fish": an area
  // with only "a" is told by where it lies; "Regulators reopened a 23-mile area" says not where. Kept
  // when the title has room, else no title.)
  if (
    AREA_NOUNS.has(t.lemma[last] || t.norm[last]) &&
    np.determiner >= 0 &&
    /^(?:a|an)$/.test(t.norm[np.determiner]) &&
    !np.possessor &&
    AREA_PLACE_PREPOSITIONS.has(t.norm[at]) &&
    t.tag[at] !== 'VERB'
  ) {
    // ("off of": the two words open one phrase.)
    const p = t.norm[at] === 'off' && t.norm[at + 1] === 'of' ? at + 1 : at;
    const place = phraseAt(p);
    if (place?.temporal) return null;
    const lead = p === at ? [at] : [at, p];
    if (
      usable(place) &&
      tryAdd(t, tokens, h, [
        [...lead, ...h.core(place)],
        [...lead, ...h.short(place)],
      ])
    ) {
      rules.push('title:area-keeps-place');
      return null;
    }
    return 'title-cut:area-without-place';
  }
  // ("The White House ordered BP to pay for construction of five more large sections of Louisiana barrier island sand
  // berms Wednesday", "Obama today risked the wrath of families of 9/11 victims": a noun that says nothing without its
  // "of" phrase, at the title's end with the phrase after it in the sentence, keeps it, or no title.)
  if (t.norm[at] === 'of' && needsOf(t, last)) {
    const of = phraseAt(at);
    if (of?.temporal) return null;
    if (usable(of) && tryAdd(t, tokens, h, options(at, of))) {
      rules.push('title:ending-keeps-of-phrase');
      // ("for the purchase of 10,000 tonnes [of refined soyabean oil]", "his suggestion of a rise [in reserve
      // requirements]": the phrase added may end on a word that needs its own phrase.)
      const added = [...tokens.keys()].filter((i) => h.isWord(i)).sort((x, y) => y - x)[0];
      return added > last ? completeEnding(a, c, tokens, rules, h, reread) : null;
    }
    return 'title-cut:of-phrase-left-out';
  }
  // ("The head of another foreign bank said that only a month ago, the Bank of Spain had dismissed his suggestion of a
  // rise in reserve requirements", Reuters 1987: a change that "a" introduces, or no article, is a change in what its
  // "in" phrase names; "dismissed his suggestion of a rise" was judged cut off (a rise of what). Kept when the title
  // has room, else no title: `title:change-keeps-what-changed`, `title-cut:change-without-what-changed`.)
  if (
    t.norm[at] === 'in' &&
    CHANGE_NOUNS.has(t.norm[last]) &&
    t.tag[last] === 'NOUN' &&
    (np.determiner < 0 || /^an?$/.test(t.norm[np.determiner])) &&
    !np.possessor &&
    // (A noun before it already says what changed: "Venezuelan president Jaime Lusinchi approved a general wage
    // increase in the form of bonuses" stands.)
    t.tag[last - 1] !== 'NOUN' &&
    t.tag[last - 1] !== 'PROPN'
  ) {
    const what = phraseAt(at);
    if (what && !what.temporal && !what.pronoun && what.preposition === at) {
      // ("was caused by a sharp rise in the inflow of foreign funds": what changed, with "the" and nothing that names
      // it, is the one its own "of" phrase says.)
      const inner = definiteCommon(t, what) && t.norm[what.end] === 'of' ? phraseAt(what.end) : undefined;
      const own = inner ? (usable(inner) && !inner.temporal ? [what.end, ...h.core(inner)] : null) : [];
      if (
        own &&
        usable(what) &&
        tryAdd(
          t,
          tokens,
          h,
          options(at, what).map((o) => [...o, ...own]),
        )
      ) {
        rules.push('title:change-keeps-what-changed');
        return null;
      }
      return 'title-cut:change-without-what-changed';
    }
  }
  // ("President Barack Obama on Friday named a new director for the U.S. Centers for Disease Control and Prevention",
  // Timeline17, Reuters: a post that "a" introduces is one in the body its "of", "for" or "at" phrase names; "named a
  // new director" was judged cut off (director of what). Kept when the title has room, else no title:
  // `title:post-keeps-its-body`, `title-cut:post-without-its-body`.)
  if (np.determiner === np.start && /^an?$/.test(t.norm[np.determiner]) && TITLE_WORDS.has(t.norm[last]) && /^(?:of|for|at)$/.test(t.norm[at])) {
    const body = phraseAt(at);
    if (body && !body.temporal && !body.pronoun) {
      if (usable(body) && tryAdd(t, tokens, h, options(at, body))) {
        rules.push('title:post-keeps-its-body');
        return null;
      }
      return 'title-cut:post-without-its-body';
    }
  }
  // ("Waterworld star Kevin Costner, who 15 years ago began funding the work of Louisiana-based firm Ocean Therapy
  // solutions, ...", "The American Stock Exchange said it has started trading the common stock of Oxford Energy Co":
  // a common noun with "the" and nothing that names it, written right before its "of" phrase, is the one that phrase
  // says; "began funding the work" or "started trading the common stock" points at nothing a reader of the title can
  // place. The phrase is kept when the title has room, else no title: `title:definite-keeps-of-phrase`,
  // `title-cut:definite-without-its-of-phrase`.)
  // (Only a verb's own object or an "of" phrase's: after another preposition the title's phrase says where or from what,
  // and reads whole, "President Joe Biden flew over the wreckage", "had only just recovered from the ravages".)
  if (t.norm[at] === 'of' && definiteCommon(t, np) && (np.preposition < 0 || t.norm[np.preposition] === 'of')) {
    const of = phraseAt(at);
    if (!of || of.temporal) return null;
    // (Not a list the title would cut: "the wreck of the ocean liner Titanic as well as the blockbuster 1997 Hollywood
    // movie", whose "as well" the tagger read as nouns of the phrase.)
    const list = of !== undefined && (of.conjuncts.length > 0 || t.norm.slice(of.start, of.end).includes('as'));
    if (usable(of) && !list && tryAdd(t, tokens, h, options(at, of))) {
      rules.push('title:definite-keeps-of-phrase');
      return null;
    }
    return 'title-cut:definite-without-its-of-phrase';
  }
  return null;
}

/**
 * "the work", "the common stock", "the spread": "the" opens the phrase, its head is a common noun in lower case, and
 * no name, owner, number or capitalised word says which ("the Oil Pollution Act", "the Texas court", "the 1985 sale"
 * are placed, or a name the title must not cut).
 */
function definiteCommon(t: TokenTable, np: NounPhrase): boolean {
  if (np.determiner !== np.start || t.norm[np.determiner] !== 'the') return false;
  if (np.possessor || np.names.length || np.properName || np.conjuncts.length || np.appositive) return false;
  if (t.tag[np.head] !== 'NOUN' || (t.flags[np.head] & Flag.CAPITALISED) !== 0) return false;
  for (let i = np.start + 1; i < np.head; i++) if (t.tag[i] === 'PROPN' || t.tag[i] === 'NUM' || (t.flags[i] & Flag.CAPITALISED) !== 0) return false;
  return true;
}

/**
 * ("In subways, ferry terminals and on the streets, more people went about their business on Saturday wearing surgical
 * masks": an -ing participle with no comma before it, after the title's verb or past a time, tells how the subject
 * did what the title says, and may be the point: "More people went about their business" is not what the sentence
 * reports (unfaithful).) Kept when the title has room (`title:manner-participle-kept`); without room,
 * no title when the subject counts "more" or "fewer" people than before, whom the participle says
 * (`title-cut:comparison-in-participle`); else the title stands. undefined when no such participle follows.
 */
function completeMannerParticiple(a: Analysis, c: Clause, tokens: Roles, rules: string[], h: TitleHelpers, last: number): string | null | undefined {
  const t = a.tokens;
  const k = c.sentence;
  const p = timeAfter(a, k, last + 1);
  const verbLast = Math.max(c.verb.end, c.verb.particle + 1) - 1;
  if (p >= a.sentences[k].tokenEnd || tokens.has(p) || t.tag[p] !== 'VERB' || !/ing$/.test(t.norm[p])) return undefined;
  if (!(p > last + 1 || last === verbLast) || t.norm[p - 1] === ',' || PREPOSITION_PARTICIPLES.has(t.norm[p])) return undefined;
  // (Not after an object: "a trio of Democratic senators introduced legislation Monday raising it to $10 billion" is
  // the legislation's; nor "having" or "being", a participle of another time: "Bao arrived in Beijing on Friday having
  // traveled home from America via Tokyo".)
  if ((c.object && tokens.has(c.object.head)) || /^(?:having|being)$/.test(t.norm[p])) return undefined;
  const x = a.clauses.slice(a.clauseRange[k][0], a.clauseRange[k][1]).find((y) => y.kind === 'participial' && y.verb.start === p && y.parent === c.id);
  if (!x) return undefined;
  const ids = h.clauseWords(x);
  if (ids.length && !ids.some((i) => t.tag[i] === 'PRON') && tryAdd(t, tokens, h, [ids])) {
    rules.push('title:manner-participle-kept');
    return null;
  }
  const subject = c.subject;
  const counted = subject && Array.from({ length: subject.head - subject.start }, (_, q) => subject.start + q).some((i) => /^(?:more|fewer)$/.test(t.norm[i]));
  return counted ? 'title-cut:comparison-in-participle' : undefined;
}

/**
 * The words of the span of time that bounds an ordinal, from token `at`: "ever", "since 1985", "since the war", "in two
 * years", "in a decade", "in more than a year"; [] when no such span follows.
 */
function ordinalLimit(a: Analysis, k: number, at: number): number[] {
  const t = a.tokens;
  const sEnd = a.sentences[k].tokenEnd;
  if (at >= sEnd) return [];
  if (t.norm[at] === 'ever') return [at];
  if (t.norm[at] !== 'since' && t.norm[at] !== 'in') return [];
  const phrase = a.nounPhrases[k].find((x) => x.preposition === at || x.start === at + 1);
  if (!phrase || phrase.pronoun) return [];
  const ids = [at];
  for (let i = at + 1; i < phrase.end; i++) ids.push(i);
  // ("in two years", "in a decade": a count of a unit of time; "since" takes any time or happening.)
  if (t.norm[at] === 'in' && !SPAN_UNITS.test(t.lemma[phrase.head] || t.norm[phrase.head])) return [];
  if (t.norm[at] === 'in' && !ids.some((i) => t.tag[i] === 'NUM' || /^(?:a|an|several|many|recent)$/.test(t.norm[i]))) return [];
  return ids;
}

/** Words of an amount of money ("57 mln dlrs", "$20 billion", "£4.95", "200 mln stg"). */
export const MONEY_WORDS = /^(?:dlrs?|dollars?|\$|us\$|c\$|a\$|£|€|stg|sterling|pounds?|euros?|yen|marks|francs|lire|pesos?|cruzados?|rupees?)$/;

/** Units of a span of time ("in two years", "in a decade"). */
const SPAN_UNITS = /^(?:years?|months?|weeks?|days?|decades?|centur(?:y|ies)|generations?|quarters?)$/;

/** The first and last tokens of the time expression that holds token i, if one does. */
export function dateTokensAt(
  t: TokenTable,
  i: number,
  times: ReadonlyArray<{ start: number; end: number }>,
): { first: number; last: number; span: { start: number; end: number } } | null {
  const span = firstHolding(times, t.start[i], t.end[i]);
  if (!span) return null;
  let first = i;
  while (first > 0 && t.start[first - 1] >= span.start) first--;
  let last = i;
  while (last + 1 < t.tag.length && t.end[last + 1] <= span.end) last++;
  return { first, last, span };
}

/**
 * Is token i in a date written before the noun it modifies, between the noun's determiner, owner or "of" and its other
 * words ("The 1918 influenza pandemic -- which killed tens of millions of people -- began mild", "a 2005 refinery blast
 * that killed 15 workers", "risked the wrath of September 11 victim's families")? Left out as a date, "The influenza
 * pandemic killed tens of millions" read, in an H1N1 timeline, as the current pandemic, and "the wrath
 * victim's families" lost its "of". Only a year, or a month and its day, whose words before and after are in the title.
 */
export function yearModifierKept(
  t: TokenTable,
  tokens: ReadonlyMap<number, unknown>,
  i: number,
  times: ReadonlyArray<{ start: number; end: number }>,
): boolean {
  // (A year, a day or a month, before the search of the times: this runs on every word of every title.)
  if (t.tag[i] !== 'NUM' && !isMonth(t.norm[i])) return false;
  const held = dateTokensAt(t, i, times);
  if (!held) return false;
  const { first, last, span } = held;
  const year = (k: number) => t.tag[k] === 'NUM' && /^(?:1[5-9]|20)\d\d$/.test(t.norm[k]);
  const day = (k: number) => t.tag[k] === 'NUM' && /^(?:[1-9]|[12]\d|3[01])$/.test(t.norm[k]);
  const month = (k: number) => isMonth(t.norm[k]);
  const words = last - first + 1;
  const before = first - 1;
  const after = last + 1;
  // ("Lukman gave no specific figures for February output", "The official gave no figure for February output": a month
  // alone between a preposition (or a verb) and its noun is the noun's; left out, the preposition went with it and the
  // title read "gave no specific figures output" (Reuters first look): `title:month-modifier-kept`.)
  const monthOfNoun = words === 1 && month(first) && before >= 0 && (t.tag[before] === 'ADP' || t.tag[before] === 'VERB') && t.tag[after] === 'NOUN';
  const dated = words === 1 ? year(first) || monthOfNoun : words === 2 && ((month(first) && day(last)) || (day(first) && month(last)));
  if (!dated || t.start[first] !== span.start || t.end[last] !== span.end) return false;
  if (before < 0 || after >= t.tag.length || !tokens.has(before) || !tokens.has(after)) return false;
  if (monthOfNoun) return (t.flags[after] & Flag.POSSESSIVE) === 0 && (t.flags[after] & Flag.GLUED) === 0;
  // (A month and day only after "of", where leaving it out leaves "of" without its phrase; "the April 20 explosion" reads
  // whole as "the explosion" on a line dated April 20.)
  const opens = words === 2 ? t.norm[before] === 'of' : t.tag[before] === 'DET' || t.tag[before] === 'ADJ' || (t.flags[before] & Flag.POSSESSIVE) !== 0;
  const noun = t.tag[after] === 'NOUN' || t.tag[after] === 'PROPN' || t.tag[after] === 'ADJ';
  return opens && noun && (t.flags[after] & Flag.POSSESSIVE) === 0 && (t.flags[after] & Flag.GLUED) === 0;
}

/** A month's name or its abbreviation ("Sept."). */
const isMonth = (w: string): boolean => Object.hasOwn(MONTH_NAMES, w.replace(/\.$/, ''));
