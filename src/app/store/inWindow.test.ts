import { describe, expect, it } from 'vitest';
import { countInWindow } from './inWindow';

const day = (d: string) => Date.parse(`${d}T00:00:00.000Z`);
// three day-dated events (20 April, 15 July, 2 November 2010) and one dated to its month (November 2010)
const index = {
  startMs: Float64Array.from([day('2010-04-20'), day('2010-07-15'), day('2010-11-02'), day('2010-11-01')]),
  endMs: Float64Array.from([day('2010-04-21'), day('2010-07-16'), day('2010-11-03'), day('2010-12-01')]),
};

describe('countInWindow', () => {
  it('counts the shown events the window reaches: the story’s months, not the November key events beyond them', () => {
    expect(countInWindow(index, [0, 1, 2, 3], { start: '2010-04-14T00:00:00.000Z', end: '2010-08-10T00:00:00.000Z' })).toBe(2);
    expect(countInWindow(index, [0, 1, 2, 3], { start: '2010-04-14T00:00:00.000Z', end: '2010-12-20T00:00:00.000Z' })).toBe(4);
  });

  it('counts a month-dated event whose month the window reaches, and only the shown ones', () => {
    expect(countInWindow(index, [0, 3], { start: '2010-11-20T00:00:00.000Z', end: '2010-11-25T00:00:00.000Z' })).toBe(1);
  });

  it('says nothing before the timeline has a window', () => {
    expect(countInWindow(index, [0, 1], null)).toBeNull();
  });
});
