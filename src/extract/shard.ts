/**
 * A build split over machines: `extract --shard i/n --cache DIR` analyses one slice of the input folder into
 * a shared cache (the per-document half), `extract --merge --cache DIR` assembles the timeline from it (the
 * corpus-wide half). This file holds what decides the slices and explains a merge that cannot go ahead; the
 * cache (cache.ts) is where the shards meet, and cli.ts runs both.
 *
 * A file's shard is a hash of its id (its path in the input folder), not its position in the listing, so
 * adding or removing a file never moves the others to another shard: a re-run of shard 2 after one article
 * was added re-analyses that article only (the rest are in the cache), wherever it landed.
 */
import { createHash } from 'node:crypto';
import { forTerminal } from './terminal';

export interface Shard {
  /** 0 to count − 1: a Kubernetes Indexed Job's JOB_COMPLETION_INDEX as it is */
  index: number;
  count: number;
}

const EXAMPLE = 'e.g. --shard 0/4, --shard 1/4, --shard 2/4 and --shard 3/4 for four shards';

/** "2/4" → shard 2 of 4, or the reason the value is not one (for the command line to print). */
export function parseShard(value: string): Shard | { error: string } {
  const m = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(value);
  // "--shard $JOB_COMPLETION_INDEX/4" in a shell where the variable is not set
  if (/^\s*\/\s*\d+\s*$/.test(value))
    return { error: `--shard ${value}: the shard's number is missing before the "/" (is the variable that gives it empty?).` };
  if (!m) return { error: `--shard needs i/n, this shard's number i from 0 to n−1 and the number of shards n (${EXAMPLE}); got "${value}".` };
  const index = Number(m[1]);
  const count = Number(m[2]);
  if (!Number.isSafeInteger(count) || count < 1) return { error: `--shard ${value}: the number of shards must be at least 1.` };
  if (!Number.isSafeInteger(index) || index >= count)
    return { error: `--shard ${value}: shards are numbered from 0 to ${count - 1} (${EXAMPLE.replace(/4/g, String(count))}).` };
  return { index, count };
}

/** The shard a document belongs to among count: the first 48 bits of the SHA-256 of its id, modulo count. */
export function shardOf(id: string, count: number): number {
  return Number.parseInt(createHash('sha256').update(id).digest('hex').slice(0, 12), 16) % count;
}

export const inShard = (id: string, shard: Shard) => shardOf(id, shard.count) === shard.index;

export const shardName = (shard: Shard) => `${shard.index}/${shard.count}`;

/**
 * What a shard leaves beside the entries once it has finished: which documents it analysed, under which
 * key. The merge reads it to say why a document has no analysis (its shard never finished, or the file
 * changed or appeared since).
 */
export interface ShardRecord {
  shard: Shard;
  /** document id → cache key, for every document of the slice that could be read */
  documents: Record<string, string>;
}

export interface MissingDocument {
  id: string;
  key: string;
  status: 'missing' | 'damaged';
}

/** How many missing documents the message names one by one, per shard (the count says the rest). */
const NAMED_PER_SHARD = 10;

/**
 * The message of a merge that cannot go ahead: which documents have no analysis, grouped by the shard that
 * should have made it, with the reason when the shard's record tells it, and the shards to run again.
 * `count` is the number of shards of the records found (null: no shard has finished in this cache).
 */
export function explainMissing(
  missing: MissingDocument[],
  total: number,
  count: number | null,
  records: Map<number, ShardRecord>,
  where: { cache: string; version: string },
): string {
  const lines = [
    `cannot merge: ${missing.length} of ${total} documents ${missing.length === 1 ? 'has' : 'have'} no analysis in ${forTerminal(where.cache)} by this version of the extractor (${where.version}).`,
  ];
  if (count === null) {
    lines.push('No shard has finished into this cache with this version: run every shard (--shard i/n --cache DIR) first, with the same code as the merge.');
    lines.push(...missing.slice(0, NAMED_PER_SHARD).map((m) => `  ${forTerminal(m.id)}`));
    if (missing.length > NAMED_PER_SHARD) lines.push(`  and ${missing.length - NAMED_PER_SHARD} more`);
    return lines.join('\n');
  }
  const byShard = new Map<number, MissingDocument[]>();
  for (const m of missing) {
    const i = shardOf(m.id, count);
    byShard.set(i, [...(byShard.get(i) ?? []), m]);
  }
  const shards = [...byShard.keys()].sort((a, b) => a - b);
  for (const i of shards) {
    const name = shardName({ index: i, count });
    const record = records.get(i);
    const docs = byShard.get(i)!.sort((a, b) => (a.id < b.id ? -1 : 1));
    const these = docs.length === 1 ? '1 of its documents has' : `${docs.length} of its documents have`;
    lines.push(
      record ? `shard ${name} finished, but ${these} no analysis:` : `shard ${name} has not finished (${docs.length} document${docs.length === 1 ? '' : 's'}):`,
    );
    for (const m of docs.slice(0, NAMED_PER_SHARD)) lines.push(`  ${forTerminal(m.id)}${record ? ` — ${reason(m, record)}` : ''}`);
    if (docs.length > NAMED_PER_SHARD) lines.push(`  and ${docs.length - NAMED_PER_SHARD} more`);
  }
  lines.push(`Run ${shards.map((i) => `--shard ${i}/${count}`).join(', ')} again (documents already analysed are taken from the cache), then --merge.`);
  return lines.join('\n');
}

function reason(m: MissingDocument, record: ShardRecord): string {
  if (m.status === 'damaged') return 'its cached analysis is damaged (cut short or altered)';
  const analysed = record.documents[m.id];
  if (analysed === undefined) return 'not in the input folder when its shard ran';
  if (analysed !== m.key) return 'changed since its shard analysed it';
  return 'its cached analysis is gone (removed from the cache after its shard ran)';
}
