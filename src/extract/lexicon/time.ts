/**
 * Words the time stage needs, as data.
 *
 * Where they came from: the English names are the ordinary calendar vocabulary; the cue lists were
 * collected by reading news copy (the seed documents in ../shared/seeds and the Wikinews articles of the
 * MEANTIME benchmark's *style*, never its contents) and asking, for each false alarm or miss, which word
 * a human reader uses to decide. Each list says which rule reads it.
 */

export const MONTH_NAMES: Record<string, number> = {
  january: 1,
  jan: 1,
  february: 2,
  feb: 2,
  march: 3,
  mar: 3,
  april: 4,
  apr: 4,
  may: 5,
  june: 6,
  jun: 6,
  july: 7,
  jul: 7,
  august: 8,
  aug: 8,
  september: 9,
  sep: 9,
  sept: 9,
  october: 10,
  oct: 10,
  november: 11,
  nov: 11,
  december: 12,
  dec: 12,
};

export const WEEKDAY_NAMES: Record<string, number> = {
  sunday: 0,
  monday: 1,
  tuesday: 2,
  wednesday: 3,
  thursday: 4,
  friday: 5,
  saturday: 6,
};

/** The months' full names, lower case, in calendar order (not "jan", "sept"): "january" … "december". */
export const FULL_MONTH_NAMES = Object.keys(MONTH_NAMES).filter((w) => w.length > 4 || w === 'may' || w === 'june' || w === 'july');
/** The weekdays' names, lower case, Sunday first as WEEKDAY_NAMES numbers them. */
export const FULL_WEEKDAY_NAMES = Object.keys(WEEKDAY_NAMES);
const capitalised = (w: string) => w[0].toUpperCase() + w.slice(1);
/** The months' full names as running text writes them, an alternation for a pattern: "January|February|…|December". */
export const MONTH_NAME_PATTERN = FULL_MONTH_NAMES.map(capitalised).join('|');
/** The weekdays' names as running text writes them, an alternation for a pattern: "Sunday|Monday|…|Saturday". */
export const WEEKDAY_NAME_PATTERN = FULL_WEEKDAY_NAMES.map(capitalised).join('|');
/** The months' three-letter short names in calendar order, with which every name of a month begins: "jan" … "dec". */
export const MONTH_ABBREVIATIONS = FULL_MONTH_NAMES.map((m) => m.slice(0, 3));
/** An alternation of them for a pattern: "jan|feb|…|dec". */
export const MONTH_ABBREVIATION_PATTERN = MONTH_ABBREVIATIONS.join('|');
/** The weekdays' three-letter short names, an alternation for a pattern, Monday first: "mon|tue|…|sun". */
export const WEEKDAY_ABBREVIATION_PATTERN = [...FULL_WEEKDAY_NAMES.slice(1), FULL_WEEKDAY_NAMES[0]].map((d) => d.slice(0, 3)).join('|');

/**
 * Nouns of a happening that "overnight" dates when written before them: "Iraq said its troops repelled an overnight
 * attack by three divisions of Iranian Revolutionary Guards" (Reuters, 1 March 1987), "an overnight snowstorm". Before
 * any other noun "overnight" says what kind, no day: "overnight courier", "overnight rates", "overnight funds"
 * (time/deicticParser.ts, `deictic:overnight`).
 */
export const OVERNIGHT_HAPPENING_NOUNS = [
  'attack',
  'attacks',
  'assault',
  'assaults',
  'fighting',
  'raid',
  'raids',
  'battle',
  'offensive',
  'shelling',
  'bombing',
  'snowstorm',
  'storm',
  'fire',
  'blast',
  'explosion',
];

/**
 * Participles that, right after a noun, tell when that noun's thing is to be done, not when the clause's verb was: "A
 * cargo of Duri loading in July was reportedly traded yesterday" (Reuters, 18 June 1987: the trade was yesterday, July
 * is when the cargo loads), "a rights issue ... by Rhone-Poulenc opening Monday" (the offering opens next Monday; the
 * price was set before it), "a bond maturing on September 1" (events.ts `date:of-a-participle-on-a-noun`).
 */
export const NOUN_TIME_PARTICIPLES = ['loading', 'opening', 'maturing', 'expiring', 'lapsing'];

/** Small numbers written as words, for "two years ago", "a decade ago". */
export const NUMBER_WORDS: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
};

/**
 * The counts a stretch of time is written with, "in a month", "within three days", "in a few weeks": the number words
 * up to ten, "several", "a few" (events/clause-part-dates.ts SPAN_OF_UNITS).
 */
export const SPAN_COUNT_WORDS = [...Object.entries(NUMBER_WORDS).flatMap(([w, n]) => (n <= 10 ? [w] : [])), 'several', 'a few'];

/**
 * Nouns that turn a date without a year into a name rather than a date of the sentence:
 * "Trump's January 6 case dismissed", "the 9/11 attacks", "the January 6 committee".
 * (namedEventRefiner)
 */
export const NAMED_EVENT_NOUNS = new Set([
  'case',
  'cases',
  'committee',
  'commission',
  'panel',
  'riot',
  'riots',
  'rioter',
  'rioters',
  'attack',
  'attacks',
  'attacker',
  'attackers',
  'hijackers',
  'insurrection',
  'defendant',
  'defendants',
  'prosecution',
  'prosecutions',
  'movement',
  'memorial',
  'truthers',
  'era',
  'generation',
]);

/**
 * Words right before a bare year that make it read as a date: "in 2018", "since 2004", "a 2018 military
 * agreement", "the 1991 settlement", "early 2009". A year after any other word is taken only at the start
 * of a sentence; after a capitalised name it is part of the name ("WWDC 2005", "Windows 2000"). (bareYearParser)
 */
export const YEAR_CONTEXT_WORDS = new Set([
  'in',
  'since',
  'of',
  'by',
  'until',
  'till',
  'to',
  'from',
  'before',
  'after',
  'during',
  'between',
  'and',
  'or',
  'through',
  'throughout',
  'around',
  'circa',
  'c.',
  'the',
  'a',
  'an',
  'its',
  'their',
  'his',
  'her',
  'early',
  'mid',
  'late',
  'year',
  'fiscal',
  'spring',
  'summer',
  'autumn',
  'fall',
  'winter',
  'for',
  'than',
  'as',
  'on',
  'that',
  'this',
  'whose',
  'in early',
  'back',
  'also',
  'nor',
  'unlike',
  'like',
]);

/**
 * Names of recurring events whose edition is named by its year: "Worldwide Developers Conference 2010",
 * "Euro 2024". A year after one of these (or after an all-capitals acronym: "WWDC 2005", "CES 2024") is the
 * year the event took place. Products and documents named by a number ("Windows 2000", "Resolution 2087")
 * are not on the list. (bareYearParser)
 */
export const EVENT_EDITION_NOUNS = new Set([
  'conference',
  'summit',
  'games',
  'olympics',
  'cup',
  'expo',
  'championship',
  'championships',
  'festival',
  'forum',
  'awards',
  'show',
  'week',
  'fair',
  'congress',
  'election',
  'elections',
  'census',
  'budget',
  'euro',
  'tour',
  'convention',
  'assembly',
  'meeting',
  'session',
  'season',
  'vision',
  'agenda',
]);

/** After these a four-digit number is a year even when a plural follows ("in 2000 elections"). */
export const STRONG_YEAR_PREPOSITIONS = new Set(['in', 'since', 'by', 'until', 'till', 'during', 'before', 'after', 'from', 'through', 'throughout', 'circa']);

/**
 * Plural nouns that a year may legitimately modify ("the 2024 elections"); any other lowercase plural after
 * a four-digit number makes it a count ("2000 soldiers", "1000 songs"). (bareYearParser)
 */
export const YEAR_MODIFIED_PLURALS = new Set([
  'elections',
  'games',
  'talks',
  'olympics',
  'protests',
  'riots',
  'floods',
  'polls',
  'negotiations',
  'sanctions',
  'hearings',
  'midterms',
  'primaries',
  'results',
  'accords',
  'agreements',
  'summits',
  'earnings',
]);

/** Words ending in "s" that are not plural nouns ("2007 was its best year"). (bareYearParser) */
export const NON_PLURAL_S_WORDS = new Set([
  'was',
  'has',
  'is',
  'as',
  'does',
  'its',
  'his',
  'this',
  'thus',
  'plus',
  'us',
  'yes',
  'less',
  'across',
  'unless',
  'versus',
  'whereas',
  'besides',
  'always',
  'perhaps',
  'sees',
  'marks',
  'saw',
]);

/** Units and quantity words after a number: "2000 km", "2024 percent". (bareYearParser) */
export const QUANTITY_WORDS = new Set([
  'percent',
  '%',
  'million',
  'billion',
  'trillion',
  'thousand',
  'km',
  'kilometres',
  'kilometers',
  'miles',
  'meters',
  'metres',
  'm',
  'ft',
  'feet',
  'gb',
  'mb',
  'tb',
  'kg',
  'tons',
  'tonnes',
  'mph',
  'hp',
  'dollars',
  'euros',
  'won',
  'yen',
  'rubles',
  'roubles',
  'points',
  'units',
  'pixels',
]);

/**
 * Words that put a weekday, month or month-day after the reference date rather than before it:
 * "The trial is set to begin on Wednesday", "will be available on June 17". (futureCueRefiner)
 */
export const FUTURE_CUES: RegExp[] = [
  /\bwill\b/i,
  /\bwon't\b/i,
  /\w'll\b/i,
  /\bshall\b/i,
  /\b(?:is|are|was|were)\s+set\s+to\b/i,
  /\bscheduled\b/i,
  /\b(?:is|are)\s+to\s+be\b/i,
  /\bto\s+be\s+(?:held|released|launched|announced|published)\b/i,
  /\bexpected\s+to\b/i,
  /\bdue\s+to\s+(?!the\b|a\b|an\b|its\b|their\b|his\b|her\b)/i,
  /\bplans?\s+to\b/i,
  /\bplanned\s+for\b/i,
  /\bupcoming\b/i,
  /\bforthcoming\b/i,
  /\b(?:is|are)\s+going\s+to\b/i,
  // (Not "next to the construction site": a place.)
  /\bnext\b(?!\s+to\b)/i,
  /\bcoming\b/i,
];

/** Seasons and parts of a year or month: "the summer of 2023", "mid-2024", "early June". (partOfPeriodParser) */
export const SEASONS = ['spring', 'summer', 'autumn', 'fall', 'winter'];
export const PERIOD_PARTS = ['early', 'mid', 'middle', 'late', 'end', 'beginning', 'start'];

/**
 * Capitalised words before "of" and a year that name a time of that year, not a name holding the year: "the Summer of
 * 1986", "Christmas of 1986", "the First Quarter of 1986" (with SEASONS, PERIOD_PARTS and the months). (notADateRefiner:
 * yearInName)
 */
export const TIMES_OF_A_YEAR = ['christmas', 'easter', 'quarter', 'half', 'year', 'turn'];

/**
 * Month names that are also common words or names ("Theresa May said", "the March on Washington",
 * "August Wilson"): alone, they count as months only after a word that introduces a date. (monthNameRefiner)
 */
export const AMBIGUOUS_MONTH_WORDS = new Set(['may', 'march', 'august']);

/** Words that introduce a month: "in May", "since March", "by early August", "as of February". (monthNameRefiner) */
export const MONTH_CONTEXT_WORDS = new Set([
  'in',
  'since',
  'by',
  'until',
  'till',
  'of',
  'from',
  'through',
  'to',
  'during',
  'before',
  'after',
  'early',
  'mid',
  'late',
  'last',
  'next',
  'this',
  'that',
  'between',
  'and',
  'or',
  'as',
  'back',
  'around',
  'for',
  'throughout',
  'end',
  'beginning',
  'start',
  'middle',
  'on',
  'each',
  'every',
  'than',
]);

/**
 * Past reporting verbs that close a future clause: "Officials who will attend said on Friday ..." is still
 * last Friday. (futureCueRefiner)
 */
export const PAST_REPORTING_VERBS =
  /(?<!\b(?:be|been|being|have|has|had)\s+)\b(?:said|told|announced|reported|confirmed|stated|added|wrote|revealed|disclosed|declared|claimed|denied|noted)\b/i;

/** Holidays on the same day every year, as [month, day] (holidayParser). Written the way English news writes them. */
export const FIXED_HOLIDAYS: Record<string, [number, number]> = {
  "new year's day": [1, 1],
  "new year's eve": [12, 31],
  'christmas day': [12, 25],
  'christmas eve': [12, 24],
  'boxing day': [12, 26],
  "valentine's day": [2, 14],
  halloween: [10, 31],
};

/**
 * Words after a month that make it a futures contract, not a date: "U.S. April crude rose 50 cents", "July Brent",
 * "December gold", "the May contract", "the front-month contract for May delivery" (Reuters and Bloomberg commodity
 * copy). Bare "oil" is left out: "the April oil spill" is a date. (notADateRefiner: contractMonth)
 */
export const CONTRACT_MONTH_NOUNS = [
  'crude',
  'brent',
  'wti',
  'gold',
  'silver',
  'copper',
  'platinum',
  'palladium',
  'aluminium',
  'aluminum',
  'nickel',
  'zinc',
  'natural gas',
  'gas futures',
  'gasoline',
  'heating oil',
  'diesel',
  'gasoil',
  'rbob',
  'corn',
  'wheat',
  'soybeans',
  'soybean',
  'soyoil',
  'sugar',
  'coffee',
  'cocoa',
  'cotton',
  'cattle',
  'hogs',
  'futures',
  'contract',
  'contracts',
  'delivery',
  'options',
  'expiry',
];

/** The words of CONTRACT_MONTH_NOUNS that name the contract, not a commodity: no "futures for April" is read from them. */
export const CONTRACT_WORDS_NOT_COMMODITIES: ReadonlySet<string> = new Set([
  'futures',
  'gas futures',
  'contract',
  'contracts',
  'delivery',
  'options',
  'expiry',
]);

/** Exchange and grade words between a month and its contract: "U.S. April crude", "April light sweet crude", "Nymex July gasoline". */
export const CONTRACT_QUALIFIERS = [
  'u.s.',
  'us',
  'nymex',
  'ice',
  'comex',
  'cbot',
  'london',
  'new york',
  'light',
  'sweet',
  'light sweet',
  'benchmark',
  'raw',
  'spot',
];

/**
 * Nouns after a commodity that make the month a month of data, which is a date: "China's July crude imports rose",
 * "June gasoline demand". (notADateRefiner: contractMonth)
 */
export const COMMODITY_DATA_NOUNS = new Set([
  'imports',
  'exports',
  'output',
  'production',
  'shipments',
  'sales',
  'stocks',
  'inventories',
  'demand',
  'runs',
  'throughput',
  'arrivals',
  'loadings',
  'spill',
  'leak',
]);

/**
 * Words that open a page's timestamp: "Last updated at 09:43 GMT", "Updated 10:32 GMT", "Posted: June 15, 2010 11:03
 * AM", "Published 9:02 AM EDT, Mon March 18, 2024", "First published on Tue 3 Aug 2010". (notADateRefiner:
 * pageTimestamp)
 */
/** Time zones as pages print them after a clock time: "7:30 pm EDT", "09.05 BST", "9:10 AM ET". (pageTimestamp) */
export const TIME_ZONES = [
  'GMT',
  'BST',
  'UTC',
  'EDT',
  'EST',
  'CDT',
  'CST',
  'MDT',
  'MST',
  'PDT',
  'PST',
  'ET',
  'CT',
  'PT',
  'CET',
  'CEST',
  'IST',
  'JST',
  'HKT',
  'SGT',
  'AEST',
];

/**
 * Capitalised words that make a weekday part of a newspaper's or a programme's name: "BP has started canvassing
 * shareholders ..., the Sunday Times reported" ("Sunday" read as the day of the canvassing), "the Sunday
 * Telegraph", "the Saturday Guardian", "BBC Northern Ireland's Sunday Sequence program". Case matters: "on Sunday
 * morning" is a date. (notADateRefiner: outletName)
 */
export const OUTLET_NAME_WORDS = [
  'Times',
  'Telegraph',
  'Guardian',
  'Herald',
  'Express',
  'Mirror',
  'Post',
  'Mail',
  'Independent',
  'Tribune',
  'Star',
  'New York Times',
  'Morning',
  'Sequence',
];

/**
 * Capitalised words that, right before a weekday, make it the name of a holiday whose day moves with the year: "On
 * Easter Monday, the tanker broke into two pieces" (dated 21 June 2010, the Monday before the
 * report, for a wreck of another year), "Good Friday", "Ash Wednesday", "Black Friday". No holiday of this list is the
 * last weekday of that name before a report. (notADateRefiner: holidayWeekday)
 */
export const HOLIDAY_WEEKDAY_WORDS = ['Easter', 'Whit', 'Good', 'Holy', 'Maundy', 'Ash', 'Shrove', 'Palm', 'Black', 'Cyber', 'Super', 'Bloody'];

/** Newspapers named "... on Sunday": "the Mail on Sunday", "the Independent on Sunday". (notADateRefiner: outletName) */
export const OUTLETS_ON_WEEKDAY = ['Mail', 'Independent', 'Express', 'Mirror', 'Telegraph', 'Observer', 'Herald'];

/**
 * Plural nouns of what comes every week, which a weekday right before them names: "as politicians began kibitzing
 * about rig mechanisms on Sunday talk shows" (the judges dated the kibitzing by "on Sunday"), "at Friday prayers". After
 * "on", "at" or "during" the weekday says which shows, not when. (Not "shows" alone: "a report published on Monday shows the
 * new strain" is a verb after a date.) (notADateRefiner: weeklyNoun)
 */
export const WEEKLY_NOUNS = [
  'talk shows',
  'news shows',
  'chat shows',
  'papers',
  'newspapers',
  'editions',
  'prayers',
  'services',
  'sermons',
  'broadcasts',
  'newscasts',
  'programmes',
  'programs',
];

export const TIMESTAMP_LEADS = ['last updated', 'updated', 'posted', 'published', 'first published', 'page last updated', 'last modified'];

/**
 * Words in front of "since 1999" that make the year a baseline of a comparison or a record, not a date of what the
 * sentence reports: "the lowest since 1999", "the worst year since 2008", "the first strike by the union since 1977".
 * (notADateRefiner: comparisonBaseline)
 */
export const RECORD_WORDS = [
  'first',
  'only',
  'largest',
  'biggest',
  'highest',
  'lowest',
  'worst',
  'best',
  'most',
  'least',
  'longest',
  'shortest',
  'deadliest',
  'strongest',
  'weakest',
  'fastest',
  'slowest',
  'sharpest',
  'steepest',
  'smallest',
  'record',
];

/** Words that make a date the other side of a comparison: "up 20% compared with 2008", "higher than in 2009". (comparisonBaseline) */
export const COMPARISON_LEADS = [
  'compared with',
  'compared to',
  'versus',
  'vs.',
  'than in',
  'than',
  // "BP said it aired fewer TV spots between April and July than during a similar period last year": the period
  // compared with.
  'than during a similar period',
  'than during the same period',
  'than in the same period',
  'than the same period',
];

/**
 * Words that make "three months ago" a bound, not a date: "the H1N1 virus first emerged in Mexico more than three
 * months ago" says only that it was before some day of that month, "less than two weeks ago" that it was after. (boundedOffset)
 */
export const OFFSET_BOUNDS = ['more than', 'over', 'at least', 'less than', 'fewer than', 'under', 'upwards of'];

/**
 * Words that make a count of years back a rounded figure: "Eton College was founded by King Henry VI nearly 570 years
 * ago" (in May 2009: 1439 or 1440; it was 1440), "left Miami almost 20 years ago". (approximateYearsAgo)
 */
export const APPROXIMATE_COUNTS = ['nearly', 'almost', 'about', 'around', 'roughly', 'approximately', 'some', 'close to', 'getting on for'];

/**
 * Words right before a date that make it a bound of when something happened, not its day: "By 2001, he had joined
 * Energy Partners", "before 2001, the agency was organized differently", "the first by the union since 1977",
 * "suspend their strike until January 15", "had received 153,974 claims as of Friday". (events.ts date:bound)
 */
// ("The FWS report listed only 4,676 affected birds up to 14 September": a count's cut-off.)
export const BOUND_PREPOSITIONS = ['since', 'until', 'till', 'through', 'as of', 'up to', 'by', 'before', 'after'];

/**
 * Business copy's own day: "earlier in the day", "late in the session", "in early trade", and "on the day" after a
 * price move ("the firm's share price was nearly 17% down on the day"). They are the day of the date told before
 * them, else the report's day. (businessParser: sameDay)
 */
export const SAME_DAY_PHRASES: RegExp[] = [
  /\b(?:earlier|later|late|early)\s+in\s+the\s+(?:day|session)\b/gi,
  /\bin\s+(?:early|late|afternoon|morning)\s+(?:trade|trading|deals)\b/gi,
  /(?<=(?:%|\bpercent|\bpoints?|\bcents?|\bpence)\s+(?:(?:higher|lower|up|down|firmer|weaker)\s+)?)(?:on|for)\s+the\s+day\b/gi,
  // "BP shares ended the day 2% lower", "the FTSE 100 closed the session up 0.4%"
  /\b(?:ended|closed|finished)\s+the\s+(?:day|session)\b/gi,
];

/**
 * The period a year before the report, business copy's comparison: "the same period last year", "the same quarter a
 * year earlier", "the year-earlier quarter", "the year-ago period". (businessParser: yearEarlierPeriod)
 */
export const YEAR_EARLIER_PERIOD: RegExp =
  /\b(?:the\s+)?same\s+(?:period|quarter|half|time)\s+(?:of\s+|in\s+)?(?:last\s+year|a\s+year\s+(?:earlier|ago|before)|the\s+previous\s+year|the\s+year\s+before)\b|\bthe\s+year[-\s](?:earlier|ago)\s+(?:period|quarter|half)\b/gi;

/**
 * Heads of an unnamed speaker: "sources familiar with the matter said on Thursday", "a person close to the company
 * said". Their saying is no announcement, so its day dates nothing they tell (events/candidates.ts reportDateRanges).
 */
export const ANONYMOUS_SOURCES = new Set(['source', 'sources', 'insider', 'insiders', 'person', 'people']);

/**
 * Participles that publish a report: "according to new estimates released Thursday", "an opinion poll published on
 * Wednesday", "with government officials announcing Tuesday that ...". Their day is the report's (events.ts).
 */
export const PUBLISHING_VERBS = ['released', 'published', 'issued', 'broadcast', 'announcing', 'announced', 'releasing', 'publishing'];

/**
 * Verbs whose infinitive is what was done, on the clause's day: "Obama moved to defuse a growing political row ...
 * yesterday", "BP managed to place a funnel-like cap on the well late Thursday", "were forced to call it off Saturday".
 * Not plans ("was set to", "prepared to", "agreed to pay ... this year") nor habits ("used to publish"). (events/candidates.ts)
 */
export const INFINITIVE_DATING_VERBS = new Set([
  'manage',
  'fail',
  'move',
  'begin',
  'start',
  'try',
  'attempt',
  'decline',
  'refuse',
  'force',
  'struggle',
  'scramble',
  'rush',
  'vote',
  'hasten',
]);

/**
 * Verbs whose -ing verb right after them is what was begun or stopped, on the clause's day: "BP began pumping mud into
 * the well from vessels on the surface at 2000 GMT on Tuesday", "Oil began leaking into the Gulf on 20 April" (a date
 * in that -ing verb's words dates the beginning). Not "continue" or "keep" (what goes on has no day). (events/candidates.ts
 * `date-scope:title-ing-verb`)
 */
export const ING_DATING_VERBS = new Set(['begin', 'start', 'stop', 'finish', 'resume', 'cease']);

/** Subordinators after which a present perfect tells a coming moment: "until after he has met", "once the well has been capped" (a past one takes the past perfect). */
export const FUTURE_TIME_MARKERS = new Set(['until', 'till', 'after', 'before', 'once', 'when']);

/** Verbs that make known a figure for a period (events.ts, `date:reporting-period`): "reported profits of $5.6 bn in the first three months of 2010". */
export const FIGURE_REPORTING_VERBS = new Set(['report', 'post', 'announce', 'book', 'record', 'unveil', 'publish']);

/**
 * A company's results a month or a year names before the noun: "Toyota reported March sales of 40,554 units", "posted a
 * 1986 loss of 2.2 billion dlrs" (events.ts, with FIGURE_REPORTING_VERBS: `date:period-of-figure`).
 */
// ("to include December 1986 operations": the operations of a period are its results too.)
export const RESULT_FIGURE_NOUNS = new Set([
  'income',
  'loss',
  'losses',
  'profit',
  'profits',
  'earnings',
  'revenue',
  'revenues',
  'sales',
  'turnover',
  'operations',
  'results',
]);

/**
 * Nouns of moving goods that a month before them names the period of: "soft or white wheat for April shipment under PL
 * 480", "Kenya coffee for May/June shipment", "white sugar ... for April to June shipment" (Reuters commodity copy,
 * 1987). The month is when the goods are to move, not when they were sold or bought (time/notADateRefiner.ts
 * `shipmentPeriod`).
 */
export const SHIPMENT_PERIOD_NOUNS = ['shipment', 'loading', 'arrival'];

/**
 * Nouns of moving goods that head a phrase of "for" or "with" whose date is the goods' moving: "Sesostris ... sold
 * 18,000 tonnes of barley to Greece for delivery from Mediterranean ports from April 14 to 30" (Reuters, 7 April 1987):
 * the barley moves from 14 April; it was sold before, on a day the sentence does not give (time/notADateRefiner.ts
 * `deliveryPeriod`).
 */
export const DELIVERY_PHRASE_NOUNS = ['delivery', 'deliveries', 'shipment', 'shipments', 'loading', 'loadings', 'arrival'];

/**
 * What is set for a period ahead and named by it: "Egypt cut its 1987 production target of 940,000 bpd to its current
 * output" (Reuters, 5 March 1987): 1987 is the year the target is for, not the year of the cut (events.ts
 * `date:period-of-a-plan`).
 */
export const PLANNED_FIGURE_NOUNS = new Set([
  'target',
  'targets',
  'forecast',
  'forecasts',
  'projection',
  'projections',
  'quota',
  'quotas',
  'budget',
  'budgets',
  'ceiling',
  'goal',
  'goals',
]);

/**
 * Verbs of a period's output, trade or worth (events.ts, `date:period-of-figure`): with a figure and a year, a statistic of
 * that year, not a happening ("BP pumped 4.0 million barrels of oil equivalent ... in 2009", "landings of shrimp were
 * valued at $442 million in 2008", "Mexico exported $2 billion worth of goods last year"), and a performance over the
 * year ("had outperformed its peers on the stock market last year, with a 24% increase in valuation").
 */
export const PERIOD_FIGURE_VERBS = new Set([
  'pump',
  'produce',
  'export',
  'import',
  'sell',
  'earn',
  'generate',
  'value',
  'consume',
  'ship',
  'harvest',
  'outperform',
  'underperform',
  // ("In 2009, the company spent nearly $16m on lobbying", "Six Flags ... drew more than $1 billion in revenue in 2008",
  // "Landrieu banked almost $17,000 from the oil giant in 2008", "GSK Asia Pacific last year chalked up 1.18 billion
  // pounds ($2 billion) in sales", "Sales last year grew nearly 10 percent", "Smithfield slaughtered 26 million pigs in
  // 2006", "Commercial fishermen landed 600m kg of finfish and shellfish in 2008".)
  'spend',
  'draw',
  'bank',
  'chalk',
  'grow',
  'slaughter',
  'land',
  // ("SARS-affected economies experienced drops in retail sales growth in the order of 5-10 percent in early 2003": a
  // year's figure that was undergone.)
  'experience',
]);

/**
 * Nouns of a document whose date, written before them, is the document's own (events.ts, `date:names-a-document`):
 * "The Obama administration used the Aug. 4 report to claim ..." was not done on 4 August.
 */
export const DATED_DOCUMENT_NOUNS = new Set([
  'report',
  'study',
  'letter',
  'memo',
  'memorandum',
  'estimate',
  'assessment',
  'analysis',
  'survey',
  'document',
  'paper',
]);

/**
 * Nouns of a disaster that a year written after them dates (events.ts, `date:names-a-noun`): "led a U.N. environmental
 * study of a huge blowout on the Mexican Ixtoc 1 rig in 1979" was not done in 1979; the blowout was.
 */
export const DATED_HAPPENING_NOUNS = new Set([
  'blowout',
  'explosion',
  'blast',
  'fire',
  'accident',
  'collision',
  'spill',
  'leak',
  'disaster',
  'meltdown',
  'crash',
  'attack',
  'bombing',
  'earthquake',
  'tsunami',
  'outbreak',
  'pandemic',
  'epidemic',
  'hurricane',
]);

/**
 * Verbs that make, in its own year, the thing a name with a year names (events.ts `date:year-in-a-name`): "Congress passed
 * the Oil Pollution Act of 1990", "the Act was signed", "hosted the Games of 1980". Any other verb is not dated by the
 * name's year: "violated the Securities Exchange Act of 1934".
 */
export const NAME_MAKING_VERBS = new Set(['pass', 'enact', 'adopt', 'approve', 'sign', 'found', 'establish', 'create', 'hold', 'host', 'win', 'launch']);

/** Verbs that make or send a document on its own date: "BP released its Sept. 8 report" (events.ts, `date:names-a-document`). */
export const DOCUMENT_MAKING_VERBS = new Set([
  'release',
  'publish',
  'issue',
  'unveil',
  'send',
  'write',
  'file',
  'submit',
  'deliver',
  'present',
  'sign',
  'draft',
  'post',
  'complete',
]);

/**
 * The stems of verbs that move a date: "extended the offer until April three, from March 20", "postponed the vote to
 * May 5 from April 28" (events.ts `date:moved-from`, `date:moved-to`; not "Talks continued through March 3 and resumed
 * from March 10").
 */
export const DATE_MOVING_VERB_STEMS = ['extend', 'postpon', 'move', 'moving', 'delay', 'reschedul', 'defer', 'push', 'brought', 'bring', 'shift', 'advanc'];

/**
 * Ordinals of "the ... day of 1986", a year's first or last day (time/periodPrefixRefiner.ts `dayOfPeriod`). Not
 * "opening" or "closing": "the opening day of 2010" is a season's or a session's, not 1 January.
 */
export const DAY_OF_PERIOD_ORDINALS = new Map<string, 'first' | 'last'>([
  ['first', 'first'],
  ['last', 'last'],
  ['final', 'last'],
]);
