/**
 * Title subjects a reader cannot place that the sentence itself, or the one or two before it, makes certain: "the
 * union" of the one union named there, never a company ("The UAW leader said the company and the union agreed in
 * principle"; events.ts `subject:company-named-before`, `subject:article-union`), a company's figure told by "it", the one
 * company named just before ("Pretax margins slipped to 12.5 pct in 1987 from 18.1 pct in 1986, it said"), and "the
 * disease" of the one disease the sentence names ("During the 2003 SARS outbreak more than 8,000 people contracted the
 * disease"). Out of its article each title names no one ("The union agreed in principle", "Pretax margins slipped to
 * 12.5 pct", "More than 8,000 people contracted the disease": whose union, whose margins, which disease?); resolved, the
 * title names the antecedent and it takes part. When no one antecedent of the kind is there, the clause makes no
 * event. (A company named later in the sentence is no antecedent: "After the oligarch found himself behind bars and the
 * company went bankrupt in 2004, Rosneft bought its main asset" is Yukos's bankruptcy, not Rosneft's.)
 */
import type { ResolvedActor } from '../events';
import { UNIT_OF_OWNER_NOUNS } from '../lexicon/events';
import { DISEASE_NAMES, DISEASE_NOUNS, LEGAL_SUFFIXES, NOT_ANTECEDENT_BEFORE, STATE_UNION_WORDS, UNION_ACRONYMS, UNION_NAME_WORDS } from '../lexicon/actors';

/**
 * A trade union by its name: "United Auto Workers", "International Association of Machinists", "Air Line Pilots
 * Association", "Teamsters Union". A union of states ("European Union", "Soviet Union") is none.
 */
export function unionName(name: string): boolean {
  if (UNION_ACRONYMS.has(name)) return true;
  const words = name.split(/\s+/).map((w) => w.toLowerCase().replace(/[.'’]+$/, ''));
  const last = words[words.length - 1];
  // ("Union Pacific Corp", "Guild Mortgage Co", "Workers' Party": a name with a legal form, or a party's, is no union's.)
  if (LEGAL_SUFFIXES.has(last) || last === 'party') return false;
  if (words.some((w) => UNION_NAME_WORDS.has(w)) || /\b(?:Pilots\s+Association|Flight\s+Attendants)\b/.test(name)) return true;
  // ("Teamsters Union", "Union of Mine Workers"; not "Union Bank of Switzerland", nor "European Union".)
  const at = words.indexOf('union');
  if (at < 0 || (at > 0 && STATE_UNION_WORDS.has(words[at - 1]))) return false;
  return at === words.length - 1 || words[at + 1] === 'of';
}

/** The organisation kind a description's head asks for (`UNION_DESCRIPTIONS`): a union's or a company's (a union is no company). */
export const kindOfDescription = (head: string): ((a: ResolvedActor) => boolean) => (head === 'union' ? (a) => unionName(a.name) : (a) => !unionName(a.name));

/**
 * A company named as another's unit: "Traffic results include Southwest and its Transtar Airlines unit. The carrier
 * also said it opened a new Phoenix reservation center" (Reuters 1987). The name qualifies the noun "unit", and the
 * possessive before it ("its", "Southwest's") is the owner, a company too: a description after it ("the carrier", "the
 * company") may mean either, most likely the owner the story is about, so the unit alone is no antecedent
 * (events.ts `subject-cannot-be-placed:unit-or-owner`).
 */
export function namedAsOwnedUnit(text: string, a: ResolvedActor): boolean {
  if (a.kind !== 'organization') return false;
  const after = /^\s+(\p{L}+)/u.exec(text.slice(a.end, a.end + 16))?.[1].toLowerCase();
  if (after === undefined || !UNIT_OF_OWNER_NOUNS.has(after)) return false;
  return /(?:\b(?:its|their|his|her)|\p{L}['’]s?)\s+$/iu.test(text.slice(Math.max(0, a.start - 40), a.start));
}

/** A country written before a noun it qualifies, "12,000 U.S. employees": a modifier, which "it" cannot stand for. */
const countryBeforeNoun = (text: string, a: ResolvedActor) => a.kind === 'country' && /^[ \t]+\p{Ll}/u.test(text.slice(a.end, a.end + 3));

/**
 * `actors:company-it-said-owns-figure`: "Pretax margins slipped to 12.5 pct in 1987 from 18.1 pct in 1986, it said"
 * (Reuters 1987, IBM named in the sentence before): a figure with no owner that "it" tells is the figures of the one
 * company "it" stands for, the only organisation or state named in the sentence and the two before, when it is a
 * company (no public body, no outlet: `isCompany`). Null when none, two, or the one is no company.
 */
export function companyItStandsFor(
  text: string,
  actors: ResolvedActor[],
  from: number,
  to: number,
  isCompany: (a: ResolvedActor) => boolean,
): ResolvedActor | null {
  // ("Ford Motor Co cut prices on Monday. The Labor Department issued its report on Tuesday. Average wages rose 3.2 pct
  // in 1987, it said": "it" may be any organisation or state named there, a department as well as a company; only when
  // one is named, and it is a company, is it certain.)
  const found = new Map<string, ResolvedActor>();
  for (const a of actors)
    if ((a.kind === 'organization' || a.kind === 'country') && a.start >= from && a.end <= to && !found.has(a.id) && !countryBeforeNoun(text, a))
      found.set(a.id, a);
  const [only] = [...found.values()];
  return found.size === 1 && only.kind === 'organization' && !only.unconfirmed && isCompany(only) ? only : null;
}

/** Nouns that stand for a disease named before: "contracted the disease", "the illness spread". */
const DISEASE_STAND_INS = /\bthe\s+(?:disease|illness)\b/i;

/**
 * `object:disease-named-in-sentence`: "the disease" or "the illness" of a title, and the one disease the sentence
 * names before it (DISEASE_NAMES: "During the 2003 SARS outbreak more than 8,000 people contracted the disease"):
 * that name, written in its place. The range of "the disease" in the text and the name, or null (none, or two).
 */
export function diseaseNamedBefore(
  text: string,
  actors: ResolvedActor[],
  sentence: { start: number; end: number },
  run: { start: number; end: number },
): { at: [number, number]; name: string; who: ResolvedActor | null } | null {
  const m = DISEASE_STAND_INS.exec(text.slice(run.start, run.end));
  if (!m) return null;
  const at: [number, number] = [run.start + m.index, run.start + m.index + m[0].length];
  // (Only one disease: "SARS and H5N1 bird flu" leave "the disease" open.)
  const words = [...text.slice(sentence.start, at[0]).matchAll(/[\p{L}\d]+/gu)].map((x) => x[0]);
  const written = new Set(words.filter((w) => DISEASE_NAMES.has(w)));
  if (written.size !== 1) return null;
  const name = [...written][0];
  // ("Despite progress against HIV, tuberculosis remained the top killer and the disease killed 1.3 million people":
  // any other disease the sentence names, in lower case or as an -osis or -itis word, may be the one "the disease" stands
  // for; and a name set after "against" or "despite" is no subject of what follows. Not certain: no name written.)
  const competitor = (w: string) => w !== name && (DISEASE_NOUNS.has(w.toLowerCase()) || /^\p{L}{3,}(?:osis|itis)$/iu.test(w));
  if (words.some(competitor)) return null;
  const i = words.indexOf(name);
  if (words.slice(Math.max(0, i - 3), i).some((w) => NOT_ANTECEDENT_BEFORE.has(w.toLowerCase()))) return null;
  const who = actors.find((a) => a.start >= sentence.start && a.end <= at[0] && text.slice(a.start, a.end) === name) ?? null;
  return { at, name, who };
}

/**
 * `subject:name-before-apposed-description`: "Transocean, the world's largest offshore drilling contractor which owned
 * the Deepwater Horizon, filed papers in a Houston court on Thursday" (Timeline17, titled "The world's largest offshore
 * drilling contractor filed papers in a Houston court"): the parse took the description set after the name that opens
 * the sentence for the clause's subject; that name, with a comma right before the description and one after it before
 * the verb, is the subject. The one organisation, person or country whose mention is all the sentence's words before
 * the comma, or null.
 */
export function nameBeforeApposedDescription<R extends { start: number; end: number; role: string }>(
  text: string,
  sentence: { start: number; end: number },
  runs: R[],
  actors: ResolvedActor[],
): { run: R; who: ResolvedActor } | null {
  const subjects = runs.filter((r) => r.role === 'subject');
  const verb = runs.find((r) => r.role === 'verb');
  if (subjects.length !== 1 || !verb) return null;
  const run = subjects[0];
  if (!/^the\s/i.test(text.slice(run.start, run.end)) || !text.slice(run.end, verb.start).includes(',')) return null;
  const lead = /^(\s*)(\S.*?)\s*,\s*$/s.exec(text.slice(sentence.start, run.start));
  if (!lead) return null;
  const from = sentence.start + lead[1].length;
  const to = from + lead[2].length;
  const who = actors.filter((a) => a.start === from && a.end === to && !a.unconfirmed && /^(?:organization|person|country)$/.test(a.kind));
  return who.length === 1 ? { run, who: who[0] } : null;
}
