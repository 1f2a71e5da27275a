/**
 * Look-ups into a document's time expressions and tokens that cost the logarithm of the document, not its length.
 *
 * Why: the title and date rules ask, for each token of each clause, "is this token inside a time expression?" — a scan of
 * every time expression of the document, so a long article paid (clauses × times): on a 100 kB article of two
 * repeated sentences, `events()` took 3.45 CPU s on 40 kB and 15.43 on 80 kB (docs/performance.md, "Build step, 7 Dec
 * 2026 (noon)").
 * These functions answer exactly what the scans answered (the first match in the array's order, the same false for a
 * token index past the end), from an index built once per array.
 */

type Span = { start: number; end: number };

/** Arrays shorter than this are scanned: an index would cost more than it saves. */
const INDEX_FROM = 24;

interface SpanIndex {
  /** The array's length when indexed: an array that has grown since is indexed again. */
  length: number;
  /** Positions in the array, by start. */
  order: Int32Array;
  /** start of order[j]. */
  starts: Float64Array;
  /** The largest end of order[0..j]. */
  maxEnd: Float64Array;
}

const indexes = new WeakMap<ReadonlyArray<Span>, SpanIndex>();

function indexOf(spans: ReadonlyArray<Span>): SpanIndex | null {
  if (spans.length < INDEX_FROM) return null;
  const known = indexes.get(spans);
  if (known && known.length === spans.length) return known;
  for (const x of spans) if (!Number.isFinite(x.start) || !Number.isFinite(x.end)) return null;
  const order = Int32Array.from(spans.keys()).sort((p, q) => spans[p].start - spans[q].start || p - q);
  const starts = Float64Array.from(order, (p) => spans[p].start);
  const maxEnd = new Float64Array(order.length);
  let most = Number.NEGATIVE_INFINITY;
  order.forEach((p, j) => {
    most = Math.max(most, spans[p].end);
    maxEnd[j] = most;
  });
  const made = { length: spans.length, order, starts, maxEnd };
  indexes.set(spans, made);
  return made;
}

/** How many spans start before `at` (strictly, or at it too when `orAt`). */
function countStartingBefore(ix: SpanIndex, at: number, orAt: boolean): number {
  let lo = 0;
  let hi = ix.starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ix.starts[mid] < at || (orAt && ix.starts[mid] === at)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Some span overlaps [s, e): `spans.some((x) => s < x.end && e > x.start)`. */
export function overlapsAny(spans: ReadonlyArray<Span>, s: number, e: number): boolean {
  const ix = Number.isFinite(s) && Number.isFinite(e) ? indexOf(spans) : null;
  if (!ix) return spans.some((x) => s < x.end && e > x.start);
  const n = countStartingBefore(ix, e, false);
  return n > 0 && ix.maxEnd[n - 1] > s;
}

/** Some span holds character `at`: `spans.some((x) => at >= x.start && at < x.end)`. */
export function holdsPoint(spans: ReadonlyArray<Span>, at: number): boolean {
  const ix = Number.isFinite(at) ? indexOf(spans) : null;
  if (!ix) return spans.some((x) => at >= x.start && at < x.end);
  const n = countStartingBefore(ix, at, true);
  return n > 0 && ix.maxEnd[n - 1] > at;
}

/** The spans that start in [from, to], in the array's order: `spans.filter((x) => x.start >= from && x.start <= to)`. */
export function startingIn<T extends Span>(spans: ReadonlyArray<T>, from: number, to: number): T[] {
  const ix = Number.isFinite(from) && Number.isFinite(to) ? indexOf(spans) : null;
  if (!ix) return spans.filter((x) => x.start >= from && x.start <= to);
  const positions: number[] = [];
  for (let j = countStartingBefore(ix, from, false); j < ix.starts.length && ix.starts[j] <= to; j++) positions.push(ix.order[j]);
  return positions.sort((p, q) => p - q).map((p) => spans[p]);
}

/** The first span, in the array's order, that holds [s, e]: `spans.find((x) => s >= x.start && e <= x.end)`. */
export function firstHolding<T extends Span>(spans: ReadonlyArray<T>, s: number, e: number): T | undefined {
  const ix = Number.isFinite(s) && Number.isFinite(e) ? indexOf(spans) : null;
  if (!ix) return spans.find((x) => s >= x.start && e <= x.end);
  let best = -1;
  for (let j = countStartingBefore(ix, s, true) - 1; j >= 0 && ix.maxEnd[j] >= e; j--) {
    const p = ix.order[j];
    if (spans[p].end >= e && (best < 0 || p < best)) best = p;
  }
  return best < 0 ? undefined : spans[best];
}

const ascending = new WeakMap<Int32Array, boolean>();

/** No token starts before the one before it. */
export function startsAscend(starts: Int32Array): boolean {
  let sorted = ascending.get(starts);
  if (sorted === undefined) {
    sorted = starts.every((x, i) => i === 0 || starts[i - 1] <= x);
    ascending.set(starts, sorted);
  }
  return sorted;
}

/** The first token that starts at character `at`, or -1: `t.start.indexOf(at)`, searched by halves when the starts ascend. */
export function tokenStartingAt(starts: Int32Array, at: number): number {
  if (!startsAscend(starts)) return starts.indexOf(at);
  let lo = 0;
  let hi = starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (starts[mid] < at) lo = mid + 1;
    else hi = mid;
  }
  return lo < starts.length && starts[lo] === at ? lo : -1;
}
