/**
 * The laboratory of docs/story.md's "Referred days among the event days": re-rates the events of
 * timelines already extracted, summarizes with the filler days as `npm run eval` does, and prints Date F1 per topic as
 * score-tls scores it, beside the date-reference baseline when `npm run eval` has built it (its cache under the
 * temporary folder), and the MAP of the gold days in the whole ranking of event and filler days.
 *
 *   npx tsx scripts/eval/mix-lab.ts TIMELINES_DIR GOLD_DIR
 *
 * Without variables: summarize as it is (event days and filler days ranked together). Variables:
 *   SEQ=1        the filler days only after every event day (the ranking before filler days joined event days)
 *   SHIFT=x      a filler day weighed x points less than summarize weighs it (2: as an event no article reports)
 *   V=nocov      date salience without importance's coverage discount (event days; filler days keep it)
 *   V=burstcov   the burst ÷ coverage^bx (bx=0.5 unless V holds bx=...), above the collection's mean only;
 *   V=burstrel   the same both ways (quiet weeks boosted); V=allcov recall and burst ÷ coverage^ax
 *   DEDUP=t      skip a day within GAP (2) days of a picked day whose top three events share ≥ t of the title's words
 *   ND=1         ask for the gold's distinct days, not its entries (both columns)
 *   V=chron      a day listed by a chronology line ("Sept. 19 - With a final shot of cement, BP permanently kills the
 *                well") gets + cw × log2(1 + documents listing it) (cw=1 unless V holds cw=...); V=chronbin: + cw once
 *   V=burstwk    the burst ÷ the weekdays' expected share of it: each weekday weighs its articles ÷ the collection's mean
 *                per weekday, and the burst's three days are divided by their mean weight (a Friday's cycle runs into
 *                the weekend's thin coverage)
 * Tried on 6 December, late night (docs/story.md, "The quiet months, again"):
 *   V=doccov     the event's documents and publishers ÷ coverage^dx (dx=0.5), as date salience is discounted
 *   V=quiet      + qw × log2(1 ÷ coverage) (qw=1) on every day-dated event of the story period: a quiet week lifted
 *   Q=k QL=λ     the days re-ordered over k strata of equal article mass (stratified): λ × log2(1 + days taken from
 *                the stratum) off each day's score, greedily; without QL a round-robin over the strata
 *   V=pr         + pw × log2(1 + PageRank × days) of the date-reference graph (dateRank; pw=1), event and filler days
 *   PICKS=topic  prints that topic's chosen dates on stderr
 *   MMR=λ        the days re-ordered greedily by score − λ × the share of the top title's words a picked title uses (redundancyPenalized)
 *   PEAK=λ PW=w  each day − λ × log2(1 + candidate days within ±w days (7) that score higher): a local peak of the
 *                story kept over a day of a busy week (7 December: loses at every λ, the Post and H1N1 Guardian first)
 *   V=laterate   recall ÷ (share of the articles published a week or more after the day)^lx (lx=0.5): the chance to be recalled
 Tried on 7 December (docs/story.md, "Six more tries on the events of d2400bf5"):
 *   V=kq         + kw × log2(1 + 1 ÷ coverage) on an event whose title is a milestone (happening-kind.ts; kw=2): rank-lab's
 *                KQ=1 K=kw,0,0,0 with the filler days ranked among the event days
 *   V=ddays      corroboration counted by the distinct publication days of the event's reports (dw=1 × the difference)
 *
 * `scripts/eval/loto.ts` runs several settings and scores each topic by the setting best on the seven others.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type ImportanceDocument, rateImportance } from '../../src/extract/importance';
import type { EventRecord } from '../../src/schema/timeline';
import { type FillerDocument, fillerDays, summarizeWithFiller } from '../../src/story/filler';
import { compareRankedDays, type RankedDate, rankDates } from '../../src/story/rank';
import { happeningKind } from './happening-kind';
import { importanceDocs } from './rank-lab';
import { DEVELOPMENT_TOPICS, type GoldTimeline } from './timeline17';

const V = process.env.V ?? '';
const lg = (n: number) => Math.log2(1 + n);
const num = (k: string, d: number) => {
  const m = V.match(new RegExp(`${k}=([\\d.]+)`));
  return m ? Number(m[1]) : d;
};

function f1(chosen: string[], gold: GoldTimeline, n: number): number {
  const g = new Set(gold.map(([d]) => d));
  const s = new Set(chosen.slice(0, n));
  const hit = [...s].filter((d) => g.has(d)).length;
  const p = s.size ? hit / s.size : 0;
  const r = hit / g.size;
  return p + r ? (2 * p * r) / (p + r) : 0;
}

function variant(events: EventRecord[], afterShare: (day: string) => number = () => 1, pubOf: ReadonlyMap<string, string> = new Map()): EventRecord[] {
  if (!V) return events;
  return events.map((e) => {
    const w = e.importanceWhy;
    if (!w || e.date.precision !== 'day' || w.period !== 'story') return e;
    let imp = e.importance ?? 0;
    const cov = Math.max(1, w.coverage ?? 1);
    // importance.ts's coverage discount undone: date salience counted whole (`coverage` of docs/story.md, 4 December)
    if (V.includes('nocov')) imp += lg(w.dateDocuments) - lg(w.dateDocuments / Math.sqrt(cov));
    if (V.includes('burstcov')) imp += lg(w.burst / cov ** num('bx', 0.5)) - lg(w.burst);
    if (V.includes('burstrel')) imp += lg(w.burst / Math.max(0.05, w.coverage ?? 1) ** num('bx', 0.5)) - lg(w.burst);
    if (V.includes('allcov')) {
      const x = num('ax', 0.5);
      imp += lg(w.laterDocuments / cov ** x) - lg(w.laterDocuments) + lg(w.burst / cov ** x) - lg(w.burst);
    }
    // corroboration discounted in busy weeks as date salience is
    if (V.includes('doccov')) {
      const x = num('dx', 0.5);
      imp += lg(w.documents / cov ** x) - lg(w.documents) + lg(w.publishers / cov ** x) - lg(w.publishers);
    }
    // a quiet week's happening lifted, whatever its kind (KQ of rank-lab without the milestone test)
    if (V.includes('quiet')) imp += num('qw', 1) * lg(1 / Math.max(0.05, w.coverage ?? 1));
    // recall over the chance of being recalled: the share of the collection's articles published a week or more after
    if (V.includes('laterate')) imp += lg(w.laterDocuments / Math.max(0.05, afterShare(e.date.value)) ** num('lx', 0.5)) - lg(w.laterDocuments);
    // a milestone of a quiet week (rank-lab's KQ=1 K=kw,0,0,0): + kw × log2(1 + 1 ÷ coverage) for a milestone title
    if (V.includes('kq') && happeningKind(e.title) === 'milestone') imp += num('kw', 2) * lg(1 / Math.max(0.1, w.coverage ?? 1));
    // corroboration by the distinct publication days of the event's reports: a happening that stays in the news
    if (V.includes('ddays')) {
      const days = new Set(e.mentions.map((m) => pubOf.get(m.doc) ?? m.doc));
      imp += num('dw', 1) * (lg(days.size) - lg(w.documents));
    }
    return { ...e, importance: Math.round(imp * 1000) / 1000 };
  });
}

const STOP = new Set(
  'a an the of to in on and or for with by at from as is are was were be been has have had it its that this which who said says will would after before over into than but not his her their he she they bp oil spill gulf'.split(
    ' ',
  ),
);
const words = (t: string) =>
  new Set(
    t
      .toLowerCase()
      .replace(/[^a-z0-9 ]/g, ' ')
      .split(/\s+/)
      .filter((x) => x.length > 2 && !STOP.has(x)),
  );
const dayNumber = (d: string) => Date.parse(d) / 864e5;

/** Adjacent days whose top events share most of their titles' words, the weaker one dropped. */
function dedup(ranked: RankedDate[], threshold: number, gap: number): RankedDate[] {
  const kept: RankedDate[] = [];
  for (const d of ranked) {
    const wd = words(d.events[0].title);
    const same = kept.some(
      (k) =>
        Math.abs(dayNumber(k.date) - dayNumber(d.date)) <= gap &&
        k.events.slice(0, 3).some((ke) => {
          const wk = words(ke.title);
          return [...wd].filter((x) => wk.has(x)).length / Math.max(1, Math.min(wd.size, wk.size)) >= threshold;
        }),
    );
    if (!same) kept.push(d);
  }
  return kept;
}

/**
 * Days a document lists in a chronology line: a line that opens with a day's date and a dash or a colon, as wire
 * factboxes are written ("Dec. 15 - The Obama administration launches a legal battle against BP"; "5 May: BP
 * successfully stops the flow"). Day → documents listing it.
 */
export function chronologyDays(docs: readonly ImportanceDocument[]): Map<string, Set<string>> {
  const by = new Map<string, Set<string>>();
  for (const d of docs) {
    for (const t of d.times) {
      if (t.precision !== 'day' || !t.value || d.excluded.some(([a, b]) => t.start < b && t.end > a)) continue;
      const lineStart = d.text.lastIndexOf('\n', t.start - 1) + 1;
      if (!/^[\s*•·-]*$/.test(d.text.slice(lineStart, t.start))) continue;
      if (!/^(,? ?\d{4})?\s*([:–—]|-\s)/.test(d.text.slice(t.end, t.end + 12))) continue;
      // A factbox lists what has happened: a day the time tagger reads forward past the publication ("June 16 - BP
      // agrees to set up a $20 billion fund" in December 2010 read as 2011-06-16) is the year before.
      const published = d.published?.value.slice(0, 10);
      const day = published && t.value > published ? `${Number(t.value.slice(0, 4)) - 1}${t.value.slice(4)}` : t.value;
      let set = by.get(day);
      if (!set) by.set(day, (set = new Set()));
      set.add(d.id);
    }
  }
  return by;
}

/**
 * A day's weekly rhythm factor: the mean, over the burst's three days (the day and the two after it), of each
 * weekday's articles ÷ the collection's mean per weekday. 1 when the collection publishes alike every day.
 */
export function weekdayFactor(docs: readonly ImportanceDocument[]): (day: number) => number {
  const perWeekday = [0, 0, 0, 0, 0, 0, 0];
  let total = 0;
  for (const d of docs) {
    if (d.published?.precision !== 'day') continue;
    const n = Date.parse(d.published.value.slice(0, 10)) / 864e5;
    if (!Number.isFinite(n)) continue;
    perWeekday[(((n + 4) % 7) + 7) % 7]++;
    total++;
  }
  const weight = perWeekday.map((c) => (total ? c / (total / 7) : 1));
  return (day) => (weight[(day + 4) % 7] + weight[(day + 5) % 7] + weight[(day + 6) % 7]) / 3 || 1;
}

/**
 * The days re-ordered over k strata of equal article mass (the publication days' quantiles): greedily the day of best
 * score − λ × log2(1 + days already taken from its stratum); λ large is a round-robin over the strata.
 */
export function stratified(sorted: ReadonlyArray<{ date: string; score: number }>, docs: readonly ImportanceDocument[], k: number, lambda: number): string[] {
  const pubs = docs
    .map((d) => d.published?.value.slice(0, 10))
    .filter((x): x is string => !!x)
    .sort();
  const bounds = Array.from({ length: k - 1 }, (_, i) => pubs[Math.floor(((i + 1) / k) * (pubs.length - 1))]);
  const stratum = (d: string) => bounds.filter((b) => b <= d).length;
  const taken = new Array(k).fill(0);
  const left = [...sorted];
  const out: string[] = [];
  while (left.length) {
    let best = 0;
    let bestValue = Number.NEGATIVE_INFINITY;
    left.forEach((d, i) => {
      const v = d.score - Math.min(lambda, 1e6) * lg(taken[stratum(d.date)]);
      if (v > bestValue + 1e-9) {
        bestValue = v;
        best = i;
      }
    });
    const [d] = left.splice(best, 1);
    taken[stratum(d.date)]++;
    out.push(d.date);
  }
  return out;
}

/**
 * PageRank over the date-reference graph (Tran et al.'s date selection): an edge from a document's publication day to
 * each other day it refers to at day precision, once per document; damping 0.85, dangling days spread evenly.
 */
export function dateRank(docs: readonly ImportanceDocument[]): Map<string, number> {
  const out = new Map<string, Map<string, number>>();
  const nodes = new Set<string>();
  for (const d of docs) {
    const p = d.published?.value.slice(0, 10);
    if (!p) continue;
    nodes.add(p);
    const seen = new Set<string>();
    for (const t of d.times) {
      if (t.precision !== 'day' || !t.value || d.excluded.some(([a, b]) => t.start < b && t.end > a)) continue;
      const v = t.value.slice(0, 10);
      if (v === p || seen.has(v)) continue;
      seen.add(v);
      nodes.add(v);
      let m = out.get(p);
      if (!m) out.set(p, (m = new Map()));
      m.set(v, (m.get(v) ?? 0) + 1);
    }
  }
  const list = [...nodes].sort();
  const n = list.length;
  let pr = new Map(list.map((x) => [x, 1 / n]));
  for (let it = 0; it < 50; it++) {
    const next = new Map(list.map((x) => [x, 0.15 / n]));
    let dangling = 0;
    for (const x of list) {
      const m = out.get(x);
      const mass = pr.get(x) ?? 0;
      if (!m) {
        dangling += mass;
        continue;
      }
      const total = [...m.values()].reduce((a, b) => a + b, 0);
      for (const [y, w] of m) next.set(y, (next.get(y) ?? 0) + (0.85 * mass * w) / total);
    }
    for (const x of list) next.set(x, (next.get(x) ?? 0) + (0.85 * dangling) / n);
    pr = next;
  }
  return pr;
}

/**
 * The days re-ordered greedily by score − λ × the largest share of the day's top title's content words that a title
 * already taken uses, anywhere in the story (maximal marginal relevance over the key events' titles). A day without
 * an event (a filler day) shares nothing.
 */
export function redundancyPenalized(sorted: ReadonlyArray<{ date: string; score: number }>, titleOf: ReadonlyMap<string, string>, lambda: number): string[] {
  const left = [...sorted];
  const taken: Array<Set<string>> = [];
  const out: string[] = [];
  const overlap = (date: string) => {
    const t = titleOf.get(date);
    if (!t) return 0;
    const w = words(t);
    if (!w.size) return 0;
    return Math.max(0, ...taken.map((k) => [...w].filter((x) => k.has(x)).length / w.size));
  };
  while (left.length) {
    let best = 0;
    let bestValue = Number.NEGATIVE_INFINITY;
    left.forEach((d, i) => {
      const v = d.score - lambda * overlap(d.date);
      if (v > bestValue + 1e-9) {
        bestValue = v;
        best = i;
      }
    });
    const [d] = left.splice(best, 1);
    const t = titleOf.get(d.date);
    if (t) taken.push(words(t));
    out.push(d.date);
  }
  return out;
}

/** The date-reference baseline's days, as `npm run eval` built them (score-tls: documents per day), or null. */
function baselineDays(topic: string): Array<[string, number]> | null {
  const cache = join(tmpdir(), 'chronolens-eval-t17');
  const file = existsSync(cache) ? readdirSync(cache).find((x) => x.startsWith(`${topic}-`) && x.includes('-baseline-') && x.endsWith('.json')) : undefined;
  if (!file) return null;
  const tl = JSON.parse(readFileSync(join(cache, file), 'utf8')) as { events: EventRecord[] };
  const by = new Map<string, number>();
  for (const e of tl.events) {
    if (e.date?.precision !== 'day') continue;
    by.set(e.date.value, (by.get(e.date.value) ?? 0) + new Set(e.mentions.map((m) => m.doc)).size);
  }
  return [...by];
}

if (process.argv[1]?.endsWith('mix-lab.ts')) {
  const [dir, goldDir] = process.argv.slice(2);
  const chron = V.includes('chron');
  const custom =
    process.env.PEAK ||
    process.env.MMR ||
    V.includes('pr') ||
    process.env.Q ||
    process.env.SEQ ||
    process.env.SHIFT ||
    process.env.DEDUP ||
    chron ||
    V.includes('burstwk');
  let mean = 0;
  let bmean = 0;
  let mapMean = 0;
  const parts: string[] = [];
  for (const topic of DEVELOPMENT_TOPICS) {
    const { events, docs } = importanceDocs(dir, topic);
    const pubDays = docs.map((d) => d.published?.value.slice(0, 10)).filter((x): x is string => !!x);
    const afterShare = (day: string) => {
      const from = new Date(Date.parse(day) + 7 * 864e5).toISOString().slice(0, 10);
      return pubDays.filter((p) => p >= from).length / Math.max(1, pubDays.length);
    };
    const pubOf = new Map(docs.map((d) => [d.id, d.published?.value.slice(0, 10) ?? d.id]));
    const rated = variant(rateImportance(events, docs), afterShare, pubOf);
    const fdocs = docs as FillerDocument[];
    const golds = JSON.parse(readFileSync(join(goldDir, `${topic}.gold.json`), 'utf8')) as GoldTimeline[];
    const base = baselineDays(topic);
    const wk = weekdayFactor(docs);
    const articlesOn = new Map<number, number>();
    for (const d of docs) {
      if (d.published?.precision !== 'day') continue;
      const n = Date.parse(d.published.value.slice(0, 10)) / 864e5;
      articlesOn.set(n, (articlesOn.get(n) ?? 0) + 1);
    }
    // the event's burst (importanceWhy) or, for a filler day, the same count from the documents
    const weekly = (date: string, burst?: number) => {
      if (!V.includes('burstwk')) return 0;
      const n = Date.parse(date) / 864e5;
      const b = burst ?? [0, 1, 2].reduce((s, i) => s + (articlesOn.get(n + i) ?? 0), 0);
      return lg(b / wk(n)) - lg(b);
    };
    const rank = V.includes('pr') ? dateRank(docs) : new Map<string, number>();
    const prBonus = (day: string) => (V.includes('pr') ? num('pw', 1) * lg((rank.get(day) ?? 0) * rank.size) : 0);
    const listed = chron ? chronologyDays(docs) : new Map<string, Set<string>>();
    const listing = (day: string) => {
      const n = listed.get(day)?.size ?? 0;
      return num('cw', 1) * (V.includes('chronbin') ? Math.min(1, n) : lg(n));
    };
    let tf = 0;
    let bf = 0;
    let map = 0;
    for (const gold of golds) {
      const days = gold.map(([d]) => d).sort();
      const window = { from: days[0], to: days.at(-1) };
      const n = process.env.ND ? new Set(days).size : gold.length;
      const evDays = process.env.DEDUP ? dedup(rankDates(rated, window), Number(process.env.DEDUP), Number(process.env.GAP ?? 2)) : rankDates(rated, window);
      const shift = Number(process.env.SHIFT ?? 0);
      const ev = evDays.map((d) => ({ date: d.date, score: d.score + listing(d.date) + prBonus(d.date) + weekly(d.date, d.events[0].importanceWhy?.burst) }));
      const fl = fillerDays(rated, fdocs, window).map((d) => ({ date: d.date, score: d.score - shift + listing(d.date) + prBonus(d.date) + weekly(d.date) }));
      let merged = [...ev, ...fl];
      if (process.env.PEAK) {
        const lam = Number(process.env.PEAK);
        const w = Number(process.env.PW ?? 7);
        const base = merged.map((d) => ({ ...d, n: dayNumber(d.date) }));
        merged = base.map((d) => ({
          date: d.date,
          score: d.score - lam * lg(base.filter((o) => o !== d && Math.abs(o.n - d.n) <= w && o.score > d.score).length),
        }));
      }
      const sorted = process.env.SEQ ? merged : merged.sort(compareRankedDays);
      const titleOf = new Map(evDays.map((d) => [d.date, d.events[0].title]));
      const ranking = process.env.Q
        ? stratified(sorted, docs, Number(process.env.Q), Number(process.env.QL ?? 1e9))
        : process.env.MMR
          ? redundancyPenalized(sorted, titleOf, Number(process.env.MMR))
          : sorted.map((d) => d.date);
      // summarize itself when no variable changes the selection (filler days whose references no sentence holds are skipped there)
      const chosen = custom ? ranking : summarizeWithFiller(rated, () => fdocs, { dates: n, ...window }).map((d) => d.date);
      if (process.env.PICKS === topic) console.error(chosen.slice(0, n).sort().join(' '));
      tf += f1(chosen, gold, n) / golds.length;
      const g = new Set(days);
      let hits = 0;
      let ap = 0;
      ranking.forEach((d, i) => {
        if (g.has(d)) ap += ++hits / (i + 1);
      });
      map += ap / g.size / golds.length;
      if (base) {
        const b = base
          .filter(([d]) => d >= days[0] && d <= (days.at(-1) as string))
          .sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1))
          .map(([d]) => d);
        bf += f1(b, gold, n) / golds.length;
      }
    }
    mean += tf / DEVELOPMENT_TOPICS.length;
    bmean += bf / DEVELOPMENT_TOPICS.length;
    mapMean += map / DEVELOPMENT_TOPICS.length;
    parts.push(`${topic.padEnd(22)} Date F1 ${tf.toFixed(3)}  baseline ${base ? bf.toFixed(3) : '-'}  MAP ${map.toFixed(3)}`);
  }
  console.log(parts.join('\n'));
  console.log(`${'mean'.padEnd(22)} Date F1 ${mean.toFixed(3)}  baseline ${bmean.toFixed(3)}  MAP ${mapMean.toFixed(3)}`);
}
