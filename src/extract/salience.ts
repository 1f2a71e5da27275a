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
 * in every document (share 1) or in a fifth of them by chance; the rule waits until the collection is large enough
 * for a thing told in one or two of its documents to stand apart from the story's own.
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
 * The clusters a reader can place: those with a report whose title has no bare phrase, or whose bare phrase's noun
 * heads phrases in at least MIN_SHARE of the documents. `hidden` gets each hidden cluster's title phrase and share.
 */
export function placeableInCollection(
  clusters: Cluster[],
  docHeads: string[][],
  hidden?: Array<{ cluster: Cluster; rule: string; lemma: string; share: number }>,
): Cluster[] {
  if (docHeads.length < MIN_DOCUMENTS) return clusters;
  const count = new Map<string, number>();
  for (const heads of docHeads) for (const h of heads) count.set(h, (count.get(h) ?? 0) + 1);
  const share = (lemma: string) => (count.get(lemma) ?? 0) / docHeads.length;
  return clusters.filter((c) => {
    const unplaced = [...c.mentions, ...c.undated].every((m) => m.bareHead !== undefined && share(m.bareHead) < MIN_SHARE);
    if (unplaced) hidden?.push({ cluster: c, rule: NOT_THE_STORYS, lemma: c.mentions[0].bareHead!, share: share(c.mentions[0].bareHead!) });
    return !unplaced;
  });
}
