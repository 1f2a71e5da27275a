import { describe, expect, it } from 'vitest';
import { events, whyNot } from '../events.harness';

describe('events/not-happenings: showing no sign of letting up is a state (`state:no-sign-of-letting-up`)', () => {
  it('makes no event of "The spread of the new H1N1 virus in Asia showed no signs of slowing"', () => {
    const spread =
      'The spread of the new H1N1 virus in Asia showed no signs of slowing on Thursday as the Philippines recorded its first case and new infections were confirmed in Japan, China and Taiwan.';
    expect(events(spread, '2009-05-21').some((m) => m.title.includes('showed no signs of slowing'))).toBe(false);
    expect(whyNot(spread, '2009-05-21')).toContain('showed:state:no-sign-of-letting-up');
  }, 60_000);

  it('keeps a sign of something else, a finding ("showed no signs of leaking on Friday")', () => {
    const well = "BP Plc's stricken Gulf of Mexico oil well showed no signs of leaking on Friday after a new cap stopped the flow.";
    expect(whyNot(well, '2010-07-17')).not.toContain('showed:state:no-sign-of-letting-up');
    expect(events(well, '2010-07-17').some((m) => m.title.includes('showed no signs of leaking'))).toBe(true);
  }, 60_000);
});
