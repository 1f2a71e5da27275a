import { describe, expect, it } from 'vitest';
import { grid, scoreTopic } from './weights-lab';

describe("importance's weights fitted leave one topic out (docs/story.md)", () => {
  it('puts equal weights first, so that they win every tie, and leaves out the all-zero vector', () => {
    const g = grid([0, 1, 2]);
    expect(g[0]).toEqual([1, 1, 1, 1]);
    expect(g).toHaveLength(3 ** 4 - 1);
    expect(g.some((w) => w.every((x) => x === 0))).toBe(false);
    expect(g.filter((w) => w.join() === '1,1,1,1')).toHaveLength(1);
  });

  it('ranks a day by its best candidate and scores the picks as score-tls does', () => {
    // two candidate days for one gold day, one date asked: the day whose weighted features are higher is picked
    const feats = (f: number[]) => ({ feats: f, byExponent: [f], extra: 0, period: 1 });
    const topic = {
      topic: 't',
      runs: [
        {
          candidates: [
            { date: '2010-04-20', ...feats([1, 0, 0, 0]) },
            { date: '2010-04-22', ...feats([0, 2, 0, 0]) },
          ],
          gold: [['2010-04-20', ['The rig exploded.']]] as Array<[string, string[]]>,
          n: 1,
        },
      ],
    };
    expect(scoreTopic(topic, [1, 1, 1, 1, 0])).toBe(0);
    expect(scoreTopic(topic, [3, 1, 1, 1, 0])).toBe(1);
  });
});
