/**
 * whole-claims: a title that drops a word or a figure its sentence's claim is made of, and says another thing. Read on
 * the parse (tags, the phrases the chunker found), after every other guard of the title's ending (events/clause-goes-on.ts
 * runs just before): the words are kept when the title has room, else the clause gives no title (no title, no event):
 *
 * - `title:count-keeps-qualifier` / `title-cut:count-without-qualifier`: a word between a count and its noun that
 *   changes what is counted (COUNT_QUALIFIERS: "announced one [more] confirmed case").
 * - `title:range-keeps-its-end` / `title-cut:range-without-its-end`: a figure in a phrase that the sentence goes on to
 *   make a range ("held gains of 0.70 dlr [to 2.00 dlrs]").
 * - `title:adjective-keeps-its-noun` / `title-cut:adjective-without-its-noun`: a title that ends on an adjective (or a
 *   hyphened modifier) inside a noun phrase whose noun comes next ("priced its 300 mln dlr short-term [floating rate note offer]").
 * - `title:name-keeps-its-office` / `title-cut:name-without-its-office`: a name its verb took "to" an office ("named
 *   Robert J. Carbonell [to the post of vice chairman]").
 * - `title:object-keeps-its-phrase` / `title-cut:object-without-its-phrase`: an indefinite object whose phrase says
 *   which one, or to whom ("dealt a blow [to Airbus]", "announced an agreement [with ... International Aero Engine]").
 */
import { COUNT_QUALIFIERS, OFFICE_NOUNS } from '../lexicon/events';
import type { Analysis } from '../nlp/analyse';
import type { Clause } from '../nlp/clauses';
import type { Roles, TitleHelpers } from './complements';

/** The title's words in order. */
const wordsOf = (tokens: Roles, h: TitleHelpers) => [...tokens.keys()].filter((i) => h.isWord(i)).sort((x, y) => x - y);

/**
 * "Health officials today announced one more confirmed case of swine flu in Britain, taking the national total to 28"
 * (Guardian, 5 May 2009): the short phrase kept "one" and "confirmed case" and dropped "more", and "Health officials
 * announced one confirmed case of swine flu" was judged unfaithful: one more is not one. A word of COUNT_QUALIFIERS the
 * title skips right after a number it keeps, with a word of the title after it, is kept when the title has room
 * (`title:count-keeps-qualifier`), else the clause gives no title (`title-cut:count-without-qualifier`).
 */
export function countKeepsQualifier(a: Analysis, tokens: Roles, rules: string[], h: TitleHelpers): string | null {
  const t = a.tokens;
  const words = wordsOf(tokens, h);
  for (let q = 0; q + 1 < words.length; q++) {
    const n = words[q];
    if (t.tag[n] !== 'NUM' || words[q + 1] === n + 1) continue;
    const g = n + 1;
    if (tokens.has(g) || !COUNT_QUALIFIERS.has(t.norm[g].toLowerCase()) || !['ADJ', 'ADV', 'DET'].includes(t.tag[g])) continue;
    if (!h.fits([...tokens.keys(), g])) return 'title-cut:count-without-qualifier';
    tokens.set(g, tokens.get(n) ?? 'object');
    rules.push('title:count-keeps-qualifier');
  }
  return null;
}

/**
 * "Soymeal held gains of 0.70 dlr to 2.00 dlrs per tonne, with steadiness in Rotterdam meals ..." (Reuters, 7 April
 * 1987): the title "Soymeal held gains of 0.70 dlr" was judged unfaithful: the gains ran from 0.70 to 2.00 dlrs. A title
 * that ends on a figure (a number, or a number and its unit) inside a phrase (the word before the figure a preposition,
 * not the verb nor "by": "rose 5 dlrs to 20 dlrs", "increased by 22 to 530" are a change and a level), where the sentence goes on with "to" and a number,
 * keeps the range's end when the title has room (`title:range-keeps-its-end`), else the clause gives no title
 * (`title-cut:range-without-its-end`).
 */
export function rangeKeepsItsEnd(a: Analysis, c: Clause, tokens: Roles, rules: string[], h: TitleHelpers): string | null {
  const t = a.tokens;
  const words = wordsOf(tokens, h);
  const last = words[words.length - 1];
  if (last === undefined || last < c.verb.head) return null;
  const n = t.tag[last] === 'NUM' ? last : t.tag[last - 1] === 'NUM' && t.tag[last] === 'NOUN' ? last - 1 : -1;
  if (n < 0 || !tokens.has(n) || t.tag[n - 1] !== 'ADP' || !tokens.has(n - 1)) return null;
  // ("The official number of swine flu cases in Scotland increased by 22 to 530 today" (Guardian, 17 June 2009): "by"
  // a change and "to" a level, no range; the title "... increased by 22" is faithful.)
  if (t.norm[n - 1].toLowerCase() === 'by') return null;
  const to = last + 1;
  if (t.norm[to]?.toLowerCase() !== 'to' || t.tag[to + 1] !== 'NUM' || tokens.has(to)) return null;
  const np = a.nounPhrases[c.sentence].find((x) => x.preposition === to && !x.temporal && x.start === to + 1);
  const ids = np ? [to, ...h.core(np)] : [to, to + 1];
  if (h.fits([...tokens.keys(), ...ids])) {
    for (const i of ids) tokens.set(i, tokens.get(last) ?? 'object');
    rules.push('title:range-keeps-its-end');
    return null;
  }
  return 'title-cut:range-without-its-end';
}

/**
 * "The Student Loan Marketing Association said it priced its 300 mln dlr short-term floating rate note offer at par"
 * (Reuters, 9 March 1987): the parse read "floating" as a verb, the phrase ended on "short-term", and the title "...
 * priced its 300 mln dlr short-term" was judged cut: an adjective cut from its noun. A title that ends on an adjective
 * after a word of its noun phrase (a determiner, a number, a noun, an adjective) or on a hyphened modifier whose first
 * part is an adjective or a number ("short-term", "high-technology", "400-mile"), where the sentence goes on with
 * lower-case nouns or "-ing" words that end on a noun, keeps them when the title has room
 * (`title:adjective-keeps-its-noun`), else the clause gives no title (`title-cut:adjective-without-its-noun`).
 */
export function adjectiveKeepsItsNoun(a: Analysis, c: Clause, tokens: Roles, rules: string[], h: TitleHelpers): string | null {
  const t = a.tokens;
  const words = wordsOf(tokens, h);
  const last = words[words.length - 1];
  if (last === undefined || last <= c.verb.head || !tokens.has(last - 1)) return null;
  // (An adjective after a word of its phrase, or the last part of a hyphened modifier: "short-term", "long-range".)
  const hyphened = t.norm[last - 1] === '-' && tokens.has(last - 2) && ['ADJ', 'NUM'].includes(t.tag[last - 2]);
  if (!hyphened && (t.tag[last] !== 'ADJ' || !['DET', 'NUM', 'NOUN', 'ADJ'].includes(t.tag[last - 1]))) return null;
  const end = a.sentences[c.sentence].tokenEnd;
  const isNoun = (i: number) => t.tag[i] === 'NOUN' && /^\p{Ll}/u.test(t.norm[i]);
  let i = last + 1;
  while (i < end && (isNoun(i) || (/^\p{Ll}+ing$/u.test(t.norm[i]) && isNoun(i + 1)))) i++;
  if (i === last + 1 || !isNoun(i - 1) || a.nounPhrases[c.sentence].some((x) => x.temporal && x.start === last + 1)) return null;
  const ids = Array.from({ length: i - last - 1 }, (_, q) => last + 1 + q);
  if (h.fits([...tokens.keys(), ...ids])) {
    for (const g of ids) tokens.set(g, tokens.get(last) ?? 'object');
    rules.push('title:adjective-keeps-its-noun');
    return null;
  }
  return 'title-cut:adjective-without-its-noun';
}

/**
 * "RJR Nabisco Inc said it named Robert J. Carbonell to the post of vice chairman and Edward J. Robinson to the
 * newly-created position of executive vice president, finance" (Reuters, 20 October 1987): "RJR Nabisco Inc said it
 * named Robert J. Carbonell" was judged cut: named him what? A title that ends on a name its verb took, where the clause
 * goes on with "to" and an office (OFFICE_NOUNS: "the post of", "the position of"), keeps the office and what it is of
 * when the title has room (`title:name-keeps-its-office`), else the clause gives no title
 * (`title-cut:name-without-its-office`).
 */
export function nameKeepsItsOffice(a: Analysis, c: Clause, tokens: Roles, rules: string[], h: TitleHelpers): string | null {
  const t = a.tokens;
  const words = wordsOf(tokens, h);
  const last = words[words.length - 1];
  if (last === undefined || last <= c.verb.head || t.tag[last] !== 'PROPN') return null;
  const to = last + 1;
  if (t.norm[to]?.toLowerCase() !== 'to' || tokens.has(to) || !c.pieces.some(([s, e]) => s <= to && to < e)) return null;
  const nps = a.nounPhrases[c.sentence];
  const office = nps.find((x) => x.preposition === to && x.start === to + 1 && !x.temporal);
  if (!office || !OFFICE_NOUNS.has(t.norm[office.head].toLowerCase())) return null;
  const of = office.end;
  const what = t.norm[of]?.toLowerCase() === 'of' ? nps.find((x) => x.preposition === of && x.start === of + 1) : undefined;
  const ids = [to, ...h.core(office), ...(what ? [of, ...h.short(what)] : [])];
  if (h.fits([...tokens.keys(), ...ids])) {
    for (const i of ids) tokens.set(i, 'phrase');
    rules.push('title:name-keeps-its-office');
    return null;
  }
  return 'title-cut:name-without-its-office';
}

/** Prepositions whose phrase right after an indefinite object says which one it is, or to whom or what it was done. */
// (Not "in" nor "on", which mostly place the happening: "Acme doubled a no-fishing zone in waters affected by the oil",
// "A lightning strike sparked a fire on board a vessel".)
const OBJECT_PHRASE_PREPOSITIONS = new Set(['to', 'with', 'of', 'about', 'against', 'over', 'into']);

/**
 * "Earlier today, Swissair dealt a blow to Airbus by opting to order six MD-11 long range aircraft" and "Airbus announced
 * an agreement with CFM rival International Aero Engine (IAE) to power ..." (Reuters, March 1987): "Swissair dealt a
 * blow" and "Airbus announced an agreement" were judged cut: a blow to whom, an agreement with whom? An indefinite
 * object (an article or no determiner; no name, no possessor, no count) is new to the
 * reader, and the phrase right after it (no comma between) says which one. Where the title ends on such an object and
 * the clause's own phrase follows, the phrase is kept, cut to what names it, when the title has room
 * (`title:object-keeps-its-phrase`); with no room the clause gives no title (`title-cut:object-without-its-phrase`): "MCI
 * Communications Corp. called for immediate federal deregulation" of whom? (Not an object that counts.)
 */
export function objectKeepsItsPhrase(a: Analysis, c: Clause, tokens: Roles, rules: string[], h: TitleHelpers): string | null {
  const t = a.tokens;
  const words = wordsOf(tokens, h);
  const last = words[words.length - 1];
  if (last === undefined || last <= c.verb.head || t.tag[last] !== 'NOUN') return null;
  // (The object, or the phrase a prepositional verb takes: "called for immediate federal deregulation [of AT&T]".)
  const o = a.nounPhrases[c.sentence].find((x) => x.head === last && x.end === last + 1);
  if (!o || o.properName !== null || o.possessor || o.temporal || o.pronoun || tokens.has(o.end)) return null;
  if (o.determiner >= 0 && !/^(?:a|an)$/i.test(t.norm[o.determiner])) return null;
  // (A phrase opening right after a comma is the tail of a longer one whose article lies before it: "Tribune Co said it
  // completed the sale of the Danville, Va., cable television system to Cablevision Industries Ltd Partnership"
  // (Reuters, 13 March 1987) names its system by "the Danville, Va.,"; it is no bare object.)
  if (o.start > 0 && t.norm[o.start - 1] === ',') return null;
  if (o.preposition >= 0 && o.preposition !== c.verb.head + 1) return null;
  const p = o.end;
  if (t.tag[p] !== 'ADP' || !OBJECT_PHRASE_PREPOSITIONS.has(t.norm[p].toLowerCase()) || !c.pieces.some(([s, e]) => s <= p && p < e)) return null;
  // (An object that counts says which by its figures, and a count and "to" are a change and a level: "Pan Am Corp said
  // February load factor at Pan American World Airways rose two points to 51.9 pct" (Reuters, 2 March 1987), "The
  // explosion and fire killed 11 crew members", "O'Brien Energy Systems Inc said it has signed a 12 mln dlr lease" stand.)
  if (Array.from({ length: o.end - o.start }, (_, q) => o.start + q).some((i) => t.tag[i] === 'NUM')) return null;
  const np = a.nounPhrases[c.sentence].find((x) => x.preposition === p && x.start === p + 1 && !x.temporal && !x.pronoun);
  // (Whole, or ended by a short form in brackets: "with CFM rival International Aero Engine (IAE)".)
  if (!np || !(h.whole(np) || t.norm[np.end] === '(')) return null;
  // ("Citicorp said it made an 8-K filing on the subject with the Securities and Exchange Commission" (Reuters, 13 March
  // 1987): "the" and a lone common noun point back to what the story said before, and say nothing in a title.)
  if (np.determiner >= 0 && np.properName === null && !np.possessor && np.start === np.determiner && np.head === np.determiner + 1) return null;

  for (const ids of [
    [p, ...h.core(np)],
    [p, ...h.short(np)],
  ]) {
    if (ids.length < 2 || !h.fits([...tokens.keys(), ...ids])) continue;
    for (const i of ids) tokens.set(i, 'phrase');
    rules.push('title:object-keeps-its-phrase');
    return null;
  }
  // (A plural object with no room stands: "A total 118,350 tonnes of current series white sugar received export rebates
  // [of a maximum 46.496 European Currency Units ...]" (Reuters, 8 April 1987) tells rebates received.)
  const lemma = (t.lemma[o.head] || t.norm[o.head]).toLowerCase();
  // So does one with its article: "Scottish First Minister Alex Salmond chaired a meeting [of relevant ministers and
  // officials]" (BBC, 26 April 2009) tells a meeting chaired. A bare singular says nothing: "called for immediate
  // federal deregulation".
  return lemma !== t.norm[o.head].toLowerCase() || o.determiner >= 0 ? null : 'title-cut:object-without-its-phrase';
}
