import { describe, expect, it } from 'vitest';
import { events, whyNot } from '../events.harness';
import { findTimeExpressions } from '../time';

const titles = (text: string, published: string) => events(text, published).map((m) => m.title);

describe('events: figures, levels and quotes told with a measure verb are no happenings (events/measures.ts)', () => {
  it('makes no event "The dollar fetched 1.8215/25 marks at midsession" of a quote beside other levels (`state:quote-beside-levels`)', () => {
    const dollar = 'The dollar fetched 1.8215/25 marks at midsession against 1.8195/8205 at the opening and 1.8245/55 in Europe last night.';
    expect(titles(dollar, '1987-04-07')).toEqual([]);
    expect(whyNot(dollar, '1987-04-07')).toContain('fetched:state:quote-beside-levels');
    // (A quote placed at a time of the session, with no baseline, is a level too.)
    const pound = 'The pound fetched 2.9480/9520 marks and 1.6190/6200 dlrs at midsession after its opening 2.9540/75 and 1.6213/23.';
    expect(whyNot(pound, '1987-04-07')).toContain('fetched:state:quote-beside-levels');
    const tapis = "Malaysia's benchmark Tapis blend fetched above 18 dlrs/bbl this year against a low of 10.50 dlrs/bbl in July, they said.";
    expect(whyNot(tapis, '1987-03-20')).toContain('fetched:state:quote-beside-levels');
    // (A thing sold for a sum stays a sale.)
    const sale = 'A Van Gogh painting fetched 39.9 mln dlrs at an auction in London on Monday.';
    expect(whyNot(sale, '1987-03-31')).not.toContain('fetched:state:quote-beside-levels');
  }, 60_000);

  it('makes no event "April/May butter went at 2.27 times New York", and April/May is no date (`deliveryMonthPair`)', () => {
    const butter =
      'April/May butter went at 2.27 times New York May, June/July at 4,400 and 4,415 dlrs, Aug/Sept at 4,351 to 4,450 dlrs, Comissaria Smith said.';
    expect(titles(butter, '1987-02-26')).toEqual([]);
    const written = findTimeExpressions(butter, '1987-02-26').map((x) => butter.slice(x.start, x.end));
    expect(written).not.toContain('April');
    expect(written).not.toContain('June');
    // (A pair before "quarter" names the quarter, dated by its year.)
    const quarter = 'In the July/September quarter, GNP rose 0.6 pct from the previous three months.';
    const gnp = events(quarter, '1987-01-20').find((m) => m.title.includes('rose 0.6 pct'));
    expect(gnp?.time?.value ?? null).not.toBe('1986-07');
    // (A pair with a year after it is a span: its first month alone is no date, `monthPairSpan`.)
    const span =
      'Argentine Vegetable oils shipments during January/November 1986 totalled 1,693,951 tonnes, against 1,469,208 tonnes in the same 1985 period, the Argentine grain board said.';
    expect(findTimeExpressions(span, '1987-03-12').map((x) => span.slice(x.start, x.end))).not.toContain('January');
    // (A month after "in" keeps its date.)
    const inMonths = 'Output fell in April/May, the ministry said.';
    expect(findTimeExpressions(inMonths, '1987-06-26').map((x) => inMonths.slice(x.start, x.end))).toContain('April');
  }, 60_000);

  it('makes no event of a price a lot went at (`state:went-at-a-price`)', () => {
    const lots = 'The bureau said spot cocoa went at 1,720 dlrs a tonne on Monday.';
    expect(whyNot(lots, '1987-02-26')).toContain('went:state:went-at-a-price');
    expect(whyNot('Smith went at the problem on Monday.', '1987-02-26')).not.toContain('went:state:went-at-a-price');
  }, 60_000);

  it('makes no event "Royal Bank\'s non-accrual loans totalled 3.3 billion dlrs" of a balance at a day (`state:level-at-a-date`)', () => {
    const loans =
      'The bank said non-accrual loans totalled 3.3 billion dlrs at April 30--1.5 billion in domestic loans and 1.8 billion in international loans.';
    expect(titles(loans, '1987-06-02')).toEqual([]);
    expect(whyNot(loans, '1987-06-02')).toContain('totalled:state:level-at-a-date');
    const m2 =
      'The bank said M-2A totalled a provisional 583,806 billion lire at end January against a downwards revised and still provisional 593,827 billion in December 1986.';
    expect(whyNot(m2, '1987-03-20')).toContain('totalled:state:level-at-a-date');
    // (A flow's total in a month is left to the other rules.)
    const flow = 'The bank said new loans totalled 3.3 billion dlrs in April.';
    expect(whyNot(flow, '1987-06-02')).not.toContain('totalled:state:level-at-a-date');
  }, 60_000);

  it('makes no event "American Pima ginnings from the final 1986 crop totaled 201,129 bales" (`state:total-of-a-named-period`)', () => {
    const pima =
      'FINAL 1986 CROP U.S. COTTON GINNINGS\nFinal 1986 crop U.S. cotton ginnings totaled 9,438,425 running bales, the U.S. Census Bureau said.\n\nAmerican Pima ginnings from the final 1986 crop totaled 201,129 bales, vs 150,746 bales in the 1985 crop and 126,117 bales in 1984, the bureau said.';
    expect(titles(pima, '1987-03-26')).toEqual([]);
    expect(whyNot(pima, '1987-03-26')).toContain('totaled:state:total-of-a-named-period');
    // (A period's total opening a statistics story is its news and stays.)
    const lede =
      'Argentine meat exports during Jan/Dec 1986 totalled 220,911 tonnes, against 223,204 tonnes shipped in the same 1985 period, the National Meat board said.';
    expect(whyNot(lede, '1987-02-26')).not.toContain('totalled:state:total-of-a-named-period');
    // (Set beside with "compared with", off the lede, as well: "Shipments during December 1986 amounted to ...".)
    const month =
      'ARGENTINE VEGETABLE OIL SHIPMENTS IN 1986\nArgentine vegetable oils shipments during January/December 1986 totalled 1,796,121 tonnes, the Argentine Grain Board said.\n\nShipments during December 1986 amounted to 102,870 tonnes, compared with 108,514 tonnes in the same month of 1985.';
    expect(whyNot(month, '1987-01-20')).toContain('amounted:state:total-of-a-named-period');
    // (A move of a period's figure stays: the judges pass a company's results reported as the news.)
    const profit = 'ACME PROFIT UP\nAcme said it had a good year.\n\nAcme said its 1986 net profit rose to 5.1 mln dlrs from 4.2 mln dlrs in 1985.';
    expect(whyNot(profit, '1987-03-26')).not.toContain('rose:state:total-of-a-named-period');
    // (A total with no year in its subject is left to the other rules.)
    const sales = 'ACME SALES\nAcme said it had a good quarter.\n\nAcme said sales totaled 2.1 billion dlrs, vs 1.9 billion dlrs, in the first quarter.';
    expect(whyNot(sales, '1987-04-26')).not.toContain('totaled:state:total-of-a-named-period');
  }, 60_000);

  it('makes no event "Expectations were rising of a further half-point cut" (`mood-subject`)', () => {
    const rising =
      "Expectations were rising of a further half-point cut in the Japanese discount rate and Japan's ruling Liberal Democratic Party today announced an outline agreement on economic reflation, the dealers said.";
    expect(titles(rising, '1987-04-07')).not.toContain('Expectations were rising of a further half-point cut');
    expect(whyNot(rising, '1987-04-07')).toContain('rising:mood-subject');
  }, 60_000);
});
