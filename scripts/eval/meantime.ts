/**
 * Scores the time stage on the MEANTIME Apple benchmark (benchmarks/meantime-apple).
 *
 * - Value accuracy: for every gold DATE whose value is a year, month or day (YYYY, YYYY-MM, YYYY-MM-DD),
 *   the tagger (given the document's creation date as reference) must return an overlapping expression
 *   whose value, cut to the gold precision, equals the gold value.
 * - Precision: of the tagger's expressions inside the annotated part of each document (up to the end of
 *   its last gold annotation), how many overlap any gold expression of any type.
 *
 * The tagger is scored on everything it reads, also the expressions it sets aside as no date of a happening
 * ("now", a futures month, a page timestamp): TimeML annotates them as time expressions.
 *
 * Offsets: the gold's character offsets index the file's text as decoded UTF-8 (checked: no BOM, no
 * \r\n in these files); a BOM, if present, is stripped and \r\n kept, as the read stage does.
 *
 * Run: npx tsx scripts/eval/meantime.ts [benchDir]
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { explainTimeExpressions } from '../../src/extract/time';

interface GoldTimex {
  start: number;
  end: number;
  text: string;
  type: string;
  value: string;
  creationTime?: boolean;
}
interface GoldDoc {
  file: string;
  dct: string;
  timexes: GoldTimex[];
}

export interface MeantimeScore {
  valueAccuracy: number;
  precision: number;
  total: number;
  correct: number;
  /** Tagger expressions inside the annotated parts, and how many of them overlap a gold expression. */
  tagged: number;
  taggedTrue: number;
  misses: Array<{ doc: string; text: string; gold: string; got: string | null }>;
  falseAlarms: Array<{ doc: string; text: string; got: string | null }>;
}

const CALENDAR_VALUE = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;

export function evaluateMeantime(benchDir: string): MeantimeScore {
  const gold = JSON.parse(readFileSync(join(benchDir, 'timex-gold.json'), 'utf8')) as Record<string, GoldDoc>;
  let total = 0,
    correct = 0,
    tagged = 0,
    taggedTrue = 0;
  const misses: MeantimeScore['misses'] = [];
  const falseAlarms: MeantimeScore['falseAlarms'] = [];
  for (const id of Object.keys(gold).sort((a, b) => Number(a) - Number(b))) {
    const doc = gold[id];
    const text = readFileSync(join(benchDir, 'documents', doc.file), 'utf8').replace(/^\uFEFF/, '');
    // The tagger's every reading, also those it sets aside as no date of a happening: MEANTIME annotates "shipping
    // for more than a week now" as a DATE with the document's date, which the tagger reads and the build never uses.
    const explained = explainTimeExpressions(text, doc.dct);
    const found = [...explained.expressions, ...explained.rejected];
    for (const g of doc.timexes) {
      if (g.type !== 'DATE' || !CALENDAR_VALUE.test(g.value)) continue;
      total++;
      const hits = found.filter((f) => overlaps(f, g));
      const ok = hits.some((f) => f.value !== null && f.value.slice(0, g.value.length) === g.value);
      if (ok) correct++;
      else misses.push({ doc: doc.file, text: g.text, gold: g.value, got: hits.map((h) => `${h.text}=${h.value}`).join('; ') || null });
    }
    const annotatedEnd = Math.max(...doc.timexes.map((g) => g.end));
    for (const f of found) {
      if (f.start >= annotatedEnd) continue;
      tagged++;
      if (doc.timexes.some((g) => overlaps(f, g))) taggedTrue++;
      else falseAlarms.push({ doc: doc.file, text: f.text, got: f.value });
    }
  }
  return {
    valueAccuracy: total ? correct / total : 0,
    precision: tagged ? taggedTrue / tagged : 0,
    total,
    correct,
    tagged,
    taggedTrue,
    misses,
    falseAlarms,
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const benchDir = process.argv[2] ?? fileURLToPath(new URL('../../benchmarks/meantime-apple', import.meta.url));
  const s = evaluateMeantime(benchDir);
  const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
  console.log(
    `meantime-apple dates: value accuracy ${pct(s.valueAccuracy)} (${s.correct}/${s.total}), precision ${pct(s.precision)} (${s.taggedTrue}/${s.tagged})`,
  );
  for (const m of s.misses) console.log(`  miss  ${m.doc}: "${m.text}" gold ${m.gold}, got ${m.got ?? 'nothing'}`);
  for (const f of s.falseAlarms) console.log(`  extra ${f.doc}: "${f.text}" = ${f.got}`);
}
