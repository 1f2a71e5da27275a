/**
 * Actors a happening takes from a name written apart from its participant phrases (actors21).
 */

interface Span {
  start: number;
  end: number;
}
interface Named extends Span {
  kind: string;
}

/**
 * "On Monday, a new ship, the Helix Producer, began siphoning oil", "Its owner, Transocean, said": a subject that names
 * no one, followed between commas by a name in apposition and then the verb, is named by that name: a named thing,
 * company or person, never a place (`actors:name-apposed-to-subject`). The title keeps the subject's words ("A new ship
 * began siphoning oil"); the name says which one.
 */
export function nameApposedToSubject<A extends Named>(text: string, subject: Span, verbStart: number, actors: readonly A[]): A[] {
  if (verbStart <= subject.end) return [];
  return actors.filter(
    (a) =>
      (a.kind === 'other' || a.kind === 'organization' || a.kind === 'person') &&
      a.start > subject.end &&
      a.end < verbStart &&
      /^,\s+(?:the\s+)?$/i.test(text.slice(subject.end, a.start)) &&
      /^\s*,\s*$/.test(text.slice(a.end, verbStart)),
  );
}

/**
 * "Slum-dweller Krustin bin Juri lost everything when floodwaters swept through his home and shop": a happening that
 * names no one, told in a clause opened by "when", "after" or "as" after the main clause, whose own words say "his" or
 * "her", befell the one person the sentence names before it (`actors:possessor-named-before`): "his" can be no one
 * else. Not when anyone else (a person, company or named thing) is named before the clause, nor when the person is named after a preposition
 * ("met with Obama when his plane landed" leaves it).
 */
export function possessorNamedBefore<A extends Named>(text: string, sentenceStart: number, own: ReadonlyArray<[number, number]>, actors: readonly A[]): A[] {
  if (!own.length) return [];
  const start = Math.min(...own.map(([a]) => a));
  if (!/^(?:when|after|as)\s/i.test(text.slice(start, start + 6))) return [];
  if (!own.some(([a, b]) => /\b(?:his|her)\b/i.test(text.slice(a, b)))) return [];
  const before = actors.filter((p) => p.kind !== 'place' && p.kind !== 'country' && p.start >= sentenceStart && p.end <= start);
  if (before.length !== 1 || before[0].kind !== 'person') return [];
  const [p] = before;
  if (/\b(?:to|by|for|from|with|in|on|at|of|about|against)\s+(?:the\s+)?$/i.test(text.slice(Math.max(sentenceStart, p.start - 14), p.start))) return [];
  return [p];
}

/**
 * "Hurricane Alex ... battered northern Mexico last week", "when "Hong Kong" flu killed about a million people": a
 * country after a compass word written small ("northern", "south-western") is a region of it, where it happened; a
 * country or place right before "flu" or "influenza" names the disease. Neither takes part
 * (`actors:region-or-disease-of-place`).
 */
export function placeOnlyNamesRegionOrDisease(text: string, a: Named): boolean {
  if (a.kind !== 'country' && a.kind !== 'place') return false;
  if (/\b(?:north|south|east|west|central|north-?east|north-?west|south-?east|south-?west)(?:ern)?\s+$/.test(text.slice(Math.max(0, a.start - 16), a.start)))
    return true;
  return /^["”’']?\s+(?:flu|influenza)\b/.test(text.slice(a.end, a.end + 14));
}

/**
 * "previous safety lapses at BP such as a 2005 refinery blast that killed 15 workers": a subject that names no one,
 * given as an example ("such as", "including") of something "at", "by" or "of" an organisation or person, is that
 * one's: the blast was BP's (`actors:owner-of-examples`). Only the name right before "such as".
 */
export function ownerOfExamples<A extends Named>(text: string, subject: Span, actors: readonly A[]): A[] {
  const cue = /\s+(?:such\s+as|including)\s+$/.exec(text.slice(Math.max(0, subject.start - 16), subject.start));
  if (!cue) return [];
  const at = subject.start - cue[0].length;
  return actors.filter(
    (a) =>
      a.end === at &&
      (a.kind === 'organization' || a.kind === 'person') &&
      /\b(?:at|by|of)\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, a.start - 8), a.start)),
  );
}
