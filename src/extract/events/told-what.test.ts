import { describe, expect, it } from 'vitest';
import { events, whyNot } from '../events.harness';

describe('events/told-what: a person told, and not what', () => {
  it('gives no title to a verb of telling cut before what was told (`title-cut:told-without-what`)', () => {
    const reminded =
      'In June, members of Congress repeatedly reminded Hayward how empty that promise sounded with 11 workers dead, BP seemingly unprepared to contain the spill and a Congressional investigation indicating that officials put cost-savings ahead of safety in the days and hours before the rig explosion.';
    expect(events(reminded, '2010-07-26').map((m) => m.title)).not.toContain('Members of Congress reminded Hayward');
    expect(whyNot(reminded, '2010-07-26')).toContain('reminded:title-cut:told-without-what');
    const assured =
      'Obama faced criticism that he responded too slowly and assured people in Louisiana during a visit on Friday that they "will not be left behind" and that the "buck stops" with him.';
    expect(whyNot(assured, '2010-05-29')).toContain('assured:title-cut:told-without-what');
  }, 60_000);
});
