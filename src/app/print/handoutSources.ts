/**
 * How many reports of one event the printed handout quotes. The BBC's 291 reports on the BP oil spill quote the
 * rig's explosion 57 times: printed whole, the handout of its 30 key events ran to 15 pages, two events a page. The
 * handout quotes the first reports, in the order the details list them, and counts the rest, which the online
 * timeline (its address is printed at the top) quotes in full.
 */
export const HANDOUT_QUOTES = 3;

export function handoutSources<T>(sources: readonly T[], max = HANDOUT_QUOTES): { quoted: T[]; more: number } {
  return { quoted: sources.slice(0, max), more: Math.max(0, sources.length - max) };
}

/** "+ 54 more reports of this event, quoted in the online timeline" */
export const moreReportsLine = (more: number): string => `+ ${more} more ${more === 1 ? 'report' : 'reports'} of this event, quoted in the online timeline`;
