/**
 * document: what a document says about itself: its title, who published it, when (from metadata,
 * a byline or a dateline; never from dates in page chrome that belong to other stories), and the
 * outlets and agencies it attributes claims to.
 */
// the English locale alone (chronoCalendarParser.ts says why)
import { withoutTickers } from './nlp/tickers';
import * as chrono from 'chrono-node/en';
import type { CleanResult, HtmlMeta } from './types';
import { ATTRIBUTION_CUES, INSTITUTION_HEADS, NEWS_AGENCIES, OUTLET_HEADS } from './lexicon/sources';
import { CHROME_LINES } from './lexicon/chrome';
import { TITLE_ABBREVIATIONS } from './lexicon/abbreviations';
import {
  MONTH_ABBREVIATIONS,
  MONTH_ABBREVIATION_PATTERN,
  FULL_MONTH_NAMES,
  FULL_WEEKDAY_NAMES,
  FUTURE_CUES,
  MONTH_NAME_PATTERN,
  WEEKDAY_NAME_PATTERN,
} from './lexicon/time';
import { NAME_DESCRIBING_NOUNS, PERSON_ROLE_NOUNS, isLegalSuffix } from './lexicon/actors';
import { COMPASS_WORDS, SPEECH_VERBS } from './lexicon/grammar';
import { COMPANY_DESCRIPTIONS } from './lexicon/events';
import { canBeTagged, tagWithWink } from './nlp/wink';
import { findTimeExpressions } from './time';
import escapeStringRegexp from 'escape-string-regexp';

export interface PublishedDate {
  value: string;
  /** Never a week: a byline, dateline or page date gives a day, a month or a year ("last week" is relative). */
  precision: 'day' | 'month' | 'year';
  basis: 'byline' | 'dateline' | 'metadata';
  /** The date as written: "November 30, 2024", "2024-11-30T08:00:00Z". */
  text: string;
}

export interface DocumentDescription {
  title: string;
  publisher: string | null;
  published: PublishedDate | null;
  citedSources: string[];
  /**
   * A wire dateline's day when it gives no year and nothing else here could date the story ("BALTIMORE, April 5
   * (Reuters) -"): what the corpus-wide stage needs to pick its year from the other reports.
   */
  datelineDay: { month: number; day: number; text: string } | null;
}

export function describeDocument(input: { id: string; raw: string; clean: CleanResult; meta: HtmlMeta }): DocumentDescription {
  const lines = input.clean.text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '');
  const bodyStart = Math.max(0, lines.findIndex(isProse));
  const publisher = describePublisher(input.meta, input.clean.removed) ?? siteInTitle(input.meta.title) ?? wirePublisher(lines, bodyStart);
  const published = describePublished(lines, bodyStart, input.meta, input.clean.text, input.raw);
  const wire = published ? null : yearlessDateline(lines, bodyStart);
  return {
    // ("BP Plc (BP.L) said on Monday that waiver clauses ...": a reader skips the ticker, and so does the title.)
    title: withoutTickers(describeTitle(lines, input.meta, input.id)),
    publisher,
    published,
    datelineDay: wire && { month: wire.month, day: wire.day, text: wire.text },
    // "(Reuters)" in a Reuters story's dateline says who wrote it, not whom it cites.
    citedSources: findCitedSources(input.clean.text, input.clean.removed).filter((name) => !publisher || agencyNamedIn(name) !== publisher),
  };
}

function isProse(line: string): boolean {
  const words = line.split(/\s+/).length;
  return words >= 25 || (words >= 12 && /[.!?]["”’)]?$/.test(line));
}

function isHeadline(line: string): boolean {
  return line.length <= 200 && line.split(/\s+/).length <= 30 && !/[.:]$/.test(line);
}

// ---------------------------------------------------------------- title

function describeTitle(lines: string[], meta: HtmlMeta, id: string): string {
  if (meta.title) return withoutSiteSuffix(meta.title);
  const top = lines.length > 1 && WIRE_LEAD_LINE.test(lines[1]) && !isHeadline(lines[0]) ? lines[1] : lines[0];
  const line = top && headlineBeforeDateline(top.replace(REPEATED_DATELINE, '')).replace(WIRE_SLUG, '');
  const first = line && (line.replace(TITLE_DATELINE, '').replace(TITLE_PLACE_DATELINE, '').replace(TITLE_TIME_STAMP, '').split(TITLE_BULLET)[0] || line);
  if (!first) return id.replace(/\.[^.]+$/, '');
  if (isHeadline(first)) return first;
  return titleFromSentence(first);
}

/** "North Korea welcomes Belousov | Euro News Source" → ["North Korea welcomes Belousov", "Euro News Source"]. */
function splitSiteSuffix(title: string): [headline: string, site: string] | null {
  const m = /^(.{12,}?)\s+[|–—·-]\s+([^|–—·]{2,40})$/.exec(title.trim());
  return m ? [m[1].trim(), m[2].trim()] : null;
}

function withoutSiteSuffix(title: string): string {
  return splitSiteSuffix(title)?.[0] ?? title.trim();
}

/**
 * A saved page's <title> ends with the site's name: "Thousands evacuated as wildfire near Athens spreads - Aegean
 * Times". Only a short run of capitalised words counts ("Russia-Ukraine war - live" names no site).
 */
function siteInTitle(title: string | undefined): string | null {
  const site = title ? splitSiteSuffix(title)?.[1] : undefined;
  if (!site) return null;
  const words = site.split(/\s+/);
  return words.length <= 5 && words.every((w) => /^(?:\p{Lu}|\d|&|of$|the$|and$)/u.test(w)) ? site : null;
}

/**
 * A wire dateline opening the first line ("PASS CHRISTIAN, Mississippi (Reuters) - Fishermen and tourism
 * businesses ...", "(Reuters) - With the failure this weekend of ..."): where the story was filed, no part of its title.
 */
const TITLE_DATELINE =
  /^(?:(?:[A-Z][A-Z.'’\\/ -]{2,40}(?:,\s*[A-Z][\p{L}.'’ ]{1,30}?)?)?(?:,?\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?)?\s*)?\([A-Z][\p{L}. ]{0,40}\)\s*[-–—]{1,2}\s+/u;
/**
 * A dateline said twice, as some saved Reuters pages give it: "NEW YORK, April 30 | NEW YORK, April 30 (Reuters) -
 * Containment and cleanup costs ...": the first, up to the bar, goes (the second is TITLE_DATELINE's).
 */
const REPEATED_DATELINE = /^(?:[A-Z][A-Z.'’\\/ -]{2,40},?\s*)?[A-Z][a-z]{2,8}\.?\s+\d{1,2}\s*\|\s*/;
/**
 * A wire service's version slug or a link's words before a headline: "UPDATE 4-US says most BP spill oil is gone",
 * "WRAPUP 11-BP says test shuts off oil leak", "Full Article Egypt orders cull of pig herds".
 */
const WIRE_SLUG = /^(?:(?:UPDATE|WRAPUP|CORRECTED|REFILE|RPT)\s*\d*\s*-\s*|Full Article\s+)/;
/**
 * A wire story's lead line, "MEXICO CITY (Reuters) - A strain of flu ..." (the page's time stamp before it,
 * "| Fri Apr 24, 2009 7:50 pm EDT", is cleaned away). A saved page puts what it shows above the story on a line before
 * it: a photo caption ("A police woman wears a mask in Mexico City April 24, 2009."), a credit, another story's
 * headline ("Helicopter crashes into crane on London tower, kills two."). A line there that ends as a sentence is not
 * the story's headline (a headline ends without a stop): the story is titled from its lead.
 */
const WIRE_LEAD_LINE = /^(?:[A-Z][A-Z.'’\\/ -]{2,40}(?:,\s*[A-Z][\p{L}.'’ ]{1,30}?)?\s*)?\([A-Z][\p{L}. ]{0,40}\)\s*[-–—]{1,2}\s/u;
/** A wire dateline inside the first line, after the headline or a photo credit: "CITY, Place (Reuters) -". */
const INNER_DATELINE =
  /\s[A-Z][A-Z.'’\\/ -]{2,40}(?:,\s*[A-Z][\p{L}.'’ ]{1,30}?)?(?:,?\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?)?\s*\([A-Z][\p{L}. ]{0,40}\)\s*[-–—]{1,2}\s+/u;
/** A photo credit or a byline: "U.S. Navy photo/Handout", "REUTERS/Sean Gardner", "By Caren Bohan and Steve Gorman". */
const CREDIT_OR_BYLINE = /[Pp]hoto|[Hh]andout|^Credit:|(?:REUTERS|Reuters)\\?\/|\bBy\s+\p{Lu}/u;
/** "Ben Judah, Alina Selyukh": names alone, a byline. */
const NAMES_ONLY = /^\p{Lu}[\p{L}.'’-]*(?:(?:\s+|,\s*|\s+and\s+)\p{Lu}[\p{L}.'’-]*){1,7}$/u;

/**
 * The headline before a wire dateline in the middle of the first line ("Trial to parse Gulf spill blame set for Feb
 * 2012 NEW YORK Oct 6 (Reuters) - The judge overseeing ..."), or, when what stands before it is a photo credit or a
 * byline ("S. Navy photo/Handout ROBERT, Louisiana (Reuters) - BP Plc engineers desperately explored ..."), the lead
 * after it. A line with no such dateline is kept as it is.
 */
function headlineBeforeDateline(line: string): string {
  const m = INNER_DATELINE.exec(line);
  if (!m || m.index > 160) return line;
  // ("UPDATE 4-US says most BP spill oil is gone or degrading By Deborah Zabarenko WASHINGTON (Reuters) -": the byline
  // after a headline goes with the dateline)
  const before = line
    .slice(0, m.index)
    .trim()
    .replace(/\s+By\s+\p{Lu}[\p{L}.'’ ,-]*$/u, '');
  // ("BP PENSACOLA BEACH, Fla. -- PENSACOLA BEACH, Fla. (AP) --": a dateline said twice is no headline either)
  const capitals = before.replace(/[^\p{L}]/gu, '');
  const shouted = capitals.length > 0 && capitals.replace(/\p{Lu}/gu, '').length * 2 < capitals.length;
  // ("2009 05 3 08:53 JST MEXICO CITY (Reuters) -": a time stamp says nothing either)
  const words = before.split(/\s+/).filter((w) => /\p{L}{2}/u.test(w)).length;
  const byline = NAMES_ONLY.test(before) && /,|\sand\s/.test(before);
  if (shouted || byline || CREDIT_OR_BYLINE.test(before) || words < 3 || before.split(/\s+/).length < 4) return line.slice(m.index + m[0].length);
  return before.replace(/\s+[-–—|]+$/, '');
}
/**
 * A blog entry's time stamp before its first words: "09:27 UK time, Friday, 28 May 2010 The amount has risen since
 * Saturday, and implies ..." (BBC): when it was written, no part of its title.
 */
const TITLE_TIME_STAMP = new RegExp(
  `^\\d{1,2}:\\d{2}\\s+(?:UK time|GMT|BST)?,?\\s*(?:(?:${WEEKDAY_NAME_PATTERN}),\\s*)?\\d{1,2}\\s+(?:${MONTH_NAME_PATTERN})\\s+\\d{4}\\s+(?=\\p{Lu})`,
  'u',
);
/** The same without the agency, as Fox News gives it: "OCEAN SPRINGS, Miss. -- BP's compensation fund ...". */
const TITLE_PLACE_DATELINE = /^[A-Z]{3,}(?:[ .'’\\/-]+[A-Z]{2,})*\.?(?:,\s*[A-Z][\p{L}.'’ ]{1,30}?)?\s+(?:--|—)\s+/u;
/**
 * A list's bullets read as "cents" in some saved pages ("Freeze on drilling has put thousands out of work cents Giant
 * oil tanker sent out ..."): the title ends at the first bullet.
 */
const TITLE_BULLET = /\s+cents\s+(?=\p{Lu})/u;
/** No sentence ends after a title of address: "For days now, Dr. Robert Bea has ..." is one sentence. */
const SENTENCE_END = /(?<=[.!?])(?<!\b(?:Dr|Mr|Mrs|Ms|St|Gen|Adm|Sen|Rep|Gov|Jr|Lt|Col|Capt|Sgt|Prof|Rev|U\.S|U\.K|U\.N|[A-Z])\.)\s+(?=[A-Z"“])/;
/**
 * A first clause that only sets the scene says nothing alone ("Before the BP oil spill", "With oil still flowing
 * uncontrollably into the Gulf of Mexico", "From a legal perspective"): the sentence goes on to what happened.
 */
const SCENE_OPENER = /^(?:As|After|Before|With|While|When|From|In|On|For|Since|Despite|Although|Though|If|Unlike|Like|Lacking|Amid|During|Following|Under)\s/;
/** "BP Plc (BP.N, BP.L) said ...": a comma inside brackets ends no clause. */
const unbalanced = (text: string) => (text.match(/\(/g)?.length ?? 0) !== (text.match(/\)/g)?.length ?? 0);

/**
 * A headline run into its lead with no stop between them, as pages saved as plain text give it: "Oil spill is BP's
 * wake-up call As more oil drifts towards the Mississippi delta ...", "Girl tests positive for swine flu Year seven
 * pupils ...". The lead starts with a capitalised opener right after a lower-case word or a figure, which no headline
 * in sentence case does ("over Gulf of Mexico" goes on with a name, so a name is no opener; title-case headlines
 * capitalise the word before too).
 */
const HEADLINE_RUN_IN =
  /^(.{16,140}?\s[\p{Ll}\d][^\s]*)\s+(?=(?:A|An|The|As|On|In|At|After|When|While|This|These|It|Its|There|Since|But|More|Some|Many|Year|Thousands|Hundreds|Dozens)\s+[\p{Ll}\d])/u;

/**
 * A caption or headline run into a lead that opens with a name and its verb: "BP faces 7-year offshore drilling ban
 * BP has already accepted its guilt ...", "Swine flu found on China mainland People in China are taking no chances
 * ...", "Gulf oil spill could be unprecedented disaster - Obama President Obama said ...". The word before the name is
 * a lower-case word that ends a phrase (no article, preposition or conjunction, which a name would go on from), and
 * the name's verb is one of the few a lead starts with.
 */
const NAME_RUN_IN =
  /^(.{16,140}?\s(?!(?:a|an|the|of|to|in|on|at|for|from|by|with|and|or|but|as|that|which|who|where|when|than|said|says|told|across|into|onto|over|under|after|before|near|around|against|between|through|during|since|about|without|within|toward|towards|like|via|off|amid|along|beyond|despite|behind|beside|upon)\s)[\p{Ll}][^\s]*?)\s+[-–—]?\s*(?=(?!(?:January|February|March|April|May|June|July|August|September|October|November|December)\s)(?:\p{Lu}[\p{L}'’.-]*\s+(?:(?:of|in)\s+)?){1,4}(?:has|have|had|is|are|was|were|said|says|will|would|could|can|did|does)\s)/u;
/**
 * "Oil giant BP has", "BP's chief executive Tony Hayward has": a word that describes the name after it is the
 * lead's first phrase, no headline's end.
 */
const DESCRIBES_NAME = new Set([
  ...COMPANY_DESCRIPTIONS,
  ...PERSON_ROLE_NOUNS,
  ...NAME_DESCRIBING_NOUNS,
  // ("businesses in the northeast Gulf of Mexico are dreading ...": a compass word goes on with its place)
  ...COMPASS_WORDS,
  ...['northern', 'southern', 'eastern', 'western'],
]);

/**
 * Does this word end a caption or headline before a lead that opens with a name? Not a word that describes the name
 * ("Oil giant BP has", "deep-sea explorer James Cameron said"), nor an adjective ("a barge that sank in stormy Lake
 * Huron has reached ...", "a flight from swine flu-struck Mexico"): wink's lexicon says which words can only be one.
 */
function endsBeforeName(word: string): boolean {
  const w = word.toLowerCase().replace(/[^\p{L}-]/gu, '');
  if (DESCRIBES_NAME.has(w)) return false;
  if (w.includes('-') && !canBeTagged(w, 'NOUN')) return false;
  return !(canBeTagged(w, 'ADJ') && !canBeTagged(w, 'NOUN'));
}

/** Words a cut title must not end on: "... to stop the Gulf of" says less than "... to stop the Gulf …". */
const DANGLING = /\s+(?:a|an|the|of|to|in|on|at|for|from|by|with|and|or|but|as|that|which|its|their|his|her|into|over|after|before)$/i;

const TITLE_MAX = 100;

/**
 * A document that starts straight with its body (seed 001: "Russian Defense Minister Andrei
 * Belousov has made headlines during his recent visit to North Korea, arriving on ...") gets the
 * first clause of its first sentence as title; a headline run into the lead gets the headline. A title cut at
 * about 100 characters ends on a whole word that is no article or preposition, and says it was cut ("…").
 */
function titleFromSentence(line: string): string {
  const headline = HEADLINE_RUN_IN.exec(line);
  if (headline && headline[1].split(/\s+/).length >= 4) return headline[1].replace(/[.,;:\s]+$/, '');
  const named = NAME_RUN_IN.exec(line);
  // (the caption or headline before the lead, made a title as any first sentence is: a long one is cut)
  if (named && named[1].split(/\s+/).length >= 4 && endsBeforeName(named[1].split(/\s+/).at(-1) ?? '')) line = named[1];
  const sentence = line.split(SENTENCE_END)[0];
  // a sentence that fits is the title whole; a longer one gives its first clause when that clause can stand alone
  // (six words or more: "Four attorneys from Texas" and "Adm. Bob Papp listens" go on after their comma)
  let title = sentence.split(/,\s/)[0];
  if (sentence.replace(/[.,;:\s]+$/, '').length <= TITLE_MAX || title.split(/\s+/).length < 6 || SCENE_OPENER.test(title) || unbalanced(title)) {
    title = sentence;
  }
  if (title.length > TITLE_MAX) {
    const cut = /\s(amid|amidst|during|while|after|as|following|despite)\s/.exec(title.slice(20));
    if (cut) title = title.slice(0, 20 + cut.index);
  }
  title = title.replace(/[.,;:\s]+$/, '');
  if (title.length <= TITLE_MAX) return title;
  let cut = title.slice(0, TITLE_MAX - 1).replace(/\s+\S*$/, '');
  for (let prev = ''; prev !== cut; ) {
    prev = cut;
    cut = cut.replace(DANGLING, '').replace(/[.,;:\s]+$/, '');
  }
  return `${cut}…`;
}

// ---------------------------------------------------------------- publisher

const COPYRIGHT = /(?:©|\(c\)|copyright)\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*)?(?:by\s+)?([A-Z][\w&'’. -]*?[\w)])\s*(?:[.,|]|all rights reserved|$)/i;
const CHROME_SET = new Set(CHROME_LINES);

function describePublisher(meta: HtmlMeta, removed: string[]): string | null {
  if (meta.publisher) return meta.publisher;
  // "2025 © Euro News Source. All Rights Reserved." (seed 002's footer)
  for (const line of removed) {
    const name = COPYRIGHT.exec(line)?.[1]?.trim();
    if (name && name.split(/\s+/).length <= 6 && !/^all rights/i.test(name)) return name;
  }
  // A masthead: the same short capitalized name repeated in the page chrome ("Euro News Source").
  const counts = new Map<string, number>();
  for (const line of removed) counts.set(line, (counts.get(line) ?? 0) + 1);
  for (const [line, count] of counts) {
    const words = line.split(/\s+/);
    if (
      count >= 2 &&
      words.length >= 2 &&
      words.length <= 5 &&
      words.every((w) => /^[A-Z]/.test(w)) &&
      !CHROME_SET.has(line.toLowerCase()) &&
      /\b(News|Times|Post|Journal|Herald|Tribune|Daily|Gazette|Source|Press|Media|Network|Report|Today|Wire)\b/.test(line)
    ) {
      return line;
    }
  }
  return null;
}

/**
 * A wire story names its agency in the byline or the dateline: "By Amina Yusuf, Reuters", "*Associated Press —
 * October 4, 2024*", "ADDIS ABABA, Sept 9 (Reuters) - ". Only header lines that read as a byline (or carry a date)
 * count: "Photo: AP" under a picture credits the photo, not the story. A page's own footer or masthead wins.
 */
function wirePublisher(lines: string[], bodyStart: number): string | null {
  for (const line of lines.slice(1, bodyStart)) {
    if (line.split(/\s+/).length > 14 || /\b(?:photo|image|picture|file)\b/i.test(line)) continue;
    // (the agency first: a line that names none is passed over whatever it is, and reading its date costs a chrono parse)
    const agency = agencyNamedIn(line);
    if (!agency || (!BYLINE_LINE.test(line) && !explicitDate(line))) continue;
    return agency;
  }
  const dateline = lines[bodyStart] ? WIRE_DATELINE.exec(lines[bodyStart]) : null;
  const credit = dateline && /\(([^)]+)\)/.exec(dateline[0]);
  return credit ? agencyNamedIn(credit[1]) : null;
}

function agencyNamedIn(line: string): string | null {
  for (const agency of NEWS_AGENCIES) {
    for (const name of [agency.name, ...agency.aliases]) {
      if (firstIndex(line, name) >= 0) return agency.name;
    }
  }
  return null;
}

// ---------------------------------------------------------------- publication date

const BYLINE_MARK = /^(By\s+\p{Lu}|(Published|Updated|Posted)\b)|^[\p{L} ]{0,30}\d{1,2}(,\s*|\s+)\d{4}$/u;

function describePublished(lines: string[], bodyStart: number, meta: HtmlMeta, text: string, raw: string): PublishedDate | null {
  const given = meta.published ? parseMetadataDate(meta.published) : null;
  const wire = yearlessDateline(lines, bodyStart);
  if (given) {
    // "LOS ANGELES, April 28 (Reuters) - ... on Tuesday" in a page filed under 29 April: the dateline is the day the
    // story's "Tuesday" counts from. A dateline far from the given date belongs to another story on the page.
    const dated = wire && datelineNear(wire, given);
    if (dated && dated.value !== given.value) return dated;
    return captionAfter(raw, given) ?? given;
  }
  // Byline: a short line between the headline and the body ("News Room By News Room November 30, 2024").
  // Lines before the headline are not considered: that is where chrome dates of other stories sit.
  for (let i = 0; i < bodyStart; i++) {
    // The first line is the headline unless it reads as a byline ("By Staff | June 2024").
    if (i === 0 && bodyStart > 1 && !BYLINE_MARK.test(lines[0])) continue;
    if (i === 0 && bodyStart === 1 && !BYLINE_MARK.test(lines[0])) break;
    const date = explicitDate(lines[i]);
    if (date) return { ...date, basis: 'byline' };
  }
  // Dateline: "Seoul, December 1, 2024 – North Korean state media reported ..."
  const body = lines[bodyStart];
  if (body) {
    const m = /^(.{3,80}?)\s+[–—-]{1,2}\s/.exec(body) ?? /^(.{3,80}?\(\w[\w\s]*\))\s/.exec(body);
    const date = m && explicitDate(m[1]);
    if (date) return { ...date, basis: 'dateline' };
  }
  return wire ? datelineInText(wire, text) : null;
}

/** "June 2024": a month and a year, as a byline may give them. */
const MONTH_YEAR = new RegExp(`\\b(${MONTH_NAME_PATTERN})\\s+(\\d{4})\\b`);
/** A month's or a weekday's name first: "according to Monday's report" names no source. */
const CALENDAR_FIRST = new RegExp(`^(?:${MONTH_NAME_PATTERN}|${WEEKDAY_NAME_PATTERN})\\b`);

/** A photo caption that opens a page with its day: "June 4: Oil is seen gushing around the cap placed by BP". */
const CAPTION_DAY = new RegExp(`^(?<date>(?<month>${MONTH_NAME_PATTERN})\\s+(?<day>\\d{1,2})):\\s+\\p{Lu}`, 'u');
/** A page's metadata date is at most this many days before its caption's (an index date, a time zone, a long weekend). */
const CAPTION_AFTER_GIVEN_DAYS = 3;

/**
 * `caption-after-page-date`: a page dated 3 June 2010 that opens "June 4: Oil is seen gushing around the cap placed by
 * BP" and tells "The BP catastrophe arrived with the tide ... Friday" and "lowered over the blown-out well ... late
 * Thursday" was written on Friday 4 June: no photo is shown before it is taken, so a caption's day after the page's date
 * is the day the story was written, and its "Friday" is that day, not 28 May. A caption of an earlier day (a file photo)
 * changes nothing.
 */
function captionAfter(raw: string, given: PublishedDate): PublishedDate | null {
  if (given.precision !== 'day') return null;
  const year = Number(given.value.slice(0, 4));
  // (The raw text's first lines: cleaning sets the caption aside as no part of the story.)
  const first = raw
    .split('\n', 8)
    .map((l) => l.trim())
    .filter((l) => l !== '')
    .slice(0, 2);
  for (const line of first) {
    const m = CAPTION_DAY.exec(line);
    if (!m?.groups) continue;
    const month = MONTH_ABBREVIATIONS.indexOf(m.groups.month.slice(0, 3).toLowerCase()) + 1;
    const day = Number(m.groups.day);
    if (!realDay(year, month, day)) return null;
    const lag = daysFrom(given.value, isoDay(year, month, day));
    return lag >= 1 && lag <= CAPTION_AFTER_GIVEN_DAYS ? { value: isoDay(year, month, day), precision: 'day', basis: 'dateline', text: m.groups.date } : null;
  }
  return null;
}

interface YearlessDateline {
  month: number;
  day: number;
  /** As written: "April 5". */
  text: string;
  /** Weekdays (Sunday = 0) the story's first sentence names: "on Friday" is the dateline's day or the day before. */
  leadWeekdays: number[];
}

const WEEKDAYS = FULL_WEEKDAY_NAMES;

/**
 * A wire dateline that gives the day but not the year: "BALTIMORE, April 5 (Reuters) - ", "WASHINGTON, May 18
 * (Reuters) -", "HOUSTON, Dec 8 (Reuters) -". At the start of a header or first body line, or after a byline on
 * that line ("By Sue Zeidler and Steve Gorman LOS ANGELES, April 28 (Reuters) - Swine flu chatter spread ...");
 * a dateline inside the line must name its agency.
 */
const YEARLESS_DATELINE =
  /(?:^|\s)(?<city>[A-Z][A-Z.'’-]+(?:\s[A-Z][A-Z.'’-]+){0,3})(?:,\s*[A-Z][\p{L}.'’]+(?:\s[A-Z][\p{L}.'’]+){0,2})?,\s*(?<date>(?<month>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+(?<day>\d{1,2}))(?!\d|,?\s*\d{4})\s*(?<agency>\([A-Z][\p{L}. ]{0,40}\))?\s*[-–—]{1,2}\s/u;
/** Any wire dateline that names its agency, with or without a date: "HOUSTON/PORT FOURCHON, Louisiana (Reuters) --". */
const AGENCY_DATELINE = /(?:^|\s)[A-Z][A-Z.'’\\/ -]{2,40}(?:,\s*[A-Z][\p{L}.'’ ]{1,30}?)?\s*\((?<agency>[A-Z][\p{L}. ]{0,40})\)\s*[-–—]{1,2}\s/u;

function yearlessDateline(lines: string[], bodyStart: number): YearlessDateline | null {
  let at = 0;
  for (const [i, line] of lines.entries()) {
    // Like a byline, a dateline sits in the header: at most a dek and a caption above the story.
    if (at > HEADER_CHARS) break;
    at += line.length + 1;
    const head = line.slice(0, 300);
    const m = YEARLESS_DATELINE.exec(head);
    // The first story's dateline decides: a page of several wire stories ("HOUSTON/PORT FOURCHON, Louisiana
    // (Reuters) -- BP on Thursday ...", then "HOUSTON, May 8 (Reuters) -- ...") is not dated by the second one.
    if (!m?.groups) {
      const other = AGENCY_DATELINE.exec(head);
      if (other?.groups && agencyNamedIn(other.groups.agency)) return null;
      continue;
    }
    // Past the first paragraph, or inside a line, only a dateline that names its agency is one.
    if ((m.index !== 0 || i > bodyStart) && !m.groups.agency) continue;
    const month = MONTH_ABBREVIATIONS.indexOf(m.groups.month.slice(0, 3).toLowerCase()) + 1;
    const day = Number(m.groups.day);
    if (day < 1 || day > 31) continue;
    const lead = line.slice(m.index + m[0].length, m.index + m[0].length + 300).split(/(?<=[.!?])\s+(?=\p{Lu})/u)[0];
    const leadWeekdays = [...lead.matchAll(/\b(Sun|Mon|Tues|Wednes|Thurs|Fri|Satur)day\b/g)].map((w) => WEEKDAYS.indexOf(w[0].toLowerCase()));
    return { month, day, text: m.groups.date, leadWeekdays };
  }
  return null;
}

function isoDay(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function realDay(year: number, month: number, day: number): boolean {
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Days from a to b, both "YYYY-MM-DD". */
function daysFrom(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
}

/** A page's date is at most this many days after its dateline (a later update, an index date) or one day before it (time zones). */
const DATELINE_BEFORE_GIVEN_DAYS = 7;

/** The dateline's day in the year that puts it nearest the given date, if that is close enough to be the same story. */
function datelineNear(wire: YearlessDateline, given: PublishedDate): PublishedDate | null {
  const [year, month, day] = given.value.split('-').map(Number);
  if (given.precision === 'year') return realDay(year, wire.month, wire.day) ? dateline(year, wire) : null;
  const reference = isoDay(year, month, day || Math.min(15, new Date(Date.UTC(year, month, 0)).getUTCDate()));
  const options = [year - 1, year, year + 1].filter((y) => realDay(y, wire.month, wire.day)).map((y) => isoDay(y, wire.month, wire.day));
  const nearest = options.sort((a, b) => Math.abs(daysFrom(a, reference)) - Math.abs(daysFrom(b, reference)))[0];
  if (!nearest) return null;
  if (given.precision === 'month') return nearest.slice(0, 7) === given.value ? dateline(Number(nearest.slice(0, 4)), wire) : null;
  const lag = daysFrom(nearest, reference);
  return lag >= -1 && lag <= DATELINE_BEFORE_GIVEN_DAYS ? dateline(Number(nearest.slice(0, 4)), wire) : null;
}

function dateline(year: number, wire: YearlessDateline): PublishedDate {
  return { value: isoDay(year, wire.month, wire.day), precision: 'day', basis: 'dateline', text: wire.text };
}

/**
 * With no date given, the dateline's year comes from the text: a report appears after what it reports, so it is
 * the first year that puts the dateline on or after the latest month or day the text states in the past ("BALTIMORE,
 * April 5 (Reuters)" in a story that recalls "June 2023" is 5 April 2024), if the weekday its first sentence names
 * agrees. Dates in a sentence about the future ("the bridge will reopen in May 2028") do not count. Else no year.
 */
/** The words of a sentence before `at`: back to the last sentence end or line break, at most 300 characters. */
function sentenceBefore(text: string, at: number): string {
  const window = text.slice(Math.max(0, at - 300), at);
  const m = /[\s\S]*(?:[.!?]["”’]?\s|\n)/.exec(window);
  return m ? window.slice(m[0].length) : window;
}

function datelineInText(wire: YearlessDateline, text: string): PublishedDate | null {
  let latest: string | null = null;
  for (const t of findTimeExpressions(text, null)) {
    // A year alone is background more often than news ("the 1959 Antarctic Treaty", "by 2013"): a month or a day counts.
    if (t.basis !== 'explicit' || !t.value || t.precision === 'year') continue;
    if (FUTURE_CUES.some((cue) => cue.test(sentenceBefore(text, t.start)))) continue;
    if (latest === null || t.value.localeCompare(latest) > 0) latest = t.value;
  }
  if (latest === null) return null;
  const after = (year: number) => {
    const day = isoDay(year, wire.month, wire.day);
    return day.slice(0, latest!.length) >= latest!;
  };
  let year = Number(latest.slice(0, 4));
  while (!after(year) || !realDay(year, wire.month, wire.day)) year++;
  // The lead's weekday must agree: "BALTIMORE, April 5 (Reuters) - Salvage crews on Friday began ..." (5 April 2024 was
  // a Friday). On the development topics, without it the latest date told was years before the story as often as
  // not (a 2009 piece on the 2003 SARS epidemic).
  const weekday = new Date(Date.UTC(year, wire.month - 1, wire.day)).getUTCDay();
  return wire.leadWeekdays.some((w) => w === weekday || w === (weekday + 6) % 7) ? dateline(year, wire) : null;
}

/** "2024-11-30T08:00:00Z" → 2024-11-30 (the date as the page wrote it, no time-zone shift). */
function parseMetadataDate(text: string): PublishedDate | null {
  const iso = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(text.trim());
  if (iso) {
    const [, y, m, d] = iso;
    const precision = d ? 'day' : m ? 'month' : 'year';
    return { value: [y, m, d].filter(Boolean).join('-'), precision, basis: 'metadata', text };
  }
  const date = explicitDate(text);
  return date ? { ...date, basis: 'metadata', text } : null;
}

/** An explicit calendar date with its year written out; chrono.strict ignores "Friday", "last month". */
function explicitDate(written: string): Omit<PublishedDate, 'basis'> | null {
  const text = unglueYearFromTime(written);
  // (Both readings below need a year of four digits in what they find, a piece of the text: a text without one is not
  // given to chrono, which the header lines of every document reach, most of them without a year.)
  if (!/\d{4}/.test(text)) return null;
  for (const result of chrono.strict.parse(text)) {
    const start = result.start;
    // The year must be written out: "Updated 2 hours ago" is certain only relative to today's clock.
    if (!start.isCertain('year') || !/\d{4}/.test(result.text)) continue;
    const as = text === written ? result.text : asWritten(written, result.text);
    const y = String(start.get('year')).padStart(4, '0');
    const m = String(start.get('month')).padStart(2, '0');
    const d = String(start.get('day')).padStart(2, '0');
    if (start.isCertain('day')) return { value: `${y}-${m}-${d}`, precision: 'day', text: as };
    if (start.isCertain('month')) return { value: `${y}-${m}`, precision: 'month', text: as };
    return { value: y, precision: 'year', text: as };
  }
  // chrono.strict wants a day; a byline may give only "June 2024".
  const m = MONTH_YEAR.exec(text);
  if (m) {
    const month = String(FULL_MONTH_NAMES.indexOf(m[1].toLowerCase()) + 1).padStart(2, '0');
    return { value: `${m[2]}-${month}`, precision: 'month', text: m[0] };
  }
  return null;
}

/**
 * Text copied from a wire service's page loses the space between the date and the time:
 * "March 15, 20246:12 PM GMT+1Updated 2 hours ago" is March 15, 2024, 6:12 PM.
 */
export function unglueYearFromTime(text: string): string {
  return text
    .replace(/(\b\d{1,2},?\s+(?:19|20)\d{2})(\d{1,2}:\d{2})/g, '$1 $2')
    .replace(/(\d{1,2}:\d{2}\s*[AP]M(?:\s*[A-Z]{2,5}(?:[+-]\d{1,2})?)?)(?=[A-Z][a-z])/g, '$1 ');
}

/** The span of `written` that reads as `spaced` once the lost spaces are put back. */
function asWritten(written: string, spaced: string): string {
  const pattern = spaced
    .split(/\s+/)
    .map((w) => escapeStringRegexp(w))
    .join('\\s*');
  return new RegExp(pattern).exec(written)?.[0] ?? spaced;
}

// ---------------------------------------------------------------- cited sources

/** Each phrase's pattern, made once: findAgencies asks for every agency's name and aliases in every document. */
const PHRASE_PATTERNS = new Map<string, RegExp>();

function firstIndex(text: string, phrase: string): number {
  // The pattern matches the phrase as written, so a text without it has no match (most texts name no agency).
  if (!text.includes(phrase)) return -1;
  let re = PHRASE_PATTERNS.get(phrase);
  if (!re) PHRASE_PATTERNS.set(phrase, (re = new RegExp(`(?<![\\w.])${escapeStringRegexp(phrase)}(?![\\w])`)));
  const m = re.exec(text);
  return m ? m.index : -1;
}

/** Known agencies: the full name when the text gives it ("Korean Central News Agency (KCNA)"), else the acronym. */
function findAgencies(text: string): Array<{ at: number; name: string }> {
  const found: Array<{ at: number; name: string }> = [];
  for (const agency of NEWS_AGENCIES) {
    const full = firstIndex(text, agency.name);
    const aliases = agency.aliases.map((alias) => ({ alias, at: firstIndex(text, alias) })).filter((a) => a.at >= 0);
    const at = Math.min(...[full, ...aliases.map((a) => a.at)].filter((i) => i >= 0));
    if (!Number.isFinite(at)) continue;
    const name = full >= 0 ? agency.name : aliases.sort((a, b) => a.at - b.at)[0].alias;
    found.push({ at, name });
  }
  return found;
}

const OWNER = String.raw`(?:(?:U\.S\.|U\.K\.|E\.U\.|[A-Z][\w-]*(?:['’]s)?|and)\s+){1,5}`;
/** "According to" and "according to", without the 'i' flag (which would let [A-Z] match "state-run"). */
const cue = (phrase: string) => `[${phrase[0].toUpperCase()}${phrase[0]}]${escapeStringRegexp(phrase.slice(1))}`;
const INSTITUTION = new RegExp(
  `(?:${ATTRIBUTION_CUES.map(cue).join('|')})\\s+(?:the\\s+)?(${OWNER}(?:${INSTITUTION_HEADS.map((s) => escapeStringRegexp(s)).join('|')}))\\b`,
  'g',
);
const OUTLET_SAYS = new RegExp(`((?:The\\s+)?(?:[A-Z][\\w’'-]*\\s+){1,4}(?:${OUTLET_HEADS.join('|')}))\\s+(?:reported|said|says|reports|quoted|cited)\\b`, 'g');

/** Institutions named in an attribution: "assessments from U.S. and South Korean intelligence". */
function findInstitutions(text: string): Array<{ at: number; name: string }> {
  const found: Array<{ at: number; name: string }> = [];
  for (const m of text.matchAll(INSTITUTION)) {
    // The owner must be named: "according to the military" alone is not a source.
    const name = m[1].replace(/^and\s+/i, '').trim();
    if (/^[A-Z]/.test(name)) found.push({ at: m.index! + m[0].indexOf(m[1]), name });
  }
  for (const m of text.matchAll(OUTLET_SAYS)) found.push({ at: m.index!, name: m[1].replace(/^The\s+/, 'The ').trim() });
  // "according to Eurostat", "according to the World Bank": a named source of any kind (capitalised, up to five
  // words, not a date: "according to Monday's report" names no one).
  for (const m of text.matchAll(ACCORDING_TO_NAME)) {
    const name = m[1].trim();
    // "according to North Korea's state media" is that institution's (above), not "North"'s
    if (/^(?:['’]|\s\p{Lu})/u.test(text.slice(m.index! + m[0].length, m.index! + m[0].length + 2))) continue;
    if (!CALENDAR_FIRST.test(name)) found.push({ at: m.index! + m[0].indexOf(m[1]), name });
  }
  return found;
}

const NAME_WORD = String.raw`\p{Lu}(?:[\p{L}&-]|\.(?=\p{L}))*`;
const ACCORDING_TO_NAME = new RegExp(String.raw`\b[Aa]ccording to (?:the )?(${NAME_WORD}(?:\s+(?:of\s+|for\s+|and\s+)?${NAME_WORD}){0,4})(?![\p{L}'’])`, 'gu');

/** Reference lists are cleaned away, but the sources they name are cited: "- Yonhap News Agency. (December 1, 2024)". */
function referenceLines(removed: string[]): string {
  const start = removed.findIndex((line) => /^(references|sources|further reading)\s*:?$/i.test(line));
  if (start < 0) return '';
  return removed
    .slice(start + 1)
    .filter((line) => /^([•·▪◦●*–-]|\d+[.)])\s/.test(line))
    .join('\n');
}

/**
 * The name as the document's "cites" line shows it, or null for a piece of a phrase that names no one: a title cut at
 * its full stop ("Adm", "Rep" of "Rep. Edward J. Markey"), an initialism cut at its last stop ("U.S" of "U.S.
 * officials"), a determiner alone ("The"); a conjunction read into the name goes ("As The New York Times reported").
 */
function citedName(name: string): string | null {
  const bare = name.replace(/^(?:As|And|But|While|When)\s+(?=\p{Lu})/u, '');
  if (TITLE_ABBREVIATIONS.includes(bare) || /\.\p{Lu}$/u.test(bare) || /^(?:The|A|An|This)$/.test(bare)) return null;
  return bare;
}

export function findCitedSources(text: string, removed: string[] = []): string[] {
  const inText = [...findAgencies(text), ...findInstitutions(text)].sort((a, b) => a.at - b.at);
  const inReferences = findAgencies(referenceLines(removed)).sort((a, b) => a.at - b.at);
  const seen = new Set<string>();
  const sources: string[] = [];
  for (const found of [...inText, ...inReferences]) {
    const name = citedName(found.name);
    if (!name) continue;
    const key = name.toLowerCase().replace(/’/g, "'");
    // "Yonhap" after "Yonhap News Agency" is the same source.
    if (seen.has(key) || [...seen].some((s) => s.includes(key) || key.includes(s))) continue;
    seen.add(key);
    sources.push(name);
  }
  return sources;
}

// ---------------------------------------------------------------- header lines that are not the article's statements

/** "By Jane Smith | Published 9:02 AM EDT, Mon March 18, 2024 | Updated ...", "Posted March 21, 2024 by ...". */
const BYLINE_LINE = /^(?:by\s|posted\b|published\b|updated\b|last updated\b|first published\b)|[|•·]\s*(?:published|updated|posted)\b/i;
/** A line that starts with a date and says nothing else: "March 15, 20246:12 PM GMT+1Updated 2 hours ago". */
const DATE_LINE =
  /^(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)\w*,?\s+)?(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+[A-Z][a-z]{2,8}\.?\s+\d{4}|\d{1,2}[/.]\d{1,2}[/.]\d{4})/;
/**
 * A wire dateline before the first sentence: "BERLIN, March 15 (Reuters) - ", "KYIV, Ukraine (AP) — ",
 * "WASHINGTON — ", "ATLANTA Oct 21 (Reuters Legal) - " (no comma before the date). The city in capitals says where
 * the story was filed; the agency is its publisher.
 */
// (Not actors.ts `WIRE_DATELINE`, on purpose: that one finds dateline places on every line, with a day and a place
// written small or not; this one reads only the first body line, a place in capitals whose date may be left out.)
// ("NEW YORK, MARCH 13 - Mobil Corp made a 15 pct reduction in its long term debt in 1986": Reuters writes the month
// in capitals too; missed, "MARCH 13" dated the reduction the day of filing, `dateline`.)
const WIRE_DATELINE =
  /^[A-Z][A-Z.'’ -]{2,30}(?:,\s*[A-Z][\p{L}.' ]{1,30}?)?(?:,?\s*[A-Z](?:[a-z]{2,8}|[A-Z]{2,8})\.?\s+\d{1,2}(?:,\s*\d{4})?)?(?:\s*\([A-Z][\p{L}. ]{0,40}\))?\s+[-–—]{1,2}\s+/u;

/**
 * A dateline that opens a line, the story's first words run on after it, the place and the month written in either
 * case: "La paz, march 4 - about 1,000 bolivian central bank employees ... accepted management terms to quit today",
 * "Lima, april 3 - peru's consuemr price index rose ...", "Toronto, April 13 - Shares of Dome Petroleum Ltd posted
 * ...". Reuters copy of 1987 recased by its desks writes the place in small letters, so `WIRE_DATELINE` does not take
 * the line for a header. `month` is the month as written. Read here for the header and by events/wire-lede.ts for the
 * day of a story's first sentence.
 */
export const OPENING_DATELINE = new RegExp(
  String.raw`^\s*\p{Lu}[\p{L} .'’/-]{1,40}?(?:,\s*\p{L}[\p{L}.]{1,15})?,\s+(?<month>(?:${MONTH_ABBREVIATION_PATTERN})[a-z]*)\.?\s+\d{1,2}(?:,\s*\d{4})?(?:\s*\(\w+\))?\s*[-–—]{1,2}\s+(?=\S)`,
  'iu',
);

/**
 * An opening dateline whose month is written small, as some Reuters stories of 1987 were saved: "La paz, march 4 -
 * about 1,000 bolivian central bank employees ...", "Quito, march 9 - up to 300 people were feared dead". The month
 * written small after a place and a comma at a line's start is no sentence's (a sentence writes "March"); missed, the
 * place read as the first clause's subject ("La paz accepted management terms", failed as unfaithful by the judges): a
 * header span, `dateline-written-small`.
 */
function smallWireDateline(line: string): RegExpExecArray | null {
  const m = OPENING_DATELINE.exec(line);
  return m?.groups && m.groups.month === m.groups.month.toLowerCase() ? m : null;
}

/**
 * A wire dateline with a day and no city, as some saved Reuters pages give it: "Jan 11 (Reuters) - The BP oil spill in
 * the Gulf of Mexico killed 11 workers ...", "July 23 | July 23 (Reuters) - ". The day is when the story was filed,
 * not when the spill killed anyone.
 */
const DAY_WIRE_DATELINE =
  /^[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?(?:\s*\|\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?)?\s*\((?<agency>[A-Z][\p{L}. ]{0,40})\)\s*[-–—]{1,2}\s/u;

/** A wire dateline inside a header line, after a byline or timestamp: it must name its agency ("(Reuters)"). */
const INLINE_WIRE_DATELINE =
  /(?<=^|\s)[A-Z][A-Z.'’-]+(?:\s[A-Z][A-Z.'’-]+){0,3}(?:,\s*[A-Z][\p{L}.'’]+(?:\s[A-Z][\p{L}.'’]+){0,2})?(?:,\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?)?\s*\((?<agency>[A-Z][\p{L}. ]{0,40})\)\s*[-–—]{1,2}\s/u;

/**
 * Spans of the cleaned text that are about the article rather than what it reports: byline and
 * timestamp lines above the first paragraph, and a wire dateline at the start of it. Their dates are
 * not happenings and their names are not actors ("By HANNA ARHIROVA | Updated 10:21 AM EDT, Sat March
 * 16, 2024", "KYIV, Ukraine (AP) — Russian ballistic missiles slammed into ...").
 */
const HEADER_CHARS = 1500;

export function headerSpans(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  let at = 0;
  for (const line of text.split('\n')) {
    const start = at;
    at += line.length + 1;
    // ("****LONDON, March 5 - India bought eight cargoes of white sugar at a buying tender this week", Reuters of 5 March
    // 1987: the asterisks a desk set before a story's first line mark no words; missed, the dateline's day dated the buying,
    // which the text puts in "this week".)
    const trimmed = line.trim().replace(/^\*{2,}\s*/, '');
    if (!trimmed) continue;
    const lead = start + line.indexOf(trimmed);
    // A byline sits above the body, at most a dek and a caption away from the headline.
    if (start > HEADER_CHARS) break;
    const dayOnly = DAY_WIRE_DATELINE.exec(trimmed);
    const dateline = WIRE_DATELINE.exec(trimmed) ?? smallWireDateline(trimmed) ?? (dayOnly?.groups && agencyNamedIn(dayOnly.groups.agency) ? dayOnly : null);
    const inside = dateline ? null : INLINE_WIRE_DATELINE.exec(trimmed.slice(0, 300));
    if (dateline) spans.push([lead, lead + dateline[0].length]);
    // "By Sue Zeidler and Steve Gorman LOS ANGELES, April 28 (Reuters) - Swine flu chatter spread ...": the byline
    // and the dateline before the story's first words.
    else if (inside?.groups && agencyNamedIn(inside.groups.agency)) spans.push([lead, lead + inside.index + inside[0].length]);
    else if (trimmed.length <= 220 && /\d/.test(trimmed) && !/[.!?]["”’]?$/.test(trimmed) && (BYLINE_LINE.test(trimmed) || DATE_LINE.test(trimmed))) {
      spans.push([lead, lead + trimmed.length]);
    }
  }
  return spans;
}

/**
 * The place a wire dateline files the story from, as a title writes it: "ROME (Reuters) - Serena Williams won the title
 * here on Sunday" is "Rome", "NEW YORK, MARCH 13 - " "New York"; null when the header has no dateline with a place.
 * "here" in such a story is that place (events/read-alone.ts `title:here-written-as-dateline`).
 */
export function datelinePlace(text: string): string | null {
  return datelinePlaceAt(text)?.place ?? null;
}

/**
 * The dateline's place and where the dateline writes it (characters of `text`, "GRAND ISLE, La." of "AP GRAND ISLE, La.
 * -- Officials closed ..."), so that a title that writes the place for "here" can show the reader the words it stands
 * for.
 */
export function datelinePlaceAt(text: string): { place: string; start: number; end: number } | null {
  let at = 0;
  for (const line of text.split('\n')) {
    if (at > HEADER_CHARS) break;
    const lineStart = at;
    at += line.length + 1;
    const trimmed = line.trim();
    const trimmedStart = lineStart + (line.length - line.trimStart().length);
    const inside = INLINE_WIRE_DATELINE.exec(trimmed.slice(0, 300));
    const wire = WIRE_DATELINE.exec(trimmed);
    const match = wire ?? (inside?.groups && agencyNamedIn(inside.groups.agency) ? inside : null);
    const found = match?.[0] ?? null;
    if (!found || !match) continue;
    const foundStart = trimmedStart + match.index + (found.length - found.trimStart().length);
    const place = /^[A-Z][A-Z.'’ -]*?(?=\s*(?:,|\(|[-–—]|$)|\s+[A-Z][a-z]{2,8}\.?\s+\d)/u.exec(found.trim())?.[0].trim();
    if (!place || !/[A-Z]{2}/.test(place)) return null;
    // ("AP GRAND ISLE, La. -- Officials closed the public beach here Friday": a photo credit's agency before the city
    // is no word of the place, Fox News.)
    const words = place.split(' ');
    while (words.length > 1 && agencyNamedIn(words[0])) words.shift();
    // ("PARIS, Texas (Reuters) - Firefighters fought the blaze here": the state or country the dateline gives after
    // the city is part of the place; "in Paris" alone would be read as France.)
    const placeAt = found.trim().indexOf(place);
    const rest = found.trim().slice(placeAt + place.length);
    const regionMatch = /^\s*,\s*([A-Z][A-Za-z.]*(?:\s[A-Z][A-Za-z.]*)?)\s*(?:\(|[-–—]|$)/u.exec(rest);
    const region = regionMatch?.[1];
    const city = words
      .join(' ')
      .toLowerCase()
      .replace(/(^|[\s-])(\p{Ll})/gu, (_, b: string, c: string) => b + c.toUpperCase())
      // ("MCALLEN, Texas": a Scottish or Irish prefix keeps the capital after it, "McAllen".)
      .replace(/\bMc(\p{Ll})/gu, (_, c: string) => `Mc${c.toUpperCase()}`);
    const start = foundStart + placeAt + place.indexOf(words[0]);
    const cityEnd = foundStart + placeAt + place.length;
    if (!region || CALENDAR_FIRST.test(region)) return { place: city, start, end: cityEnd };
    const regionEnd = cityEnd + rest.indexOf(region, rest.indexOf(',')) + region.length;
    return { place: `${city}, ${region}`, start, end: regionEnd };
  }
  return null;
}

/**
 * The headline of a first line that runs its headline into the standfirst or lead with no stop between them, as the
 * sentence splitter cut it (segment.ts `splitHeadlineFromStandfirst`): "Gulf of Mexico oil leak bill reaches $450m BP
 * says the oil spill in the Gulf of Mexico has cost it…" is titled "Gulf of Mexico oil leak bill reaches $450m". The
 * title's own patterns (`HEADLINE_RUN_IN`, `NAME_RUN_IN`) know fewer openers than the splitter, and a title that ran on
 * put a hundred characters of the standfirst in the reader's heading, the Documents filter and every citation. Only
 * where the title is that first line's text, continued past the piece the splitter cut on the same line, and the piece
 * has three words or more and is no dateline; else the title stays.
 */
export function headlineOfRunInTitle(title: string, text: string, sentences: Array<{ start: number; end: number; text: string }>): string {
  const [first, next] = sentences;
  if (!first || !next || text.slice(0, first.start).trim() !== '') return title;
  // (The next piece starts on the same line: the cut was inside the first line, not at its end.)
  if (text.slice(first.end, next.start).includes('\n')) return title;
  const piece = first.text.trim();
  if (piece.split(/\s+/).length < 3 || /[.!?]["”’)]?$/.test(piece)) return title;
  // ("ON THE GULF OF MEXICO -- A 100-ton concrete-and-steel contraption ...", "EDGAR HERNANDEZ - FIRST CONFIRMED CASE":
  // a dateline or a caption's name in capitals, cut at its dash, is no headline.)
  if (/[-–—]$/.test(piece) || !/\p{Ll}{3}/u.test(piece)) return title;
  const rest = title.slice(piece.length);
  if (!title.startsWith(piece) || !/^\s+\S/.test(rest)) return title;
  return piece.replace(/[,;:\s]+$/, '');
}

/** Words inside a subject before its verb: "Engineers at BP are racing", "Criticism of BP is mounting". */
const SUBJECT_TAGS = new Set(['PROPN', 'NOUN', 'ADJ', 'DET', 'NUM']);
const SUBJECT_PREPOSITIONS = new Set(['of', 'at', 'from', 'in', 'on', 'for']);
/** What the word before a new piece can be: the end of a headline or a caption (a noun, a name, a figure, a verb, a quote). */
const PIECE_END_TAGS = new Set(['PROPN', 'NOUN', 'NUM', 'ADV', 'PUNCT', 'VERB']);
const DATE_WORD = new RegExp(`^(?:${WEEKDAY_NAME_PATTERN}|${MONTH_NAME_PATTERN})$`);

/**
 * The headline or caption of a first line that runs on into the next piece of the page where the sentence splitter
 * found no cut (BBC pages saved as text put the headline, a photo's caption and the lead on one line): "Sea birds
 * covered in spilt oil are being treated in Louisiana Oil spilling out of a ruptured pipeline in the Gulf of Mexico
 * may reach the southern Florida coastline ...", "BP sells Gulf of Mexico oil field assets to Marubeni BP faces paying
 * out billions of dollars ...". The title ends before a capitalised word where what comes before is a clause (it has
 * a finite verb) ending on a noun, a name, a figure or a quote, and what opens there is a clause's subject with its
 * verb right after it ("Oil spilling", "BP faces", "Engineers at BP are racing"), or a name and a colon, as a caption
 * quotes a speaker ("'Top kill ' BP operation to halt US oil leak fails Doug Suttles of BP: "We have been unable
 * ..."). After a capitalised word the name goes on ("near New Orleans is", "the Deepwater Horizon began"), unless the
 * word is a name in capitals ("Marubeni BP faces") or one the article writes small and never capitalises after a word
 * ("Louisiana Oil spilling"). Not after a word that describes the name ("oil giant BP is", "the vast Gulf of Mexico"),
 * a preposition ("in Davos for"), a day ("hearing Thursday on"), nor in the words of a saying verb ("Congress tells
 * Hayward BP ignored oil well dangers"), nor in a line in title case or capitals; only where the title runs past the
 * word. Used by pipeline.ts.
 */
export function headlineBeforeNextClause(title: string, text: string, sentences: Array<{ start: number; end: number; text: string }>): string {
  const first = sentences[0];
  if (!first || text.slice(0, first.start).trim() !== '') return title;
  const body = title.replace(/…$/, '').trimEnd();
  const line = first.text;
  if (!line.startsWith(body) || (line.length <= body.length + 1 && !title.endsWith('…'))) return title;
  const words = line.split(/\s+/);
  if (words.filter((w) => /^\p{Ll}/u.test(w)).length * 2 < words.length) return title;
  const rest = text.slice(first.end);
  const t = tagWithWink(line);
  const starts: number[] = [];
  for (let i = 0, at = 0; i < t.count; i++) {
    at += t.spaceBefore[i];
    starts.push(at);
    at += t.value[i].length;
  }
  const finite = (i: number) => (t.pos[i] === 'VERB' || t.pos[i] === 'AUX') && !/ing$/.test(t.normal[i]);
  for (let k = 3; k < t.count - 2; k++) {
    if (starts[k] > body.length) break;
    const word = t.value[k];
    const prev = t.value[k - 1];
    if (!/^\p{Lu}/u.test(word) || t.spaceBefore[k] === 0 || DATE_WORD.test(word) || !PIECE_END_TAGS.has(t.pos[k - 1])) continue;
    if (t.pos[k - 1] === 'PUNCT' && !/^['’"”)]$/u.test(prev)) continue;
    if ((t.pos[k - 1] === 'NOUN' || t.pos[k - 1] === 'PROPN') && !endsBeforeName(prev)) continue;
    // ("a quarter of BP PLC's blown-out oil well": a legal form ends the name; "some potential scenarios facing BP:": a
    // name after a participle is its object; "on two Texas beaches", "17:54 GMT": a number or a time goes with what follows.)
    if (isLegalSuffix(word) || (t.pos[k - 1] === 'VERB' && /ing$/.test(t.normal[k - 1]))) continue;
    if (t.pos[k - 1] === 'NUM' && (/^\p{L}+$/u.test(prev) || /\d:\d/.test(prev))) continue;
    const acronym = /^\p{Lu}{2,5}$/u.test(word);
    if (/^\p{Lu}/u.test(prev)) {
      // (The name before is a preposition's object, "to Marubeni", "in Louisiana", "to President Obama"; not "clean
      // oiled birds Fast Engineering specialises", "its old Anglo-Iranian Oil Company", "brought Japanese TV shows".)
      let w = k - 1;
      while (w > 0 && (/^\p{Lu}/u.test(t.value[w]) || (t.normal[w] === 'of' && /^\p{Lu}/u.test(t.value[w - 1])))) w--;
      if (w > 0 && (t.normal[w] === 'the' || t.normal[w] === 'a')) w--;
      if (/^\p{Lu}/u.test(t.value[w]) || !(t.pos[w] === 'ADP' || t.normal[w] === 'to')) continue;
      if (acronym && !(t.pos[k + 1] === 'VERB' || t.pos[k + 1] === 'AUX')) continue;
      // (A determiner or a pronoun opens a piece and no name: "to BP We asked readers", "in the US The US government".)
      if (!acronym && t.pos[k] !== 'DET' && t.pos[k] !== 'PRON') {
        const lower = word.toLowerCase();
        if (!new RegExp(`(?<![\\p{L}-])${escapeStringRegexp(lower)}(?![\\p{L}-])`, 'u').test(rest)) continue;
        if (new RegExp(`[\\p{L}\\d,;]\\s+${escapeStringRegexp(word)}(?![\\p{L}-])`, 'u').test(rest)) continue;
      }
    }
    const verbs: number[] = [];
    for (let i = 0; i < k; i++) if (finite(i)) verbs.push(i);
    // (A saying verb takes the clause after it as its words: "Congress tells Hayward BP ignored ...")
    if (verbs.length === 0 || SPEECH_VERBS.has(t.lemma[verbs.at(-1)!])) continue;
    let j = k;
    while (j < t.count && j - k < 8) {
      if (SUBJECT_TAGS.has(t.pos[j]) || t.normal[j] === "'s" || (j === k && t.pos[j] === 'PRON' && /^\p{Lu}/u.test(t.value[j]))) j++;
      else if (t.pos[j] === 'ADP' && SUBJECT_PREPOSITIONS.has(t.normal[j]) && j + 1 < t.count && SUBJECT_TAGS.has(t.pos[j + 1])) j++;
      else break;
    }
    if (j === k || j >= t.count) continue;
    const caption = t.value[j] === ':' && [...Array(j - k).keys()].every((n) => /^\p{Lu}/u.test(t.value[k + n]) || SUBJECT_PREPOSITIONS.has(t.normal[k + n]));
    if (!caption && (!(t.pos[j] === 'VERB' || t.pos[j] === 'AUX') || t.pos[k - 1] === 'VERB')) continue;
    const headline = line
      .slice(0, starts[k])
      .trim()
      .replace(/[\s,;:–—-]+$/u, '');
    if (headline.split(/\s+/).length < 3 || headline.length > TITLE_MAX) continue;
    return headline;
  }
  return title;
}
