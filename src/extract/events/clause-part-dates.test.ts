/**
 * Dates written in another part of the sentence than the clause's own happening (events/clause-part-dates.ts): Reuters
 * 1987 wire sentences the judges read, date no.
 */
import { describe, expect, it } from 'vitest';
import { events, whyNot } from '../events.harness';

const datedTitles = (text: string, published: string) =>
  events(text, published)
    .filter((m) => m.time)
    .map((m) => `${m.title} @ ${m.time?.value}`);

describe('the date of a cause phrase (`date:of-the-cause`)', () => {
  it('"requested easier terms because of a 40 pct drop in oil income last year" is no request of 1986', () => {
    const text =
      'The interest rate on the rescheduling was originally set at 1-1/8 pct over Eurodollar rates, but Venezuela requested easier terms because of a 40 pct drop in oil income last year.';
    expect(datedTitles(text, '1987-02-26').some((t) => t.startsWith('Venezuela requested'))).toBe(false);
    expect(whyNot(text, '1987-02-26')).toContain('requested:date:of-the-cause');
  });

  it('"reserves fell sharply due to a drop in the trade surplus ... in 1986" is no fall of 1986', () => {
    const text =
      "Peru's reserves fell sharply due to a drop in the trade surplus to about five mln dlrs in 1986 from 1.1 billion in 1985, according to preliminary central bank estimates.";
    expect(datedTitles(text, '1987-03-15')).toEqual([]);
    expect(whyNot(text, '1987-03-15')).toContain('fell:date:of-the-cause');
  });

  it('keeps the clause\'s own date before the cause, and "today" in it: "Ecuador today suspended its crude oil exports ... due to an earthquake last night"', () => {
    const text =
      'Ecuador today suspended its crude oil exports indefinitely due to an earthquake last night that damaged pumping and crude transport installations, an Energy and Mines Ministry statement said.';
    expect(datedTitles(text, '1987-03-06').some((t) => t.startsWith('Ecuador suspended') && t.endsWith('1987-03-06'))).toBe(true);
  });

  it('"devalued the shilling ... in response to the decline of the dollar last week" is no devaluation of last week', () => {
    const text =
      'Kenya devalued the shilling by 0.6 pct against the special drawing right (SDR) in response to the decline of the dollar last week, bankers said.';
    expect(datedTitles(text, '1987-04-13').some((t) => t.startsWith('Kenya devalued'))).toBe(false);
    expect(whyNot(text, '1987-04-13')).toContain('devalued:date:of-the-cause');
  });
});

describe('the date of the telling before a complement with no "that" (`date:of-the-telling`)', () => {
  it('"He told Reuters last month Elders IXL Ltd ... had also bid" is no bid of March', () => {
    const text = 'He told Reuters last month Elders IXL Ltd ELXA.S, the Melbourne-based brewing company, had also bid for the "B" shares.';
    expect(datedTitles(text, '1987-04-08')).toEqual([]);
    expect(whyNot(text, '1987-04-08')).toContain('bid:date:of-the-telling');
    // (With a named teller, no "Treasurer John Kerin told Elders IXL Ltd had bid", whom it was told to left out.)
    const named = 'Treasurer John Kerin told Reuters last month Elders IXL Ltd had also bid for the shares.';
    expect(events(named, '1987-04-08')).toEqual([]);
    expect(whyNot(named, '1987-04-08')).toContain('bid:date:of-the-telling');
  });

  it('"BP said Wednesday mud that was forced down its blown-out well was holding" tells no forcing on Wednesday', () => {
    const text =
      'In a significant step toward stopping the worst offshore oil spill in U.S. history, BP said Wednesday mud that was forced down its blown-out well was holding back the flow of crude in the Gulf of Mexico.';
    expect(datedTitles(text, '2010-08-04').some((t) => t.includes('forced'))).toBe(false);
    expect(whyNot(text, '2010-08-04')).toContain('forced:date:of-the-telling');
  });

  it('keeps a date after the complement\'s verb: "He told Reuters Elders IXL Ltd bid for the shares on Monday"', () => {
    expect(whyNot('Treasurer John Kerin told Reuters Elders IXL Ltd bid for the shares on Monday.', '1987-04-08')).not.toContain('bid:date:of-the-telling');
  });
});

describe('the end of the span a present perfect sums up (`date:end-of-a-perfect-span`)', () => {
  it('"which has climbed in a month from about 5.70 dlrs ... to over 9.00 dlrs an ounce today" is no climb of today', () => {
    const text =
      'Peru adopted the move on tuesday in an bid to stablilise the price of silver bullion, which has climbed in a month from about 5.70 dlrs an ounce to over 9.00 dlrs an ounce today.';
    expect(datedTitles(text, '1987-04-24').some((t) => t.includes('climbed'))).toBe(false);
    expect(whyNot(text, '1987-04-24')).toContain('climbed:date:end-of-a-perfect-span');
  });
});

describe("a time of the clause's own words over the day of a dateline opening its sentence (`date:own-time-over-dateline`)", () => {
  it('"Lima, april 3 - peru\'s consuemr price index rose 5.3 pct last month" is March\'s rise', () => {
    const text =
      "Lima, april 3 - peru's consuemr price index rose 5.3 pct last month to 13,914.4 (base 100) following a 5.3 pct increase in february, the national statistics institute said.";
    const rose = events(text, '1987-04-03').find((m) => m.title.includes('rose'));
    expect(rose?.time?.value).toBe('1987-03');
    expect(rose?.rules).toContain('date:own-time-over-dateline');
  });

  it('keeps the dateline\'s day when the clause names no time: "Toronto, April 13 - Shares of Dome Petroleum Ltd posted their biggest gain in months"', () => {
    const text =
      'Toronto, April 13 - Shares of Dome Petroleum Ltd posted their biggest gain in months in the U.S. and Canada as stock markets foresaw a takeover tug-of-war.';
    const posted = events(text, '1987-04-13').find((m) => m.title.includes('posted'));
    expect(posted?.time?.value).toBe('1987-04-13');
    expect(posted?.rules).not.toContain('date:own-time-over-dateline');
  });
});

describe('a date in the last "after" phrase before it (`date:of-happening-before-or-after`)', () => {
  it('"interest-bearing deposits fell 200 mln stg after a 1.6 billion rise in January" is no fall of January (Reuters, 30 March 1987)', () => {
    const text =
      'Non-interest bearing sight deposits rose by 460 mln stg after a 1.5 billion stg fall in January and interest-bearing deposits fell 200 mln stg after a 1.6 billion rise in January.';
    expect(datedTitles(text, '1987-03-30')).toEqual([]);
    expect(whyNot(text, '1987-03-30')).toContain('fell:date:of-happening-before-or-after');
  });
});
