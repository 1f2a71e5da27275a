import { describe, expect, it } from 'vitest';
import { events } from '../events.harness';

/** Each dated mention's title, and whether `title:quote-marks-kept` made it. */
const titled = (text: string, published: string) =>
  events(text, published)
    .filter((m) => m.time)
    .map((m) => ({ title: m.title, kept: m.rules.includes('title:quote-marks-kept') }));

describe('events/quoted-title: a whole quotation in a title keeps its marks', () => {
  it('writes a quoted label with its marks (`title:quote-marks-kept`)', () => {
    const text =
      'Mark Gilman, an analyst with Benchmark, boosted his rating to "buy back" May 26, saying that the reduction in BP\'s market value since the spill began "implies gross, pre-tax environmental claims and costs to be in the $80 billion to $110 billion range, which we believe to be unrealistically high."';
    expect(titled(text, '2010-06-01')).toContainEqual({ title: 'Mark Gilman boosted his rating to "buy back"', kept: true });
  });

  it('leaves a title without a quotation as it was', () => {
    const text = 'On Tuesday, BP started tests to establish how it can move to a procedure known as "static kill".';
    expect(titled(text, '2010-08-03')).toContainEqual({ title: 'BP started tests', kept: false });
  });
});
