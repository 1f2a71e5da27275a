import { describe, expect, it } from 'vitest';
import { events, whyNot } from '../events.harness';

describe("a figure told of a bare name after a preposition is the whole phrase's (`relative:figure-of-a-name`)", () => {
  it('writes no "Kenya fell to 53 mln dlrs"', () => {
    const text =
      'Moi pressed the U.S. To increase its level of aid to Kenya, which fell to 53 mln dlrs this year from 111 mln in 1984, and called for more U.S. Investment in the country.';
    expect(events(text, '1987-03-15').map((m) => m.title)).not.toContain('Kenya fell to 53 mln dlrs');
    expect(whyNot(text, '1987-03-15')).toContain('fell:relative:figure-of-a-name');
  }, 60_000);
});
