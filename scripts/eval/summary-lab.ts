/**
 * summarize's laboratory (docs/story.md, "Filler days"): scores `summarize` on timelines already extracted (the
 * `<topic>.json` and its texts that `extract` writes) with score-tls, Date F1 and ROUGE-1 per topic, as `npm run
 * eval` does without extracting again. NOFILL=1 gives the key dates alone.
 *
 *   npx tsx scripts/eval/summary-lab.ts TIMELINES_DIR GOLD_DIR
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseTimeline } from '../../src/schema/timeline';
import { importanceDocuments } from '../../src/story/filler';
import { readTimelineTexts } from '../../src/story/read-texts';
import { DEVELOPMENT_TOPICS, type GoldTimeline, scoreTls, summaryAsTimeline } from './timeline17';

const [dir, goldDir] = process.argv.slice(2);
const root = resolve(import.meta.dirname, '../..');
const tmp = join(process.env.TMPDIR ?? tmpdir(), 'summary-lab');
mkdirSync(tmp, { recursive: true });
let f = 0;
let r = 0;
for (const topic of DEVELOPMENT_TOPICS) {
  const file = join(dir, `${topic}.json`);
  const parsed = parseTimeline(readFileSync(file, 'utf8'));
  if (!parsed.ok) throw new Error(parsed.error);
  const texts = process.env.NOFILL ? null : readTimelineTexts(file, parsed.timeline);
  const docs = texts ? importanceDocuments(parsed.timeline.documents, texts) : null;
  const golds = JSON.parse(readFileSync(join(goldDir, `${topic}.gold.json`), 'utf8')) as GoldTimeline[];
  let tf = 0;
  let tr = 0;
  golds.forEach((gold, i) => {
    const s = join(tmp, `${topic}-${i}.json`);
    const g = join(tmp, `${topic}-gold-${i}.json`);
    writeFileSync(s, JSON.stringify({ events: summaryAsTimeline(parsed.timeline.events, docs, gold).events }));
    writeFileSync(g, JSON.stringify([gold]));
    const score = scoreTls(root, s, g);
    tf += score.dateF1 / golds.length;
    tr += score.r1 / golds.length;
  });
  f += tf / DEVELOPMENT_TOPICS.length;
  r += tr / DEVELOPMENT_TOPICS.length;
  console.log(`${topic.padEnd(22)} Date F1 ${tf.toFixed(3)}  ROUGE-1 ${tr.toFixed(3)}`);
}
console.log(`${'mean'.padEnd(22)} Date F1 ${f.toFixed(3)}  ROUGE-1 ${r.toFixed(3)}`);
