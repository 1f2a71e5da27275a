/**
 * Weights of importance's components, fitted leave-one-topic-out (docs/story.md, "A linear combination of the
 * components, fitted leave one topic out"). importance sums five log counts with weight 1 each: the event's reports
 * and publishers (corroboration), the documents referring to its day discounted in busy weeks (salience), the
 * documents recalling the day a week or more later (recall) and the articles of the day and the two after (burst).
 * This lab rates every topic's events and filler days once, then for each weight vector of a grid re-scores them
 * (corroboration's two counts share a weight: each development topic has one publisher), ranks event and filler days
 * together as summarize does, and scores Date F1 as score-tls does. Each topic left out is scored with the vector
 * best on the other seven (equal weights win ties), so a fit is not taken for a gain on the topic it was fitted on.
 *
 *   npx tsx scripts/eval/weights-lab.ts TIMELINES_DIR GOLD_DIR [--top K]
 *
 * The grid: each of the four weights in 0, ¼, ½, 1, 1½, 2, 3, and the exponent of the coverage discount on salience
 * in ½ (importance's), 0, ¼, ¾, 1 (the vector's fifth entry is its index). PUB=w adds the publication days that are
 * neither event nor filler days, scored as an event the day's first article reports, times w (a day an article tells
 * without a date, "A study ... has confirmed the presence of a toxic chemical residue", is published that day).
 *
 * Deterministic: a fixed grid, ties to the earlier vector of the grid, equal weights first.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { rateImportance } from '../../src/extract/importance';
import type { EventRecord } from '../../src/schema/timeline';
import { segmentSentences } from '../../src/extract/segment';
import { type FillerDocument, fillerDays, readDaySentence } from '../../src/story/filler';
import { leaveOneOut } from './loto';
import { importanceDocs } from './rank-lab';
import { DEVELOPMENT_TOPICS, dateF1, type GoldTimeline } from './timeline17';

type Why = NonNullable<EventRecord['importanceWhy']>;
/** The exponent of importance's coverage discount on salience (importance.ts: ½), fitted with the weights. */
const COVERAGE_EXPONENTS = [0.5, 0, 0.25, 0.75, 1];
const lg = (n: number) => Math.log2(1 + n);

/** The four log features of a component vector: corroboration (reports + publishers), salience, recall, burst. */
export function features(w: Why, x = 0.5): number[] {
  return [lg(w.documents) + lg(w.publishers), lg(w.dateDocuments / Math.max(1, w.coverage ?? 1) ** x), lg(w.laterDocuments), lg(w.burst)];
}

interface Candidate {
  date: string;
  feats: number[];
  /** the features with salience discounted by coverage^x, x of COVERAGE_EXPONENTS */
  byExponent: number[][];
  /** a term added whatever the weights (TOLD) */
  extra: number;
  period: number;
}

export interface TopicData {
  topic: string;
  /** One list per gold timeline of the topic: the candidates of its window, and the gold. */
  runs: Array<{ candidates: Candidate[]; gold: GoldTimeline; n: number }>;
}

/**
 * Day → documents with a sentence that tells the day (readDaySentence: the clause holding the date phrase is finite,
 * past or a present perfect, no modal, no future), not only names it ("BP is set to reveal its latest results on
 * Tuesday" names the day; "BP said on Tuesday it had ..." tells it). TOLD=w adds w × log2(1 + that count).
 */
function toldDocuments(docs: readonly FillerDocument[], window: { from: string; to: string }): Map<string, Set<string>> {
  const by = new Map<string, Set<string>>();
  for (const doc of docs) {
    let sentences: ReturnType<typeof segmentSentences> | null = null;
    for (const t of doc.times) {
      if (!t.value || t.precision !== 'day' || t.value < window.from || t.value > window.to) continue;
      if (doc.excluded.some(([a, b]) => t.start < b && t.end > a) || by.get(t.value)?.has(doc.id)) continue;
      sentences ??= segmentSentences(doc.text);
      const s = sentences.find((x) => x.start <= t.start && x.end >= t.end);
      if (!s || !readDaySentence(s.text, t.start - s.start, t.end - s.start).tells) continue;
      let set = by.get(t.value);
      if (!set) by.set(t.value, (set = new Set()));
      set.add(doc.id);
    }
  }
  return by;
}

function load(dir: string, goldDir: string, topic: string): TopicData {
  const { events, docs } = importanceDocs(dir, topic);
  const rated = rateImportance(events, docs);
  const golds = JSON.parse(readFileSync(join(goldDir, `${topic}.gold.json`), 'utf8')) as GoldTimeline[];
  const fdocs = docs as FillerDocument[];
  const runs = golds.map((gold) => {
    const days = gold.map(([d]) => d).sort();
    const window = { from: days[0], to: days.at(-1) as string };
    const candidates: Candidate[] = [];
    const told = process.env.TOLD ? toldDocuments(fdocs, window) : new Map<string, Set<string>>();
    const toldBonus = (day: string, reporting: readonly string[]) =>
      Number(process.env.TOLD ?? 0) * lg(new Set([...(told.get(day) ?? []), ...(process.env.TOLDR ? reporting : [])]).size);
    for (const e of rated) {
      if (e.date.precision !== 'day' || !e.importanceWhy || e.date.value < window.from || e.date.value > window.to) continue;
      const reporting = e.mentions.map((m) => m.doc);
      candidates.push({
        date: e.date.value,
        feats: features(e.importanceWhy),
        byExponent: COVERAGE_EXPONENTS.map((x) => features(e.importanceWhy as Why, x)),
        extra: toldBonus(e.date.value, reporting),
        period: e.importanceWhy.period === 'story' ? 1 : 0.5,
      });
    }
    // Filler days, scored as an event one of their referring articles reports (fillerDays' own rating, again)
    const fill = fillerDays(rated, fdocs, window);
    const earliest = (rs: (typeof fill)[number]['references']) =>
      rs.reduce((a, b) => {
        const [pa, pb] = [a.doc.published?.value ?? '9999', b.doc.published?.value ?? '9999'];
        return pb < pa || (pb === pa && b.doc.id < a.doc.id) ? b : a;
      }).doc.id;
    const pseudo = fill.map(
      (d) =>
        ({
          id: `filler-${d.date}`,
          date: { value: d.date, precision: 'day' },
          mentions: [{ doc: earliest(d.references) }],
          title: '',
          actors: [],
        }) as unknown as EventRecord,
    );
    const prated = rateImportance(pseudo, docs);
    prated.forEach((p, i) => {
      const w = p.importanceWhy as Why;
      const c = {
        date: fill[i].date,
        feats: features(w),
        byExponent: COVERAGE_EXPONENTS.map((x) => features(w, x)),
        extra: toldBonus(
          fill[i].date,
          pseudo[i].mentions.map((m) => m.doc),
        ),
        period: 1,
      };
      // check: equal weights give fillerDays' own score
      const s = Math.round(c.feats.reduce((a, b) => a + b, 0) * 1000) / 1000;
      if (Math.abs(s - fill[i].score) > 0.002) throw new Error(`filler score mismatch ${topic} ${c.date} ${s} ${fill[i].score}`);
      candidates.push(c);
    });
    if (process.env.PUB) {
      // publication days that are neither event nor filler days, scored as an event the day's first article reports
      const have = new Set(candidates.map((c) => c.date));
      const firstOn = new Map<string, string>();
      for (const d of [...docs].sort((a, b) => (a.id < b.id ? -1 : 1))) {
        const day = d.published?.precision === 'day' ? d.published.value.slice(0, 10) : null;
        if (!day || day < window.from || day > window.to || have.has(day) || firstOn.has(day)) continue;
        firstOn.set(day, d.id);
      }
      const ps = [...firstOn].map(
        ([day, doc]) => ({ id: `pub-${day}`, date: { value: day, precision: 'day' }, mentions: [{ doc }], title: '', actors: [] }) as unknown as EventRecord,
      );
      rateImportance(ps, docs).forEach((p, i) => {
        const w = p.importanceWhy as Why;
        if (w.period === 'story')
          candidates.push({
            date: ps[i].date.value,
            feats: features(w),
            byExponent: COVERAGE_EXPONENTS.map((x) => features(w, x)),
            extra: 0,
            period: Number(process.env.PUB),
          });
      });
    }
    return { candidates, gold, n: gold.length };
  });
  return { topic, runs };
}

/** A topic's Date F1 under a weight vector (mean over its gold timelines). */
export function scoreTopic(t: TopicData, w: readonly number[]): number {
  let total = 0;
  const xi = w[4] ?? 0;
  for (const run of t.runs) {
    const best = new Map<string, number>();
    for (const c of run.candidates) {
      const s = Math.round(c.period * (c.byExponent[xi].reduce((a, f, i) => a + w[i] * f, 0) + c.extra) * 1000) / 1000;
      if (s > (best.get(c.date) ?? Number.NEGATIVE_INFINITY)) best.set(c.date, s);
    }
    const ranked = [...best].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([d]) => d);
    if (process.env.PICKS === t.topic) console.error(`[${w.join(', ')}] ${ranked.slice(0, run.n).sort().join(' ')}`);
    total += dateF1(ranked.slice(0, run.n), run.gold);
  }
  return total / t.runs.length;
}

/** The grid: equal weights first, then every vector of LEVELS^4 but all-zero. */
export function grid(levels: readonly number[]): number[][] {
  const out: number[][] = [[1, 1, 1, 1]];
  const rec = (prefix: number[]) => {
    if (prefix.length === 4) {
      if (prefix.some((x) => x > 0) && prefix.join() !== '1,1,1,1') out.push(prefix);
      return;
    }
    for (const l of levels) rec([...prefix, l]);
  };
  rec([]);
  return out;
}

if (process.argv[1]?.endsWith('weights-lab.ts')) {
  const [dir, goldDir] = process.argv.slice(2);
  const topK = Number(process.argv[process.argv.indexOf('--top') + 1]) || 10;
  const topics = DEVELOPMENT_TOPICS.map((t) => load(dir, goldDir, t));
  // the fifth entry is the index of the coverage exponent (COVERAGE_EXPONENTS; 0 is importance's ½)
  const vectors = grid([0, 0.25, 0.5, 1, 1.5, 2, 3]).flatMap((w) => COVERAGE_EXPONENTS.map((_, xi) => [...w, xi]));
  const rows = vectors.map((w) => topics.map((t) => scoreTopic(t, w)));
  const mean = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
  const fmt = (xs: readonly number[]) => xs.map((x) => x.toFixed(3)).join(' ');
  console.log(`topics: ${DEVELOPMENT_TOPICS.join(' ')}`);
  console.log(`equal weights      ${fmt(rows[0])}  mean ${mean(rows[0]).toFixed(3)}`);
  const order = rows.map((r, i) => [i, mean(r)] as const).sort((a, b) => b[1] - a[1] || a[0] - b[0]);
  console.log(`in sample, best ${topK} of ${vectors.length} vectors (corroboration, salience, recall, burst):`);
  for (const [i, m] of order.slice(0, topK)) console.log(`  [${vectors[i].join(', ')}]  ${fmt(rows[i])}  mean ${m.toFixed(3)}`);
  // leave one topic out (loto.ts: a vector must beat an earlier one by more than rounding, so equal weights win ties)
  const { picks, scores } = leaveOneOut(rows);
  topics.forEach((t, k) => {
    const others = mean(rows[picks[k]].filter((_, j) => j !== k));
    console.log(
      `  left out ${t.topic.padEnd(22)} vector [${vectors[picks[k]].join(', ')}] (mean of the others ${others.toFixed(3)}; all eight ${fmt(rows[picks[k]])})  ${rows[0][k].toFixed(3)} -> ${scores[k].toFixed(3)}`,
    );
  });
  console.log(`leave-one-topic-out ${fmt(scores)}  mean ${mean(scores).toFixed(3)} (equal weights ${mean(rows[0]).toFixed(3)})`);
}
