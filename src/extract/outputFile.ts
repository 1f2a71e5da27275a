/**
 * The timeline files on disk: the CLI's one write. Node only (the browser saves a timeline as a download);
 * write.ts makes the bytes.
 */
import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { joinTexts, type ParseResult, parseTexts, parseTimeline, type TimelineFile } from '../schema/timeline';
import { TEMP_FILE, tempPathFor } from './tempFile';
import { serializeTimelineParts, textsFileFor } from './write';

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
  const [target] = await writeFilesAtomically([{ out, text }]);
  return target;
}

/**
 * Writes several files as writeTimelineFile does each: every temporary file is written before any is renamed, so
 * a failure (a full disk) leaves all the old files in place; then they are renamed in `renameOrder`. A timeline in
 * two parts renames its texts first: a page that reads the new timeline.json then finds its texts already there, and
 * a build killed between the two renames leaves an old timeline.json whose texts id no longer matches, which the
 * app names (src/schema/timeline.ts, parseTexts) instead of showing another build's texts.
 */
export async function writeFilesAtomically(files: Array<{ out: string; text: string }>, renameOrder = files.map((_, i) => i)): Promise<string[]> {
  const prepared: Array<{ out: string; target: string; tmp: string }> = [];
  const fail = async (out: string, err: unknown) => {
    await Promise.all(prepared.map((p) => fs.rm(p.tmp, { force: true }).catch(() => {})));
    if (err instanceof OutputError) throw err;
    throw new OutputError(`Cannot write ${out}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
  };
  for (const { out, text } of files) {
    try {
      const target = await resolveTarget(out);
      const existing = await fs.stat(target).catch(() => null);
      if (existing && !existing.isFile()) {
        const kind = KIND_OF.find(([is]) => is(existing))?.[1] ?? 'not a regular file';
        throw new OutputError(`Cannot write ${out}: it is ${kind}, not a file. Give --out the path of a .json file.`);
      }
      await makeFolder(path.dirname(target), out);
      await removeStaleTemps(target);
      const tmp = tempPathFor(target);
      prepared.push({ out, target, tmp });
      await fs.writeFile(tmp, text);
    } catch (err) {
      await fail(out, err);
    }
  }
  for (const { out, target, tmp } of renameOrder.map((i) => prepared[i])) {
    try {
      await fs.rename(tmp, target);
    } catch (err) {
      await fail(out, err);
    }
  }
  return prepared.map((p) => p.target);
}

/**
 * The timeline in two parts (write.ts, serializeTimelineParts): `out` and its texts file beside it. When `out` is a
 * link, beside the file it points to, named after that file: the two parts stay together wherever they are served.
 * Returns the two files written.
 */
export async function writeTimelineParts(out: string, timeline: TimelineFile): Promise<{ timeline: string; texts: string }> {
  const target = await resolveTarget(out);
  const textsName = textsFileFor(path.basename(target));
  const parts = serializeTimelineParts(timeline, textsName, (text) => createHash('sha256').update(text).digest('hex'));
  const textsOut = path.join(path.dirname(target), textsName);
  // `out` checked first, so that a problem with the path given is named as given; the texts renamed first
  const [written, texts] = await writeFilesAtomically(
    [
      { out, text: parts.timeline },
      { out: textsOut, text: parts.texts },
    ],
    [1, 0],
  );
  return { timeline: written, texts };
}

/**
 * A timeline file and, when it comes in two parts, its texts file, read and joined into one (the browser reads the
 * texts only when it needs them; tools that read the whole timeline use this). Messages as parseTimeline's.
 */
export async function readWholeTimeline(file: string): Promise<ParseResult> {
  const parsed = parseTimeline(await fs.readFile(file, 'utf8'));
  if (!parsed.ok || !parsed.timeline.texts) return parsed;
  const textsFile = path.join(path.dirname(file), parsed.timeline.texts.file);
  const text = await fs.readFile(textsFile, 'utf8').catch((e: NodeJS.ErrnoException) => {
    throw new OutputError(`Cannot read ${textsFile}, the texts of ${file}: ${e.code ?? e.message}`);
  });
  const texts = parseTexts(text, parsed.timeline);
  if (!texts.ok) return texts;
  return { ok: true, timeline: joinTexts(parsed.timeline, texts.texts) };
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
