/**
 * caption-date: "A BP petrol station closed due to a Greenpeace protest, in Camden, London, 27 July 2010": a sentence
 * that ends with a place's name, a comma and a full date standing alone (no "on" before it) is a photo caption's
 * credit line, page furniture and no report (Timeline17 audit: no happening). Prose puts a date on its verb ("closed on
 * 27 July"); after a weekday ("on Friday, March 24, 1989") the date is prose and stays (`photo-caption:place-and-date`).
 */
import type { Analysis } from '../nlp/analyse';
import type { Clause } from '../nlp/clauses';
import { FULL_WEEKDAY_NAMES, MONTH_NAMES } from '../lexicon/time';

const WEEKDAYS = new Set(FULL_WEEKDAY_NAMES);

export function placeAndDateCaption(a: Analysis, k: number): boolean {
  const t = a.tokens;
  const { tokenStart, tokenEnd } = a.sentences[k];
  let end = tokenEnd;
  while (end > tokenStart && /^[.!]$/.test(t.norm[end - 1])) end--;
  const w = (i: number) => (i >= tokenStart && i < end ? t.norm[i] : '');
  const year = end - 1;
  if (!/^(?:19|20)\d\d$/.test(w(year))) return false;
  let comma = -1;
  // "27 July 2010" or "July 27, 2010".
  if (MONTH_NAMES[w(year - 1)] && /^\d{1,2}$/.test(w(year - 2))) comma = year - 3;
  else if (w(year - 1) === ',' && /^\d{1,2}$/.test(w(year - 2)) && MONTH_NAMES[w(year - 3)]) comma = year - 4;
  if (comma <= tokenStart || w(comma) !== ',') return false;
  const place = comma - 1;
  return t.tag[place] === 'PROPN' && !WEEKDAYS.has(w(place)) && w(comma - 2) === ',';
}

/**
 * "Khanzir was given to the zoo by China in 2002 Afghanistan's only known pig has been quarantined because of fears over
 * swine flu, officials from Kabul Zoo say" (BBC, May 2009; the judges: a photo caption glued to the lead, a background
 * fact): a past clause that opens a document's first sentence, with the next clause glued on after it by no word and no
 * mark (nlp/clause-rules.ts `juxtaposed-clause`), is the picture's caption set before the story, whose lead is the glued
 * clause (candidates.ts marks it `clause:caption-before-lead`). A caption of the story's own days tells its happening
 * ("BP began drilling two relief wells in May BP says its operation to drill a relief well ... is "slightly ahead of
 * schedule"", BBC, June 2010, judged a happening five times of six), so events.ts drops only one dated more than a
 * year before the report, a background fact (`background:caption-before-lead`). A headline glued so is in the present
 * ("... risk looms Fire boat response crews battle ..."), and the lead after it stays.
 */
export function gluedCaptionBeforeLead(a: Analysis, c: Clause): boolean {
  if (c.sentence !== 0 || c.tense !== 'past') return false;
  const t = a.tokens;
  const { tokenStart } = a.sentences[0];
  if (c.start !== tokenStart && (c.subject === null || c.subject.start !== tokenStart)) return false;
  const [from, to] = a.clauseRange[0];
  const next = a.clauses.slice(from, to).find((x) => x.id !== c.id && x.verb.start > c.verb.start && x.rules.includes('juxtaposed-clause'));
  if (!next) return false;
  // (Nothing of another clause between, and no mark: the glued clause's first word follows the caption's last.)
  const opener = next.subject && next.subject.start < next.verb.start ? next.subject.start : next.verb.start;
  for (let i = c.verb.end; i < opener; i++)
    if (t.tag[i] === 'PUNCT' || t.tag[i] === 'VERB' || t.tag[i] === 'AUX' || t.tag[i] === 'CCONJ' || t.tag[i] === 'SCONJ') return false;
  return true;
}
