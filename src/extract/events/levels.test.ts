import { describe, expect, it } from 'vitest';
import { whyNot } from '../events.harness';

describe('events/levels: levels, estimates of levels, nothing given, stances', () => {
  it('an average over a period is a level (`state:average`)', () => {
    const text =
      "The sources said the kingdom's exports from Gulf ports averaged one mln bpd during the eight days ending last Sunday, down from a February average of 1.9 mln bpd.";
    expect(whyNot(text, '1987-03-12')).toContain('averaged:state:average');
  }, 60_000);

  it('a rate running at a time is a level (`state:running-at`)', () => {
    const text =
      'OPEC crude oil output in the first few days of March was running at about 14.7 mln bpd, down from a 16 mln bpd average for February, a Reuter survey shows.';
    expect(whyNot(text, '1987-03-05')).toContain('running:state:running-at');
  }, 60_000);

  it('an estimate of a rate is a level (`state:estimated-level`)', () => {
    const text = 'MEES put Saudi Arabian output at 2.9 mln bpd in the first week of March and 3.1 mln bpd in the second.';
    expect(whyNot(text, '1987-03-16')).toContain('put:state:estimated-level');
  }, 60_000);

  it('a yearly flow is a level (`state:flow-level`)', () => {
    const text = 'In 1985, ADNOC marketed a total of 476,000 bpd of crude oil and 7.2 mln tonnes of refined products.';
    expect(whyNot(text, '1987-04-13')).toContain('marketed:state:flow-level');
  }, 60_000);

  it('no figures given is no happening (`not-done:nothing-given`)', () => {
    expect(whyNot('Lukman gave no specific figures for February output.', '1987-03-05')).toContain('gave:not-done:nothing-given');
  }, 60_000);

  it('declining to comment is no happening (`not-done:declined-to-say`)', () => {
    const text = 'A BP spokesman declined to comment on the leak this morning, referring inquiries to Alyeska.';
    expect(whyNot(text, '2011-01-10')).toContain('declined:not-done:declined-to-say');
  }, 60_000);

  it('a stance towards what others did is a view (`view:stance`)', () => {
    const text =
      "Virtually all Latin American leaders backed Brazil's suspension of interest payments on 68 billion dlrs of private bank debt last month, though prospects of a chain default are still remote.";
    expect(whyNot(text, '1987-03-20')).toContain('backed:view:stance');
  }, 60_000);

  it('a stance told "in a statement" is a view too: the phrase says where it was told, no guest (`view:stance`)', () => {
    expect(whyNot('BP welcomed the ruling in a statement on Monday.', '2010-06-14')).toContain('welcomed:view:stance');
  }, 60_000);

  it('"welcomed the Bank of Spain\'s decision to raise ...": the "to" opens an infinitive, no place (`view:stance`)', () => {
    const text =
      "MADRID, March 5 - Bankers welcomed the Bank of Spain's decision to raise the reserve requirement for banks and savings banks, saying it reflected the socialist government's determination not to ease up in the fight against inflation.";
    expect(whyNot(text, '1987-03-05')).toContain('welcomed:view:stance');
  }, 60_000);

  it('a rate put at an amount, with no one putting it, is a level (`state:estimated-level`)', () => {
    const text = 'Spot-next and one-week rates were put at 6-1/4, 5-3/4 pct after quotes ranging between seven, six yesterday.';
    expect(whyNot(text, '1987-03-01')).toContain('put:state:estimated-level');
    expect(whyNot('The financial claims have been put at up to $70bn (£45bn) compared with its current market value.', '2010-06-10')).toContain(
      'put:state:estimated-level',
    );
  }, 60_000);

  it('what a thing contributed to is an explanation, no happening (`explanation:contributed-to`)', () => {
    const text = 'Restructuring of the downstream oil sector contributed to a profit rise to 187 mln stg in 1986 from 91 mln stg in 1985.';
    expect(whyNot(text, '1987-03-19')).toContain('contributed:explanation:contributed-to');
    const lull = 'A traditional Sunday lull in trading due to the European weekend also contributed to the lack of market activity.';
    expect(whyNot(lull, '1987-03-01')).toContain('contributed:explanation:contributed-to');
  }, 60_000);

  it('a sum contributed to a fund stays a deed', () => {
    expect(whyNot('BP contributed 20 mln dlrs to the fund on Monday.', '2010-06-14')).not.toContain('contributed:explanation:contributed-to');
  }, 60_000);

  it('a thing put somewhere else stays: "The troops were put on alert on Monday"', () => {
    expect(whyNot('The troops were put on alert on Monday.', '1987-03-10')).not.toContain('put:state:estimated-level');
  }, 60_000);

  it('a named guest welcomed to or in a place is a meeting, no stance', () => {
    for (const text of ['North Korea welcomed Putin to Pyongyang on Monday.', 'North Korea welcomed Putin in Pyongyang on Monday.'])
      expect(whyNot(text, '2010-06-14')).not.toContain('welcomed:view:stance');
  }, 60_000);

  it('a change of a rate stays a happening', () => {
    expect(whyNot('Iran raised its output to 2.5 mln bpd in February.', '1987-03-05').filter((w) => w.startsWith('raised'))).toEqual([]);
  }, 60_000);

  it('a price talked at an amount is a market level (`state:price-quoted`)', () => {
    const text =
      "August Dubai was discussed in cautious early activity at around 17.35 dlrs, above Friday's 17.15-20 range, but still below the government selling price (GSP) of 17.42.";
    expect(whyNot(text, '1987-06-29')).toContain('discussed:state:price-quoted');
  }, 60_000);

  it('anger voiced and made clear is a view (`view:voiced-participle`, `view:made-clear`)', () => {
    const text =
      'U.S. Trade officials again made clear their anger over what they call unfair government support for Airbus, voiced during a visit to European capitals in February.';
    const why = whyNot(text, '1987-03-20');
    expect(why).toContain('voiced:view:voiced-participle');
    expect(why).toContain('made:view:made-clear');
  }, 60_000);
});
