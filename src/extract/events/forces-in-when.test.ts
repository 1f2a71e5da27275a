import { describe, expect, it } from 'vitest';
import { events } from '../events.harness';
import { countryActsByForces } from './forces-in-when';

describe('a country acting through its forces in a "when" clause (actors:forces-in-when-clause)', () => {
  it('lists Iraq on the spill that Iraqi soldiers caused', () => {
    const text =
      "The all-time worst oil spill occurred in 1991 when Iraqi soldiers torched Kuwait's oil fields, causing an estimated 11m barrels (462m gallons) to leak.";
    const m = events(text, '2010-05-30').find((x) => x.title === 'The all-time worst oil spill occurred')!;
    expect(m.actors).toEqual(['iraq']);
    expect(m.rules).toContain('actors:forces-in-when-clause');
  });

  it('takes no country that only qualifies other people', () => {
    const text = 'The oil spill began in April when US officials allowed drilling, causing a leak.';
    expect(events(text, '2010-06-01').flatMap((m) => m.rules)).not.toContain('actors:forces-in-when-clause');
    expect(countryActsByForces('when US officials said', { kind: 'country', end: 7 })).toBe(false);
    expect(countryActsByForces('when US troops fired', { kind: 'country', end: 7 })).toBe(true);
  });
});
