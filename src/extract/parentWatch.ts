/**
 * Stopping the build when the command that started it is stopped. `kill -9` on `npm run extract` cannot be
 * caught and is not passed on: npm dies, and what it started (`sh -c`, then node) runs on and overwrites the
 * timeline seconds later. Nothing in Node can ask the kernel for a signal when the parent dies, so the CLI
 * looks: when its parent, or under npm the parent of npm's shell, is no longer the process it started under
 * (a dead process's children are handed to another one), it exits. Its worker threads end with it.
 */
import { readFileSync } from 'node:fs';

const proc = (pid: number, file: string) => {
  try {
    return readFileSync(`/proc/${pid}/${file}`, 'utf8');
  } catch {
    return null;
  }
};

/** The parent of a process, from /proc (Linux); null where there is no /proc or the process is gone. */
export function parentOf(pid: number): number | null {
  // "pid (comm) state ppid …": comm may hold spaces and parentheses, so read after the last ")"
  const stat = proc(pid, 'stat');
  if (stat === null) return null;
  const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
  return Number.isInteger(ppid) ? ppid : null;
}

const SHELLS = /^(sh|dash|bash|zsh|ash|ksh)$/;
/** What runs package scripts: npm (its title, "npm run extract"), or node, yarn, pnpm, bun, corepack. */
const SCRIPT_RUNNERS = /^(npm|node|yarn|pnpm|bun|corepack)/;

const commOf = (pid: number) => proc(pid, 'comm')?.trim() ?? '';

export interface ParentWatch {
  stop(): void;
}

/**
 * Calls onGone (once) when the process that started this one ends; when a script runner started it through a
 * shell (npm_lifecycle_event is set, the parent is sh), also when the runner ends, which leaves that shell running.
 * Checks twice a second, without keeping the process alive.
 */
export function watchParent(onGone: () => void, env: NodeJS.ProcessEnv = process.env, intervalMs = 500): ParentWatch {
  const parent = process.ppid;
  const runner = env.npm_lifecycle_event && SHELLS.test(commOf(parent)) ? parentOf(parent) : null;
  // the runner died before this process got this far: its shell already belongs to init or a reaper
  const goneAlready = runner !== null && !SCRIPT_RUNNERS.test(commOf(runner));
  let stopped = false;
  const check = () => {
    if (stopped) return;
    if (goneAlready || process.ppid !== parent || (runner !== null && parentOf(parent) !== runner)) {
      stopped = true;
      clearInterval(timer);
      onGone();
    }
  };
  const timer = setInterval(check, intervalMs);
  timer.unref();
  return {
    stop: () => {
      stopped = true;
      clearInterval(timer);
    },
  };
}
