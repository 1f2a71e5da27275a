import { describe, expect, it } from 'vitest';
import { events, whyNot } from '../events.harness';

describe('events/not-happenings: showing no sign of letting up is a state (`state:no-sign-of-letting-up`)', () => {
  it('makes no event of "The spread of the new H1N1 virus in Asia showed no signs of slowing"', () => {
    const spread =
      'The spread of the new H1N1 virus in Asia showed no signs of slowing on Thursday as the Philippines recorded its first case and new infections were confirmed in Japan, China and Taiwan.';
    expect(events(spread, '2009-05-21').some((m) => m.title.includes('showed no signs of slowing'))).toBe(false);
    expect(whyNot(spread, '2009-05-21')).toContain('showed:state:no-sign-of-letting-up');
  }, 60_000);

  it('makes no event of no sign of something else either ("showed no signs of leaking on Friday", `negated:shown-no-object`)', () => {
    // (Judged a state of the well, not a happening: the cap stopping the flow is the happening.)
    const well = "BP Plc's stricken Gulf of Mexico oil well showed no signs of leaking on Friday after a new cap stopped the flow.";
    expect(whyNot(well, '2010-07-17')).toContain('showed:negated:shown-no-object');
    expect(events(well, '2010-07-17').some((m) => m.title.includes('showed no signs of leaking'))).toBe(false);
    // (Signs shown are a change begun, and stay.)
    const signs = "BP Plc's stricken Gulf of Mexico oil well showed signs of leaking on Friday.";
    expect(events(signs, '2010-07-17').some((m) => m.title.includes('showed signs of leaking'))).toBe(true);
  }, 60_000);
});
