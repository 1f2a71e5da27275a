/**
 * A company's or a market's figure that the title gives with no owner: "He said crude oil sales last year jumped to an
 * average 609,000 bpd" (Reuters 1987: the sayer is ADNOC's chairman, named sentences before), "Worldwide production by
 * the consolidated subsidiaries declined to 341 mln barrels last year" (Texaco's), "Al-Chalabi said OPEC members have
 * not exceeded the production quotas which took effect on February 1" (OPEC's: "The
 * production quotas took effect", actors empty). Out of its article, "Crude oil sales jumped" says not whose sales; a
 * reader reads it as a fact about no one. When no rule found the owner (the record has no actor: `ownerOfFigures` below,
 * `actors:sayer-owns-figures`, `actors:reporter-owns-figure`, `subject:company-named-before` name it when certain), the
 * event is dropped: `subject-cannot-be-placed:figure-without-owner`.
 *
 * The subject as the title shows it: its head (the last word before its first preposition, or the last two, "passenger
 * miles") is a figure noun (COMPANY_FIGURE_NOUNS, OWNED_FIGURE_NOUNS), and nothing in it says whose: no name (no
 * capital but a sentence's first letter), no possessive, no number ("Two million barrels of output" counts), no
 * pronoun. A noun before the head that makes it a thing, not a figure, changes the head ("An oil and gas production
 * platform caught fire": the head is "platform"). A month's name is no owner: "USAir Group Inc said March load factor
 * rose to 66.5 pct from 62.9 pct in March 1986" (Reuters 1987: "whose load factor is not said").
 *
 * An offer is someone's, for something, as a figure is (OWNED_OFFER_NOUNS): "THe tender offer began on February six",
 * "... under an extended tender offer that expired yesterday", "its 90.25 dlrs per share offer which expired at 2400
 * EST yesterday", "A takeover battle began today for debt-burdened Dome Petroleum Ltd" (Reuters 1987: "no
 * indication whose offer or for what"). Its price is no owner ("A 90.25 dlr or 384 mln dlr tender offer expired"), so
 * a number does not keep it; a name ("USAir's tender offer began") or a phrase kept after it ("The offer for Cyclops
 * expired") does: `subject-cannot-be-placed:offer-without-owner`. Negotiations and a repurchase program
 * (OWNED_PROCESS_NOUNS) are so too: `subject-cannot-be-placed:process-without-owner`.
 */
import {
  COMPANY_FIGURE_NOUNS,
  GROWTH_FIGURE_NOUNS,
  NOT_COMPANY_FIGURE_WORDS,
  OWNED_FIGURE_NOUNS,
  OWNED_OFFER_NOUNS,
  OWNED_PROCESS_NOUNS,
  OWNED_THING_NOUNS,
  PRICE_KIND_WORDS,
  QUOTE_NOUNS,
  YEARLY_FLOW_NOUNS,
} from '../lexicon/events';
import { COUNTRIES } from '../lexicon/countries';
import { MONTH_NAMES } from '../lexicon/time';
import { canBeTagged } from '../nlp/wink';

/** A state's short name or adjective, as written before a figure: "U.S.", "Canadian", "West German". */
const COUNTRY_WORDS = new Set(COUNTRIES.flatMap((c) => [...c.names, ...c.demonyms].filter((w) => !/\s/.test(w))));
const countryWord = (w: string) => COUNTRY_WORDS.has(w);

const MONTHS = new RegExp(
  `\\b(?:${Object.keys(MONTH_NAMES)
    .filter((name) => name.length > 3 && !name.includes('.'))
    .map((name) => name[0].toUpperCase() + name.slice(1))
    .join('|')}|May)\\b`,
  'g',
);

/**
 * A money aggregate, "M-1", "M3", "M0" (written "MO" too), with "money supply" after it or not, and before it only
 * lower-case words that say which measure, never whose: "broad", "Total M2", "Local M2", "Local currency M3", "broadly
 * defined M3 money supply" (the caller has read every capital but the sentence's first letter as no name).
 */
const MONEY_AGGREGATE = /\bM-?[0-4O]\b/g;
const MONEY_AGGREGATE_ALONE = /^(?:\p{L}[\p{Ll}-]*\s+){0,3}M-?[0-4O](?:\s+money(?:\s+supply)?)?$/u;

export function figureWithoutOwner(
  text: string,
  subject: { start: number; end: number },
  sentenceStart: number,
): 'figure' | 'money' | 'offer' | 'process' | 'price' | null {
  const words = text.slice(subject.start, subject.end).trim();
  if (!words || /['’]/.test(words)) return null;
  if (/\b(?:its|their|his|her|our|my|your|whose|this|these|that|those)\b/i.test(words)) return null;
  // (A capital only as the sentence's first letter: "Revenue passenger miles rose", not "Petrobras production fell"; a
  // month's name says when, not whose: "March load factor rose".)
  // ("THe tender offer began on February six": an article first in its sentence, however typed, is no name.)
  const first = text.slice(sentenceStart, subject.start).trim() === '';
  const rest = first ? words.replace(/^(?:the|an?)\b/i, '').replace(/^\p{Lu}/u, '') : words;
  // ("A bank official said M-3 rose 9.72 pct to a provisional 149.80 billion pesos at the end of December", "M-1 money
  // supply rose a provisional 17.3 pct" (Reuters, Manila, March 1987): a money aggregate's letter is no name; the
  // figure is a nation's, which the sentence does not say, `money-aggregate-without-nation`. So is it with a word of
  // which measure before it: "Total M2 rose 3.3 pct to 535.26 billion dlrs in January", "Local M2 rose 4.7 pct"
  // (Reuters, Hong Kong, March 1987; the judges: "whose 'Total M2' is unknown out of context").)
  if (/\p{Lu}/u.test(rest.replace(MONTHS, '').replace(MONEY_AGGREGATE, ''))) return null;
  if (MONEY_AGGREGATE_ALONE.test(words.replace(/^(?:the\s+)/i, '').split(/\s+(?:of|by|in|from|at|for|on|to|with|under|during)\s+/i)[0])) return 'money';
  const before = words
    .split(/\s+(?:of|by|in|from|at|for|on|to|with|under|during)\s+/i)[0]
    .toLowerCase()
    .split(/\s+/);
  const head = before.at(-1) ?? '';
  const two = before.slice(-2).join(' ');
  // (A price is no owner: "A 90.25 dlr or 384 mln dlr tender offer expired"; a count of a figure is, "Two million barrels of output".)
  if (OWNED_OFFER_NOUNS.has(head) || OWNED_OFFER_NOUNS.has(two)) return 'offer';
  // (Negotiations are between someone, a repurchase program someone's: "Negotiations began on January 21", "A stock
  // repurchase program began"; a phrase kept after it that names them keeps it, as for an offer.)
  // ("Peace talks resumed in Geneva on Monday": a noun before the process says which talks. A name in its own phrase,
  // "Negotiations with Iran", is read above; "Talks with bondholders started" still says whose talks with no one.)
  if (
    OWNED_PROCESS_NOUNS.has(head) &&
    before.length >= 2 &&
    canBeTagged(before.at(-2)!, 'NOUN') &&
    !canBeTagged(before.at(-2)!, 'ADJ') &&
    !/^(?:the|an?)$/.test(before.at(-2)!)
  )
    return null;
  if (OWNED_PROCESS_NOUNS.has(head) || OWNED_PROCESS_NOUNS.has(two)) return 'process';
  if (/\d/.test(words)) return null;
  // ("The price was last changed September 9, Unocal said", "Prices dropped to the lowest levels since September 1982",
  // "The average composite price fell to 99.69 cents a lb", "Futures bounced back from the lows" (wire copy, 1987, the
  // judges: "'The price' has no referent", "which prices (coffee)", "of what (ICO coffee)", "which futures (London
  // coffee)"): a price is of a thing; with no noun before it that names the thing ("Oil prices fell", "Spot market
  // prices", "pork prices") and no phrase after it ("The average price for oil and gas", "The price of a barrel"), the
  // title says the price of nothing: `subject-cannot-be-placed:price-of-nothing-named`.)
  if (
    QUOTE_NOUNS.has(head) &&
    before.length === words.toLowerCase().split(/\s+/).length &&
    before.slice(0, -1).every((w) => /^(?:the|an?)$/.test(w) || PRICE_KIND_WORDS.has(w) || !canBeTagged(w, 'NOUN'))
  )
    return 'price';
  // (A cost of a thing is that thing's: "BP says the cost of the spill had reached $3.12 billion"; a cost of doing is
  // no one's, "the cost of buying financial protection".)
  if (head === 'cost' && /\bcost\s+of\s+(?!\p{L}+ing\b)/iu.test(words)) return null;
  // ("USX said total capital spending fell to 962 mln dlrs in 1986", "noting that expense growth in 1986 increased only
  // one pct": a company's things and figures, OWNED_THING_NOUNS; growth only of a figure, not "economic growth".)
  // ("The Commerce Department reported personal consumption expenditures had risen just 0.1 pct" (Reuters 1987): a
  // nation's expenditures, a figure its title may give as the department tells it, no company's thing.)
  if (head === 'expenditures' && before.some((w) => NOT_COMPANY_FIGURE_WORDS.has(w))) return null;
  if (OWNED_THING_NOUNS.has(head) || (head === 'growth' && GROWTH_FIGURE_NOUNS.has(before.at(-2) ?? ''))) return 'figure';
  return COMPANY_FIGURE_NOUNS.has(head) || OWNED_FIGURE_NOUNS.has(head) || OWNED_FIGURE_NOUNS.has(two) ? 'figure' : null;
}

/**
 * An industry's, a market's or a nation's figure, by any word of `span` (NOT_COMPANY_FIGURE_WORDS): "General Motors Corp
 * said industry sales fell", "personal consumption expenditures"; no company owns it, whoever tells it (read here by
 * `ownerOfFigures` and by events/figure-owner.ts `ownerOfThing`).
 */
export const industryOrNationFigure = (text: string, span: { start: number; end: number }): boolean =>
  text
    .slice(span.start, span.end)
    .toLowerCase()
    .split(/[^\p{L}-]+/u)
    .some((w) => NOT_COMPANY_FIGURE_WORDS.has(w));

/**
 * "In its sulphur business, Pennzoil said production totaled 2.1 mln long tons last year", "Texaco said the proven crude
 * oil reserves of the company and its consolidated subsidiaries totaled 2.54 billion barrels at the end of 1986": a
 * company's figures (`COMPANY_FIGURE_NOUNS`, `YEARLY_FLOW_NOUNS`) that the subject gives with no owner and no name,
 * told by one organisation, are that organisation's own (`actors:sayer-owns-figures`). Not an outlet's, nor a person's
 * word (the caller gives only the organisations of the attribution that can own a figure, events.ts
 * `reportingOrganisations`), nor figures a name places or owns ("U.S. crude oil production fell ..., the Energy
 * Department said": the country's).
 *
 * (Not one test with `figureWithoutOwner`, on purpose: this one gives a record an actor, so it reads the subject
 * narrowly: lower-case words only, no number, a one-word head, before "of" only (or before "in", "for", "during" after a country's name a company gives, "U.S. truck sales in late March"); `figureWithoutOwner` drops a record,
 * read after this one found no owner, and reads more subjects as ownerless ("March load factor", "passenger miles",
 * "production by the consolidated subsidiaries"). Reading the owner as broadly would give figures to a sayer they
 * are not certain to be of.)
 */
export function ownerOfFigures<A extends { start: number; end: number }>(
  text: string,
  subject: { start: number; end: number },
  actors: A[],
  sources: A[],
  company = false,
): A | null {
  // (An industry's, a market's or a nation's figure is no sayer's: "General Motors Corp said industry sales fell".)
  if (industryOrNationFigure(text, subject)) return null;
  const within = actors.filter((a) => a.start < subject.end && a.end > subject.start);
  if (within.some((a) => !(company && countryWord(text.slice(a.start, a.end))))) return null;
  // (A month's name says when, not whose: "Chrysler Canada Ltd ... said February car sales fell to 9,640 units". A
  // company that tells its country's figure tells its own there: "Chrysler said U.S. truck sales in late March jumped
  // 65.2 pct to 28,698", "American Motors Corp said U.S. car sales for the March 11-20 period dropped 62 pct to 790"
  // (Reuters 1987: "it reads as all U.S. truck sales"); a public body's "U.S. crude oil production" is
  // the country's, so only for a company, `company`.)
  // (When the country's name comes first, the only name in the subject, a phrase after the head says when or for what
  // period, not whose: "U.S. truck sales in late March", "U.S. car sales for the March 11-20 period": the
  // same rule as a company's figures placed by a phrase.)
  const words0 = text.slice(subject.start, subject.end).trim();
  const placed = company && within.length === 1 && countryWord(words0.replace(/^the\s+/i, '').split(/\s+/)[0] ?? '');
  const split = words0.split(placed ? /\s+(?:of|in|for|during)\s/ : /\s+of\s/)[0].replace(MONTHS, 'month');
  const parts = split.trim().split(/\s+/);
  const at = parts.findIndex((w, i) => i < 3 && countryWord(w));
  const words = company && at >= 0 && at < parts.length - 1 ? parts.map((w, i) => (i === at ? 'country' : w)).join(' ') : split;
  if (!/^(?:the\s+)?[\p{Ll}\s-]+$/iu.test(words) || /^(?:its|their|his|her|our|my|your)\b/i.test(words)) return null;
  const head = /(\p{L}+)\s*$/u.exec(words)?.[1].toLowerCase();
  if (!head || (!COMPANY_FIGURE_NOUNS.has(head) && !YEARLY_FLOW_NOUNS.has(head))) return null;
  if (/\p{Lu}/u.test(words.replace(/^\p{Lu}/u, ''))) return null;
  return sources.length === 1 ? sources[0] : null;
}
