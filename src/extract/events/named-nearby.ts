/**
 * Title subjects a reader cannot place that the sentence itself, or the one or two before it, makes certain: a
 * description of the one organisation of its kind named there ("Since the Miami-based carrier was taken over by Texas
 * Air last year, the morale of Eastern's 38,000 employees has plummeted"), "the union" of the one union named there
 * ("The UAW leader said the company and the union agreed in principle"), a company's figure told by "it", the one
 * company named just before ("Pretax margins slipped to 12.5 pct in 1987 from 18.1 pct in 1986, it said"), and "the
 * disease" of the one disease the sentence names ("During the 2003 SARS outbreak more than 8,000 people contracted the
 * disease"). Each was judged unreadable out of context (audits of Timeline17 and the Reuters 1987 sets: "The Miami-based
 * carrier was taken over by Texas Air", "Pretax margins slipped to 12.5 pct", "More than 8,000 people contracted the
 * disease"); resolved, the title names the antecedent and it takes part. When no one antecedent of the kind is there,
 * the rules that called the subject unplaced drop the clause as before.
 */
import type { ResolvedActor } from '../events';
import { DISEASE_NAMES } from '../lexicon/actors';

/**
 * A trade union by its name: "United Auto Workers", "International Association of Machinists", "Air Line Pilots
 * Association", "Teamsters Union". A union of states ("European Union", "Soviet Union") is none.
 */
export function unionName(name: string): boolean {
  // ("The UAW leader said the company and the union agreed": an acronym of "... Workers" ends in its W, "UAW", "CAW",
  // "USW"; the machinists', pilots' and flight attendants' unions by their acronyms.)
  if (/^(?:[A-Z]{1,4}W|IAM|ALPA|AFA|IBT|AFL-CIO)$/.test(name)) return true;
  if (/\b(?:European|Soviet|African|Postal|Customs|Monetary|Credit)\s+Union\b/i.test(name)) return false;
  return /\b(?:Workers|Employees|Teamsters|Machinists|Steelworkers|Mineworkers|Brotherhood|Guild|Pilots\s+Association|Flight\s+Attendants|AFL-CIO|Union)\b/.test(
    name,
  );
}

/** The organisation kind a description's head asks for: a union's or a company's (a union is no company). */
export const kindOfDescription = (head: string): ((a: ResolvedActor) => boolean) => (head === 'union' ? (a) => unionName(a.name) : (a) => !unionName(a.name));

/**
 * `subject:organisation-named-in-sentence`: the one organisation of the description's kind (`fits`) the sentence
 * names after the description, outside the title's own words (an agent or object is another party: "taken over by
 * Texas Air" is not the carrier), where it is no place of trading ("on the New York Stock Exchange"). Only when no one
 * organisation of the kind was named before it: a fronted clause names what it describes later in its sentence
 * ("Since the Miami-based carrier was taken over by Texas Air last year, the morale of Eastern's 38,000 employees has
 * plummeted"). Null when none or two.
 */
export function organisationLaterInSentence(
  text: string,
  actors: ResolvedActor[],
  sentence: { start: number; end: number },
  description: [number, number],
  titleRuns: Array<{ start: number; end: number }>,
  fits: (a: ResolvedActor) => boolean,
): ResolvedActor | null {
  const where = (a: ResolvedActor) => /\b(?:on|in|at)\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, a.start - 8), a.start));
  const found = new Map<string, ResolvedActor>();
  for (const a of actors) {
    if (a.kind !== 'organization' || a.unconfirmed || a.start < description[1] || a.end > sentence.end) continue;
    if (titleRuns.some((r) => a.start < r.end && a.end > r.start) || where(a) || !fits(a)) continue;
    if (!found.has(a.id)) found.set(a.id, a);
  }
  return found.size === 1 ? [...found.values()][0] : null;
}

/**
 * `actors:company-it-said-owns-figure`: "Pretax margins slipped to 12.5 pct in 1987 from 18.1 pct in 1986, it said"
 * (Reuters 1987, IBM named in the sentence before): a figure with no owner that "it" tells is the figures of the one
 * company "it" stands for, the only organisation (no public body, no outlet: `isCompany`) named in the sentence and
 * the two before. Null when none or two.
 */
export function companyItStandsFor(actors: ResolvedActor[], from: number, to: number, isCompany: (a: ResolvedActor) => boolean): ResolvedActor | null {
  const found = new Map<string, ResolvedActor>();
  for (const a of actors)
    if (a.kind === 'organization' && !a.unconfirmed && a.start >= from && a.end <= to && isCompany(a) && !found.has(a.id)) found.set(a.id, a);
  return found.size === 1 ? [...found.values()][0] : null;
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
  const written = new Set([...text.slice(sentence.start, at[0]).matchAll(/[\p{L}\d]+/gu)].map((x) => x[0]).filter((w) => DISEASE_NAMES.has(w)));
  if (written.size !== 1) return null;
  const name = [...written][0];
  const who = actors.find((a) => a.start >= sentence.start && a.end <= at[0] && text.slice(a.start, a.end) === name) ?? null;
  return { at, name, who };
}
