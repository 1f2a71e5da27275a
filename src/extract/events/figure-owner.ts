/**
 * The owner of a figure or a thing the title gives with no owner (events/ownerless-figure.ts `figureWithoutOwner`:
 * "total capital spending", "the ratio of debt to capital", "expense growth", "plants"), when the sentence or the
 * article makes it certain; read after the narrower rules of events.ts (actors:sayer-owns-figures,
 * actors:company-it-said-owns-figure) found none. The title then writes it ("USX Corp’s total capital spending fell",
 * title:owner-of-figure) and it is the record's actor; when none is certain, the clause makes no event
 * (subject-cannot-be-placed:figure-without-owner).
 *
 * Never when the whole subject has an owner phrase of its own or a thing noun a word only others' things take
 * (`companyOwnSubject`).
 * - `actors:sayer-owns-thing`: the one company that tells it, the speaker of the clause's report or the subject of the
 *   sentence's saying clause: "In other areas, USX said total capital spending fell to 962 mln dlrs in 1986", "Exxon
 *   said that the ratio of debt to capital was cut by 1.6 pct in 1986", "USX said plants that were shut down last
 *   month ... may be permanently closed" (Reuters 1987: "whose capital spending", "whose plants").
 * - `actors:article-company-owns-thing`: told by no one the sentence names, the article's one company: the one
 *   organisation its headline and first sentence name, the one it names most, and no other organisation named in the
 *   sentence and the two before. Found, never written: the sentence shown names no owner, and a title that adds one
 *   says more than its quote ("ADB’s profits touched 287 mln dlrs", judged unfaithful); events.ts makes no event
 *   (`subject-cannot-be-placed:owner-outside-sentence`).
 * - `actors:reporting-body-not-owner`: a body that reports others' figures is never their owner: "the Commerce
 *   Department reported today that personal income rose just 0.2 pct in May" ("the department only
 *   reported the national figure"; the figure is the country's, which the sentence does not name), nor is a person,
 *   an analyst or an outlet: then no owner is certain.
 */
import type { ResolvedActor } from '../events';
import escapeStringRegexp from 'escape-string-regexp';
import { LEGAL_SUFFIXES, OFFICE_BODY_HEADS } from '../lexicon/actors';
import {
  CENTRAL_BANK_NAMES,
  COMPANY_FIGURE_NOUNS,
  COMPANY_PART_NOUNS,
  COMPANY_THING_MODIFIERS,
  OWNED_THING_NOUNS,
  REPORTING_BODY_HEADS,
  WORKERS_PAY_NOUNS,
} from '../lexicon/events';
import { industryOrNationFigure } from './ownerless-figure';

/** A company's name without its legal form, as a wire story writes it after the first time: "USX Corp" → "USX". */
const shortName = (name: string): string => {
  const words = name.split(/\s+/);
  while (words.length > 1 && LEGAL_SUFFIXES.has(words[words.length - 1].toLowerCase().replace(/[.]+$/, ''))) words.pop();
  return words.join(' ');
};

/** How often the text writes the organisation's short name, or the actors name it, whichever is more. */
const timesNamed = (text: string, actors: ResolvedActor[], id: string): number => {
  const mine = actors.filter((a) => a.id === id);
  const short = mine.length ? shortName(mine[0].name) : '';
  const written = /^\p{Lu}/u.test(short) ? (text.match(new RegExp(`(?<![\\p{L}\\d])${escapeStringRegexp(short)}(?![\\p{L}\\d])`, 'gu')) ?? []).length : 0;
  return Math.max(mine.length, written);
};

/**
 * How often the article names each of its organisations (`timesNamed`), by id, in the actors' order. Read once per
 * article: every ownerless figure of it asks, and each count scans the whole text.
 */
const NAMED_COUNTS = new WeakMap<ResolvedActor[], { text: string; counts: Map<string, number> }>();
const namedCounts = (text: string, actors: ResolvedActor[]): Map<string, number> => {
  const known = NAMED_COUNTS.get(actors);
  if (known && known.text === text) return known.counts;
  const counts = new Map<string, number>();
  for (const a of actors) if (a.kind === 'organization' && !counts.has(a.id)) counts.set(a.id, timesNamed(text, actors, a.id));
  NAMED_COUNTS.set(actors, { text, counts });
  return counts;
};

/**
 * "the Commerce Department", "the Census Bureau", "Japan's Ministry of Finance": a body that reports figures, by any
 * word of its name; never a company, whose name ends in its legal form ("United Parcel Service Inc said revenue rose").
 */
export const reportingBody = (text: string, a: ResolvedActor, publicBody: (text: string, a: ResolvedActor) => boolean): boolean => {
  const words = text.slice(a.start, a.end).split(/\s+/);
  if (LEGAL_SUFFIXES.has((words.at(-1) ?? '').toLowerCase().replace(/[.]+$/, ''))) return false;
  // (The legal form may follow the actor's span: "United Parcel Service Inc said revenue rose 8 percent".)
  const after = /^\s+([A-Z][A-Za-z]*)\b/.exec(text.slice(a.end))?.[1];
  if (after && LEGAL_SUFFIXES.has(after.toLowerCase())) return false;
  // (A reporting head counts as the name's last word or before "of", "Office of Management and Budget"; elsewhere it
  // is a company's word: "Service Corporation International said revenue rose 8 percent".)
  const body = (ws: string[]) => ws.some((w, i) => OFFICE_BODY_HEADS.has(w) || (REPORTING_BODY_HEADS.has(w) && (i === ws.length - 1 || ws[i + 1] === 'of')));
  // ("Rice imports increased to 82.4 billion Malagasy francs ..., the ministry said" (Reuters 1987, titled "Trade
  // Ministry’s rice imports increased"): the sentence writes the body small and short; its name, "Trade Ministry",
  // says what it is, `actors:reporting-body-not-owner`.)
  const named = /^(?:the\s+)?\p{Ll}+$/u.test(text.slice(a.start, a.end).trim()) ? a.name.split(/\s+/) : [];
  return publicBody(text, a) || body(words) || body(named);
};

/**
 * A central bank tells a nation's money figures ("The Bundesbank noted that in 1986, spending had increased", Reuters,
 * April 1987): never their owner, `actors:central-bank-not-owner` (CENTRAL_BANK_NAMES).
 */
const CENTRAL_BANK = new RegExp(`(?:^|\\s)(?:${CENTRAL_BANK_NAMES.map(escapeStringRegexp).join('|')})$`, 'i');
export const centralBank = (text: string, a: ResolvedActor): boolean => CENTRAL_BANK.test(text.slice(a.start, a.end)) || CENTRAL_BANK.test(a.name);

const TIME_WORD =
  /^(?:\d[\d.,]*|january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|first|second|third|fourth|late|early|end|year|quarter|month|week|past|last|this|fiscal|calendar)$/i;

/**
 * Whether the whole subject (not the title's run, which may have cut the phrase that says whose) is only its owner's:
 * no owner phrase of its own after the head ("Exxon Corp said spending by oil companies fell 30 pct", "Spending on new
 * aircraft by airlines fell 20 pct": the oil companies', the airlines'; "debt in Japan"), and before a thing noun
 * (OWNED_THING_NOUNS) no word but those a company's figure takes (COMPANY_THING_MODIFIERS): "total capital spending"
 * is the company's, "corporate debt", "power plants", "health spending" a market's, a grid's, a nation's. "The ratio of
 * debt to capital" is of figures, not of an owner.
 */
export const companyOwnSubject = (text: string, whole: { start: number; end: number }): { ok: boolean; thing: boolean } => {
  const words = text
    .slice(whole.start, whole.end)
    .split(/\s+(?:that|which|who)\s+|,/i)[0]
    .trim();
  const [np, ...rest] = words.split(/\s+(?=(?:of|by|among|on|in|at|from|for|during)\s)/i);
  const before = np
    .toLowerCase()
    .split(/\s+/)
    .filter((w) => w && !/^(?:the|an?|\d[\d.,]*)$/.test(w));
  const head = before.at(-1) ?? '';
  const thing = OWNED_THING_NOUNS.has(head);
  if (thing && before.slice(0, -1).some((w) => !COMPANY_THING_MODIFIERS.has(w))) return { ok: false, thing };
  for (const phrase of rest) {
    const [prep, next0 = '', next1 = '', ...more] = phrase.split(/\s+/);
    // ("production by the consolidated subsidiaries": the company's own parts, COMPANY_PART_NOUNS.)
    const last = [next0, next1, ...more].filter(Boolean).at(-1)?.toLowerCase() ?? '';
    if (prep.toLowerCase() === 'by' && /^(?:the|its)$/i.test(next0) && COMPANY_PART_NOUNS.has(last)) continue;
    const next = /^(?:the|an?)$/i.test(next0) ? next1 : next0;
    const p = prep.toLowerCase();
    if (p === 'by' || p === 'among' || p === 'on') return { ok: false, thing };
    if (p === 'of' && thing && !OWNED_THING_NOUNS.has(next.toLowerCase()) && !COMPANY_FIGURE_NOUNS.has(next.toLowerCase())) return { ok: false, thing };
    if ((p === 'in' || p === 'at' || p === 'from') && !TIME_WORD.test(next)) return { ok: false, thing };
  }
  return { ok: true, thing };
};

/** A saying verb right after a name, "USX said", "Exxon Corp also reported"; or "according to" before it. */
const SAYS_AFTER = /^\s*(?:,\s*)?(?:also\s+|today\s+|yesterday\s+)?(?:said|says|reported|reports|announced|told)\b/i;
const ACCORDING_BEFORE = /\baccording\s+to\s+(?:the\s+)?$/i;

export interface OwnerOfThing {
  owner: ResolvedActor | null;
  rule: 'actors:sayer-owns-thing' | 'actors:article-company-owns-thing' | 'actors:reporting-body-not-owner' | 'actors:central-bank-not-owner' | null;
}

/**
 * `sayers`: the organisations of the clause's attribution (events.ts reportingOrganisations), empty when none;
 * `attribution`: its words; an attribution with no organisation (a person, "He", "analysts") places no figure; `sentences`: the article's sentences, `k` this one's index; `isCompany`: an organisation that can own a
 * company's figure (no outlet, institution or union).
 */
export function ownerOfThing(
  text: string,
  actors: ResolvedActor[],
  sentences: { start: number; end: number }[],
  k: number,
  subject: { start: number; end: number },
  whole: { start: number; end: number },
  sayers: ResolvedActor[],
  attribution: string | null,
  isCompany: (a: ResolvedActor) => boolean,
  publicBody: (text: string, a: ResolvedActor) => boolean,
): OwnerOfThing {
  const s = sentences[k];
  // (Workers' pay is theirs: "Ford said each of it five top executives received bonuses which swelled their pay".)
  const head = /(\p{L}+)\s*$/u.exec(text.slice(subject.start, subject.end).split(/\s+(?:of|by|in|for|during)\s+/i)[0])?.[1]?.toLowerCase() ?? '';
  if (WORKERS_PAY_NOUNS.has(head)) return { owner: null, rule: null };
  // (Read on the whole subject: the title's run may have cut "by airlines" from "Spending on new aircraft by airlines".)
  const own = companyOwnSubject(text, whole);
  if (!own.ok) return { owner: null, rule: null };
  // ("In a discussion of steel results, USX said plants that were shut down last month and some previously idled plants
  // may be permanently closed" (Reuters, 1987): a bare plural that a restrictive relative picks out is some of them, the
  // ones the relative tells of; "USX Corp's plants were shut down" made them all its plants (scripts/eval/faithful-lint.ts: unfaithful).)
  const bare = !/^\s*(?:the|its|their|his|her|our|a|an|this|these|those|all|every)\b/i.test(text.slice(whole.start, whole.end));
  // (The whole subject runs up to its verb, and so past the relative word: "plants that".)
  const relative =
    /\s(?:that|which|who)\s*$/i.test(text.slice(whole.start, whole.end)) || /^\s*(?:that|which|who)\b/i.test(text.slice(whole.end, whole.end + 8));
  if (bare && relative) return { owner: null, rule: null };
  // (An industry's, a market's or a nation's figure is no company's: "GM said industry sales fell".)
  if (industryOrNationFigure(text, { start: Math.min(subject.start, whole.start), end: Math.max(subject.end, whole.end) })) return { owner: null, rule: null };
  // (A phrase before the sentence's subject that places the figure in a part: "At chemicals and plastics, expenditures
  // rose to 147 mln dlrs from 133 mln" (Reuters 1987, Union Carbide's segment's, not the company's total).)
  if (/^\s*(?:at|within)\s+[^,]+,/i.test(text.slice(s.start, whole.start))) return { owner: null, rule: null };
  const inSentence = actors.filter((a) => a.start >= s.start && a.end <= s.end && a.kind === 'organization');
  // The organisations that tell it: the attribution's, else those the sentence writes before a saying verb or after
  // "according to" ("USX said plants that were shut down last month ...": the relative clause has no report of its own).
  const telling = sayers.length
    ? [...sayers]
    : inSentence.filter(
        (a) =>
          (a.end <= subject.start && SAYS_AFTER.test(text.slice(a.end, a.end + 24))) || ACCORDING_BEFORE.test(text.slice(Math.max(0, a.start - 20), a.start)),
      );
  // ("In other areas, USX said ...": a wire story writes the company's short name after its first mention, and the
  // attribution may be only that name: the one organisation of the article whose name it begins.)
  if (!telling.length && attribution && /^\p{Lu}[\p{L}\d&.-]*(?:\s+\p{Lu}[\p{L}\d&.-]*)*$/u.test(attribution.trim())) {
    const named = actors.filter((a) => a.kind === 'organization' && shortName(a.name) === attribution.trim());
    if (new Set(named.map((a) => a.id)).size === 1) telling.push(named[0]);
  }
  const ids = new Set(telling.map((a) => a.id));
  if (ids.size > 1) return { owner: null, rule: null };
  if (ids.size === 1) {
    const one = telling[0];
    // ("Hyundai Motor America, a unit of Hyundai Motor Co of South Korea, said domestic car sales ... rose": the unit
    // tells its own figures; the parent named in its apposition owns none of them.)
    if (
      /\b(?:unit|subsidiary|division|affiliate|arm)\s+of\s+(?:the\s+)?$|\bowned\s+by\s+(?:the\s+)?$/i.test(
        text.slice(Math.max(s.start, one.start - 30), one.start),
      )
    )
      return { owner: null, rule: null };
    if (reportingBody(text, one, publicBody)) return { owner: null, rule: 'actors:reporting-body-not-owner' };
    if (centralBank(text, one)) return { owner: null, rule: 'actors:central-bank-not-owner' };
    // (A thing is the teller's only when it is the article's company, named in the headline or the first sentence: a
    // broker, an agency or a grid operator tells others' debt and plants.)
    const lede = sentences.slice(0, 3);
    if (own.thing && !actors.some((a) => a.id === one.id && lede.some((l) => a.start >= l.start && a.end <= l.end))) return { owner: null, rule: null };
    return isCompany(one) && !one.unconfirmed ? { owner: one, rule: 'actors:sayer-owns-thing' } : { owner: null, rule: null };
  }
  if (attribution) return { owner: null, rule: null };
  // The article's one company: the one organisation of the headline and the first sentence, named most in the article,
  // and no other organisation in this sentence and the two before.
  // (The headline, a dateline run apart from the text ("NEW YORK, March 11 -"), the first sentence.)
  const lede = sentences.slice(0, 3);
  const ledeOrgs = new Set(actors.filter((a) => a.kind === 'organization' && lede.some((l) => a.start >= l.start && a.end <= l.end)).map((a) => a.id));
  if (ledeOrgs.size !== 1) return { owner: null, rule: null };
  const [id] = [...ledeOrgs];
  const counts = namedCounts(text, actors);
  const mine = counts.get(id) ?? 0;
  if (mine < 2 || [...counts].some(([other, n]) => other !== id && n >= mine)) return { owner: null, rule: null };
  const from = sentences[Math.max(0, k - 2)].start;
  const near = actors.filter((a) => a.kind === 'organization' && a.start >= from && a.end <= s.end);
  if (near.some((a) => a.id !== id)) return { owner: null, rule: null };
  const first = actors.filter((a) => a.id === id).sort((x, y) => x.start - y.start)[0];
  return first && isCompany(first) && !first.unconfirmed ? { owner: first, rule: 'actors:article-company-owns-thing' } : { owner: null, rule: null };
}
