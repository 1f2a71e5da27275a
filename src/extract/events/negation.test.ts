import { describe, expect, it } from 'vitest';
import { events } from '../events.harness';

describe('events/negation: a title keeps the "not" inside its span', () => {
  it('keeps the "not" of an infinitive complement the title keeps (`title:negation-kept`)', () => {
    const goldman =
      'This month, Goldman Sachs promised not to ask for tax credits associated with the $535 million it paid in penalties to the Securities and Exchange Commission to settle a fraud charge.';
    const m = events(goldman, '2010-07-27').find((x) => x.time);
    expect(m?.title).toBe('Goldman Sachs promised not to ask for tax credits');
    expect(m?.rules).toContain('title:negation-kept');
  }, 60_000);
});
