/**
 * `npm run extract` is one process, and it ends when it is killed (issue 14, item 3): kill -9 on npm or on the
 * CLI itself leaves nothing running that would write the timeline later. Real processes and real signals; what
 * is asserted is that the timeline is never written, not how fast anything happens.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parentOf } from './parentWatch';

const root = resolve(__dirname, '../..');
let dir: string;
let docs: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'chronolens-kill-'));
  docs = join(dir, 'docs');
  mkdirSync(docs);
  // enough articles that a build takes many seconds (--no-cache): the seeds, 120 times over
  const seeds = readdirSync(join(root, 'data/documents')).map((f) => readFileSync(join(root, 'data/documents', f)));
  for (let i = 0; i < 120; i++) {
    for (const [j, bytes] of seeds.entries()) writeFileSync(join(docs, `copy-${i}-${j}.txt`), bytes);
  }
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const cmdline = (pid: number) => {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
  } catch {
    return [];
  }
};
/** The processes whose command line names this output file (npm, its shell, the CLI). */
const runningFor = (out: string) =>
  readdirSync('/proc')
    .filter((p) => /^\d+$/.test(p))
    .map(Number)
    .filter((pid) => cmdline(pid).includes(out));

async function until(test: () => boolean, what: string) {
  for (let i = 0; i < 1200 && !test(); i++) await new Promise((r) => setTimeout(r, 100));
  if (!test()) throw new Error(`gave up waiting: ${what}`);
}

function start(out: string): ChildProcess {
  // its own process group, so the test can clean up whatever is left if it fails
  return spawn('npm', ['run', 'extract', '--', '--input', docs, '--out', out, '--no-cache', '--jobs', '2'], { cwd: root, detached: true, stdio: 'ignore' });
}

/** the CLI's node process: the one running cli.ts (through its bundle, cli-launch.mjs), not npm or its shell */
const cliOf = (out: string) =>
  runningFor(out).find((pid) => cmdline(pid).some((a) => /src\/extract\/cli(-launch\.mjs|\.ts)$/.test(a)) && !cmdline(pid)[0].endsWith('sh'));

describe.skipIf(!existsSync('/proc/self/cmdline'))('stopping npm run extract', { timeout: 180_000 }, () => {
  it('runs the CLI as one node process under npm and its shell, no second node in between', async () => {
    const out = join(dir, 'tree.json');
    const npm = start(out);
    try {
      await until(() => cliOf(out) !== undefined, 'the CLI to start');
      // time for a second process to appear, had the first started one (as tsx's own command does)
      await new Promise((r) => setTimeout(r, 2000));
      const cli = cliOf(out)!;
      const shell = parentOf(cli)!;
      expect(parentOf(shell)).toBe(npm.pid);
      expect(runningFor(out).filter((pid) => cmdline(pid)[0].endsWith('node') || cmdline(pid)[0] === process.execPath)).toEqual([cli]);
    } finally {
      process.kill(-npm.pid!, 'SIGKILL');
    }
  });

  it('kill -9 on npm stops the build: nothing keeps running, and the timeline is never written', async () => {
    const out = join(dir, 'after-npm-killed.json');
    const npm = start(out);
    try {
      await until(() => cliOf(out) !== undefined, 'the CLI to start');
      process.kill(npm.pid!, 'SIGKILL');
      await until(() => runningFor(out).length === 0, 'every process of the build to end');
      expect(existsSync(out)).toBe(false);
    } finally {
      for (const pid of runningFor(out)) process.kill(pid, 'SIGKILL');
    }
  });

  it('kill -9 on the CLI takes its worker threads with it: nothing is left, nothing is written', async () => {
    const out = join(dir, 'after-cli-killed.json');
    const npm = start(out);
    try {
      await until(() => cliOf(out) !== undefined, 'the CLI to start');
      const cli = cliOf(out)!;
      // into the analysis, with its worker threads (threads of this one process)
      await new Promise((r) => setTimeout(r, 2000));
      expect(existsSync(out)).toBe(false);
      process.kill(cli, 'SIGKILL');
      await until(() => runningFor(out).length === 0, 'every process of the build to end');
      // gone, or a zombie waiting for its shell to collect it: no thread of it runs. (A process killed a moment ago
      // is still "R" while the kernel tears its threads down, its command line already empty: wait for that to end;
      // a worker that kept it alive would keep it "R" or "S" until the wait gives up.)
      const state = () => {
        try {
          return readFileSync(`/proc/${cli}/stat`, 'utf8').split(') ')[1][0];
        } catch {
          return 'gone';
        }
      };
      await until(() => /^(gone|Z)$/.test(state()), 'the killed CLI to end with all its threads');
      expect(state()).toMatch(/^(gone|Z)$/);
      expect(existsSync(out)).toBe(false);
    } finally {
      try {
        process.kill(-npm.pid!, 'SIGKILL');
      } catch {
        // already gone
      }
    }
  });
});
