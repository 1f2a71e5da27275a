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

describe('events: no title glues a subordinate clause to the main verb after its date', () => {
  it('"The worst oil spill in U.S. history began", not "began stand" (tag repair `verb-after-dated-subordinate-clause`)', () => {
    const losses =
      'Total share losses for the embattled British energy giant since the worst oil spill in U.S. history began on April 20 stand at around $100 billion, more than halving its market value prior to the disaster.';
    const titles = events(losses, '2010-06-25').map((m) => m.title);
    expect(titles).toContain('The worst oil spill in U.S. history began');
    expect(titles).not.toContain('The worst oil spill in U.S. history began stand');
  }, 60_000);
});
