import { describe, expect, it } from 'vitest';
import { events, whyNot } from '../events.harness';

describe('events/announced-count: a passive of announcing whose subject counts what was announced', () => {
  it('keeps "Thirty-five new cases of swine flu in Scotland were confirmed on Sunday" (title:announced-count)', () => {
    const [m] = events('Thirty-five new cases of swine flu in Scotland were confirmed on Sunday.', '2009-06-15').filter((x) => x.time);
    expect(m.title).toBe('Thirty-five new cases of swine flu in Scotland were confirmed');
    expect(m.time?.value).toBe('2009-06-14');
    expect(m.rules).toContain('title:announced-count');
  });

  it('sets aside a count that says neither of what nor where, and one confirmed as something the title leaves out', () => {
    // (A live blog: "in Scotland, 43 more cases were announced today": cases of what, where?)
    expect(whyNot('In Scotland, 43 more cases were announced today, bringing the total there to 232.', '2009-06-30')).toContain('announced:verb-without-what');
    // ("A further 141 patients were confirmed": confirmed with what?)
    const patients = events('A further 141 patients were confirmed with H1N1 swine flu in England today, bringing the total to 952 cases.', '2009-06-16');
    expect(patients.filter((m) => m.rules.includes('title:announced-count'))).toEqual([]);
    // ("6" counts miles, not the presence reported.)
    expect(whyNot('The plume is more than 6 miles wide and its presence was reported Thursday.', '2010-05-28')).toContain('reported:verb-without-what');
    // (No count: what was announced is not said.)
    expect(whyNot('The decision was announced on Monday.', '2010-05-28')).toContain('announced:verb-without-what');
  });
});
