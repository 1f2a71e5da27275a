/**
 * How many of the shown events the timeline's window reaches. The header said "30 of 263 events" over Reuters' spill
 * coverage at 1920×1080 while the timeline drew 28: the key events of November 2010 lie months after the story's
 * arc, behind the "2 later events, Nov 2010 ›" marker. The header then says how many are in view as well.
 */
import type { TimelineIndex } from './timelineIndex';
import type { VisibleWindow } from './viewSlice';

/** The shown positions whose span meets the window (endMs is exclusive); null when there is no window yet. */
export function countInWindow(index: Pick<TimelineIndex, 'startMs' | 'endMs'>, shown: readonly number[], window: VisibleWindow | null): number | null {
  if (!window) return null;
  const start = Date.parse(window.start);
  const end = Date.parse(window.end);
  if (!Number.isFinite(start) || !Number.isFinite(end)) return null;
  let n = 0;
  for (const p of shown) if (index.endMs[p] > start && index.startMs[p] <= end) n++;
  return n;
}
