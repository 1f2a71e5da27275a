/**
 * Dates written in a phrase that hangs on the clause but belongs to something else: the goods' delivery
 * (`deliveryPeriod`), a period that ends on the date (`periodEnd`), the figure a change is measured from
 * (`date:baseline-of-change`), the thing a verb takes back (`date:of-what-it-takes-back`); a clause told as "recently"
 * (`date:recent-no-day`) and two days of one month (`daysJoinedByAnd`). Sentences of the judged Reuters wire sets of
 * 1987.
 */
import { describe, expect, it } from 'vitest';
import { events, whyNot } from '../events.harness';
import { buildTimeline } from '../pipeline';
import { explainTimeExpressions, findTimeExpressions } from '../time';
import { wireStory as storyOf } from '../wire-story.harness';

const datedTitles = (text: string, published: string) =>
  events(text, published)
    .filter((m) => m.time)
    .map((m) => `${m.title} @ ${m.time?.value}`);

// A Reuters 1987 story as the corpus writes it: front matter, a headline in capitals, the dateline and the lines.
const wireStory = (published: string, body: string, title: string) =>
  buildTimeline(storyOf(published, body))
    .events.filter((e) => e.title.startsWith(title))
    .map((e) => ({ day: e.date?.value, rules: e.mentions[0].rules ?? [] }))[0];

const setAside = (text: string, reference: string) => explainTimeExpressions(text, reference).rejected.map((r) => `${r.text}: ${r.rules[r.rules.length - 1]}`);

describe('a date in the phrase of the goods’ delivery is the delivery’s (deliveryPeriod)', () => {
  const sesostris =
    'Sesostris, the Spanish subsidiary of the international grain trader Dreyfus, sold 18,000 tonnes of barley to Greece for delivery from Mediterranean ports from April 14 to 30, a company spokesman said.';

  it('"sold 18,000 tonnes of barley to Greece for delivery ... from April 14 to 30" is not dated April (Reuters, 7 April 1987)', () => {
    expect(explainTimeExpressions(sesostris, '1987-04-07').rejected.map((r) => `${r.text}: ${r.rules.includes('deliveryPeriod')}`)).toEqual([
      'April 14 to 30: true',
    ]);
    expect(datedTitles(sesostris, '1987-04-07').filter((t) => /@ 1987-04(?:-1[4-9]|-[23]\d)?$/.test(t))).toEqual([]);
  });

  it('"for shipment April 20-30" is the shipment’s too; a sale dated in its own words keeps its day', () => {
    const tender = "This follows the country's tender for 25,000 tonnes of optional origin wheat for shipment April 20-30, they said.";
    expect(explainTimeExpressions(tender, '1987-04-02').rejected.map((r) => `${r.text}: ${r.rules.includes('deliveryPeriod')}`)).toEqual(['April 20-30: true']);
    expect(datedTitles('Egypt bought 200,000 tonnes of wheat on March 3 for delivery in May.', '1987-03-10')).toEqual([
      'Egypt bought 200,000 tonnes of wheat @ 1987-03-03',
    ]);
  });
});

describe('a day that ends a period is no day of what went on over it (periodEnd)', () => {
  it('"Heavy rains fell again ... in the week to yesterday" is not dated yesterday (Reuters, 11 March 1987)', () => {
    const text = "Heavy rains fell again in Argentina's main grain growing areas in the week to yesterday, trade sources said.";
    expect(setAside(text, '1987-03-11')).toEqual(['yesterday: periodEnd']);
    expect(datedTitles(text, '1987-03-11')).toEqual([]);
    // ("Heavy rains fell yesterday" is that day's.)
    expect(datedTitles('Heavy rains fell in Buenos Aires province yesterday.', '1987-03-11')).toEqual([
      'Heavy rains fell in Buenos Aires province @ 1987-03-10',
    ]);
  });
});

describe('the date of the figure a change is measured from (date:baseline-of-change)', () => {
  it('"totalled 300,000 units in the three months, unchanged from a year earlier" is not dated 1986 (Sony, 18 March 1987)', () => {
    const text =
      'Sales of 8-mm video camera/recorders totalled 300,000 units in the three months, unchanged from a year earlier, while Beta-format video tape recorders (vtrs) sales fell to 300,000 from 350,000.';
    expect(datedTitles(text, '1987-03-18')).toEqual([]);
    expect(whyNot(text, '1987-03-18')).toContain('totalled:date:baseline-of-change');
  });

  it('"rose to 11.39 stg from a close last night of 11.06 stg": last night is the earlier close (Shell, 5 March 1987)', () => {
    const text = 'Shell Transport and Trading Plc shares rose to 11.39 stg from a close last night of 11.06 stg.';
    expect(datedTitles(text, '1987-03-05')).toEqual([]);
    expect(whyNot(text, '1987-03-05')).toContain('rose:date:baseline-of-change');
    // (A rise told of last night is last night's.)
    expect(datedTitles('Shell Transport and Trading Plc shares rose to 11.39 stg last night.', '1987-03-05')).toEqual([
      'Shell Transport and Trading Plc shares rose to 11.39 stg @ 1987-03-04',
    ]);
  });

  it('", against 81.9 pct inflation in the calendar year 1986" compares the rise before the comma (Argentina, 5 March 1987)', () => {
    const text = 'It said consumer prices rose 98.9 pct over the last 12 months, against 81.9 pct inflation in the calendar year 1986.';
    expect(datedTitles(text, '1987-03-05')).toEqual([]);
    expect(whyNot(text, '1987-03-05')).toContain('rose:date:baseline-of-change');
  });
});

describe('a possessive date on what a verb takes back is that thing’s (date:of-what-it-takes-back)', () => {
  it('"The Greek government later withdrew Friday\'s request" is not dated Friday (Reuters, 28 March 1987)', () => {
    const text = "The Greek government later withdrew Friday's request to Washington to close down its telecommunications base at Nea Makri, north of Athens.";
    expect(datedTitles(text, '1987-03-28').filter((t) => t.includes('withdrew'))).toEqual([]);
    expect(whyNot(text, '1987-03-28')).toContain('withdrew:date:of-what-it-takes-back');
    expect(whyNot("Acme Corp cancelled Monday's meeting with its bankers.", '1987-03-28')).toContain('cancelled:date:of-what-it-takes-back');
  });

  it('"has postponed a Monday safety awards luncheon": a time between the article and the noun is the luncheon\'s (Fox News, 3 May 2010)', () => {
    expect(whyNot('Acme Corp postponed a Monday safety awards luncheon.', '2010-05-03')).toContain('postponed:date:of-what-it-takes-back');
    expect(whyNot('Acme Corp cancelled the Friday meeting with its bankers.', '1987-03-28')).toContain('cancelled:date:of-what-it-takes-back');
    // (Nor does that day make the article's opening perfect the news of its day, date:lede-perfect-on-the-day-its-sentence-names.)
    const lede =
      "Published May 03, 2010. The Interior Department's Mineral Management Service has postponed a Monday safety awards luncheon at which a nominee for two awards was BP.";
    expect(datedTitles(lede, '2010-05-03').filter((t) => t.includes('postponed'))).toEqual([]);
    expect(whyNot(lede, '2010-05-03')).toContain('postponed:date:of-what-it-takes-back');
    // (A verb that does not take it back keeps the day: "attended the Friday meeting".)
    expect(datedTitles('Acme Corp attended the Friday meeting with its bankers.', '1987-03-28')).toEqual(['Acme Corp attended the meeting @ 1987-03-27']);
  });

  it('keeps the date of a thing the verb makes: "Markey convened Thursday\'s hearing"', () => {
    expect(datedTitles("Ed Markey convened Thursday's hearing.", '2010-05-29')).toEqual(["Ed Markey convened Thursday's hearing @ 2010-05-27"]);
  });
});

describe('a clause told as "recently" has no day (date:recent-no-day)', () => {
  it('"Colombia recently bought 25,000 tonnes of French soft wheat" takes no day of the saying (Reuters, 2 April 1987)', () => {
    const text =
      'Colombia recently bought 25,000 tonnes of French soft wheat at 108 dlrs per tonne, c and f, for end-April shipment, trade sources said on Thursday.';
    expect(datedTitles(text, '1987-04-03')).toEqual([]);
    expect(whyNot(text, '1987-04-03')).toContain('bought:date:recent-no-day');
    expect(whyNot(text.replace('recently ', ''), '1987-04-03')).not.toContain('bought:date:recent-no-day');
  });
});

describe('two days of one month joined by "and" (daysJoinedByAnd)', () => {
  it('"bought 119,867 Calny common shares on October 15 and 16" is dated October, not the 15th (Reuters, 19 October 1987)', () => {
    const text =
      'In a filing with the Securities and Exchange Commission, Taco Bell said it bought 119,867 Calny common shares on October 15 and 16 at 10.75 dlrs a share.';
    const [t] = findTimeExpressions(text, '1987-10-19');
    expect(t.text).toBe('October 15 and 16');
    expect(t.rules).toEqual(expect.arrayContaining(['daysJoinedByAnd', 'spanWithinMonth']));
    expect(datedTitles(text, '1987-10-19')).toEqual(['Taco Bell bought 119,867 Calny common shares @ 1987-10']);
  });

  it('not a count after "and": "on March 15 and 20 workers were hurt"', () => {
    const [t] = findTimeExpressions('The plant closed on March 15 and 20 workers were hurt.', '1987-03-20');
    expect(t.text).toBe('March 15');
    expect(t.rules).not.toContain('daysJoinedByAnd');
    // (Nor a span opened by "between", whose first bound dates nothing: `date:bound-of-a-between-span`.)
    const between = 'Industrial Equity said it bought 362,700 Wrather common shares between Feb 13 and 24 for 6.6 mln dlrs.';
    expect(findTimeExpressions(between, '1987-03-10')[0].rules).not.toContain('daysJoinedByAnd');
    expect(events(between, '1987-03-10').filter((m) => m.time)).toEqual([]);
  });
});

describe('a week of a month named by its ordinal (date:week-of-a-month)', () => {
  it('"in the first week of February" dates its clause that week, not the month (Reuters, 4 March 1987)', () => {
    // (the judged sentence, "A 350 mln dlr commercial loan ... was followed in the first week of February with a 300 mln
    // dlr loan from the World Bank", makes no title of its own: `title-cut:followed-by-what`; its date phrase, here on a
    // clause that makes one)
    const text = 'Indonesia received a 300 mln dlr loan from the World Bank in the first week of February to support the balance of payments.';
    const received = events(text, '1987-03-04').find((m) => m.title.includes('received'));
    expect(received?.time).toMatchObject({ value: '1987-02-02', precision: 'week' });
    expect(received?.rules).toContain('date:week-of-a-month');
  });
});

describe('a wire lede in the present perfect under a dateline of its day (date:lede-perfect-of-dateline-day)', () => {
  it('"Botswana has stopped importing ..." is the dateline\'s day, not the day before its next line names (Reuters, 27 March 1987)', () => {
    const body = [
      '# BOTSWANA BANS ZIMBABWE MEAT PRODUCTS, AGENCY SAYS',
      '',
      'GABORONE, March 27 - Botswana has stopped importing almost all meat products from Zimbabwe after reports of a suspected outbreak of foot and mouth disease in the neighbouring country.',
      '',
      "Botswana's official news agency, BOPA, announcing the ban last night, quoted Agriculture Minister Daniel Kwelagobe as saying only sterilised and canned animal products would be allowed into the country, with immediate effect.",
    ].join('\n');
    const m = wireStory('1987-03-27', body, 'Botswana has stopped');
    expect(m?.day).toBe('1987-03-27');
    expect(m?.rules).toContain('date:lede-perfect-of-dateline-day');
  });
});

describe('a wire lede told as "recently" takes no dateline day (date:recent-no-day)', () => {
  it('"PARIS, April 2 - Colombia recently bought 25,000 tonnes of French soft wheat" makes no event of 2 April', () => {
    const body =
      '# COLOMBIA BUYS 25,000 TONNES FRENCH WHEAT - TRADE\n\nPARIS, April 2 - Colombia recently bought 25,000 tonnes of French soft wheat at 108 dlrs per tonne, c and f, for end-April shipment, trade sources said.';
    expect(wireStory('1987-04-02', body, 'Colombia bought')).toBeUndefined();
    expect(wireStory('1987-04-02', body.replace('recently ', ''), 'Colombia bought')?.day).toBe('1987-04-02');
  });
});
