import { describe, expect, it } from 'vitest';
import { leastStepMs, type VisTimeAxis, weeksFit, withWeekScale } from './weekScale';

const DAY = 86_400_000;

/** an axis of `pxPerDay`, labels of 7 characters 8 px wide (56 px each), as vis 8.5.4 holds it */
function axis(pxPerDay: number) {
  const drawn: boolean[] = [];
  const a: VisTimeAxis = {
    options: { maxMinorChars: 7 },
    props: { minorCharWidth: 8 },
    body: { util: { toTime: (x: number) => new Date((x / pxPerDay) * DAY) } },
    _repaintLabels() {
      drawn.push(!!a.options.showWeekScale);
    },
  };
  return { a, drawn };
}

describe('week ticks', () => {
  it('the least step is the time a label of maxMinorChars characters spans', () => {
    expect(leastStepMs(axis(28).a)).toBe(2 * DAY);
    expect(leastStepMs(axis(56).a)).toBe(DAY);
  });

  it('at 20 px a day (the BBC spill coverage zoomed to June and July 2010 at 1280×720) weeks are ticked: 2 days span 40 px, less than a label', () => {
    expect(weeksFit(leastStepMs(axis(20).a))).toBe(true);
  });

  it('where a label fits 2 days, vis keeps its day scale, its month named once in the second row', () => {
    expect(weeksFit(leastStepMs(axis(30).a))).toBe(false);
  });

  it('the week scale is decided again at each drawing of the labels, as the window zooms', () => {
    const { a, drawn } = axis(20);
    expect(withWeekScale({ timeAxis: a })).toBe(true);
    a._repaintLabels();
    a.body.util.toTime = (x: number) => new Date((x / 60) * DAY);
    a._repaintLabels();
    expect(drawn).toEqual([true, false]);
  });

  it('another vis-timeline (no such axis) is left as it is', () => {
    expect(withWeekScale({})).toBe(false);
  });
});
