/**
 * SemEval-2015 Task 4 entity timelines: for every gold line with a real date, the timeline must hold an
 * event with that entity among its actors, with a mention in that sentence, dated to that date at the
 * gold precision ("2008-06-XX" is month precision). Reported as dated recall.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { TimelineFile } from '../../src/schema/timeline';

interface Sentences {
  [doc: string]: { file: string; dct: string; sentences: Record<string, [number, number]> };
}

export function scoreSemeval(t: TimelineFile, dir: string, normalize: (s: string) => string) {
  const sentences = JSON.parse(readFileSync(join(dir, 'sentences.json'), 'utf8')) as Sentences;
  let total = 0;
  let found = 0;
  let entities = 0;
  let entitiesPresent = 0;
  const misses: string[] = [];
  for (const f of readdirSync(join(dir, 'timelines')).sort()) {
    const lines = readFileSync(join(dir, 'timelines', f), 'utf8')
      .split('\n')
      .filter((l) => l.trim());
    const entity = lines[0].trim();
    entities++;
    const ids = new Set(t.actors.filter((a) => [a.name, ...a.aliases].some((n) => normalize(n) === normalize(entity))).map((a) => a.id));
    if (ids.size) entitiesPresent++;
    for (const line of lines.slice(1)) {
      const [, date, ...mentions] = line.split('\t');
      if (!date || date.startsWith('XXXX')) continue;
      const gold = date.replace(/-XX/g, '');
      total++;
      const ok = mentions.some((m) => {
        const [docNum, sent] = m.split('-');
        const info = sentences[docNum];
        const span = info?.sentences[sent];
        if (!info || !span) return false;
        // Sentence offsets index the document text as the benchmark gives it; our cleaned text may drop a
        // few characters, so a mention counts when its sentence overlaps the gold sentence's words.
        const docText = readFileSync(join(dir, 'documents', info.file), 'utf8');
        const goldSentence = docText.slice(span[0], span[1]).trim();
        return t.events.some(
          (e) =>
            e.date.value.slice(0, gold.length) === gold &&
            e.date.value.length >= gold.length &&
            e.actors.some((a) => ids.has(a)) &&
            e.mentions.some((x) => x.doc === info.file && (x.sentence.includes(goldSentence.slice(0, 40)) || goldSentence.includes(x.sentence.slice(0, 40)))),
        );
      });
      if (ok) found++;
      else misses.push(`${entity} ${date} ${mentions.join(' ')}`);
    }
  }
  return { total, found, entities, entitiesPresent, misses };
}
