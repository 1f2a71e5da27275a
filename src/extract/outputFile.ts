/**
 * The timeline file on disk: the CLI's one write. Node only (the browser saves a timeline as a download);
 * serializeTimeline (write.ts) makes the bytes.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { TEMP_FILE, tempPathFor } from './tempFile';

/** Why the output cannot be written, in the user's words; the CLI prints it as it is. */
export class OutputError extends Error {}

const KIND_OF: Array<[(s: import('node:fs').Stats) => boolean, string]> = [
  [(s) => s.isDirectory(), 'a folder'],
  [(s) => s.isCharacterDevice(), 'a character device'],
  [(s) => s.isBlockDevice(), 'a block device'],
  [(s) => s.isFIFO(), 'a named pipe'],
  [(s) => s.isSocket(), 'a socket'],
];

/**
 * Writes the timeline atomically (a temporary file renamed over the target: never half-written) and returns
 * the file written. A link is written through, not replaced: `--out` pointing at a link updates the file it
 * points to. Anything but a regular file is refused: renaming over /dev/full, run as root, replaced the device.
 */
export async function writeTimelineFile(out: string, text: string): Promise<string> {
  const target = await resolveTarget(out);
  const existing = await fs.stat(target).catch(() => null);
  if (existing && !existing.isFile()) {
    const kind = KIND_OF.find(([is]) => is(existing))?.[1] ?? 'not a regular file';
    throw new OutputError(`Cannot write ${out}: it is ${kind}, not a file. Give --out the path of a .json file.`);
  }
  const dir = path.dirname(target);
  await makeFolder(dir, out);
  await removeStaleTemps(target);
  const tmp = tempPathFor(target);
  try {
    await fs.writeFile(tmp, text);
    await fs.rename(tmp, target);
  } catch (err) {
    await fs.rm(tmp, { force: true }).catch(() => {});
    throw new OutputError(`Cannot write ${out}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
  }
  return target;
}

/** The file a path names once its links are followed (to a file that may not exist yet). */
async function resolveTarget(out: string): Promise<string> {
  let at = path.resolve(out);
  for (let hops = 0; hops < 40; hops++) {
    const link = await fs.readlink(at).catch(() => null);
    if (link === null) break;
    at = path.resolve(path.dirname(at), link);
  }
  // the folder's own links (data → /srv/site/data) are followed too, so the temporary file lands beside the target
  const dir = await fs.realpath(path.dirname(at)).catch(() => path.dirname(at));
  return path.join(dir, path.basename(at));
}

/** mkdir -p, saying which part of the path is a file when one is (instead of "EEXIST" or "ENOTDIR"). */
async function makeFolder(dir: string, out: string): Promise<void> {
  try {
    await fs.mkdir(dir, { recursive: true });
  } catch (err) {
    for (let at = dir; at !== path.dirname(at); at = path.dirname(at)) {
      const stat = await fs.stat(at).catch(() => null);
      if (stat && !stat.isDirectory()) throw new OutputError(`Cannot write ${out}: ${at} is a file, not a folder.`);
      if (stat) break;
    }
    throw new OutputError(`Cannot write ${out}: its folder cannot be made (${(err as NodeJS.ErrnoException).code ?? (err as Error).message}).`);
  }
}

/** Temporary files of this target left by builds that were killed mid-write (their process is gone). */
async function removeStaleTemps(target: string): Promise<void> {
  const base = path.basename(target);
  const names = await fs.readdir(path.dirname(target)).catch(() => [] as string[]);
  for (const name of names) {
    const pid = TEMP_FILE.exec(name)?.[1];
    if (!pid || !name.startsWith(`.${base}.`) || Number(pid) === process.pid || isRunning(Number(pid))) continue;
    await fs.rm(path.join(path.dirname(target), name), { force: true }).catch(() => {});
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}
