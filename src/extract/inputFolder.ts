/**
 * The input folder walk: which files are documents. Sorted by name (the same folder always gives the same
 * list), dot-files skipped, folders read recursively, each real folder once (a link loop ends).
 *
 * A link is followed only while it stays inside the input folder: a link `passwd.txt → /etc/passwd` put that
 * file's text into timeline.json, a file meant to be published. Links that leave the folder are skipped with
 * a warning, unless the user asks for them (--follow-links). A sub-folder that cannot be read is skipped with a
 * warning, as an unreadable file is, instead of stopping the build.
 */
import { type Dirent, promises as fs, type Stats, statSync } from 'node:fs';
import path from 'node:path';
import type { BuildWarning } from './types';

export interface ListedFile {
  /** path relative to the input folder, with "/" */
  id: string;
  /** where to read it */
  full: string;
  /** what the walk's stat saw: an incremental build trusts a file unchanged while all four are (incremental.ts) */
  stamp?: FileStamp;
}

export interface FileStamp {
  size: number;
  mtimeMs: number;
  ctimeMs: number;
  ino: number;
}

export interface ListOptions {
  /** read links that lead outside the input folder too */
  followLinks?: boolean;
}

const byName = (a: { name: string }, b: { name: string }) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

export async function listDocuments(root: string, warnings: BuildWarning[], options: ListOptions = {}): Promise<ListedFile[]> {
  const out: ListedFile[] = [];
  const seen = new Set<string>();
  const realRoot = await fs.realpath(root);
  const inside = (real: string) => real === realRoot || real.startsWith(realRoot.endsWith(path.sep) ? realRoot : realRoot + path.sep);
  const idOf = (full: string) => path.relative(root, full).split(path.sep).join('/') || '.';
  const warn = (full: string, code: string, message: string) => warnings.push({ doc: idOf(full), code, message });

  async function walk(dir: string) {
    let real: string;
    try {
      real = await fs.realpath(dir);
    } catch {
      return warn(dir, 'unreadable', 'folder could not be resolved (broken link or loop)');
    }
    if (seen.has(real)) return;
    seen.add(real);
    let entries: Dirent[];
    try {
      entries = await fs.readdir(dir, { withFileTypes: true });
    } catch (err) {
      return warn(dir, 'unreadable', `folder could not be read (${(err as NodeJS.ErrnoException).code ?? 'error'}), skipped with everything in it`);
    }
    for (const e of entries.sort(byName)) {
      if (e.name.startsWith('.')) continue;
      const full = path.join(dir, e.name);
      let stat: Stats;
      try {
        // Synchronous: on a folder of 10,000 articles a promise and a thread-pool round trip per file cost
        // several times the stat itself, and nothing else runs while the folder is listed.
        stat = statSync(full);
      } catch (err) {
        const code = (err as NodeJS.ErrnoException).code;
        warn(full, 'unreadable', code === 'ELOOP' ? 'symbolic link loop, skipped' : `could not be read (${code ?? 'error'}), skipped`);
        continue;
      }
      if (e.isSymbolicLink() && !options.followLinks) {
        const target = await fs.realpath(full).catch(() => null);
        if (target === null || !inside(target)) {
          warn(full, 'outside-link', 'a link to a file or folder outside the input folder, skipped (--follow-links reads it)');
          continue;
        }
      }
      if (stat.isDirectory()) await walk(full);
      else if (stat.isFile()) out.push({ id: idOf(full), full, stamp: { size: stat.size, mtimeMs: stat.mtimeMs, ctimeMs: stat.ctimeMs, ino: stat.ino } });
      else warn(full, 'not-a-file', 'not a regular file (a device, pipe or socket), skipped');
    }
  }
  await walk(root);
  return out;
}
