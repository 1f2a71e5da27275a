import { describe, expect, it } from 'vitest';
import { events } from '../events.harness';

describe("a state's economic figure as the subject (actors:state-of-economy-subject)", () => {
  it('lists Taiwan on "The surplus hit a record 15.6 billion dlrs", the surplus named earlier as Taiwan\'s (actors:state-of-economy-named-earlier)', () => {
    const text =
      "The reserves have grown to a record 53 billion U.S. Dlrs, compared with about 26 billion in late March last year, due to Taiwan's widening trade surplus. The surplus hit a record 15.6 billion dlrs last year against 10.6 billion in 1985.";
    const m = events(text, '1987-03-31').find((x) => x.title.includes('15.6 billion'));
    expect(m?.title).toBe("Taiwan's widening trade surplus hit a record 15.6 billion dlrs");
    expect(m?.actors).toEqual(['taiwan']);
    expect(m?.rules).toEqual(expect.arrayContaining(['actors:state-of-economy-subject', 'actors:state-of-economy-named-earlier']));
  }, 60_000);

  it('lists South Korea on "South Korean camera demand rose to 700,000 in 1986" (a demonym before its demand)', () => {
    const text = 'South Korean camera demand rose to 700,000 in 1986 from 640,000 in 1985.';
    const m = events(text, '1987-03-19').find((x) => x.title.startsWith('South Korean camera demand'));
    expect(m?.actors).toEqual(['south-korea']);
    expect(m?.rules).toContain('actors:state-of-economy-subject');
  }, 60_000);
});
