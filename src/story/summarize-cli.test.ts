/**
 * npm run summarize as a person runs it: on a timeline built from the seed articles, and on the wrong
 * file or the wrong arguments, where it says what is wrong in one line and exits non-zero.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildTimeline } from '../extract/pipeline';
import { serializeTimeline } from '../extract/write';

const root = resolve(__dirname, '../..');
const tsx = join(root, 'node_modules/.bin/tsx');
const cli = join(root, 'src/story/summarize-cli.ts');

function summarize(...args: string[]) {
  const r = spawnSync(tsx, [cli, ...args], { cwd: root, encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

let dir: string;
let timelineFile: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'chronolens-summarize-'));
  const seeds = join(root, 'data/documents');
  const timeline = buildTimeline(
    readdirSync(seeds)
      .sort()
      .map((f) => ({ id: f, bytes: new Uint8Array(readFileSync(join(seeds, f))) })),
  );
  timelineFile = join(dir, 'seeds.json');
  writeFileSync(timelineFile, serializeTimeline(timeline));
});

describe('npm run summarize', { timeout: 120_000 }, () => {
  it('prints the key dates of the seeds as [[day, [sentence]]], the Kim–Belousov meeting among them', () => {
    const r = summarize('--timeline', timelineFile, '--dates', '2');
    expect(r.code).toBe(0);
    const summary = JSON.parse(r.stdout) as Array<[string, string[]]>;
    expect(summary).toHaveLength(2);
    expect(summary.map(([d]) => d)).toEqual([...summary.map(([d]) => d)].sort());
    const meeting = summary.find(([d]) => d === '2024-11-29');
    expect(meeting?.[1]).toHaveLength(1);
    expect(meeting?.[1][0]).toMatch(/Belousov|Beloousov/);
  });

  it('keeps to the days between --from and --to and gives up to --sentences sentences a date', () => {
    const r = summarize('--timeline', timelineFile, '--dates', '5', '--sentences', '3', '--from', '2024-11-30', '--to', '2024-12-31');
    expect(r.code).toBe(0);
    const summary = JSON.parse(r.stdout) as Array<[string, string[]]>;
    expect(summary.length).toBeGreaterThan(0);
    for (const [day, sentences] of summary) {
      expect(day >= '2024-11-30' && day <= '2024-12-31').toBe(true);
      expect(sentences.length).toBeGreaterThanOrEqual(1);
      expect(sentences.length).toBeLessThanOrEqual(3);
    }
  });

  it('names a missing file, a file that is not a timeline and bad arguments, in one line each', () => {
    const cases: Array<[string[], RegExp]> = [
      [['--timeline', join(dir, 'nowhere.json'), '--dates', '3'], /no such file: .*nowhere\.json/],
      [['--timeline', dir, '--dates', '3'], /is a directory/],
      [['--timeline', writeTo('broken.json', '{"events": ['), '--dates', '3'], /not valid JSON/],
      [['--timeline', writeTo('other.json', '{"schemaVersion": 1, "events": "none"}'), '--dates', '3'], /invalid at /],
      [['--dates', '3'], /--timeline FILE is required/],
      [['--timeline', timelineFile], /--dates N is required/],
      [['--timeline', timelineFile, '--dates', 'ten'], /--dates needs a whole number of at least 1, not "ten"/],
      [['--timeline', timelineFile, '--dates', '3', '--sentences', '0'], /--sentences needs a whole number/],
      [['--timeline', timelineFile, '--dates', '3', '--from', '2024-02-30'], /--from needs a real day as YYYY-MM-DD, not "2024-02-30"/],
      [['--timeline', timelineFile, '--dates', '3', '--from', '2024-12-01', '--to', '2024-11-01'], /--from 2024-12-01 is after --to 2024-11-01/],
      [['--timeline', timelineFile, '--dates', '3', '--top', '3'], /unknown option --top/],
    ];
    for (const [args, message] of cases) {
      const r = summarize(...args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr.split('\n')[0]).toMatch(message);
      expect(r.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/);
    }
  });
});

function writeTo(name: string, text: string): string {
  const file = join(dir, name);
  writeFileSync(file, text);
  return file;
}

describe('npm run summarize, filler days', { timeout: 120_000 }, () => {
  it('fills the dates the event days leave from the texts and names them on stderr; --no-fill gives the event days alone', () => {
    // the seeds and one more article, whose day (28 November) holds no event: a meeting that was due
    const seeds = join(root, 'data/documents');
    const extra =
      'Officials were due to meet in Pyongyang\nSeoul, December 2, 2024 – Officials from both countries were due to meet in Pyongyang on November 28, 2024.\n';
    const timeline = buildTimeline([
      ...readdirSync(seeds)
        .sort()
        .map((f) => ({ id: f, bytes: new Uint8Array(readFileSync(join(seeds, f))) })),
      { id: 'extra.txt', bytes: new TextEncoder().encode(extra) },
    ]);
    const file = writeTo('seeds-and-one.json', serializeTimeline(timeline));
    const alone = summarize('--timeline', file, '--dates', '200', '--no-fill');
    expect(alone.code).toBe(0);
    expect(alone.stderr).toBe('');
    const eventDays = (JSON.parse(alone.stdout) as Array<[string, string[]]>).map(([d]) => d);
    const filled = summarize('--timeline', file, '--dates', '200');
    expect(filled.code).toBe(0);
    const days = (JSON.parse(filled.stdout) as Array<[string, string[]]>).map(([d]) => d);
    // every event day stays; the others are the filler days stderr lists
    expect(days).toEqual(expect.arrayContaining(eventDays));
    const fillers = days.filter((d) => !eventDays.includes(d));
    expect(fillers).toEqual(['2024-11-28']);
    // the filler day's sentence is the article's own and names the day; which sentence segmentation gives is not pinned
    const november28 = (JSON.parse(filled.stdout) as Array<[string, string[]]>).find(([d]) => d === '2024-11-28');
    expect(november28?.[1]).toHaveLength(1);
    for (const s of november28?.[1] ?? []) {
      expect(extra).toContain(s);
      expect(s).toContain('November 28, 2024');
    }
    expect(filled.stderr).toMatch(
      new RegExp(
        `^summarize: ${fillers.length} of ${days.length} dates are filler days \\(summary:filler-referred-day\\).*: ${fillers.map((d) => `${d} \\(filler-(?:sentence|weak):[^)]*\\)`).join(', ')}\\n$`,
      ),
    );
  });
});
