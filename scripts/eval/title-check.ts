/**
 * npx tsx scripts/eval/title-check.ts TIMELINE.json ...
 *
 * The title property test of src/extract/events/faithful.test.ts on timelines built elsewhere (Timeline17,
 * which stays outside the repository): every event's title is words of its representative sentence, in order,
 * none broken, canonical names aside. Prints the failures and a count per file; exits 1 if any.
 */
import { readFileSync } from 'node:fs';
import { unfaithfulWord } from '../../src/extract/events/faithful';
import type { TimelineFile } from '../../src/schema/timeline';

let failures = 0;
for (const file of process.argv.slice(2)) {
  const t = JSON.parse(readFileSync(file, 'utf8')) as TimelineFile;
  const names = t.actors.map((a) => a.name);
  let bad = 0;
  for (const e of t.events) {
    const why = unfaithfulWord(e.title, e.mentions[0].sentence, names, e.mentions[0].named?.text, e.mentions[0].rules);
    const long = e.title.split(/\s+/).length > 14;
    if (why || long || e.title.includes('…')) {
      bad++;
      process.stdout.write(`${file}: "${e.title}" ← ${e.mentions[0].sentence.replace(/\s+/g, ' ').slice(0, 200)}: ${why ?? (long ? 'too long' : 'cut')}\n`);
    }
  }
  failures += bad;
  process.stdout.write(`${file}: ${t.events.length - bad}/${t.events.length} titles faithful\n`);
}
process.exit(failures ? 1 : 0);
