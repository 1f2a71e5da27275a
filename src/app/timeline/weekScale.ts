/**
 * Week ticks on the axis between vis-timeline's day and month scales. vis picks the smallest step that leaves each
 * label room for `maxMinorChars` characters, from 1 day, 2 days, (1 week only with `showWeekScale`), then 1 month. At
 * 1280×720 the BBC spill coverage zoomed to June and July 2010 (about 20 px a day, less than the 2 days' room a label
 * needs) fell on the month scale: the axis said only "Jun" and "Jul", 540 px apart, and no reader could tell on which
 * day "BP's shares fell" or "A cap was put on the well" lay. vis's `showWeekScale` also moves the day scale's second
 * row of labels from the 1st of each month to every Monday ("April 2010" under each week), so it is turned on only
 * where the day scale cannot be chosen: when the least step a label needs is 2 days or more.
 */

const DAY_MS = 86_400_000;

/** vis-timeline's TimeAxis (private, read at 8.5.4): what it sizes its labels by, and the method that draws them */
export interface VisTimeAxis {
  options: { maxMinorChars: number; showWeekScale?: boolean };
  props: { minorCharWidth?: number };
  body: { util: { toTime(x: number): Date } };
  _repaintLabels(): void;
}

/** The least time between two minor labels, as vis computes it (a label of `maxMinorChars` characters). */
export function leastStepMs(axis: VisTimeAxis): number {
  const px = (axis.props.minorCharWidth || 10) * axis.options.maxMinorChars;
  return axis.body.util.toTime(px).valueOf() - axis.body.util.toTime(0).valueOf();
}

/** Week ticks where days do not fit: true when the least step is 2 days or more (vis's day scale steps 1 or 2 days). */
export const weeksFit = (leastStep: number): boolean => leastStep >= 2 * DAY_MS;

/** Before each drawing of the axis labels, turns vis's week scale on where no day scale fits. False: not vis 8.5.4's axis. */
export function withWeekScale(timeline: unknown): boolean {
  const axis = (timeline as { timeAxis?: Partial<VisTimeAxis> }).timeAxis;
  if (!axis || typeof axis._repaintLabels !== 'function' || !axis.options || !axis.props || !axis.body?.util) return false;
  const whole = axis as VisTimeAxis;
  const repaint = whole._repaintLabels.bind(whole);
  whole._repaintLabels = () => {
    whole.options.showWeekScale = weeksFit(leastStepMs(whole));
    repaint();
  };
  return true;
}
