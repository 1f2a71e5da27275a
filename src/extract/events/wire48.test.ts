import { describe, expect, it } from 'vitest';
import type { ResolvedActor } from '../events';
import { events, whyNot } from '../events.harness';
import { centralBank, ownerOfThing } from './figure-owner';

// Sentences of Reuters 1987 stories (the bundesbank, sterling, coffee and philippine sets), quoted.
describe('events: market reports, central banks and wire copy read as language works (wire48)', () => {
  it('dates no move by the session of the quote it is measured from (`date:of-a-quote-compared-with`)', () => {
    const call = 'Call money fell to 3.60/70 pct ahead of the allocation from 3.75/85 pct yesterday, dealers said.';
    expect(events(call, '1987-03-24').some((m) => m.time?.value === '1987-03-23')).toBe(false);
    expect(whyNot(call, '1987-03-24')).toContain('fell:date:of-a-quote-compared-with');
    const pound = 'The pound opened at 2.9540/9575 marks against 2.9490/9530 in Europe last night.';
    expect(events(pound, '1987-04-07').some((m) => m.time?.value === '1987-04-06')).toBe(false);
    expect(whyNot(pound, '1987-04-07')).toContain('opened:date:of-a-quote-compared-with');
  }, 60_000);

  it('keeps the day of a move with no quote compared: "The dollar rose to 1.8250/60 marks on Friday"', () => {
    expect(events('The dollar rose to 1.8250/60 marks on Friday.', '1987-03-24').map((m) => m.time?.value)).toEqual(['1987-03-20']);
  }, 60_000);

  it('dates no drop by the month of the average it fell from: "dropped from an average weekly 500 tonnes in March" (`date:baseline-of-change`)', () => {
    const text = 'He said exporter registrations dropped from an average weekly 500 tonnes in March to 45 tonnes last week.';
    expect(events(text, '1987-04-06').some((m) => m.time?.value === '1987-03')).toBe(false);
    expect(whyNot(text, '1987-04-06')).toContain('dropped:date:baseline-of-change');
  }, 60_000);

  it('takes no sum held for a happening: "Banks held 52.0 billion marks on February 27 at the Bundesbank" (`state:holding:sum-with-its-scale`)', () => {
    const a = 'Banks held 52.0 billion marks on February 27 at the Bundesbank, averaging 51.0 billion over the whole month.';
    expect(events(a, '1987-03-03')).toEqual([]);
    expect(whyNot(a, '1987-03-03')).toContain('held:state:holding:sum-with-its-scale');
    const b = 'Banks held an average 59.3 billion marks at the Bundesbank over the first six days of the month.';
    expect(whyNot(b, '1987-04-08')).toContain('held:state:holding:sum-with-its-scale');
  }, 60_000);

  it('keeps a count of things held: "The shareholders held three meetings on Friday"', () => {
    expect(events('The shareholders held three meetings on Friday.', '1987-03-24').map((m) => m.title)).toEqual(['The shareholders held three meetings']);
  }, 60_000);

  it('keeps "other than" and its noun in the subject: no "Coffee rose 55 pct" (`title:other-than-in-phrase`)', () => {
    const text =
      'Colombian exports other than coffee rose 55 pct in January compared with the same period last year, figures from the government statistics institute show.';
    const rose = events(text, '1987-04-09').find((m) => m.title.includes('rose'));
    expect(rose?.title).toBe('Colombian exports other than coffee rose 55 pct');
    expect(rose?.rules).toContain('title:other-than-in-phrase');
  }, 60_000);

  it('gives a nation\'s money aggregate with no nation no event: "M-1 money supply rose a provisional 17.3 pct" (`subject-cannot-be-placed:money-aggregate-without-nation`)', () => {
    const text = 'M-1 money supply rose a provisional 17.3 pct to 42.86 billion pesos at the end of December 1986 from 36.52 billion a month earlier.';
    expect(events(text, '1987-03-19')).toEqual([]);
    expect(whyNot(text, '1987-03-19')).toContain('rose:subject-cannot-be-placed:money-aggregate-without-nation');
    expect(events('West German M-3 money supply rose 8.1 pct in March.', '1987-04-19').length).toBe(1);
  }, 60_000);

  it('gives no lending rates of no one: "short-term bank lending rates fell to an annualised 13.88 pct" (`subject-cannot-be-placed:figure-without-owner`)', () => {
    const text = 'She said short-term bank lending rates fell to an annualised 13.88 pct at the end of December.';
    expect(whyNot(text, '1987-03-19')).toContain('fell:subject-cannot-be-placed:figure-without-owner');
  }, 60_000);

  it('keeps what a tender is for: "The Bundesbank set a new tender for a 28-day securities repurchase agreement" (`title:tender-keeps-what`)', () => {
    const text =
      'The Bundesbank set a new tender for a 28-day securities repurchase agreement today, offering banks liquidity aid, a central bank spokesman said.';
    const set = events(text, '1987-04-07').find((m) => m.title.includes('tender'));
    expect(set?.title.startsWith('The Bundesbank set a new tender for a')).toBe(true);
    expect(set?.rules).toContain('title:tender-keeps-what');
  }, 60_000);

  it('makes a central bank that tells a figure no owner of it: "The Bundesbank noted that in 1986, spending had increased" (`actors:central-bank-not-owner`)', () => {
    const text = 'The Bundesbank noted that in 1986, spending had increased by more than the three pct annual average rise for 1982 to 1986.';
    const bank: ResolvedActor = { id: 'bundesbank', name: 'Bundesbank', kind: 'organization', start: 4, end: 14 };
    expect(centralBank(text, bank)).toBe(true);
    const at = text.indexOf('spending');
    const span = { start: at, end: at + 'spending'.length };
    const found = ownerOfThing(
      text,
      [bank],
      [{ start: 0, end: text.length }],
      0,
      span,
      span,
      [bank],
      'The Bundesbank',
      () => true,
      () => false,
    );
    expect(found).toEqual({ owner: null, rule: 'actors:central-bank-not-owner' });
    expect(centralBank('Bank of America said', { id: 'b', name: 'Bank of America', kind: 'organization', start: 0, end: 15 })).toBe(false);
  }, 60_000);
});
