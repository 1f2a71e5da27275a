/**
 * `npm run extract` runs the CLI from an esbuild bundle in plain Node (cli-launch.mjs) instead of compiling it through
 * tsx's loader: a speed change only. The bundle must write the very bytes the sources write, and the modules that read
 * import.meta.url must be the ones the bundle gives cli.ts's own URL (src/extract, beside it).
 */
import { spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = resolve(__dirname, '../..');
const dir = mkdtempSync(join(tmpdir(), 'chronolens-launch-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function build(command: string[], out: string) {
  const r = spawnSync(process.execPath, [...command, '--input', join(root, 'data/documents'), '--out', join(dir, out), '--no-cache', '--title', 'Seeds'], {
    cwd: root,
    encoding: 'utf8',
    timeout: 120_000,
  });
  expect(r.status, r.stderr).toBe(0);
  return r.stdout.replaceAll(out.replace('.json', ''), 'OUT');
}

function sources(at: string): string[] {
  return readdirSync(at, { withFileTypes: true }).flatMap((e) => {
    const full = join(at, e.name);
    if (e.isDirectory()) return e.name === '__fixtures__' ? [] : sources(full);
    return /\.(ts|mjs)$/.test(e.name) && !/\.test\.ts$/.test(e.name) ? [full] : [];
  });
}

describe('cli-launch.mjs', { timeout: 180_000 }, () => {
  it('writes the same timeline and texts, byte for byte, as cli.ts through tsx', () => {
    const saidBundled = build([join(root, 'src/extract/cli-launch.mjs')], 'bundled.json');
    const saidTsx = build(['--import', 'tsx', join(root, 'src/extract/cli.ts')], 'tsx.json');
    expect(saidBundled).toBe(saidTsx);
    expect(readFileSync(join(dir, 'bundled.texts.json'))).toEqual(readFileSync(join(dir, 'tsx.texts.json')));
    // the timeline names its texts file, the one place the two may differ
    const timeline = (name: string) => readFileSync(join(dir, name), 'utf8').replace(`"${name.replace('.json', '.texts.json')}"`, '"TEXTS"');
    expect(timeline('bundled.json')).toBe(timeline('tsx.json'));
  });

  it('still runs after another checkout sharing its node_modules, with the same sources, was moved away', () => {
    // Two copies of src/ with one changed comment (sources no other run has bundled), both linked to this node_modules.
    const copy = (name: string) => {
      const at = join(dir, name);
      cpSync(join(root, 'src'), join(at, 'src'), { recursive: true, filter: (f) => !f.includes('__fixtures__') });
      appendFileSync(join(at, 'src/extract/cli.ts'), `\n// ${process.pid} ${Date.now()}\n`);
      symlinkSync(join(root, 'node_modules'), join(at, 'node_modules'));
      return at;
    };
    const first = copy('first');
    const second = join(dir, 'second');
    cpSync(first, second, { recursive: true, verbatimSymlinks: true });
    const run = (at: string, out: string) =>
      spawnSync(
        process.execPath,
        [
          join(at, 'src/extract/cli-launch.mjs'),
          '--input',
          join(root, 'data/documents'),
          '--out',
          join(dir, out),
          '--cache',
          join(dir, 'cache'),
          '--jobs',
          '2',
        ],
        {
          cwd: at,
          encoding: 'utf8',
          timeout: 120_000,
        },
      );
    expect(run(first, 'first.json').status).toBe(0);
    rmSync(first, { recursive: true, force: true });
    const r = run(second, 'second.json');
    expect(r.stderr).not.toMatch(/ENOENT/);
    expect(r.status, r.stderr).toBe(0);
    expect(readFileSync(join(dir, 'second.json'), 'utf8')).toContain('"events"');
  });

  it('reads import.meta only in modules of src/extract itself, which the bundle gives the URL of cli.ts', () => {
    const readers = ['src/extract', 'src/schema', 'src/story']
      .flatMap((d) => sources(join(root, d)))
      .filter((f) => !f.endsWith('cli-launch.mjs') && !f.endsWith('worker-entry.mjs') && readFileSync(f, 'utf8').includes('import.meta'))
      .map((f) => relative(root, f));
    expect(readers.length).toBeGreaterThan(0);
    for (const f of readers) expect(f).toMatch(/^src\/extract\/[^/]+$/);
  });
});
