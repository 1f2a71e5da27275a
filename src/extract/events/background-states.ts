/**
 * Clauses that tell where something came from, a level held at a period's end, or the time of a forecast: each reads as
 * a happening in the past tense but tells none (candidates.ts `happeningRule` asks these after not-happenings.ts).
 */
import type { Analysis } from '../nlp/analyse';
import type { Clause } from '../nlp/clauses';
import { lemmaAt } from '../nlp/tokens';
import { WEEKDAY_NAMES } from '../lexicon/time';
import {
  BUDGETING_VERBS,
  CHALLENGE_VERBS,
  CLOCK_WORDS,
  DIMENSION_ADJECTIVES,
  FORECAST_CONTENT_VERBS,
  FORECAST_TIME_MARKERS,
  FORECAST_VERBS,
  FRAMING_PERIOD_NOUNS,
  LEVEL_VERBS,
  ORIGIN_VERBS,
  POLL_METHOD_VERBS,
  POLL_NOUNS,
  PRICE_LEVEL_VERBS,
  PRICE_MOVE_WORDS,
  PRICE_SUBJECT_NOUNS,
  RANKED_FIGURE_NOUNS,
  RANKING_VERBS,
  SHARE_NOUNS,
  PERIOD_BOUND_VERBS,
  PERIOD_RESULT_NOUNS,
  THWARTING_VERBS,
} from '../lexicon/events';

/**
 * "The current litigation arose from Texaco's buyout of Getty Oil Co in 1984", "The severe conditions with suppliers and
 * creditors arose from an unfavorable ruling last Monday": what a thing arose, stemmed or originated from is its
 * origin, background to the story; the happening is the one the "from" phrase names
 * (`state:origin-from`). "A dispute arose on Monday" (no "from") stays.
 */
export function originFromRule(a: Analysis, c: Clause): string | null {
  const t = a.tokens;
  if (!ORIGIN_VERBS.has(lemmaAt(a.tokens, c.verb.head)) || c.passive) return null;
  const after = c.verb.particle >= 0 ? c.verb.particle + 1 : c.verb.end;
  if (t.norm[after] === 'from') return 'state:origin-from';
  // ("IBM and Hitachi Ltd said they had agreed to revise a separate 1983 agreement which arose out of software disputes
  // similar to those between Fujitsu and IBM" (Reuters, June 1987): "arose out of" says where the agreement came from,
  // as "arose from" does; the happening is the agreement to revise it. Judged no happening, `state:origin-out-of`.)
  const out = c.verb.particle >= 0 && t.norm[c.verb.particle] === 'out' ? c.verb.particle : t.norm[c.verb.end] === 'out' ? c.verb.end : -1;
  return out >= 0 && t.norm[out + 1] === 'of' ? 'state:origin-out-of' : null;
}

/**
 * "The poll of 1,000 people was conducted June 17-21 and has a margin for error of plus-minus 3.1 percentage points"
 * (Reuters), "The Post-ABC poll was conducted June 3 to 6, among a random national sample of 1,004 adults" (Washington
 * Post, June 2010): when and how a poll was taken is its method note, the page's furniture under a poll's findings (both
 * no happening, `furniture:poll-method`). The findings and a poll released or published stay: "The Natural
 * Resources Defense Council released its own poll numbers".
 */
export function pollMethodRule(a: Analysis, c: Clause): string | null {
  const t = a.tokens;
  if (!c.passive || !c.subject || !POLL_NOUNS.has(t.norm[c.subject.head])) return null;
  // ("The survey was taken down on March 3, 2023 after complaints": a verb with its particle is another verb, save
  // "carried out".)
  if (c.verb.particle >= 0 && t.norm[c.verb.particle] !== 'out') return null;
  return POLL_METHOD_VERBS.has(lemmaAt(a.tokens, c.verb.head)) ? 'furniture:poll-method' : null;
}

/**
 * "Eletrospace shares closed yesterday on the NYSE at 30-1/8" (Reuters, June 1987): the price a stock closed or opened
 * at, with no move beside it, is a level read off the market's table, a state and no happening
 * (`state:closing-price`). A move stays a happening: "GenCorp stock closed yesterday in composite tape trading at 90.50
 * dlrs a share, up two dlrs on the day", "AMC common shares opened at four dlrs this morning after the Renault-Chrysler
 * announcement, up 3/8"; and "shares fell 12 pct" has no level. Only "at" and a number after the verb (past a time and
 * the market's place): "the market closed on Friday" or "closed the plant" are other happenings.
 */
export function closingPriceRule(a: Analysis, c: Clause): string | null {
  const t = a.tokens;
  if (c.passive || c.object || c.verb.particle >= 0 || !PRICE_LEVEL_VERBS.has(lemmaAt(a.tokens, c.verb.head))) return null;
  const end = a.sentences[c.sentence].tokenEnd;
  const at = Array.from({ length: Math.min(12, end - c.verb.end) }, (_, k) => c.verb.end + k).find((i) => t.norm[i] === 'at');
  if (at === undefined) return null;
  const num = Array.from({ length: 3 }, (_, k) => at + 1 + k).find((i) => i < end && t.tag[i] === 'NUM');
  if (num === undefined) return null;
  // ("The strike ended at 6 a.m.", "Voting closed at 8 p.m.": only a price closes at a number, the subject a stock, a
  // share, an index or a company by its name; and a number before a.m. or GMT is a clock time.)
  const head = c.subject?.head ?? -1;
  if (head < 0 || !(PRICE_SUBJECT_NOUNS.has(t.norm[head]) || t.tag[head] === 'PROPN')) return null;
  if ([num + 1, num + 2].some((i) => i < end && CLOCK_WORDS.has(t.norm[i].replace(/\./g, '')))) return null;
  // (No comma, "and" or "but" between the verb and "at": "closed its plant, and shares traded at 30" is no level of it.)
  for (let i = c.verb.end; i < at; i++) if (t.norm[i] === ',' || t.norm[i] === 'and' || t.norm[i] === 'but') return null;
  // (A move anywhere in the sentence after the verb: "up two dlrs on the day", "lower", "lost 1/4".)
  let baseline = false;
  for (let i = c.verb.end; i < end; i++) {
    if (!PRICE_MOVE_WORDS.has(t.norm[i])) continue;
    if (!previousSessionBaseline(a, i, end)) return null;
    baseline = true;
  }
  return baseline ? 'state:closing-price-against-previous' : 'state:closing-price';
}

/**
 * "The company's ordinary shares closed in Milan today at 12,540 lire in Milan today, up from a closing 12,195 Friday"
 * (Reuters, March 1987; the judges: "a closing share price is a market level, a state not a happening"): "up" or "down"
 * right before "from" and the level of the session before ("a closing 12,195", "Friday's close", "yesterday's 6.17
 * pct") measures no move; it sets the day's closing level beside the last one, two levels off the market's table
 * (`state:closing-price-against-previous`). A move measured stays a happening: "Woolworths shares closed on Australian
 * stock exchanges today at 3.50 dlrs, down five cents from Friday" (an amount between "down" and "from"), and so does a
 * fall over a longer time: "London coffee prices closed at 1,276 stg a tonne today, down from around 1,550 at the
 * beginning of March". `i` is the move word.
 */
function previousSessionBaseline(a: Analysis, i: number, end: number): boolean {
  const t = a.tokens;
  if ((t.norm[i] !== 'up' && t.norm[i] !== 'down') || t.norm[i + 1] !== 'from') return false;
  let session = false;
  for (let k = i + 2; k < Math.min(end, i + 8) && t.norm[k] !== ',' && t.norm[k] !== 'and'; k++) {
    const w = t.norm[k];
    if (w === 'at' || w === 'in' || w === 'since') return false;
    if (w === 'closing' || w === 'close' || w === 'yesterday' || w === "yesterday's" || w in WEEKDAY_NAMES || w.replace(/'s?$/, '') in WEEKDAY_NAMES)
      session = true;
  }
  return session;
}

/**
 * "The stock traded around 12, down 1/8, this afternoon, after falling to 11-1/2 earlier this week on the news" (Reuters,
 * 1987): the price a stock traded at or around during the day is a quote read off the screen, a state and no happening,
 * its move included, since the day's trading is not over ("BankAmerica stock traded around 12 down 1/8" is no
 * happening, `state:intraday-quote`). Only "at", "around", "near" or "about" and a number right after the verb, a price's
 * subject (a stock, a share, a company by its name), and no happening told after the quote in the clause's own words
 * ("shares traded at 30 and then plunged"): "traded blows", "traded places", "the company traded its stake" are others.
 */
export function intradayQuoteRule(a: Analysis, c: Clause): string | null {
  const t = a.tokens;
  if (c.verb.particle >= 0 || lemmaAt(a.tokens, c.verb.head) !== 'trade') return null;
  const at = c.verb.end;
  if (!['at', 'around', 'near', 'about'].includes(t.norm[at])) return null;
  // (The layer may read "around 12" as the verb's object; an object before the "at" is a thing traded: "traded places".)
  if (c.object && c.object.start <= at) return null;
  const num = [at + 1, at + 2].find((i) => i < c.end && t.tag[i] === 'NUM');
  if (num === undefined) return null;
  const head = c.subject?.head ?? -1;
  if (head < 0) return null;
  const priced = PRICE_SUBJECT_NOUNS.has(t.norm[head]) || t.tag[head] === 'PROPN';
  // ("Crepe two traded at 19.60 against 19.50 last week and other grades also showed gains", "May SMR 10 was traded at
  // 196.50" (Reuters, 1987, rubber auction reports; the judges: "a price quote in a market report, a state not a
  // happening"): a grade of a good is named by a number or a code, not by a noun of a price; what trades at a price beside
  // the price it traded at before ("against", "versus", "from" and a number) or in the passive ("was traded at") is a
  // quote whatever its subject. Not a person: "he traded at 20" is left to the other rules.)
  const againstLevel = () => {
    for (let i = num + 1; i < Math.min(c.end, num + 6); i++)
      if (['against', 'versus', 'vs', 'from'].includes(t.norm[i])) return [i + 1, i + 2].some((k) => k < c.end && t.tag[k] === 'NUM');
    return false;
  };
  if (!priced && (t.tag[head] === 'PRON' || !(c.passive || againstLevel()))) return null;
  if (c.passive && !priced && c.agent) return null;
  if ([num + 1, num + 2].some((i) => i < c.end && CLOCK_WORDS.has(t.norm[i].replace(/\./g, '')))) return null;
  // (A verb of the clause's own after the quote is another happening told with it: "traded at 30 and then plunged".)
  for (const [s, e] of c.pieces) for (let i = Math.max(s, num + 1); i < e; i++) if (t.tag[i] === 'VERB' || t.tag[i] === 'AUX') return null;
  return 'state:intraday-quote';
}

/** "at the end of 1986", "at year end", "at year-end", "at the end of the quarter". */
const PERIOD_END = /^at (?:the )?(?:end of|(?:year|quarter|month)(?: - | -|-| )end\b)/;

/**
 * "Texaco said the proven crude oil reserves of the company and its consolidated subsidiaries totaled 2.54 billion
 * barrels at the end of 1986": what a stock totaled or stood at on a period's last day is a level, a state read off a
 * balance sheet, no happening of that year (`state:level-at-period-end`). A flow over the year keeps its figure:
 * "Pennzoil said production totaled 2.1 mln long tons last year".
 */
export function levelAtPeriodEndRule(a: Analysis, c: Clause): string | null {
  const t = a.tokens;
  if (!LEVEL_VERBS.has(lemmaAt(a.tokens, c.verb.head))) return null;
  const end = a.sentences[c.sentence].tokenEnd;
  // ("After the provision for loan losses, Morgan's allowance for credit losses at the end of March totaled 953 mln dlrs
  // compared with 910 mln at end-1986" (Reuters, April 1987; judged "an allowance balance at the end of March is a
  // state (a level)"): the period's end may stand in the subject's phrases, before the verb.)
  if (c.subject && c.subject.start < c.verb.start) {
    const before: string[] = [];
    for (let i = c.subject.start; i < c.verb.start; i++) before.push(t.norm[i]);
    if (/(?:^| )at (?:the )?end of /.test(before.join(' '))) return 'state:level-at-period-end';
  }
  const words: string[] = [];
  for (let i = c.verb.end; i < end && words.length < 40; i++) words.push(t.norm[i]);
  const rest = words.join(' ');
  for (let k = rest.indexOf('at '); k >= 0; k = rest.indexOf('at ', k + 1))
    if ((k === 0 || rest[k - 1] === ' ') && PERIOD_END.test(rest.slice(k))) {
      // (Only up to the next comma: "..., down from 2.69 billion at the end of 1985" is the baseline's.)
      if (!rest.slice(0, k).includes(',')) return 'state:level-at-period-end';
      return null;
    }
  return null;
}

/**
 * "The company said these brands represent less than one pct of the RJ Reynolds Tobacco's USA total sales which
 * amounted to 4.7 bilion dlrs in 1986" (Reuters, April 1987): a relative clause that gives the level its antecedent
 * totaled or amounted to describes that figure, background to the clause it hangs on; judged no happening
 * (`state:level-of-its-antecedent`). The figure told as the clause's own ("sales totaled 2.1 billion dlrs") stays.
 */
export function levelOfAntecedentRule(a: Analysis, c: Clause): string | null {
  if (c.kind !== 'relative' || c.subjectFrom !== 'antecedent' || c.passive) return null;
  if (LEVEL_VERBS.has(lemmaAt(a.tokens, c.verb.head))) return 'state:level-of-its-antecedent';
  // ("In other areas, Silas looks for improved earnings from Phillips chemical operations, which provided 299 mln dlrs
  // in earnings for 1986, up from 219 mln dlrs in 1985" (wire copy, 1987; the judges: "a year's earnings figure given
  // as background ..., not something that occurred"): an active relative clause whose object is an amount followed by
  // "in" and a noun of PERIOD_RESULT_NOUNS ("in earnings", "in sales") gives the antecedent's result over a period, told
  // to describe it, as "which totaled" is: `state:figure-of-its-antecedent`. Whatever the verb ("provided", "brought
  // in", "posted"): the amount "in earnings" says it.)
  const t = a.tokens;
  const o = c.object;
  if (!o || o.preposition >= 0 || o.end + 1 >= c.end) return null;
  const amount = [o.head, ...o.modifiers].some((i) => t.tag[i] === 'NUM') || /^[$£€]/.test(t.norm[o.start]);
  return amount && t.norm[o.end] === 'in' && PERIOD_RESULT_NOUNS.has(t.norm[o.end + 1]) ? 'state:figure-of-its-antecedent' : null;
}

/**
 * "Analysts said they expected Texaco stock ... to slip to about 25 when the New York Stock Exchange opened Monday
 * morning": a time clause of an expected or future happening is part of the forecast, the time it names and no
 * happening the writer reports ("The New York Stock Exchange opened" would state a forecast's time as fact,
 * `forecast:time-of-expected`). Only under an infinitive of expecting: after "will" or "could" a past time clause is
 * often the done happening the forecast starts from ("BP will pay $20bn ... after company executives met Barack Obama
 * at the White House today"), and so is one opened by "after" ("expected shares to fall after the company reported a
 * loss"); the time clause of a happening told as done stays ("He was killed when the bomb exploded").
 */
export function forecastTimeClauseRule(a: Analysis, c: Clause): string | null {
  const t = a.tokens;
  if (c.kind !== 'adverbial' || c.marker < 0 || !FORECAST_TIME_MARKERS.has(t.norm[c.marker]) || c.parent < 0) return null;
  const parent = a.clauses[c.parent];
  if (parent.kind !== 'infinitive' || parent.parent < 0) return null;
  const governor = a.clauses[parent.parent];
  return FORECAST_VERBS.has(lemmaAt(a.tokens, governor.verb.head)) ? 'forecast:time-of-expected' : null;
}

/**
 * "Ford has projected output of 12,000 Tempo and Topaz models equipped with airbags in the 1987 model year" (Reuters,
 * March 1987; titled "Output of 12,000 Tempo and Topaz models equipped with airbags", judged "a plan/forecast, not a
 * happening"): what a speaker projects, forecasts or predicts is the speaker's figure of what will be, no happening
 * the article tells (`forecast:content`). What a speaker says or estimates happened is left to the other rules: "By late
 * Friday, federal officials estimated that the slick had reached land in Louisiana's isolated southeast corner" is
 * their finding of that day.
 */
export function forecastContentRule(a: Analysis, c: Clause): string | null {
  const r = c.reported;
  if (!r || r.verb < 0 || (r.kind !== 'speech' && r.kind !== 'belief')) return null;
  // (Only the clause right under the verb: "The slick is estimated to cover 16,000 sq miles of ocean, It began on 20
  // April when an explosion and fire destroyed BP's rig" tells the explosion as fact past the comma.)
  if (c.kind !== 'complement' || c.parent < 0 || a.clauses[c.parent].verb.head !== r.verb) return null;
  return FORECAST_CONTENT_VERBS.has(lemmaAt(a.tokens, r.verb)) ? 'forecast:content' : null;
}

/**
 * "Pennzoil also said it had budgeted 212 mln dlrs for capital spending in 1987, a drop from the 233 mln dlrs spent last
 * year": a budget is a plan of what is to be spent, and its year is the spending's, so it is no happening of that
 * date (`plan:budgeted`); what was spent ("the 233 mln dlrs spent last year") is the happening.
 */
export function budgetedPlanRule(a: Analysis, c: Clause): string | null {
  return BUDGETING_VERBS.has(lemmaAt(a.tokens, c.verb.head)) && !c.passive ? 'plan:budgeted' : null;
}

/**
 * "More modest GNP growth of five pct for 1987 was also targeted, Tigrel said" (Reuters, 1987): a figure that is
 * targeted, in the subject of the passive or the object of the active, is a goal set, a plan, no happening
 * (`plan:targeted-figure`); "Israeli jets bombed Palestinian targets", "the jets targeted a base" have no figure.
 */
export function targetedFigureRule(a: Analysis, c: Clause): string | null {
  if (lemmaAt(a.tokens, c.verb.head) !== 'target') return null;
  // (The figure may stand in the phrase after the noun's head: "growth of five pct for 1987 was targeted".)
  const np = c.passive ? c.subject : c.object;
  if (!np || np.start < 0) return null;
  const end = c.passive ? c.verb.start : c.end;
  if (end <= np.start) return null;
  const words = a.text.slice(a.tokens.start[np.start], a.tokens.end[end - 1]);
  if (FIGURE_WORDS.test(words)) return 'plan:targeted-figure';
  // ("Argentina's prime objective in renegotiating the debt was to maintain growth, which has been targeted at four pct in
  // 1987" (Reuters, February 1987; judged "a growth target, a plan"): the figure may stand in the "at" phrase after the
  // passive verb.)
  const at = c.verb.particle >= 0 ? c.verb.particle : c.verb.end;
  if (!c.passive || a.tokens.norm[at] !== 'at' || at + 1 >= c.end) return null;
  return FIGURE_WORDS.test(a.text.slice(a.tokens.start[at], a.tokens.end[Math.min(c.end, at + 5) - 1])) ? 'plan:targeted-figure' : null;
}

/** A figure in a noun phrase: a percent or a sum ("growth of five pct", "12 billion dlrs"). */
const FIGURE_WORDS = /\b(?:pct|percent|per\s+cent|dlrs|dollars|mln|million|billion)\b|%|\$\s*\d/i;

/**
 * "DeCrane said he expected the Texas State Supreme Court to overturn a State Appeals Court ruling that found Texaco
 * unlawfully interfered with Pennzoil's 1984 plan to acquire Getty Oil": what a ruling found, when the ruling is what a
 * clause seeks to overturn, appeal or challenge, is a finding in dispute; told as a title ("Texaco interfered ...") it
 * reads as fact, which it is not (`finding:under-challenge`). A finding upheld stays the court's
 * finding ("upheld a jury judgment that Texaco illegally interfered").
 */
export function findingUnderChallengeRule(a: Analysis, c: Clause): string | null {
  if (c.kind !== 'complement' || c.parent < 0 || c.reported?.kind !== 'speech') return null;
  const finding = a.clauses[c.parent];
  if (finding.kind !== 'relative' || finding.subjectFrom !== 'antecedent' || !finding.subject || finding.parent < 0) return null;
  const challenge = a.clauses[finding.parent];
  const o = challenge.object;
  if (!o || !CHALLENGE_VERBS.has(lemmaAt(a.tokens, challenge.verb.head))) return null;
  return finding.subject.head >= o.start && finding.subject.head < o.end ? 'finding:under-challenge' : null;
}

/**
 * "a 1985 judgment that ruled it illegally interfered with Pennzoil's 1984 acquisition of Getty Petroleum Corp": a
 * happening noun that a verb of thwarting governs ("interfered with", "blocked", "thwarted") may never have taken place
 * (Texaco bought Getty; Pennzoil did not), so it makes no verbless event of its own ("Pennzoil's acquisition of Getty
 * Petroleum Corp" would be no happening, and false of Pennzoil). `start` is the noun phrase's first token.
 */
export function thwartedHappeningNoun(a: Analysis, start: number): boolean {
  const t = a.tokens;
  let v = start - 1;
  if (v >= 0 && t.norm[v] === 'with') v--;
  // (An adverb between: "illegally interfered with", "effectively blocked".)
  while (v >= 0 && t.tag[v] === 'ADV') v--;
  return v >= 0 && t.tag[v] === 'VERB' && THWARTING_VERBS.has(lemmaAt(a.tokens, v));
}

/**
 * "Ford Motor Co neared General Motors Corp last year in executive bonuses, while it topped the larger automaker in
 * profit sharing payments to workers" (Reuters, March 1987): where one party stood against another in a measure over a
 * period is a comparison of their figures, a state and no happening (`state:ranked-against`). Only
 * a named party as the object and the measure in an "in" phrase after it (past a time): "waves that topped five feet
 * high", "Hutton's offer was topped today by a 40 dlr per share bid" are other things.
 */
export function rankedAgainstRule(a: Analysis, c: Clause): string | null {
  const t = a.tokens;
  const o = c.object;
  if (c.passive || !o || !RANKING_VERBS.has(lemmaAt(a.tokens, c.verb.head))) return null;
  if (t.tag[o.head] !== 'PROPN' && !o.properName) return null;
  let i = o.end;
  for (const np of a.nounPhrases[c.sentence]) if (np.start === i && np.temporal) i = np.end;
  if (t.norm[i] !== 'in' || (t.tag[i + 1] !== 'NOUN' && t.tag[i + 1] !== 'ADJ')) return null;
  // ("Nadal topped Federer in straight sets", "Obama topped McCain in national polls": a result, no figure; only a
  // figure in the "in" phrase, "in executive bonuses", "in profit sharing payments", makes a ranking of figures.)
  const end = a.sentences[c.sentence].tokenEnd;
  for (let k = i + 1; k < Math.min(end, i + 5) && t.tag[k] !== 'PUNCT' && t.tag[k] !== 'ADP'; k++)
    if (RANKED_FIGURE_NOUNS.has(t.norm[k])) return 'state:ranked-against';
  return null;
}

/**
 * "The sectors which registered the greatest growth in 1986 were fisheries with 10 pct, agriculture at 8.7 pct ..."
 * (Reuters, March 1987; judged "a ranking of sectors' growth, a background state"): a relative clause with a superlative
 * that picks out the subject of "be" ranks things, and the sentence names which ones; "The sectors registered the
 * greatest growth" tells no happening (`state:ranking-picks-subject`). A superlative told as the clause's own deed
 * stays ("BP drilled the deepest well ever").
 */
export function rankingPicksSubjectRule(a: Analysis, c: Clause): string | null {
  const t = a.tokens;
  if (c.kind !== 'relative' || c.subjectFrom !== 'antecedent' || !c.subject || !c.object || c.parent < 0) return null;
  const parent = a.clauses[c.parent];
  if (!parent.verb.copula || !parent.subject || parent.subject.head !== c.subject.head) return null;
  for (let i = c.object.start; i < c.object.head; i++)
    if ((t.tag[i] === 'ADJ' && /[a-z]est$/.test(t.norm[i]) && t.norm[i] !== 'interest') || SUPERLATIVE_WORDS.has(t.norm[i]))
      return 'state:ranking-picks-subject';
  return null;
}

/** Ordinals that rank a noun as a superlative does: "the first foreign bookrunner", "the second largest". */
const RANKING_ORDINALS = new Set(['first', 'second', 'third', 'fourth', 'fifth']);

/**
 * "Daiwa, the U.S. unit of Daiwa Securities Co Ltd of Japan, has become the first foreign bookrunner in the U.S.
 * corporate debt market this year" (Reuters, 1987; judged "a standing/ranking, not a dated occurrence"): what a thing
 * became, a rank among others ("the first", "the largest") over a whole year, is where it stands in a table of that
 * year, a state and no happening of a day (`state:ranking-over-a-year`). A first deed stays, told by the infinitive or
 * the relative clause after the rank: "became the first bank to open a branch in Tokyo this year", and so does a rank
 * with no year over it ("became the largest shareholder on Monday").
 */
export function rankingOverAYearRule(a: Analysis, c: Clause, times: ReadonlyArray<{ start: number; end: number }>): string | null {
  const t = a.tokens;
  const o = c.object;
  if (!o || c.passive || lemmaAt(a.tokens, c.verb.head) !== 'become' || t.norm[o.start] !== 'the') return null;
  let ranked = false;
  for (let i = o.start + 1; i < o.head; i++)
    if (RANKING_ORDINALS.has(t.norm[i]) || SUPERLATIVE_WORDS.has(t.norm[i]) || (t.tag[i] === 'ADJ' && /[a-z]est$/.test(t.norm[i]) && t.norm[i] !== 'interest'))
      ranked = true;
  if (!ranked) return null;
  const self = a.clauses.indexOf(c);
  if (a.clauses.some((x) => x.parent === self && (x.kind === 'infinitive' || x.kind === 'relative'))) return null;
  return hasWholeYear(a, c, times) ? 'state:ranking-over-a-year' : null;
}

/**
 * "The statement said WestLB International's business with private customers showed a pleasing expansion last year"
 * (Reuters, April 1987; judged "a year's business trend in the bank's own evaluative statement, not an occurrence"):
 * what a thing showed over a whole year, with no figure, is the course it took through the year, the teller's reading of
 * a trend and no happening (`state:trend-over-a-year`). A figure shown stays a result told ("Refining and marketing
 * showed operating profits of 40.1 mln dlrs"), and so does a trend of a month, a week or a day ("General Motors' sales
 * showed improvement" in February, "Relations between the two states showed the first signs of recovery").
 */
export function trendOverAYearRule(a: Analysis, c: Clause, times: ReadonlyArray<{ start: number; end: number }>): string | null {
  const t = a.tokens;
  const o = c.object;
  if (!o || c.passive || c.tense !== 'past' || o.preposition >= 0 || lemmaAt(a.tokens, c.verb.head) !== 'show') return null;
  if (t.tag[o.head] !== 'NOUN') return null;
  // (In the story's first paragraph the year's course is the news a report of results tells: "Acme said its business
  // showed a strong recovery last year" opening a story stays.)
  if (!/\n[ \t]*\n/.test(a.text.slice(0, a.sentences[c.sentence].start))) return null;
  const end = a.sentences[c.sentence].tokenEnd;
  // (The figure may stand in the phrases after the object: "showed a rise of 12 pct".)
  for (let i = o.start; i < Math.min(end, o.end + 6); i++) if (t.tag[i] === 'NUM' || /^[$£€%]/.test(t.norm[i])) return null;
  return hasWholeYear(a, c, times) ? 'state:trend-over-a-year' : null;
}

/** Words that make a superlative on their own or before an adjective: "the most growth", "the worst year". */
const SUPERLATIVE_WORDS = new Set(['most', 'least', 'worst', 'best']);

/**
 * "The Soviet Union has added 175,600 tonnes of U.S. corn to its previous commitments for delivery in the fourth year of
 * the U.S.-USSR Grain Supply Agreement, which began October 1, 1986" (Reuters, April 1987; the judges: a background
 * clause defining the agreement year, beside the sentence's real happening): a relative clause that tells where a
 * period begins or ends, on a period noun or on the phrase after a period noun's "of", bounds the time the news is
 * placed in, and is no happening of its own (`background:period-bounds`). The thing itself beginning stays: "the oil
 * spill, which began in April", "USAir's tender offer which began today".
 */
export function periodBoundsRule(a: Analysis, c: Clause): string | null {
  const t = a.tokens;
  if (!c.subject || c.object || c.passive || !PERIOD_BOUND_VERBS.has(lemmaAt(a.tokens, c.verb.head))) return null;
  const s = c.subject;
  // ("the White House budget office predicted the government would ... spend 1.066 trillion during fiscal 1988, which
  // began Oct. 1" (Reuters, October 1987; titled "Fiscal 1988 began", judged "a calendar/background fact"): a year named
  // by its number, "fiscal 1988", "1987", begins and ends on the calendar, in a relative clause or told as a sentence's
  // own ("Fiscal 1988 began October 1"); nothing happened.)
  if (namedYear(a, s)) return 'background:period-bounds';
  if (c.kind !== 'relative' || c.subjectFrom !== 'antecedent') return null;
  if (FRAMING_PERIOD_NOUNS.has(t.norm[s.head])) return 'background:period-bounds';
  return s.start >= 2 && t.norm[s.start - 1] === 'of' && FRAMING_PERIOD_NOUNS.has(t.norm[s.start - 2]) ? 'background:period-bounds' : null;
}

/** A subject that names a year by its number, alone or after "fiscal": "fiscal 1988", "1987", "fiscal year 1988". */
function namedYear(a: Analysis, s: NonNullable<Clause['subject']>): boolean {
  const t = a.tokens;
  if (!/^(?:19|20)\d\d$/.test(t.norm[s.head]) && !(t.norm[s.head] === 'year' && t.norm[s.head - 1] === 'fiscal')) return false;
  for (let i = s.start; i < s.head; i++) if (t.norm[i] !== 'fiscal' && t.norm[i] !== 'the' && t.norm[i] !== 'year') return false;
  return true;
}

/** A time of a whole year: "1986", "in 1986", "last year", "during the year". */
const WHOLE_YEAR = /^(?:(?:in|during|throughout|for)\s+)?(?:\d{4}|(?:last|that|this|the)\s+year|the\s+(?:previous|past|whole)\s+year)$/i;

/**
 * "Ryzhkov said excessive central control by Moscow-based ministries and wasteful use of resources had led to a
 * situation where 13 pct of Soviet industrial enterprises were making a loss in 1986" (Reuters, June 1987; the judges:
 * a state cited in a speech): a past progressive over a whole year tells what was going on through it, a state, and no
 * happening of that year (`state:progressive-over-a-year`). A progressive of a day is a happening in course ("The
 * channel ferry Herald of Free Enterprise was sinking off the Belgian coast tonight"), and one a saying reports tells
 * what was announced ("Brazil announced it was suspending interest repayments"): only a clause that is no complement.
 */
export function progressiveOverAYearRule(a: Analysis, c: Clause, times: ReadonlyArray<{ start: number; end: number }>): string | null {
  if (!c.progressive || c.tense !== 'past' || c.kind === 'complement' || c.perfect) return null;
  const t = a.tokens;
  for (const [s, e] of c.pieces) {
    if (s >= e) continue;
    const from = t.start[s];
    const to = t.end[e - 1];
    for (const x of times) {
      if (x.start < from || x.end > to || !WHOLE_YEAR.test(a.text.slice(x.start, x.end).trim())) continue;
      // ("At this time last year, a total of 109 rigs were working in Canada": a moment a year back, no whole year;
      // events.ts `date:level-a-year-back`.)
      if (/\btime\s*$/i.test(a.text.slice(Math.max(0, x.start - 12), x.start))) continue;
      return 'state:progressive-over-a-year';
    }
  }
  return null;
}

/** The clause's times that span a whole year ("last year", "in 1985"), as progressiveOverAYearRule reads them. */
function hasWholeYear(a: Analysis, c: Clause, times: ReadonlyArray<{ start: number; end: number }>): boolean {
  const t = a.tokens;
  for (const [s, e] of c.pieces) {
    if (s >= e) continue;
    for (const x of times)
      if (x.start >= t.start[s] && x.end <= t.end[e - 1] && WHOLE_YEAR.test(a.text.slice(x.start, x.end).trim())) {
        if (/\btime\s*$/i.test(a.text.slice(Math.max(0, x.start - 12), x.start))) continue;
        return true;
      }
  }
  return false;
}

/**
 * "Last year, one billion pounds of fish was harvested from the Gulf; now only a tiny fraction of that is being caught"
 * (Guardian, 2010; the judges: "a year's harvest total given as a comparison baseline, not something that occurred"),
 * "The 1986 annual report ... said 81 pct of the country's metal exports were channelled through Dar es Salaam last
 * year, versus 79 pct in 1985", "About 40 pct of the 1986 subsidies to state enterprises and 33 pct in 1985 were made to
 * maintain low consumer prices" (Reuters, 1987; the judges: "a share of subsidies in 1985 is a statistic (state), not
 * something that occurred"): a share, or a quantity of a thing ("N pounds of fish"), as the subject of a passive or
 * objectless past clause over a whole year is that year's total or share, a figure read off a table, no happening
 * (`state:share-or-total-over-a-year`). A count of
 * people ("17 people were injured", "15 workers died in 2005") has no "of" and stays, and so does a quantity of a day
 * ("nearly 8000 barrels of oil were collected" on 27 June).
 */
export function shareOrTotalOverAYearRule(a: Analysis, c: Clause, times: ReadonlyArray<{ start: number; end: number }>): string | null {
  const t = a.tokens;
  const s = c.subject;
  if (!s || c.subjectFrom !== 'own' || c.tense !== 'past' || c.progressive || (!c.passive && c.object)) return null;
  // (The phrase opens with its number, or "about", "nearly" before it: "The 1986 annual report of Zambia's ... said" is
  // a report, its year no count.)
  let first = s.start;
  while (first < s.head && t.tag[first] === 'ADV') first++;
  if (s.determiner >= 0 || t.tag[first] !== 'NUM' || /^\d{4}$/.test(t.norm[first])) return null;
  const share = SHARE_NOUNS.has(t.norm[s.head]);
  // (A quantity: a number, a noun of its unit and "of" and a thing after it, "one billion pounds of fish"; "Seven of the
  // 12 known dinners this year were hosted by lobbyist John Smith" counts happenings, and is left to the title's rules.)
  const quantity = t.tag[s.head] === 'NOUN' && t.norm[s.end] === 'of' && s.end < c.verb.start;
  if (!share && !quantity) return null;
  // (What a clause says or shows is no figure of its own: "90 pct of the analysts said last year that ...".)
  const self = a.clauses.indexOf(c);
  if (a.clauses.some((x) => x.parent === self && x.kind === 'complement')) return null;
  return hasWholeYear(a, c, times) ? 'state:share-or-total-over-a-year' : null;
}

/**
 * "The area around the leaking wellhead ... was buffeted Tuesday by strong, 20-knot winds and resulting waves that
 * topped five feet high Tuesday" (Washington Post, July 2010; the judges: "a weather condition (winds and waves), not
 * an event"): a verb whose object is a measure of size, a number, its unit and an adjective of dimension ("five feet
 * high"), tells how big a thing stood, a state and no happening (`state:size-measure`). A measure with no such adjective
 * is a move or an amount ("the Dow topped 2,000", "rose 5 feet").
 */
export function sizeMeasureRule(a: Analysis, c: Clause): string | null {
  const t = a.tokens;
  const o = c.object;
  if (!o || c.passive || o.preposition >= 0 || !DIMENSION_ADJECTIVES.has(t.norm[o.end - 1])) return null;
  if (o.end - 1 - o.start < 2 || t.tag[o.start] !== 'NUM') return null;
  // (A person's deed: "Smith jumped eight feet high" is a feat.)
  if (c.subject && (c.subject.properName || t.tag[c.subject.head] === 'PROPN')) return null;
  return 'state:size-measure';
}

/**
 * "This week, the crisis has taken on a more political dimension with UK Prime Minister David Cameron and senior
 * ministers commenting on the oil spill for the first time" (BBC, June 2010; the judges: "a characterization of a
 * state, not a happening"): what a thing takes on, when the object is a quality told by comparison, "more" or "less"
 * before its adjective ("a more political dimension", "a less urgent tone"), is the writer's reading of how it has
 * changed, a characterisation and no happening (`state:character-taken-on`); the happening is the one that gives it
 * that character (the ministers' comments). Taking on a thing or a task stays: "BP has taken on more debt" (no
 * adjective), "took on a new role", "assumed a larger share of the debt".
 */
export function characterTakenOnRule(a: Analysis, c: Clause): string | null {
  const t = a.tokens;
  const o = c.object;
  if (!o || c.passive) return null;
  const lemma = lemmaAt(a.tokens, c.verb.head);
  if (lemma !== 'take' || c.verb.particle < 0 || t.norm[c.verb.particle] !== 'on') return null;
  for (const i of o.modifiers)
    if ((t.norm[i] === 'more' || t.norm[i] === 'less') && t.tag[i + 1] === 'ADJ' && i + 1 < o.head) return 'state:character-taken-on';
  return null;
}
