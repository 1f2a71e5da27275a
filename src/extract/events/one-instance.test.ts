import { describe, expect, it } from 'vitest';
import { events } from '../events.harness';

describe('events/one-instance: a count of times whose instances the sentence tells apart', () => {
  it('drops "twice" from a title that tells one of the times (`title:count-dropped-for-one-instance`)', () => {
    const delayed =
      'The pressure test was twice delayed before starting on Thursday, once while additional checks were put in place to allay fears it could make the leak worse, and on Wednesday by a leaking piece of equipment.';
    const m = events(delayed, '2010-07-16').find((x) => x.title.includes('delayed'));
    expect(m?.title).toBe('The pressure test was delayed by a leaking piece of equipment');
    expect(m?.rules).toContain('title:count-dropped-for-one-instance');
  }, 60_000);
});
