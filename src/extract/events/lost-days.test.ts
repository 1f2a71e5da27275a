import { describe, expect, it } from 'vitest';
import { events } from '../events.harness';

describe('dated happenings the parse lost (cover23)', () => {
  it('keeps "more than a million gallons" as the object (title:approximation-before-a-number)', () => {
    const m = events(
      'On 1 May this year a ruptured ExxonMobil pipeline in the state of Akwa Ibom spilled more than a million gallons into the delta over seven days before the leak was stopped.',
      '2010-05-30',
    ).find((x) => x.time?.value === '2010-05-01');
    expect(m?.title).toBe('A ruptured ExxonMobil pipeline spilled more than a million gallons');
    expect(m?.rules).toContain('title:approximation-before-a-number');
  });
});

describe('a happening noun owned by "its" (cover23)', () => {
  it('makes no "Donald Vidrine’s explosion" of "at the time of its explosion, on 20 April"', () => {
    const all = events(
      'It also emerged today that Donald Vidrine, who was in charge of operations on the Deepwater Horizon oil rig at the time of its explosion, on 20 April, will not testify before a key hearing in the US.',
      '2010-07-20',
    );
    expect(all.map((m) => m.title)).not.toContain('Donald Vidrine’s explosion');
    expect(all.filter((m) => m.time?.value === '2010-04-20')).toEqual([]);
  });
});
