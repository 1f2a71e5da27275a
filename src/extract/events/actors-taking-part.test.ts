import { describe, expect, it } from 'vitest';
import { events, whyNot } from '../events.harness';

describe('names of a sentence that take part in its happening, or none', () => {
  it('leaves out the names after "a month after" (actors:in-time-adjunct)', () => {
    // (Timeline17 writes "set up the commission", which says not which commission (audit t17-v32) and makes no event,
    // events/definite-noun.ts; "a commission" keeps the actor check.)
    const real =
      'President Barack Obama set up the commission with an executive order in late May, a month after a rig drilling a well for BP, the Deepwater Horizon owned by Transocean Ltd, sank after an explosion.';
    expect(whyNot(real, '2010-07-12')).toContain('set:object-cannot-be-placed:definite-noun');
    const text =
      'President Barack Obama set up a commission with an executive order in late May, a month after a rig drilling a well for BP, the Deepwater Horizon owned by Transocean Ltd, sank after an explosion.';
    const m = events(text, '2010-07-12').find((x) => x.title.includes('set up'));
    expect(m?.actors).toEqual(['barack-obama']);
    expect(m?.rules).toContain('actors:in-time-adjunct');
  }, 60_000);

  it('leaves out a name in a "-related" compound (actors:name-in-related-compound)', () => {
    // (BP is named as a company before: the rule, not an unknown name, leaves it out.)
    const text =
      'BP said on Wednesday it would pay the claims. But a demonstration at a BP-related site in Washington DC on Thursday only attracted a couple of dozen protesters.';
    const m = events(text, '2010-06-04').find((x) => x.title.includes('attracted'));
    expect(m?.actors ?? []).toEqual([]);
    expect(m?.rules).toContain('actors:name-in-related-compound');
  }, 60_000);

  it('lists the organisation an object is set for, when the happening names no one of its own (actors:for-whom-object)', () => {
    const text =
      'The December agreement set an overall output ceiling for OPEC of 15.8 mln bpd for first half 1987 and restored fixed prices as from February 1 around a reference point of 18 dlrs.';
    // ("The December agreement" is one of many agreements out of its article, subject-cannot-be-placed:definite: the
    // clause makes no event, so actors:for-whom-object has no event of this sentence to act on.)
    expect(events(text, '1987-03-11').find((x) => x.title.includes('ceiling'))).toBeUndefined();
    expect(whyNot(text, '1987-03-11')).toContain('set:subject-cannot-be-placed:definite');
  }, 60_000);

  it('lists the state that reports a figure of its economy with no owner written (actors:reporter-owns-figure)', () => {
    const text = 'Mexico reported on Monday that industrial output fell 6.7 percent in March, in the eighth straight month of contraction.';
    // ("Industrial output fell 6.7 percent" alone does not say whose output, subject-cannot-be-placed:needs-its-phrase:
    // the clause makes no event, and the report's own record lists Mexico; actors:reporter-owns-figure has no event of
    // this sentence to act on.)
    expect(whyNot(text, '2009-05-19')).toContain('fell:subject-cannot-be-placed:needs-its-phrase');
    const m = events(text, '2009-05-19').find((x) => x.title.startsWith('Mexico reported'));
    expect(m?.actors).toEqual(['mexico']);
  }, 60_000);
});
