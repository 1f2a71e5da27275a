/**
 * How many reports of one event the printed handout quotes. The BBC's 291 reports on the BP oil spill quote the
 * rig's explosion 57 times: printed whole, the handout of its 30 key events ran to 15 pages, two events a page. The
 * handout quotes the first reports, in the order the details list them, and counts the rest, which the online
 * timeline (its address is printed at the top) quotes in full.
 */
export const HANDOUT_QUOTES = 3;

/**
 * The reports quoted: the first ones whose sentences differ. A publisher reprints its paragraphs: the BBC's spill
 * coverage quoted "A burn was last tried on 28 April when thousands of litres of oil were successfully removed."
 * twice, word for word, under "Thousands of litres of oil were successfully removed", and a class read it as a
 * printing error. A repeat is counted with the other reports, which the online timeline quotes in full.
 */
export function handoutSources<T>(sources: readonly T[], max = HANDOUT_QUOTES, quoteOf: (source: T) => string = String): { quoted: T[]; more: number } {
  const seen = new Set<string>();
  const quoted: T[] = [];
  for (const source of sources) {
    if (quoted.length === max) break;
    const words = quoteOf(source).toLowerCase().replace(/\s+/g, ' ').trim();
    if (seen.has(words)) continue;
    seen.add(words);
    quoted.push(source);
  }
  return { quoted, more: sources.length - quoted.length };
}

/** "+ 54 more reports of this event, quoted in the online timeline" */
export const moreReportsLine = (more: number): string => `+ ${more} more ${more === 1 ? 'report' : 'reports'} of this event, quoted in the online timeline`;
