/**
 * The story's own things. A title whose phrase is "the" or "another" and a common noun with nothing of its own that
 * says which ("The crystals caused BP PLC problems", "Another study carried out by Swedish researchers", events/
 * unplaced.ts `bareHead`) is placed by a reader only when the collection is about that thing: in a timeline of one
 * spill, "the well", "the cap", "the spill" head noun phrases in a large share of the documents, and a reader knows
 * them; "the crystals", "the study", "the request" head phrases in a handful, and say nothing out of their article
 * (below the cut they read whole far less often than above it). One document cannot tell the
 * two apart, the collection can.
 */
import type { Analysis } from './nlp/analyse';
import type { Cluster } from './merge';
import { canBeTagged } from './nlp/wink';
import { SETTING_BESIDE_ADJECTIVES } from './lexicon/events';
import { ORDINAL_WORDS } from './lexicon/grammar';

/** The rule that hides an event whose every report's title has such a phrase. */
export const NOT_THE_STORYS = "subject-cannot-be-placed:not-the-story's";

/** The rule that hides an event whose every report's title has such a phrase of a noun the collection calls several things by (severalThings). */
export const ONE_OF_SEVERAL = 'subject-cannot-be-placed:one-of-several';

/** The same for an object ("Robots removed the cap"). */
export const OBJECT_ONE_OF_SEVERAL = 'object-cannot-be-placed:one-of-several';

/**
 * Below this many documents the share says nothing: a user's first article, or the five seeds, would have every noun
 * in every document (share 1) or in a fifth of them by chance; below it the thing must be told in STORY_DOCUMENTS
 * documents, and below STORY_DOCUMENTS nothing is hidden.
 */
export const MIN_DOCUMENTS = 20;

/** The share of the collection's documents below which a noun is not the story's own thing (chosen on the audits). */
export const MIN_SHARE = 0.05;

/** The lemmas of the common nouns that head a noun phrase of the document, sorted, each once. */
export function nounHeads(a: Analysis): string[] {
  const t = a.tokens;
  const heads = new Set<string>();
  for (const nps of a.nounPhrases)
    for (const np of nps) if (!np.pronoun && !np.temporal && t.tag[np.head] === 'NOUN') heads.add((t.lemma[np.head] || t.norm[np.head]).toLowerCase());
  return [...heads].sort();
}

/**
 * How often a document writes each common noun as one of a kind ("a new cap", "another cap": "a", "an" or "another",
 * with at most adjectives before the noun), as the known thing ("the cap", nothing between "the" and the noun), and
 * set beside another of its kind ("another cap", "the new cap", "the second cap": SETTING_BESIDE_ADJECTIVES and
 * ORDINAL_WORDS): [lemma, one of a kind, the known thing, set beside another], sorted, for the nouns written so. A
 * noun phrase with a noun before its head ("a relief well", "a containment cap") is a kind of its own and counts as
 * neither of the first two.
 */
export function nounInstances(a: Analysis): Array<[string, number, number, number]> {
  const t = a.tokens;
  const counts = new Map<string, [number, number, number]>();
  for (const nps of a.nounPhrases)
    for (const np of nps) {
      if (np.pronoun || np.temporal || t.tag[np.head] !== 'NOUN' || np.determiner < 0) continue;
      const det = t.norm[np.determiner].toLowerCase();
      const oneOfAKind = !np.possessor && (det === 'a' || det === 'an' || det === 'another') && np.modifiers.every((i) => t.tag[i] === 'ADJ');
      const known = !np.possessor && det === 'the' && np.modifiers.length === 0;
      const beside =
        det === 'another' || np.modifiers.some((i) => SETTING_BESIDE_ADJECTIVES.has(t.norm[i].toLowerCase()) || ORDINAL_WORDS.has(t.norm[i].toLowerCase()));
      if (!oneOfAKind && !known && !beside) continue;
      const lemma = (t.lemma[np.head] || t.norm[np.head]).toLowerCase();
      const c = counts.get(lemma) ?? [0, 0, 0];
      if (oneOfAKind) c[0]++;
      if (known) c[1]++;
      if (beside) c[2]++;
      counts.set(lemma, c);
    }
  return [...counts].sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0)).map(([lemma, [one, known, beside]]) => [lemma, one, known, beside]);
}

/**
 * The share of a noun's "a"/"another" phrases to its bare "the" phrases from which the collection may tell of several
 * things by that noun (chosen on the audits). In the Timeline17 spill collections "the cap" is one of several caps
 * (a funnel, a top hat, a containment cap, a new tighter-fitting one) and is written "a ... cap" 0.30 to 0.77 times
 * as often as "the cap"; every title with "the cap" alone was judged unplaceable ("The cap collected about 620,000
 * gallons", "Robots removed the cap": "which cap?"). The story's one thing is written with "the" far more:
 * "the well" 0.04 to 0.10 times, "the spill" 0.04 to 0.11, "the leak" 0.06 to 0.20, "the virus" of the flu
 * collections 0.07 to 0.16, and "The well was capped" is judged readable.
 */
export const SEVERAL_SHARE = 0.25;

/** The fewest "a"/"another" phrases of a noun that tell of several things: a few are the story's one thing introduced. */
export const SEVERAL_MIN = 5;

/**
 * The fewest phrases that set the thing beside another of its kind ("the new cap", "the old cap", "a second cap") for
 * the collection to tell of several. "A blowout", "an order" are as often written as the caps, but of what might
 * happen or of a kind ("to prevent a blowout"), never "the new blowout", and "The well suffered the blowout", "Thad
 * Allen issued the order to begin moving dozens of vessels" read alone; the caps are set beside each other 8 to 47
 * times in each spill collection.
 */
export const SEVERAL_BESIDE_MIN = 5;

/**
 * The share of the collection's documents from which a noun is the story's own thing however its articles introduce
 * it: "an explosion", "an outbreak" begin many reports of the one explosion, the one outbreak (written "an ..." 0.23
 * to 0.42 times as often as "the ..."), yet they head phrases in 42 to 65 per cent of their collections, and "The
 * outbreak was detected", "The explosion destroyed the BP-operated Deepwater Horizon rig" are judged readable; the
 * caps head phrases in 15 to 32 per cent.
 */
export const STORY_NOUN_SHARE = 0.4;

/**
 * The nouns the collection calls several things by (SEVERAL_SHARE, SEVERAL_MIN, SEVERAL_BESIDE_MIN), unless it is the
 * story's own thing (STORY_NOUN_SHARE of `docHeads`): "the cap" of them says not which.
 */
export function severalThings(docInstances: Array<Array<[string, number, number, number]>>, docHeads: string[][]): Set<string> {
  // (Below STORY_DOCUMENTS documents the collection tells of nothing, as for the other gates: a user's first articles.)
  if (docHeads.length < STORY_DOCUMENTS) return new Set();
  const docs = documentCounts(docHeads);
  const sum = new Map<string, [number, number, number]>();
  for (const doc of docInstances)
    for (const [lemma, one, known, beside] of doc) {
      const c = sum.get(lemma) ?? [0, 0, 0];
      c[0] += one;
      c[1] += known;
      c[2] += beside;
      sum.set(lemma, c);
    }
  const out = new Set<string>();
  for (const [lemma, [one, known, beside]] of sum)
    if (one >= SEVERAL_MIN && one >= SEVERAL_SHARE * known && beside >= SEVERAL_BESIDE_MIN && (docs.get(lemma) ?? 0) < STORY_NOUN_SHARE * docHeads.length)
      out.add(lemma);
  return out;
}

/**
 * Does the title write the noun right after "the" or "another" ("The cap collected about 620,000 gallons")? A word
 * between says which kind the article means ("The top kill started", "The static kill started", "The presidential
 * commission began its hearings"), and severalThings does not judge it.
 */
function plainlyThe(title: string, lemma: string): boolean {
  return new RegExp(`\\b(?:the|another)\\s+${lemma.replace(/[^\p{L}\d-]/gu, '')}(?:e?s)?\\b`, 'iu').test(title);
}

/** How many documents each noun heads a phrase in (each document's nounHeads lists a noun once). */
function documentCounts(docHeads: string[][]): Map<string, number> {
  const count = new Map<string, number>();
  for (const heads of docHeads) for (const h of heads) count.set(h, (count.get(h) ?? 0) + 1);
  return count;
}

/**
 * The clusters a reader can place: those with a report whose title has no bare phrase, or whose bare phrase's noun
 * heads phrases in at least MIN_SHARE of the documents. `hidden` gets each hidden cluster's title phrase and share.
 */
export function placeableInCollection(
  clusters: Cluster[],
  docHeads: string[][],
  hidden?: Array<{ cluster: Cluster; rule: string; lemma: string; share: number }>,
  several: Set<string> = new Set(),
): Cluster[] {
  // (From STORY_DOCUMENTS to MIN_DOCUMENTS documents, a wire set of a country's or a company's stories, the share says
  // nothing, and the thing must be told in STORY_DOCUMENTS of them, as an object's is (`objectsPlacedInCollection`):
  // "The strikes were called off by the main port union FNV on March 13" (Reuters 1987, in 14 Dutch stories, 'The
  // strikes' judged unplaceable: "which strikes, where").)
  if (docHeads.length < STORY_DOCUMENTS) return clusters;
  const count = documentCounts(docHeads);
  const share = (lemma: string) => (count.get(lemma) ?? 0) / docHeads.length;
  // ("The cap collected about 620,000 gallons": the collection tells of caps, several of them, severalThings.)
  const told = (lemma: string) => (docHeads.length < MIN_DOCUMENTS ? (count.get(lemma) ?? 0) >= STORY_DOCUMENTS : share(lemma) >= MIN_SHARE);
  const oneOfSeveral = (m: { title: string; bareHead?: string }) => several.has(m.bareHead!) && plainlyThe(m.title, m.bareHead!);
  return clusters.filter((c) => {
    const unplaced = [...c.mentions, ...c.undated].every((m) => m.bareHead !== undefined && (!told(m.bareHead) || oneOfSeveral(m)));
    const lemma = c.mentions[0]?.bareHead ?? c.undated[0]?.bareHead ?? '';
    if (unplaced) hidden?.push({ cluster: c, rule: several.has(lemma) ? ONE_OF_SEVERAL : NOT_THE_STORYS, lemma, share: share(lemma) });
    return !unplaced;
  });
}

/** The rule that hides an event whose every report's title names no one and tells of no thing of the collection's. */
export const NOT_STANDALONE = "title:not-standalone:not-the-collection's";

/**
 * How many of the collection's documents must tell of a thing before a title that names no one stands on it. Measured
 * on the judged records: in the Timeline17 spill collections (about 290 articles) the heads of such titles judged
 * readable head phrases in 32 to 286 documents ("Underwater robots dived to the ocean floor" 32, "A device was
 * lowered over the blown-out well" 40, "The well was sealed" 216); on the wire sets (8 to 69 stories each, many
 * stories to a set) those judged unreadable head phrases in 1 to 7 ("Currency fell to 7.43 billion ringgit" 1,
 * "Consumer prices rose 98.9 pct" 2, "The 1.4 mln shares were sold in the market" 7 of 8). A share alone does not
 * part them: "loan" is in 5 of 14 Indonesian stories and "growth" in 6 of 14 Argentine ones, "the flow" in a third
 * of the spill's.
 */
export const STORY_DOCUMENTS = 10;

/**
 * "Consumer prices rose 98.9 pct", "The waiting period expired", "A crane accident damaged the plant": a title that
 * names no one (events.ts `title:names-no-participant`) stands alone only when its subject is a subject of the
 * collection itself, as the well is of a timeline of one spill; otherwise a reader cannot say whose prices, which
 * period, which plant. The collection tells of a thing when the lemma of one of the subject's nouns (its head, a noun
 * before it, a bare "of" phrase's) heads noun phrases in at least STORY_DOCUMENTS of its documents and MIN_SHARE of them. A group of people ("Some 7,000 black miners went on strike") stands alone
 * anywhere (`title:stands-alone:group-of-people`, no `unnamedHead`). An event whose every report is such a title is
 * hidden; one with another report shows that report's title (merge.ts ranks these last), and each such report
 * records NOT_STANDALONE. `hidden` gets each hidden cluster's subject lemma and its count of documents.
 */
export function standsAloneInCollection(
  clusters: Cluster[],
  docHeads: string[][],
  hidden?: Array<{ cluster: Cluster; rule: string; lemma: string; share: number }>,
): Cluster[] {
  const count = documentCounts(docHeads);
  const told = (lemma: string) => {
    const n = count.get(lemma) ?? 0;
    return n >= STORY_DOCUMENTS && n >= MIN_SHARE * docHeads.length;
  };
  const unplaced = (m: { unnamedHead?: { lemmas: string[]; people: boolean } }) => !!m.unnamedHead && !m.unnamedHead.people && !m.unnamedHead.lemmas.some(told);
  const mark = <M extends { rules: string[] }>(m: M): M => ({ ...m, rules: [...m.rules, NOT_STANDALONE] });
  const out: Cluster[] = [];
  for (const c of clusters) {
    const reports = [...c.mentions, ...c.undated];
    if (!reports.some(unplaced)) out.push(c);
    else if (reports.every(unplaced)) {
      const lemma = reports[0].unnamedHead!.lemmas[0];
      hidden?.push({ cluster: c, rule: NOT_STANDALONE, lemma, share: (count.get(lemma) ?? 0) / Math.max(1, docHeads.length) });
    } else out.push({ ...c, mentions: c.mentions.map((m) => (unplaced(m) ? mark(m) : m)), undated: c.undated.map((m) => (unplaced(m) ? mark(m) : m)) });
  }
  return out;
}

/** The rule that hides an event whose every report's title has an object no reader can place. */
export const OBJECT_NOT_THE_STORYS = "object-cannot-be-placed:not-the-story's";

/**
 * "President Barack Obama toured the region", "Spain joined the community", "A crane accident damaged the plant": a
 * title whose object is "the" and a common noun with nothing of its own that says which (events/unplaced.ts
 * `bareObject`) is placed only when the collection tells of that thing, as for a title that names no one
 * (`standsAloneInCollection`): its noun heads phrases in at least STORY_DOCUMENTS and MIN_SHARE of the documents ("BP
 * capped the well" in a timeline of one spill). An event whose every report has such an object is hidden
 * (OBJECT_NOT_THE_STORYS); one with another report keeps it, and shows that report's title where it can. A collection
 * of fewer than STORY_DOCUMENTS documents tells of nothing, and hides nothing.
 */
export function objectsPlacedInCollection(
  clusters: Cluster[],
  docHeads: string[][],
  hidden?: Array<{ cluster: Cluster; rule: string; lemma: string; share: number }>,
  several: Set<string> = new Set(),
): Cluster[] {
  // (Below STORY_DOCUMENTS documents no thing can be told, and every such object would go: a user's first articles keep
  // "Donald Trump won the election".)
  if (docHeads.length < STORY_DOCUMENTS) return clusters;
  const count = documentCounts(docHeads);
  // ("Robots removed the cap": one of the collection's several caps, severalThings.)
  const told = (lemma: string) => {
    const n = count.get(lemma) ?? 0;
    return n >= STORY_DOCUMENTS && n >= MIN_SHARE * docHeads.length;
  };
  const oneOfSeveral = (m: { title: string; objectHead?: string }) => several.has(m.objectHead!) && plainlyThe(m.title, m.objectHead!);
  return clusters.filter((c) => {
    const reports = [...c.mentions, ...c.undated];
    const unplaced = reports.every((m) => m.objectHead !== undefined && (!told(m.objectHead) || oneOfSeveral(m)));
    if (unplaced)
      hidden?.push({
        cluster: c,
        rule: several.has(reports[0].objectHead!) ? OBJECT_ONE_OF_SEVERAL : OBJECT_NOT_THE_STORYS,
        lemma: reports[0].objectHead!,
        share: (count.get(reports[0].objectHead!) ?? 0) / Math.max(1, docHeads.length),
      });
    return !unplaced;
  });
}

/** The rule that hides an event whose every report's title has "the" and a noun of severalThings, anywhere in it. */
export const PHRASE_ONE_OF_SEVERAL = 'title:phrase-cannot-be-placed:one-of-several';

/**
 * "The flow of oil was shut off by the cap", "Valves on the cap were shut" (Timeline17, the BP spill; each judged
 * unreadable: "'the cap' cannot be placed out of context (several caps were tried)"): "the" and a noun the collection
 * calls several things by (severalThings) says not which wherever the title writes it, after a preposition as much as
 * in the subject or the object, unless a phrase after it says which ("the cap on the well", "the cap of the
 * well"). An event whose every report's title has such a phrase is hidden; one with another report keeps it, each
 * such report recording the rule.
 */
export function phrasesPlacedInCollection(
  clusters: Cluster[],
  several: Set<string>,
  hidden?: Array<{ cluster: Cluster; rule: string; lemma: string; share: number }>,
): Cluster[] {
  if (!several.size) return clusters;
  // ("The court ruling pushed shares of Transocean Ltd up": a noun after it is the phrase's head, "the court" only says
  // what kind of ruling.)
  const unplacedIn = (title: string): string | undefined =>
    [...several].find((lemma) =>
      [
        ...title.matchAll(
          new RegExp(`\\b(?:the|another)\\s+${lemma.replace(/[^\p{L}\d-]/gu, '')}(?:e?s)?\\b(?!\\s+(?:${PLACING_PREPOSITIONS})\\b)\\s*([\\p{L}'-]*)`, 'giu'),
        ),
      ].some((m) => !m[1] || !canBeTagged(m[1].toLowerCase(), 'NOUN')),
    );
  const mark = <M extends { title: string; rules: string[] }>(m: M): M => (unplacedIn(m.title) ? { ...m, rules: [...m.rules, PHRASE_ONE_OF_SEVERAL] } : m);
  const out: Cluster[] = [];
  for (const c of clusters) {
    const reports = [...c.mentions, ...c.undated];
    const lemmas = reports.map((m) => unplacedIn(m.title));
    if (reports.length > 0 && lemmas.every((l) => l !== undefined)) hidden?.push({ cluster: c, rule: PHRASE_ONE_OF_SEVERAL, lemma: lemmas[0]!, share: 0 });
    // (One with another report shows that report's title: merge.ts ranks these last, "The flow of oil was shut off"
    // before "The flow of oil was shut off by the cap".)
    else if (lemmas.some((l) => l !== undefined)) out.push({ ...c, mentions: c.mentions.map(mark), undated: c.undated.map(mark) });
    else out.push(c);
  }
  return out;
}

/** Prepositions whose phrase after a noun says which one it is: "the cap on the well", "the cap of the well". */
const PLACING_PREPOSITIONS = 'of|on|in|at|from|for|over|into|onto|atop|with|to';
