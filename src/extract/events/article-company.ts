/**
 * "The oil giant's shares in London closed down 13 percent on Tuesday" (BP named six sentences before, no company in
 * the two before): a description of what kind of company the one is ("the oil giant", "the British energy firm",
 * candidates.ts `describedCompany`) stands for the company the article is about, when no company stands in the two
 * sentences before it. The title that keeps "The oil giant's shares" has nothing a reader can place ("'The oil
 * giant's' has no referent out of context (BP not named)"); the article's company, named before the sentence,
 * takes its place ("BP's shares in London closed down 13 percent"): events.ts `subject:article-company-described`.
 * A public body named in the two sentences before ("The Justice Department will look for violations of the Clean Water
 * Act") is no company the description could stand for. Not so when a thing of another kind is named there: "punitive
 * damages against Exxon for the 1989 Exxon Valdez oil-tanker spill ... The company agreed last year to pay less than $1
 * billion" is Exxon's, in an article about BP (and "the company" alone, which the article's company would name wrongly
 * there, still makes no event unless a company stands just before it).
 */
import type { ResolvedActor } from '../events';
import { DOCUMENT_HEADS, OFFICE_BODY_HEADS } from '../lexicon/actors';

/** "Justice Department", "Environmental Protection Agency": a public body by the last word of its name as written. */
export const publicBody = (text: string, a: ResolvedActor): boolean => OFFICE_BODY_HEADS.has(text.slice(a.start, a.end).split(/\s+/).pop() ?? '');

/**
 * The article's company: the organisation it names most often, at least twice and more often than any other, with
 * `isCompany` (no legislature, agency or campaign group), named before `before` (a character offset) and
 * the last company named before it; its first mention, or null.
 */
export function articleCompanyNamedBefore(actors: ResolvedActor[], before: number, isCompany: (a: ResolvedActor) => boolean): ResolvedActor | null {
  const counts = new Map<string, number>();
  for (const a of actors) if (a.kind === 'organization') counts.set(a.id, (counts.get(a.id) ?? 0) + 1);
  let best: string | null = null;
  let most = 0;
  let tie = false;
  for (const [id, n] of counts)
    if (n > most) {
      best = id;
      most = n;
      tie = false;
    } else if (n === most) tie = true;
  if (!best || tie || most < 2) return null;
  const first = actors.filter((a) => a.id === best && a.end <= before).sort((x, y) => x.start - y.start)[0];
  if (!first || !isCompany(first)) return null;
  // (The last company named before the sentence is it: "Transocean ... [four sentences] ... The company" is not BP.)
  const last = actors.filter((a) => a.kind === 'organization' && a.end <= before && isCompany(a)).sort((x, y) => y.start - x.start)[0];
  return last?.id === best ? first : null;
}

/**
 * Is a thing of another kind than a person, a country or a place ("Exxon Valdez", a ship, a spill) named between `from`
 * and `to` (character offsets)? Its name may hold the company the description stands for. A law or a document
 * (DOCUMENT_HEADS: "the Clean Water Act") holds none.
 */
export const otherThingNamed = (actors: ResolvedActor[], from: number, to: number): boolean =>
  actors.some((a) => a.start >= from && a.end <= to && a.kind === 'other' && !DOCUMENT_HEADS.has(a.name.split(/\s+/).pop() ?? ''));
