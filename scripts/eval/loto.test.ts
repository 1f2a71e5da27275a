import { describe, expect, it } from 'vitest';
import { leaveOneOut, parseMixLab } from './loto';

describe('leave one topic out (docs/story.md)', () => {
  it("scores each topic with the setting best on the others, summarize's own setting winning ties", () => {
    // rows: settings; columns: topics. Setting 1 wins topic 0 alone, so it is chosen only when topic 0 is in the tuning set.
    const rows = [
      [0.5, 0.5, 0.5],
      [0.9, 0.4, 0.5],
    ];
    const { picks, scores } = leaveOneOut(rows);
    // topic 0 left out: on topics 1 and 2 setting 0 is better (0.5 vs 0.45), so topic 0 gets 0.5, not the 0.9 it "tuned"
    expect(picks).toEqual([0, 1, 1]);
    expect(scores).toEqual([0.5, 0.4, 0.5]);
  });

  it('keeps the present setting when another only ties it', () => {
    expect(
      leaveOneOut([
        [0.7, 0.6],
        [0.7, 0.6],
      ]).picks,
    ).toEqual([0, 0]);
  });

  it("reads mix-lab's per-topic lines and skips the mean", () => {
    const out = 'bpoil_reuters          Date F1 0.375  baseline 0.250  MAP 0.327\nmean                   Date F1 0.714  baseline 0.668  MAP 0.688\n';
    expect([...parseMixLab(out)]).toEqual([['bpoil_reuters', 0.375]]);
  });
});
