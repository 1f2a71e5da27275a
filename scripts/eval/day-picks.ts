/**
 * Each development topic's ranking of candidate days (event days and filler days, as summarize ranks them), the gold
 * days marked (G) and the picked ones (P), with the top event's importance components and title:
 *
 *   npx tsx scripts/eval/day-picks.ts TIMELINES_DIR GOLD_DIR [TOPIC_PART]
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { rateImportance } from '../../src/extract/importance';
import { type FillerDocument, fillerDays } from '../../src/story/filler';
import { compareRankedDays, rankDates } from '../../src/story/rank';
import { importanceDocs } from './rank-lab';
import { DEVELOPMENT_TOPICS, type GoldTimeline } from './timeline17';
const [dir, goldDir, only] = process.argv.slice(2);
for (const topic of DEVELOPMENT_TOPICS) {
  if (only && !topic.includes(only)) continue;
  const { events, docs } = importanceDocs(dir, topic);
  const rated = rateImportance(events, docs);
  const golds = JSON.parse(readFileSync(join(goldDir, `${topic}.gold.json`), 'utf8')) as GoldTimeline[];
  for (const gold of golds) {
    const days = gold.map(([d]) => d).sort();
    const window = { from: days[0], to: days.at(-1) };
    const g = new Set(days);
    const ev = rankDates(rated, window).map((d) => ({
      date: d.date,
      score: d.score,
      why: d.events[0].importanceWhy,
      title: d.events[0].title,
      n: d.events.length,
    }));
    const fl = fillerDays(rated, docs as FillerDocument[], window).map((d) => ({
      date: d.date,
      score: d.score,
      why: undefined,
      title: `[filler] ${d.references[0]?.doc.id}`,
      n: 0,
    }));
    const all = [...ev, ...fl].sort(compareRankedDays);
    console.log(`== ${topic} asked ${gold.length} gold ${g.size} candidates ${all.length}`);
    all.forEach((d, i) => {
      if (i < gold.length + 8 || g.has(d.date)) {
        const w = d.why;
        const ws = w ? `d${w.documents} r${w.dateDocuments} l${w.laterDocuments} b${w.burst} c${w.coverage}` : '';
        console.log(
          `${String(i + 1).padStart(3)} ${i < gold.length ? 'P' : ' '}${g.has(d.date) ? 'G' : ' '} ${d.date} ${d.score.toFixed(2)} ${ws} n${d.n} ${d.title.slice(0, 90)}`,
        );
      }
    });
    const missing = days.filter((d) => !all.some((x) => x.date === d));
    console.log(`   gold without candidate: ${[...new Set(missing)].join(' ')}`);
  }
}
