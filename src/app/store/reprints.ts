/**
 * A publisher reprints its paragraphs: the BBC's spill coverage quoted "A burn was last tried on 28 April when
 * thousands of litres of oil were successfully removed." word for word in two of its articles, and a list of an
 * event's reports that quotes both reads as a printing error. The slides and the handout quote each sentence once,
 * with the number of its reprints, through this one function.
 */

/** A sentence's words, as a reader compares them: the case and the spacing do not make another sentence. */
export const sameWords = (quote: string): string => quote.toLowerCase().replace(/\s+/g, ' ').trim();

/** Each source whose sentence has not been quoted before, in their order, with how many later ones repeat it. */
export function withoutReprints<T>(sources: readonly T[], quoteOf: (source: T) => string = String): Array<{ source: T; reprints: number }> {
  const first = new Map<string, { source: T; reprints: number }>();
  for (const source of sources) {
    const words = sameWords(quoteOf(source));
    const seen = first.get(words);
    if (seen) seen.reprints++;
    else first.set(words, { source, reprints: 0 });
  }
  return [...first.values()];
}
