// Prints every event mention draft of the seeds with its title: for tuning the events stage by eye.
import fs from 'node:fs';
import { buildTimeline } from '../src/extract/pipeline';
const dir = process.argv[2] ?? 'data/documents';
const files = fs.readdirSync(dir).map((f) => ({ id: f, bytes: new Uint8Array(fs.readFileSync(`${dir}/${f}`)) }));
const t = buildTimeline(files);
for (const e of t.events) {
  console.log(`${e.date.value} [${e.date.basis}] ${e.title}  {${e.actors.join(', ')}}${e.conflicts ? ' CONFLICT' : ''}`);
  for (const m of e.mentions)
    console.log(`    ${m.doc.slice(0, 12)} ${JSON.stringify(m.dateText)} ${m.attribution ? `(attr: ${m.attribution}) ` : ''}| ${m.sentence.slice(0, 90)}`);
}
