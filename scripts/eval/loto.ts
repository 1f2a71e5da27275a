/**
 * Leave one topic out over mix-lab's settings (docs/story.md): runs `mix-lab.ts` once per setting, then scores each
 * development topic with the setting whose mean Date F1 is best on the seven others (summarize as it is wins ties),
 * so a setting chosen on the topics it is measured on is not taken for a gain on topics nobody has seen.
 *
 *   npx tsx scripts/eval/loto.ts TIMELINES_DIR GOLD_DIR 'V=chron,cw=1' 'V=chron,cw=2' 'SHIFT=1' ...
 *
 * Each setting is a space-separated list of NAME=VALUE (mix-lab's variables); the first row is summarize as it is.
 */
import { execFile } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { DEVELOPMENT_TOPICS } from './timeline17';

/** Per-topic Date F1 from mix-lab's output lines ("bpoil_bbc   Date F1 0.625  baseline ..."). */
export function parseMixLab(output: string): Map<string, number> {
  const scores = new Map<string, number>();
  for (const line of output.split('\n')) {
    const m = line.match(/^(\S+)\s+Date F1 ([\d.]+)/);
    if (m && m[1] !== 'mean') scores.set(m[1], Number(m[2]));
  }
  return scores;
}

/**
 * Each topic scored by the setting best on the others: `rows[s][t]` is setting s's Date F1 on topic t. A later
 * setting must beat an earlier one by more than rounding to be chosen, so row 0 (the present score) wins ties.
 */
export function leaveOneOut(rows: number[][]): { picks: number[]; scores: number[]; mean: number } {
  const topics = rows[0].length;
  const picks: number[] = [];
  const scores: number[] = [];
  for (let t = 0; t < topics; t++) {
    let best = 0;
    let bestMean = Number.NEGATIVE_INFINITY;
    rows.forEach((row, s) => {
      const m = row.reduce((sum, x, i) => (i === t ? sum : sum + x), 0) / (topics - 1);
      if (m > bestMean + 1e-9) {
        bestMean = m;
        best = s;
      }
    });
    picks.push(best);
    scores.push(rows[best][t]);
  }
  return { picks, scores, mean: scores.reduce((a, b) => a + b, 0) / topics };
}

if (process.argv[1]?.endsWith('loto.ts')) {
  const [dir, goldDir, ...settings] = process.argv.slice(2);
  const all = ['', ...settings];
  const lab = join(dirname(fileURLToPath(import.meta.url)), 'mix-lab.ts');
  const run = async (setting: string) => {
    const env: NodeJS.ProcessEnv = { ...process.env };
    for (const kv of setting.split(' ').filter(Boolean)) {
      const at = kv.indexOf('=');
      env[kv.slice(0, at)] = kv.slice(at + 1);
    }
    const { stdout } = await promisify(execFile)('npx', ['tsx', lab, dir, goldDir], { env, encoding: 'utf8' });
    const scores = parseMixLab(stdout);
    return DEVELOPMENT_TOPICS.map((t) => scores.get(t) ?? 0);
  };
  // three runs at a time: each re-rates every topic (about 20 s)
  const rows: number[][] = [];
  for (let i = 0; i < all.length; i += 3) rows.push(...(await Promise.all(all.slice(i, i + 3).map(run))));
  const mean = (r: number[]) => r.reduce((a, b) => a + b, 0) / r.length;
  const name = (s: string) => s || '(summarize as it is)';
  const width = Math.max(...all.map((s) => name(s).length));
  console.log(`${''.padEnd(width)} ${DEVELOPMENT_TOPICS.map((t) => t.slice(0, 7).padStart(7)).join(' ')}    mean`);
  for (const [s, r] of rows.entries()) console.log(`${name(all[s]).padEnd(width)} ${r.map((x) => x.toFixed(3).padStart(7)).join(' ')}   ${mean(r).toFixed(3)}`);
  const loo = leaveOneOut(rows);
  console.log(`${'left out'.padEnd(width)} ${loo.scores.map((x) => x.toFixed(3).padStart(7)).join(' ')}   ${loo.mean.toFixed(3)}`);
  for (const [i, t] of DEVELOPMENT_TOPICS.entries()) console.log(`  ${t} scored with ${name(all[loo.picks[i]])}`);
}
