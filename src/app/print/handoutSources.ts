import { withoutReprints } from '../store/reprints';

/**
 * How many reports of one event the printed handout quotes. The BBC's 291 reports on the BP oil spill quote the
 * rig's explosion 57 times: printed whole, the handout of its 30 key events ran to 15 pages, two events a page. The
 * handout quotes the first reports, in the order the details list them, and counts the rest, which the online
 * timeline (its address is printed at the top) quotes in full.
 */
export const HANDOUT_QUOTES = 3;

/**
 * The reports quoted: the first ones whose sentences differ (reprints.ts: a publisher's reprint of a sentence is
 * quoted once); every other report, a reprint or not, is counted, and the online timeline quotes them in full.
 * `reports`: how many reports the event has, when `sources` already leaves the reprints out (a slide card's do).
 */
export function handoutSources<T>(
  sources: readonly T[],
  max = HANDOUT_QUOTES,
  quoteOf: (source: T) => string = String,
  reports = sources.length,
): { quoted: T[]; more: number } {
  const quoted = withoutReprints(sources, quoteOf)
    .slice(0, max)
    .map((q) => q.source);
  return { quoted, more: reports - quoted.length };
}

/** "+ 54 more reports of this event, quoted in the online timeline" */
export const moreReportsLine = (more: number): string => `+ ${more} more ${more === 1 ? 'report' : 'reports'} of this event, quoted in the online timeline`;
