/**
 * The on-disk half of incremental builds (incremental.ts): what one build of a folder leaves for the next, in
 * the cache directory beside the per-document entries (cache.ts), under the same extractor version.
 *
 * - a manifest: each input file's size, times and inode as the folder walk saw them, and its content key;
 *   a file whose four are unchanged is not read or hashed again (make and git trust the same stamps);
 * - stores of values by content key (BucketStore): the folder's analyses, and the event drafts of each
 *   document for the exact actors and date they were made with. 10,000 per-document cache entries cost
 *   10,000 file reads and JSON parses of their sentences; here they are 256 files.
 *
 * Everything is keyed by content, so a stale value can only be missed, never used: the worst a damaged or
 * missing file does is cost the time of computing its values again. Files are written whole under a
 * temporary name and renamed, and each carries its length and CRC-32, so a torn one reads as absent.
 */
import { createHash } from 'node:crypto';
import { readFile, readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { crc32 } from 'node:zlib';
import { writeWholeFile } from './cache';
import type { FileStamp } from './inputFolder';

/** Bump when the layout of anything here changes without any extractor source changing. */
const FORMAT = 1;
const MAGIC = Buffer.from(`chronolens-assembly ${FORMAT}\n`, 'latin1');

/** The folder of one input folder's store: its absolute path hashed, so two folders sharing a cache never mix manifests. */
export function assemblyDir(cacheDir: string, input: string): string {
  const folder = createHash('sha256').update(path.resolve(input)).digest('hex').slice(0, 16);
  return path.join(cacheDir, 'assembly', folder);
}

/** Whole-or-nothing file contents: magic, body length, CRC-32 of the body, then the body. */
function frame(body: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32LE(body.length, 0);
  head.writeUInt32LE(crc32(body), 4);
  return Buffer.concat([MAGIC, head, body]);
}

function unframe(bytes: Buffer): Buffer | null {
  if (bytes.length < MAGIC.length + 8 || !bytes.subarray(0, MAGIC.length).equals(MAGIC)) return null;
  const length = bytes.readUInt32LE(MAGIC.length);
  const crc = bytes.readUInt32LE(MAGIC.length + 4);
  const body = bytes.subarray(MAGIC.length + 8);
  return body.length === length && crc32(body) === crc ? body : null;
}

async function readWhole(file: string): Promise<Buffer | null> {
  const bytes = await readFile(file).catch(() => null);
  return bytes && unframe(bytes);
}

/**
 * Encoded values by content key (64 hex digits), in 256 files by the key's first two digits: a build that
 * changes a few values rewrites a few files. Only the keys a build used are kept when it writes (retain), so
 * the store holds one folder's current values, not every value it ever had.
 */
export class BucketStore {
  private readonly buckets = new Map<string, Map<string, Buffer>>();
  private readonly changed = new Set<string>();
  private readonly used = new Set<string>();

  constructor(readonly dir: string) {}

  /** Reads every bucket file there is (a missing or damaged one is an empty bucket). */
  async load(): Promise<void> {
    const names = (await readdir(this.dir).catch(() => [] as string[])).filter((n) => /^[0-9a-f]{2}\.bin$/.test(n));
    await Promise.all(
      names.map(async (name) => {
        const body = await readWhole(path.join(this.dir, name));
        const entries = body ? decodeBucket(body) : null;
        if (entries) this.buckets.set(name.slice(0, 2), entries);
      }),
    );
  }

  get(key: string): Buffer | undefined {
    const value = this.buckets.get(key.slice(0, 2))?.get(key);
    if (value) this.used.add(key);
    return value;
  }

  set(key: string, value: Buffer): void {
    const prefix = key.slice(0, 2);
    let bucket = this.buckets.get(prefix);
    if (!bucket) this.buckets.set(prefix, (bucket = new Map()));
    const old = bucket.get(key);
    bucket.set(key, value);
    this.used.add(key);
    if (!old?.equals(value)) this.changed.add(prefix);
  }

  /** Writes the buckets this build changed, keeping only the keys it used; buckets left empty are removed. */
  async flush(): Promise<void> {
    const writes: Array<Promise<void>> = [];
    for (const [prefix, bucket] of this.buckets) {
      let dropped = false;
      for (const key of bucket.keys()) {
        if (this.used.has(key)) continue;
        bucket.delete(key);
        dropped = true;
      }
      if (!dropped && !this.changed.has(prefix)) continue;
      const file = path.join(this.dir, `${prefix}.bin`);
      writes.push(bucket.size ? writeWholeFile(file, frame(encodeBucket(bucket))) : rm(file, { force: true }));
    }
    await Promise.all(writes);
    this.changed.clear();
  }
}

/** key (ASCII), a 0 byte, the value's length (4 bytes), the value; again for every entry. */
function encodeBucket(bucket: Map<string, Buffer>): Buffer {
  const parts: Buffer[] = [];
  for (const [key, value] of [...bucket].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const head = Buffer.alloc(key.length + 5);
    head.write(key, 0, 'latin1');
    head.writeUInt32LE(value.length, key.length + 1);
    parts.push(head, value);
  }
  return Buffer.concat(parts);
}

function decodeBucket(body: Buffer): Map<string, Buffer> | null {
  const out = new Map<string, Buffer>();
  let at = 0;
  while (at < body.length) {
    const nul = body.indexOf(0, at);
    if (nul < 0 || nul + 5 > body.length) return null;
    const key = body.toString('latin1', at, nul);
    const length = body.readUInt32LE(nul + 1);
    const start = nul + 5;
    if (start + length > body.length) return null;
    out.set(key, body.subarray(start, start + length));
    at = start + length;
  }
  return out;
}

/** One input file as the last build saw it: its stamp and its content key. */
export interface ManifestEntry extends FileStamp {
  key: string;
}

export function sameStamp(a: FileStamp, b: FileStamp | undefined): boolean {
  return !!b && a.size === b.size && a.mtimeMs === b.mtimeMs && a.ctimeMs === b.ctimeMs && a.ino === b.ino;
}

export async function readManifest(file: string): Promise<Map<string, ManifestEntry>> {
  const body = await readWhole(file);
  if (!body) return new Map();
  try {
    const rows = JSON.parse(body.toString('utf8')) as Array<[string, string, number, number, number, number]>;
    return new Map(rows.map(([id, key, size, mtimeMs, ctimeMs, ino]) => [id, { key, size, mtimeMs, ctimeMs, ino }]));
  } catch {
    return new Map();
  }
}

export async function writeManifest(file: string, entries: Map<string, ManifestEntry>): Promise<void> {
  const rows = [...entries].sort(([a], [b]) => (a < b ? -1 : 1)).map(([id, e]) => [id, e.key, e.size, e.mtimeMs, e.ctimeMs, e.ino]);
  await writeWholeFile(file, frame(Buffer.from(JSON.stringify(rows), 'utf8')));
}
