import { describe, expect, it } from 'vitest';
import { events, whyNot } from '../events.harness';

describe('events/apposed-happening-date: a date in an apposition naming a blast or disaster is its own (`date:of-apposed-happening`)', () => {
  it('dates no investigating by the explosion\'s "March 2005"', () => {
    const congress =
      "The Congress was investigating the worst workplace accident in the US in more than 15 years, a massive explosion at BP's Texas City Refinery in March 2005 that killed 15 workers, including Rowe's parents, and injured 180.";
    expect(events(congress, '2010-06-08').some((m) => m.title.startsWith('The Congress was investigating'))).toBe(false);
    expect(whyNot(congress, '2010-06-08')).toContain('investigating:date:of-apposed-happening');
  }, 60_000);

  it('keeps a date before the apposition ("capped the well on Thursday, a milestone ...")', () => {
    const capped = 'BP capped the well on Thursday, a milestone in the effort to end the worst oil spill in US history.';
    expect(events(capped, '2010-07-17').find((m) => m.title === 'BP capped the well')?.time?.value).toBe('2010-07-15');
  }, 60_000);
});
