/**
 * measures: a clause with a measure verb ("total", "amount to", "fetch", "go at") that tells a level read off a market's
 * screen or a balance sheet, not a happening (candidates.ts `happeningRule` asks these with the background states).
 * Four shapes, each on the parse and the clause's own words, not on which noun the figure is of:
 * - a quote set beside other levels or placed at a time of the session (`state:quote-beside-levels`);
 * - a price a lot "went at" (`state:went-at-a-price`);
 * - a total held at a day, "at April 30" (`state:level-at-a-date`);
 * - a total of a period its subject names, set beside another period's (`state:total-of-a-named-period`).
 */
import type { Analysis } from '../nlp/analyse';
import type { Clause } from '../nlp/clauses';
import { lemmaAt } from '../nlp/tokens';
import { LEVEL_VERBS } from '../lexicon/events';
import { FULL_MONTH_NAMES, MONTH_ABBREVIATIONS } from '../lexicon/time';

/** Words that set one figure beside another: "against 1.8195/8205", "vs 150,746 bales". */
const BESIDE_WORDS = new Set(['against', 'vs', 'vs.', 'versus']);
/** Times of a market's session that place a quote: "at midsession", "at the opening", "at midday". */
const SESSION_WORDS = new Set(['midsession', 'midday', 'midmorning', 'midafternoon', 'noon', 'opening', 'close', 'fixing']);
const MONTH_WORDS = new Set([
  ...FULL_MONTH_NAMES.map((m) => m.toLowerCase()),
  ...MONTH_ABBREVIATIONS,
  ...MONTH_ABBREVIATIONS.map((m) => `${m}.`),
  'sept',
  'sept.',
]);

/** The clause's words from its verb to the sentence's end or a semicolon. */
function wordsAfterVerb(a: Analysis, c: Clause): number[] {
  const t = a.tokens;
  const end = a.sentences[c.sentence].tokenEnd;
  const out: number[] = [];
  for (let i = Math.max(c.verb.end, c.verb.particle + 1); i < end && t.norm[i] !== ';'; i++) out.push(i);
  return out;
}

/** Is there a figure among the first `n` words from `from` (a number, or a currency sign)? */
function figureNear(a: Analysis, from: number, n: number, end: number): boolean {
  const t = a.tokens;
  for (let i = from; i < Math.min(end, from + n); i++) if (t.tag[i] === 'NUM' || /^[$£€]/.test(t.norm[i])) return true;
  return false;
}

/** Does a figure stand beside another ("against 1.8195/8205", "vs 150,746 bales") in the words? */
function besideAnotherFigure(a: Analysis, words: number[]): boolean {
  const t = a.tokens;
  const end = (words[words.length - 1] ?? 0) + 1;
  for (const i of words) {
    if (BESIDE_WORDS.has(t.norm[i]) && figureNear(a, i + 1, 3, end)) return true;
    if (t.norm[i] === 'compared' && (t.norm[i + 1] === 'with' || t.norm[i + 1] === 'to') && figureNear(a, i + 2, 3, end)) return true;
  }
  return false;
}

/**
 * "The dollar fetched 1.8215/25 marks at midsession against 1.8195/8205 at the opening and 1.8245/55 in Europe last
 * night" (Reuters, 7 April 1987; titled "The dollar fetched 1.8215/25 marks at midsession" and dated by the last night
 * of the baseline, judged a level, no happening), "The pound fetched 2.9480/9520 marks and 1.6190/6200 dlrs at
 * midsession after its opening 2.9540/75": what a currency or a good fetched, set beside another level or placed at a
 * time of the session, is a quote read off the screen (`state:quote-beside-levels`). A thing sold for a sum ("the
 * painting fetched 5 mln dlrs at auction") has neither and stays.
 */
export function quoteBesideLevelsRule(a: Analysis, c: Clause): string | null {
  const t = a.tokens;
  if (c.passive || c.verb.particle >= 0 || lemmaAt(a.tokens, c.verb.head) !== 'fetch') return null;
  const o = c.object;
  // (The figure is the object, or right after the verb when the parse read "above 18 dlrs/bbl" as a phrase.)
  let figureEnd = -1;
  if (o && o.preposition < 0) {
    if (figureNear(a, o.start, o.end - o.start, o.end)) figureEnd = o.end;
  } else {
    const end = a.sentences[c.sentence].tokenEnd;
    const num = [0, 1, 2].map((k) => c.verb.end + k).find((i) => i < end && t.tag[i] === 'NUM');
    if (num !== undefined) figureEnd = num + 1;
  }
  if (figureEnd < 0) return null;
  const words = wordsAfterVerb(a, c).filter((i) => i >= figureEnd);
  if (words.length === 0) return null;
  for (const i of words) {
    // ("Malaysia's benchmark Tapis blend fetched above 18 dlrs/bbl this year against a low of 10.50 dlrs/bbl in July".)
    if (BESIDE_WORDS.has(t.norm[i]) && figureNear(a, i + 1, 4, words[words.length - 1] + 1)) return 'state:quote-beside-levels';
    if (t.norm[i] === 'at' && (SESSION_WORDS.has(t.norm[i + 1]) || (t.norm[i + 1] === 'the' && SESSION_WORDS.has(t.norm[i + 2]))))
      return 'state:quote-beside-levels';
  }
  return null;
}

/**
 * "April/May butter went at 2.27 times New York May, June/July at 4,400 and 4,415 dlrs" (Reuters cocoa review, 26
 * February 1987; judged a price quote for a delivery period, no happening): what a lot of a good "went at" is its price
 * in the market's report, a level (`state:went-at-a-price`). A person or a company that went at something ("Smith went
 * at the problem") has no figure after "at", and a named subject is left to the other rules.
 */
export function wentAtAPriceRule(a: Analysis, c: Clause): string | null {
  const t = a.tokens;
  if (c.passive || c.object || c.verb.particle >= 0 || lemmaAt(a.tokens, c.verb.head) !== 'go') return null;
  if (t.norm[c.verb.end] !== 'at' || !figureNear(a, c.verb.end + 1, 2, a.sentences[c.sentence].tokenEnd)) return null;
  const s = c.subject;
  if (!s || s.pronoun || s.properName !== null || t.tag[s.head] === 'PROPN') return null;
  return 'state:went-at-a-price';
}

/**
 * "The bank said non-accrual loans totalled 3.3 billion dlrs at April 30--1.5 billion in domestic loans" (Reuters, 2 June
 * 1987; titled "Royal Bank's non-accrual loans totalled 3.3 billion dlrs", dated 30 April, judged a balance at a date,
 * no happening): a total "at" a day, or "as of" one, or "at end January", is what was held on that day, a level read off a balance sheet
 * (`state:level-at-a-date`); a flow's total is "in April" or "for the month" and is left to the other rules.
 */
export function levelAtADateRule(a: Analysis, c: Clause): string | null {
  const t = a.tokens;
  if (c.passive || !LEVEL_VERBS.has(lemmaAt(a.tokens, c.verb.head))) return null;
  const words = wordsAfterVerb(a, c);
  let figure = false;
  for (const i of words) {
    if (t.norm[i] === ',') return null;
    if (t.tag[i] === 'NUM' && !figure) {
      figure = true;
      continue;
    }
    if (!figure) continue;
    const at = t.norm[i] === 'at' ? i + 1 : t.norm[i] === 'as' && t.norm[i + 1] === 'of' ? i + 2 : -1;
    if (at < 0) continue;
    if (MONTH_WORDS.has(t.norm[at]) && /^\d{1,2}$/.test(t.norm[at + 1] ?? '')) return 'state:level-at-a-date';
    // ("The bank said M-2A totalled a provisional 583,806 billion lire at end January against ... 593,827 billion in
    // December 1986": a month's end written "end January" or "end-January".)
    if ((t.norm[at] === 'end' && MONTH_WORDS.has(t.norm[at + 1])) || MONTH_WORDS.has(t.norm[at].replace(/^end-/, ''))) {
      if (t.norm[at] !== 'end' && !t.norm[at].startsWith('end-')) return null;
      return 'state:level-at-a-date';
    }
    return null;
  }
  return null;
}

/**
 * "American Pima ginnings from the final 1986 crop totaled 201,129 bales, vs 150,746 bales in the 1985 crop and 126,117
 * bales in 1984, the bureau said" (Reuters, 26 March 1987; judged a crop-year total, no happening): a total whose
 * subject names the period it covers by its year, set beside the totals of other periods, is a line of a yearly table,
 * a level and no happening of that year (`state:total-of-a-named-period`); a month names a period as well ("Shipments
 * during December 1986 amounted to 102,870 tonnes, against 108,514 tonnes in the same month of 1985"). Only after the
 * first paragraph, which tells the story's news. A total with no period before its verb ("sales totaled 2.1 billion
 * dlrs") and a move ("first quarter profit rose to 5 mln dlrs from 4 mln") are left to the other rules.
 */
export function totalOfANamedPeriodRule(a: Analysis, c: Clause): string | null {
  const t = a.tokens;
  if (c.passive || !LEVEL_VERBS.has(lemmaAt(a.tokens, c.verb.head)) || !c.subject || c.subjectFrom !== 'own') return null;
  // (In the story's first paragraph a period's total is the news of a statistics release and stays: "Argentine meat
  // exports during Jan/Dec 1986 totalled 220,911 tonnes, against 223,204 tonnes shipped in the same 1985 period".)
  if (!/\n[ \t]*\n/.test(a.text.slice(0, a.sentences[c.sentence].start))) return null;
  // (The period may open the clause: "For the first 11 months of 1986, Soviet imports totalled 5.12 mln tonnes, against
  // 4.30 mln in the same period of 1985".)
  let period = false;
  for (let i = Math.max(a.sentences[c.sentence].tokenStart, Math.min(c.start, c.subject.start)); i < c.verb.start; i++)
    if ((t.tag[i] === 'NUM' && /^(?:19|20)\d\d$/.test(t.norm[i])) || MONTH_WORDS.has(t.norm[i])) period = true;
  if (!period) return null;
  // (The other figure is the clause's own, before any verb of another clause: in "Imports from the EC in 1986 totalled
  // 830.2 billion escudos, while exports to the Community were 732.1 billion, compared with 609.5 billion" the
  // comparison is the exports', and the pair is left to events.ts `state:paired-figures`.)
  const own: number[] = [];
  for (const i of wordsAfterVerb(a, c)) {
    const comparing = t.norm[i] === 'compared' && (t.norm[i + 1] === 'with' || t.norm[i + 1] === 'to');
    if (!comparing && (t.tag[i] === 'VERB' || t.tag[i] === 'AUX' || t.tag[i] === 'SCONJ')) break;
    own.push(i);
  }
  return besideAnotherFigure(a, own) ? 'state:total-of-a-named-period' : null;
}
