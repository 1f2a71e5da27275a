/**
 * The sentences that refer to given days where no event was extracted (summarize's filler days), each with
 * readDaySentence's reading: how docs/story.md ("Gold days without an event, and a linear combination fitted leave one
 * topic out") read why a journalists' day has no event. Prints the day's filler score and up to six references.
 *
 *   npx tsx scripts/eval/day-references.ts TIMELINES_DIR TOPIC DAY...
 */
import { type FillerDocument, fillerDays, readDaySentence } from '../../src/story/filler';
import { rateImportance } from '../../src/extract/importance';
import { segmentSentences } from '../../src/extract/segment';
import { importanceDocs } from './rank-lab';
const [dir, topic, ...days] = process.argv.slice(2);
const { events, docs } = importanceDocs(dir, topic);
const rated = rateImportance(events, docs);
const fill = fillerDays(rated, docs as FillerDocument[], {});
for (const day of days) {
  const f = fill.find((x) => x.date === day);
  console.log(`== ${topic} ${day} ${f ? `score ${f.score} refs ${f.references.length}` : 'no filler'}`);
  if (!f) continue;
  for (const r of f.references.slice(0, 6)) {
    const ss = segmentSentences(r.doc.text);
    const s = ss.find((x) => x.start <= r.start && x.end >= r.end);
    if (!s) continue;
    const rd = readDaySentence(s.text, r.start - s.start, r.end - s.start);
    console.log(`  ${r.doc.id} [${rd.rules.join(',')}] ${s.text.slice(0, 260).replace(/\n/g, ' ')}`);
  }
}
