/**
 * "this week" for a happening already past, in a paper of a Monday (events.ts `date:this-week-past-on-its-monday`).
 */
import { describe, expect, it } from 'vitest';
import { events, whyNot } from '../events.harness';

const dated = (text: string, published: string) =>
  events(text, published)
    .filter((m) => m.time)
    .map((m) => `${m.title} @ ${m.time?.value}`);

describe('"this week" of a past happening on a Monday (`date:this-week-past-on-its-monday`)', () => {
  it('"an umpire\'s blown call ... became a viral story this week", published on Monday 7 June 2010, is not dated to that week', () => {
    const text = 'Which may be why an umpire\'s blown call denying a rookie pitcher a historic "perfect game" became a viral story this week.';
    expect(dated(text, '2010-06-07')).toEqual([]);
    expect(whyNot(text, '2010-06-07')).toContain('became:date:this-week-past-on-its-monday');
  });

  it('keeps "this week" later in the week: "A bolt of lightning hit a drill ship this week" on Friday 18 June 2010', () => {
    const text = 'A bolt of lightning hit a drill ship this week, starting a fire and halting oil collection for hours.';
    expect(dated(text, '2010-06-18')).toEqual(['A bolt of lightning hit a drill ship @ 2010-06-14']);
  });
});
