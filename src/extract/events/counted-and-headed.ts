/**
 * Dates and happenings that belong to a part of the sentence, not to its verb:
 * - `date-scope:period-of-the-counted-object`: a month or a year after the counted object of a verb of reporting
 *   dates the things counted, not the report;
 * - `date-scope:of-a-heading-noun`: a date inside a heading in capitals glued before the sentence names the heading's
 *   noun, not the clause after it;
 * - `hearsay:noun-before-its-phrases`: "rumors in world oil markets on Tuesday that ..." is hearsay as "rumors that" is;
 * - `background:pressed-by-a-trend`: "Ecuador, squeezed by a slide in prices, suspended ..." tells a condition;
 * - `background:the-thing-compared`: "as the virus that caused the 1918 pandemic" says which thing is compared;
 * - `date-scope:narrative-now`: "Fast forward to 2010, and ..." sets the story's now, no happening's date.
 */
import type { Analysis } from '../nlp/analyse';
import type { Clause } from '../nlp/clauses';
import { Flag } from '../nlp/tokens';
import { COUNT_TELLING_VERBS, PERFECT_TREND_VERBS } from '../lexicon/events';

type Span = { start: number; end: number };

/** Words of an amount of money in a counted object: "a 16 mln dlr trade deficit", "$27 billion of cash flow". */
const AMOUNT_OF_MONEY = /^(?:dlrs?|dollars?|\$|us\$|£|€|stg|sterling|pounds|yen|marks|francs|lire|pesos|cruzados)$/;

/** A month, a quarter or a year with no day in it: "February", "in February 2009", "1986", "the first quarter". */
function periodOnly(text: string): boolean {
  if (/\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\b(?:today|yesterday|tonight|tomorrow|week|morning|afternoon|evening|night)\b/i.test(text)) return false;
  // (A day of the month is one or two digits: "March 2", "2 June"; a year has four.)
  return !/(?<!\d)\d{1,2}(?:st|nd|rd|th)?(?!\d)/.test(text);
}

/**
 * "The U.N.'s Food and Agriculture Organization reported 250 outbreaks of H5N1 in birds in February alone -- in
 * Bangladesh, China, Egypt ..." (Reuters, May 2009): a month or a year written after the counted object of a verb of
 * reporting ("reported 250 outbreaks ... in February") says when the things counted happened; the report came later, on
 * a day the sentence does not give (a wrong date). A day stays the report's: "Doctors reported 351 cases in
 * Glasgow and Paisley yesterday", "U.S. health officials confirmed a total of 91 human cases ... on Tuesday"; and a
 * date before the object ("BP reported in 2009 that ...") is the verb's. Verbs of doing keep the period, which is theirs
 * ("Ecuador sold 16.1 mln barrels of crude in January").
 */
export function periodOfTheCountedObject(a: Analysis, c: Clause, lemma: string, times: ReadonlyArray<Span>): Array<[number, number]> {
  const t = a.tokens;
  const o = c.object;
  if (!COUNT_TELLING_VERBS.has(lemma) || c.passive || !o || o.preposition >= 0 || o.temporal || o.start < c.verb.end) return [];
  // (A count: a number before the object's noun, "250 outbreaks", "a total of 91 human cases".)
  let count = false;
  for (let i = o.start; i <= o.head; i++) if (t.tag[i] === 'NUM') count = true;
  if (!count) return [];
  // ("LIMA, March 18 - Peru registered a 16 mln dlr trade deficit in 1986, its first trade shortfall in four years",
  // Reuters 1987: an amount of money is no count of things observed but the figure the subject made over the period,
  // and the year is its performance's, judged a happening of 1986. Only counted things, "250 outbreaks", "91 cases".)
  for (let i = o.start; i <= o.head; i++) if (AMOUNT_OF_MONEY.test(t.norm[i])) return [];
  const from = t.end[o.head];
  const to = t.end[c.end - 1];
  return times.filter((x) => x.start >= from && x.end <= to && periodOnly(a.text.slice(x.start, x.end))).map((x) => [x.start, x.end] as [number, number]);
}

/**
 * "THE NORTH SLOPE'S BIGGEST SPILL, MARCH 2, 2006 As production from the Prudhoe Bay field on Alaska's North Slope
 * declined in the late 90s and early 2000s, BP slashed costs to compensate" (Fox News, August 2010): a heading in
 * capitals that the page glued to the next sentence is no part of its clause, and a date the heading sets after its
 * noun ("BIGGEST SPILL, MARCH 2, 2006") is that noun's; the costs were cut years before (a wrong date). A
 * heading that opens with its date is a timeline's entry and dates what follows: "2 JUNE: LOWER MARINE RISER PACKAGE
 * After the failure of the top kill procedure, BP attempts to cut the top off".
 */
export function datesOfAHeadingNoun(a: Analysis, c: Clause, times: ReadonlyArray<Span>): Array<[number, number]> {
  const t = a.tokens;
  const s0 = a.sentences[c.sentence].tokenStart;
  const capitals = (i: number) => (t.flags[i] & Flag.ALL_CAPS) !== 0;
  let end = s0;
  let words = 0;
  // (Its possessive is glued and lower-cased by the tokenizer: "THE NORTH SLOPE'S".)
  const possessive = (i: number) => (t.norm[i] === "'s" || t.norm[i] === '’s') && (t.flags[i] & Flag.GLUED) !== 0;
  while (end < c.verb.start && (capitals(end) || possessive(end) || t.tag[end] === 'NUM' || t.tag[end] === 'PUNCT')) {
    if (capitals(end)) words++;
    end++;
  }
  // (A heading of two words at least, then the sentence's own capitalised word: "As production ...".)
  if (words < 2 || end >= c.verb.start || (t.flags[end] & Flag.CAPITALISED) === 0) return [];
  if (!capitals(s0)) return [];
  const firstWordEnd = t.end[s0];
  const dates = times.filter((x) => x.start >= firstWordEnd && x.end <= t.end[end - 1]);
  if (!dates.length) return [];
  // ("TEXAS CITY VAPOR CLOUD, AUGUST 10, 2005 A gas-oil leak at the Texas City refinery produced a vapor cloud": a clause
  // that tells of the heading's noun is the heading's happening, and its date stays.)
  // (The heading's noun is its last word before the date, "SPILL", "CLOUD"; "THE NORTH SLOPE'S" only says whose.)
  let noun = '';
  for (let i = s0; i < end && t.start[i] < dates[0].start; i++) if (capitals(i)) noun = t.norm[i];
  for (let i = end; i < c.end; i++) if (t.norm[i] === noun) return [];
  return dates.map((x) => [x.start, x.end] as [number, number]);
}

/**
 * "There were rumors in world oil markets on Tuesday that Iran had fired shells at an oil camp in northern Kuwait"
 * (Reuters, October 1987): the noun of hearsay a "that" clause tells the content of may stand before the noun's own
 * phrases of place and time; the clause is hearsay as "rumors that Iran had fired" is, and its title would state a
 * rumour as fact (no happening, a wrong date, an unfaithful title). The index of that noun, or -1 when the word
 * before "that" ends no such phrase. Only phrases: a comma, a verb or a conjunction between closes the noun's words.
 */
export function hearsayNounBeforeItsPhrases(a: Analysis, sentence: number, before: number, nouns: ReadonlySet<string>): number {
  const t = a.tokens;
  const nps = a.nounPhrases[sentence];
  let k = before;
  for (let step = 0; step < 4 && k >= 0; step++) {
    const np = nps.find((x) => x.end === k + 1 && (x.preposition >= 0 || x.temporal));
    if (!np) return -1;
    k = np.preposition >= 0 ? np.preposition - 1 : np.start - 1;
    // (The tagger may read the noun as a verb, "There were rumors in ..."; a noun follows a determiner, an adjective, an
    // auxiliary or a preposition, where a verb of saying would follow its subject: "BP reports in its filing that".)
    if (k >= 0 && nouns.has(t.norm[k]) && (t.tag[k] === 'NOUN' || (k > 0 && ['DET', 'ADJ', 'AUX', 'ADP'].includes(t.tag[k - 1])))) return k;
  }
  return -1;
}

/**
 * "Ecuador, squeezed by a slide last year in prices for crude, its main export, suspended payments to private foreign
 * banks in January", "Ecuador, squeezed by the slide in world oil prices in 1986, had only 138 mln dlrs in net
 * international reserves" (Reuters, 1987): a passive participle between commas whose agent is a movement of a measure
 * (a slide, a fall, a rise in prices) tells what weighed on its noun, a condition behind the clause's news and no act
 * of anyone ("Ecuador squeezed by a slide" no happening). An agent that is a happening or
 * someone stays: "The Ecuadorean economy, struck by an earthquake last month, ...", "Merrill Lynch and Co, recommended
 * today by a PaineWebber analyst, rose 2-5/8".
 */
export function pressedByATrend(a: Analysis, c: Clause): string | null {
  const t = a.tokens;
  if (c.kind !== 'participial' || !c.passive || c.subjectFrom !== 'antecedent' || !c.agent || t.norm[c.verb.start - 1] !== ',') return null;
  const head = t.norm[c.agent.head];
  if (t.tag[c.agent.head] !== 'NOUN') return null;
  return PERFECT_TREND_VERBS.has(head) || PERFECT_TREND_VERBS.has(head.replace(/s$/, '')) ? 'background:pressed-by-a-trend' : null;
}

/**
 * "Intriguingly swine flu is of the same basic type, called H1N1, as the virus that caused the 1918 pandemic" (the
 * Guardian, May 2009), "But it's not nearly as lethal as the bug that caused the 1918 Spanish flu pandemic": a relative
 * clause on the noun a comparison measures against ("the same ... as the virus that", "as lethal as the bug that",
 * "worse than the spill that") says which thing is meant, a background identification and no happening the article
 * reports ("The virus caused the 1918 pandemic" no happening). "such as" gives examples, no comparison:
 * "countries such as Mexico, which reported 100 deaths" stays.
 */
export function theThingCompared(a: Analysis, c: Clause): string | null {
  const t = a.tokens;
  if (c.kind !== 'relative' || c.subjectFrom !== 'antecedent' || !c.subject || c.subject.preposition < 0) return null;
  // (Only a restrictive relative, which says which thing is meant: "it could come closer than Hurricane Alex, which
  // interrupted the cleanup operations last week" (Reuters, July 2010) tells a happening of its own after its comma.)
  if (t.norm[c.subject.end] === ',' || t.norm[c.start - 1] === ',' || t.norm[c.start] === ',') return null;
  const p = c.subject.preposition;
  if (t.norm[p] === 'than') return 'background:the-thing-compared';
  if (t.norm[p] !== 'as' || t.norm[p - 1] === 'such') return null;
  // ("as lethal as", "the same basic type, called H1N1, as": the first term of the comparison, a few words before.)
  const s0 = a.sentences[c.sentence].tokenStart;
  for (let i = p - 1; i >= Math.max(s0, p - 12); i--) {
    if (t.norm[i] === 'same' || (t.norm[i] === 'as' && i === p - 2)) return 'background:the-thing-compared';
    if (t.tag[i] === 'VERB' && i < p - 1 && t.norm[i] !== 'called') break;
  }
  return null;
}

/**
 * "Fast forward to 2010, and BP's alternative energy division has been left to wither on the vine" (the Guardian, June
 * 2010): a time the writer fast-forwards a story to is the narrative's "now", from which a state is seen, not the date
 * of a happening (no happening, and a wrong date). Such times date no clause: `date-scope:narrative-now`.
 */
export function narrativeNowTimes(a: Analysis, times: ReadonlyArray<Span>): Array<[number, number]> {
  // (Asked once per clause, answered once per article: the answer depends on the article's text and times only.)
  const known = narrativeNowOf.get(times);
  const found =
    known && known.text === a.text && known.length === times.length
      ? known.found
      : times
          .filter((x) => /\b(?:fast|flash|skip|jump)[\s-]forward\s+to\s+$/i.test(a.text.slice(Math.max(0, x.start - 24), x.start)))
          .map((x) => [x.start, x.end] as [number, number]);
  if (found !== known?.found) narrativeNowOf.set(times, { text: a.text, length: times.length, found });
  return found.map(([s, e]) => [s, e]);
}

const narrativeNowOf = new WeakMap<ReadonlyArray<Span>, { text: string; length: number; found: Array<[number, number]> }>();
