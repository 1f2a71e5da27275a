/**
 * A date that follows a happening noun past that noun's own phrases dates the noun, not the clause: "Notes from BP's
 * internal interview with Walz on July 29 were discussed at the hearing Thursday" (the interview was on July 29, the
 * notes were discussed on Thursday); "Boeing ... declined to seek a deduction for any of a $615 million settlement with
 * the government in 2006" (the settlement was in 2006). candidates.ts puts such dates in the clause's `notDate`.
 */
import { DOCUMENT_HEADS, EVENT_NOUNS, ORDER_VERBS, SPOKEN_EVENT_NOUNS, SPOKEN_IN_NOUNS } from '../lexicon/events';
import { DATED_HAPPENING_NOUNS, MONTH_NAME_PATTERN } from '../lexicon/time';

/** A year or a month's name: "2009", "June". */
const YEAR_OR_MONTH = new RegExp(`\\b\\d{4}\\b|\\b(?:${MONTH_NAME_PATTERN})\\b`);
import type { TokenTable } from '../nlp/tokens';

/** The prepositions that hang a phrase on the noun before it: "interview with Walz", "letter from Suttles to the Coast Guard". */
const NOUN_PHRASE_PREPOSITIONS = new Set(['with', 'to', 'from', 'by', 'between', 'of', 'for', 'against', 'among', 'over', 'about']);
/** The words of a noun phrase walked back over: "BP Chief Operating Officer Douglas Suttles", "the government". */
const PHRASE_TAGS = new Set(['PROPN', 'NOUN', 'ADJ', 'DET', 'NUM', 'PART', 'SYM']);

function isHappeningNoun(t: TokenTable, k: number): boolean {
  if (t.tag[k] !== 'NOUN') return false;
  const w = t.norm[k];
  const one = w.replace(/s$/, '');
  return DATED_HAPPENING_NOUNS.has(one) || EVENT_NOUNS.has(w) || SPOKEN_EVENT_NOUNS.has(one) || SPOKEN_IN_NOUNS.has(one) || DOCUMENT_HEADS.has(one);
}

function isDocumentNoun(t: TokenTable, k: number): boolean {
  const one = t.norm[k].replace(/s$/, '');
  return SPOKEN_IN_NOUNS.has(one) || DOCUMENT_HEADS.has(one);
}

/**
 * The happening noun a date at `at` (a token index, the date's first word) follows past one or two phrases of its own
 * ("interview [with Walz] on July 29", "settlement [with the government] in 2006"), or -1: the date's preposition, then
 * back over each phrase's noun phrase to its preposition, to a noun of a happening, a document or a saying. A date
 * right after the noun (no phrase between) is `datesOfHappeningNounsIn`'s. Not before `from`.
 */
export function happeningNounPastItsPhrases(t: TokenTable, at: number, from: number): { noun: number; hops: number } | null {
  let k = at - 1;
  if (k >= from && t.tag[k] === 'ADP' && /^(?:in|on|at|during)$/.test(t.norm[k])) k--;
  for (let hops = 0; hops < 3; hops++) {
    if (k < from || !PHRASE_TAGS.has(t.tag[k])) return null;
    if (isHappeningNoun(t, k)) return { noun: k, hops };
    while (k >= from && PHRASE_TAGS.has(t.tag[k])) k--;
    if (k < from || t.tag[k] !== 'ADP' || !NOUN_PHRASE_PREPOSITIONS.has(t.norm[k])) return null;
    k--;
  }
  return null;
}

/** A noun made from a verb by its ending: "suspension", "resignation", "announcement". */
const NOMINALISATION = /^\p{Ll}{3,}(?:[st]ion|ment)s?$/u;

/** The preposition that opens the noun phrase whose head is at `k` ("at a meeting"), or -1. */
export function prepositionBefore(t: TokenTable, k: number, from: number): number {
  let i = k - 1;
  while (i >= from && PHRASE_TAGS.has(t.tag[i])) i--;
  return i >= from && t.tag[i] === 'ADP' ? i : -1;
}

/** The token between `lo` and `hi` a time expression starts at, or -1. */
function tokenAt(t: TokenTable, offset: number, lo: number, hi: number): number {
  for (let i = lo; i < hi; i++) if (t.start[i] >= offset) return t.start[i] === offset ? i : -1;
  return -1;
}

/**
 * The dates between tokens `from` and `to` (a clause's subject to its verb) that follow a happening noun past one or
 * more of its phrases (`happeningNounPastItsPhrases`), as character ranges for the clause's `notDate`.
 */
export function datesPastHappeningPhrases(
  t: TokenTable,
  from: number,
  to: number,
  times: ReadonlyArray<{ start: number; end: number }>,
): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const x of times) {
    if (x.start < t.start[from] || x.end > t.start[to]) continue;
    const at = tokenAt(t, x.start, from, to);
    const found = at > from ? happeningNounPastItsPhrases(t, at, from) : null;
    if (found && found.hops > 0) out.push([x.start, x.end]);
  }
  return out;
}

/**
 * A year or a month named by the calendar ("in 2006", "in early July"), no day nor a time counted from the page's:
 * a day at the end of the clause's words, "took responsibility for the U.S. response to the Gulf of Mexico oil spill on
 * Thursday", "moved to defuse a growing political row over the Gulf of Mexico oil spill yesterday", is the verb's, as
 * news writes it.
 */
function yearOrMonth(text: string): boolean {
  if (/\b(?:last|this|next|past|ago|yesterday|today|tonight|tomorrow|week|day|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/i.test(text))
    return false;
  if (/\d/.test(text.replace(/\b\d{4}\b/g, ''))) return false;
  return YEAR_OR_MONTH.test(text);
}

/** What a clause's happening took place in or during shares its date: "died in an explosion on April 20". */
const SETTING_PREPOSITIONS = new Set(['in', 'at', 'during', 'on', 'amid', 'throughout', 'within']);

/**
 * The dates after the verb that follow a happening noun written past the title's last word (`titleEnd`, a token) in its sentence (to `sentenceEnd`),
 * directly or past its phrases: "declined to seek a deduction for any of a $615 million settlement with the
 * government in 2006" (the title ends at "deduction"; 2006 is the settlement's). Not a noun of what the clause took
 * place in or during ("were killed in an explosion on April 20"); only a year or a month (`yearOrMonth`).
 */
export function datesOfHappeningNounsPastTitle(
  t: TokenTable,
  verbEnd: number,
  titleEnd: number,
  sentenceEnd: number,
  times: ReadonlyArray<{ start: number; end: number }>,
): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const x of times) {
    if (x.start <= t.end[titleEnd] || x.end > t.end[sentenceEnd - 1] || !yearOrMonth(t.text.slice(x.start, x.end))) continue;
    const at = tokenAt(t, x.start, titleEnd, sentenceEnd);
    if (at < 0) continue;
    const found = happeningNounPastItsPhrases(t, at, verbEnd);
    if (!found) continue;
    // ("Markey released a letter from BP Chief Operating Officer Douglas Suttles to the Coast Guard in early July": a
    // document with its writer in a "from" phrase is dated by its writing past those phrases, even as the title's
    // object; Markey released it on 28 July.)
    const writtenByAnother = found.hops > 0 && isDocumentNoun(t, found.noun) && t.norm[found.noun + 1] === 'from';
    if (found.noun <= titleEnd && !writtenByAnother) continue;
    const p = prepositionBefore(t, found.noun, verbEnd);
    if (p >= 0 && SETTING_PREPOSITIONS.has(t.norm[p])) continue;
    out.push([x.start, x.end]);
  }
  return out;
}

/**
 * "the spill, which followed the April 20 explosion", "Salazar's strong comments followed President Barack Obama's on
 * Saturday": a clause that puts its subject after (or before) another happening tells their order; a date written in
 * that happening's noun phrase ("the April 20 explosion"), or right after a possessive whose noun is left out
 * ("Obama's [comments] on Saturday"), is that happening's, and dates neither the clause nor its subject. (A date after
 * a whole object stays the clause's: "Protests followed the verdict on Saturday".)
 */
export function datesOfTheOtherHappening(
  t: TokenTable,
  lemma: string,
  object: { start: number; end: number } | null | undefined,
  times: ReadonlyArray<{ start: number; end: number }>,
): Array<[number, number]> {
  if (!object || !ORDER_VERBS.has(lemma)) return [];
  const out: Array<[number, number]> = [];
  const from = t.start[object.start];
  const last = object.end - 1;
  const elided = /^['’]s?$/.test(t.norm[last]) || /['’]s$/.test(t.norm[last]);
  for (const x of times) {
    if (x.start >= from && x.end <= t.end[last]) out.push([x.start, x.end]);
    else if (elided && x.start >= t.end[last] && /^\s*(?:(?:on|in|at)\s+)?$/i.test(t.text.slice(t.end[last], x.start))) out.push([x.start, x.end]);
  }
  return out;
}

/**
 * "That decision, spurred by Brazil's suspension of interest payments on February 20, reduced the quarter's net income"
 * (Reuters of 8 April 1987; the judges: "February 20 is the date of Brazil's suspension, not of the decision"): the
 * agent of a passive verb that is a happening noun, with a phrase of its own ("of interest payments") and then a date,
 * is dated by it; what the agent caused came after, on a day the sentence does not give. (A date right after the noun,
 * "was destroyed by an explosion on April 20", may be the clause's too, and stays.) A noun made from a verb by its
 * ending ("suspension", "announcement") names a happening as the lexicon's do.
 */
export function datesOfTheAgentsHappening(
  t: TokenTable,
  agent: { start: number; head: number; preposition: number } | null | undefined,
  sentenceEnd: number,
  times: ReadonlyArray<{ start: number; end: number }>,
): Array<[number, number]> {
  if (!agent || agent.preposition < 0 || t.norm[agent.preposition] !== 'by') return [];
  if (!isHappeningNoun(t, agent.head) && !(t.tag[agent.head] === 'NOUN' && NOMINALISATION.test(t.norm[agent.head]))) return [];
  const out: Array<[number, number]> = [];
  for (const x of times) {
    if (x.start <= t.end[agent.head] || x.end > t.end[sentenceEnd - 1]) continue;
    const at = tokenAt(t, x.start, agent.head, sentenceEnd);
    if (at < 0) continue;
    // Back from the date's preposition over the noun's phrases to the noun: only the words of noun phrases and the
    // prepositions that hang them on it, at least one of them.
    let k = at - 1;
    if (t.tag[k] === 'ADP' && /^(?:in|on|at|during)$/.test(t.norm[k])) k--;
    let phrases = 0;
    while (k > agent.head && (PHRASE_TAGS.has(t.tag[k]) || (t.tag[k] === 'ADP' && NOUN_PHRASE_PREPOSITIONS.has(t.norm[k])))) {
      if (t.tag[k] === 'ADP') phrases++;
      k--;
    }
    if (k === agent.head && phrases > 0) out.push([x.start, x.end]);
  }
  return out;
}
