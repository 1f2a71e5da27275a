/**
 * Actors stage, part 1: find the people, organisations, countries and products a document names.
 *
 * Why hand-written: no maintained JavaScript library recognises named entities in news (wink's English model
 * tags parts of speech but finds no people or organisations; compromise's guesses tagged page chrome ("BRIAN
 * READE:"), kept titles inside names and read at a tenth of wink's speed). So a name is a run of capitalised
 * words, cut where wink's tags, the lexicons and page furniture say it ends, and its kind is decided by evidence
 * of the linguistic layer (actor-evidence.ts: who speaks, who is described by a role, what stands after "in"),
 * titles before it, organisation head words and the country lexicon. Names that are neither people nor in a
 * lexicon become companies or products by what the text does with them (classifyNames). Every mention records
 * the rules that made it (`rules`). Canonicalisation across documents is in canonical.ts.
 */
import type { ActorKind, ActorMention } from './types';
import { normalizeName } from './normalize-name';
import { type NameEvidence, nameEvidence } from './actor-evidence';
import { type Analysis, analyseText } from './nlp/analyse';
import type { Tag } from './nlp/tokens';
import { tickerAfter } from './nlp/tickers';
import { canBeTagged } from './nlp/wink';
import { knownWords } from './glued-words';
import { SHARE_BAR_WORDS } from './lexicon/chrome';
import { NEWS_AGENCIES, OUTLET_HEADS } from './lexicon/sources';
import { MONTH_NAMES, NUMBER_WORDS, TIME_ZONES, WEEKDAY_NAMES } from './lexicon/time';

/** "thousands of Mexicans", "dozens of Americans": a count of a people before "of" (`counted-people`). */
const COUNTED_OF = /\b(?:dozens|hundreds|thousands|millions)\s+of\s+$/i;
import { COUNTRIES, COUNTRY_GROUPS, demonymPlural } from './lexicon/countries';
import { FIRST_NAMES } from './lexicon/first-names';
import {
  CLAUSE_START_WORDS,
  COMPASS_WORDS,
  CURRENCY_SYMBOLS,
  CURRENCY_UNIT_ACRONYMS,
  ELLIPTICAL_QUANTITY_WORDS,
  NAME_PARTICLES,
  PATRONYMIC_PARTICLES,
} from './lexicon/grammar';
import {
  BODIES_WRITTEN_SMALL,
  ECONOMY_HEADS,
  VESSEL_NOUNS,
  FACILITY_NOUNS,
  KINSHIP_NOUNS,
  LOCAL_BODIES_WRITTEN_SMALL,
  NAMED_ROOMS,
  NEWSGATHERING_VERBS,
  PERSON_SPEECH_VERBS,
  NATIONALITY_NOUNS,
  CAUSE_COMPOUNDS,
  BODY_HEADS,
  COMPANY_TITLE_WORDS,
  COMPANY_NAME_PARTICIPLES,
  OFFICES_STARTING_WITH_HEAD,
  VENUE_HEADS,
  DEFINITE_HEADS,
  UNION_MEMBER_NOUNS,
  UNION_NAME_OPENERS,
  DISEASE_NAMES,
  MODEL_MAKERS,
  NOT_COMPANY_INITIALS,
  KNOWN_ORGANIZATIONS,
  NOT_ACTOR_WORDS,
  PERSON_ROLE_NOUNS,
  ORG_CUES_AFTER,
  OFFICE_HOLDER_GROUPS,
  PUBLICATION_NOUNS,
  ORG_CUES_BEFORE,
  CREDIT_PATTERNS,
  LEGAL_SUFFIXES,
  SHORT_LEGAL_FORMS,
  ECONOMY_PHRASE_BREAK_WORDS,
  isLegalSuffix,
  INDEX_NOUNS,
  LOCAL_GOVERNMENT_WORDS,
  COMPANY_TRADE_HEADS,
  CONCERN_WORDS,
  LEGISLATURES,
  ORG_HEADS,
  PERSON_TITLE_HEADS,
  PLACE_ONLY_PREPOSITIONS,
  PRODUCT_DETERMINERS,
  PRODUCT_ACRONYMS,
  PRODUCT_NOUNS,
  SPEECH_FORMS,
  STORM_WORDS,
  QUANTITY_WORDS,
  RELEASE_VERBS,
  REPORTING_VERBS,
  WHICH_COMPANY_VERBS,
  STATE_NOUNS,
  BROKE_WITH_STATE_WORDS,
  SUBJECT_AUXILIARIES,
  TITLE_WORDS,
  WEEKDAY_ABBREVIATIONS,
  WIDGET_WORDS,
  VISIT_VERB_FORMS,
} from './lexicon/actors';
import { prefixesOf } from './key-prefixes';
import { EVENT_WORDS } from './lexicon/events';
import { CONTINENTS, MAJOR_CITIES, PLACE_HEADS, PLACE_PREPOSITIONS, REGIONS, US_STATE_ABBREVIATIONS, US_STATE_ADJECTIVES, US_STATES } from './lexicon/places';
import escapeStringRegexp from 'escape-string-regexp';

interface Token {
  text: string; // as written, possessive included
  bare: string; // possessive removed, curly apostrophes straightened
  start: number;
  end: number; // end of the bare form
  cap: boolean;
  possessive: boolean;
  /** Position in the document's token list, so neighbours are found without searching. */
  index: number;
  /** A short model number after a name: the "4" of "iPhone 4", the "3G" of "iPhone 3G". */
  model?: boolean;
  /** wink's part of speech for the word starting here (undefined when wink split the text differently). */
  tag?: Tag;
  /** Why a capitalised word is not part of any name ("date-word", "widget-word", "place-compound"). */
  notName?: string;
  /** a rule that decided where a name starts or ends at this token (recorded on the mention that holds it) */
  splitRule?: string;
  /** "Hamas-led", "Iran-backed": a name that modifies the next word; it ends there. */
  compound?: boolean;
}

type LexiconHit = { kind: 'country' | 'organization' | 'demonym' | 'people' | 'capital' | 'region'; name: string };

// Shared with canonical.ts and the evaluation, which import it from here.
export { normalizeName };

function straighten(s: string): string {
  return s.replace(/[’`]/g, "'");
}

const LEXICON: Map<string, LexiconHit> = (() => {
  const map = new Map<string, LexiconHit>();
  const put = (surface: string, hit: LexiconHit) => {
    const key = straighten(surface);
    if (!map.has(key)) map.set(key, hit);
  };
  for (const c of COUNTRIES) {
    put(c.name, { kind: 'country', name: c.name });
    for (const n of c.names) put(n, { kind: 'country', name: c.name });
  }
  for (const r of REGIONS) put(r, { kind: 'region', name: r });
  for (const [name, aliases] of Object.entries(KNOWN_ORGANIZATIONS)) {
    put(name, { kind: 'organization', name });
    for (const a of aliases) put(a, { kind: 'organization', name });
  }
  for (const c of COUNTRIES) {
    for (const d of c.demonyms) put(d, { kind: 'demonym', name: c.name });
    for (const d of c.demonyms) {
      const plural = demonymPlural(d);
      if (plural) put(plural, { kind: 'people', name: c.name });
    }
    for (const cap of c.capitals) put(cap, { kind: 'capital', name: c.name });
  }
  return map;
})();
/** Places the gazetteer knows (countries, capitals, regions, US states, MAJOR_CITIES), as name keys. */
const KNOWN_PLACE_KEYS = new Set(
  [...[...LEXICON].filter(([, v]) => v.kind === 'country' || v.kind === 'capital' || v.kind === 'region').map(([k]) => k), ...US_STATES, ...MAJOR_CITIES].map(
    (k) => normalizeName(k),
  ),
);
const MAX_LEXICON_TOKENS = 8;
/**
 * Every beginning of a LEXICON key. Each text lexiconAt looks up starts with the first token's `bare` (its straightened
 * letters from its start to its end) and the key it finds starts the same way, so a first word that begins no key
 * ends the search before any span is sliced, joined and straightened (most capitalised words begin none).
 */
const LEXICON_PREFIXES = prefixesOf(LEXICON.keys());

/** "ConocoPhillips", "GlaxoSmithKline", "PetroChina": a capital inside a word after three small letters or more, not "MacDonald". */
const INNER_CAPITAL_NAME = /^(?!Mac\p{Lu})\p{Lu}\p{Ll}{2,}\p{Lu}\p{Ll}+(?:\p{Lu}\p{Ll}+)?$/u;

const TOKEN_RE = /(?:\p{Lu}\.){2,}|[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*(?:['’](?=\s|$|[^\p{L}]))?/gu;

// tokenize's patterns, made once: written inside it, each \p{…} pattern was built again for every word (tsx and
// esbuild turn such literals into `new RegExp(…)`).
const COMPOUND_NAME = /^(\p{Lu}[\p{L}.]*)-(led|backed|based|allied|owned|run|funded|linked|aligned|controlled|occupied|held|brokered|sponsored|\p{Ll}{2,}ed)$/u;
const STARTS_CAPITAL = /^\p{Lu}/u;
const INNER_CAPITAL = /^\p{Ll}{1,2}\p{Lu}/u;
const ARTICLE_BEFORE_NAME = /^(?:al|el|ad|ash|as|at|az|ar|an|ud|ul)-\p{Lu}/u;

function tokenize(text: string, tagAt: (start: number) => Tag | undefined): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(TOKEN_RE)) {
    const raw = m[0];
    const start = m.index!;
    // (most words have no apostrophe or backtick: the regular expressions only for those that do)
    const straight = raw.includes('’') || raw.includes('`') ? straighten(raw) : raw;
    const possessive = straight.includes("'") && (/'s$/i.test(straight) || /s'$/.test(straight));
    let bare = possessive ? straight.replace(/'s$/i, '').replace(/'$/, '') : straight;
    // "Hamas-led gunmen", "Iran-backed militias": the name before the suffix is the actor.
    // "BP-leased rig", "Frankfurt-listed shares": any participle joined to a name works the same way.
    const compound = bare.includes('-') ? COMPOUND_NAME.exec(bare) : null;
    if (compound) bare = compound[1];
    const compoundSuffix = compound?.[2].toLowerCase();
    // "iPod", "eBay", "iOS": a lower-case prefix before an inner capital still writes a name.
    // "Abdel Fattah al-Burhan", "Ahmed el-Sharaa": an Arabic article joined to a capitalised name is part of it.
    const cap = STARTS_CAPITAL.test(raw) || INNER_CAPITAL.test(raw) || ARTICLE_BEFORE_NAME.test(raw);
    // Every field written out, those set later too: tokens that all have one shape keep the actor stage's functions
    // optimised (a field added to some tokens only gave them other shapes, and the compiled code was thrown away and
    // compiled again, up to eight times a function, whenever a document brought a new one).
    const token: Token = {
      text: raw,
      bare,
      start,
      end: start + bare.length,
      cap,
      possessive,
      index: tokens.length,
      model: undefined,
      tag: tagAt(start),
      notName: undefined,
      splitRule: undefined,
      compound: undefined,
    };
    // "Houston-based Halliburton", "Frankfurt-listed": where a company is based or listed is a place, and no part of its name.
    if (compoundSuffix === 'based' || compoundSuffix === 'listed' || compoundSuffix === 'headquartered') {
      token.cap = false;
      token.notName = 'place-compound';
    }
    // "SARS-affected economies experienced drops in retail sales": what befell the noun names a cause, no actor (as
    // "Hamas-led gunmen" names one who leads).
    else if (compoundSuffix && CAUSE_COMPOUNDS.has(compoundSuffix)) {
      token.cap = false;
      token.notName = 'cause-compound';
    } else if (compoundSuffix) token.compound = true;
    tokens.push(token);
  }
  markModelNumbers(text, tokens);
  markModelWords(text, tokens);
  markNonNames(text, tokens);
  return tokens;
}

const isNumber = (t: Token | undefined) => !!t && /^\d/.test(t.text);
// (sets, not `word in MONTH_NAMES`: a property look-up by a string made on the spot is slow, and true of "constructor")
const MONTH_WORDS = new Set(Object.keys(MONTH_NAMES));
const WEEKDAY_WORDS = new Set(Object.keys(WEEKDAY_NAMES));
const isMonth = (t: Token | undefined) => !!t && t.cap && MONTH_WORDS.has(t.bare.toLowerCase());
const isWeekday = (t: Token | undefined) => !!t && t.cap && (WEEKDAY_WORDS.has(t.bare.toLowerCase()) || WEEKDAY_ABBREVIATIONS.has(t.bare.toLowerCase()));
const ZONES = new Set(TIME_ZONES);
/** News agencies written as acronyms: "AP", "AFP", "BBC". */
const OUTLET_ACRONYMS = new Set(NEWS_AGENCIES.flatMap((a) => [a.name, ...a.aliases]).filter((n) => /^\p{Lu}{2,6}$/u.test(n)));

/**
 * Capitalised words that are never part of a name. Dates: "Mon Feb 21", "Aug 25", "Chairman, UGC June 21, 1991",
 * "Wednesday 2 June 2010 17.37 BST" (a month next to a number or a weekday; a weekday next to a month or a number;
 * a time zone). Widgets: "End Quote Robert Peston BBC business editor" (the BBC's pull quotes), "Reply Option".
 */
function markNonNames(text: string, tokens: Token[]) {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t.cap) continue;
    const prev = tokens[i - 1];
    const next = tokens[i + 1];
    const lower = t.bare.toLowerCase();
    if (isMonth(t) && (isNumber(next) || isNumber(prev) || isWeekday(prev) || /^(?:feb|aug|sept?|oct|nov|dec)$/.test(lower))) t.notName = 'date-word';
    else if (isWeekday(t) && (isMonth(next) || isNumber(next) || isNumber(prev) || WEEKDAY_WORDS.has(lower))) t.notName = 'date-word';
    else if (ZONES.has(t.text)) t.notName = 'date-word';
    // "triggered by an almost Monty Pythonesque fit of pique": an adjective made of a name ends no name and is none
    // (`name-made-adjective`); "Monty" before it is left alone.
    else if (/^\p{Lu}\p{Ll}+esque$/u.test(t.bare)) t.notName = 'name-made-adjective';
    // "Asia battled SARS and H5N1 bird flu in 2003": a disease is no actor (`disease-name`).
    else if (DISEASE_NAMES.has(t.bare)) t.notName = 'disease-name';
    // "International Business Machines Corp said sales of its PS/2 personal computers rose" (wire copy, 1987): letters
    // glued by a slash to a number are a model's designation ("PS/2", "OS/2", "AS/400"), no maker and no participant;
    // the letters alone ("PS") were listed as an actor (`slash-model-designation`).
    else if (/^\/\d/.test(text.slice(t.end, t.end + 2)) && !t.possessive) t.notName = 'slash-model-designation';
    else if (WIDGET_WORDS.has(lower) || ((lower === 'end' || lower === 'start') && next?.bare.toLowerCase() === 'quote')) t.notName = 'widget-word';
    // "… in the Gulf of Mexico.\nAP Anadarko Petroleum Corp., which owns": a photo credit glued to the next paragraph.
    else if (
      OUTLET_ACRONYMS.has(t.text) &&
      next?.cap &&
      /(?:^|\n)[ \t]*$/.test(text.slice(Math.max(0, t.start - 40), t.start)) &&
      /^[ \t]+$/.test(text.slice(t.end, next.start))
    )
      t.notName = 'credit';
    // "He was freed by the Scottish authorities", "freed by Scottish Justice Secretary Kenny MacAskill": a word shaped
    // like a people's adjective, before a noun or an office, says whose the noun is; the demonyms of the lexicon stand
    // for their states (demonym-before-state-noun). Not a given name ("Brian said", "Julian Assange"). ("CPC announced
    // it had agreed in principle to sell its European business to Ferruzzi" (wire copy, 1987: the record listed
    // "European"): a continent's or region's adjective in "-ean" is one too, a word the dictionary knows as an adjective;
    // not a company's name, "A Transocean worker survived the explosion".)
    else if (
      (/^\p{Lu}\p{Ll}+(?:ish|ese|ian)$/u.test(t.text) || (/^\p{Lu}\p{Ll}{3,}ean$/u.test(t.text) && canBeTagged(lower, 'ADJ'))) &&
      !LEXICON.has(t.text) &&
      !FIRST_NAMES.has(lower) &&
      (!prev?.cap || /^(?:the|a|an)$/i.test(prev.text)) &&
      next &&
      ((!next.cap && next.tag === 'NOUN') || (next.cap && TITLE_WORDS.has(next.bare.toLowerCase()))) &&
      /^[ \t]+$/.test(text.slice(t.end, next.start))
    )
      t.notName = 'demonym-shaped-adjective';
    // ("The Kenyan shilling has lost 5.6 pct of its value against the SDR this year" (wire copy, 1987: the record's one
    // actor was "SDR"): a unit of account is money, no body, `currency-unit`.)
    else if (CURRENCY_UNIT_ACRONYMS.has(t.bare)) t.notName = 'currency-unit';
    // ("to 562 mln U.S. Dlrs from 583 mln" (wire copy, 1987): the wire's abbreviation of dollars written with a
    // capital is money too, no surname, `currency-unit`.)
    else if (/^dlrs?$/i.test(t.bare)) t.notName = 'currency-unit';
    if (t.notName) t.cap = false;
  }
  // "authorising President Felipe Calder n to invoke powers", "the House Natural Resources Committe e on Jan.": a
  // letter the conversion lost (an accented "ó") or a stray space cuts a word, and what is left of the name is a
  // fragment ("Felipe Calder"), never shown: the capitalised words before the lone letter are no name
  // (`name-cut-at-lost-letter`). (Not a letter that stands alone as a word, "a", "i", "v" of "Roe v Wade", "x", nor
  // what is left of a lost apostrophe, "Exxon s", "Weren t", "I d", "I m".)
  for (let i = 0; i + 1 < tokens.length; i++) {
    const [t, next] = [tokens[i], tokens[i + 1]];
    // "On Monday, Venezuela's president Hugo Ch vez announced halting a program": where the lost letter leaves a
    // fragment of two to four letters that is no word after a full name's last word, the fragment is the name's end
    // ("Hugo Ch vez", never "Hugo Ch"; `name-joined-at-lost-letter`).
    if (
      t.cap &&
      i > 0 &&
      tokens[i - 1].cap &&
      /^[ \t]+$/.test(text.slice(tokens[i - 1].end, t.start)) &&
      /^\p{Lu}\p{Ll}+$/u.test(t.text) &&
      /^\p{Ll}{2,4}$/u.test(next.text) &&
      text.slice(t.end, next.start) === ' ' &&
      !/^[\p{L}.'’-]/u.test(text.slice(next.end, next.end + 1)) &&
      !isWord(next.text)
    ) {
      next.cap = true;
      next.splitRule = 'name-joined-at-lost-letter';
      continue;
    }
    if (!t.cap || !LOST_LETTER_FRAGMENT.test(next.text) || text.slice(t.end, next.start) !== ' ') continue;
    if (/^[\p{L}.'’-]/u.test(text.slice(next.end, next.end + 1))) continue;
    for (let j = i; j >= 0 && tokens[j].cap && (j === i || /^[ \t]+$/.test(text.slice(tokens[j].end, tokens[j + 1].start))); j--) {
      tokens[j].notName = 'name-cut-at-lost-letter';
      tokens[j].cap = false;
    }
  }
}

/**
 * The words after an acronym up to a market index's noun ("oil service index" after "PHLX"), at most three nouns or
 * adjectives written small before it, or null.
 */
function indexNameAfter(tokens: Token[], t: Token): Token[] | null {
  const out: Token[] = [];
  for (let k = t.index + 1; k < tokens.length && out.length < 4; k++) {
    const w = tokens[k];
    if (w.cap || w.start - tokens[k - 1].end > 2) return null;
    out.push(w);
    if (INDEX_NOUNS.has(w.text)) return out;
    if (w.tag !== 'NOUN' && w.tag !== 'ADJ' && w.tag !== 'PROPN') return null;
  }
  return null;
}

/** A word of the dictionaries (glued-words.ts's, or one wink can tag as an open-class word, a plural's s aside). */
export function isWord(w: string): boolean {
  const known = knownWords();
  const forms = /ies$/.test(w) ? [w, `${w.slice(0, -3)}y`] : /[^s]s$/.test(w) ? [w, w.slice(0, -1), w.slice(0, -2)] : [w];
  return forms.some((f) => known.has(f) || ['NOUN', 'VERB', 'ADJ', 'ADV'].some((tag) => canBeTagged(f, tag)));
}

/** One lower-case letter that is no word of its own nor the end of an apostrophe's word (see markNonNames). */
const LOST_LETTER_FRAGMENT = /^[bcefghjklnopqruwyz]$/;

/**
 * BODIES_WRITTEN_SMALL as a Map, and the first words of its phrases of two words: `word in object`, asked of every
 * lower-case word of a document, was the costliest line of the actor stage (a property look-up by a string made on
 * the spot).
 */
const LOCAL_BODY_RE = new RegExp(
  `\\b(\\p{Lu}\\p{Ll}+(?:[ \\t]+\\p{Lu}\\p{Ll}+)?)[ \\t]+(${LOCAL_BODIES_WRITTEN_SMALL.map((b) => b.replace(/ /g, '[ \\t]+')).join('|')})\\b`,
  'gu',
);
const BODY_NAMES = new Map(Object.entries(BODIES_WRITTEN_SMALL));
const BODY_FIRST_WORDS = new Set(Object.keys(BODIES_WRITTEN_SMALL).flatMap((k) => (k.includes(' ') ? [k.split(' ')[0]] : [])));

/**
 * Public bodies written in small letters after the word for whose they are. "The US coastguard discovered the leaks on
 * Saturday": the Coast Guard, as "the US Coast Guard" elsewhere (`body-written-small`; the country only qualifies it).
 * "This evening, the Scottish government confirmed that ...": a government named by a people's adjective the country
 * lexicon lacks (`government-of-demonym-shaped-adjective`; "the Scottish authorities", "Scottish officials" name no
 * one body, demonym-shaped-adjective).
 */
function bodiesWrittenSmall(text: string, tokens: Token[], mentions: ActorMention[]): ActorMention[] {
  const out: ActorMention[] = [];
  // "Worcestershire primary care trust confirmed today that a woman from Redditch has contracted swine flu": a local
  // body written small after its place is the body, the place only says whose it is (`local-body-written-small`).
  for (const m of text.matchAll(LOCAL_BODY_RE)) {
    const name = `${m[1]} ${m[2].replace(/\b\p{Ll}/gu, (ch) => ch.toUpperCase())}`.replace(/\s+/g, ' ');
    out.push({
      surface: name,
      start: m.index!,
      end: m.index! + m[0].length,
      kind: 'organization',
      key: `org:${normalizeName(name)}`,
      rules: ['local-body-written-small'],
    });
  }
  const countryAt = (t: Token) => mentions.some((m) => m.start === t.start && m.kind === 'country');
  out.push(...localGovernmentsActing(text, tokens));
  out.push(...statesActing(text, tokens, mentions));
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.cap) continue;
    const prev = tokens[i - 1];
    const next = tokens[i + 1];
    const lower = t.bare.toLowerCase();
    // (read further only for a word that can begin, name or head a body, or after a demonym-shaped adjective: every
    // branch below needs one)
    if (
      !BODY_FIRST_WORDS.has(lower) &&
      !BODY_NAMES.has(lower) &&
      lower !== 'department' &&
      !BODY_HEADS.has(lower) &&
      prev.notName !== 'demonym-shaped-adjective'
    )
      continue;
    if (!/^[ \t]+$/.test(text.slice(prev.end, t.start))) continue;
    // (the two-word phrase is only spelt out after a word that can start one: most words start none)
    const two = next && BODY_FIRST_WORDS.has(lower) && /^[ \t]+$/.test(text.slice(t.end, next.start)) ? `${lower} ${next.bare.toLowerCase()}` : '';
    const phrase = BODY_NAMES.has(two) ? two : BODY_NAMES.has(lower) ? lower : '';
    // "the $370m in fines imposed by the US department of justice in October 2007": a country's department of a remit,
    // written small (the Guardian's style), is the department ("US Department of Justice" elsewhere;
    // `department-written-small`).
    const remit = lower === 'department' ? /^department\s+of\s+(?:the\s+)?(\p{Ll}+)\b/u.exec(text.slice(t.start, t.start + 40)) : null;
    // ("The department of wildlife and fisheries processed applications for 85 such licenses on April 9th": after "the"
    // alone, its remit of one noun or two joined by "and", not after whose it is: "the university's department".)
    const two2 = remit ? /^department\s+of\s+(?:the\s+)?\p{Ll}+\s+and\s+(\p{Ll}+)\b/u.exec(text.slice(t.start, t.start + 60)) : null;
    const afterThe = prev.bare.toLowerCase() === 'the' && !(i > 1 && tokens[i - 2].possessive) && (!two2 || isWord(two2[1]));
    if (lower === 'department' && remit && (countryAt(prev) || afterThe) && !prev.possessive && canBeTagged(remit[1], 'NOUN')) {
      const cap = (w: string) => `${w[0].toUpperCase()}${w.slice(1)}`;
      const name = afterThe && two2 ? `Department of ${cap(remit[1])} and ${cap(two2[1])}` : `Department of ${cap(remit[1])}`;
      // (the mention is the head word, which the clause's participant phrase holds: "by the US department")
      out.push({ surface: name, start: t.start, end: t.end, kind: 'organization', key: `org:${normalizeName(name)}`, rules: ['department-written-small'] });
      continue;
    }
    if (phrase && countryAt(prev) && !prev.possessive) {
      const end = phrase === two ? next.end : t.end;
      const name = BODY_NAMES.get(phrase)!;
      out.push({ surface: name, start: t.start, end, kind: 'organization', key: `org:${normalizeName(name)}`, rules: ['body-written-small'] });
    } else if (BODY_HEADS.has(lower) && !t.possessive) {
      // "Yesterday, the White House oil commission, which was set up in June ..., produced a preview": a body an
      // institution set up, named by the institution and a word or two of its remit, is a body of its own; the
      // institution is no participant (`body-of-institution`).
      let k = i - 1;
      while (
        k > i - 3 &&
        !tokens[k].cap &&
        (tokens[k].tag === 'NOUN' || tokens[k].tag === 'ADJ') &&
        /^[ \t]+$/.test(text.slice(tokens[k].end, tokens[k + 1].start))
      )
        k--;
      const owner = mentions.find((m) => m.end === tokens[k].end && m.kind === 'organization' && m.rules.includes('organisation-lexicon'));
      if (!owner || k === i - 1 || !/^(?:['’]s?)?[ \t]+$/u.test(text.slice(tokens[k].end, tokens[k + 1].start))) continue;
      // ("The White House's oil spill commission presented preliminary findings on Monday": the institution's "'s" says
      // the same, and the body is named without it, "White House oil spill commission" (`owner-of-body`).)
      const surface = tokens[k].possessive
        ? `${text.slice(owner.start, owner.end)}${text.slice(tokens[k].end, t.end).replace(/^['’]s?/u, '')}`
        : text.slice(owner.start, t.end);
      const rules = tokens[k].possessive ? ['body-of-institution', 'owner-of-body'] : ['body-of-institution'];
      out.push({ surface, start: owner.start, end: t.end, kind: 'organization', key: `org:${normalizeName(surface)}`, rules });
    } else if (prev.notName === 'demonym-shaped-adjective' && (lower === 'government' || lower === 'administration') && !t.possessive) {
      const name = `${prev.text} ${lower}`;
      out.push({
        surface: name,
        start: prev.start,
        end: t.end,
        kind: 'organization',
        key: `org:${normalizeName(name)}`,
        rules: ['government-of-demonym-shaped-adjective'],
      });
    }
  }
  return out;
}

/**
 * "Plaquemines parish reported this week that large numbers of fish had died around Bayou Chaland": a place's name with
 * its local government's word written small ("parish", "county", "province") that reports, says or acts as the
 * subject is that government, an organisation (`local-government-acts`). Where it only says where ("fishing grounds in
 * Plaquemines parish"), it stays a place.
 */
function localGovernmentsActing(text: string, tokens: Token[]): ActorMention[] {
  const out: ActorMention[] = [];
  for (let i = 1; i < tokens.length; i++) {
    const [prev, t] = [tokens[i - 1], tokens[i]];
    if (t.cap || t.possessive || !LOCAL_GOVERNMENT_WORDS.has(t.bare) || !prev.cap || prev.possessive || !/^\p{Lu}\p{Ll}+$/u.test(prev.bare)) continue;
    if (!/^[ \t]+$/.test(text.slice(prev.end, t.start)) || !actsAsSubject(text, tokens, t)) continue;
    // (the place's name is one capitalised word, or two: "St Bernard parish")
    const two =
      i > 1 && tokens[i - 2].cap && tokens[i - 2].tag === 'PROPN' && !tokens[i - 2].possessive && /^[ \t]+$/.test(text.slice(tokens[i - 2].end, prev.start));
    const first = two ? tokens[i - 2] : prev;
    const surface = `${text.slice(first.start, prev.end)} ${t.bare[0].toUpperCase()}${t.bare.slice(1)}`;
    out.push({ surface, start: first.start, end: t.end, kind: 'organization', key: `org:${normalizeName(surface)}`, rules: ['local-government-acts'] });
  }
  return out;
}
/**
 * "On Friday, Alabama became the first state to sue BP for damage from the oil spill": a US state's name that opens
 * its clause and stands right before its verb is the subject, the state that acts, a participant (a place,
 * `state-acts`). Not where it only says where ("in Alabama", "Mobile, Alabama"), nor before a noun it qualifies
 * ("Louisiana officials", "Alabama's beaches").
 */
function statesActing(text: string, tokens: Token[], mentions: ActorMention[]): ActorMention[] {
  const out: ActorMention[] = [];
  // "Asia battled SARS and H5N1 bird flu in 2003 and has improved its health infrastructure": a continent that opens its
  // clause right before its verb acts too, as a state does (`region-acts`, key `region:`); "in Asia" stays where.
  const isState = (t: Token | undefined) => !!t && (US_STATES.has(t.bare) || CONTINENTS.has(t.bare)) && !t.possessive && /^\p{Lu}\p{Ll}+$/u.test(t.bare);
  // (the clause opens before it: the text's start, a sentence's or a comma's end, or "but", "when" before it; not
  // "Mobile, Alabama, has": a town before the comma makes it where the town is)
  const opensBefore = (t: Token) => {
    const prev = tokens[t.index - 1];
    if (!prev) return true;
    const gap = text.slice(prev.end, t.start);
    // ("HONG KONG (Reuters) - Asia battled SARS": a spaced dash after a dateline opens the story's first clause)
    if (/[.;:!?"“”]\s*$|\n\s*$|\s[-–—]\s+$/.test(gap)) return true;
    if (/,\s*$/.test(gap)) return !prev.cap;
    return /^[ \t]+$/.test(gap) && CLAUSE_START_WORDS.has(prev.bare.toLowerCase());
  };
  for (let i = 0; i + 1 < tokens.length; i++) {
    const t = tokens[i];
    if (!isState(t)) continue;
    // ("Alabama later declared", "Florida also sued": an adverb between)
    const adverb = tokens[i + 1].tag === 'ADV' && !tokens[i + 1].cap && /^[ \t]+$/.test(text.slice(t.end, tokens[i + 1].start));
    const verb = adverb ? tokens[i + 2] : tokens[i + 1];
    if (!verb || verb.cap || (verb.tag !== 'VERB' && verb.tag !== 'AUX') || !/^[ \t]+$/.test(text.slice(tokens[verb.index - 1].end, verb.start))) continue;
    // ("Louisiana, Mississippi and Alabama later ...": every state of a list that opens the clause)
    const list = [t];
    for (let k = i - 1; k >= 1 && /^(?:and|or)$/i.test(tokens[k].bare) && isState(tokens[k - 1]); ) {
      list.unshift(tokens[k - 1]);
      k -= 2;
      while (k >= 0 && isState(tokens[k]) && /^,\s*$/.test(text.slice(tokens[k].end, list[0].start))) {
        list.unshift(tokens[k]);
        k--;
      }
      break;
    }
    if (!opensBefore(list[0]) || list.some((s) => mentions.some((m) => m.start <= s.start && m.end >= s.end))) continue;
    for (const s of list) {
      const region = CONTINENTS.has(s.bare);
      out.push({
        surface: s.bare,
        start: s.start,
        end: s.end,
        kind: 'place',
        key: `${region ? 'region' : 'state'}:${normalizeName(s.bare)}`,
        rules: [region ? 'region-acts' : 'state-acts'],
      });
    }
  }
  return out;
}

/**
 * "iPhone 4", "iPhone 3G", "Windows 7": a short number right after a name is part of it, unless it counts
 * something ("Apple 5 percent") or is a day of a month ("June 7").
 */
/** A king's or pope's number: "Henry VI", "Benedict XVI". */
const REGNAL = /^(?:II|III|IV|VI|VII|VIII|IX|XI|XII|XIII|XIV|XV|XVI)$/;
// (made once, not per word: see COMPOUND_NAME)
const ACRONYM_WORD = /^\p{Lu}{2,6}$/u;
const PLURAL_WORD = /^\p{Ll}+[^s]s$/u;
const DIGIT_FIRST = /^\d/;

function markModelNumbers(text: string, tokens: Token[]) {
  // Acronyms the document also writes with no number after them ("BP said"): gathered from every token, the first time
  // a number stands before a plural (most documents never ask).
  let aloneSet: Set<string> | null = null;
  const alone = () => (aloneSet ??= new Set(tokens.filter((t, i) => ACRONYM_WORD.test(t.text) && !/^\d/.test(tokens[i + 1]?.text ?? '')).map((t) => t.text)));
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i];
    // (only a number can be a model's: every test below needs a token that starts with a digit)
    if (!DIGIT_FIRST.test(t.text)) continue;
    const prev = tokens[i - 1];
    const next = tokens[i + 1];
    // "FTSE 100", "Nikkei 225", "DAX 30": an index's number after its acronym or name, not a count and not a year.
    // ("the US Coast Guard had granted BP 74 requests": a count of things before a plural, after a company the
    // document names alone.)
    const counted = !!next && PLURAL_WORD.test(next.text) && alone().has(prev.text);
    if (counted) continue;
    const index = /^\d{2,3}$/.test(t.text) && (/^\p{Lu}{2,6}$/u.test(prev.text) || /^(?:nikkei|dax|cac|ibex|hang|kospi|sensex|stoxx)$/i.test(prev.bare));
    // "The second-hand Boeing 747, which was acquired on a renewable one-year lease, made its first scheduled flight",
    // "two Boeing 767-200 long-range airliners" (wire copy, 1987): three digits after a maker's name, a series after a
    // hyphen, name its model, a thing; the maker takes no part in what the aircraft did (`model-number-of-maker`).
    // (the maker's one word alone: not "The Japan Air Lines 747 jumbo jet crashed", the carrier's name and its plane)
    const before = tokens[i - 2];
    const series =
      /^\d{3}(?:-\d{1,3})?(?:s|['’]s)?$/.test(t.text) &&
      MODEL_MAKERS.has(prev.text) &&
      !prev.possessive &&
      !(
        before &&
        /^\p{Lu}/u.test(before.text) &&
        /^[ \t]+$/.test(text.slice(before.end, prev.start)) &&
        !CLOSED_CLASS.some((tag) => canBeTagged(before.bare.toLowerCase(), tag))
      );
    if ((!/^\d{1,2}[A-Za-z]{0,3}$/.test(t.text) && !index && !series) || !prev.cap || t.start - (prev.start + prev.text.length) !== 1) continue;
    if (prev.possessive || NOT_ACTOR_WORDS.has(prev.bare.toLowerCase())) continue;
    // (Only once the number makes a mention: a rule on a token that made none would show on nothing.)
    if (series) t.splitRule = 'model-number-of-maker';
    // ("Apple announces Mac OS X Lion, iOS 5, and iCloud": "and" after a comma lists the next name, no range of counts,
    // `model-number-before-list-comma`.)
    const listComma = /^,\s+$/.test(text.slice(t.end, next?.start ?? t.end)) && /^(?:and|or)$/.test(next?.bare ?? '');
    if (next && QUANTITY_WORDS.has(next.bare.toLowerCase()) && !listComma) continue;
    if (listComma) t.splitRule = 'model-number-before-list-comma';
    // "iPhone 2.0 update", "a 3.5 mm jack": a version or measure, not a model name.
    if (/^[.,]\d/.test(text.slice(t.end, t.end + 2))) continue;
    t.cap = true;
    t.model = true;
  }
}

/** "iPod", "iPhone", "eBay": a name with a capital after one or two small letters. */
const CAMEL_NAME_WORD = /^\p{Ll}{1,2}\p{Lu}\p{Ll}+$/u;
const SMALL_WORD = /^\p{Ll}{2,}$/u;

/**
 * "Apple unveils iPod nano ... the iPod nano is the second model of the iPod family": a word written small that no
 * dictionary knows, which the document writes at least twice and only ever right after one name with a capital inside
 * ("iPod"), is that product's model word, part of its name (`model-word-after-camel-name`; not "iPod sales", a word
 * of the dictionaries, nor "the iPhone smartphone" once).
 */
function markModelWords(text: string, tokens: Token[]) {
  // Only a word that follows such a name at least once can be marked: those are found first, and most documents have
  // none (the loop below then records, for every other word written small, only that it is not one).
  let followers: Set<string> | null = null;
  for (let i = 1; i < tokens.length; i++) {
    if (CAMEL_NAME_WORD.test(tokens[i - 1].text) && SMALL_WORD.test(tokens[i].bare)) (followers ??= new Set()).add(tokens[i].bare);
  }
  if (!followers) return;
  const after = new Map<string, { name: string; tokens: Token[] } | null>();
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i];
    if (!followers.has(t.bare) || after.get(t.bare) === null) continue;
    const prev = tokens[i - 1];
    const name = CAMEL_NAME_WORD.test(prev.text) && text.slice(prev.end, t.start) === ' ' ? prev.text : null;
    const seen = after.get(t.bare);
    if (!name || (seen && seen.name !== name)) after.set(t.bare, null);
    else if (seen) seen.tokens.push(t);
    else after.set(t.bare, { name, tokens: [t] });
  }
  for (const [word, seen] of after) {
    if (!seen || seen.tokens.length < 2 || isWord(word) || PRODUCT_NOUNS.has(word)) continue;
    // (every time the document writes the word, in any case, it follows the name: "The iPod Nano comes in two colors")
    const count = (re: string) => [...text.matchAll(new RegExp(`(?<![\\p{L}])${re}(?![\\p{L}])`, 'giu'))].length;
    if (count(word) !== count(`${seen.name} ${word}`)) continue;
    for (const t of seen.tokens) {
      t.cap = true;
      t.model = true;
      t.splitRule = 'model-word-after-camel-name';
    }
  }
}

/** True when only spaces (no punctuation, no line break) separate two tokens: they can belong to one name. */
function adjacent(text: string, a: Token, b: Token): boolean {
  const gap = text.slice(a.start + a.text.length, b.start);
  // "Thad W. Allen", "George W. Bush": a middle initial's full stop stays inside the name.
  // ('James "Bud" Bottoms, a Santa Barbara resident ... Bottoms penned a children's book in 1969': a nickname in quotes
  // after a given name stays inside the name, `quoted-nickname`.)
  // ("ratings agency Standard & Poor's lowered its outlook", "Simmons & Co": "&" joins capitalised words into one name,
  // `ampersand-in-name`.)
  return (
    /^[ \t]+$/.test(gap) ||
    (/^[ \t]+&[ \t]+$/.test(gap) && /^\p{Lu}/u.test(a.text) && /^\p{Lu}/u.test(b.text)) ||
    (/^\p{Lu}$/u.test(a.text) && a.index > 0 && /^\.[ \t]+$/.test(gap)) ||
    (FIRST_NAMES.has(a.bare.toLowerCase()) && /^[ \t]+["“]\p{Lu}\p{Ll}+["”][ \t]+$/u.test(gap))
  );
}

const CONNECTORS = new Set(['of', 'the', 'for', 'and', ...NAME_PARTICLES]);
/** What follows the comma of "Sears, Roebuck and Co": more plain names and commas, then "and Co". */
const COMMA_AND_CO_NAME = /^(?:\p{Lu}\p{Ll}+,[ \t]+){0,2}\p{Lu}\p{Ll}+[ \t]+(?:and|&)[ \t]+(?:Co|Company)\b/u;

/**
 * What follows the first comma of "L.F. Rothschild, Unterberg, Towbin Inc": a plain name, a comma, maybe more, then a
 * plain name and a legal form, no "and" between them (a list has one: "BP, Halliburton and Transocean Ltd").
 */
const COMMA_LEGAL_FORM_NAME = /^\p{Lu}\p{Ll}+,[ \t]+(?:\p{Lu}\p{Ll}+,[ \t]+){0,2}\p{Lu}\p{Ll}+[ \t]+(?:Inc|Corp|Co|Ltd|Plc|PLC|AG|SA|NV)\b/u;

/** Groups capitalised tokens into runs ("Russian Defense Minister Andrei Beloousov"), with "of the" inside. */
function capitalisedRuns(text: string, tokens: Token[]): Token[][] {
  const runs: Token[][] = [];
  let run: Token[] = [];
  const flush = () => {
    while (run.length && !run[run.length - 1].cap) run.pop();
    if (run.length) runs.push(run);
    run = [];
  };
  // "Sears, Roebuck and Co said retail sales of its Merchandise Group in March rose 4.2 pct" (wire copy, 1987:
  // the name was cut at its comma, and "Sears" and "Roebuck" read as surnames): plain capitalised words
  // joined by commas and then by "and Co" (the partners of one firm, "and Co" its last words: "Kidder, Peabody and Co",
  // "Goldman, Sachs and Co") are one name, the comma and "and" inside it (`comma-inside-and-co-name`). Not a list that
  // ends with a company of its own ("BP, Halliburton and Transocean Ltd": no "and Co").
  let commaName = false;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const prev = run[run.length - 1];
    if (!prev) commaName = false;
    if (
      prev &&
      t.cap &&
      (run.length === 1 || commaName) &&
      /^\p{Lu}\p{Ll}+$/u.test(prev.text) &&
      /^,[ \t]+$/.test(text.slice(prev.end, t.start)) &&
      COMMA_AND_CO_NAME.test(text.slice(t.start, t.start + 80))
    ) {
      commaName = true;
      t.splitRule = 'comma-inside-and-co-name';
      run.push(t);
      continue;
    }
    // ("Daiwa and Nomura were named primary dealers by the Federal Reserve, along with L.F. Rothschild, Unterberg, Towbin
    // Inc and Security Pacific National Bank" (wire copy, 1987): the partners' names of one firm, joined by commas and
    // ended by its legal form, with no "and" of a list; "Towbin Inc" was listed as an actor, `commas-inside-firm-name`.
    // Not places, "Houston, Texas, Exxon Corp": no part is a name the lexicon holds.)
    if (
      prev &&
      t.cap &&
      run.length <= 3 &&
      !commaName &&
      /^\p{Lu}\p{Ll}+$/u.test(prev.text) &&
      /^,[ \t]+$/.test(text.slice(prev.end, t.start)) &&
      COMMA_LEGAL_FORM_NAME.test(text.slice(t.start, t.start + 80)) &&
      !/(?:^|[^\p{L}])and[ \t]+$/u.test(text.slice(Math.max(0, run[0].start - 6), run[0].start)) &&
      ![...run.map((x) => x.text), ...(COMMA_LEGAL_FORM_NAME.exec(text.slice(t.start, t.start + 80))?.[0] ?? '').split(/,?[ \t]+/)].some(
        (w) => LEXICON.has(straighten(w)) || KNOWN_PLACE_KEYS.has(normalizeName(w)),
      )
    ) {
      const end = t.start + (COMMA_LEGAL_FORM_NAME.exec(text.slice(t.start, t.start + 80))?.[0].length ?? 0);
      t.splitRule = 'commas-inside-firm-name';
      for (; i < tokens.length && tokens[i].end <= end; i++) if (tokens[i].cap) run.push(tokens[i]);
      i--;
      continue;
    }
    // ("M/A-Com Inc said it won a major contract", "Hughes/Conserdyne Corp made Bear Stearns and Co Inc its exclusive
    // investment banker" (wire copy, 1987): words joined by a slash, no space, before a legal form are one firm's name;
    // "A-Com Inc" and "Conserdyne Corp" were listed as actors, `slash-inside-company-name`. Not two firms of a dispute,
    // "the Pennzoil/Texaco Inc (TX) litigation", where the article names the first as a company of its own, "Pennzoil Co
    // said", "Pennzoil said".)
    if (
      prev &&
      t.cap &&
      text.slice(prev.end, t.start) === '/' &&
      /^\p{Lu}/u.test(prev.text) &&
      /^[\p{L}\p{N}-]+[ \t]+(?:Inc|Corp|Co|Ltd|Plc|PLC|AG|SA|NV)\b/u.test(text.slice(t.start, t.start + 60)) &&
      !new RegExp(`(?<![\\p{L}/])${escapeStringRegexp(prev.text)}[ \\t]+(?:Co|Corp|Inc|Ltd|said)\\b`, 'u').test(text)
    ) {
      t.splitRule = 'slash-inside-company-name';
      run.push(t);
      continue;
    }
    if (commaName && prev && t.text === 'and' && /^(?:Co|Company)$/.test(tokens[i + 1]?.bare ?? '') && adjacent(text, prev, t)) {
      run.push(t);
      continue;
    }
    // (the nickname itself: the name runs on past it)
    if (prev && tokens[i + 1] && adjacent(text, prev, tokens[i + 1]) && /["“]$/.test(text.slice(prev.end, t.start))) {
      t.notName = 'quoted-nickname';
      t.cap = false;
      continue;
    }
    if (prev && !adjacent(text, prev, t)) flush();
    // ("Britain, Canada, France, Japan, the U.S. And West Germany - agreed in Paris last month to act together" (wire
    // copy, 1987, recased after the acronym's full stop): a conjunction is no word of a name; after "U.S." it ends the
    // run, and "West Germany" that follows is a name of its own (it was lost with the run of "U.S."),
    // `conjunction-after-acronym-ends-run`.)
    else if (prev && /^(?:And|Or)$/.test(t.text) && /^(?:\p{Lu}\.){2,}$/u.test(prev.text)) {
      flush();
      t.splitRule = 'conjunction-after-acronym-ends-run';
    }
    // "the cost of the Gulf of Mexico oil disaster continues to mount up for BP BP says the cost ...": a headline glued
    // to the first line; one name twice in a row is two mentions.
    else if (prev && t.cap && prev.text === t.text && isAcronym(t)) {
      flush();
      t.splitRule = 'repeated-name-splits-run';
    }
    if (t.cap) run.push(t);
    else if (run.length && CONNECTORS.has(t.text) && t.text !== 'and' && tokens[i + 1]?.cap) run.push(t);
    // ("Mexican President Miguel de la Madrid": two particles, then the surname: `two-particle-name`.)
    else if (
      run.length &&
      NAME_PARTICLES.has(t.text) &&
      NAME_PARTICLES.has(tokens[i + 1]?.text ?? '') &&
      tokens[i + 2]?.cap &&
      adjacent(text, t, tokens[i + 1])
    )
      run.push(t);
    else if (run.length && NAME_PARTICLES.has(t.text) && NAME_PARTICLES.has(run[run.length - 1].text) && tokens[i + 1]?.cap) run.push(t);
    // "So far, Friends of the Earth US reported today", "the Organization of the Petroleum Exporting Countries": "of the"
    // inside a name of the lexicon (and "and": "The Health and Safety Executive issued Transocean with an improvement
    // notice", not "Safety") (two connectors, which elsewhere end a name: "the Gulf of the Mexico coast" is none).
    else if (run.length && t.text === 'of' && tokens[i + 1]?.text === 'the' && tokens[i + 2]?.cap && lexiconNameThrough(text, run, tokens, i + 2)) run.push(t);
    // ("Mexico joining the General Agreement on Tariffs and Trade (GATT)": "on" inside a name of the lexicon, which
    // elsewhere ends a name: "Clinton on Monday".)
    else if (run.length && t.text === 'on' && tokens[i + 1]?.cap && lexiconNameThrough(text, run, tokens, i + 1)) run.push(t);
    else if (
      run.length &&
      t.text === 'and' &&
      (andInsideOrganisation(text, tokens, run, i) || (tokens[i + 1]?.cap && lexiconNameThrough(text, run, tokens, i + 1)))
    )
      run.push(t);
    else flush();
  }
  flush();
  return runs;
}

/**
 * "Attorney General Troy King filed two lawsuits": a title word that ends a name right after a given name is the
 * surname ("Troy King", not "Troy" and the title "King"); marked `title-word-as-surname` on the name.
 */
function titleWordAsSurname(run: Token[], i: number, j: number): boolean {
  if (j !== i + 1 || j !== run.length - 1 || run[j].possessive || !FIRST_NAMES.has(run[i].bare.toLowerCase()) || !/^\p{Lu}\p{Ll}+$/u.test(run[j].text))
    return false;
  run[j].splitRule = 'title-word-as-surname';
  return true;
}

/**
 * "In April, Apache Energy agreed to acquire Mariner", "a Mariner Energy platform caught fire": a company's word among
 * the title words (COMPANY_TITLE_WORDS) that ends the capitalised run after a name ends the company's name; a title
 * needs a name after it ("Energy Secretary Steven Chu"). Marked `company-word-ends-name`.
 */
function companyWordEndsName(run: Token[], i: number, j: number): boolean {
  return (
    j > i &&
    j === run.length - 1 &&
    COMPANY_TITLE_WORDS.has(run[j].bare.toLowerCase()) &&
    run.slice(i, j).every((t) => t.cap && !t.possessive && !TITLE_WORDS.has(t.bare.toLowerCase()))
  );
}

/**
 * The key of the one organisation named before in the document whose name has `t`'s word as its head ("Bank of
 * England", "World Bank"), when `t` is that word written with a capital right after a lower-case "the" ("the Bank").
 */
function headWordOf(text: string, t: Token, mentions: readonly ActorMention[]): string | null {
  const head = t.bare.toLowerCase();
  if (!ORG_HEADS.has(head) || t.possessive || !/^\p{Lu}\p{Ll}+$/u.test(t.bare) || !/(?:^|[^\p{L}])the\s+$/u.test(text.slice(Math.max(0, t.start - 5), t.start)))
    return null;
  const keys = new Set(
    mentions
      .filter((m) => m.kind === 'organization' && m.start < t.start && !m.key.startsWith('?'))
      .filter((m) => m.surface.startsWith(`${t.bare} of `) || m.surface.endsWith(` ${t.bare}`))
      .map((m) => m.key),
  );
  return keys.size === 1 ? [...keys][0] : null;
}

/**
 * `two-particle-name`: "Garcia and Mexican President Miguel de la Madrid issued a joint declaration" (Reuters, 26 March
 * 1987): a particle ("de") continues a person's name when the capitalised surname follows it, or follows one more
 * particle ("de la", "van der"); the name stopped at "Miguel".
 */
function particleChainEndsOnName(run: Token[], j: number): boolean {
  if (run[j + 1]?.cap) return true;
  if (!run[j + 1] || !NAME_PARTICLES.has(run[j + 1].text) || !run[j + 2]?.cap) return false;
  run[j + 1].splitRule ??= 'two-particle-name';
  return true;
}

/**
 * `particle-before-surname`: "Mexican President Miguel de la Madrid": the capitalised word after a name's particle is
 * its surname, even a place's name in the lexicon; read as the place, the actors were "Miguel" and Spain.
 */
function surnameAfterParticle(run: Token[], j: number): boolean {
  if (j < 2 || !NAME_PARTICLES.has(run[j - 1].text) || !run[j - 2]) return false;
  if (!run[j - 2].cap && !(NAME_PARTICLES.has(run[j - 2].text) && run[j - 3]?.cap)) return false;
  run[j].splitRule ??= 'particle-before-surname';
  return true;
}

/**
 * "A similar protest targeted Tate Britain in June", "on ABC's Good Morning America": a country's name (not its
 * acronym) that ends a run of capitalised words after a name is the last word of that name (a gallery, a show, "Northern
 * Ireland"), no country; marked `country-ends-name`.
 */
function countryEndsName(text: string, run: Token[], i: number, j: number): boolean {
  const hit = lexiconAt(text, run, j);
  // (not "the Torrey Canyon Britain's worst-ever oil spill", a headline run into the text: the country owns what follows;
  // nor "to Communist China", an adjective before the country)
  const last = run[run.length - 1];
  if (hit?.hit.kind !== 'country' || j + hit.length !== run.length || isAcronym(run[j]) || /^(?:\p{Lu}\.)+$/u.test(run[j].text) || last.possessive)
    return false;
  if (j === i + 1 && canBeTagged(run[i].bare.toLowerCase(), 'ADJ')) return false;
  if (
    !run
      .slice(i, j)
      .every(
        (t) =>
          t.cap && !t.possessive && !t.notName && !TITLE_WORDS.has(t.bare.toLowerCase()) && !STORM_WORDS.has(t.bare.toLowerCase()) && !US_STATES.has(t.bare),
      )
  )
    return false;
  run[j].splitRule = 'country-ends-name';
  return true;
}

/** A name of the lexicon that starts in the run and ends at or after tokens[k] ("Friends of the Earth"). */
function lexiconNameThrough(text: string, run: Token[], tokens: Token[], k: number): boolean {
  for (const first of run)
    for (let m = k; m < Math.min(tokens.length, k + 5) && (tokens[m].cap || CONNECTORS.has(tokens[m].text)); m++) {
      const words = straighten(text.slice(first.start, tokens[m].end));
      if (LEXICON.get(words)?.kind === 'organization') return true;
      // ("the downgrading of Denmark's credit rating by the U.S. Standard and Poor's Corp" (wire copy, 1987): a name
      // whose "'s" is its own, which the token drops as a possessive's, as lexiconAt reads it.)
      if (tokens[m].possessive && LEXICON.get(`${words}'s`)?.kind === 'organization') return true;
    }
  return false;
}

/**
 * "National Oceanic and Atmospheric Administration", "Food and Drug Administration": an "and" between capitalised
 * words belongs to a name when the words after it end in an organisation's head word and the words before it do not
 * ("BP and Transocean", "Halliburton and Cameron International" are two names).
 */
function andInsideOrganisation(text: string, tokens: Token[], run: Token[], i: number): boolean {
  if (run.some((r) => ORG_HEADS.has(r.bare.toLowerCase()) || r.possessive)) return false;
  if (oneNameAroundAnd(text, tokens, run, i)) return true;
  // ("the three companies -- BP, Halliburton and Transocean Ltd.": a company's legal form ends the one after "and";
  // read through the whole run first, past a head word before the form: "the debt of BP, rig operator Transocean and
  // Anadarko Petroleum Corp" is two companies, "Petroleum" no head of one name: `legal-form-ends-second-name`.)
  for (let k = i + 1; k < tokens.length && tokens[k].cap && adjacent(text, tokens[k - 1], tokens[k]); k++) {
    if (tokens[k].possessive) break;
    if (isLegalSuffix(tokens[k].bare)) {
      if (tokens.slice(i + 1, k).some((t) => ORG_HEADS.has(t.bare.toLowerCase()))) tokens[i + 1].splitRule ??= 'legal-form-ends-second-name';
      return false;
    }
  }
  for (let k = i + 1; k < tokens.length && tokens[k].cap && adjacent(text, tokens[k - 1], tokens[k]); k++) {
    if (ORG_HEADS.has(tokens[k].bare.toLowerCase())) {
      // ("Obama and Coast Guard commander Admiral Thad Allen ... met with local officials": a body followed by a
      // person's role is that person's, a second member of the list, not one name "Obama and Coast Guard":
      // `body-of-role-after-and`.)
      let end = k + 1;
      while (end < tokens.length && tokens[end].cap && adjacent(text, tokens[end - 1], tokens[end])) end++;
      const after = tokens[end];
      if (after && !after.cap && adjacent(text, tokens[end - 1], after) && PERSON_ROLE_NOUNS.has(after.bare.toLowerCase())) {
        tokens[i + 1].splitRule ??= 'body-of-role-after-and';
        return false;
      }
      return true;
    }
    if (tokens[k].possessive) return false;
  }
  return false;
}

/**
 * "Shearson contributed 316 mln dlrs of American Express' 1.25 billion dlr net in 1986" (wire copy, 1987:
 * the actor was "Express", a surname, and "American" a people's adjective): a demonym that begins a
 * capitalised name is the name's first word when the document writes that name with a legal form ("American Express
 * Co") or writes it twice or more ("American Express said ... American Express' net") (`demonym-starts-company-name`). Not before a given name ("American Tony Smith": the
 * person's nationality), a title ("German Chancellor") or a date's word; one to three plain capitalised words follow.
 */
function demonymStartsName(text: string, run: Token[], i: number, length: number): { span: Token[]; name: string } | null {
  let k = i + length;
  if (k >= run.length || FIRST_NAMES.has(run[k].bare.toLowerCase()) || run.slice(i, k).some((t) => t.possessive)) return null;
  // ("PARIS, March 17 - American Telephone and Telegraph Co and Philips Telecommunications BV would hold 36 pct" (wire
  // copy, 1987): the name was "Telephone and Telegraph Co"; an "and" inside a longer company's name,
  // `and-inside-longer-company-name`, is the name's, and counts no word.)
  const inside = (t: Token) => t.bare === 'and' && t.splitRule === 'and-inside-longer-company-name';
  while (
    k < run.length &&
    run.slice(i + length, k).filter((t) => !inside(t)).length < 3 &&
    (inside(run[k]) || /^\p{Lu}\p{Ll}+$/u.test(run[k].bare)) &&
    !TITLE_WORDS.has(run[k].bare.toLowerCase()) &&
    !DATE_WORDS_IN_NAME.test(run[k].bare)
  ) {
    k++;
    if (run[k - 1].possessive) break;
  }
  if (k === i + length || (k < run.length && run[k].cap && !run[k - 1].possessive && !TITLE_WORDS.has(run[k].bare.toLowerCase()))) return null;
  const span = run.slice(i, k);
  const name = text.slice(span[0].start, span[span.length - 1].end);
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');
  const legal = legalFormAfterSpace(text) && new RegExp(`\\b${escaped}\\s+(?:${LEGAL_FORM_WORDS.join('|')})\\b`, 'u').test(text);
  const writes = text.match(new RegExp(`\\b${escaped}(?![\\p{L}])`, 'gu'))?.length ?? 0;
  return legal || writes >= 2 ? { span, name } : null;
}
const DATE_WORDS_IN_NAME = /^(?:Year|Day|Eve|Week|Revolution|War|Empire|Era|Embassy|Consulate|Open|Championship|Cup|League)$/;

/** Where an institution's head word written small ends, right after the run's plain capitalised words from `i`: "South Hampstead high school". */
function institutionWrittenSmall(text: string, run: Token[], i: number): { end: number } | null {
  const words = run.slice(i);
  if (
    words.length > 3 ||
    !words.every((t, k) => /^\p{Lu}\p{Ll}+$/u.test(t.bare) && !TITLE_WORDS.has(t.bare.toLowerCase()) && (!t.possessive || k === words.length - 1))
  )
    return null;
  // (not a people's, a country's or a state's: "a North Korean school", "a Mexico City hospital", "a Louisiana school")
  if (words.some((t, k) => lexiconAt(text, run, i + k) || US_STATES.has(t.bare) || US_STATE_ADJECTIVES.has(t.bare))) return null;
  const last = words[words.length - 1];
  const m = /^(?:['’]s?)?((?:[ \t]+(?:high|primary|secondary|grammar|junior|general|children's))?[ \t]+(school|college|hospital|university))\b/u.exec(
    text.slice(last.end, last.end + 40),
  );
  return m && ORG_HEADS.has(m[2]) ? { end: last.end + m[0].length } : null;
}

/**
 * "Allegheny today said it agreed to a buyout from First Boston at 24.60 dlrs per share" (wire copy, 1987: the actor
 * was a surname "Boston", the buyer missing): "First" and a word the document writes before a legal form elsewhere
 * ("First Boston Corp") start that company's name (`first-starts-name`, as after a company's cue).
 */
function firstWithLegalForm(text: string, word: string): boolean {
  return legalFormAfterSpace(text) && new RegExp(`\\bFirst\\s+${word}\\s+(?:${LEGAL_FORM_WORDS.join('|')})\\b`, 'u').test(text);
}

/** Whether the text writes `words` right before a legal form ("Security Pacific Corp"). */
function wordsWithLegalForm(text: string, words: string): boolean {
  return legalFormAfterSpace(text) && new RegExp(`(?<![\\p{L}])${words.replace(/\s+/g, '\\s+')}\\s+(?:${LEGAL_FORM_WORDS.join('|')})\\b`, 'u').test(text);
}

/** The run from `i` to its end when its words are plain capitalised ones ending in a place's head word, and one of them is the lexicon's. */
function placeHeadEndsName(text: string, run: Token[], i: number): Token[] | null {
  const end = run.length - 1;
  const head = run[end].bare.toLowerCase();
  if (end - i < 1 || end - i > 3 || head === 'city' || !PLACE_HEADS.has(head) || ORG_HEADS.has(head) || run[end].possessive) return null;
  const words = run.slice(i);
  // ("Breton National Wildlife Refuge", "Yellowstone National Park": "National", a title's word elsewhere ("National
  // Security Adviser"), is inside a place's name before its head word, `national-inside-place-name`.)
  if (!words.every((t, k) => /^\p{Lu}\p{Ll}+$/u.test(t.text) && (!TITLE_WORDS.has(t.bare.toLowerCase()) || (t.bare === 'National' && k > 0)))) return null;
  // (the lexicon's own whole name, "Latin America", is its)
  if ((lexiconAt(text, run, i)?.length ?? 0) >= words.length) return null;
  // ("Rank Xerox South Africa was founded in 1964" (wire copy, 1987): a country whose name ends on the
  // head word, "South Africa", is no capital inside a place's name; `country-is-no-place-head`.)
  return words.some((_, k) => k < words.length - 1 && (lexiconAt(text, run, i + k)?.length ?? words.length) < words.length - k) ? words : null;
}

/** A carrier's words after a place, with a legal form or none: "Air", "Air Lines Co" ("Airlines", "Airways" are head words of organisations already: "Singapore Airlines"). */
const CARRIER_NAME = new RegExp(String.raw`^Air(?: Lines)?(?: (?:${SHORT_LEGAL_FORMS.join('|')})\.?)?$`, 'u');
const LEGAL_FORM_AT_END = new RegExp(String.raw` (?:${SHORT_LEGAL_FORMS.join('|')})\.?$`, 'u');

const LEGAL_FORM_WORDS = [...LEGAL_SUFFIXES].filter((x) => /^[a-z]+$/.test(x)).map((x) => x[0].toUpperCase() + x.slice(1));

/**
 * "Harper and Row Publishers Inc said its board rejected the offer ... Harper and Row said", "Procter and Gamble Co",
 * "Johnson and Johnson said" (wire copy, 1987): one company whose name has "and" inside, no list of two, whose second
 * half ("Row", "Row Publishers Inc", "Gamble Co") was listed as an actor. One capitalised word before "and" is the
 * name's first word when the name after "and" is the same word (`same-word-around-and`: a list never names one thing
 * twice), or when the document writes that word, "and" and the next word before a legal form ("Inc", "Co", "Plc") and
 * never writes the word alone (`and-inside-company-name`; its short form "Harper and Row" too). Not a list's member
 * after a comma or "and" ("BP, Halliburton and Transocean Ltd."), nor a word the document writes alone ("Halliburton
 * said ... Halliburton and Transocean Ltd").
 */
function oneNameAroundAnd(text: string, tokens: Token[], run: Token[], i: number): boolean {
  // ("Shares of Johnson and Johnson rose sharply today" (Reuters, 4 March 1987): the run holds the sentence's first word
  // and "of" before the name; the word right after the connector opens it, `same-word-around-and` read from there.)
  const afterConnector = run.length > 2 && !run[run.length - 2].cap && CONNECTORS.has(run[run.length - 2].text);
  if (run.length > 1 && !afterConnector) return longerNameAroundAnd(text, tokens, run, i);
  if (run.length > 1 && longerNameAroundAnd(text, tokens, run, i)) return true;
  const [word, and, next] = [run[run.length - 1], tokens[i], tokens[i + 1]];
  // (Only the same word: "Wilf Gobert of Peters and Co Ltd said" is read by `names-joined-before-co`.)
  if (afterConnector && next?.bare !== word.bare) return false;
  if (!next?.cap || next.possessive || !/^\p{Lu}\p{Ll}+$/u.test(word.bare) || !/^\p{Lu}\p{Ll}+$/u.test(next.bare)) return false;
  if (!adjacent(text, word, and) || !adjacent(text, and, next)) return false;
  const before = tokens[word.index - 1];
  if (before && (/^(?:and|or|&)$/i.test(before.bare) || /,\s*$/.test(text.slice(before.end, word.start)))) return false;
  const count = (re: string) => text.match(new RegExp(re, 'gu'))?.length ?? 0;
  // (a word written alone elsewhere may end one clause and start the next: "made a bid for Dome and Dome said")
  if (
    next.bare === word.bare &&
    count(`(?<![\\p{L}])${escapeStringRegexp(word.bare)}(?![\\p{L}])`) ===
      2 * count(`(?<![\\p{L}])${escapeStringRegexp(word.bare)}[ \\t]+and[ \\t]+${escapeStringRegexp(word.bare)}(?![\\p{L}])`)
  ) {
    and.splitRule ??= 'same-word-around-and';
    return true;
  }
  // (`legal` ends in a legal form after a space or tab, which LEGAL_FORM_WRITTEN finds wherever it does: a document that
  // writes none, as most do outside the wire, is not searched with a pattern built for the pair)
  if (!writesLegalForm(text)) return false;
  const [w, n] = [escapeStringRegexp(word.bare), escapeStringRegexp(next.bare)];
  const legal = new RegExp(`(?<![\\p{L}])${w}[ \\t]+and[ \\t]+${n}((?:[ \\t]+\\p{Lu}[\\p{L}'’-]*){0,3})[ \\t]+(?:${LEGAL_FORM_WORDS.join('|')})\\b`, 'u');
  const named = legal.exec(text);
  // (not when the words after "and" hold a head word: "rig operator Transocean and Anadarko Petroleum Corp" names two
  // companies, `legal-form-ends-second-name`)
  if (!named || named[1].split(/\s+/).some((x) => ORG_HEADS.has(x.toLowerCase()))) return false;
  if (count(`(?<![\\p{L}])${w}(?![\\p{L}])`) !== count(`(?<![\\p{L}])${w}[ \\t]+and[ \\t]+${n}(?![\\p{L}])`)) return false;
  and.splitRule ??= 'and-inside-company-name';
  return true;
}

/**
 * "AKRON, Ohio, April 13 - Goodyear Tire and Rubber Co said it expects to report earnings" (wire copy, 1987:
 * the title "Rubber Co lost 60.0 mln dlrs" named half a company, cut at its "and"): two or three plain
 * capitalised words, "and", and one word before a legal form ("Co", "Inc") are one company's name when the document
 * never writes those words before "and" without what follows it (`and-inside-longer-company-name`). Not a list ("BP,
 * Halliburton and Transocean Ltd."), nor a first name with a head word ("Transocean and Anadarko Petroleum Corp"), nor
 * words the document writes alone ("Texas Air said ... Texas Air and Eastern Inc").
 */
function longerNameAroundAnd(text: string, tokens: Token[], run: Token[], i: number): boolean {
  const [and, next, form] = [tokens[i], tokens[i + 1], tokens[i + 2]];
  if (run.length > 3 || !next?.cap || next.possessive || !/^\p{Lu}\p{Ll}+$/u.test(next.bare) || !form || !isLegalSuffix(form.bare)) return false;
  // (a people's adjective may open the name: "American Telephone and Telegraph Co", see demonymStartsName)
  const demonymFirst = run.length >= 2 && LEXICON.get(run[0].bare)?.kind === 'demonym';
  if (
    !run.every(
      (t, k) => /^\p{Lu}\p{Ll}+$/u.test(t.bare) && !t.possessive && !ORG_HEADS.has(t.bare.toLowerCase()) && (!LEXICON.has(t.bare) || (k === 0 && demonymFirst)),
    )
  )
    return false;
  if (!adjacent(text, last0(run), and) || !adjacent(text, and, next) || !adjacent(text, next, form) || ORG_HEADS.has(next.bare.toLowerCase())) return false;
  const before = tokens[run[0].index - 1];
  if (before && (/^(?:and|or|&)$/i.test(before.bare) || /,\s*$/.test(text.slice(before.end, run[0].start)))) return false;
  const words = run.map((t) => escapeStringRegexp(t.bare)).join('[ \\t]+');
  const count = (re: string) => text.match(new RegExp(re, 'gu'))?.length ?? 0;
  if (count(`(?<![\\p{L}])${words}(?![\\p{L}])`) !== count(`(?<![\\p{L}])${words}[ \\t]+and[ \\t]+${escapeStringRegexp(next.bare)}(?![\\p{L}])`)) return false;
  and.splitRule ??= 'and-inside-longer-company-name';
  return true;
}

const last0 = (tokens: Token[]) => tokens[tokens.length - 1];

/** ", La., fisherman", ", Louisiana, said": a US state, by its AP abbreviation or its name, after a comma. */
function townBeforeState(after: string): boolean {
  const m = /^,\s+((?:\p{Lu}\.)?\p{Lu}[\p{Ll}.]*?)(\.?)(?=[\s,;:]|$)/u.exec(after);
  if (!m) return false;
  return (US_STATE_ABBREVIATIONS.has(m[1]) && m[2] === '.') || (US_STATES.has(m[1]) && m[2] === '' && !/^,\s+\S+\s+(?:\p{Lu}|['’])/u.test(after));
}

function spanText(text: string, tokens: Token[]): string {
  return text.slice(tokens[0].start, tokens[tokens.length - 1].end);
}

function lexiconAt(text: string, run: Token[], i: number): { hit: LexiconHit; length: number; owns?: boolean } | null {
  if (i < run.length && !LEXICON_PREFIXES.has(run[i].bare)) return null;
  for (let len = Math.min(MAX_LEXICON_TOKENS, run.length - i); len >= 1; len--) {
    const span = run.slice(i, i + len);
    // ("Ratings agencies Moody's and Fitch Ratings downgraded": a name whose "'s" is its own, which the token drops as
    // a possessive's.)
    const own = span[span.length - 1].possessive ? LEXICON.get(`${straighten(spanText(text, span))}'s`) : undefined;
    const hit = own ?? LEXICON.get(straighten(spanText(text, span)));
    if (hit) return { hit, length: len, ...(own ? { owns: true } : {}) };
  }
  return null;
}

/** "Boston-based Spencer": a place's "-based" compound right before the name, a space between. */
function basedRightBefore(text: string, tokens: Token[], t: Token): boolean {
  const before = previousWord(tokens, t);
  return !!before && /^\p{L}+-based$/u.test(before.text) && /^[ \t]+$/.test(text.slice(before.start + before.text.length, t.start));
}

function previousWord(tokens: Token[], first: Token): Token | undefined {
  return first.index > 0 ? tokens[first.index - 1] : undefined;
}

/**
 * "Shares in IPF, which two months ago reported a 40 percent rise in full-year pretax profit, tumbled 31 percent":
 * what shares are in or of is a listed company (`shares-of-name`); else the acronym is tentative, no report confirms it,
 * and the event "IPF reported a 40 percent rise ..." lists no one. (A market's place, "Shares in Tokyo",
 * "shares in Asia", is known to the lexicons first and never reaches here.)
 */
function sharesOf(text: string, first: Token): boolean {
  return /\b[Ss]hares\s+(?:in|of)\s+$/.test(text.slice(Math.max(0, first.start - 12), first.start));
}

/** "Eletrospace shares closed": the word after the name is "shares" or "stock", and a word written small follows it. */
function sharesAfter(text: string, last: Token): boolean {
  return /^[ \t]+(?:shares|stock)[ \t]+\p{Ll}/u.test(text.slice(last.end, last.end + 24));
}

/** The second word after a demonym, when only a space separates them ("Russian ballistic missiles"). */
function statesNounWithin(text: string, tokens: Token[], last: Token): string {
  const [a, b] = [tokens[last.index + 1], tokens[last.index + 2]];
  if (!a || !b || a.possessive || !/^\s+$/.test(text.slice(last.end, a.start)) || !/^\s+$/.test(text.slice(a.end, b.start))) return '';
  return b.cap ? '' : b.bare.toLowerCase();
}

/**
 * "Canadian and Egyptian wheat negotiators": the last demonym of a run of demonyms joined by "and", "or" or commas
 * after `last`, whose noun they all share; null when no demonym follows `last` so joined.
 */
function demonymsSharingNoun(text: string, tokens: Token[], last: Token): Token | null {
  let end: Token | null = null;
  let at = last;
  for (;;) {
    const joiner = tokens[at.index + 1];
    const next = tokens[at.index + 2];
    if (!joiner || !next || !/^(?:and|or)$/.test(joiner.bare) || at.possessive) return end;
    if (!/^[ \t]+$/.test(text.slice(at.end, joiner.start)) || !/^[ \t]+$/.test(text.slice(joiner.end, next.start))) return end;
    if (LEXICON.get(straighten(next.bare))?.kind !== 'demonym') return end;
    end = next;
    at = next;
  }
}

/** "Zambian copper production", "Saudi crude oil exports": one or two plain small words, then an economy noun (ECONOMY_HEADS). */
function economyNounWithin(text: string, tokens: Token[], last: Token): boolean {
  let prev = last;
  let joined = false;
  for (let k = 1; k <= (joined ? 4 : 3); k++) {
    const t = tokens[last.index + k];
    if (!t || t.cap || t.possessive || !/^[ \t]+$/.test(text.slice(prev.end, t.start)) || !/^\p{Ll}+$/u.test(t.bare)) return false;
    if (k > 1 && ECONOMY_HEADS.has(t.bare.toLowerCase())) return true;
    // ("West German car and van production": "and" between two things produced, not right after the demonym)
    joined ||= t.bare === 'and' && k === 2;
    if (ECONOMY_PHRASE_BREAK_WORDS.has(t.bare) && !(t.bare === 'and' && k === 2)) return false;
    prev = t;
  }
  return false;
}

/** "ExxonMobil pipeline": one word with a capital inside, then a word written small after a single space. */
function innerCapitalBeforeNoun(text: string, tokens: Token[], last: Token): boolean {
  const next = tokens[last.index + 1];
  return INNER_CAPITAL_NAME.test(last.bare) && !!next && !next.cap && /^\p{Ll}{3,}$/u.test(next.bare) && /^ $/.test(text.slice(last.end, next.start));
}

function nextWord(tokens: Token[], last: Token): Token | undefined {
  return tokens[last.index + 1];
}

/**
 * A name of one word that is a noun phrase of its own and acts: a verb written small follows it after a space ("Eastern
 * lost", "Hydraulic reported", "Eastern has"), or it owns what follows ("Eastern's 38,000 employees"); not a word that
 * modifies a noun ("Eastern jets", "Hydraulic fluid").
 */
function actsAlone(text: string, tokens: Token[], t: Token): boolean {
  if (t.possessive) return true;
  const after = nextWord(tokens, t);
  return !!after && !after.cap && (after.tag === 'VERB' || after.tag === 'AUX') && /^[ \t]+$/.test(text.slice(t.end, after.start));
}

/**
 * "Facebook has been mapping ... among its members": the name acts (actsAlone) and the first pronoun after it in its
 * sentence, with no capitalised word, quotation or bracket between, is "its".
 */
function itsTakesUpName(text: string, tokens: Token[], t: Token): boolean {
  if (t.possessive || !actsAlone(text, tokens, t)) return false;
  const rest = /^[^.;:!?"“”()]*/.exec(text.slice(t.end, t.end + 160))![0];
  const pronoun = /\b(?:its|it|his|him|he|her|hers|she|their|theirs|they|them)\b/i.exec(rest);
  return !!pronoun && pronoun[0] === 'its' && !/\p{Lu}/u.test(rest.slice(0, pronoun.index));
}

/**
 * "Twitter jumped 83 percent to 17 million visitors, while Facebook grew 10 percent in April" (Reuters, 2009; the
 * judges: "Facebook, the main participant, is named"): the name of a social network, set aside as a share bar's word
 * (NOT_ACTOR_WORDS, SHARE_BAR_WORDS), is the company where it acts, a verb written small right after it or a thing it
 * owns (actsAlone): a share bar's words stand in a line of their own and do nothing (`network-acts`).
 */
function networkActs(text: string, tokens: Token[], t: Token): boolean {
  const lower = t.bare.toLowerCase();
  return NOT_ACTOR_WORDS.has(lower) && SHARE_BAR_WORDS.includes(lower) && /^\p{Lu}\p{Ll}+$/u.test(t.bare) && actsAlone(text, tokens, t);
}

/**
 * "Afghan aircraft raided", "released from Iraqi oil tankers", "raided by Iranian gunboats": one to three words written
 * small after the demonym, spaces only between, the last a noun, then either a verb written small, no form of "be" (the
 * phrase is an active subject), or "by" or "from" right before the demonym after a verb ending in "-ed" or "-en" (an agent, a source).
 */
function demonymOfActingNoun(text: string, tokens: Token[], span: Token[]): boolean {
  let last = span[span.length - 1];
  if (last.possessive) return false;
  let nouns = 0;
  let head: Token | undefined;
  for (let next = nextWord(tokens, last); next && nouns < 3; next = nextWord(tokens, last)) {
    if (next.cap || !/^[ \t]+$/.test(text.slice(last.end, next.start)) || (next.tag !== 'NOUN' && next.tag !== 'ADJ')) break;
    head = next;
    last = next;
    nouns++;
  }
  if (head?.tag !== 'NOUN' || head.possessive) return false;
  const verb = nextWord(tokens, head);
  // (not a passive's subject, which was acted on: "Zambian copper was shipped through Dar es Salaam")
  if (verb && !verb.cap && (verb.tag === 'VERB' || verb.tag === 'AUX') && /^[ \t]+$/.test(text.slice(head.end, verb.start)))
    return !/^(?:is|are|was|were|be|been|being|gets|got)$/i.test(verb.bare);
  return /\b\p{Ll}+(?:ed|en)\s+(?:\p{Ll}+ly\s+)?(?:by|from)\s+$/u.test(text.slice(Math.max(0, span[0].start - 40), span[0].start));
}

/** "Soviet-led Comecon": a "-led" compound right before the name, a space between. */
function ledRightBefore(text: string, tokens: Token[], t: Token): boolean {
  const before = previousWord(tokens, t);
  return !!before && /^[\p{L}.]+-led$/u.test(before.text) && /^[ \t]+$/.test(text.slice(before.start + before.text.length, t.start));
}

/** "was announced by Occidental", "were acquired by Eastern": a name right after the "by" of a passive verb. */
function agentOfPassive(text: string, t: Token): boolean {
  return /\b(?:was|were|is|are|been|being|be)\s+(?:\w+ly\s+)?\w+(?:ed|en|own|ld|ght)\s+by\s+$/i.test(text.slice(Math.max(0, t.start - 60), t.start));
}

interface Candidate {
  tokens: Token[];
  titled: boolean;
  /** "Haruhiko Kuroda, who stepped down": a full name that "who" refers to. */
  who: boolean;
  /** "Kim Il Sung Square", "iTunes Music Store": a place head word, so never a person. */
  placeHead: boolean;
  /** In a title-case headline every word is capitalised ("Kim Jong Un Meets with ..."): names end where the body's names end. */
  headline: boolean;
  /** "her son Jack": a given name right after a kin noun. */
  kin?: boolean;
  /** "reporter Mac McClelland": titled by a role noun written small (`role-noun-before-name`). */
  role?: boolean;
}

/** The character spans of the lines whose letter runs pass `test` (the words and the line as written). */
function lineRanges(text: string, test: (words: string[], line: string) => boolean, mayPass: (line: string) => boolean = () => true): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  let pos = 0;
  for (const line of text.split('\n')) {
    if (mayPass(line) && test(line.match(/\p{L}[\p{L}'’-]*/gu) ?? [], line)) ranges.push([pos, pos + line.length]);
    pos += line.length + 1;
  }
  return ranges;
}

/**
 * Lines written all in capitals ("U.S. OIL COMPANY APACHE (APA.", a wire's summary line; "WHY DOESN T BP STOP THE FLOW
 * OF OIL NOW?", a reader's comment): case says nothing there, and "OIL COMPANY" was made an organisation, with "Oil"
 * its alias and "Oil began washing up on Louisiana's coast" its event. No name is read in them (`shouted-line`).
 */
const shoutedRanges = (text: string) =>
  lineRanges(
    text,
    (words) => words.filter((w) => w.length >= 3).length >= 2 && words.every((w) => !/\p{Ll}/u.test(w)),
    // (every letter of a line is in one of its words: a line with a small letter has a word with one)
    (line) => !/\p{Ll}/u.test(line),
  );

/** The wire's sign-off after a story's last full stop: "... on Nov 19, 1986. Reuter". */
const WIRE_SIGN_OFF = /(?<=[.!?]["”’)]?)\s+(?:Reuter|REUTER)\s*$/u;

/** Lines written in title case, where capitals say nothing about names. */
const headlineRanges = (text: string) =>
  lineRanges(text, (all, whole) => {
    // ("Boston-based Spencer filed for Chapter 11 on Nov 19, 1986. Reuter": the wire's sign-off glued to a story's last
    // line is no word of it; counted, it made the line a headline, where no name is read, and the event listed no one.)
    const signed = WIRE_SIGN_OFF.test(whole);
    const line = signed ? whole.replace(WIRE_SIGN_OFF, '') : whole;
    const words = signed ? all.slice(0, -1) : all;
    const content = words.filter((w) => w.length > 3);
    // ("President Obama was briefed Wednesday by Homeland Security Secretary Janet Napolitano on the situation.": a
    // sentence full of names, ending in a full stop after two small content words, is no headline.)
    const share = content.length ? content.filter((w) => /^\p{Lu}/u.test(w)).length / content.length : 0;
    return content.length >= 3 && (share >= 0.9 || (share >= 0.8 && !/\p{Ll}\.\s*$/u.test(line)));
  });

/** Emits one mention: its kind, its document-local key, its tokens and the rules that made it. */
type Emit = (kind: ActorKind, key: string, span: Token[], rules: string[]) => void;

/**
 * Text each credit pattern cannot match without ("Kevin Lamarque/Reuters" has its slash, "contributed to this report"
 * its words): a document without it is not searched, the same spans for less time (the slash credit's pattern, tried at
 * every capital, was the costliest search of the actor stage).
 */
const CREDIT_NEEDS = new Map([
  ['photo-credit', ':'],
  ['agency-slash-credit', '/'],
  ['contributed-to-report', ' to this '],
  ['byline-in-line', 'By'],
]);

/** Character spans of picture and reporting credits and of bylines (CREDIT_PATTERNS), with their rule. */
export function creditSpans(text: string): Array<{ start: number; end: number; rule: string }> {
  const spans: Array<{ start: number; end: number; rule: string }> = [];
  for (const [rule, re] of CREDIT_PATTERNS) {
    const needs = CREDIT_NEEDS.get(rule);
    if (needs !== undefined && !text.includes(needs)) continue;
    for (const m of text.matchAll(re)) spans.push({ start: m.index!, end: m.index! + m[0].length, rule });
  }
  return spans.sort((x, y) => x.start - y.start || x.end - y.end);
}

/**
 * "Ford Motor Co said it made 189,610 U.S. cars in March", "United Automobile Workers (UAW) president Owen Bieber was
 * loudly cheered" (wire copy, 1987): a company's first word at a sentence's start is its name's, whatever dictionary word
 * it is ("Ford" a verb, "United" an adjective), when the name as a whole ends in a legal form
 * (`company-name-keeps-first-word`: not an adverb, a function word, nor an -ed, -ing or -ly word, "Troubled Continental
 * Airlines Inc") or is written whole elsewhere in the article after a sentence's start ("the United Automobile Workers
 * union", `name-written-whole-elsewhere`). Without it the name lost its first word ("Motor Co made 189,610 U.S. cars").
 */
function companyKeepsFirstWord(text: string, run: Token[], i: number): boolean {
  const first = run[i];
  if (run.length - i < 2 || !first.cap || first.possessive || !/^\p{Lu}\p{Ll}+$/u.test(first.bare)) return false;
  const lower = first.bare.toLowerCase();
  // (the legal form inside the run too: "Ford Motor Co of Canada, 90 pct-owned by Ford Motor Co, said February car sales
  // fell"; written in capitals too, "All Ticket Group PLC", "Veba AG")
  const form = run.findIndex(
    (t, k) => k > i && (LEGAL_FORM_WORDS.includes(t.bare) || (/^\p{Lu}{2,4}$/u.test(t.bare) && LEGAL_SUFFIXES.has(t.bare.toLowerCase()))),
  );
  // "Consolidated Grandview Inc said it acquired a 60 pct stake in All Ticket Group PLC" (wire copy, 1987): inside a
  // sentence a function word has no capital of its own, so a capitalised one before capitalised words that end in a legal
  // form is the firm's first word (`function-word-opens-company-name`: after a word written small, in running prose, not
  // a headline in title case; not an article, "the", which a reader leaves out of a name, nor a month or a day). The
  // title read "a 60 pct stake in Ticket Group PLC".
  if (
    form > i + 1 &&
    !ARTICLES.has(lower) &&
    !(lower in MONTH_NAMES) &&
    !(lower in WEEKDAY_NAMES) &&
    CLOSED_CLASS.some((tag) => canBeTagged(lower, tag)) &&
    /(?:^|[^\p{L}])\p{Ll}[\p{L}-]*[ \t]+$/u.test(text.slice(Math.max(0, first.start - 30), first.start)) &&
    !run.slice(i, form).some((t) => t.possessive)
  ) {
    first.splitRule ??= 'function-word-opens-company-name';
    return true;
  }
  if (NOT_ACTOR_WORDS.has(lower) || CLOSED_CLASS.some((tag) => canBeTagged(lower, tag)) || first.tag === 'ADV') return false;
  const last = run[run.length - 1];
  // ("United Parcel Service Inc said": a participle that opens companies' names, `COMPANY_NAME_PARTICIPLES`, is kept.
  // An -ly word sets the name aside only when it can be an adverb, "Recently Continental Airlines Inc said": "Bally
  // Manufacturing Corp said it completed the acquisition of the Golden Nugget Casino Hotel" (wire copy, 1987) is no
  // adverb's, and its title read "Manufacturing Corp said".)
  const describing = /(?:ed|ing)$/.test(lower) || (lower.endsWith('ly') && canBeTagged(lower, 'ADV'));
  if (form > 0 && (!describing || COMPANY_NAME_PARTICIPLES.has(lower)) && !run.slice(i + 1, form).some((t) => t.possessive)) {
    first.splitRule ??= 'company-name-keeps-first-word';
    return true;
  }
  const whole = text.slice(first.start, last.end);
  for (let at = text.indexOf(whole); at >= 0; at = text.indexOf(whole, at + 1)) {
    if (at === first.start || /[\p{L}\p{N}]/u.test(text[at + whole.length] ?? '') || /[\p{L}\p{N}]/u.test(text[at - 1] ?? '')) continue;
    if (sentenceInitial(text, { start: at } as Token)) continue;
    first.splitRule ??= 'name-written-whole-elsewhere';
    return true;
  }
  // ("Pacific Southwest Airlines said it reached an agreement ... needed to satisfy conditions of USAir Group's U proposed
  // acquisition of PSA" (wire copy, 1987: the title read "Southwest Airlines said", another carrier): the article writes
  // the name's initials, first word's included, as one word of three letters or more, `initials-of-whole-name`.)
  const initials = run
    .slice(i)
    .filter((t) => t.cap)
    .map((t) => t.bare[0])
    .join('');
  if (initials.length >= 3 && /^\p{Lu}+$/u.test(initials) && new RegExp(`(?<![\\p{L}\\p{N}&.-])${initials}(?![\\p{L}\\p{N}&-])`, 'u').test(text)) {
    first.splitRule ??= 'initials-of-whole-name';
    return true;
  }
  return false;
}

/** Tags that a capitalised word at the start of a sentence has when it is not a name: "Now Mr Dudley", "Evident Arab", "Neighboring Turkey". */
const NON_NAME_TAGS = new Set<Tag | undefined>(['ADV', 'ADJ', 'VERB', 'AUX', 'DET', 'PRON', 'SCONJ', 'CCONJ', 'ADP', 'PART', 'INTJ']);

/**
 * A word wink's lexicon knows only as an adjective, verb or adverb, never as a noun, and no given name: "Evident",
 * "Neighboring", "Additional". At a sentence's start the tagger calls such a word a proper noun ("Neighboring/PROPN
 * Turkey/PROPN closed its border"), so the lexicon decides.
 */
function onlyModifier(t: Token): boolean {
  const w = t.bare.toLowerCase();
  let answer = onlyModifierWords.get(w);
  if (answer === undefined) {
    answer = onlyModifierWord(w);
    if (onlyModifierWords.size >= 200_000) onlyModifierWords.clear();
    onlyModifierWords.set(w, answer);
  }
  return answer;
}

/**
 * onlyModifier's answers by word: they depend on the word and wink's lexicon alone (canBeTagged), and every capitalised
 * word that starts a name's run is asked, up to eleven look-ups each.
 */
const onlyModifierWords = new Map<string, boolean>();

function onlyModifierWord(w: string): boolean {
  if (FIRST_NAMES.has(w)) return false;
  // "Are Americans ready?": a closed-class word is never a name, whatever else the lexicon says of it
  if (CLOSED_CLASS.some((tag) => canBeTagged(w, tag))) return true;
  if (canBeTagged(w, 'NOUN') || canBeTagged(w, 'PROPN')) return false;
  return canBeTagged(w, 'ADJ') || canBeTagged(w, 'VERB') || canBeTagged(w, 'ADV');
}

const CLOSED_CLASS = ['AUX', 'DET', 'PRON', 'ADP', 'SCONJ', 'CCONJ'] as const;

/** Articles: a reader leaves them out of a name, "the Limited Inc". */
const ARTICLES = new Set(['the', 'a', 'an']);

/** The word and, for a plural ("Researchers", "Adds"), its singular: wink's lexicon holds base forms. */
const baseForms = (w: string) => (/[^s]s$/.test(w) ? [w, w.slice(0, -1)] : [w]);

/**
 * "Researchers Vernon Asper", "Singer Jimmy Buffett", "Fisherman Joe Blow": at a sentence's start, a common noun
 * before a given name describes the person; it is not part of the name.
 */
function descriptorBeforeName(tokens: Token[], t: Token): boolean {
  const next = tokens[t.index + 1];
  if (!next?.cap || !FIRST_NAMES.has(next.bare.toLowerCase())) return false;
  const w = t.bare.toLowerCase();
  return !FIRST_NAMES.has(w) && baseForms(w).some((f) => canBeTagged(f, 'NOUN') && !canBeTagged(f, 'PROPN'));
}

/**
 * "Slum-dweller Krustin bin Juri lost everything when floodwaters swept through his home": at a sentence's start, a
 * compound of a capitalised word and a word written small ("Slum-dweller", "Father-of-two") before another
 * capitalised word describes who follows; it is no part of the name (`hyphenated-descriptor-before-name`). Not a
 * name's own hyphen: "Carl-Henric Svanberg", "Al-Qaeda".
 */
function hyphenatedDescriptor(text: string, tokens: Token[], t: Token): boolean {
  const next = tokens[t.index + 1];
  if (!next?.cap || !/^\p{Lu}\p{Ll}+(?:-\p{Ll}+)+$/u.test(t.text) || !sentenceInitial(text, t)) return false;
  next.splitRule ??= 'hyphenated-descriptor-before-name';
  return true;
}

/** An acronym ("BP", "BBC", "NOAA"): it starts a company's name, but never continues a person's ("Mark Bly BP", "Robert Peston BBC"). */
const isAcronym = (t: Token) => /^\p{Lu}{2,6}$/u.test(t.text);

/**
 * Two initials in capitals between a given name and a surname are the person's middle initials, no acronym: "Dukakis
 * ran for president against George HW Bush" is George H.W. Bush, not a "George" that another report's George W Bush
 * would take (`middle-initials`).
 */
const middleInitialsAt = (run: Token[], i: number, j: number) =>
  j === i + 1 &&
  /^\p{Lu}{2}$/u.test(run[j].text) &&
  /^\p{Lu}\p{Ll}+$/u.test(run[i].bare) &&
  FIRST_NAMES.has(run[i].bare.toLowerCase()) &&
  /^\p{Lu}\p{Ll}+$/u.test(run[j + 1]?.bare ?? '') &&
  !run[i].possessive &&
  !run[j].possessive;

/** A name ending in a possessive right before a legal form, "Standard and Poor's " (then "Corp"), "McDonald's ". */
const POSSESSIVE_NAME_BEFORE = /(?<![\p{L}.])(?:\p{Lu}[\p{L}.-]*[ \t]+(?:and|&)[ \t]+)?\p{Lu}[\p{L}.-]*['’]s[ \t]+$/u;

/** A month's name as a dateline writes it, in capitals or not: "March 4", "MARCH 31", "Feb 26", "Sept. 3". */
const DATELINE_MONTH = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'].flatMap((m) => [m, m.toUpperCase()]).join('|');
/**
 * A wire dateline at a line's start: "NEW YORK, March 4 - ", "WHITE PLAINS, N.Y., March 23 - ", "HOUSTON, May 3 (Reuters) - ".
 * (Not document.ts `WIRE_DATELINE`, on purpose: that one reads only the body's first line, for the header's span and
 * the agency, and takes a place in capitals with no date, "WASHINGTON — "; this one reads every line's start for
 * places that are no actors, and needs the day, but takes a place written small, "New York, Oct 20 - ". One pattern
 * for both would move header spans or actors.)
 */
const WIRE_DATELINE = new RegExp(
  String.raw`^[ 	]*\p{Lu}[\p{L}.'’/ -]{1,40}?(?:,[ 	]*\p{Lu}[\p{L}.'’ ]{0,30}?)?,[ 	]*(?:${DATELINE_MONTH})[\p{L}]*\.?[ 	]+\d{1,2}(?:,[ 	]*\d{4})?[ 	]*(?:\([^)
]{1,40}\)[ 	]*)?[-–—]{1,2}[ 	]`,
  'gmu',
);

/** What findActorMentions knows of the document when it reads the names left after the people (readOtherCandidate). */
interface NamesKnown {
  taken: Set<number>;
  companyShort: Map<string, string>;
  shortFormOfCompany: (c: Candidate) => { key: string; rule: string } | undefined;
  tradeShort: Set<string>;
  leftToCompany: Set<Candidate>;
  standsAlone: Set<string>;
  employers: Set<string>;
  titledAlone: Set<string>;
  legalShort: Map<string, string>;
}

// One name of findActorMentions left after the people were resolved: a company's short form, a state before one, a
// named thing, an employer, a tentative surname. Its own function for the reason readCapitalisedRun is (below).
function readOtherCandidate(text: string, tokens: Token[], c: Candidate, ev: NameEvidence, mentions: ActorMention[], emit: Emit, known: NamesKnown): void {
  const { taken, companyShort, shortFormOfCompany, tradeShort, leftToCompany, standsAlone, employers, titledAlone, legalShort } = known;
  const t = c.tokens[0];
  // "Westinghouse Electric Corp ... Westinghouse withdrew from the deal", "USAir Group Inc ... USAir's tender offer":
  // the first words of a company's name written with its legal form are that company wherever they stand alone
  // (`short-form-of-company-name`), no tentative surname, person or place ("a stake in Dome" after "Dome Petroleum Ltd").
  // ("Iowa Beef closed the proessing plant" after "Iowa Beef Processors Inc": the state's name was read apart; with the
  // words after it it is the company's short form, `state-starts-company-name`, see companyShortForms.)
  const state = previousWord(tokens, t);
  const stateKey =
    state?.cap && !state.possessive && US_STATES.has(state.bare) && /^ $/.test(text.slice(state.end, t.start))
      ? normalizeName(`${state.bare} ${spanText(text, c.tokens)}`)
      : '';
  const stateShort = stateKey && !c.headline && !taken.has(t.start) && !taken.has(state!.start) ? companyShort.get(stateKey) : undefined;
  if (stateShort) {
    emit('organization', `org:${stateShort}`, [state!, ...c.tokens], ['short-form-of-company-name', 'state-starts-company-name']);
    return;
  }
  const short = !taken.has(t.start) && shortFormOfCompany(c);
  if (short) {
    const givenName = short.rule === 'short-form-of-company-name' && FIRST_NAMES.has(t.bare.toLowerCase());
    const rules = givenName ? [short.rule, 'given-name-starts-company'] : [short.rule];
    if (short.rule === 'short-form-of-company-name' && tradeShort.has(normalizeName(spanText(text, c.tokens)))) rules.push('short-form-before-trade-head');
    emit('organization', `org:${short.key}`, c.tokens, leftToCompany.has(c) ? [...rules, 'company-named-before-person'] : rules);
    return;
  }
  // "succeeding Sergei Shoigu": a name shaped like a person's, with nothing here to say so, is tentative too
  // ("?sergei shoigu"), kept only when another report of the corpus names that person.
  // ("Two Britons have now contracted swine flu": a number word starts no name.)
  if (
    c.tokens.length >= 2 &&
    c.tokens.length <= 4 &&
    !c.headline &&
    !c.placeHead &&
    !taken.has(t.start) &&
    personShaped(c.tokens) &&
    !canBeTagged(t.bare.toLowerCase(), 'NUM')
  ) {
    const key = normalizeName(spanText(text, c.tokens));
    if (
      standsAlone.has(key) &&
      !ev.located.has(key) &&
      !ORG_HEADS.has(c.tokens[c.tokens.length - 1].bare.toLowerCase()) &&
      !NOT_ACTOR_WORDS.has(t.bare.toLowerCase())
    )
      emit('person', `?${key}`, c.tokens, ['tentative-full-name']);
    // "The Deepwater Horizon drilling rig sank": a name only written before a common noun names a thing; it is
    // kept when other reports know that thing (canonical.ts), else dropped.
    else if (!standsAlone.has(key)) emit('other', `?${key}`, c.tokens, ['tentative-named-thing']);
    return;
  }
  // "the BP oil rig exploded", "BP collected a smaller amount", "BP's shares halved": an acronym that neither speaks nor acts here is
  // an organisation the corpus may know ("BP said" in another report); canonical.ts joins it to that one or drops it.
  if (
    c.tokens.length === 1 &&
    /^\p{Lu}{2,6}$/u.test(t.bare) &&
    !OUTLET_ACRONYMS.has(t.bare) &&
    !taken.has(t.start) &&
    !c.placeHead &&
    !NOT_ACTOR_WORDS.has(t.bare.toLowerCase())
  ) {
    // "The PHLX oil service index jumped 2.3 percent": an acronym before a market index's noun (up to three words
    // written small between) names that index, a thing a reader follows as "FTSE 100" (`index-name`).
    // ("The PHLX oil service index jumped 2.3 percent": the index is named with its words, "PHLX oil service index";
    // "PHLX" alone is the exchange, which takes no part. Only nouns and adjectives between: "BP falls out of index"
    // names no index.)
    const index = indexNameAfter(tokens, t);
    if (index) emit('other', `other:${normalizeName(spanText(text, [t, ...index]))}`, [t, ...index], ['index-name']);
    else if (employers.has(t.bare)) emit('organization', `org:${normalizeName(t.bare)}`, c.tokens, ['employer-of-person']);
    // ("Shares in IPF, which two months ago reported ...": what shares are in is a listed company, `shares-of-name`.)
    else if (sharesOf(text, t)) emit('organization', `org:${normalizeName(t.bare)}`, c.tokens, ['shares-of-name']);
    // "In 1918, when the LGB was finally girded into action late on in the pandemic" (the Local Government Board, never
    // spelt out): an acronym after "the" that is a noun phrase of its own and acts names a body, an organisation
    // (`acronym-after-the-acts`); not one before a noun it qualifies ("the BP oil rig", "the DOJ official").
    // ("the blowout preventer (BOP) device failed ... the BOP was faulty": an acronym the document spells out in words
    // written small is a thing's, no body: a named thing, `acronym-of-common-noun`.)
    else if (previousWord(tokens, t)?.bare === 'the' && actsAlone(text, tokens, t)) {
      // ("A spokesman for the union (UAW) said the UAW was ready to strike": only words that spell the acronym, each
      // word's first letter opening its share of the letters, "blowout preventer (BOP)", define a thing's.)
      const thing = spellsAcronymBefore(text, t.bare);
      if (thing) emit('other', `other:${normalizeName(t.bare)}`, c.tokens, ['acronym-after-the-acts', 'acronym-of-common-noun']);
      else emit('organization', `org:${normalizeName(t.bare)}`, c.tokens, ['acronym-after-the-acts']);
    } else emit('organization', `?${normalizeName(t.bare)}`, c.tokens, ['tentative-acronym']);
    return;
  }
  // "Computer maker Apple ...": a sentence's first word that wink reads as a common noun is no surname.
  if (t.tag !== 'PROPN' && sentenceInitial(text, t)) return;
  if (c.tokens.length !== 1 || c.headline || c.placeHead || taken.has(t.start) || t.bare.length < 3 || !/^\p{Lu}\p{Ll}+$/u.test(t.bare)) return;
  if (NOT_ACTOR_WORDS.has(t.bare.toLowerCase())) return;
  // "in Houston", "near Grand Isle": a name the document uses as a place is no one's surname. It is recorded as
  // a place, which is no actor: canonical.ts weighs it against the reports that read the word as an organisation.
  // ("Mr Megrahi had only a few months to live ... lobbied for the release of Megrahi ... Megrahi was convicted": a
  // name the document gives a person's title is that person wherever else it stands alone, `titled-in-document`.)
  if (titledAlone.has(normalizeName(t.bare))) {
    emit('person', normalizeName(t.bare), c.tokens, ['titled-in-document']);
    return;
  }
  const legal = legalShort.get(normalizeName(t.bare));
  if (legal) {
    emit('organization', `org:${legal}`, c.tokens, ['short-form-of-legal-name']);
    return;
  }
  if (ev.located.has(normalizeName(t.bare))) {
    emit('place', `place:${normalizeName(t.bare)}`, c.tokens, ['after-place-preposition']);
    return;
  }
  // "Du Pont Co said it agreed to sell its Cleveland chemical plant" (wire copy, 1987): a name after
  // "its" or "their" and before a facility's noun is where the owner's plant stands, a place (`place-of-owned-facility`).
  const owner = previousWord(tokens, t)?.bare.toLowerCase();
  if ((owner === 'its' || owner === 'their') && facilityAfter(tokens, t)) {
    emit('place', `place:${normalizeName(t.bare)}`, c.tokens, ['place-of-owned-facility']);
    return;
  }
  // "Credit default swaps protecting BP's debt jumped", "Thousands of businesses ... have been crippled": a sentence's
  // first word that the lexicon knows as a common noun or a number, before a lower-case word that is no verb, is
  // that word, not a surname.
  const after = nextWord(tokens, t);
  const lower = t.bare.toLowerCase();
  // ("Oil began washing up on Louisiana's coast on Friday" in a report of "the oil spill": before a verb too, when the
  // document writes the word small elsewhere, `common-word-written-small`.)
  if (
    sentenceInitial(text, t) &&
    after &&
    !after.cap &&
    ((after.tag !== 'VERB' && after.tag !== 'AUX') || (isWord(lower) && standsAsWord(text, lower))) &&
    !FIRST_NAMES.has(lower) &&
    baseForms(lower).some((f) => canBeTagged(f, 'NOUN') || canBeTagged(f, 'NUM'))
  )
    return;
  // ("Shares of Cameron fell": a listed company, no surname, `shares-of-name`.)
  if (sharesOf(text, t)) emit('organization', `org:${normalizeName(t.bare)}`, c.tokens, ['shares-of-name']);
  // "Eletrospace shares closed yesterday on the NYSE at 30-1/8" (Reuters 1987, the wire's spelling of Electrospace): a
  // name no dictionary knows, right before "shares" or "stock" that a verb follows, is the listed company whose
  // shares they are, no surname (`name-before-shares`).
  else if (sharesAfter(text, t) && !isWord(lower)) emit('organization', `org:${normalizeName(t.bare)}`, c.tokens, ['name-before-shares']);
  // "the Bank of England has been selling sterling ... Earlier this week, the Bank sanctioned a cut in bank interest
  // rates" (Reuters, 11 March 1987; judged "Bank of England missing"): an organisation's head word written with a
  // capital after "the", in a document that named one organisation with that head, is that one's short form
  // (`head-word-of-named-organisation`), no surname.
  else if (headWordOf(text, t, mentions)) emit('organization', headWordOf(text, t, mentions)!, c.tokens, ['head-word-of-named-organisation']);
  // "Boston-based Spencer filed for Chapter 11 on Nov 19, 1986" (wire copy, 1987; listed no one): where a lone name is
  // based, written right before it, makes it a concern, no surname (`based-before-name`); a person so placed is
  // written with a role between ("London-based economist John Smith") or by a full name.
  else if (basedRightBefore(text, tokens, t)) emit('organization', `org:${normalizeName(t.bare)}`, c.tokens, ['based-before-name']);
  // "The European Community (EC) and Soviet-led Comecon ended talks here" (wire copy, 1987, the judges: "Comecon, the
  // title's subject, missing"): a lone name right after a "-led" compound is what that state or body leads, a bloc or
  // a body, no surname: a person is not led (`led-body-after-compound`).
  else if (ledRightBefore(text, tokens, t)) emit('organization', `org:${normalizeName(t.bare)}`, c.tokens, ['led-body-after-compound']);
  // "Facebook has been mapping swine flu discussions among its members for the past few days" (Reuters, 2009; the
  // judges of "Facebook grew 10 percent" elsewhere in the report: "Facebook, the main participant, is named"): a lone
  // name that acts and that the clause then takes up with "its", no "his" or "her" and no other name between, is a
  // thing, no person: an organisation (`its-takes-up-name`). The document's other lone uses of the word follow it
  // (`word-the-document-names-as-organisation`).
  else if (itsTakesUpName(text, tokens, t)) emit('organization', `org:${normalizeName(t.bare)}`, c.tokens, ['its-takes-up-name']);
  else emit('person', `?${normalizeName(t.bare)}`, c.tokens, ['tentative-surname']);
}

// One capitalised run of findActorMentions: the words before a name that are none (a sentence's "The", a shouted
// line), then the names it holds, emitted as organisations, places and states or kept in `people` for resolvePeople. Its
// own function, with the document's state passed in, so that V8 can weigh it apart: findActorMentions was 40 kB of
// bytecode, run once per document and never optimised; this part runs once per run of capitalised words. (On one topic
// it is still not optimised: docs/performance.md, "findActorMentions split in three".)
function readCapitalisedRun(
  text: string,
  tokens: Token[],
  run: Token[],
  shouted: ReturnType<typeof shoutedRanges>,
  inHeadline: (t: Token) => boolean,
  mentions: ActorMention[],
  people: Candidate[],
  sentenceFirst: Token[],
  emit: Emit,
): void {
  if (shouted.some(([a, b]) => run[0].start >= a && run[0].start < b)) {
    for (const t of run) t.notName ??= 'shouted-line';
    return;
  }
  let i = 0;
  // Capitalised function words that start a sentence are not names: "The", "During", "According"; nor is
  // a sentence's first word that wink reads as an adverb, adjective or verb: "Now Mr Dudley", "Neighboring Turkey".
  // (Whether the word starts its sentence is asked first: most capitalised words do not, and the four tests of the word
  // that come after it (look-ups, a regular expression) only matter for one that does. None of them changes anything
  // when the word is inside its sentence: hyphenatedDescriptor marks the next word only after its own sentenceInitial.)
  const leadingNonName = (t: Token) =>
    !t.cap ||
    (NOT_ACTOR_WORDS.has(t.bare.toLowerCase()) && !networkActs(text, tokens, t)) ||
    (sentenceInitial(text, t) && (NON_NAME_TAGS.has(t.tag) || onlyModifier(t) || descriptorBeforeName(tokens, t) || hyphenatedDescriptor(text, tokens, t)));
  while (i < run.length && leadingNonName(run[i]) && !lexiconAt(text, run, i) && !stormAt(run, i) && !companyKeepsFirstWord(text, run, i)) i++;
  // ("The U.S. Imposed the measures and withdrew Most Favoured Nation (MFN) trading status from Poland", Reuters 1987:
  // a quantifier written with a capital inside its sentence opens a capitalised term, it does not stand before a
  // name; "Favoured Nation" was listed as an actor. `quantifier-opens-capitalised-term`.)
  if (
    i > 0 &&
    i < run.length &&
    run[0].cap &&
    ELLIPTICAL_QUANTITY_WORDS.has(run[0].bare.toLowerCase()) &&
    NOT_ACTOR_WORDS.has(run[0].bare.toLowerCase()) &&
    !sentenceInitial(text, run[0])
  ) {
    for (const t of run) t.notName ??= 'quantifier-opens-capitalised-term';
    return;
  }
  // (a sentence's first word alone, set aside here, may be a company's short form that acts: below,
  // `short-form-starts-sentence`)
  if (run.length === 1 && i === 1 && run[0].cap && !run[0].notName) sentenceFirst.push(run[0]);
  // "BP's chief executive, Briton Tony Hayward, and the boss of BP America": a nation's noun for its people before a
  // given name and a surname says where the person is from, and is no part of the name
  // (`nationality-noun-before-name`; not "Dane Cook", a given name and a surname only).
  if (
    i < run.length - 2 &&
    NATIONALITY_NOUNS.has(run[i].bare) &&
    !run[i].possessive &&
    FIRST_NAMES.has(run[i + 1].bare.toLowerCase()) &&
    /^[ \t]+$/.test(text.slice(run[i].end, run[i + 1].start))
  ) {
    run[i].notName = 'nationality-noun-before-name';
    run[i + 1].splitRule = 'nationality-noun-before-name';
    i++;
  }
  const before = previousWord(tokens, run[0]);
  // "the official Deepwater Horizon disaster timeline": a title word used as an adjective titles no one.
  // "hired Goldman Sachs as an advisor. Exxon Mobil, Royal Dutch Shell": a title across a full stop titles no one.
  // ("Mr. Chun was appointed as a director", "Gov. Jindal says": an abbreviated title's full stop stands between it and
  // the name, `abbreviated-title`; not a full word's: "as an advisor. Exxon Mobil".)
  const gapAfterTitle = before ? text.slice(before.start + before.text.length, run[0].start) : '';
  const abbreviated = !!before && /^\.[ \t]+$/.test(gapAfterTitle) && /^\p{Lu}\p{Ll}{0,3}$/u.test(before.text);
  let titled = !!before && PERSON_TITLE_HEADS.has(before.bare.toLowerCase()) && before.tag !== 'ADJ' && (/^[ \t]+$/.test(gapAfterTitle) || abbreviated);
  if (titled && abbreviated) run[0].splitRule = 'abbreviated-title';
  let roleTitled = false;
  // "On Saturday, reporter Mac McClelland was blocked by police", "oceanographer Ian MacDonald said": a person's role
  // written small right before a name of two or three name-shaped words titles it as "spokesman" does
  // (`role-noun-before-name`); not "the official Deepwater Horizon timeline" (an adjective), nor one word ("rig owner
  // Transocean"), nor a name the lexicon or an organisation's head word claims (cut below, which unsets it).
  if (
    !titled &&
    before &&
    !before.cap &&
    before.tag === 'NOUN' &&
    PERSON_ROLE_NOUNS.has(before.bare.toLowerCase()) &&
    /^[ \t]+$/.test(gapAfterTitle) &&
    run.length >= 2 &&
    run.length <= 3 &&
    run.every((t) => /^\p{Lu}(?:\p{Ll}+|\.)$|^\p{Lu}\p{Ll}+\p{Lu}\p{Ll}+$/u.test(t.text) && !t.possessive) &&
    !lexiconAt(text, run, 0)
  ) {
    titled = true;
    roleTitled = true;
  }
  // "it was announced that her son Jack had also died": a given name after a kin noun is a person's (`kin-before-name`).
  let kin =
    !!before &&
    KINSHIP_NOUNS.has(before.bare.toLowerCase()) &&
    FIRST_NAMES.has(run[0].bare.toLowerCase()) &&
    /^[ \t]+$/.test(text.slice(before.start + before.text.length, run[0].start));
  while (i < run.length) {
    const t = run[i];
    const lower = t.bare.toLowerCase();
    // "The platform was damaged by Hurricane Ike in 2008", "the faraway Hurricane Alex idled the skimming fleet": a
    // named storm does things and has things done to it; it is a named thing, no person and no place.
    const storm = stormAt(run, i);
    if (storm) {
      emit('other', `other:${normalizeName(spanText(text, storm))}`, storm, ['named-storm']);
      i += storm.length;
      titled = false;
      continue;
    }
    // "Tropical storm Alex slowed oil spill clean-up", "more serious than Katrina, the hurricane which devastated the
    // region": a storm's word written small before the name, or after it in apposition.
    const lowStorm = i === run.length - 1 && /^\p{Lu}\p{Ll}+$/u.test(t.bare) ? lowerStormBefore(text, tokens, t) : null;
    if (lowStorm) {
      emit('other', `other:${normalizeName(`${lowStorm.words} ${t.bare}`)}`, [lowStorm.first, t], ['named-storm']);
      // shown as the storm's name is written in full: "Tropical Storm Alex"
      if (lowStorm.first !== t || lowStorm.shown)
        mentions[mentions.length - 1].surface = `${lowStorm.words.replace(/\b\p{Ll}/gu, (c) => c.toUpperCase())} ${t.bare}`;
      i++;
      continue;
    }
    // "the upper level of the George Washington Bridge between New York and Fort Lee, N.J." (wire copy, 1987:
    // "The bridge opened in 1931" listed the United States, read from the capital "Washington" inside the
    // bridge's name): a name of plain capitalised words that ends in a place's head word ("Bridge", "Airport",
    // "Square") is one place, and the capital, country or people inside it names no state acting
    // (`place-head-ends-name`; not "Mexico City", the city of `city-named-for-its-country`).
    // "Yesterday health officials announced that South Hampstead high school would be closed until Thursday" (the
    // list was empty, "Hampstead" a surname nothing confirmed): a name of plain capitalised words right
    // before a school's, a college's or a hospital's head word written small is that institution's name, an
    // organisation (`name-before-institution-written-small`), as "Eton College" is.
    // (A compass word set aside before it is the name's: "South Hampstead".)
    let from = i;
    while (from > 0 && COMPASS_WORDS.has(run[from - 1].bare.toLowerCase())) from--;
    const institution = from === 0 ? institutionWrittenSmall(text, run, from) : null;
    if (institution) {
      const words = text.slice(run[from].start, institution.end);
      emit('organization', `org:${normalizeName(words)}`, run.slice(from), ['name-before-institution-written-small']);
      mentions[mentions.length - 1].surface = words;
      mentions[mentions.length - 1].end = institution.end;
      i = run.length;
      titled = false;
      continue;
    }
    // "a small part of the slick had entered the so-called Loop Current" (Timeline17; listed as an actor, the judges: "a
    // location, not a participant"): one or two plain capitalised words and "Current" or "Stream" written with a
    // capital name an ocean's current, where water flows, a place (`ocean-current-is-place`). ("Texaco current assets"
    // writes it small.)
    const rest = run.slice(i);
    if (
      rest.length >= 2 &&
      rest.length <= 3 &&
      /^(?:Current|Stream)$/.test(rest[rest.length - 1].text) &&
      rest.every((t) => /^\p{Lu}\p{Ll}+$/u.test(t.text) && !t.possessive)
    ) {
      emit('place', `place:${normalizeName(spanText(text, rest))}`, rest, ['ocean-current-is-place']);
      i = run.length;
      titled = false;
      continue;
    }
    const placeName = placeHeadEndsName(text, run, i);
    if (placeName) {
      emit('place', `place:${normalizeName(spanText(text, placeName))}`, placeName, ['place-head-ends-name']);
      i += placeName.length;
      titled = false;
      continue;
    }
    const lexFirst = lexiconAt(text, run, i);
    // "the Japan Air Lines 747 jumbo jet which crashed", "was taken over by Texas Air last year" (wire copy, 1987): a
    // country's or a US state's name before a carrier's word ("Air", "Air Lines") and its legal
    // form, if any, to the run's end is the carrier's name's first word, no place (`place-starts-carrier-name`); the
    // carrier's word alone named "Air" and "Air Lines". Not "Air Force".
    if (
      i + 1 < run.length &&
      !t.possessive &&
      ((lexFirst?.hit.kind === 'country' && lexFirst.length === 1) || US_STATES.has(t.bare)) &&
      CARRIER_NAME.test(spanText(text, run.slice(i + 1)))
    ) {
      emit('organization', `org:${normalizeName(spanText(text, run.slice(i)).replace(LEGAL_FORM_AT_END, ''))}`, run.slice(i), ['place-starts-carrier-name']);
      i = run.length;
      continue;
    }
    // "Madagascar extended its oil exploration agreement with the U.S. Firm Amoco Corp AN for 17 months" (wire copy, 1987:
    // the record listed "Firm Amoco Corp"): a word that says what the company is ("firm", "company"),
    // written with a capital after a country's name and before the company's own name of two words or more, is no
    // word of that name (`company-cue-written-capital`), as "the U.S. firm Amoco Corp" would be written. Not a word that
    // heads names itself ("the Japan Development Bank", ORG_HEADS).
    if (
      i > 0 &&
      i + 2 < run.length &&
      !t.possessive &&
      ORG_CUES_BEFORE.has(lower) &&
      !ORG_HEADS.has(lower) &&
      lexiconAt(text, run, i - 1)?.hit.kind === 'country' &&
      run.slice(i + 1).every((u) => u.cap)
    ) {
      t.cap = false;
      t.notName = 'company-cue-written-capital';
      run[i + 1].splitRule = 'company-cue-written-capital';
      i++;
      continue;
    }
    const org = orgSpan(run, i);
    // "The US National Hurricane Center issued a warning", "the U.S. Interior Department on Friday changed rules": a
    // country's acronym before a body's name of two words or more only says whose the body is, as "US" before an office
    // does; the body is named as elsewhere ("the National Hurricane Center"), the country qualifies it
    // (`country-before-body`; not "US Airways").
    const countryBefore =
      !!org && lexFirst?.hit.kind === 'country' && lexFirst.length === 1 && org.length >= 3 && /^(?:\p{Lu}\.){2,}$|^\p{Lu}{2}$/u.test(t.text);
    if (countryBefore) run[i + 1].splitRule = 'country-before-body';
    if (org && !(lexFirst && (lexFirst.length >= org.length || countryBefore))) {
      // "Russia's Defense Ministry" and "Ukraine's Defense Ministry" are two ministries: a name made only of
      // generic words takes the state that owns it.
      const owner = i > 0 && run[i - 1].possessive ? lexiconAt(text, run.slice(i - 1, i), 0) : null;
      const generic = org.every((t) => TITLE_WORDS.has(t.bare.toLowerCase()) || ORG_HEADS.has(t.bare.toLowerCase()));
      if (owner?.hit.kind === 'country' && generic) {
        emit(
          'organization',
          `org:${normalizeName(`${owner.hit.name} ${spanText(text, org)}`)}`,
          [run[i - 1], ...org],
          ['organisation-head-word', 'owned-by-state'],
        );
        i += org.length;
        titled = false;
        continue;
      }
      // "Steve Jobs spoke at the Worldwide Developers Conference at the Moscone Center": a building's head word after
      // "at", "in", "near" names where, no actor (`venue-after-place-preposition`).
      const prep = previousWord(tokens, org[0]);
      const prep2 = prep?.bare.toLowerCase() === 'the' ? previousWord(tokens, prep) : prep;
      if (VENUE_HEADS.has(last0(org).bare.toLowerCase()) && prep2 && PLACE_ONLY_PREPOSITIONS.has(prep2.bare.toLowerCase())) {
        for (const u of org) {
          u.cap = false;
          u.notName = 'venue-after-place-preposition';
        }
        i += org.length;
        titled = false;
        continue;
      }
      // "used an Oval Office speech", "addressed the nation from the Oval Office": a room where speeches are given is a
      // place (`named-room`).
      if (NAMED_ROOMS.has(spanText(text, org))) emit('place', `place:${normalizeName(spanText(text, org))}`, org, ['named-room']);
      else emit('organization', `org:${normalizeName(spanText(text, org))}`, org, ['organisation-head-word']);
      i += org.length;
      // "459 mln dlrs of poor-quality loans ... to the Federal Deposit Insurance Corp, FDIC, during 1986": a company's
      // legal form right after the name's head word is the name's, no surname "Corp" of its own (the name is keyed
      // without it, as "Anadarko Petroleum Corp" is; `legal-form-after-head-word`).
      // ("The U.S. unit of Nomura Securities Co Ltd of Japan ... won a competitive issue" (wire copy, 1987:
      // the record listed "Ltd of Japan"): two legal forms in a row, "Co Ltd", are both the name's,
      // `second-legal-form`.)
      if (run[i] && !run[i - 1].possessive && isLegalSuffix(run[i].bare)) {
        mentions[mentions.length - 1].rules.push('legal-form-after-head-word');
        i++;
        if (run[i] && !run[i - 1].possessive && isLegalSuffix(run[i].bare)) {
          mentions[mentions.length - 1].rules.push('second-legal-form');
          i++;
        }
      }
      titled = false;
      continue;
    }
    const lex = lexiconAt(text, run, i);
    const outlet = lex ? outletNamedAfterPlace(run, i, lex) : null;
    if (outlet) {
      emit('organization', `org:${normalizeName(spanText(text, outlet))}`, outlet, ['outlet-named-after-place']);
      i += outlet.length;
      continue;
    }
    if (lex) {
      const span = run.slice(i, i + lex.length);
      // "So far, Friends of the Earth US reported today": a country's acronym that ends an organisation's name names
      // its branch, and is no actor of its own.
      const branch = run[i + lex.length];
      if (lex.hit.kind === 'organization' && branch && i + lex.length === run.length - 1 && isAcronym(branch) && LEXICON.get(branch.text)?.kind === 'country') {
        emit('organization', `org:${normalizeName(lex.hit.name)}`, span, ['organisation-lexicon', 'country-ends-organisation-name']);
        i += lex.length + 1;
        continue;
      }
      // "The last flu pandemic was in 1968 when "Hong Kong" flu killed about a million people globally" (the list was
      // empty, the flu that killed named in the sentence), "the Spanish flu of 1918": a place, a country or
      // a people's adjective right before "flu" or "influenza" names the disease, a named thing, no state and no
      // place (`disease-named-after-place`; events/apposed-name.ts keeps the place itself out).
      const disease =
        lex.hit.kind !== 'organization' ? /^["”’']?[ \t]+(flu|influenza)\b/.exec(text.slice(span[span.length - 1].end, span[span.length - 1].end + 14)) : null;
      if (disease && !span[span.length - 1].possessive) {
        const words = `${spanText(text, span)} ${disease[1]}`;
        emit('other', `other:${normalizeName(words)}`, span, ['disease-named-after-place']);
        mentions[mentions.length - 1].surface = words;
        mentions[mentions.length - 1].end = span[span.length - 1].end + disease[0].length;
        i += lex.length;
        continue;
      }
      const company = lex.hit.kind === 'demonym' ? demonymStartsName(text, run, i, lex.length) : null;
      if (company) {
        emit('organization', `org:${normalizeName(company.name)}`, company.span, ['demonym-starts-company-name']);
        i += company.span.length;
        titled = false;
        continue;
      }
      const before = mentions.length;
      handleLexiconHit(text, tokens, lex.hit, span, emit);
      // (shown as written, "Moody's")
      const last = span[span.length - 1];
      if (lex.owns && mentions.length > before) mentions[mentions.length - 1].surface = text.slice(span[0].start, last.start + last.text.length);
      i += lex.length;
      continue;
    }
    // "passed by the House on Friday": the legislature's chamber; not "the House Democrats", "White House".
    // ("A House panel approved legislation Thursday": a body of the chamber written small after an article.)
    if (
      t.bare === 'House' &&
      i === run.length - 1 &&
      (/\bthe\s+$/i.test(text.slice(Math.max(0, t.start - 4), t.start)) ||
        (/\b(?:a|an|the)\s+$/i.test(text.slice(Math.max(0, t.start - 4), t.start)) &&
          /^\s+(?:panel|committee|subcommittee)\b/.test(text.slice(t.end, t.end + 14))))
    ) {
      emit('organization', `org:${normalizeName('House of Representatives')}`, [t], ['legislative-chamber']);
      i++;
      continue;
    }
    // ("the 2005 Texas City refinery explosion": a state's name before "City" names a city, `state-name-city`.)
    // "Then there was the 2006 Alaskan pipeline spill", "BP's president of Alaskan operations": a US state's adjective
    // ("Alaskan", "Californian", "Texan", lexicon/places.ts) is no name, no surname "Alaskan" (`state-adjective`); not inside
    // a longer name.
    if (i === run.length - 1 && !t.possessive && US_STATE_ADJECTIVES.has(t.bare)) {
      t.notName = 'state-adjective';
      i++;
      continue;
    }
    if (US_STATES.has(t.bare) && run[i + 1]?.bare === 'City') run[i + 1].splitRule = 'state-name-city';
    else if (US_STATES.has(t.bare) && !lexiconAt(text, run, i)) {
      i++;
      continue;
    }
    // ("British holiday tour companies Thomson and First Choice": "First" is a title before another title word,
    // "First Minister", "First Lady"; where a company's cue names what follows, it starts the company's name,
    // `first-starts-name`.)
    const firstOfName =
      lower === 'first' &&
      i + 1 < run.length &&
      /^\p{Lu}\p{Ll}+$/u.test(run[i + 1].bare) &&
      !TITLE_WORDS.has(run[i + 1].bare.toLowerCase()) &&
      !t.possessive &&
      (companyCue(text, tokens, t, t) || companyListCue(text, tokens, t) || firstWithLegalForm(text, run[i + 1].bare));
    // "Thomson and First Choice put on an extra flight last Thursday": "First" after "and" and a name, inside the
    // sentence, starts the second name of the pair as it does after a company's cue (`first-in-named-pair`; the pair's
    // "and" is no title's: "the President and First Lady" stops at the title word "Lady").
    const andBefore = lower === 'first' && !firstOfName ? previousWord(tokens, t) : undefined;
    const pairOfName =
      !!andBefore &&
      andBefore.bare === 'and' &&
      i + 1 < run.length &&
      /^\p{Lu}\p{Ll}+$/u.test(run[i + 1].bare) &&
      !TITLE_WORDS.has(run[i + 1].bare.toLowerCase()) &&
      !t.possessive &&
      !inHeadline(t) &&
      !!previousWord(tokens, andBefore)?.cap &&
      !TITLE_WORDS.has(previousWord(tokens, andBefore)!.bare.toLowerCase());
    // "Security Pacific Corp SPC said ... Security Pacific completed its acquisition of Rainier on August 31" (wire copy,
    // 1987: the record listed no one): a title word ("Security" of "National Security Adviser") that,
    // with the capitalised word after it, starts a company's name the document writes with its legal form starts that
    // company's short form (`head-word-starts-company-name`), not an office.
    const headOfName =
      !firstOfName &&
      !pairOfName &&
      TITLE_WORDS.has(lower) &&
      !PERSON_TITLE_HEADS.has(lower) &&
      /^\p{Lu}\p{Ll}{2,}$/u.test(t.bare) &&
      !t.possessive &&
      i + 1 < run.length &&
      /^\p{Lu}\p{Ll}{2,}$/u.test(run[i + 1].bare) &&
      !TITLE_WORDS.has(run[i + 1].bare.toLowerCase()) &&
      wordsWithLegalForm(text, `${t.bare} ${run[i + 1].bare}`);
    if (firstOfName) t.splitRule = 'first-starts-name';
    else if (pairOfName) t.splitRule = 'first-in-named-pair';
    else if (headOfName) t.splitRule = 'head-word-starts-company-name';
    // ("Mexican President de la Madrid met bankers": after a title, a particle chain that ends on a capitalised word
    // opens the surname, `particle-after-title`; skipped, "Madrid" was read as Spain's capital.)
    const particleOpens = titled && !t.cap && i > 0 && NAME_PARTICLES.has(t.text) && particleChainEndsOnName(run, i);
    if (particleOpens) t.splitRule ??= 'particle-after-title';
    // "Minister of Mines Patrick Chitambala confirmed that Zambia had ended copper shipments" (wire copy, 1987: the
    // person was "Mines Patrick Chitambala"): after a title, "of" and one or two capitalised words are the office's
    // remit, which ends where a given name opens the person's name of two words or more (`remit-of-title`).
    if (titled && t.text === 'of' && i > 0 && PERSON_TITLE_HEADS.has(run[i - 1].bare.toLowerCase())) {
      const k = [i + 2, i + 3].find(
        (x) =>
          x + 1 < run.length &&
          FIRST_NAMES.has(run[x].bare.toLowerCase()) &&
          run.slice(i + 1, x + 2).every((u) => u.cap && !u.possessive) &&
          !run.slice(i + 1, x).some((u) => FIRST_NAMES.has(u.bare.toLowerCase())),
      );
      if (k !== undefined) {
        run[k].splitRule = 'remit-of-title';
        i = k;
        continue;
      }
    }
    if ((TITLE_WORDS.has(lower) && !firstOfName && !pairOfName && !headOfName) || (!t.cap && !particleOpens) || t.model || startsOffice(run, i)) {
      if (PERSON_TITLE_HEADS.has(lower)) titled = true;
      // "signed an executive order renaming the President's Council on Physical Fitness and Sports": an office that
      // owns what follows names a body of that office, no person; the body's name is left whole or not at all.
      if (t.possessive && PERSON_TITLE_HEADS.has(lower) && i + 1 < run.length) {
        titled = false;
        for (const u of run.slice(i + 1)) {
          u.cap = false;
          u.notName = 'office-owns-body';
        }
        i = run.length;
        continue;
      }
      i++;
      continue;
    }
    // ("Johnson and Johnson said", "Harper and Row said" after "Harper and Row Publishers Inc": one company's name
    // with "and" inside, found by oneNameAroundAnd; the rule is on its "and".)
    const andRule = run[i + 1]?.splitRule;
    if (!t.possessive && i + 2 < run.length && (andRule === 'same-word-around-and' || andRule === 'and-inside-company-name')) {
      const name = run.slice(i, i + 3);
      // (the full name's key when the document wrote it before: "Harper and Row Publishers Inc ... Harper and Row")
      const full = mentions.find((m) => m.kind === 'organization' && m.key.startsWith('org:') && m.surface.startsWith(`${spanText(text, name)} `));
      emit('organization', full?.key ?? `org:${normalizeName(spanText(text, name))}`, name, full ? ['short-form-of-company-name'] : []);
      titled = false;
      i += 3;
      continue;
    }
    // A name: capitalised tokens up to the next title, lexicon entry or connector.
    let j = i;
    let connectors = 0;
    while (
      j < run.length &&
      (run[j].cap || ((j > i || particleOpens) && NAME_PARTICLES.has(run[j].text) && particleChainEndsOnName(run, j))) &&
      !(j > i && lexiconAt(text, run, j) && !countryEndsName(text, run, i, j) && !surnameAfterParticle(run, j)) &&
      !(j > i && TITLE_WORDS.has(run[j].bare.toLowerCase()) && !titleWordAsSurname(run, i, j) && !companyWordEndsName(run, i, j)) &&
      // "Grand Isle Louisiana", "Louisiana Gov. Bobby Jindal": a state's name is a place, not part of a person's
      !(j > i && US_STATES.has(run[j].bare)) &&
      // "End Quote Robert Peston BBC business editor", "Mark Bly BP": an acronym does not continue a person's name.
      // ("Eton College was founded by King Henry VI": a regnal number after a given name is the name's end, not an
      // acronym: `regnal-number`.)
      !(
        j > i &&
        isAcronym(run[j]) &&
        !isAcronym(run[i]) &&
        !run[j - 1].model &&
        // ("Apple announces Mac OS X Lion, iOS 5, and iCloud", "Apple introduces iPhone and Apple TV": an acronym of a
        // kind of product continues the name, `product-acronym-in-name`.)
        !PRODUCT_ACRONYMS.has(run[j].text) &&
        !(REGNAL.test(run[j].bare) && FIRST_NAMES.has(run[j - 1].bare.toLowerCase())) &&
        !middleInitialsAt(run, i, j)
      )
    ) {
      if (!run[j].cap) connectors++;
      j++;
      if (run[j - 1].possessive || run[j - 1].compound) break;
    }
    // ("will replace Mac OS X Snow Leopard": a product's name runs to its version's words.)
    const productWords = run.slice(i + 1, j).some((u) => PRODUCT_ACRONYMS.has(u.text)) ? 2 : 0;
    const name = run.slice(i, Math.min(j, i + 4 + connectors + productWords));
    // "Simmons & Co", "Weitz & Luxenberg": names joined by "&" name a firm, no person.
    if (name.length >= 2 && text.slice(name[0].start, last0(name).end).includes('&')) {
      emit('organization', `org:${normalizeName(spanText(text, name))}`, name, ['ampersand-in-name']);
      titled = false;
      i = j;
      continue;
    }
    if (name.length === j - i && companyWordEndsName(run, i, j - 1)) {
      emit('organization', `org:${normalizeName(spanText(text, name))}`, name, ['company-word-ends-name']);
      titled = false;
      i = j;
      continue;
    }
    // "Last month, New York State Comptroller Thomas DiNapoli pledged to sue BP": a state's name before "State" and an
    // office says where the office is, a place.
    if (j === i + name.length && run[j]?.bare === 'State' && PERSON_TITLE_HEADS.has(run[j + 1]?.bare.toLowerCase() ?? '')) {
      emit('place', `place:${normalizeName(spanText(text, name))}`, name, ['state-before-office']);
      titled = false;
      i = j;
      continue;
    }
    // "oil reached an oyster ground leased by Belle Chasse, La., fisherman Dave Cvitanovich", "in Grand Isle, Louisiana":
    // a name a comma and a US state follow is the state's town, a place (`town-before-state`).
    if (j === i + name.length && j === run.length && townBeforeState(text.slice(last0(name).end, last0(name).end + 24))) {
      emit('place', `place:${normalizeName(spanText(text, name))}`, name, ['town-before-state']);
      titled = false;
      i = j;
      continue;
    }
    const last = name[name.length - 1];
    const after = nextWord(tokens, run[Math.min(j, run.length) - 1]);
    const isPlace =
      name.some((n) => PLACE_HEADS.has(n.bare.toLowerCase())) || (!!after && !after.cap && PLACE_HEADS.has(after.bare.toLowerCase()) && !last.possessive);
    // "Ueda's predecessor, Haruhiko Kuroda, who stepped down": a full name that "who" refers to is a person's.
    // ("the excellent Kate Sheppard of Mother Jones, who writes": after "of" and a name before it, "who" is the name
    // before's, `who-of-name-before`; "Mother Jones" is no person for it.)
    const ofNameBefore = /\p{Lu}\p{L}*\s+of\s+(?:the\s+)?$/u.test(text.slice(Math.max(0, name[0].start - 40), name[0].start));
    const who = name.length >= 2 && /^,\s+who\b/.test(text.slice(last.end, last.end + 10)) && !ofNameBefore;
    if (name.length >= 2 && ofNameBefore && /^,\s+who\b/.test(text.slice(last.end, last.end + 10)) && !name.some((n) => n.splitRule))
      name[0].splitRule = 'who-of-name-before';
    // "The United Auto Workers union has rejected ...", "UAW vice-president Marc Stepp said": a name of two words or more
    // that ends in a plural noun of a trade's members is a union, an organisation, no person (`union-named-by-members`).
    if (name.length >= 2 && j === i + name.length && UNION_MEMBER_NOUNS.has(last.bare.toLowerCase()) && !last.possessive && !inHeadline(name[0])) {
      // ("March 4 - United Auto Workers vice president Marc Stepp said": a first word set aside as a sentence's
      // adjective is the union's all the same; not "The", and only a word that opens a union's name: "Striking United
      // Auto Workers" and "Angry Postal Workers" are members in a mood, not the names UNION_NAME_OPENERS begin.)
      let k = i;
      while (
        k > 0 &&
        run[k - 1].cap &&
        UNION_NAME_OPENERS.has(run[k - 1].bare.toLowerCase()) &&
        !run[k - 1].possessive &&
        !run[k - 1].notName &&
        !NOT_ACTOR_WORDS.has(run[k - 1].bare.toLowerCase()) &&
        run[k - 1].tag !== 'DET'
      )
        k--;
      // ("Striking United Auto Workers picketed", "Angry Postal Workers marched": a first word that can be a modifier
      // and opens no union's name tells the members' mood, no part of the name.)
      const mood = (w: string) => !UNION_NAME_OPENERS.has(w) && (canBeTagged(w, 'ADJ') || canBeTagged(w, 'VERB'));
      if (k === i) while (j - k > 2 && mood(run[k].bare.toLowerCase())) k++;
      const whole = run.slice(k, j);
      emit('organization', `org:${normalizeName(spanText(text, whole))}`, whole, ['union-named-by-members']);
      titled = false;
      kin = false;
      i = j;
      continue;
    }
    // "to sell its Rank Xerox South Africa Pty Ltd affiliate ... Rank Xerox South Africa was founded in 1964" (wire
    // copy, 1987: the event listed only the parent "Rank Xerox", the name, ending on a country, read as
    // no one's): a name of two words or more the document wrote before with only legal forms after it is that
    // company's short form (`company-name-without-legal-form`), a subsidiary named for its country too.
    const withForm =
      name.length >= 2 && j === i + name.length && !last.possessive
        ? mentions.find(
            (m) =>
              m.kind === 'organization' &&
              m.surface.startsWith(`${spanText(text, name)} `) &&
              m.surface
                .slice(spanText(text, name).length + 1)
                .split(/\s+/)
                .every((w) => isLegalSuffix(w)),
          )
        : undefined;
    if (withForm) {
      emit('organization', withForm.key, name, ['company-name-without-legal-form']);
      titled = false;
      kin = false;
      i = j;
      continue;
    }
    if (name.length === 1 && networkActs(text, tokens, name[0])) emit('organization', `org:${normalizeName(name[0].bare)}`, name, ['network-acts']);
    else if (!name.every((n) => NOT_ACTOR_WORDS.has(n.bare.toLowerCase())))
      people.push({
        tokens: name,
        titled,
        who,
        placeHead: isPlace,
        headline: inHeadline(name[0]),
        kin: kin && name[0] === run[0],
        ...(titled && roleTitled && name[0] === run[0] ? { role: true } : {}),
      });
    titled = false;
    kin = false;
    i = j;
  }
}

/**
 * Finds actor mentions in a document's cleaned text. `key` is document-local: a person's normalised full
 * name (surnames alone already resolved to the full name used in this document), "country:<name>" or
 * "org:<name>". `analysis` is the document's linguistic analysis (src/extract/nlp) when the caller has it;
 * without it the text is analysed here.
 */
export function findActorMentions(text: string, analysis?: Analysis, setAside?: Array<{ word: string; rule: string }>): ActorMention[] {
  const analysed = analysis && analysis.text === text ? analysis : analyseText(text);
  const ev = nameEvidence(analysed);
  // ("Exxon Corp bought stakes in Houston on Monday": a name the gazetteer holds as a place stays a place after "stakes
  // in"; only a name known as no place, "CGCT", "Paribas", is the company owned, `stake-in-name`.)
  for (const n of [...ev.owned])
    if (KNOWN_PLACE_KEYS.has(n)) {
      ev.owned.delete(n);
      ev.located.add(n);
    }
  // (no name of the ticker 1987 wire copy writes after a company's legal form: "Pennzoil Co PZL Chairman J. Hugh
  // Liedtke told ..." has no company "PZL"; nlp/tickers.ts, `wire-ticker-after-legal-form`)
  const tokens = tokenize(analysed.wireBlanked, ev.tagAt);
  const headlines = headlineRanges(text);
  let h = 0; // tokens are visited in order, so one pointer walks the headline ranges
  const inHeadline = (t: Token) => {
    while (h < headlines.length && headlines[h][1] <= t.start) h++;
    return h < headlines.length && t.start >= headlines[h][0];
  };
  const mentions: ActorMention[] = [];
  const people: Candidate[] = [];
  const sentenceFirst: Token[] = [];

  const emit: Emit = (kind, key, span, rules) => {
    mentions.push({
      surface: spanText(text, span),
      start: span[0].start,
      end: span[span.length - 1].end,
      kind,
      key,
      rules: [...rules, ...span.flatMap((t) => (t.splitRule ? [t.splitRule] : []))],
    });
  };

  const shouted = shoutedRanges(text);
  for (const run of capitalisedRuns(text, tokens)) readCapitalisedRun(text, tokens, run, shouted, inHeadline, mentions, people, sentenceFirst, emit);

  // "the two Koreas": one phrase, several states; its words name no other actor.
  const groupEnds = new Set<number>();
  for (const [phrase, names] of Object.entries(COUNTRY_GROUPS)) {
    const re = new RegExp(`\\b${phrase.replace(/ /g, '\\s+')}\\b`, 'gi');
    for (const m of text.matchAll(re)) {
      groupEnds.add(m.index! + m[0].length);
      for (const name of names)
        mentions.push({ surface: m[0], start: m.index!, end: m.index! + m[0].length, kind: 'country', key: `country:${name}`, rules: ['country-group'] });
    }
  }
  // "The energy and commerce committee attacked BP last night": a committee named by its two remits, written small (the
  // Guardian's style), is the committee "Energy and Commerce Committee".
  // ("The energy and climate change committee held several hearings last year": a remit of two words after "and".)
  for (const m of text.matchAll(/\b[Tt]he\s+(\p{Ll}{3,})\s+and\s+(\p{Ll}{3,}(?:\s+\p{Ll}{3,})?)\s+(committee|subcommittee)\b/gu)) {
    const start = m.index! + m[0].indexOf(m[1]);
    const surface = `${m[1]} and ${m[2]} ${m[3]}`.replace(/\b(?!and\b)\p{Ll}/gu, (ch) => ch.toUpperCase());
    mentions.push({
      surface,
      start,
      end: m.index! + m[0].length,
      kind: 'organization',
      key: `org:${normalizeName(surface)}`,
      rules: ['lowercase-committee-name'],
    });
  }
  // "Barack Obama's reaction ... outrage directed at Obama ... James Carville attacked Obama": the last word of a name
  // of two or three words that the document writes as a person's (never itself after "in" or "at", no place's head
  // word) is that person's surname, not a place, wherever the document writes it alone after "at" or "in" (the words
  // a place is known by, actor-evidence.ts `located`; then `surname-used-alone` or a tentative surname).
  for (const c of people) {
    if (c.tokens.length < 2 || c.tokens.length > 3 || c.placeHead || c.headline) continue;
    if (!c.tokens.every((t) => /^\p{Lu}\p{Ll}+$|^\p{Lu}\.?$/u.test(t.bare))) continue;
    // (a given name first: one the list knows, or a word no dictionary class claims, "Barack"; not "Greater Glasgow",
    // "Protection Scotland")
    const first = c.tokens[0].bare.toLowerCase();
    if (!FIRST_NAMES.has(first) && ['NOUN', 'ADJ', 'VERB', 'ADV', 'NUM', 'DET', 'ADP'].some((tag) => canBeTagged(first, tag))) continue;
    if (LEXICON.has(straighten(c.tokens[c.tokens.length - 1].bare))) continue;
    if (ev.located.has(normalizeName(spanText(text, c.tokens))) || ev.located.has(normalizeName(c.tokens[0].bare))) continue;
    ev.located.delete(normalizeName(c.tokens[c.tokens.length - 1].bare));
  }
  const legalShort = legalShortForms(text, ev.located);
  // (the words of the people the document names in full: "Emery" of "John C. Emery" is his, no company's short form)
  const personWords = new Set(people.filter((c) => c.tokens.length >= 2).flatMap((c) => c.tokens.map((t) => t.bare.toLowerCase())));
  const adjectiveShort = new Map<string, string>();
  const acronymShort = new Map<string, string>();
  const tradeShort = new Set<string>();
  const sharedShort = new Set<string>();
  const companyShort = companyShortForms(mentions, ev.located, personWords, adjectiveShort, acronymShort, tradeShort, sharedShort);
  const shortFormOfCompany = (c: Candidate): { key: string; rule: string } | undefined => {
    const key = normalizeName(spanText(text, c.tokens));
    if (c.headline || previousWord(tokens, c.tokens[0])?.bare.toLowerCase() === 'the') return undefined;
    const legal = legalShort.get(key);
    if (legal) return { key: legal, rule: 'short-form-of-legal-name' };
    const short = companyShort.get(key);
    if (short) return { key: short, rule: 'short-form-of-company-name' };
    const acronym = c.tokens.length === 1 ? acronymShort.get(key) : undefined;
    if (acronym) return { key: acronym, rule: 'acronym-starts-company-name' };
    // (a noun phrase of its own: not the first word of another name the run was cut from, "Ford Canada's market share"
    // after "Ford Motor Co" and "Ford Motor Co of Canada Ltd", nor a word before a noun it qualifies, "Ford light truck")
    const modifies = (t: Token) => {
      const after = nextWord(tokens, t);
      return !t.possessive && !!after && (after.cap || ['NOUN', 'ADJ', 'NUM'].includes(after.tag ?? '')) && /^[ \t]+$/.test(text.slice(t.end, after.start));
    };
    if (c.tokens.length === 1 && sharedShort.has(key) && !modifies(c.tokens[0])) return { key, rule: 'short-form-shared-by-companies' };
    const adjective = c.tokens.length === 1 && actsAlone(text, tokens, c.tokens[0]) ? adjectiveShort.get(key) : undefined;
    if (adjective) return { key: adjective, rule: 'adjective-short-form-acts' };
    // "Occidental Petroleum Corp said the previously reported retirement ... Retirement of the subsidiary's was announced by
    // Occidental last week" (wire copy, 1987): the agent after a passive verb's
    // "by" acts as well as a subject does (`adjective-short-form-agent`).
    const agent = c.tokens.length === 1 && !c.tokens[0].possessive && agentOfPassive(text, c.tokens[0]) ? adjectiveShort.get(key) : undefined;
    return agent ? { key: agent, rule: 'adjective-short-form-agent' } : undefined;
  };
  const inGroup = (c: Candidate) => groupEnds.has(c.tokens[c.tokens.length - 1].end);
  // (where the document names the company first: "Taft Broadcasting Co said ... Last week Taft rejected a 145
  // dlr-a-share bid by Theta, an investment group headed by Taft's vice chairman, Dudley Taft", wire copy, 1987)
  const companyFirstAt = new Map<string, number>();
  for (const [short, key] of companyShort) {
    const at = Math.min(...mentions.filter((m) => m.key === `org:${key}`).map((m) => m.start));
    if (!short.includes(' ') && Number.isFinite(at)) companyFirstAt.set(short, at);
  }
  const leftToCompany = new Set<Candidate>();
  const others = resolvePeople(text, tokens, people, ev, emit, companyFirstAt, leftToCompany).filter((c) => !inGroup(c));
  // (a name the document gives a person's title, "Mr Megrahi", is that person's wherever it stands alone: below,
  // `titled-in-document`; classifyNames leaves it, so "lobbied for the release of Megrahi" makes no product of him)
  const titledAlone = new Set(mentions.filter((m) => m.kind === 'person' && m.rules[0] === 'title-before-name' && !m.key.includes(' ')).map((m) => m.key));
  classifyNames(
    text,
    tokens,
    // (a company's short form is its company's, below, whatever cue classifyNames would read: "if Dixons would sell
    // Cyclops industrial businesses" after "Cyclops Corp" is the company, no product)
    others.filter((c) => !(c.tokens.length === 1 && titledAlone.has(normalizeName(c.tokens[0].bare))) && !shortFormOfCompany(c)),
    ev,
    emit,
  );
  // A surname with no first name or title in this document ("Trump, who takes office on January 20"; "Hayward
  // said"): tentative, keyed "?trump". Canonicalisation keeps it only when exactly one person of the corpus
  // bears that name ("Donald Trump" in another report), or one organisation ("BP said"); otherwise it is dropped.
  const taken = new Set(mentions.map((m) => m.start));
  // "Obama was asked by Matt Lauer of NBC's "Today" ... NBC aired portions", "NBC's Lauer": an acronym a person is "of",
  // or whose person he is, employs him; it is an organisation wherever the document writes it (`employer-of-person`).
  const personEnds = new Set(mentions.filter((m) => m.kind === 'person').map((m) => m.end));
  const personStarts = new Set(mentions.filter((m) => m.kind === 'person').map((m) => m.start));
  const employers = new Set<string>();
  for (const c of others) {
    const t = c.tokens[0];
    if (c.tokens.length !== 1 || c.headline || !/^\p{Lu}{2,6}$/u.test(t.bare) || OUTLET_ACRONYMS.has(t.bare)) continue;
    const of = /\S\s+of\s+$/.exec(text.slice(Math.max(0, t.start - 6), t.start));
    const ofPerson = !!of && personEnds.has(t.start - of[0].length + 1);
    const after = nextWord(tokens, t);
    const ownsPerson = t.possessive && !!after && personStarts.has(after.start) && /^['’]s?[ \t]+$/u.test(text.slice(t.end, after.start));
    if (ofPerson || ownsPerson) employers.add(t.bare);
  }
  // "the Deepwater Horizon rig", "the Exxon Valdez spill": a name only ever written before a common noun modifies
  // things; a person is named on their own somewhere.
  const standsAlone = new Set<string>();
  for (const c of others) {
    const after = nextWord(tokens, c.tokens[c.tokens.length - 1]);
    const modifier = after && !after.cap && after.tag === 'NOUN' && /^\s+$/.test(text.slice(c.tokens[c.tokens.length - 1].end, after.start));
    if (!modifier) standsAlone.add(normalizeName(spanText(text, c.tokens)));
  }
  const known: NamesKnown = { taken, companyShort, shortFormOfCompany, tradeShort, leftToCompany, standsAlone, employers, titledAlone, legalShort };
  for (const c of others) readOtherCandidate(text, tokens, c, ev, mentions, emit, known);
  // "Eastern Airlines ... to transfer scores of Eastern jets ... Eastern lost 130.8 mln dlrs in 1986", "Dowty Group Plc
  // said it agreed to buy Hydraulic Units Inc ... Hydraulic reported 4.3 mln dlrs pretax profit" (wire copy, 1987): a
  // sentence's first word that the tagger read as an adjective, standing alone before its verb, is the organisation the
  // document names by that word elsewhere, or the company whose short form it is (`short-form-starts-sentence`). The
  // happening had no participant: "Eastern lost 130.8 mln dlrs" listed no one. Not a word that modifies what follows
  // ("Eastern jets"), nor one of no organisation's ("Hydraulic fluid leaked").
  const orgWords = new Map<string, string>();
  for (const m of mentions)
    if (m.kind === 'organization' && m.key === `org:${normalizeName(m.surface)}` && !m.surface.includes(' ')) orgWords.set(m.key, m.key);
  for (const t of sentenceFirst) {
    if (mentions.some((m) => m.start <= t.start && m.end > t.start) || !actsAlone(text, tokens, t)) continue;
    const key = normalizeName(t.bare);
    const company = orgWords.get(`org:${key}`) ?? [companyShort.get(key), adjectiveShort.get(key)].map((k) => k && `org:${k}`).find(Boolean);
    if (company) emit('organization', company, [t], ['short-form-starts-sentence']);
  }
  // "Polish government spokesman Jerzy Urban said today ... Urban, visiting the Swedish capital to deliver a lecture at
  // the Foreign Policy Institute, announced earlier this week that Poland would soon offer shares" (wire copy, 1987, the
  // judges: "Urban, the announcer, missing"): a sentence's first word that the tagger read as an adjective, the last
  // word of a person's full name written earlier in the document, is that person when it stands alone, before a comma
  // or its verb (`surname-starts-sentence`). Not a word that modifies what follows ("Urban renewal slowed").
  for (const t of sentenceFirst) {
    if (mentions.some((m) => m.start <= t.start && m.end > t.start)) continue;
    if (!actsAlone(text, tokens, t) && !/^[ \t]*,/.test(text.slice(t.end, t.end + 3))) continue;
    const person = mentions.find(
      (m) => m.kind === 'person' && m.end <= t.start && m.surface.includes(' ') && m.surface.split(/\s+/).pop() === t.bare && /^\p{Lu}\p{Ll}+$/u.test(t.bare),
    );
    if (person) emit('person', person.key, [t], ['surname-starts-sentence']);
  }
  // "AMR Corp's American Airlines will start its own information campaign ... Last month, American fired 20 flight
  // attendants", "American's merger with AirCal ... received final approval" (wire copy, 1987: the
  // lists were empty or lacked American): a demonym alone that acts (before its verb, or owning a thing) where the
  // document names one organisation whose name it starts ("American Airlines") is that organisation's short form
  // (`demonym-short-form-of-company`), no state and no person. Not after a determiner ("the American said" is a
  // person), nor before a capitalised word or a noun ("American Motors", "an American helicopter").
  for (const t of tokens) {
    if (!t.cap || LEXICON.get(straighten(t.bare))?.kind !== 'demonym' || !actsAlone(text, tokens, t)) continue;
    if (mentions.some((m) => m.start <= t.start && m.end > t.start)) continue;
    const before = previousWord(tokens, t);
    if (before && (before.cap || canBeTagged(before.bare.toLowerCase(), 'DET')) && /^[ \t]+$/.test(text.slice(before.end, t.start))) continue;
    const keys = new Set(mentions.filter((m) => m.kind === 'organization' && m.surface.startsWith(`${t.bare} `) && m.key.startsWith('org:')).map((m) => m.key));
    if (keys.size === 1) emit('organization', [...keys][0], [t], ['demonym-short-form-of-company']);
  }
  const bodies = bodiesWrittenSmall(text, tokens, mentions);
  // (the institution inside a body's name is no mention of its own: body-of-institution)
  const within = bodies.filter((b) => b.rules.includes('body-of-institution') || b.rules.includes('local-government-acts'));
  if (within.length) mentions.splice(0, mentions.length, ...mentions.filter((m) => !within.some((b) => m.start >= b.start && m.end <= b.end)));
  mentions.push(...bodies);
  administrationsOfLeaders(text, mentions);
  vesselsNamed(text, mentions);
  vesselsNamedWhole(text, mentions);
  mentions.push(...definiteReferences(text, mentions));
  mentions.push(...administrationReferences(text, mentions));
  mentions.push(...presidentialBodies(text, mentions));
  countriesWrittenSmall(text, mentions);
  wordTheDocumentNamesAsOrganisation(mentions);
  bodiesNamedWithRemit(text, mentions);
  parentsOfOwnUnits(text, mentions);
  countryStartsSpeltName(text, mentions);
  acronymsOfNamedOrganisations(text, mentions);
  const credits = creditSpans(text);
  const inCredit = (m: ActorMention) => credits.some((c) => m.start < c.end && m.end > c.start);
  // "The Associated Press contributed to this report": the wire wrote much of the page, so its "the Associated Press
  // reported" further up is the publisher speaking of itself.
  const contributors = new Set(
    mentions
      .filter((m) => OUTLET_KEYS.has(m.key) && credits.some((c) => c.rule === 'contributed-to-report' && m.start >= c.start && m.end <= c.end))
      .map((m) => m.key),
  );
  // (For tests and explain: the capitalised words read as no name, with the rule that said so.)
  if (setAside) for (const t of tokens) if (t.notName) setAside.push({ word: t.text, rule: t.notName });
  // "Standard and Poor's Corp said it downgraded ...", "Moody's Investors Service Inc followed suit", "a broker at Daiwa
  // Securities Co Ltd", "British Petroleum Co PLC": a legal form the name before it did not take (cut at a possessive,
  // an "and", a second legal form) is no actor of its own, no surname "Corp" nor a company "PLC"
  // (`legal-form-alone-no-name`).
  // "NEW YORK, March 4 - USX Corp said ...", "New York, Oct 20 - Texaco Inc said", "WHITE PLAINS, N.Y., March 23 -": a
  // wire dateline's place says where the story was filed, never who took part (the tagger read "LONDON" as a company
  // and "New York" as a person's name: `wire-dateline-place`).
  const datelines = [...text.matchAll(WIRE_DATELINE)].map((d) => [d.index, d.index + d[0].length]);
  const inDateline = (m: ActorMention) => datelines.some(([a, b]) => m.start >= a && m.end <= b);
  if (setAside) for (const m of mentions) if (inDateline(m)) setAside.push({ word: m.surface, rule: 'wire-dateline-place' });
  // "NEW YORK, April 13 - Standard and Poor's Corp said it downgraded to D about 8.4 billion dlrs of debt of Texaco Inc":
  // a possessive right before a legal form is inside the company's name, not its owner (the run was cut at "Poor's"
  // and "Poor" read as a surname); with a name joined by "and" before it, the name is whole
  // (`possessive-name-before-legal-form`).
  for (const m of [...mentions]) {
    if (!LEGAL_SUFFIXES.has(m.surface.toLowerCase()) || m.surface[0] !== m.surface[0].toUpperCase()) continue;
    const before = POSSESSIVE_NAME_BEFORE.exec(text.slice(Math.max(0, m.start - 60), m.start));
    if (!before) continue;
    // ("bought Safeway Stores Inc's SA 20 pct holding in Woolworths" (Reuters 1987): a legal form's possessive ends its
    // company's name and owns what follows; "Inc's SA" is no name.)
    const owner = /([\p{L}.]+)['’]s\s+$/u.exec(before[0]);
    if (owner && LEGAL_SUFFIXES.has(owner[1].replace(/\.$/, '').toLowerCase())) continue;
    const start = m.start - before[0].length;
    const surface = text.slice(start, m.end);
    for (let k = mentions.length - 1; k >= 0; k--) if (mentions[k].start >= start && mentions[k].end <= m.end) mentions.splice(k, 1);
    mentions.push({ surface, start, end: m.end, kind: 'organization', key: `org:${normalizeName(surface)}`, rules: ['possessive-name-before-legal-form'] });
  }
  // (the keys the three steps below replace, so that "the committee" after "the Environment and Public Works Committee"
  // follows its organisation's new key)
  const rekeyed = new Map<string, string>();
  namesJoinedBeforeCo(text, mentions, rekeyed);
  slashJoinsName(text, mentions, rekeyed);
  bodyOfTitledOffice(text, mentions, rekeyed);
  commonWordAndOrganisation(text, mentions, rekeyed);
  organisationRunsIntoCompany(text, mentions, rekeyed);
  possessiveInsideCompanyName(text, mentions, rekeyed);
  listedWithOrganisation(text, mentions);
  for (const m of mentions) if (m.anaphor && rekeyed.has(m.key)) m.key = rekeyed.get(m.key)!;
  const laws = namesOfLaws(text);
  if (setAside) for (const m of mentions) if (laws.has(m.surface)) setAside.push({ word: m.surface, rule: 'name-of-law' });
  const legalAlone = (m: ActorMention) => isLegalSuffix(m.surface);
  if (setAside) for (const m of mentions) if (legalAlone(m)) setAside.push({ word: m.surface, rule: 'legal-form-alone-no-name' });
  const lawKeys = new Set(mentions.filter((m) => laws.has(m.surface)).map((m) => m.key));
  countryStartsCompanyName(text, mentions);
  countryEndsCompanyName(text, mentions);
  const junk = (m: ActorMention) => wireJunkActor(text, m);
  if (setAside)
    for (const m of mentions) {
      const rule = junk(m);
      if (rule) setAside.push({ word: m.surface, rule });
    }
  return mentions
    .filter(
      (m) =>
        !junk(m) &&
        !legalAlone(m) &&
        !laws.has(m.surface) &&
        !(m.anaphor && lawKeys.has(m.key)) &&
        !inDateline(m) &&
        !inCredit(m) &&
        !outletCredit(text, m) &&
        !contributors.has(m.key),
    )
    .sort((a, b) => a.start - b.start || a.end - b.end);
}

/**
 * "Hong Kong Land shares gained 30 cts to close at eight dlrs": one capitalised word its company's cue ("shares") marks,
 * right after a country's name, is the last word of a company named after the country, no country and no company
 * "Land" (`country-starts-company-name`).
 */
function countryStartsCompanyName(text: string, mentions: ActorMention[]) {
  for (const m of [...mentions]) {
    if (m.kind !== 'organization' || !m.rules.includes('company-cue') || /\s/.test(m.surface)) continue;
    const country = mentions.find((c) => c.kind === 'country' && c.end + 1 === m.start && text[c.end] === ' ' && /^\p{Lu}/u.test(c.surface));
    if (!country || !/^\p{Lu}\p{Ll}+$/u.test(m.surface)) continue;
    const surface = text.slice(country.start, m.end);
    for (let k = mentions.length - 1; k >= 0; k--) if (mentions[k] === m || mentions[k] === country) mentions.splice(k, 1);
    mentions.push({
      surface,
      start: country.start,
      end: m.end,
      kind: 'organization',
      key: `org:${normalizeName(surface)}`,
      rules: ['country-starts-company-name'],
    });
  }
}

/**
 * "Hospital Corp of America said it received financing commitments": a country after a company's legal form and "of"
 * ends the company's name; the company, named whole, takes part, no country (`country-ends-company-name`).
 */
function countryEndsCompanyName(text: string, mentions: ActorMention[]) {
  for (const m of [...mentions]) {
    if (m.kind !== 'country') continue;
    const before = COMPANY_OF_BEFORE.exec(text.slice(Math.max(0, m.start - 60), m.start));
    if (!before) continue;
    const start = m.start - before[0].length;
    const surface = text.slice(start, m.end);
    for (let k = mentions.length - 1; k >= 0; k--) if (mentions[k].start >= start && mentions[k].end <= m.end) mentions.splice(k, 1);
    mentions.push({ surface, start, end: m.end, kind: 'organization', key: `org:${normalizeName(surface)}`, rules: ['country-ends-company-name'] });
  }
}
const COMPANY_OF_BEFORE = /(?<![\p{L}\p{N}&.'-])(?:\p{Lu}[\p{L}&.'-]*\s+){1,4}(?:Corp|Co|Corporation|Company|Inc)\.?\s+of\s+(?:the\s+)?$/u;

/**
 * Mentions of wire copy that name no participant, with the rule that says so:
 * - "Total M1 rose 12 pct to 62.3 billion dlrs", "Local currency M3 rose 3.6 pct", "Hong Kong's broadly defined M3
 *   money supply rose 2.2 pct": a name that ends in a monetary aggregate (M0 to M4) is a statistic, no actor
 *   (`monetary-aggregate`).
 * - "Former White House Chief of Staff Donald Regan, who resigned last week": the organisation of a former holder's
 *   title before his name is his past post, no participant (`organisation-of-former-title`).
 */
function wireJunkActor(text: string, m: ActorMention): string | null {
  if (/(?:^|\s)M-?[0-4]$/.test(m.surface)) return 'monetary-aggregate';
  // "Swedish Match's B shares open to foreign buyers closed at 424 crowns on Friday" (Reuters 1987, judged blind: an
  // actor "B"): one capital letter alone is a share class, a grade or an initial, never who took part
  // (`one-letter-name`).
  if (/^\p{Lu}\.?$/u.test(m.surface)) return 'one-letter-name';
  if (m.kind === 'organization') {
    const before = text.slice(Math.max(0, m.start - 12), m.start);
    const title = /^\s+(\p{Lu}\p{Ll}+)/u.exec(text.slice(m.end, m.end + 20));
    if (/\b(?:[Ff]ormer|ex-)\s*$/.test(before) && title && TITLE_WORDS.has(title[1].toLowerCase())) return 'organisation-of-former-title';
  }
  return null;
}

/**
 * "Khalaf al-Oteiba, Marketing Director at the Abu Dhabi National Oil Co (ADNOC), told ... In 1985, ADNOC marketed a
 * total of 476,000 bpd": an acronym in brackets (or between commas: "the Federal Deposit Insurance Corp, FDIC, during
 * 1986") right after an organisation's name, made of its words' initials, is that organisation wherever the document
 * writes it, no tentative acronym that only another report could confirm (`acronym-of-named-organisation`).
 */
function acronymsOfNamedOrganisations(text: string, mentions: ActorMention[]) {
  const named = new Map<string, ActorMention>();
  // "to replace the International Aero Engine (IAE) consortium's superfan ... Airbus signed an agreement with IAE last
  // December" (wire copy, 1987: the counterparty IAE was missing, an unconfirmed acronym): a name of
  // two words or more that nothing else typed, right before its initials in brackets, is an organisation's, no
  // person's (a person's name is not spelt out so), and so is the acronym (`name-spelt-by-acronym`).
  const spelledOut = new Set<string>();
  for (const m of mentions) {
    if (m.key.startsWith('?') && m.rules.includes('tentative-full-name') && bracketedInitials(text, m)) spelledOut.add(m.key);
  }
  // (A named thing, no organisation: "Material Safety Data Sheets (MSDS)", "the Oil Pollution Act (OPA)" are spelt so
  // too; the article's company is not in doubt for them.)
  for (const m of mentions) {
    if (!spelledOut.has(m.key)) continue;
    m.key = `other:${m.key.slice(1)}`;
    m.kind = 'other';
    m.rules = [...m.rules, 'name-spelt-by-acronym'];
  }
  for (const m of mentions) {
    if (!(m.kind === 'organization' && m.key.startsWith('org:')) && !m.rules.includes('name-spelt-by-acronym')) continue;
    // (its legal form may stand between, outside the name's words: "Corp, FDIC")
    const acronym = /^([ \t]+\p{Lu}\p{Ll}*\.?)?\s*(?:\(\s*(\p{Lu}{2,6})\s*\)|,\s*(\p{Lu}{2,6})\s*,)/u.exec(text.slice(m.end, m.end + 24));
    const letters = acronym?.[2] ?? acronym?.[3];
    if (!letters || (acronym?.[1] && !isLegalSuffix(acronym[1].trim()))) continue;
    extendToSpeltWords(text, mentions, m, letters);
    const all = `${text.slice(m.start, m.end)}${acronym?.[1] ?? ''}`.split(/[\s-]+/);
    const words = all.filter((w) => /^\p{Lu}/u.test(w));
    const initials = words.map((w) => w[0]).join('');
    // ("the U.S. Department of Justice (DOJ) is reviewing": the initials keep the "of", as "BOJ" does for "Bank of Japan")
    const withOf = all
      .filter((w) => /^\p{Lu}|^of$/u.test(w))
      .map((w) => w[0].toUpperCase())
      .join('');
    if ((initials === letters || withOf === letters) && !named.has(letters)) named.set(letters, m);
    // ("a request to the U.S. Agriculture Department (USDA) to increase its 1987 sugar import quota ... The USDA last
    // December listed 1987 sugar import quota allocations" (Reuters, 27 March 1987; judged "the USDA, which listed the
    // allocations, is missing"): a country's letters written before the name open its acronym, and the name's words may
    // be spelt in the other order, "Department of Agriculture": `acronym-of-country-body`.)
    const country = /(?:^|[^\p{L}.])(U\.S\.|U\.K\.|US|UK)\s+$/u.exec(text.slice(Math.max(0, m.start - 8), m.start))?.[1].replace(/\./g, '');
    const sorted = (x: string) => [...x].sort().join('');
    if (
      country &&
      !named.has(letters) &&
      letters.startsWith(country) &&
      letters.length === country.length + initials.length &&
      sorted(letters.slice(country.length)) === sorted(initials)
    ) {
      named.set(letters, m);
      m.rules = [...m.rules, 'acronym-of-country-body'];
    }
  }
  // "The United Auto Workers union ... UAW vice-president Marc Stepp said": a tentative acronym that spells the initials
  // of an organisation of three words or more named before it in the document, with no "(UAW)" written, is that
  // organisation (`initials-of-named-organisation`); one organisation only, else neither.
  // "a joint venture formed by General Motors Corp and Toyota Motor Corp ... GM and Toyota produce the Chevrolet Nova"
  // (wire copy, 1987): a company written with its legal form spells it with two words too (`initials-of-named-company`).
  const spelt = new Map<string, ActorMention | null>();
  const twoWords = new Set<ActorMention>();
  const withForm = new Set<string>();
  for (const m of mentions) {
    if (m.kind !== 'organization' || !m.key.startsWith('org:')) continue;
    const all = text.slice(m.start, m.end).split(/[\s-]+/);
    const words = all.filter((w) => /^\p{Lu}/u.test(w) && !isLegalSuffix(w));
    const legal = m.rules.includes('legal-form-after-head-word') || (words.length < all.length && isLegalSuffix(all[all.length - 1]));
    if (words.length < 3 && !(words.length === 2 && legal && words.every((w) => /^\p{Lu}\p{Ll}+$/u.test(w)))) continue;
    if (words.length === 2) twoWords.add(m);
    const initials = words.map((w) => w[0]).join('');
    const seen = spelt.get(initials);
    spelt.set(initials, seen === undefined || seen?.key === m.key ? m : null);
    // "Atlantic Richfield Co, considering a spin-off ... Yesterday ARCO's stock jumped" (wire copy, 1987:
    // the record listed no one): a company's initials may go on with the first letters of its legal form written after
    // the name, "ARCO" for Atlantic Richfield Co, "AMC" for American Motors Corp (`initials-with-legal-form`).
    const form = all[all.length - 1];
    if (words.length >= 2 && legal && words.length < all.length && isLegalSuffix(form)) {
      const letters = `${initials}${/^co$/i.test(form.replace(/\.$/, '')) ? 'CO' : form[0].toUpperCase()}`;
      if (!spelt.has(letters)) {
        spelt.set(letters, m);
        withForm.add(letters);
      }
    }
  }
  for (const m of mentions) {
    const surface = text.slice(m.start, m.end);
    // "Brazil's coffee institute, IBC, today opened export registrations for May" (Reuters 1987, the judges: "the coffee
    // institute IBC, the main participant, missing"): an acronym set between commas or in brackets right after a body's
    // head word written small (ORG_HEADS: "institute", "agency", "union") is that body's name, an organisation no other
    // report need confirm (`acronym-of-described-body`).
    if (m.key.startsWith('?') && m.rules.includes('tentative-acronym')) {
      const head = /(?:^|[^\p{L}])(\p{Ll}+)(?:,\s*|\s*\(\s*)$/u.exec(text.slice(Math.max(0, m.start - 24), m.start))?.[1];
      const closed = /^\s*[,)]/.test(text.slice(m.end, m.end + 3));
      // (Not the initials of the words written small before them, a thing's common name shortened: "signed a 10 year
      // note issuance facility (NIF) on Monday to raise 500 mln Singapore dlrs" (Reuters, 1987; the judges: "'NIF' is the
      // financing instrument, not a participant"). A body's own name is written with capitals.)
      if (head && closed && ORG_HEADS.has(head) && !isLegalSuffix(head) && !spellsAcronymBefore(text, surface)) {
        m.key = `org:${normalizeName(surface)}`;
        m.kind = 'organization';
        m.rules = [...m.rules, 'acronym-of-described-body'];
        continue;
      }
    }
    const full = named.get(surface);
    if (full && m.key.startsWith('?')) {
      m.key = full.key;
      m.kind = full.kind;
      m.rules = [...m.rules, 'acronym-of-named-organisation'];
      continue;
    }
    const byInitials = spelt.get(surface);
    // ("Trading in the stock halted at 10 AM", American Motors Corp named before: two initials after a number, or a
    // clock time's, a unit's or a country's, are none of a two-word company.)
    const weak = twoWords.has(byInitials ?? m) && (NOT_COMPANY_INITIALS.has(surface) || /\d\s*$/.test(text.slice(Math.max(0, m.start - 4), m.start)));
    if (byInitials && !weak && m.key.startsWith('?') && m.rules.includes('tentative-acronym') && byInitials.start < m.start) {
      m.key = byInitials.key;
      m.kind = 'organization';
      m.rules = [
        ...m.rules,
        withForm.has(surface) ? 'initials-with-legal-form' : twoWords.has(byInitials) ? 'initials-of-named-company' : 'initials-of-named-organisation',
      ];
    }
  }
}

/**
 * "sales fell 18.7 pct to 119,967 tonnes from 147,537, Zambia Consolidated Copper Mines, ZCCM, said. ZCCM ... made a net
 * loss of 718 mln kwacha in 1986" (wire copy, 1987: the country cut the name, "Consolidated Copper Mines" was read as
 * a person's tentative name, and the ZCCM that acted was listed by no one): a country's name right before capitalised
 * words whose initials, with the country's, spell the acronym set after them between commas or in brackets, is the
 * first word of one organisation's name (`country-starts-spelt-name`); acronymsOfNamedOrganisations then reads the
 * acronym as it. Changes `mentions` in place.
 */
function countryStartsSpeltName(text: string, mentions: ActorMention[]) {
  mentions.sort((a, b) => a.start - b.start);
  for (let k = mentions.length - 2; k >= 0; k--) {
    const [c, m] = [mentions[k], mentions[k + 1]];
    if (c.kind !== 'country' || !(m.kind === 'organization' || m.key.startsWith('?')) || !/^[ \t]$/.test(text.slice(c.end, m.start))) continue;
    const acronym = /^\s*(?:\(\s*(\p{Lu}{3,6})\s*\)|,\s*(\p{Lu}{3,6})\s*,)/u.exec(text.slice(m.end, m.end + 16));
    const letters = acronym?.[1] ?? acronym?.[2];
    if (!letters) continue;
    const surface = text.slice(c.start, m.end);
    const initials = surface
      .split(/[\s-]+/)
      .filter((w) => /^\p{Lu}/u.test(w))
      .map((w) => w[0])
      .join('');
    if (initials !== letters) continue;
    mentions.splice(k, 2, {
      surface,
      start: c.start,
      end: m.end,
      kind: 'organization',
      key: `org:${normalizeName(surface)}`,
      rules: ['country-starts-spelt-name'],
    });
  }
}

/**
 * "The Port of Singapore Authority (PSA) will spend 1.2 billion dlrs ... The PSA handled 529 mln gross-registered tonnes
 * of cargo in 1985" (Reuters, 1987; read "Singapore Authority", and the PSA that acted was listed by no one, the judges:
 * "the PSA, the main participant, is named"): initials in brackets spell the name whole, so capitalised words right
 * before the organisation's that the initials spell first, with their "of", are the name's first words
 * (`name-whole-as-initials-spell`).
 */
function extendToSpeltWords(text: string, mentions: ActorMention[], m: ActorMention, letters: string) {
  const words = text
    .slice(m.start, m.end)
    .split(/[\s-]+/)
    .filter((w) => /^\p{Lu}/u.test(w));
  const initials = words.map((w) => w[0]).join('');
  if (!initials || initials === letters || !letters.endsWith(initials)) return;
  const lead = letters.slice(0, letters.length - initials.length);
  // (one to three capitalised words, each perhaps with "of" or "of the" after it, right before the name)
  const before = /(?<![\p{L}\p{N}.'’-])((?:\p{Lu}\p{Ll}+[ \t]+(?:of[ \t]+(?:the[ \t]+)?)?){1,3})$/u.exec(text.slice(Math.max(0, m.start - 60), m.start));
  if (!before) return;
  const leadWords = before[1].split(/[ \t]+/).filter((w) => /^\p{Lu}/u.test(w));
  for (let k = 0; k < leadWords.length; k++) {
    const tail = leadWords.slice(k);
    if (tail.map((w) => w[0]).join('') !== lead) continue;
    // (the name starts at the first of those words; none is a title, a month or a weekday)
    if (tail.some((w) => TITLE_WORDS.has(w.toLowerCase()) || MONTH_WORDS.has(w.toLowerCase()) || WEEKDAY_WORDS.has(w.toLowerCase()))) return;
    const start = m.start - before[1].length + before[1].indexOf(tail[0]);
    m.start = start;
    m.surface = text.slice(start, m.end);
    rekey(mentions, m, `org:${normalizeName(m.surface)}`);
    m.rules = [...m.rules, 'name-whole-as-initials-spell'];
    return;
  }
}

/** "its unit", "its oil subsidiary": the words before the unit's name in `parentsOfOwnUnits`. */
const OWN_UNIT = /\bits\s+(?:\p{Ll}+\s+)?(?:unit|subsidiary|affiliate|arm|division)\s+/u;

/**
 * "Japan's Mitsui, which has a 10% stake in the well through its unit Mitsui Oil Exploration, said overnight that it has
 * received a bill" (Timeline17; listed as the unit, the judges: "the speaker is Japan's Mitsui, not its unit"): a word
 * alone whose own sentence calls a company whose name starts with it "its unit" (subsidiary, affiliate) is the parent,
 * an organisation of its own, no short form of the unit's name (`parent-of-own-unit`).
 */
function parentsOfOwnUnits(text: string, mentions: ActorMention[]) {
  for (const m of mentions) {
    if (!m.key.startsWith('?') || /\s/.test(m.surface) || !/^\p{Lu}\p{Ll}+$/u.test(m.surface)) continue;
    const rest = text.slice(m.end, m.end + 200);
    // (the name's own pattern is built only where "its unit" is written at all: it opens with the same words)
    if (!OWN_UNIT.test(rest)) continue;
    const sentenceEnd = rest.search(/[.!?](?:\s|$)/);
    const unit = new RegExp(String.raw`${OWN_UNIT.source}${m.surface}\s+\p{Lu}`, 'u').exec(rest);
    if (!unit || (sentenceEnd >= 0 && unit.index > sentenceEnd)) continue;
    m.key = `org:${normalizeName(m.surface)}`;
    m.kind = 'organization';
    m.rules = [...m.rules, 'parent-of-own-unit'];
  }
}

/** A deliberative body's head word, whose remit "on ..." may end its name. */
const REMIT_HEAD = /(?:^|\s)(?:Committee|Subcommittee|Commission|Council|Panel|Task Force)$/u;
// (an office there begins a person's title: "briefed the committee on Energy Secretary Steven Chu's plan")
const OFFICE_IN_REMIT = /^(?:Secretary|Minister|Chairman|Chairwoman|President|Director|Senator|Governor|Leader|Speaker|Spokesman|Spokeswoman|Chief)$/u;
const REMIT_AFTER = /^[ \t]+on[ \t]+((?:the[ \t]+)?\p{Lu}\p{Ll}+(?:(?:,[ \t]+|[ \t]+(?:and|&)[ \t]+|[ \t]+)\p{Lu}\p{Ll}+){0,5})/u;

/**
 * "Just last week, a House Subcommittee on Energy and Environment held a hearing" (Timeline17; listed as "House
 * Subcommittee", the judges: "a truncated fragment of the subcommittee's name"), "the Senate Committee on Foreign
 * Relations": the capitalised words of a committee's or a commission's remit after "on" end its name, one organisation
 * (`body-named-with-remit`). Not a day ("the Commission on Monday"), nor a person's office ("on Energy Secretary Chu").
 */
function bodiesNamedWithRemit(text: string, mentions: ActorMention[]) {
  for (const m of [...mentions]) {
    if (!REMIT_HEAD.test(text.slice(m.start, m.end)) || !(m.kind === 'organization' || m.key.startsWith('?'))) continue;
    const remit = REMIT_AFTER.exec(text.slice(m.end, m.end + 120));
    if (!remit) continue;
    const words = remit[1].split(/[ \t,&]+/).filter((w) => /^\p{Lu}/u.test(w));
    const lower = (w: string) => w.toLowerCase();
    if (words.some((w) => MONTH_WORDS.has(lower(w)) || WEEKDAY_WORDS.has(lower(w)) || OFFICE_IN_REMIT.test(w) || FIRST_NAMES.has(lower(w)))) continue;
    const end = m.end + remit[0].length;
    const surface = text.slice(m.start, end);
    const inside = mentions.filter((x) => x !== m && x.start >= m.start && x.end <= end);
    if (mentions.some((x) => x !== m && x.start < end && x.end > end)) continue;
    for (const x of inside) mentions.splice(mentions.indexOf(x), 1);
    m.end = end;
    m.surface = surface;
    m.kind = 'organization';
    rekey(mentions, m, `org:${normalizeName(surface)}`);
    m.rules = [...m.rules, 'body-named-with-remit'];
  }
}

/** Gives `m` a new key; "the committee" that stood for its old key follows it when no other mention keeps that key. */
function rekey(mentions: ActorMention[], m: ActorMention, key: string) {
  const old = m.key;
  m.key = key;
  if (mentions.some((x) => x.key === old && !x.anaphor)) return;
  for (const x of mentions) if (x.key === old && x.anaphor) x.key = key;
}

/** Whether "(X)" right after the mention's words holds their initials: "International Aero Engine (IAE)". */
function bracketedInitials(text: string, m: ActorMention): boolean {
  const letters = /^\s*\(\s*(\p{Lu}{2,6})\s*\)/u.exec(text.slice(m.end, m.end + 12))?.[1];
  const words = text.slice(m.start, m.end).split(/[\s-]+/);
  return !!letters && words.length >= 2 && words.map((w) => w[0]).join('') === letters;
}

/** Whether the words written small just before "(X)" spell X: "blowout preventer (BOP)", not "the union (UAW)". */
function spellsAcronymBefore(text: string, acronym: string): boolean {
  const letters = acronym.toLowerCase();
  // (Each word takes a run of the letters that starts with its first letter and is found in it in order.)
  const splits = (words: string[], rest: string): boolean => {
    if (!words.length) return !rest;
    const [w, ...more] = words;
    if (!rest || rest[0] !== w[0]) return false;
    for (let k = 1; k <= rest.length; k++) {
      let at = 0;
      const inWord = [...rest.slice(0, k)].every((ch) => (at = w.indexOf(ch, at) + 1) > 0);
      if (inWord && splits(more, rest.slice(k))) return true;
    }
    return false;
  };
  const bracketed = `(${acronym.replace(/[^\p{L}]/gu, '')})`;
  // (Every match ends in the bracketed letters as written: a text without them is not searched. The pattern opens with
  // a run of small letters, tried at every word of the text, for each acronym after "the" that acts.)
  if (!text.includes(bracketed)) return false;
  for (const m of text.matchAll(new RegExp(String.raw`((?:\p{Ll}+[ \t]+){1,${letters.length}})\(${acronym.replace(/[^\p{L}]/gu, '')}\)`, 'gu'))) {
    const words = m[1].trim().split(/\s+/);
    for (let k = 1; k <= words.length; k++) if (splits(words.slice(-k), letters)) return true;
  }
  return false;
}

/**
 * "The Obama administration launches a legal battle against BP", "with the Obama administration proposing reform": a
 * leader's name before "administration" written small names the government he heads, an organisation of its own
 * ("Obama administration", "Bush administration"); the leader is no participant (`administration-of-leader`; the
 * name's mention gives way to the body's). Keyed by the surname, so "the Barack Obama administration" is the same
 * body. Not "the National Oceanic and Atmospheric Administration" (a name), nor "administration officials" (no leader).
 */
function administrationsOfLeaders(text: string, mentions: ActorMention[]) {
  for (let k = 0; k < mentions.length; k++) {
    const m = mentions[k];
    // (a name only written before a noun is a tentative named thing: "the Barack Obama administration's ban")
    if ((m.kind !== 'person' && !m.rules.includes('tentative-named-thing')) || m.anaphor) continue;
    const after = /^(?:['’]s)?[ \t]+(administration|institute|foundation)\b/.exec(text.slice(m.end, m.end + 20));
    if (!after) continue;
    const surname = m.surface
      .split(/\s+/)
      .pop()!
      .replace(/['’]s?$/, '');
    if (!/^\p{Lu}\p{Ll}+$/u.test(surname)) continue;
    // "The Harte institute did an early analysis of the impact last month": a name before "institute" or "foundation"
    // written small names the body ("Harte Institute"; `institute-of-name`), as before "administration".
    const admin = after[1] === 'administration';
    if (!admin && /['’]/.test(after[0])) continue;
    const surface = admin ? `${surname} administration` : `${m.surface} ${after[1][0].toUpperCase()}${after[1].slice(1)}`;
    const rule = admin ? 'administration-of-leader' : 'institute-of-name';
    mentions[k] = { surface, start: m.start, end: m.end + after[0].length, kind: 'organization', key: `org:${normalizeName(surface)}`, rules: [rule] };
  }
}

/**
 * "In 2002 the tanker Prestige broke up off Spain's Galician coast causing one of the world's worst oil disasters",
 * "the NOAA ship Thomas Jefferson": a name right after a vessel's noun written small ("the" before it, up to two
 * words between; not "were carried on a ship Tar balls have landed", two sentences glued) is the vessel's, a named thing (`vessel-noun-before-name`), whatever the name was read as (a
 * tentative surname, a person).
 */
function vesselsNamed(text: string, mentions: ActorMention[]) {
  for (let k = 0; k < mentions.length; k++) {
    const m = mentions[k];
    if (m.kind !== 'person' || m.anaphor) continue;
    const before = /\b[Tt]he\s+(?:[\p{L}.-]+\s+){0,2}?(\p{Ll}+)\s+$/u.exec(text.slice(Math.max(0, m.start - 40), m.start));
    // "On Monday, a new ship, the Helix Producer, began siphoning oil": the name in apposition to a vessel's noun, between
    // commas, is the vessel's (`vessel-noun-in-apposition`).
    const apposed = /\b(?:[Aa]n?|[Tt]he)\s+(?:[\p{L}.-]+\s+){0,2}?(\p{Ll}+),\s+the\s+$/u.exec(text.slice(Math.max(0, m.start - 50), m.start));
    if (!before && apposed && VESSEL_NOUNS.has(apposed[1]) && /^\s*,/.test(text.slice(m.end, m.end + 3))) {
      mentions[k] = { ...m, kind: 'other', key: `other:${normalizeName(m.surface)}`, rules: ['vessel-noun-in-apposition'] };
      continue;
    }
    // (nor a ship a phrase is about: "documentaries about the wreck of the ocean liner Titanic")
    if (!before || !VESSEL_NOUNS.has(before[1]) || /\bof\s+$/.test(text.slice(Math.max(0, m.start - 60), m.start - before[0].length))) continue;
    const key = `other:${normalizeName(m.surface)}`;
    mentions[k] = { ...m, kind: 'other', key, rules: ['vessel-noun-before-name'] };
  }
}

const VESSEL_CUE = new RegExp(
  String.raw`(?:\b[Tt]he\s+(?:[\p{L}.-]+\s+){0,2}?(?:${[...VESSEL_NOUNS].join('|')})|\b(?:[Tt]he|[Aa])\s+\d[\d,.]*[- ]?(?:dwt|grt))[ \t]+` +
    String.raw`(\p{Lu}[\p{L}'’-]*(?:[ \t]+(?:of[ \t]+(?:the[ \t]+)?)?\p{Lu}[\p{L}'’-]*){0,4})`,
  'gu',
);

/**
 * "The channel ferry Herald of Free Enterprise from the British Townsend Thorensen company was sinking", "The
 * 315,695-dwt Arabian Sea had set sail", "Iran attacked the Saudi Arabian supertanker Arabian Sea" (wire copy, 1987:
 * the records listed no one): the capitalised words right after a vessel's noun, or after a ship's tonnage ("dwt",
 * deadweight tons, "grt", gross register tons, measure only ships), are the vessel's whole name, a named thing that
 * takes part, even when the words read as a person cut at "of" ("Herald", "Free Enterprise") or end in a place's word
 * ("Sea") (`vessel-named-whole`). A state's, a company's or an organisation's name there is left as it was ("the
 * tanker Exxon Valdez").
 */
function vesselsNamedWhole(text: string, mentions: ActorMention[]) {
  for (const cue of text.matchAll(VESSEL_CUE)) {
    // (not a ship a phrase is about: "documentaries about the wreck of the ocean liner Titanic", as vesselsNamed)
    if (/\bof\s+$/.test(text.slice(Math.max(0, cue.index - 4), cue.index))) continue;
    const words = cue[1].split(/[ \t]+/);
    // (a day or month after the name is no part of it: "the ship Sismik Monday")
    while (
      words.length > 1 &&
      /^\p{Lu}/u.test(words[words.length - 1]) &&
      (MONTH_WORDS.has(words[words.length - 1].toLowerCase()) || WEEKDAY_WORDS.has(words[words.length - 1].toLowerCase()))
    )
      words.pop();
    while (words.length > 1 && /^(?:of|the)$/.test(words[words.length - 1])) words.pop();
    const surface = words.join(' ');
    const start = cue.index + cue[0].length - cue[1].length;
    const end = start + surface.length;
    if (MONTH_WORDS.has(surface.toLowerCase()) || WEEKDAY_WORDS.has(surface.toLowerCase())) continue;
    const inside = mentions.filter((m) => m.start < end && m.end > start);
    if (inside.some((m) => m.kind !== 'person' && m.kind !== 'place' && m.kind !== 'other')) continue;
    if (inside.some((m) => m.start < start || m.end > end || m.anaphor)) continue;
    if (inside.length === 1 && inside[0].start === start && inside[0].end === end && inside[0].kind === 'other') continue;
    for (const m of inside) mentions.splice(mentions.indexOf(m), 1);
    mentions.push({ surface, start, end, kind: 'other', key: `other:${normalizeName(surface)}`, rules: ['vessel-named-whole'] });
  }
}

/** The news agencies and outlets, by their document-local keys. */
const OUTLET_KEYS = new Set(NEWS_AGENCIES.flatMap((a) => [a.name, ...a.aliases].map((n) => `org:${normalizeName(n)}`)));

/**
 * An outlet named as the one reporting: "told The Associated Press", "in an interview with Reuters", "an Associated
 * Press reporter", "Associated Press writers Matthew Daly and ...", "Tom Raum covers economics for The Associated Press",
 * "obtained Monday by The Associated Press", "HOUSTON, May 3 (Reuters) -". The outlet gathered the words; it is not a participant of what they say.
 */
function outletCredit(text: string, m: ActorMention): boolean {
  if (m.kind !== 'organization' || !OUTLET_KEYS.has(m.key)) return false;
  const before = text.slice(Math.max(0, m.start - 30), m.start);
  const after = text.slice(m.end, m.end + 30);
  return (
    /\b(?:told|tell|tells|telling|to|with|for)\s+(?:the\s+|The\s+|an?\s+)?$/.test(before) ||
    // "Copies of planned testimony, obtained Monday by The Associated Press": the outlet doing its reporting
    /\b(?:obtained|reviewed|seen|viewed|analy[sz]ed|conducted|commissioned)\s+(?:\w+\s+){0,2}by\s+(?:the\s+|The\s+)?$/.test(before) ||
    /^\s*(?:reporter|reporters|writer|writers|photographer|correspondent|journalist|staff|contributed|poll|survey|interview)/i.test(after) ||
    // a wire dateline's credit: "HOUSTON, May 3 (Reuters) -"
    (/\(\s*$/.test(before) && /^\s*\)\s*[-–—]/.test(after)) ||
    // a caption's credit: "… the blazing remnants of the rig Deepwater Horizon. (AP)"; not an acronym after its name,
    // "the Korean Central News Agency (KCNA)"
    (/(?:^|[^\p{L}\s]\s*)\(\s*$/u.test(before) && /^\s*\)/.test(after)) ||
    // a credit glued to the next caption or paragraph: "… in the Gulf of Mexico. / AP Anadarko Petroleum Corp., which owns"
    (/(?:^|\n)[ \t]*$/.test(before) && /^\p{Lu}{2,6}$/u.test(m.surface) && /^[ \t]+\p{Lu}/u.test(after))
  );
}

/**
 * Mentions of the outlet that published a document ("Reuters" in a Reuters story, "BBC" in a BBC page): the
 * reporter's own name for itself, never an actor of what it reports.
 */
/** Each news agency's name and aliases as normalizeName gives them, in NEWS_AGENCIES' order (made once, not per document). */
let agencyKeys: string[][] | null = null;

/** One capitalised word right before a legal form, after a word written small or at a sentence's start: "Texaco Inc". */
const ONE_WORD_LEGAL_NAME = new RegExp(
  String.raw`(?:^|(?<=[.!?:;,("“\-–—]\s*)|(?<=(?:^|[^\p{L}])\p{Ll}[\p{Ll}'’-]*\s+))(\p{Lu}\p{L}+)\s+(?:` +
    [...LEGAL_SUFFIXES].map((x) => x[0].toUpperCase() + x.slice(1)).join('|') +
    String.raw`)\b`,
  'gmu',
);
/** What every match of ONE_WORD_LEGAL_NAME ends with (`\s+` ends in one `\s`): a text without it has none. */
const LEGAL_FORM_AFTER_SPACE = new RegExp(String.raw`\s(?:${[...LEGAL_SUFFIXES].map((x) => x[0].toUpperCase() + x.slice(1)).join('|')})\b`, 'u');
/** The last text LEGAL_FORM_AFTER_SPACE was tried on by `legalFormAfterSpace`, and its answer. */
let legalFormAfter: { text: string; found: boolean } | null = null;
/**
 * Whether the text writes a capitalised legal form after a space (LEGAL_FORM_AFTER_SPACE), asked once per document: the
 * patterns built for one name and a legal form (`firstWithLegalForm`, `wordsWithLegalForm`, `demonymStartsName`) end in
 * `\s+` and one of LEGAL_FORM_WORDS, so they match nothing in a text without one.
 */
function legalFormAfterSpace(text: string): boolean {
  if (legalFormAfter?.text !== text) legalFormAfter = { text, found: LEGAL_FORM_AFTER_SPACE.test(text) };
  return legalFormAfter.found;
}

/**
 * "Texaco Inc ... a possible preferred stock position in TExaco", "Pennzoil Co ... citing the sharper decline in
 * Pennzoil this morning": a one-word name the document writes with a company's legal form is that company wherever it
 * stands alone (`short-form-of-legal-name`), after "in" or "at" too (a stake, a position or a decline in a company),
 * and no one's surname. Not a name the lexicon knows as a country or capital, nor a US state ("Texas Petroleum Co" is
 * two words anyway). Returns each such word with the key of its company; the words leave `located`.
 */
function legalShortForms(text: string, located: Set<string>): Map<string, string> {
  const out = new Map<string, string>();
  // (ONE_WORD_LEGAL_NAME, whose look-behinds are tried at every position of the text, is searched only in a text that
  // writes a legal form after a space at all: the part of the pattern every match ends with, the same flags.)
  if (!LEGAL_FORM_AFTER_SPACE.test(text)) return out;
  for (const m of text.matchAll(ONE_WORD_LEGAL_NAME)) {
    const word = m[1];
    // ("British Telecommunications PLC has transferred ... its wholly owned Canadian subsidiary, CTG Inc, to ... Mitel
    // Corp ... CTG became a wholly owned British Telecom subsidiary in May, 1985", wire copy, 1987; the judges: "CTG, the
    // title's subject, missing": an acronym written with a legal form is that company's name as a word is,
    // `short-form-of-legal-name`, where no lexicon name or word to set aside is it.)
    const acronym = /^\p{Lu}{2,5}$/u.test(word) && !NOT_ACTOR_WORDS.has(word.toLowerCase()) && !OUTLET_ACRONYMS.has(word);
    if ((!/^\p{Lu}\p{Ll}+$/u.test(word) && !acronym) || US_STATES.has(word) || LEXICON.has(straighten(word)) || PLACE_HEADS.has(word.toLowerCase())) continue;
    const key = normalizeName(word);
    located.delete(key);
    if (!out.has(key)) out.set(key, normalizeName(m[0].slice(m[0].indexOf(word))));
  }
  return out;
}

const LAW_NAMED_AS =
  /\b(?:law|act|statute|legislation|treaty|regulation|rule)s?\s*,?\s+(?:known|referred\s+to|called|named)\s+as\s+(?:the\s+)?(\p{Lu}[\p{L}\d-]*(?:[ \t]+\p{Lu}[\p{L}\d-]*){0,4})/gu;

/**
 * "lawsuits brought under the federal law known as RICO, which stands for ...", "This year alone, RICO lawsuits have
 * been filed against the Roman Catholic Church": a name the document gives a law (a statute, act, treaty or rule
 * "known as" or "called" it) names a document, no participant, wherever the document writes it (`name-of-law`; the
 * named plan or act of events.ts `actors:document-not-participant`, for a name with no head word that says so).
 */
function namesOfLaws(text: string): Set<string> {
  // (The capitalised run may go on into the next name: "the law known as RICO Citigroup Inc faces three suits": it ends
  // before the company whose legal form it reaches, taken as one word, "Citigroup Inc".)
  return new Set(
    [...text.matchAll(LAW_NAMED_AS)]
      .map((m) => {
        const words = m[1].split(/\s+/);
        const legal = words.findIndex((w, k) => k > 0 && LEGAL_SUFFIXES.has(w.toLowerCase()));
        return legal < 0 ? m[1] : words.slice(0, legal - 1).join(' ');
      })
      .filter((name) => name !== ''),
  );
}

// (as written: "Hudson's Bay Co", and in capitals as wire copy writes "Sainsbury's Supermarkets PLC", "AG", "GmbH")
const LEGAL_FORM_ALT = [...LEGAL_SUFFIXES]
  .flatMap((x) => [x[0].toUpperCase() + x.slice(1), x.toUpperCase()])
  .concat('GmbH')
  .join('|');
/** "Wilf Gobert of Peters and Co Ltd said": the names before "and Co" (one to three capitalised words). */
const NAMES_AND_BEFORE = /(?<![\p{L}.'’])(?:\p{Lu}[\p{L}.'’-]*[ \t]+){0,2}\p{Lu}[\p{L}.'’-]*[ \t]+(?:and|&)[ \t]+$/u;

/**
 * "Wilf Gobert of Peters and Co Ltd said", "Merrill Lynch and Co": a firm named "X and Co" is one name; a mention
 * that starts with "Co" (cut at the "and") takes the names before it (`names-joined-before-co`), and no "Co Ltd" nor
 * "Peters" is left of its own. Changes `mentions` in place.
 */
function namesJoinedBeforeCo(text: string, mentions: ActorMention[], rekeyed: Map<string, string>) {
  for (const m of [...mentions]) {
    if (!/^(?:Co|Cos|Company)\b/.test(m.surface)) continue;
    const before = NAMES_AND_BEFORE.exec(text.slice(Math.max(0, m.start - 60), m.start));
    if (!before) continue;
    const start = m.start - before[0].length;
    const surface = text.slice(start, m.end);
    const key = `org:${normalizeName(surface)}`;
    for (let k = mentions.length - 1; k >= 0; k--) if (mentions[k].start >= start && mentions[k].end <= m.end) rekeyed.set(mentions.splice(k, 1)[0].key, key);
    mentions.push({ surface, start, end: m.end, kind: 'organization', key, rules: ['names-joined-before-co'] });
  }
  // "Goldman Sachs and Co, BP's investment advisor, advised the Shell Oil board in 1984 and 1985" (Reuters 1987, judged
  // blind: the adviser was missing, read as a person's tentative name): a name right before "and Co" (or "& Co",
  // "and Company"), where no mention took the "Co", is a firm's, the "and Co" its end (`and-co-ends-name`).
  for (const m of [...mentions]) {
    if (m.kind === 'country' || !/^\p{Lu}/u.test(m.surface)) continue;
    const after = AND_CO_AFTER.exec(text.slice(m.end, m.end + 24));
    if (!after) continue;
    const end = m.end + after[0].length;
    if (mentions.some((o) => o !== m && o.start < end && o.end > m.end)) continue;
    const surface = text.slice(m.start, end);
    const key = `org:${normalizeName(surface)}`;
    rekeyed.set(m.key, key);
    mentions.splice(mentions.indexOf(m), 1, { surface, start: m.start, end, kind: 'organization', key, rules: ['and-co-ends-name'] });
  }
}
/**
 * "After objections from minority shareholders about the price, Royal Dutch/Shell raised its bid and began a 58 dlrs a
 * share tender offer" (Reuters 1987, judged blind: the bidder was missing, cut into a surname "Royal" and "Shell"): an
 * organisation's name glued by a slash to capitalised words before or after it is one organisation's name, the group
 * of both (`slash-joins-name`). Not where a country or a person the document names is among the words ("U.S./Japan",
 * a photo credit "Kevin Lamarque/Reuters"). Changes `mentions` in place.
 */
function slashJoinsName(text: string, mentions: ActorMention[], rekeyed: Map<string, string>) {
  for (const m of [...mentions]) {
    if (m.kind !== 'organization' || !mentions.includes(m)) continue;
    const before = SLASH_NAME_BEFORE.exec(text.slice(Math.max(0, m.start - 40), m.start));
    const after = before ? null : SLASH_NAME_AFTER.exec(text.slice(m.end, m.end + 40));
    if (!before && !after) continue;
    // (a sentence's "The" is no word of the name: "The Royal Dutch/Shell group")
    const start = before ? m.start - before[0].replace(/^(?:The|A|An)[ \t]+/, '').length : m.start;
    const end = after ? m.end + after[0].length : m.end;
    const inside = mentions.filter((o) => o !== m && o.start < end && o.end > start);
    if (inside.some((o) => o.start < start || o.end > end || o.kind === 'country' || (o.kind === 'person' && !o.key.startsWith('?')))) continue;
    // (Not two firms of a dispute, "Pennzoil Co said it filed a brief concerning the Pennzoil/Texaco Inc (TX)
    // litigation": the other part written alone elsewhere in the document is a name of its own.)
    const other = before ? text.slice(start, m.start - 1) : text.slice(m.end + 1, end);
    const alone = new RegExp(`(?<![\\p{L}/])${escapeStringRegexp(other)}(?![\\p{L}/])`, 'gu');
    if ([...text.matchAll(alone)].some((x) => x.index < start || x.index >= end)) continue;
    const surface = text.slice(start, end);
    const key = `org:${normalizeName(surface)}`;
    for (const o of [m, ...inside]) {
      rekeyed.set(o.key, key);
      mentions.splice(mentions.indexOf(o), 1);
    }
    mentions.push({ surface, start, end, kind: 'organization', key, rules: ['slash-joins-name'] });
  }
}
/** One to three capitalised words and a slash, glued to the name after them: "Royal Dutch/" of "Royal Dutch/Shell". */
const SLASH_NAME_BEFORE = /(?<![\p{L}.'’/-])(?:\p{Lu}[\p{L}'’-]*[ \t]+){0,2}\p{Lu}[\p{L}'’-]*\/$/u;
/** A slash and one capitalised word glued to the name before them: "/Shell" of "Royal Dutch/Shell". */
const SLASH_NAME_AFTER = /^\/\p{Lu}[\p{L}'’-]*(?![\p{L}/])/u;

/**
 * "Sam Antar and other executive vice presidents ... were named to an Office of the President that took over the duties
 * of chief executive officer from chairman Eddie Antar" (Reuters 1987, judged blind: the record listed no one): a
 * body's head word written capitalised ("Office", "Council", ORG_HEADS) before "of the" and capitalised words is one
 * body's name, though a title ("President") cut the run there; no surname "Office" (`body-of-titled-office`). Changes
 * `mentions` in place.
 */
function bodyOfTitledOffice(text: string, mentions: ActorMention[], rekeyed: Map<string, string>) {
  for (const m of [...mentions]) {
    if (!/^\p{Lu}\p{Ll}+$/u.test(m.surface) || !ORG_HEADS.has(m.surface.toLowerCase())) continue;
    const after = BODY_OF_THE_AFTER.exec(text.slice(m.end, m.end + 60));
    if (!after) continue;
    const end = m.end + after[0].length;
    const inside = mentions.filter((o) => o !== m && o.start < end && o.end > m.end);
    if (inside.some((o) => o.end > end || o.kind === 'country')) continue;
    const surface = text.slice(m.start, end);
    const key = `org:${normalizeName(surface)}`;
    for (const o of [m, ...inside]) {
      rekeyed.set(o.key, key);
      mentions.splice(mentions.indexOf(o), 1);
    }
    mentions.push({ surface, start: m.start, end, kind: 'organization', key, rules: ['body-of-titled-office'] });
  }
}
/** " of the President", " of the Comptroller of the Currency": "of the" and one to three capitalised words. */
const BODY_OF_THE_AFTER = /^[ \t]+of[ \t]+the[ \t]+\p{Lu}\p{Ll}+(?:[ \t]+(?:of[ \t]+the[ \t]+)?\p{Lu}\p{Ll}+){0,2}(?![\p{L}])/u;

/** " and Co", " & Co Inc", " and Company" right after a name (the legal form's own full stop left out). */
const AND_CO_AFTER = /^[ \t]+(?:and|&)[ \t]+(?:Co|Cos|Company)(?![\p{L}])(?:[ \t]+(?:Inc|Ltd|Plc|PLC)(?![\p{L}]))?/u;

/**
 * "The Securities and Exchange Commisssion ordered Dixons to ...": a common noun written capitalised right before
 * "and" and an organisation's name (which the run was cut at, "Commisssion" being no head word the lexicon knows) is
 * the first word of that name, no surname "Securities" beside an "Exchange Commisssion" (`common-word-and-organisation`).
 * Only a word the document never writes alone as a name, that wink can read as a noun and no list knows as a given
 * name ("Hayward and BP America" stays two). Changes `mentions` in place.
 */
function commonWordAndOrganisation(text: string, mentions: ActorMention[], rekeyed: Map<string, string>) {
  mentions.sort((a, b) => a.start - b.start);
  for (let k = mentions.length - 2; k >= 0; k--) {
    const [m, next] = [mentions[k], mentions[k + 1]];
    if (m.kind !== 'person' || !m.key.startsWith('?') || !m.rules.includes('tentative-surname') || next.kind !== 'organization') continue;
    if (!/^[ \t]+and[ \t]+$/.test(text.slice(m.end, next.start))) continue;
    const lower = m.surface.toLowerCase();
    if (FIRST_NAMES.has(lower) || ![lower, lower.replace(/ies$/, 'y'), lower.replace(/s$/, '')].some((f) => canBeTagged(f, 'NOUN'))) continue;
    if (mentions.some((o) => o !== m && o.key === m.key)) continue;
    const surface = text.slice(m.start, next.end);
    const key = `org:${normalizeName(surface)}`;
    rekeyed.set(next.key, key);
    mentions.splice(k, 2, { surface, start: m.start, end: next.end, kind: 'organization', key, rules: ['common-word-and-organisation'] });
  }
}

/** Country names of one or two words, written small, to the country's display name: "chile" → "Chile". */
const COUNTRY_WRITTEN_SMALL = new Map(
  COUNTRIES.flatMap((c) => [c.name, ...c.names].filter((n) => /^\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?$/u.test(n)).map((n) => [n.toLowerCase(), c.name] as const)),
);
/** A sentence's first words (after a full stop, a line's start or a dateline's dash) written small, before "'s". */
const SMALL_POSSESSOR_OPENING = /(?:^|[.!?]\s+|\s-\s+)(\p{Ll}+(?: \p{Ll}+)?)(?=['’]s\s)/gmu;

/**
 * "Santiago, march 6 - chile's gross domestic product rose 5.7 pct last year" (Reuters 1987, a story the wire sent in
 * lower case; the judges: "Chile (whose GDP rose) missing"): a country's name written small that opens a sentence as
 * its owner ("'s") is the country; no word of the language opens a sentence so (`country-written-small`).
 */
function countriesWrittenSmall(text: string, mentions: ActorMention[]) {
  for (const m of text.matchAll(SMALL_POSSESSOR_OPENING)) {
    const name = COUNTRY_WRITTEN_SMALL.get(m[1]);
    if (!name) continue;
    const start = m.index + m[0].length - m[1].length;
    if (mentions.some((x) => x.start < start + m[1].length && x.end > start)) continue;
    mentions.push({ surface: m[1], start, end: start + m[1].length, kind: 'country', key: `country:${name}`, rules: ['country-written-small'] });
  }
  // "Kingston, march 11 - jamaica has put a cap on its 3.5 billion dlr foreign debt ... yesterday jamaica agreed with
  // creditor banks to reschedule ... some 181 miln dlrs" (Reuters 1987, a story the wire sent in lower case; the judges:
  // "Jamaica is named in the sentence and is the main participant"): in a story written small, its dateline's month or
  // two of its paragraphs opening with a small letter, a country's name of one word that wink knows as no word of the
  // language nor a given name ("jamaica", not "china", "turkey" or "jordan") is the country wherever it stands
  // (`country-in-story-written-small`).
  const smallParagraphs = text.match(/^\p{Ll}/gmu)?.length ?? 0;
  if (smallParagraphs < 2 && !SMALL_DATELINE.test(text)) return;
  for (const m of text.matchAll(/(?<![\p{L}.'’-])(\p{Ll}{4,})(?![\p{L}-])/gu)) {
    const name = COUNTRY_WRITTEN_SMALL.get(m[1]);
    if (!name || ['NOUN', 'VERB', 'ADJ', 'ADV'].some((tag) => canBeTagged(m[1], tag as Tag)) || FIRST_NAMES.has(m[1])) continue;
    const start = m.index;
    if (mentions.some((x) => x.start < start + m[1].length && x.end > start)) continue;
    mentions.push({ surface: m[1], start, end: start + m[1].length, kind: 'country', key: `country:${name}`, rules: ['country-in-story-written-small'] });
  }
}

/** A wire dateline with its month written small: "Kingston, march 11 - ". */
const SMALL_DATELINE = /^\p{Lu}[\p{L} .]*, (?:january|february|march|april|may|june|july|august|september|october|november|december) \d{1,2} - /mu;

/**
 * "The European Community (EC) and Soviet-led Comecon ended talks here, having made progress ..., but no breakthrough
 * because of Comecon's refusal to recognise West Berlin" (wire copy, 1987): a word alone that this document reads as an
 * organisation where a cue says so ("Soviet-led Comecon", `led-body-after-compound`; "Westpac" after "WestPac Banking
 * Corp", `short-form-of-company-name`) is that organisation wherever else it stands alone, no tentative surname
 * "?comecon" for the corpus to guess at (`word-the-document-names-as-organisation`). Not where a person of the document
 * bears the word. Changes `mentions` in place.
 */
function wordTheDocumentNamesAsOrganisation(mentions: ActorMention[]) {
  const byWord = new Map<string, Set<string>>();
  for (const m of mentions)
    if (m.kind === 'organization' && !m.anaphor && m.key.startsWith('org:') && /^\p{Lu}[\p{L}.-]+$/u.test(m.surface))
      byWord.set(normalizeName(m.surface), (byWord.get(normalizeName(m.surface)) ?? new Set()).add(m.key));
  const personWords = new Set(
    mentions.filter((m) => m.kind === 'person' && !m.key.startsWith('?')).flatMap((m) => m.surface.split(/\s+/).map((w) => normalizeName(w))),
  );
  for (const m of mentions) {
    if (!m.key.startsWith('?') || !m.rules.includes('tentative-surname')) continue;
    const word = m.key.slice(1);
    const keys = byWord.get(word);
    if (keys?.size !== 1 || personWords.has(word)) continue;
    m.kind = 'organization';
    m.key = [...keys][0];
    m.rules = ['word-the-document-names-as-organisation'];
  }
}

/**
 * "Shell Transport and Trading Plc SC.L shares, the U.K. Arm of the group, rose to 11.39 stg" (Reuters 1987, the
 * judges: "'Shell Oil' is a different company; 'Transport and Trading Plc' a split fragment"): an organisation's name
 * with no legal form, written right before (one space between) another that ends in one, is the first word of that
 * company's name, no company of its own (`organisation-runs-into-company`). Changes `mentions` in place.
 */
function organisationRunsIntoCompany(text: string, mentions: ActorMention[], rekeyed: Map<string, string>) {
  mentions.sort((a, b) => a.start - b.start);
  const legalEnd = (x: ActorMention) => isLegalSuffix(x.surface.split(/\s+/).at(-1) ?? '');
  for (let k = mentions.length - 2; k >= 0; k--) {
    const [m, next] = [mentions[k], mentions[k + 1]];
    if (m.kind !== 'organization' || next.kind !== 'organization' || m.anaphor || next.anaphor) continue;
    if (!/^[ \t]$/.test(text.slice(m.end, next.start)) || legalEnd(m) || !legalEnd(next) || !next.surface.includes(' ')) continue;
    const surface = text.slice(m.start, next.end);
    const key = `org:${normalizeName(surface)}`;
    rekeyed.set(next.key, key);
    mentions.splice(k, 2, { surface, start: m.start, end: next.end, kind: 'organization', key, rules: ['organisation-runs-into-company'] });
  }
}

/**
 * "Two years ago, the heads of General Motors and Chrysler were pilloried by congressmen": a surname alone that the
 * document never expands (a tentative surname), joined by "and" or "or" to an organisation's name, is likelier a
 * company of the same list than a person the report never introduced (`listed-with-organisation`: the
 * record listed only General Motors). The mention keeps its tentative key: canonical.ts first gives the word to a
 * person the corpus names ("Hayward and BP America" where another report names Tony Hayward), and only when nobody
 * bears it makes it the organisation. A comma joins too when the list goes on with "and" ("GM, Chrysler and Ford").
 * Not a given name. Changes `mentions` in place (adds the rule).
 */
function listedWithOrganisation(text: string, mentions: ActorMention[]) {
  mentions.sort((a, b) => a.start - b.start);
  const joined = (gap: string) => /^,?[ \t]+(?:and|or)[ \t]+$/.test(gap);
  // (not a name read across "and", "Wagner and Brown and AFG INdustries", unless a rule above found it whole)
  const named = (m: ActorMention | undefined) =>
    !!m &&
    !m.anaphor &&
    m.kind === 'organization' &&
    m.key.startsWith('org:') &&
    (!/ and /.test(m.surface) || m.rules.some((r) => r === 'and-inside-company-name' || r === 'same-word-around-and' || r === 'organisation-lexicon'));
  const listed = new Set<ActorMention>();
  // ("Louisiana's Department of Health and Hospitals": a common noun after "and" is a body's word, no company)
  const commonNoun = (w: string) => [w, w.replace(/ies$/, 'y'), w.replace(/s$/, '')].some((f) => canBeTagged(f, 'NOUN'));
  const tentative = (m: ActorMention | undefined) =>
    !!m &&
    m.kind === 'person' &&
    m.key.startsWith('?') &&
    m.rules.includes('tentative-surname') &&
    !m.surface.includes(' ') &&
    !FIRST_NAMES.has(m.surface.toLowerCase()) &&
    !commonNoun(m.surface.toLowerCase());
  // (to a fixed point, so that the members of one list cue each other: "General Motors, Chrysler and Ford")
  for (let changed = true; changed; ) {
    changed = false;
    for (let k = 0; k < mentions.length; k++) {
      const m = mentions[k];
      if (!tentative(m) || listed.has(m)) continue;
      const [before, after] = [mentions[k - 1], mentions[k + 1]];
      const gapBefore = before ? text.slice(before.end, m.start) : '';
      const gapAfter = after ? text.slice(m.end, after.start) : '';
      const member = (o: ActorMention | undefined) => named(o) || (!!o && listed.has(o));
      // Two names joined by "and" alone are often one firm's ("law firm Dreyer and Traub", "Wagner and Brown and AFG
      // Industries Inc", "Kidder, Peabody and Co"): the organisation is then a name of two words or more or an acronym
      // ("General Motors and Chrysler"), the word's other side joins no further name by "and", and a comma and a
      // capitalised word do not follow it.
      const whole = (o: ActorMention | undefined) => !!o && (o.surface.includes(' ') || /^\p{Lu}{2,}$/u.test(o.surface) || listed.has(o));
      const runsOn = /^,[ \t]+\p{Lu}/u.test(text.slice(m.end));
      const byAnd =
        !runsOn &&
        ((member(before) && whole(before) && joined(gapBefore) && !(after && joined(gapAfter) && !member(after))) ||
          (member(after) && whole(after) && joined(gapAfter) && !(before && joined(gapBefore) && !member(before))));
      // (a comma only in the middle of a list that ends with "and": "GM, Chrysler and Ford"; no firm's name written with
      // commas, "Ivan A. Schlager, Skadden, Arps, Slate, Meagher & Flom")
      const comma = /^,[ \t]+$/;
      const byComma =
        (member(before) && comma.test(gapBefore) && !!after && joined(gapAfter)) || (member(after) && comma.test(gapAfter) && !!before && joined(gapBefore));
      if (!byAnd && !byComma) continue;
      listed.add(m);
      changed = true;
    }
  }
  for (const m of listed) m.rules.push('listed-with-organisation');
}

/**
 * "Hudson's Bay Co said a writeoff ... Hudson's Bay also said": a possessive word that the document only ever writes
 * before the same name, which it writes with a legal form at least once, is the first word of the company's name, not
 * its owner (`possessive-inside-company-name`): "Hudson's Bay Co" and "Hudson's Bay", never "Hudson" and "Bay Co". Not
 * a possessive the document also writes alone or before other words ("Icahn's Trans World Airlines Inc ... Icahn
 * said"), nor a country's or state's ("Japan's Mitsui Oil Exploration Company"). Changes `mentions` in place.
 */
/** What every match of possessiveInsideCompanyName's pattern holds before its end: a space or tab, then a legal form. */
const LEGAL_FORM_WRITTEN = new RegExp(String.raw`[ \t](?:${LEGAL_FORM_ALT})\b`, 'u');
/** The last text LEGAL_FORM_WRITTEN was tried on by `writesLegalForm`, and its answer. */
let legalFormIn: { text: string; found: boolean } | null = null;
/** Whether the text writes a legal form after a space or a tab (LEGAL_FORM_WRITTEN), asked once per document. */
function writesLegalForm(text: string): boolean {
  if (legalFormIn?.text !== text) legalFormIn = { text, found: LEGAL_FORM_WRITTEN.test(text) };
  return legalFormIn.found;
}

function possessiveInsideCompanyName(text: string, mentions: ActorMention[], rekeyed: Map<string, string>) {
  // (A text without a legal form written after a space is not searched: the pattern's look-behind and first capital were
  // tried at every position of every article.)
  if (!LEGAL_FORM_WRITTEN.test(text)) return;
  const full = new RegExp(String.raw`(?<![\p{L}])(\p{Lu}\p{Ll}+)['’]s[ \t]+((?:\p{Lu}[\p{L}-]*[ \t]+){1,3}?)(?:${LEGAL_FORM_ALT})\b`, 'gu');
  for (const m of text.matchAll(full)) {
    const [owner, rest] = [m[1], m[2].trim()];
    // ("demands to Anadarko and Japan's Mitsui Oil Exploration Company": a country or state owns the company)
    if (LEXICON.has(owner) || US_STATES.has(owner)) continue;
    const company = `${owner}'s ${rest}`.replace(/\s+/g, ' ');
    const fullKey = `org:${normalizeName(m[0].replace(/['’]s\b/, "'s"))}`;
    const everywhere = [...text.matchAll(new RegExp(`(?<![\\p{L}])${owner}(?![\\p{L}])`, 'gu'))];
    const namePat = `${owner}['’]s[ \\t]+${rest.split(/\s+/).join('[ \\t]+')}`;
    const shortRe = new RegExp(`^${namePat}(?![\\p{L}])`, 'u');
    const legalRe = new RegExp(`^${namePat}[ \\t]+(?:${LEGAL_FORM_ALT})(?![\\p{L}])`, 'u');
    const at = (o: RegExpMatchArray) => text.slice(o.index, o.index! + company.length + 16);
    const allWhole = everywhere.every((o) => shortRe.test(at(o)));
    for (const o of everywhere) {
      if (!shortRe.test(at(o))) continue;
      const start = o.index!;
      const end = start + (legalRe.exec(at(o)) ?? shortRe.exec(at(o)))![0].length;
      const inside = mentions.filter((x) => x.start >= start && x.end <= end);
      // (a name read whole from the possessive on stays: "Moody's Investors Service Inc", the lexicon's)
      const owning = inside.find((x) => x.start === start && x.kind === 'organization');
      if (!inside.length || (owning && owning.end >= start + company.length)) continue;
      // (the owner written alone elsewhere is a company of its own, unless the lexicon knows it: "Moody's said")
      if (!allWhole && !owning?.rules.includes('organisation-lexicon')) continue;
      // ("Moody's Investors Services Inc said it downgraded 200 mln dlrs of long-term debt" (wire copy, 1987: listed as
      // "Moody's" and a fragment "Investors Services"): an organisation the lexicon knows by the possessive, its name
      // spelt another way after it, is that organisation, whole, `possessive-inside-company-name`.)
      const key = owning?.rules.includes('organisation-lexicon') ? owning.key : fullKey;
      for (let k = mentions.length - 1; k >= 0; k--) if (mentions[k].start >= start && mentions[k].end <= end) rekeyed.set(mentions.splice(k, 1)[0].key, key);
      mentions.push({ surface: text.slice(start, end), start, end, kind: 'organization', key, rules: ['possessive-inside-company-name'] });
    }
  }
}

/**
 * "Westinghouse Electric Corp ... Westinghouse withdrew from the deal", "Hyundai Motor Co of South Korea ... Hyundai
 * began selling cars in the United States", "Norfolk Southern Corp ... Norfolk Southern": the words of a company's name
 * before its legal form, and the first of them alone, are short forms of that company (`short-form-of-company-name`),
 * as wire copy writes it after naming it in full. Not a first word that names something else or is no name on its own:
 * a country, state or lexicon name ("Texas Air Corp"), a title or head word ("General", "Bank"), a given name ("Walt
 * Disney Co"), a word wink reads as an adjective, number or determiner ("First Boston Corp", "National Westminster").
 * Returns each short form's normalised text with the key of its company; those words leave `located`.
 */
function companyShortForms(
  mentions: ActorMention[],
  located: Set<string>,
  personWords: Set<string>,
  adjectiveFirst?: Map<string, string>,
  acronymFirst?: Map<string, string>,
  tradeFirst?: Set<string>,
  shared?: Set<string>,
): Map<string, string> {
  const out = new Map<string, string>();
  const adjectiveClaims = new Map<string, Set<string>>();
  const acronymClaims = new Map<string, Set<string>>();
  // (the initials of the organisations named in two words or more: "GM" is General Motors Corp's, not GM Hughes
  // Electronics Corp's)
  const initials = new Set(
    mentions
      .filter((m) => m.kind === 'organization')
      .map((m) =>
        m.surface
          .split(/[\s-]+/)
          .filter((w) => /^\p{Lu}\p{Ll}/u.test(w) && !isLegalSuffix(w))
          .map((w) => w[0])
          .join(''),
      )
      .filter((x) => x.length >= 2),
  );
  // "Hyundai Motor America Inc said its sales rose. Hyundai Motor Co said exports fell. Hyundai said ...": a short form
  // two companies of the document share is the one whose name it is before the legal form ("Texaco" of "Texaco Inc"
  // beside "Texaco Canada Inc"), else neither's.
  const claims = new Map<string, Map<string, boolean>>();
  for (const m of [...mentions].sort((a, b) => a.start - b.start)) {
    if (m.kind !== 'organization' || !m.key.startsWith('org:')) continue;
    // (the commas of "Sears, Roebuck and Co", `comma-inside-and-co-name`, are no part of its short form "Sears")
    const commas = m.rules.includes('comma-inside-and-co-name');
    const words = (commas ? m.surface.replace(/,/g, '') : m.surface).split(/\s+/);
    let n = words.findIndex((w, k) => k > 0 && isLegalSuffix(w));
    if (n < 0 && m.rules.includes('legal-form-after-head-word')) n = words.length;
    // "Phillips Petroleum said it raised the contract price it will for all grades of crude oil 50 cts a barrel ...
    // Phillips last changed its crude oil postings on March 4" (wire copy, 1987: "Phillips" alone was read as a surname
    // and the record listed no one): a company named with no legal form, its name ending in a word that tells its
    // trade and that only a company's name ends with (COMPANY_TRADE_HEADS), has its first words for short form as one
    // with a legal form has (`short-form-before-trade-head`).
    const trade = n < 0 && m.rules.includes('organisation-head-word') && words.length >= 2 && COMPANY_TRADE_HEADS.has(words[words.length - 1].toLowerCase());
    if (trade) n = words.length;
    // ("Goodyear Tire and Rubber Co said ... Goodyear reported a loss" (wire copy, 1987: "Goodyear" went
    // to the corpus's Goodyear Aerospace): an "and" inside the name, `and-inside-longer-company-name`, leaves its first
    // words the company's short form, `short-form-of-company-name` as for any other name.)
    const acrossAnd = m.rules.includes('and-inside-longer-company-name') || m.rules.includes('and-inside-company-name') || commas;
    if (n < 1 || words.slice(0, n).some((w) => !/^\p{Lu}[\p{L}.-]*$/u.test(w) && !(acrossAnd && w === 'and'))) continue;
    const first = words[0];
    const lower = first.toLowerCase();
    // "AFG Industries Inc and Wagner and Brown ... Last fall AFG and Wagner and Brown offered", "AFG's equity
    // contribution" (wire copy, 1987): an acronym that starts a company's name of two words or more before its legal form
    // is that company's short form (`acronym-starts-company-name`), where no organisation of the document has it for
    // initials and no lexicon name is it. Only before a word that names a whole concern ("Industries", "Group"): "BP
    // America Inc", "BP Exploration" are BP's units, and "BP said" is the parent's.
    if (
      /^\p{Lu}{2,5}$/u.test(first) &&
      n === 2 &&
      CONCERN_WORDS.has(words[1]) &&
      !LEXICON.has(first) &&
      !initials.has(first) &&
      !NOT_ACTOR_WORDS.has(lower) &&
      !US_STATES.has(first)
    ) {
      acronymClaims.set(normalizeName(first), (acronymClaims.get(normalizeName(first)) ?? new Set()).add(m.key.slice(4)));
      continue;
    }
    // "Iowa Beef Processors Inc is lifting a lockout ... Iowa Beef closed the proessing plant" (wire copy, 1987:
    // the record listed no one): a state's name that starts a company's name of three words or more before its
    // legal form starts a short form of two words or more, never alone (`state-starts-company-name`; "Iowa" is the state).
    const stateFirst = US_STATES.has(first) && n >= 3 && !PLACE_HEADS.has(words[1].toLowerCase()) && !ORG_HEADS.has(words[1].toLowerCase());
    const firstOk =
      /^\p{Lu}\p{L}{2,}$/u.test(first) &&
      !/^\p{Lu}+$/u.test(first) &&
      (!US_STATES.has(first) || stateFirst) &&
      (!LEXICON.has(straighten(first)) || stateFirst) &&
      !PLACE_HEADS.has(lower) &&
      !TITLE_WORDS.has(lower) &&
      !ORG_HEADS.has(lower) &&
      !NOT_ACTOR_WORDS.has(lower) &&
      // "Emery Air Freight Corp topped a leveraged buyout offer ... Emery last year lost 5.4 mln dlrs" (Reuters 1987, read
      // as "John C. Emery" of another report): a given name that starts a company's name of two words or more before its
      // legal form is its short form all the same, where no person of the document has that word
      // (`given-name-starts-company`).
      (!FIRST_NAMES.has(lower) || (n >= 3 && !personWords.has(lower)));
    if (!firstOk) continue;
    if (['ADJ', 'NUM', 'DET', 'ADV', 'ADP'].some((tag) => canBeTagged(lower, tag))) {
      // "Eastern Air Lines Inc ... Eastern lost 130.8 mln dlrs in 1986", "Hydraulic Units Inc ... Hydraulic reported 4.3
      // mln dlrs pretax profit" (wire copy, 1987): a first word that is also an adjective is the company's short form
      // only where it acts on its own (findActorMentions, `adjective-short-form-acts`); an adjective or a number
      // elsewhere ("First, the company said" after "First Boston Corp", "Eastern Europe") is no company.
      if (!['NUM', 'DET', 'ADV', 'ADP'].some((tag) => canBeTagged(lower, tag)) && !NOT_ACTOR_WORDS.has(lower))
        adjectiveClaims.set(normalizeName(first), (adjectiveClaims.get(normalizeName(first)) ?? new Set()).add(m.key.slice(4)));
      continue;
    }
    for (let k = stateFirst ? 2 : 1; k <= n && k < words.length; k++) {
      if (words[k - 1] === 'and') continue;
      const short = normalizeName(words.slice(0, k).join(' '));
      located.delete(short);
      if (trade) tradeFirst?.add(short);
      const byKey = claims.get(short) ?? new Map<string, boolean>();
      claims.set(short, byKey.set(m.key.slice(4), (byKey.get(m.key.slice(4)) ?? false) || k === n));
    }
  }
  for (const [short, byKey] of claims) {
    const whole = [...byKey].filter(([, exact]) => exact).map(([key]) => key);
    if (byKey.size === 1) out.set(short, [...byKey.keys()][0]);
    else if (whole.length === 1) out.set(short, whole[0]);
    // "Daiwa Securities America Inc ... Daiwa Securities Co Ltd of Japan ... Daiwa has become the first foreign bookrunner"
    // (wire copy, 1987; the judges: "Daiwa is named and missing from an empty list"): one word that starts the names of
    // two companies of the document or more and is neither's whole short form names the house they share, an
    // organisation under that word (`short-form-shared-by-companies`), no tentative surname dropped for want of a person.
    else if (!whole.length && !short.includes(' ')) shared?.add(short);
  }
  if (adjectiveFirst) for (const [short, keys] of adjectiveClaims) if (keys.size === 1 && !out.has(short)) adjectiveFirst.set(short, [...keys][0]);
  if (acronymFirst) for (const [short, keys] of acronymClaims) if (keys.size === 1 && !out.has(short)) acronymFirst.set(short, [...keys][0]);
  return out;
}

export function withoutPublisher(mentions: ActorMention[], publisher: string | null, analysis?: Analysis): ActorMention[] {
  if (!publisher) return mentions;
  const key = normalizeName(publisher);
  agencyKeys ??= NEWS_AGENCIES.map((a) => [a.name, ...a.aliases].map(normalizeName));
  const source = NEWS_AGENCIES[agencyKeys.findIndex((keys) => keys.includes(key))];
  // ("The Guardian" is "the Guardian" in its own copy, read as "Guardian")
  const names = new Set(
    [publisher, ...(source ? [source.name, ...source.aliases] : [])].flatMap((n) => [normalizeName(n), normalizeName(n.replace(/^the\s+/i, ''))]),
  );
  // whatever kind a document gave it ("Fox News" read as a person's name in a Fox News story)
  return mentions.flatMap((m) => {
    if (!names.has(m.key.replace(/^(?:org:|other:|\?)/, ''))) return [m];
    if (!analysis || !publisherActs(analysis, m)) return [];
    return [{ ...m, kind: 'organization' as const, key: `org:${normalizeName(source?.name ?? publisher)}`, rules: [...m.rules, 'publisher-acts'] }];
  });
}

/**
 * "When the Guardian challenged BP on the accuracy of the 5,000-barrel estimate last month, Kent Wells ... admitted":
 * the publisher that is the subject of a clause (outside quotation marks) whose verb is no speech and no making of the
 * story ("the Guardian reported", "The Guardian has obtained", `NEWSGATHERING_VERBS`) does something in the story and
 * stays an actor (`publisher-acts`). "Reuters could not independently verify the report" is the wire's own reporting.
 */
function publisherActs(a: Analysis, m: ActorMention): boolean {
  const t = a.tokens;
  return a.clauses.some((c) => {
    const s = c.subject;
    if (!s || c.quoted || !s.properName || s.conjuncts.length) return false;
    const [from, to] = s.properName;
    if (t.start[from] !== m.start || t.end[to - 1] !== m.end || s.head !== to - 1) return false;
    const lemma = t.lemma[c.verb.head];
    // "Reuters was unable to reach BP": a publisher that only is something does nothing in the story
    return (
      lemma !== 'be' &&
      !NEWSGATHERING_VERBS.has(lemma) &&
      !PERSON_SPEECH_VERBS.has(lemma) &&
      !REPORTING_VERBS.has(t.norm[c.verb.head]) &&
      !SPEECH_FORMS.has(t.norm[c.verb.head])
    );
  });
}

/** How far back "the bank" looks for the organisation it stands for. */
const DEFINITE_REACH = 1500;
const DEFINITE_RE = new RegExp(`\\b[Tt]he\\s+(?:central\\s+|ruling\\s+|state\\s+)?(${DEFINITE_HEADS.join('|')})\\b(?!['’]s\\b|\\s+of\\b)`, 'g');

/**
 * "The Bank of Japan ended negative rates ... The bank first adopted them in January 2016": a definite "the bank",
 * "the ministry", "the party" stands for the last organisation named before it whose name holds that word. Such a
 * mention joins the organisation to the sentence's events; it never becomes a name or an alias.
 */
function definiteReferences(text: string, mentions: ActorMention[]): ActorMention[] {
  const orgs = mentions.filter((m) => m.kind === 'organization' && !m.anaphor).sort((a, b) => a.start - b.start);
  if (!orgs.length) return [];
  const out: ActorMention[] = [];
  for (const m of text.matchAll(DEFINITE_RE)) {
    const head = m[1].toLowerCase();
    const at = m.index!;
    let found: ActorMention | undefined;
    for (let i = orgs.length - 1; i >= 0; i--) {
      const o = orgs[i];
      if (o.end > at) continue;
      if (at - o.end > DEFINITE_REACH) break;
      // ("The UAW leader said the company and the union agreed in principle in 1985": "the union" is the union named
      // by its members, "United Auto Workers", `union-named-by-members`.)
      const words = o.key.slice(4).split(' ');
      if (words.includes(head) || (head === 'union' && o.rules.includes('union-named-by-members'))) {
        found = o;
        break;
      }
    }
    if (found)
      out.push({ surface: m[0], start: at, end: at + m[0].length, kind: 'organization', key: found.key, anaphor: true, rules: ['definite-reference'] });
  }
  return out;
}

const ADMINISTRATION_RE = /\b[Tt]he\s+administration\b(?!['’]s\b|\s+of\b)/g;

/**
 * "the Obama administration saw no need to accept offers ... In late May, the administration accepted Mexico's offer of
 * two skimmers": "the administration" stands for the leader's administration the document named before it
 * (`administration-of-leader`), when that is certain: every leader's administration named before is the same one, and
 * no body named "... Administration" ("the Federal Aviation Administration") stands between
 * (`definite-administration`). Like `definite-reference`, it joins the body to the sentence's events and is no name.
 */
function administrationReferences(text: string, mentions: ActorMention[]): ActorMention[] {
  const leaders = mentions.filter((m) => m.rules.includes('administration-of-leader')).sort((a, b) => a.start - b.start);
  if (!leaders.length) return [];
  const bodies = mentions.filter((m) => m.kind === 'organization' && !m.rules.includes('administration-of-leader') && / administration$/.test(m.key));
  const out: ActorMention[] = [];
  for (const m of text.matchAll(ADMINISTRATION_RE)) {
    const at = m.index!;
    const before = leaders.filter((l) => l.end <= at);
    if (!before.length || new Set(before.map((l) => l.key)).size > 1) continue;
    const last = before[before.length - 1];
    if (bodies.some((b) => b.start >= last.end && b.end <= at)) continue;
    out.push({ surface: m[0], start: at, end: at + m[0].length, kind: 'organization', key: last.key, anaphor: true, rules: ['definite-administration'] });
  }
  return out;
}

const PRESIDENTIAL_BODY_RE = /\b[Tt]he\s+presidential\s+(commission|panel|task\s+force|taskforce)\b/g;

/**
 * "The presidential commission investigating the Gulf of Mexico oil disaster ran into controversy today": a body a
 * president set up, named by "the presidential" and its head word, is an organisation that takes part as a named one
 * does (`presidential-body`), one actor across the documents that call it so. Where the document names one national
 * or presidential body of that head word ("the National Commission on the BP Deepwater Horizon Oil Spill"), it stands
 * for that one (`definite-presidential-body`, like `definite-reference`). Not "a presidential commission" (any, or one
 * not yet set up).
 */
function presidentialBodies(text: string, mentions: ActorMention[]): ActorMention[] {
  const out: ActorMention[] = [];
  // (Every match holds "presidential" as written, the pattern being case-sensitive there: a text without it is not
  // searched; the pattern opens with a word boundary and "t", tried at most places of every text.)
  if (!text.includes('presidential')) return out;
  for (const m of text.matchAll(PRESIDENTIAL_BODY_RE)) {
    const at = m.index! + m[0].indexOf(m[0].match(/presidential/i)![0]);
    const head = m[1].toLowerCase().replace(/\s+/g, ' ');
    const named = new Set(
      mentions
        .filter((o) => o.kind === 'organization' && !o.anaphor && /^org:(?:national|presidential|president s) /.test(o.key) && o.key.slice(4).includes(head))
        .map((o) => o.key),
    );
    const surface = text.slice(at, m.index! + m[0].length);
    out.push(
      named.size === 1
        ? { surface, start: at, end: at + surface.length, kind: 'organization', key: [...named][0], anaphor: true, rules: ['definite-presidential-body'] }
        : { surface, start: at, end: at + surface.length, kind: 'organization', key: `org:presidential ${head}`, rules: ['presidential-body'] },
    );
  }
  return out;
}

/**
 * "Hurricane Ike", "Tropical Storm Bonnie", "Typhoon Morakot": a storm's word and the one-word name that ends the run;
 * not "the National Hurricane Center" (a place's or organisation's head word after it).
 */
function stormAt(run: Token[], i: number): Token[] | null {
  const k = run[i]?.bare === 'Tropical' ? i + 1 : i;
  const [word, name] = [run[k], run[k + 1]];
  if (!word || !name || word.possessive || !STORM_WORDS.has(word.bare.toLowerCase()) || (k === i && /^(?:storm|depression)$/i.test(word.bare))) return null;
  const head = name.bare.toLowerCase();
  if (!/^\p{Lu}\p{Ll}+$/u.test(name.bare) || k + 2 < run.length || ORG_HEADS.has(head) || PLACE_HEADS.has(head)) return null;
  return run.slice(i, k + 2);
}

/** The storm's words written small before a name ("Tropical storm Alex") or after it ("Katrina, the hurricane"). */
function lowerStormBefore(text: string, tokens: Token[], t: Token): { first: Token; words: string; shown?: boolean } | null {
  const before = tokens[t.index - 1];
  if (before && !before.cap && STORM_WORDS.has(before.bare) && before.bare !== 'depression' && /^[ \t]+$/.test(text.slice(before.end, t.start))) {
    const tropical = tokens[t.index - 2];
    return tropical && /^tropical$/i.test(tropical.bare) && /^[ \t]+$/.test(text.slice(tropical.end, before.start))
      ? { first: tropical, words: `tropical ${before.bare}` }
      : before.bare === 'storm'
        ? null
        : { first: before, words: before.bare };
  }
  // ("much like hurricanes Katrina and Rita washed away marshlands": the plural before two names, each a storm's,
  // `named-storm`, shown with its word, "Hurricane Rita".)
  const pair = before?.bare === 'and' ? tokens[t.index - 2] : undefined;
  const plural = (w: Token | undefined) => !!w && !w.cap && /^(?:hurricanes|typhoons|cyclones)$/.test(w.bare);
  if (
    (plural(before) && /^[ \t]+$/.test(text.slice(before!.end, t.start))) ||
    (pair?.cap && plural(tokens[pair.index - 1]) && /^[ \t]+and[ \t]+$/.test(text.slice(pair.end, t.start)))
  )
    return { first: t, words: (plural(before) ? before! : tokens[pair!.index - 1]).bare.slice(0, -1), shown: true };
  // ("the monster Katrina, a storm that in 2005 killed more than 1,800 people": "a storm" in apposition too; canonical.ts
  // joins it to the storm's full name, "Hurricane Katrina".)
  const apposition = /^,\s+(?:the|a)\s+(hurricane|typhoon|cyclone|storm)\b/.exec(text.slice(t.end, t.end + 20));
  return apposition ? { first: t, words: apposition[1] } : null;
}

/** "White House Press Secretary Robert Gibbs": a head word that starts an office (OFFICES_STARTING_WITH_HEAD) is a title's word. */
const startsOffice = (run: Token[], k: number) => !!run[k + 1] && OFFICES_STARTING_WITH_HEAD.has(`${run[k].bare} ${run[k + 1].bare}`.toLowerCase());

/** "Korean Central News Agency", "State Affairs Commission": capitalised tokens ending in a head word. */
function orgSpan(run: Token[], i: number): Token[] | null {
  for (let k = i; k < run.length; k++) {
    // "Carl C. Icahn-controlled Trans World Airlines Inc made a conditional offer": a name joined to a participle
    // modifies the next name and ends there; the company's name starts after it (`compound-ends-name`, as for people).
    if (k > i && run[k - 1].compound) {
      run[k].splitRule ??= 'compound-ends-name';
      return null;
    }
    // "Mitsubishi Motor Sales of America Inc said sales of all vehicles rose 43.7 pct" (wire copy, 1987: the title read
    // "America Inc's sales ... rose"): capitalised words, "of", a known place and a legal form are one company's name,
    // the legal form its end (`legal-form-after-place-of-name`); "America Inc" alone is a fragment.
    if (k > i && run[k].text === 'of' && !run[k - 1].possessive) {
      const form = run.findIndex((u, m) => m > k + 1 && m <= k + 4 && u.cap && isLegalSuffix(u.bare));
      const place = form > 0 ? run.slice(k + 1, form) : [];
      if (place.length && place.every((u) => u.cap && !u.possessive) && KNOWN_PLACE_KEYS.has(normalizeName(place.map((u) => u.text).join(' ')))) {
        run[form].splitRule ??= 'legal-form-after-place-of-name';
        return run.slice(i, form + 1);
      }
    }
    if (!run[k].cap && run[k].text !== 'and') return null; // do not reach across "of the" into the next name (an "and" is inside one: andInsideOrganisation)
    if (
      ORG_HEADS.has(run[k].bare.toLowerCase()) &&
      !run.slice(i, k).some((t) => t.possessive && TITLE_WORDS.has(t.bare.toLowerCase())) &&
      // "White House Press Secretary Robert Gibbs": the head word starts an office (`office-starts-with-head-word`)
      !startsOffice(run, k)
    ) {
      k = laterHeadInName(run, k);
      // "Bank of Japan", "Ministry of Defense", "Office of the President": the head word's "of" is part of the name.
      // ("The Center for Biological Diversity filed suit", "the National Institute for Medical Research": "for" too.)
      const of = run[k + 1]?.text === 'of' || run[k + 1]?.text === 'for' ? (run[k + 2]?.text === 'the' ? k + 3 : k + 2) : -1;
      if (of > 0 && run[of]?.cap) {
        let end = of;
        while (end + 1 < run.length && run[end + 1].cap && !run[end].possessive) end++;
        return run.slice(i, end + 1);
      }
      // A lone head word ("Ministry") names nothing in particular. ("Hospital Corp of America said it received financing
      // commitments" (wire copy, 1987: the title read "America said it received"): a head word with a legal form and "of"
      // right after it opens a company's name; the legal form heads it, with its "of", `head-word-before-legal-form`.)
      if (k === i) {
        if (run[k + 1]?.cap && isLegalSuffix(run[k + 1].bare) && run[k + 2]?.text === 'of' && run[k + 3]?.cap && !run[k].possessive) {
          run[k + 1].splitRule ??= 'head-word-before-legal-form';
          continue;
        }
        return null;
      }
      return run.slice(i, k + 1);
    }
    // "International Longshoremen's Association", "People's Liberation Army", "Workers' Party": a group's
    // possessive inside the name; "Russia's Defense Ministry" is Russia's ministry.
    if (run[k].possessive && !(GROUP_POSSESSIVE.test(run[k].text) && run[k + 1]?.cap)) return null;
  }
  return null;
}

/**
 * "the Natural Resources Defense Council, which has been pushing for climate change legislation": a head word
 * ("Resources") with more capitalised words after it that end on another head word ("Council") is inside one name; the
 * name ends on the last head word (`later-head-word-ends-name`). Up to three plain capitalised words are crossed (no
 * possessive, no connector, no office such as "Press Secretary").
 */
function laterHeadInName(run: Token[], k: number): number {
  let end = k;
  for (let m = k + 1; m < run.length && m - end <= 3; m++) {
    const t = run[m];
    if (!t.cap || t.possessive || run[m - 1].possessive || !/^\p{Lu}[\p{L}.]*$/u.test(t.text)) break;
    if (ORG_HEADS.has(t.bare.toLowerCase()) && !LEGAL_SUFFIXES.has(t.bare.toLowerCase()) && !startsOffice(run, m)) end = m;
    // ("controlled by Algemene Bank Nederland NV ABNN" (wire copy, 1987): a legal form further on, past other words, ends
    // the name there, `legal-form-ends-name`; right after the head word it is read apart, `legal-form-after-head-word`.)
    else if (
      LEGAL_SUFFIXES.has(t.bare.toLowerCase()) &&
      ORG_HEADS.has(t.bare.toLowerCase()) &&
      m > k + 1 &&
      // (not a second legal form: "British Petroleum Co PLC" is read with its "Co", `legal-form-after-head-word`)
      !run.slice(k + 1, m).some((x) => isLegalSuffix(x.bare))
    ) {
      end = m;
      run[m].splitRule ??= 'legal-form-ends-name';
      break;
    }
  }
  if (end > k) run[k + 1].splitRule ??= 'later-head-word-ends-name';
  return end;
}

/**
 * "The Beijing News on Wednesday reported that pork prices in the capital have dropped", "China Daily": a country's or a
 * capital's name followed by an outlet's head word ("News", "Herald", "Daily") names a newspaper, an organisation; the
 * place inside it is no country taking part (`outlet-named-after-place`). Only after a place's name: "BBC News" is the
 * BBC, whose own page the publisher rule drops.
 */
function outletNamedAfterPlace(run: Token[], i: number, lex: { hit: LexiconHit; length: number }): Token[] | null {
  if (lex.hit.kind !== 'country' && lex.hit.kind !== 'capital') return null;
  const head = run[i + lex.length];
  if (!head || !OUTLET_HEAD_WORDS.has(head.bare) || run.slice(i, i + lex.length).some((t) => t.possessive)) return null;
  return run.slice(i, i + lex.length + 1);
}
const OUTLET_HEAD_WORDS = new Set(OUTLET_HEADS.filter((h) => h !== 'Agency' && h !== 'Press'));

/** A plural group noun in the possessive, as written inside organisations' names. */
const GROUP_POSSESSIVE = /^\p{Lu}\p{L}*(?:men['’]s|people['’]s|ers['’]|ers['’]s|ists['’]|ants['’])$/iu;

function handleLexiconHit(text: string, tokens: Token[], hit: LexiconHit, span: Token[], emit: Emit) {
  const before = previousWord(tokens, span[0]);
  const after = nextWord(tokens, span[span.length - 1]);
  switch (hit.kind) {
    case 'country':
      // ("rose US $5.41", "paid US$20 million": the letters before a currency sign say which dollar.)
      if (CURRENCY_SYMBOLS.has(text.slice(span[span.length - 1].end, span[span.length - 1].end + 2).trimStart()[0] ?? '')) return;
      // ("Taiwan's textile exports fell by almost four pct in January to 562 mln U.S. Dlrs from 583 mln" (wire copy, 1987:
      // the record listed the United States): a state's name right before the word for its money says which dollar,
      // written small or with a capital; it names no body, `state-names-currency`.)
      if (after && /^(?:dlrs?|dollars?)$/i.test(after.bare) && /^[ \t]+$/.test(text.slice(span[span.length - 1].end, after.start))) {
        span[0].notName = 'state-names-currency';
        return;
      }
      emit('country', `country:${hit.name}`, span, ['country-lexicon']);
      return;
    case 'organization': {
      // "Support for the Christian Democrats rose to 34.3 pct" (Reuters, 1987; listed as "Democrats", the judges: "a
      // fragment of 'Christian Democrats'"): a party's members' plural that the lexicon knows for one party, after a
      // capitalised word that is neither a determiner nor a place, a chamber or a known name, is another party's whole
      // name (`party-named-whole`). ("Senate Democrats", "Texas Republicans", "The Democrats" stay the lexicon's party.)
      const word = span.length === 1 ? span[0] : null;
      const lower = before?.bare.toLowerCase() ?? '';
      if (
        word &&
        before &&
        /^\p{Lu}\p{Ll}+s$/u.test(word.bare) &&
        normalizeName(word.bare) !== normalizeName(hit.name) &&
        before.cap &&
        !before.possessive &&
        /^\p{Lu}\p{Ll}+$/u.test(before.bare) &&
        /^[ \t]+$/.test(text.slice(before.end, word.start)) &&
        !LEXICON.has(before.bare) &&
        !ORG_HEADS.has(lower) &&
        !LEGISLATURES.has(lower) &&
        !US_STATES.has(before.bare) &&
        !MONTH_WORDS.has(lower) &&
        !WEEKDAY_WORDS.has(lower) &&
        !(CLOSED_CLASS as readonly string[]).includes(before.tag ?? '') &&
        !CLOSED_CLASS.some((tag) => canBeTagged(lower, tag)) &&
        !/^(?:the|these|those|some|many|most|all|both|other)$/.test(lower)
      ) {
        const surface = `${before.bare} ${word.bare}`;
        emit('organization', `org:${normalizeName(surface)}`, [before, word], ['party-named-whole']);
        return;
      }
      emit('organization', `org:${normalizeName(hit.name)}`, span, ['organisation-lexicon']);
      return;
    }
    // "West German exports to Latin America declined": a region of several states is a place, no actor, and none of
    // its words is a state or a surname ("America", "Latin").
    case 'region':
      emit('place', `place:${normalizeName(hit.name)}`, span, ['region-lexicon']);
      return;
    case 'demonym': {
      // ("five fugitive Libyan soldiers who landed in a military plane": soldiers who fled their state do not act for it,
      // `demonym-of-those-who-left`, no name.)
      if (before && !before.cap && BROKE_WITH_STATE_WORDS.has(before.bare.toLowerCase())) {
        span[0].notName = 'demonym-of-those-who-left';
        return;
      }
      // "Canadian and Egyptian wheat negotiators failed to conclude an agreement" (wire copy, 1987; listed no one, the
      // judges: "Canada and Egypt, the negotiating sides, are named"): demonyms joined by "and" or "or" share the noun
      // that ends the phrase, read after the last of them (`demonyms-share-noun`).
      const shared = demonymsSharingNoun(text, tokens, span[span.length - 1]);
      if (shared) {
        const head = nextWord(tokens, shared);
        const standsForState =
          !!head &&
          !head.cap &&
          (STATE_NOUNS.has(head.bare.toLowerCase()) ||
            ECONOMY_HEADS.has(head.bare.toLowerCase()) ||
            economyNounWithin(text, tokens, shared) ||
            STATE_NOUNS.has(statesNounWithin(text, tokens, shared)));
        if (standsForState) emit('country', `country:${hit.name}`, span, ['demonym-before-state-noun', 'demonyms-share-noun']);
        return;
      }
      // "The Argentine health ministry reported the rise in the death toll on Tuesday": a state's ministry or department
      // of a remit, written small after the demonym, is the body itself, no country (as "Russia's Defense Ministry" is
      // owned-by-state); keyed by the state, shown as written (`ministry-written-small`).
      const remit = /^[ \t]+((?:\p{Ll}+[ \t]+){1,2})(ministry|department)\b/u.exec(text.slice(span[span.length - 1].end, span[span.length - 1].end + 50));
      if (remit && !/\b(?:of|and|the|a|an|to|for)\b/.test(remit[1])) {
        const words = `${remit[1].trim()} ${remit[2]}`.replace(/\s+/g, ' ');
        const last = span[span.length - 1].index;
        const body = tokens.slice(last + 1, last + 1 + words.split(' ').length);
        emit('organization', `org:${normalizeName(`${hit.name} ${words}`)}`, [...span, ...body], ['ministry-written-small']);
        return;
      }
      // "North Korean government", "Russian forces", "South Korean air defenses": the demonym stands for the state.
      if (after && !after.cap && STATE_NOUNS.has(after.bare.toLowerCase())) emit('country', `country:${hit.name}`, span, ['demonym-before-state-noun']);
      // "West German exports to Latin America declined by 4.1 pct in 1986", "Saudi output ... averaged 2.6 mln barrels per
      // day": the demonym before a state's economic figure names the state whose figure it is (events.ts
      // `actors:state-of-economy-subject` makes it the participant of a subject so written; elsewhere it qualifies).
      else if (after && !after.cap && ECONOMY_HEADS.has(after.bare.toLowerCase()))
        emit('country', `country:${hit.name}`, span, ['demonym-before-economy-noun']);
      // "The report said Zambian copper production fell to 463,000 tonnes last year": one or two words written small
      // (what is produced, sold or owed) may come between the demonym and the figure's noun; the figure is still the
      // state's (`demonym-before-qualified-economy-noun`). Not across a comma, a possessive or a name.
      else if (after && economyNounWithin(text, tokens, span[span.length - 1]))
        emit('country', `country:${hit.name}`, span, ['demonym-before-qualified-economy-noun']);
      // "Russian ballistic missiles", "Russian Iskander missiles": a weapon's type or name may come between.
      else if (after && STATE_NOUNS.has(statesNounWithin(text, tokens, span[span.length - 1])))
        emit('country', `country:${hit.name}`, span, ['demonym-before-state-noun']);
      // "520m gallons were deliberately released from Iraqi oil tankers during the first Gulf War" (BBC, 2010; the
      // judges: "the main participant is named: Iraq"), "Afghan aircraft raided a number of Pakistani villages" (wire
      // copy, 1987: "Afghanistan missing"): a demonym before the common noun of a clause's subject, of a passive's agent
      // after "by" or of its source after "from" names the state that noun belongs to. Recorded for events.ts, which
      // lists it only where the clause names no other participant (`actors:state-of-acting-noun`); elsewhere the
      // demonym only qualifies its noun (`demonym-of-acting-noun`).
      else if (after && demonymOfActingNoun(text, tokens, span)) emit('country', `country:${hit.name}`, span, ['demonym-of-acting-noun']);
      return;
    }
    case 'people':
      // "The Soviets first used a nuclear blast to seal a gas leak", "After the Russians launched Sputnik", "Mexicans
      // were heartened by figures": a people named by its demonym's plural acts for its state (as "Russian forces"
      // do). Not after another capitalised word of the name ("Latin Americans", "Native Americans"), nor before one
      // ("the Americans Cup").
      if (
        (before?.cap && !/^(?:the|these|those)$/i.test(before.bare) && !canBeTagged(before.bare.toLowerCase(), 'DET')) ||
        (after?.cap && /^[ \t]+$/.test(text.slice(span[span.length - 1].end, after.start)))
      )
        return;
      // "the Union Carbide explosion that killed 15,000 Indians in Bhopal", "two Britons were among the dead": a people
      // counted is so many persons (victims, patients), not their state acting (`counted-people`, no name). (Not a
      // year: "In 1976 Americans were inoculated needlessly".)
      if (
        before &&
        ((/^\d/.test(before.text) && !/^(?:1[89]|20)\d\d$/.test(before.text)) ||
          (NUMBER_WORDS[before.bare.toLowerCase()] ?? 1) > 1 ||
          COUNTED_OF.test(text.slice(Math.max(0, span[0].start - 24), span[0].start)))
      ) {
        span[0].notName = 'counted-people';
        return;
      }
      emit('country', `country:${hit.name}`, span, ['demonym-plural-for-people']);
      return;
    case 'capital': {
      // "took place in Pyongyang" is the city; "Pyongyang's support" and "between Pyongyang and Moscow" the state.
      const lineStart = text.lastIndexOf('\n', span[0].start - 1) + 1;
      const isDateline = text.slice(lineStart, span[0].start).trim() === '' && /^[\s]*,/.test(text.slice(span[span.length - 1].end));
      // ("visited Mexico City", "left Beijing": where someone went is the city too.)
      const isPlace =
        !!before && (PLACE_PREPOSITIONS.has(before.bare.toLowerCase()) || VISIT_VERB_FORMS.has(before.bare.toLowerCase())) && !span[span.length - 1].possessive;
      // ("Mexico City lowers swine flu alert", "Mexico City lowered its swine flu alert level ... as the mayor, Marcelo
      // Ebrard, claimed": a capital named by its country's name and "City" is the city, whose own government acts; a
      // writer meaning the state writes "Mexico". The city is then an actor of its own, `city-named-for-its-country`.)
      const surface = text.slice(span[0].start, span[span.length - 1].end);
      const cityOfCountry = surface.startsWith(`${hit.name} `) && /\sCity$/.test(surface);
      // ("In December, CPC acquired Arnold Foods and Old London for a total of about 170 mln dlrs" (wire copy, 1987: the
      // record listed the United Kingdom): a capital right after a capitalised word that is no function word, no date
      // and no other name of the lexicon, but a plain adjective or noun (no verb, no adverb: "Talks With Moscow Stall"),
      // ends a longer name, a company's ("Old London"), no state (`capital-ends-longer-name`). Not at a sentence's start
      // ("But Moscow said"), nor after "On Tuesday".)
      const lowerBefore = before?.bare.toLowerCase() ?? '';
      const endsLongerName =
        !!before &&
        before.cap &&
        !before.possessive &&
        /^[ \t]+$/.test(text.slice(before.end, span[0].start)) &&
        !sentenceInitial(text, before) &&
        !MONTH_WORDS.has(lowerBefore) &&
        !(lowerBefore in WEEKDAY_NAMES) &&
        !LEXICON.has(before.bare) &&
        (canBeTagged(lowerBefore, 'ADJ') || canBeTagged(lowerBefore, 'NOUN')) &&
        !canBeTagged(lowerBefore, 'VERB') &&
        !canBeTagged(lowerBefore, 'ADV');
      if (endsLongerName) span[0].notName = 'capital-ends-longer-name';
      else if (!isDateline && !isPlace && cityOfCountry) emit('organization', `org:${surface.toLowerCase()}`, span, ['city-named-for-its-country']);
      else if (!isDateline && !isPlace) emit('country', `country:${hit.name}`, span, ['capital-for-state']);
    }
  }
}

/**
 * A person's name is words written in capitals and small letters ("Tony Hayward", "Jean-Marc Ayrault", "Abdel Fattah
 * al-Burhan"), an initial at most in capitals ("George W Bush"): "Mark Bly BP", "UGC Chairman" are not.
 */
const personShaped = (tokens: Token[]) =>
  tokens.every(
    (t, k) =>
      /^(?:\p{Ll}{1,3}-)?\p{Lu}(?:\p{Ll}+(?:['’-]\p{Lu}?\p{Ll}+)*)?$/u.test(t.bare) ||
      NAME_PARTICLES.has(t.text) ||
      (k > 0 && k < tokens.length - 1 && /^\p{Lu}{2}$/u.test(t.bare) && FIRST_NAMES.has(tokens[0].bare.toLowerCase())),
  ) && tokens.some((t) => t.bare.length > 1);

/**
 * Decides which name candidates are people and resolves surnames alone ("Kim", "Belousov") to the
 * full name the same document uses.
 */
function resolvePeople(
  text: string,
  tokens: Token[],
  people: Candidate[],
  ev: NameEvidence,
  emit: Emit,
  companyFirstAt?: Map<string, number>,
  leftToCompany?: Set<Candidate>,
): Candidate[] {
  const unresolved: Candidate[] = [];
  const fullNames = new Map<string, { count: number; rules: string[] }>(); // normalised full name -> times seen, why a person
  // "Elon Musk founded SpaceX ... Musk said": a full name whose last word later stands alone is a person's;
  // organisations are not called by their last word.
  // "the Horizon", "the Valdez" stand alone too, but a person is not "the Hayward".
  // ("Oil leaked into the Gulf from 20 April": a sentence's first word that the lexicon knows only as a common noun is
  // no surname standing alone, and "Exxon Valdez Oil" no person; "Musk said" is one.)
  const commonNounFirst = (t: Token) =>
    sentenceInitial(text, t) &&
    !FIRST_NAMES.has(t.bare.toLowerCase()) &&
    canBeTagged(t.bare.toLowerCase(), 'NOUN') &&
    !canBeTagged(t.bare.toLowerCase(), 'PROPN') &&
    !SPEECH_FORMS.has(tokens[t.index + 1]?.bare.toLowerCase() ?? '');
  const alone = new Set(
    people
      .filter(
        (c) => c.tokens.length === 1 && !c.headline && !/^(?:the|a|an)$/i.test(previousWord(tokens, c.tokens[0])?.bare ?? '') && !commonNounFirst(c.tokens[0]),
      )
      .map((c) => normalizeName(c.tokens[0].bare)),
  );
  const surnameAlone = (c: Candidate) => {
    const last = c.tokens[c.tokens.length - 1];
    // Products are called by their last word too ("iPod Shuffle" ... "the Shuffle"), but their first word stands
    // alone as well ("iPod"); a person's first name does not ("Elon" is never written alone in a news story).
    return (
      c.tokens.length >= 2 &&
      c.tokens.length <= 3 &&
      // ("Huey P. Long, the famous Louisiana populist, launched his political career ... Although Long died in 1935": a
      // middle initial between the names.)
      c.tokens.every((t, k) => (/^\p{Lu}\p{Ll}+$/u.test(t.bare) || (k > 0 && k < c.tokens.length - 1 && /^\p{Lu}$/u.test(t.bare))) && !t.model) &&
      alone.has(normalizeName(last.bare)) &&
      // "Grand Isle, Louisiana ... in Louisiana": a place's name stands alone too
      !ev.located.has(normalizeName(last.bare)) &&
      !US_STATES.has(last.bare) &&
      !alone.has(normalizeName(c.tokens[0].bare)) &&
      // "Recently Apple lawsuit": a sentence's first word is no first name
      !/ly$/.test(c.tokens[0].bare) &&
      !NOT_ACTOR_WORDS.has(c.tokens[0].bare.toLowerCase())
    );
  };
  // "Computer maker Apple Computer announced": a name with a company's cue anywhere in the document is no person's.
  // ("Former BP contractor Adam Dillon went public last Friday ... Dillon says": a given name the list knows, and a last
  // word the document writes alone, as people are called and companies are not, make a person whatever the cue says:
  // `given-name-over-company-cue`.)
  const givenNamed = (c: Candidate) => c.tokens.length === 2 && FIRST_NAMES.has(c.tokens[0].bare.toLowerCase()) && personShaped(c.tokens) && surnameAlone(c);
  const overCue = new Set<string>();
  const companies = new Set(
    people
      .filter((c) => {
        if (ev.companies.has(normalizeName(spanText(text, c.tokens)))) return true;
        if (!companyCue(text, tokens, c.tokens[0], c.tokens[c.tokens.length - 1]) && !companyListCue(text, tokens, c.tokens[0])) return false;
        if (!givenNamed(c)) return true;
        overCue.add(normalizeName(spanText(text, c.tokens)));
        return false;
      })
      .map((c) => normalizeName(spanText(text, c.tokens))),
  );
  for (const k of companies) overCue.delete(k);
  // "the Deepwater Horizon rig", "iPod sales": a name before a product's noun names a thing, whatever else it looks like.
  for (const c of people) {
    const last = c.tokens[c.tokens.length - 1];
    const after = nextWord(tokens, last);
    if (after && !after.cap && !last.possessive && PRODUCT_NOUNS.has(after.bare.toLowerCase()) && /^\s+$/.test(text.slice(last.end, after.start)))
      companies.add(normalizeName(spanText(text, c.tokens)));
  }
  /** Why a candidate names a person, by rule; empty when nothing says so. */
  const personRules = (c: Candidate): string[] => {
    if (c.placeHead) return [];
    const key = normalizeName(spanText(text, c.tokens));
    const last = c.tokens[c.tokens.length - 1].bare.toLowerCase();
    // "Anadarko Petroleum said", "Halliburton Co", "iPhone 4": a company's word, a legal form or a product's number is no person's.
    if (ORG_HEADS.has(last) || LEGAL_SUFFIXES.has(last) || c.tokens.some((t) => t.model) || companies.has(key)) return [];
    const rules: string[] = [];
    if (c.titled) rules.push('title-before-name');
    if (c.role) rules.push('role-noun-before-name');
    if (c.kin) rules.push('kin-before-name');
    if (c.tokens.length >= 2 && c.tokens.some((t) => REGNAL.test(t.bare))) rules.push('regnal-number');
    // (recorded where the initials joined the name: "George HW Bush", not "WHAT TO DO Swine flu")
    if (c.tokens.length === 3 && /^\p{Lu}{2}$/u.test(c.tokens[1].bare) && personShaped(c.tokens)) rules.push('middle-initials');
    if (c.who) rules.push('relative-who');
    if (ev.namedOnlyAs.has(key)) rules.push('named-only-as');
    // "Slum-dweller Krustin bin Juri lost everything": "bin" or "binti" (son or daughter of) between two names makes a
    // person's name, whatever the given name (`patronymic-in-name`).
    if (c.tokens.length >= 3 && c.tokens.slice(1, -1).some((t) => PATRONYMIC_PARTICLES.has(t.text))) rules.push('patronymic-in-name');
    if (c.tokens.length >= 2) {
      // "on Grand Isle", "in Panama City": a name the document uses as a place needs a title to be a person's.
      if (ev.located.has(key) && !c.titled) return [];
      // "Tony Hayward said" (a person's shape: not "Mark Bly BP")
      if (personShaped(c.tokens) && ev.speakers.has(key)) rules.push('subject-of-speech-verb');
      if (ev.described.has(key)) rules.push('described-by-role');
      // "succeeding Sergei Shoigu": a given name first.
      if (personShaped(c.tokens) && FIRST_NAMES.has(c.tokens[0].bare.toLowerCase())) rules.push('known-first-name');
      if (surnameAlone(c)) rules.push('surname-used-alone');
      if (overCue.has(key)) rules.push('given-name-over-company-cue');
      // "on behalf of two commercial shrimpers from Louisiana, Acy J. Cooper Jr. and Ronnie Louis Anderson": "Jr." or
      // "Sr." after a name of a person's shape is a person's, whatever the given name (`generational-suffix`).
      if (personShaped(c.tokens) && /^(?:Jr|Sr)$/.test(c.tokens[c.tokens.length - 1].bare)) rules.push('generational-suffix');
    }
    // "Exxon Mobil said", "Fitch Ratings said": companies speak too, so speaking alone makes no person.
    return rules.length === 1 && rules[0] === 'subject-of-speech-verb' ? [] : rules;
  };
  const why = new Map<Candidate, string[]>();
  /** Where the document first writes each full name. */
  const firstAt = new Map<string, number>();
  for (const c of people) {
    if (c.tokens.length < 2 || c.headline) continue;
    const rules = personRules(c);
    if (!rules.length) continue;
    why.set(c, rules);
    const key = normalizeName(spanText(text, c.tokens));
    const seen = fullNames.get(key);
    if (seen) {
      seen.count++;
      for (const r of rules) if (!seen.rules.includes(r)) seen.rules.push(r);
    } else fullNames.set(key, { count: 1, rules: [...rules] });
    firstAt.set(key, Math.min(firstAt.get(key) ?? Number.POSITIVE_INFINITY, c.tokens[0].start));
  }
  // ("De Clercq" beside "Willy de Clercq": the particle and surname are the longer name's, no full name of their own.)
  for (const k of [...fullNames.keys()])
    if (NAME_PARTICLES.has(k.split(' ')[0]) && [...fullNames.keys()].some((f) => f !== k && f.endsWith(` ${k}`))) fullNames.delete(k);
  const byPart = new Map<string, string[]>();
  for (const full of [...fullNames.keys()].sort()) {
    for (const part of full.split(' ')) {
      if (part.length < 2) continue;
      byPart.set(part, [...(byPart.get(part) ?? []), full]);
    }
  }
  // The most-used full name wins when a surname is shared ("Kim Jong Un" over "Kim Il Sung").
  // (Then the one written first: "New Orleans Mayor Mitch Landrieu (D) told ... Landrieu was elected in February ... the
  // year his father, former New Orleans mayor Maurice "Moon" Landrieu, left office": the article's subject is named first.)
  const mostUsed = (owners: string[]) =>
    [...owners].sort(
      (a, b) =>
        (fullNames.get(b)?.count ?? 0) - (fullNames.get(a)?.count ?? 0) ||
        (firstAt.get(a) ?? Number.POSITIVE_INFINITY) - (firstAt.get(b) ?? Number.POSITIVE_INFINITY) ||
        a.localeCompare(b),
    )[0];
  for (const c of people) {
    if (c.headline) {
      if (!resolveHeadlineName(text, c, fullNames, byPart, mostUsed, emit)) unresolved.push(c);
      continue;
    }
    const key = normalizeName(spanText(text, c.tokens));
    if (c.placeHead) {
      unresolved.push(c);
      continue;
    }
    // "Aart de Zeeuw, chairman of the General Agreement on Tariffs and Trade's negotiating group on agriculture, met ...
    // Committee sources said De Zeeuw expressed concern": a name's particle written with a capital, and the surname
    // after it, is the person the document named in full, no organisation "De Zeeuw" (`particle-surname-of-full-name`).
    if (c.tokens.length >= 2 && NAME_PARTICLES.has(c.tokens[0].bare.toLowerCase())) {
      // ("During his visit, De Clercq has met top Chinese leaders", "Willy de Clercq" named before: the longer name.)
      const owners = [...fullNames.keys()].filter((f) => f.endsWith(` ${key}`));
      if (owners.length) {
        emit('person', mostUsed(owners), c.tokens, ['particle-surname-of-full-name']);
        continue;
      }
    }
    const full = fullNames.get(key);
    if (full) {
      emit('person', key, c.tokens, why.get(c) ?? [...full.rules, 'same-name-in-document']);
      continue;
    }
    if (c.tokens.length === 1) {
      // ("President Obama signed a law. ... He and first lady Michelle Obama were holding a picnic": a titled
      // surname is read by the full names written before it; with none, canonical.ts weighs the corpus's.)
      const all = byPart.get(key) ?? [];
      const before = all.filter((o) => (firstAt.get(o) ?? 0) < c.tokens[0].start);
      // "Taft Broadcasting Co said its board continues to explore alternatives ... Last week Taft rejected a 145
      // dlr-a-share bid by Theta, an investment group headed by Taft's vice chairman, Dudley Taft" (wire copy, 1987): a
      // word alone that starts the name of a company the document writes before any full name bearing it is the
      // company's short form, no surname (`company-named-before-person`; companyShortForms decides the company). A
      // title keeps it the person's: "Mr Taft".
      // ("Taft Broadcasting Co sold two stations on Monday. Dudley Taft, the company's president, resigned on Tuesday.
      // Taft joined a rival on Wednesday": once the person's full name is written before the word alone, the word is
      // the person's, as "Dudley Taft, vice chairman of Taft Broadcasting Co, said he would bid. Taft said ..." is.)
      const companyAt = companyFirstAt?.get(key);
      if (!c.titled && companyAt !== undefined && all.length && !before.length && all.every((o) => (firstAt.get(o) ?? 0) > companyAt)) {
        leftToCompany?.add(c);
        unresolved.push(c);
        continue;
      }
      const owners = c.titled ? before : all;
      if (owners.length >= 1) {
        // "Adm Allen" after "Thad Allen", "Mr Dudley" after "Bob Dudley": the document's full name.
        emit('person', mostUsed(owners), c.tokens, c.titled ? ['title-before-name', 'part-of-full-name'] : ['part-of-full-name']);
      } else if (c.titled && /^\p{Lu}\p{Ll}/u.test(c.tokens[0].bare)) {
        // "Mr Dudley" with no full name here: the surname, joined to the corpus's one full name by canonical.ts.
        emit('person', key, c.tokens, ['title-before-name']);
      } else if (c.kin) emit('person', key, c.tokens, ['kin-before-name']);
      // ("The 30-year-old patient, who has been named only as Bao, tested positive ... Bao arrived in Beijing on
      // Friday": a name the document gives "only as" is a person's, the rest of it withheld, `named-only-as`.)
      else if (ev.namedOnlyAs.has(key)) emit('person', key, c.tokens, ['named-only-as']);
      else unresolved.push(c);
    } else unresolved.push(c);
  }
  return unresolved;
}

/** "Kim Jong Un Meets" in a title-case headline: the longest prefix that the body uses as a name. */
function resolveHeadlineName(
  text: string,
  c: Candidate,
  fullNames: Map<string, unknown>,
  byPart: Map<string, string[]>,
  mostUsed: (owners: string[]) => string,
  emit: Emit,
): boolean {
  for (let len = c.tokens.length; len >= 1; len--) {
    const span = c.tokens.slice(0, len);
    const key = normalizeName(spanText(text, span));
    if (fullNames.has(key)) {
      emit('person', key, span, ['headline-name-in-body']);
      return true;
    }
    const owners = len === 1 ? byPart.get(key) : undefined;
    if (owners?.length) {
      emit('person', mostUsed(owners), span, ['headline-name-in-body', 'part-of-full-name']);
      return true;
    }
  }
  return false;
}

/**
 * "Apple unveiled", "Apple Corps has filed", "Cisco also sued": the name is the subject of a happening ('happening'),
 * or "EMI said": of a speech verb ('speech').
 */
function actsAsSubject(text: string, tokens: Token[], last: Token): 'happening' | 'speech' | null {
  let k = last.index + 1;
  let passive = false;
  for (let skipped = 0; k < tokens.length && skipped < 2 && SUBJECT_AUXILIARIES.has(tokens[k].bare.toLowerCase()); skipped++) {
    if (/^(?:was|were|is|are)$/i.test(tokens[k].bare)) passive = true;
    k++;
  }
  const verb = tokens[k];
  // "The Shuffle was introduced": the name is what the happening was done to.
  if (!verb || verb.cap || last.possessive || (passive && /ed$/.test(verb.bare))) return null;
  if (!/^[\s\p{L}]*$/u.test(text.slice(last.end, verb.start))) return null; // a comma or full stop ends the clause
  const w = verb.bare.toLowerCase();
  if (SPEECH_FORMS.has(w)) return 'speech';
  if (REPORTING_VERBS.has(w)) return 'happening';
  // A happening word in a verb form ("announced", "unveils"), not its noun ("the Apple deal", "Apple talks").
  return EVENT_WORDS.has(w) &&
    (/ed$/.test(w) || /[^s]s$/.test(w) || /^(?:sold|won|lost|left|met|sent|began|rose|fell|grew|bought|struck|quit|shot|cut)$/.test(w)) &&
    !/(?:ment|ion|ions|ments|talks|deals|sales)$/.test(w)
    ? 'happening'
    : null;
}

/**
 * "similar to Boeing, which declined to seek a deduction", "a spokesman for Transocean, which leased the Deepwater
 * Horizon": one word that "which" takes up is no person ("who" would), and one that then does what a company does
 * (declines, leases, announces, says) is an organisation (`relative-which-acts`). Not a name after a place's
 * preposition or a comma ("a primary school in Handsworth, Birmingham, which has been closed"), nor one "which"
 * describes or has something done to ("Tamiflu, which is inhaled", "Oxford, which was attended by").
 */
function relativeWhichActs(text: string, tokens: Token[], t: Token): boolean {
  // (not a legal form or a company's word the name's head word cut off: "Anadarko Petroleum Corp, which owns a 25
  // percent stake")
  const lower = t.bare.toLowerCase();
  if (t.possessive || !/^\p{Lu}\p{Ll}+$/u.test(t.bare) || LEGAL_SUFFIXES.has(lower) || ORG_HEADS.has(lower)) return false;
  const which = nextWord(tokens, t);
  if (which?.bare.toLowerCase() !== 'which' || !/^,[ \t]+$/.test(text.slice(t.end, which.start))) return false;
  const before = previousWord(tokens, t);
  if (before && /^(?:in|at|on|near|from|into|within|across|around|outside|throughout)$/i.test(before.bare)) return false;
  if (/,\s*$/.test(text.slice(Math.max(0, t.start - 3), t.start))) return false;
  const verb = nextWord(tokens, which);
  if (verb && /^[ \t]+$/.test(text.slice(which.end, verb.start)) && WHICH_COMPANY_VERBS.has(verb.bare.toLowerCase())) return true;
  return actsAsSubject(text, tokens, which) !== null;
}

/**
 * "Trinidad and Tobago is finalizing arrangements with Union Carbide UK of the United States and Snamprogetti of Italy
 * ... Snamprogetti built the first methanol refinery on trinidad five years ago" (wire copy, 1987: the
 * record listed no one): one word no dictionary knows and no given name, never introduced with a given name or a title,
 * right before "of" and a country, is a company said to be that country's, as "Philips of the Netherlands" is
 * (`name-of-country`); a person is introduced in full ("Alberto Tomba of Italy") and his surname goes to him first.
 */
function nameOfCountry(text: string, t: Token): boolean {
  if (t.possessive || !/^\p{Lu}\p{Ll}{2,}$/u.test(t.bare)) return false;
  const lower = t.bare.toLowerCase();
  if (FIRST_NAMES.has(lower) || NOT_ACTOR_WORDS.has(lower) || ['NOUN', 'ADJ', 'VERB', 'ADV'].some((tag) => canBeTagged(lower, tag as Tag))) return false;
  const of = /^[ \t]+of[ \t]+(?:the[ \t]+)?(\p{Lu}[\p{L}.]*(?:[ \t]+\p{Lu}[\p{L}.]*){0,2})/u.exec(text.slice(t.end, t.end + 48));
  if (!of) return false;
  const words = of[1].split(/[ \t]+/);
  return words.some((_, k) => LEXICON.get(straighten(words.slice(0, k + 1).join(' ')))?.kind === 'country');
}

/**
 * "British holiday tour companies Thomson and First Choice have suspended their operations to Mexico": a company's
 * plural noun before a list of names cues every name of the list, not only the first (`company-cue-of-list`). The
 * name follows "and", "or" or a comma, after names only, back to the plural noun.
 */
function companyListCue(text: string, tokens: Token[], first: Token): boolean {
  let k = first.index - 1;
  const gap = (a: Token, b: Token) => text.slice(a.start + a.text.length, b.start);
  if (k < 0) return false;
  let next = first;
  // the conjunction or comma right before the name
  if (/^(?:and|or)$/.test(tokens[k].bare) && /^[ \t]+$/.test(gap(tokens[k], first))) {
    next = tokens[k];
    k--;
  } else if (!/^,[ \t]+$/.test(gap(tokens[k], first))) return false;
  let names = 0;
  for (let steps = 0; k >= 0 && steps < 12; steps++, k--) {
    const t = tokens[k];
    const between = gap(t, next);
    if (t.cap && !t.possessive && /^(?:[ \t]+|,[ \t]+)$/.test(between)) names++;
    else if (/^(?:and|or)$/.test(t.bare) && /^[ \t]+$/.test(between)) {
      // ("Thomson, Monarch and First Choice")
    } else {
      const w = t.bare.toLowerCase();
      // (not "rivals": people are rivals too, "political rivals Obama and McCain")
      const plural = w === 'companies' || w === 'firms' || (/[^s]s$/.test(w) && w !== 'rivals' && ORG_CUES_BEFORE.has(w.slice(0, -1)));
      return names > 0 && plural && /^[ \t]+$/.test(between);
    }
    next = t;
  }
  return false;
}

/** "computer maker Apple Computer", "record company, Apple Corps", "Apple CEO Steve Jobs". */
function companyCue(text: string, tokens: Token[], first: Token, last: Token): boolean {
  const before = previousWord(tokens, first);
  if (before && ORG_CUES_BEFORE.has(before.bare.toLowerCase()) && /^[\s,]*$/.test(text.slice(before.start + before.text.length, first.start))) return true;
  const after = nextWord(tokens, last);
  return !!after && !last.possessive && ORG_CUES_AFTER.has(after.bare.toLowerCase()) && /^\s+$/.test(text.slice(last.end, after.start));
}

/**
 * "Cariforum Foreign Ministers met", "a report in Fortune magazine": a name before the plural of office holders who
 * meet for a body (at most two words of their remit between, "Foreign", "oil") or a publication's noun names an
 * organisation. The rule's name, or null.
 */
function bodyCue(text: string, tokens: Token[], last: Token): string | null {
  if (last.possessive) return null;
  let after = nextWord(tokens, last);
  if (after && !after.cap && PUBLICATION_NOUNS.has(after.bare.toLowerCase()) && /^\s+$/.test(text.slice(last.end, after.start)))
    return 'publication-noun-after-name';
  for (let k = 0; k < 3 && after; k++) {
    const lower = after.bare.toLowerCase();
    if (OFFICE_HOLDER_GROUPS.has(lower)) return 'body-of-office-holders';
    if (k === 2 || !(TITLE_WORDS.has(lower) || (!after.cap && after.tag === 'NOUN'))) return null;
    after = nextWord(tokens, after);
  }
  return null;
}

/** Whether a facility's noun follows the name, with at most two words written small between ("Cleveland chemical plant"). */
function facilityAfter(tokens: Token[], last: Token): boolean {
  let after = nextWord(tokens, last);
  for (let k = 0; k < 3 && after && !after.cap; k++) {
    if (FACILITY_NOUNS.has(after.bare.toLowerCase())) return true;
    if (!/^\p{Ll}[\p{Ll}-]*$/u.test(after.text)) return false;
    after = nextWord(tokens, after);
  }
  return false;
}

/** "unveiled the iPod nano", "its iTunes Music Store", "iPod sales", "the iPhone device". */
function productCue(text: string, tokens: Token[], first: Token, last: Token): number {
  let score = 0;
  let k = first.index - 1;
  let pos = first.start;
  for (let steps = 0; k >= 0 && steps < 4; steps++, k--) {
    const t = tokens[k];
    if (!/^[\s]+$/.test(text.slice(t.start + t.text.length, pos))) break;
    const w = t.bare.toLowerCase();
    // ("were carried on a ship Tar balls have landed": a release verb after an article, right before the name, is a
    // noun and releases nothing; "the use of ATACMS missiles" still names what is used.)
    if (RELEASE_VERBS.has(w) && !(steps === 0 && /^(?:a|an|the)$/i.test(tokens[k - 1]?.bare ?? ''))) {
      score++;
      break;
    }
    if (!PRODUCT_DETERMINERS.has(w)) break;
    // ("Du Pont Co said it agreed to sell its Cleveland chemical plant, the oldest site currently operated by the
    // company" (wire copy, 1987: the record listed "Cleveland"): a name after "its" and before a
    // facility's noun, with at most two words written small between, says where the owner's plant stands, no product
    // of its own (`place-of-owned-facility`).)
    if (steps === 0 && (w === 'its' || w === 'their') && facilityAfter(tokens, last)) return 0;
    if (steps === 0 && (w === 'its' || w === 'their')) score++;
    pos = t.start;
  }
  const after = nextWord(tokens, last);
  if (after && !after.cap && PRODUCT_NOUNS.has(after.bare.toLowerCase()) && /^\s+$/.test(text.slice(last.end, after.start))) score++;
  else if (releasedThe(text, tokens, first, last)) score++;
  // ("the 2005 Texas City refinery explosion": a place's name before a facility's noun names the facility.)
  else if (
    after &&
    FACILITY_NOUNS.has(after.bare.toLowerCase()) &&
    /^[ \t]+$/.test(text.slice(last.end, after.start)) &&
    tokens.slice(first.index, last.index + 1).some((t) => PLACE_HEADS.has(t.bare.toLowerCase()))
  )
    score++;
  return score;
}

/**
 * "The iPod nano is the second model of the iPod family to utilize flash memory, after the Shuffle was introduced in
 * January": one name after "the", then "was" or "were" and a release verb's participle, is a thing released, as "unveiled
 * the iPod nano" says before it (`released-after-the`; a person has no "the": "Megrahi was released").
 */
function releasedThe(text: string, tokens: Token[], first: Token, last: Token): boolean {
  const the = previousWord(tokens, first);
  if (first !== last || last.possessive || !the || !/^the$/i.test(the.bare) || !/^[ \t]+$/.test(text.slice(the.end, first.start))) return false;
  const aux = nextWord(tokens, last);
  const verb = aux && nextWord(tokens, aux);
  if (!aux || !verb || !/^(?:was|were)$/.test(aux.bare) || !/^[ \t]+$/.test(text.slice(last.end, aux.start) + text.slice(aux.end, verb.start))) return false;
  return RELEASE_VERBS.has(verb.bare) && /ed$/.test(verb.bare);
}

/** The last text standsAsWord read and its words (maximal runs of letters), made when first asked. */
let wordsOf: { text: string; words: Set<string> } | null = null;

/**
 * Whether `word` stands in `text` with no letter on either side, written exactly so: the test of
 * `new RegExp(`(?<![\\p{L}])${word}(?![\\p{L}])`, 'u')`. A word of letters alone is looked up among the text's
 * letter runs, read once per text, so that asking about every sentence-initial name does not read the whole article
 * once per name; anything else is still tested by that expression.
 */
export function standsAsWord(text: string, word: string): boolean {
  if (!/^\p{L}+$/u.test(word)) return new RegExp(`(?<![\\p{L}])${word}(?![\\p{L}])`, 'u').test(text);
  if (wordsOf?.text !== text) wordsOf = { text, words: new Set(text.match(/\p{L}+/gu)) };
  return wordsOf.words.has(word);
}

/** True when the token starts a sentence or a line, where every word is capitalised. */
function sentenceInitial(text: string, t: Token): boolean {
  const before = text.slice(Math.max(0, t.start - 4), t.start).replace(/[\s"“‘'(]+$/u, '');
  return before === '' || /[.!?:\n–—-]$/.test(before) || (t.start < 4 && before.length < 4);
}

/**
 * Names that are not people: companies ("Apple Computer", "Cisco Systems", "EMI", "Airbus"), products ("iPod",
 * "iPhone 3G", "Mac OS X", "the A380") and indexes ("FTSE 100"). A reader knows a company by what it does (the
 * subject of "announced", "sued") and by its cues ("Apple CEO", "computer maker"); a product by what is done to
 * it ("unveiled the iPod nano"), its form (a lower-case prefix, a model number) and its nouns ("iPod sales").
 * A name seen only where every word is capitalised (sentence starts, title-case headlines) is not evidence of
 * anything: "Shares of Apple rose", "Pre-orders began". A single word that only speaks ("Hayward said") is left
 * to be a tentative surname: people speak more than companies do.
 */
function classifyNames(text: string, tokens: Token[], candidates: Candidate[], ev: NameEvidence, emit: Emit) {
  interface Evidence {
    org: number;
    product: number;
    speech: number;
    inBody: boolean;
    occurrences: Candidate[];
    rules: Set<string>;
  }
  const byKey = new Map<string, Evidence>();
  for (const c of candidates) {
    const key = normalizeName(spanText(text, c.tokens));
    if (!key || /^\d/.test(key)) continue;
    // ("Italy's budget ministry said yesterday that GDP rose 2.7 pct in real terms in 1986" (Reuters, 1987; listed "GDP",
    // the judges: "'GDP' is not an actor"): a state's figure written in capitals, as "GDP", "GNP", is a measure that
    // rises, no organisation, `figure-named-by-acronym`.)
    if (c.tokens.length === 1 && /^\p{Lu}{2,4}$/u.test(c.tokens[0].bare) && ECONOMY_HEADS.has(key)) {
      c.tokens[0].notName ??= 'figure-named-by-acronym';
      continue;
    }
    let e = byKey.get(key);
    if (!e) byKey.set(key, (e = { org: 0, product: 0, speech: 0, inBody: false, occurrences: [], rules: new Set() }));
    e.occurrences.push(c);
    if (c.headline) continue;
    const first = c.tokens[0];
    const last = c.tokens[c.tokens.length - 1];
    const initial = sentenceInitial(text, first);
    if (!initial || c.tokens.length > 1) e.inBody = true;
    // "ports from Maine to Texas agreed": after "to" or "in", a name is where, not who.
    const before = previousWord(tokens, first);
    const acts = before && PLACE_PREPOSITIONS.has(before.bare.toLowerCase()) ? null : actsAsSubject(text, tokens, last);
    if (acts === 'happening') {
      e.org++;
      e.rules.add('subject-of-happening');
    } else if (acts === 'speech') e.speech++;
    if (companyCue(text, tokens, first, last)) {
      e.org += 2;
      e.rules.add('company-cue');
    }
    // "British drugmaker GlaxoSmithKline (GSK.L) said", "ConocoPhillips (COP.N)": a stock ticker after a name is a
    // listed company's (`ticker-after-name`).
    // (not a legal form the name's head word cut off: "Anadarko Petroleum Corp (APC.N)" leaves "Corp" alone)
    if (!last.possessive && tickerAfter(text, last.end) && !(first === last && (LEGAL_SUFFIXES.has(key) || ORG_HEADS.has(key)))) {
      e.org += 2;
      e.rules.add('ticker-after-name');
    }
    // "a ruptured ExxonMobil pipeline in the state of Akwa Ibom spilled", "top executives from Exxon Mobil, Chevron,
    // ConocoPhillips and Royal Dutch Shell": a word with a second capital inside (a company's made-up name,
    // `INNER_CAPITAL_NAME`, no surname's "McKay" or "DiNapoli") right before a word written small (the noun it owns, or
    // the "and" of a list) is a company, as when it speaks (`inner-capital-before-noun`).
    if (!acts && first === last && !last.possessive && innerCapitalBeforeNoun(text, tokens, last)) {
      e.org++;
      e.rules.add('inner-capital-before-noun');
    }
    const body = bodyCue(text, tokens, last);
    if (body && !FIRST_NAMES.has(first.bare.toLowerCase())) {
      e.org += 2;
      e.rules.add(body);
    }
    // "Barrick Gold of Canada, the world's largest gold miner"
    if (ev.companies.has(key)) {
      e.org += 2;
      e.rules.add('described-as-company');
    }
    if (companyListCue(text, tokens, first)) {
      e.org += 2;
      e.rules.add('company-cue-of-list');
    }
    // "Apple Corps was founded by the Beatles in 1968", "blocked by the Republicans": one plural name after "by the" is
    // a group that did the deed (a band, a party), never one person's surname (`plural-name-after-by-the`).
    if (
      first === last &&
      !first.possessive &&
      /^\p{Lu}\p{Ll}+[^s]s$/u.test(first.text) &&
      /\bby\s+the\s+$/.test(text.slice(Math.max(0, first.start - 8), first.start))
    ) {
      e.org += 2;
      e.rules.add('plural-name-after-by-the');
    }
    // "The Wallenbergs originally sold Nobel Industrier, an arms and chemicals group, to Penser in 1984" (Reuters 1987,
    // judged blind: the main participant was missing): a surname's plural after "the" that acts (its verb next, or after
    // one "-ly" adverb) is a family acting as one, an organisation, never one person's tentative surname
    // (`family-name-after-the`). Not a common noun's plural ("the States added", Jersey's parliament: "state" is a word).
    if (
      first === last &&
      !first.possessive &&
      /^\p{Lu}\p{Ll}+[^s]s$/u.test(first.text) &&
      /\b[Tt]he\s+$/.test(text.slice(Math.max(0, first.start - 5), first.start)) &&
      !canBeTagged(first.text.slice(0, -1).toLowerCase(), 'NOUN')
    ) {
      const adverb = nextWord(tokens, first);
      const actsAfterAdverb =
        adverb && /^\p{Ll}+ly$/u.test(adverb.bare) && /^[ \t]+$/.test(text.slice(first.end, adverb.start)) && actsAsSubject(text, tokens, adverb) !== null;
      if (acts !== null || actsAfterAdverb) {
        e.org += 2;
        e.rules.add('family-name-after-the');
      }
    }
    if (first === last && relativeWhichActs(text, tokens, first)) {
      e.org += 2;
      e.rules.add('relative-which-acts');
    }
    // ("say how an increase would affect foreign stakes in CGCT": what an owner's part is in is a company, `stake-in-name`,
    // actor-evidence.ts.)
    if (ev.owned.has(key) && !e.rules.has('stake-in-name')) {
      e.org += 2;
      e.rules.add('stake-in-name');
    }
    if (first === last && nameOfCountry(text, first)) {
      e.org += 2;
      e.rules.add('name-of-country');
    }
    const product = productCue(text, tokens, first, last);
    if (product) {
      e.product += product;
      e.rules.add('product-cue');
      if (releasedThe(text, tokens, first, last)) e.rules.add('released-after-the');
    }
  }
  // First words of longer names, so a short form finds its long forms without comparing every pair.
  const longerByFirst = new Map<string, string[]>();
  for (const [k, o] of byKey) if (k.includes(' ') && o.inBody) longerByFirst.set(k.split(' ')[0], [...(longerByFirst.get(k.split(' ')[0]) ?? []), k]);
  const kinds = new Map<string, 'organization' | 'other'>();
  const onlyShortForm = new Set<string>();
  for (const [key, e] of byKey) {
    const tokens0 = e.occurrences[0].tokens;
    // "iPod", "eBay"; not a wire story's code ("nN30179546")
    const camel = /^\p{Ll}{1,2}\p{Lu}\p{L}*\d{0,2}$/u.test(tokens0[0].text);
    const model = tokens0.some((t) => t.model);
    // "the A380", "a Boeing 747": a model designation of letters and a number.
    const designation = tokens0.length === 1 && /^\p{Lu}{1,2}\d{3,4}$/u.test(tokens0[0].text);
    // "EMI said": an acronym is a name wherever it stands; "Apple said" is one where "Apple Computer" was named.
    const acronym = /^\p{Lu}{2,6}$/u.test(tokens0[0].text) && tokens0.length === 1;
    const shortOfKnown = !key.includes(' ') && longerByFirst.has(key);
    // (A sentence's first word described as a company by its apposition is a name: "MADRID, April 7 - Sesostris, the
    // Spanish subsidiary of the international grain trader Dreyfus, sold 18,000 tonnes of barley".)
    if (!e.inBody && !camel && !acronym && !shortOfKnown && !designation && !e.rules.has('described-as-company')) continue;
    // "in Houston", "on Grand Isle": a name the document uses as a place is a company only by a company's cue.
    if (ev.located.has(key) && !e.rules.has('company-cue') && !e.rules.has('ticker-after-name') && !camel && !model && !designation) continue;
    // An acronym that speaks is an organisation ("EMI said", "NOAA said"); a word that only speaks is left to canonical.ts.
    let org = e.org;
    if (acronym && e.speech) {
      org += e.speech;
      e.rules.add('acronym-speaks');
    } else if (shortOfKnown && e.speech) {
      // "Computer maker Apple Computer announced ... Apple said": the company named in full before.
      org += e.speech;
      e.rules.add('subject-of-speech-verb');
    } else if (e.speech && tokens0.length === 1 && INNER_CAPITAL_NAME.test(tokens0[0].bare)) {
      // "For example, ConocoPhillips said it spent $1.3 million over three years": a word with a second capital inside,
      // "ConocoPhillips", "GlaxoSmithKline", "ExxonMobil", is a company's made-up name, no surname, when it speaks
      // (`inner-capital-speaks`; not "McKay said", "DiNapoli said": a surname's prefix of two letters or Mac).
      org += e.speech;
      e.rules.add('inner-capital-speaks');
    } else if (!acronym && key.includes(' ') && e.speech && ev.subjects.has(key)) {
      // "Anadarko Petroleum said" (a company's head word kept it from being a person).
      org += e.speech;
      e.rules.add('subject-of-speech-verb');
    }
    if (camel) e.rules.add('camel-case-name');
    if (model) e.rules.add('model-number');
    if (designation) e.rules.add('model-designation');
    // "Mac OS X Lion", "Apple TV": a name an acronym of a kind of product continues is that product's.
    const productAcronym = tokens0.length > 1 && tokens0.slice(1).some((t) => PRODUCT_ACRONYMS.has(t.text));
    if (productAcronym) e.rules.add('product-acronym-in-name');
    const product = e.product + (camel ? 2 : 0) + (model ? 2 : 0) + (designation ? 2 : 0) + (productAcronym ? 2 : 0);
    // "Worldwide Developers Conference", "Moscone Center": a place or an occasion, unless it is sold or launched.
    // ("its Gulf of Mexico waters": a place's head word alone, cut before "of Mexico", is no product.)
    // ("Costner's company, Ocean Therapy Solutions, signed a contract with BP": a place's head word inside a name a
    // company's cue stands before, and not its last word, makes no place: the company, `company-cue`.)
    if (e.occurrences[0].placeHead) {
      // "On Monday, the Ocean Dream operated by Pullmantur Cruises docked in Grenada": a name after "the", not ending in a
      // place's head word, that a company operates or owns is a thing it runs, a ship or a rig, no place
      // (`thing-operated-by`); it takes part in what it does ("the Ocean Dream docked").
      const operated = e.occurrences.some(
        (o) =>
          /\bthe\s+$/i.test(text.slice(Math.max(0, o.tokens[0].start - 4), o.tokens[0].start)) &&
          /^,?\s+(?:operated|owned|chartered|run)\s+by\s+\p{Lu}/u.test(text.slice(last0(o.tokens).end, last0(o.tokens).end + 24)),
      );
      if (operated && tokens0.length > 1 && !PLACE_HEADS.has(tokens0[tokens0.length - 1].bare.toLowerCase())) {
        e.rules.add('thing-operated-by');
        kinds.set(key, 'other');
      } else if (e.rules.has('company-cue') && tokens0.length > 1 && !PLACE_HEADS.has(tokens0[tokens0.length - 1].bare.toLowerCase()))
        kinds.set(key, 'organization');
      else if (product > 0 && tokens0.length > 1) kinds.set(key, 'other');
      continue;
    }
    // "Obama pledged", "Allen ordered", "Transocean sank": one word that acts is a surname as often as a company; with
    // no company's cue it is left tentative, for canonical.ts to give to the person or organisation the corpus knows.
    // (Nor a body's: "Cariforum Foreign Ministers", "Fortune magazine".)
    const cued =
      e.rules.has('company-cue') ||
      e.rules.has('body-of-office-holders') ||
      e.rules.has('publication-noun-after-name') ||
      e.rules.has('ticker-after-name') ||
      e.rules.has('relative-which-acts') ||
      e.rules.has('name-of-country') ||
      e.rules.has('stake-in-name') ||
      e.rules.has('plural-name-after-by-the') ||
      e.rules.has('family-name-after-the') ||
      e.rules.has('company-cue-of-list') ||
      // ("Sesostris, the Spanish subsidiary of the international grain trader Dreyfus, sold 18,000 tonnes of barley":
      // an apposition that says what company the word is.)
      e.rules.has('described-as-company');
    const loneWord = tokens0.length === 1 && /^\p{Lu}\p{Ll}+$/u.test(tokens0[0].text) && !shortOfKnown && !cued;
    if (loneWord && product === 0) continue;
    // "Barrick Gold of Canada, the world's largest gold miner ... Barrick's profits doubled": the first word of the
    // document's company, even where it neither speaks nor acts (shortForm below checks that the company is clear).
    if (shortOfKnown && org === 0 && product === 0 && tokens0.length === 1) {
      kinds.set(key, 'organization');
      onlyShortForm.add(key);
      continue;
    }
    if (org > product && org > 0) kinds.set(key, 'organization');
    // ("Oil began washing up on Louisiana's coast", "Oil rig accidents bring a patchwork of insurance", "the oil spill":
    // one common word the document also writes small, with only a product's cue, is that word, no product:
    // `common-word-written-small`.)
    else if (product > 0 && !(tokens0.length === 1 && !camel && !model && !designation && isWord(key) && standsAsWord(text, key))) kinds.set(key, 'other');
  }
  // "Apple" after "Apple Computer" in one article is the same company: a short form resolves to the one
  // longer company name of this document that starts with it.
  const shortForm = new Map<string, string>();
  for (const [key, kind] of kinds) {
    if (kind !== 'organization' || key.includes(' ')) continue;
    // Only a clear company ("Apple Computer CEO", "computer maker Apple Computer"), not "Apple TV".
    const clearCompany = (k: string) => byKey.get(k)!.org >= 2 && byKey.get(k)!.product === 0;
    const longer = (longerByFirst.get(key) ?? []).filter((k) => kinds.get(k) === 'organization' && clearCompany(k));
    if (longer.length === 1) shortForm.set(key, longer[0]);
  }
  for (const key of onlyShortForm) if (!shortForm.has(key)) kinds.delete(key);
  for (const [key, e] of byKey) {
    const kind = kinds.get(key);
    if (!kind) continue;
    const prefix = kind === 'organization' ? 'org' : 'other';
    const rules = [...e.rules].sort();
    if (shortForm.has(key)) rules.push('short-form-of-company');
    // "the 2005 Texas City refinery explosion": a facility named by its place is known with its noun, the Texas City
    // refinery, no place (`facility-noun-in-name`).
    const facility = (c: Candidate) => {
      const after = nextWord(tokens, c.tokens[c.tokens.length - 1]);
      // (a place's name only, "Texas City": not a company's, "a BP refinery")
      return kind === 'other' &&
        after &&
        FACILITY_NOUNS.has(after.bare.toLowerCase()) &&
        c.tokens.some((t) => PLACE_HEADS.has(t.bare.toLowerCase())) &&
        /^[ \t]+$/.test(text.slice(c.tokens[c.tokens.length - 1].end, after.start))
        ? after
        : null;
    };
    const noun = e.occurrences.map(facility).find((x) => x !== null);
    for (const c of e.occurrences) {
      const own = facility(c);
      if (noun) emit(kind, `${prefix}:${key} ${noun.bare.toLowerCase()}`, own ? [...c.tokens, own] : c.tokens, [...rules, 'facility-noun-in-name']);
      else emit(kind, `${prefix}:${shortForm.get(key) ?? key}`, c.tokens, rules);
    }
  }
}
