/**
 * How a build is split over machines: which shard a document belongs to, what --shard accepts, and what a
 * merge that cannot go ahead tells the person who runs it.
 */
import { describe, expect, it } from 'vitest';
import { explainMissing, inShard, parseShard, type ShardRecord, shardOf } from './shard';

const ids = Array.from({ length: 2000 }, (_, i) => `reuters/2010-04-${String((i % 30) + 1).padStart(2, '0')}_${i}.txt`);

describe('--shard i/n', () => {
  it('takes i from 0 to n−1, as a Kubernetes Indexed Job numbers its pods', () => {
    expect(parseShard('0/4')).toEqual({ index: 0, count: 4 });
    expect(parseShard('3/4')).toEqual({ index: 3, count: 4 });
    expect(parseShard('0/1')).toEqual({ index: 0, count: 1 });
    expect(parseShard(' 12 / 100 ')).toEqual({ index: 12, count: 100 });
  });

  it('refuses a shard past the last one, and says which numbers there are', () => {
    expect(parseShard('4/4')).toEqual({ error: expect.stringContaining('shards are numbered from 0 to 3') });
    expect(parseShard('1/0')).toEqual({ error: expect.stringContaining('at least 1') });
  });

  it('refuses values that are not i/n, showing the value and an example', () => {
    for (const bad of ['3', '-1/4', '1.5/4', 'a/b', '', '1/4/8', '1 of 4']) {
      const r = parseShard(bad);
      expect(r).toEqual({ error: expect.stringContaining(`got "${bad}"`) });
      expect((r as { error: string }).error).toContain('--shard 0/4');
    }
  });

  it('says the number is missing when a job index variable expanded to nothing ("--shard $JOB_COMPLETION_INDEX/4")', () => {
    expect(parseShard('/4')).toEqual({ error: expect.stringContaining('number is missing before the "/"') });
  });
});

describe('which shard analyses a document', () => {
  it('puts every document in exactly one shard', () => {
    for (const id of ids.slice(0, 200)) expect([0, 1, 2, 3].filter((index) => inShard(id, { index, count: 4 }))).toHaveLength(1);
  });

  it('depends on the document alone: adding or removing files moves no other document to another shard', () => {
    const before = new Map(ids.map((id) => [id, shardOf(id, 8)]));
    const grown = [...ids, 'bbc/late-addition.txt', 'a-first.txt'].sort();
    for (const id of grown.filter((x) => before.has(x))) expect(shardOf(id, 8)).toBe(before.get(id));
    for (const id of ids.filter((_, i) => i % 3)) expect(shardOf(id, 8)).toBe(before.get(id));
  });

  it('spreads a folder of similar file names evenly over the shards', () => {
    const sizes = [0, 0, 0, 0];
    for (const id of ids) sizes[shardOf(id, 4)]++;
    for (const n of sizes) expect(n).toBeGreaterThan(400); // 500 each on average
    expect(sizes.reduce((a, b) => a + b)).toBe(ids.length);
  });
});

describe('a merge with documents that have no analysis', () => {
  const where = { cache: '/shared/cache', version: '0123456789abcdef' };
  const ofShard = (index: number, count: number) => ids.filter((id) => shardOf(id, count) === index);

  it('names each document under the shard that should have analysed it, and the shards to run again', () => {
    const [a, b] = ofShard(2, 4);
    const [c] = ofShard(3, 4);
    const message = explainMissing(
      [a, b, c].map((id) => ({ id, key: 'k', status: 'missing' as const })),
      ids.length,
      4,
      new Map(),
      where,
    );
    expect(message.split('\n')).toEqual([
      `cannot merge: 3 of ${ids.length} documents have no analysis in /shared/cache by this version of the extractor (0123456789abcdef).`,
      'shard 2/4 has not finished (2 documents):',
      ...[a, b].sort().map((id) => `  ${id}`),
      'shard 3/4 has not finished (1 document):',
      `  ${c}`,
      'Run --shard 2/4, --shard 3/4 again (documents already analysed are taken from the cache), then --merge.',
    ]);
  });

  it('says why a finished shard left a document out: changed since, added since, or a damaged entry', () => {
    const [changed, added, damaged] = ofShard(1, 4);
    const record: ShardRecord = { shard: { index: 1, count: 4 }, documents: { [changed]: 'old-key', [damaged]: 'key-d' } };
    const message = explainMissing(
      [
        { id: changed, key: 'new-key', status: 'missing' },
        { id: added, key: 'key-a', status: 'missing' },
        { id: damaged, key: 'key-d', status: 'damaged' },
      ],
      ids.length,
      4,
      new Map([[1, record]]),
      where,
    );
    expect(message).toContain('shard 1/4 finished, but 3 of its documents have no analysis:');
    expect(message).toContain(`  ${changed} — changed since its shard analysed it`);
    expect(message).toContain(`  ${added} — not in the input folder when its shard ran`);
    expect(message).toContain(`  ${damaged} — its cached analysis is damaged (cut short or altered)`);
    expect(message).toContain('Run --shard 1/4 again');
  });

  it('lists ten documents of a shard and counts the rest, so a lost shard of 250,000 does not flood the terminal', () => {
    const lost = ofShard(0, 4);
    const message = explainMissing(
      lost.map((id) => ({ id, key: 'k', status: 'missing' as const })),
      ids.length,
      4,
      new Map(),
      where,
    );
    expect(message.split('\n')).toHaveLength(1 + 1 + 10 + 1 + 1);
    expect(message).toContain(`  and ${lost.length - 10} more`);
  });

  it('asks for the shards first when none has finished into this cache', () => {
    const message = explainMissing([{ id: 'a.txt', key: 'k', status: 'missing' }], 1, null, new Map(), where);
    expect(message).toContain('No shard has finished into this cache with this version');
    expect(message).toContain('  a.txt');
  });

  it('prints a file name holding an escape sequence or a newline as visible escapes', () => {
    const id = 'evil\u001b[2J\nwarning: forged.txt';
    const message = explainMissing([{ id, key: 'k', status: 'missing' }], 1, 1, new Map(), where);
    expect(message).toContain('  evil\\x1b[2J\\nwarning: forged.txt');
    expect(message.split('\n').some((line) => line.startsWith('warning: forged'))).toBe(false);
  });
});
