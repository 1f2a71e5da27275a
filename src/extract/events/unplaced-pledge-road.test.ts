import { describe, expect, it } from 'vitest';
import { whyNot } from '../events.harness';

describe('"the pledge", "the road" as a definite object say which only with what the article told before (`object-cannot-be-placed`)', () => {
  it('makes no "Michel Camdessus made the pledge"', () => {
    const text = 'It said IMF Managing director Michel Camdessus made the pledge during talks with Moi in Washington yesterday.';
    expect(whyNot(text, '1987-03-13')).toContain('made:object-cannot-be-placed');
  }, 60_000);

  it('makes no "The government\'s National Resistance Army closed the road"', () => {
    const text =
      "The government's National Resistance Army (NRA) closed the road on Friday after the rebel Holy Spirit Movement of priestess Alice Lakwena reached a village on the road, a spokesman said.";
    expect(whyNot(text, '1987-03-16')).toContain('closed:object-cannot-be-placed');
  }, 60_000);
});
