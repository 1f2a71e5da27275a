import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { canonicalizeActors } from '/work/wt-act42/src/extract/canonical';
import { analyseFile } from '/work/wt-act42/src/extract/pipeline';
const f = process.argv[2];
const grep = process.argv[3];
const { doc } = analyseFile({ id: basename(f), bytes: readFileSync(f) });
if (!doc) process.exit(1);
const index = canonicalizeActors([{ doc: doc.id, mentions: doc.actorMentions }]);
for (const m of doc.actorMentions) {
  const s = doc.text.slice(m.start, m.end);
  if (grep && !s.includes(grep) && !m.key.includes(grep.toLowerCase())) continue;
  const id = index.resolve(doc.id, m.key);
  console.log(`${m.start} '${s}' kind=${m.kind} key=${m.key} -> ${id ?? 'DROPPED'} [${m.rules.join(',')}]`);
}
