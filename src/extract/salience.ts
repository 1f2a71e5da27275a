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

/** The rule that hides an event whose every report's title has such a phrase. */
export const NOT_THE_STORYS = "subject-cannot-be-placed:not-the-story's";

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
): Cluster[] {
  // (From STORY_DOCUMENTS to MIN_DOCUMENTS documents, a wire set of a country's or a company's stories, the share says
  // nothing, and the thing must be told in STORY_DOCUMENTS of them, as an object's is (`objectsPlacedInCollection`):
  // "The strikes were called off by the main port union FNV on March 13" (Reuters 1987, in 14 Dutch stories, 'The
  // strikes' judged unplaceable: "which strikes, where").)
  if (docHeads.length < STORY_DOCUMENTS) return clusters;
  const count = documentCounts(docHeads);
  const share = (lemma: string) => (count.get(lemma) ?? 0) / docHeads.length;
  const told = (lemma: string) => (docHeads.length < MIN_DOCUMENTS ? (count.get(lemma) ?? 0) >= STORY_DOCUMENTS : share(lemma) >= MIN_SHARE);
  return clusters.filter((c) => {
    const unplaced = [...c.mentions, ...c.undated].every((m) => m.bareHead !== undefined && !told(m.bareHead));
    if (unplaced) hidden?.push({ cluster: c, rule: NOT_THE_STORYS, lemma: c.mentions[0].bareHead!, share: share(c.mentions[0].bareHead!) });
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
): Cluster[] {
  // (Below STORY_DOCUMENTS documents no thing can be told, and every such object would go: a user's first articles keep
  // "Donald Trump won the election".)
  if (docHeads.length < STORY_DOCUMENTS) return clusters;
  const count = documentCounts(docHeads);
  const told = (lemma: string) => {
    const n = count.get(lemma) ?? 0;
    return n >= STORY_DOCUMENTS && n >= MIN_SHARE * docHeads.length;
  };
  return clusters.filter((c) => {
    const reports = [...c.mentions, ...c.undated];
    const unplaced = reports.every((m) => m.objectHead !== undefined && !told(m.objectHead));
    if (unplaced)
      hidden?.push({
        cluster: c,
        rule: OBJECT_NOT_THE_STORYS,
        lemma: reports[0].objectHead!,
        share: (count.get(reports[0].objectHead!) ?? 0) / Math.max(1, docHeads.length),
      });
    return !unplaced;
  });
}
