import { describe, expect, it } from 'vitest';
import { events, whyNot } from '../events.harness';
import { findTimeExpressions } from '../time';

describe('"this Thursday" is the coming Thursday (`thisWeekdayAhead`)', () => {
  const opec =
    "The Angolan energy minister, who currently holds the group's rotating presidency, has yet to arrive in Vienna for this Thursday's meeting of the Organization of the Petroleum Exporting Countries, which is expected to keep existing output targets unchanged.";

  it('reads "this Thursday" of a Sunday paper (31 May 2009) as 4 June, not 28 May', () => {
    const [x] = findTimeExpressions(opec, '2009-05-31');
    expect(x).toMatchObject({ text: 'this Thursday', value: '2009-06-04', precision: 'day' });
    expect(x.rules).toContain('thisWeekdayAhead');
  });

  it('leaves the meeting to come out of the timeline ("Meeting of the Organization ..." dated 28 May was false)', () => {
    const titles = events(opec, '2009-05-31').map((m) => m.title);
    expect(titles.some((t) => t.startsWith('Meeting of the Organization'))).toBe(false);
  }, 60_000);

  it('reads "on this Thursday" as the coming Thursday too (chrono\'s text holds the "on")', () => {
    const [x] = findTimeExpressions('The ministers will arrive in Vienna for the OPEC meeting on this Thursday.', '2009-05-31');
    expect(x).toMatchObject({ text: 'on this Thursday', value: '2009-06-04', precision: 'day' });
    expect(x.rules).toContain('thisWeekdayAhead');
  });

  it('is the day itself when it is today ("this Tuesday evening" of a Tuesday paper)', () => {
    const [x] = findTimeExpressions(
      'Obama plans to give his first-ever Oval Office speech to the nation this Tuesday evening to address the issue.',
      '2010-06-15',
    );
    expect(x).toMatchObject({ value: '2010-06-15' });
  });
});

describe('"between the end of January 2003 and the end of April 2003" is a span (`spanOfPeriodEnds`)', () => {
  const sgd =
    'The Singapore dollar SGD = fell nearly 4 percent against the U.S. dollar between the end of January 2003 and the end of April 2003, but it then rallied.';

  it('marks both ends a span', () => {
    const xs = findTimeExpressions(sgd, '2009-05-01');
    expect(xs.map((x) => x.text)).toEqual(['the end of January 2003', 'the end of April 2003']);
    for (const x of xs) expect(x.rules).toEqual(expect.arrayContaining(['span', 'spanOfPeriodEnds']));
  });

  it('dates no fall on 31 January 2003, the day the span began: the fall over the span makes no event (`date:span`)', () => {
    expect(events(sgd, '2009-05-01').filter((m) => m.title.startsWith('The Singapore dollar fell'))).toEqual([]);
    expect(whyNot(sgd, '2009-05-01')).toContain('fell:date:span');
  }, 60_000);
});

describe('"the end of April" is the month of April, not its last day (`withoutEndOfPeriodDay`)', () => {
  const ipf =
    'IPF, which closed its Russian operations at the end of April, said it experienced a sharp downturn in loan collections in Poland, Czech Republic, Slovakia and Hungary, as the global recession hits consumers and unemployment rises.';

  it('reads the month, with "the end of" in its span', () => {
    const [x] = findTimeExpressions(ipf, '2009-05-08');
    expect(x).toMatchObject({ text: 'the end of April', value: '2009-04', precision: 'month' });
    expect(x.rules).toContain('periodPrefix');
  });

  it('keeps a named last day: "the last day of April 1987" is 30 April', () => {
    const [x] = findTimeExpressions('On the last day of April 1987, the company completed the sale.', '1987-05-08');
    expect(x).toMatchObject({ value: '1987-04-30', precision: 'day' });
  });
});
