import { describe, expect, it } from 'vitest';
import { events } from '../events.harness';

/** Each dated mention's title, and whether `title:charge-keeps-against` made it. */
const titled = (text: string, published: string) =>
  events(text, published)
    .filter((m) => m.time)
    .map((m) => ({ title: m.title, kept: m.rules.includes('title:charge-keeps-against') }));

describe('events/candidates: a charge, claim or penalty as subject keeps whom it is against', () => {
  it('keeps the "against" phrase of damages (`title:charge-keeps-against`)', () => {
    // (Written with "It noted that" before it, the Washington Post's sentence cites the 1994 award as a precedent,
    // background and no event: events/background-clauses.ts `background:precedent-cited`.)
    const text =
      'Punitive damages against Exxon for the 1989 Exxon Valdez oil-tanker spill were originally set at $5 billion in 1994 but were reduced on appeal.';
    expect(titled(text, '2010-06-10')).toContainEqual({ title: 'Punitive damages against Exxon were originally set at $5 billion', kept: true });
  });
});
