import { describe, expect, it } from 'vitest';
import { events, whyNot } from '../events.harness';

describe("the clause of an estimate is the estimator's reckoning, not a happening (events/candidates.ts `view:estimated-clause`)", () => {
  it('makes no event of what economists estimate flowed (Reuters, 31 March 1987, judged unfaithful)', () => {
    const s = 'Economists estimate up to five billion U.S. Dlrs of speculative money flowed into Taiwan last year.';
    expect(events(s, '1987-03-31')).toEqual([]);
    expect(whyNot(s, '1987-03-31')).toContain('flowed:view:estimated-clause');
  }, 60_000);

  it('makes no event of a yearly total a named estimator reckons "roughly" (Reuters, 16 March 1987, judged unfaithful)', () => {
    const s =
      'Brennan estimated Brazilian exports to Canada totalled roughly 800 mln Canadian dlrs in 1985 while imports from Canada reached about 700 mln dlrs.';
    expect(events(s, '1987-03-16').map((m) => m.title)).toEqual([]);
    expect(whyNot(s, '1987-03-16')).toContain('totalled:view:estimated-clause');
  }, 60_000);

  it('keeps a perfect told with its estimator, "Federal officials estimated ..." (Washington Post, 2010-05-01)', () => {
    const [m] = events(
      "By late Friday, federal officials estimated that the slick had reached land in Louisiana's isolated southeast corner and was being pushed ashore by strong winds.",
      '2010-05-01',
    );
    expect(m?.title).toMatch(/^Federal officials estimated /);
    expect(m?.rules).toContain('title:with-sayer');
  }, 60_000);

  it('keeps the writer\'s own clause after a passive "is estimated to" (Guardian, 2010)', () => {
    const s =
      "The slick is estimated to cover 16,000 sq miles of ocean, It began on 20 April when an explosion and fire destroyed BP's rig, killing 11 people.";
    expect(events(s, '2010-06-01').map((m) => m.title)).toContain("An explosion and fire destroyed BP's rig");
    expect(whyNot(s, '2010-06-01').some((x) => x.endsWith('view:estimated-clause'))).toBe(false);
  }, 60_000);
});
