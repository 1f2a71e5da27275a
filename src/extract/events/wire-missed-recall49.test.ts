/**
 * recall49: dated happenings in wire copy the extractor missed (docs/audit/reuters-wire48-missed.md).
 */
import { describe, expect, it } from 'vitest';
import { events, whyNot } from '../events.harness';

describe("a date between a thing made and its relative clause is the verb's (date:verb-of-a-thing-made)", () => {
  it('"Ongpin presented a revised proposal on Monday which sought to satisfy the banks\' objections" (Reuters, 12 March 1987)', () => {
    const text =
      "The banks rejected the original PINs proposal last Friday, but Ongpin presented a revised proposal on Monday which sought to satisfy the banks' objections by guaranteeing that the notes would yield 7/8 pct over LIBOR in cash.";
    const m = events(text, '1987-03-12').find((x) => x.title.includes('presented'));
    expect(m?.time?.value).toBe('1987-03-09');
    expect(m?.title).toContain('presented a revised proposal');
    expect(m?.rules).toContain('date:verb-of-a-thing-made');
  });

  it('a happening before the relative keeps the date: "followed a poll by CBS News yesterday which found"', () => {
    expect(whyNot("Obama's statement followed a poll by CBS News yesterday which found 70% disapproval.", '2010-05-27')).toContain(
      'followed:date:names-a-noun',
    );
  });
});
