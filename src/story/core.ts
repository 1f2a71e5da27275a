/**
 * The story's core period: the stretch of time where most of a collection's key events happened. The app opens
 * its timeline on it, so a story of 2010 is not drawn on an axis from 1905 to 2051 because one report recalls a
 * 1905 law and another a 2051 target. Pure: spans in, a stretch out.
 *
 * It counts events rather than weighing them by importance: weighed, the seeds' two top-ranked events of 2024
 * pulled the core of the seeds and the 30 Wikinews Apple articles (2005–2011) across the 13 years between the two
 * stories, and the timeline opened on 2005–2040 with the Apple years squeezed into its first fifth.
 */

/** An event as the core period reads it: where it lies (ms), and whether it is background. */
export interface CoreItem {
  start: number;
  /** the end of its date (a month-dated event lasts the month) */
  end: number;
  /** dated before or after the collection's own period (importanceWhy.period): it defines no core */
  offPeriod?: boolean;
}

export interface CorePeriod<T extends CoreItem> {
  start: number;
  end: number;
  /** the items that open and close it (for "20 Apr 2010 – 4 Aug 2010") */
  first: T;
  last: T;
}

/** The core holds this share of the events that define it; the other fifth is the story's tails. */
export const CORE_SHARE = 0.8;
/**
 * A date known only to its year spans a year: "2010" among the spill's days would stretch the core from January
 * to December. Such dates define the core only when too few finer ones do.
 */
const COARSE_MS = 62 * 86_400_000;
const MIN_FINE = 3;
/**
 * The shortest stretch can leave out the very events it grew from: of the 30 key events of the BBC's oil-spill
 * reports, the one holding 80% ran from 28 April, a day shorter than the one from 20 April, the blast. Events
 * that follow on from the core's edges, each within this share of its length of the last, belong to it.
 */
const CONTIGUOUS_SHARE = 0.1;
/** A year without a key event inside the core's stretch splits it (corePeriod). */
const SPLIT_GAP_MS = 366 * 86_400_000;

/**
 * The shortest stretch (from the start of one event to the start of another) holding CORE_SHARE of the items that
 * define a core: the items in the collection's own period, of day or month precision when there are enough of
 * them (unless preferFine is false: a background is mostly years, "in 1988", and is where its years are). Ties: the earliest such stretch. It then takes in the items that follow on from its edges
 * (CONTIGUOUS_SHARE), and ends where its last item ends. Null: no items.
 */
export function corePeriod<T extends CoreItem>(items: readonly T[], options: { share?: number; preferFine?: boolean } = {}): CorePeriod<T> | null {
  const { share = CORE_SHARE, preferFine = true } = options;
  let pool = items.filter((i) => !i.offPeriod);
  if (!pool.length) pool = [...items];
  const fine = pool.filter((i) => i.end - i.start <= COARSE_MS);
  if (preferFine && fine.length >= MIN_FINE) pool = fine;
  if (!pool.length) return null;
  pool.sort((a, b) => a.start - b.start || a.end - b.end);
  const need = Math.max(1, Math.ceil(pool.length * share - 1e-9));
  let best = 0;
  for (let lo = 1; lo + need <= pool.length; lo++) {
    if (pool[lo + need - 1].start - pool[lo].start < pool[best + need - 1].start - pool[best].start) best = lo;
  }
  let lo = best;
  let hi = best + need - 1;
  // Two stories in one collection: the seeds (2024) beside the 30 Wikinews Apple articles (2005–2011). When the
  // stretch holding CORE_SHARE of the events has a gap of over a year (SPLIT_GAP_MS) that is longer than the rest
  // of it together, it is two stretches of news, and the axis across the gap squeezed each into a corner
  // (2005–2041); the core is that of the side with more of the events (ties: the later, the newer story), and the other
  // lies beside it, one click away. (Not for a background, preferFine false: its years are spread thin by nature.)
  let widest = lo;
  for (let i = lo; i < hi; i++) if (pool[i + 1].start - pool[i].start > pool[widest + 1].start - pool[widest].start) widest = i;
  const widestGap = hi > lo ? pool[widest + 1].start - pool[widest].start : 0;
  if (preferFine && widestGap > SPLIT_GAP_MS && widestGap * 2 > pool[hi].start - pool[lo].start) {
    const cut = pool[widest + 1].start;
    const before = pool.filter((i) => i.start < cut);
    const after = pool.filter((i) => i.start >= cut);
    return corePeriod(before.length > after.length ? before : after, options);
  }
  const gap = (pool[hi].start - pool[lo].start) * CONTIGUOUS_SHARE;
  while (lo > 0 && pool[lo].start - pool[lo - 1].start <= gap) lo--;
  while (hi < pool.length - 1 && pool[hi + 1].start - pool[hi].start <= gap) hi++;
  const chosen = pool.slice(lo, hi + 1);
  const last = chosen.reduce((a, b) => (b.end > a.end ? b : a));
  return { start: chosen[0].start, end: last.end, first: chosen[0], last };
}
