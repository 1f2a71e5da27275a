/**
 * The handout's timeline graphic, laid out as plain numbers: where each event's marker sits on a printed axis,
 * in which row (markers that would touch go one row up), and the axis's ticks. The SVG is drawn from this by
 * HandoutTimeline; the numbers on the markers are the entries' numbers in the list below it.
 */

export interface PrintedSpan {
  /** ms */
  start: number;
  /** ms; equal to start for a day */
  end: number;
}

export interface Marker {
  /** px from the axis's left end: where the event starts */
  x: number;
  /** px: the span of a month or a year; 0 for a day */
  width: number;
  /** 0 is the row on the axis */
  row: number;
  /** px from the axis's left end: where the marker's number starts (inside a bar wide enough, else after it) */
  numberAt: number;
}

export interface Tick {
  x: number;
  label: string;
}

export interface GraphicLayout {
  markers: Marker[];
  rows: number;
  ticks: Tick[];
}

const YEAR_MS = 365.25 * 86_400_000;
/** the radius of a numbered day's dot (Handout.tsx draws it) */
export const DOT_RADIUS = 4;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * Markers for the spans (in the handout's order) on an axis `width` px wide; `label` px is what a marker's
 * number takes, so two markers closer than that share no row.
 */
export function layoutGraphic(spans: readonly PrintedSpan[], width: number, label = 22): GraphicLayout {
  if (!spans.length) return { markers: [], rows: 0, ticks: [] };
  let first = Infinity;
  let last = -Infinity;
  for (const s of spans) {
    first = Math.min(first, s.start);
    last = Math.max(last, s.end);
  }
  // a little room either side, and never less than a month across
  const pad = Math.max((last - first) * 0.03, 15 * 86_400_000);
  const from = first - pad;
  const to = last + pad;
  const x = (t: number) => ((t - from) / (to - from)) * width;
  const rowEnds: number[] = [];
  const markers = spans.map((s) => {
    const left = x(s.start);
    const w = s.end > s.start ? Math.max(2, x(s.end) - left) : 0;
    // A bar narrower than a number has its number after it, as a point has: inside, "18" runs past the right end of
    // its week's bar (a week is 9 px on an axis of seven months), and reads as part of the next marker's.
    const holds = w >= label;
    const numberAt = w === 0 ? left + 6 : holds ? left + 3 : left + w + 3;
    // the marker ends where its number ends: a point's number is drawn 6 px past its date, so counted from the date,
    // "11" runs up to 4 px into the dot of 15 in the same row
    const right = Math.max(left + w, numberAt + label);
    // a point's dot reaches DOT_RADIUS left of its date: counted from its date, "11" runs into the dot of 15 (the BBC
    // spill coverage's handout, where key events a few days apart stack)
    const from = w === 0 ? left - DOT_RADIUS : left;
    let row = rowEnds.findIndex((end) => end <= from - 2);
    if (row < 0) row = rowEnds.push(right) - 1;
    else rowEnds[row] = right;
    return { x: left, width: w, row, numberAt };
  });
  return { markers, rows: rowEnds.length, ticks: ticksBetween(from, to, x) };
}

/** Years when the axis spans two years or more (every n-th year when they crowd), else months. */
function ticksBetween(from: number, to: number, x: (t: number) => number): Tick[] {
  const ticks: Tick[] = [];
  const a = new Date(from);
  if (to - from >= 2 * YEAR_MS) {
    const firstYear = a.getUTCFullYear() + 1;
    const lastYear = new Date(to).getUTCFullYear();
    const step = Math.max(1, Math.ceil((lastYear - firstYear + 1) / 12));
    for (let y = firstYear; y <= lastYear; y += step) ticks.push({ x: x(Date.UTC(y, 0, 1)), label: String(y) });
    return ticks;
  }
  let y = a.getUTCFullYear();
  let m = a.getUTCMonth() + 1;
  const months: Array<[number, number]> = [];
  for (let t = Date.UTC(y, m, 1); t <= to; t = Date.UTC(y, m, 1)) {
    months.push([y, m]);
    if (++m > 11) {
      m = 0;
      y++;
    }
  }
  const step = Math.max(1, Math.ceil(months.length / 12));
  for (let i = 0; i < months.length; i += step) {
    const [yy, mm] = months[i];
    ticks.push({ x: x(Date.UTC(yy, mm, 1)), label: mm === 0 || i === 0 ? `${MONTHS[mm]} ${yy}` : MONTHS[mm] });
  }
  return ticks;
}
