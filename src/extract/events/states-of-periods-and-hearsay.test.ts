import { describe, expect, it } from 'vitest';
import { events, whyNot } from '../events.harness';

describe('events: a year named beginning, a hearsay passive, a level, a rank or a trend over a year, a past year figure off the news', () => {
  it('makes no event "Fiscal 1988 began" of "during fiscal 1988, which began Oct. 1" (`background:period-bounds`)', () => {
    const fiscal =
      'In a report issued under the requirements of new balanced budget legislation approved by Congress in September, the White House budget office predicted the government would take in 903 billion dlrs in revenues and spend 1.066 trillion during fiscal 1988, which began Oct. 1.';
    expect(events(fiscal, '1987-10-20').map((m) => m.title)).not.toContain('Fiscal 1988 began');
    expect(whyNot(fiscal, '1987-10-20')).toContain('began:background:period-bounds');
    // (A thing that is no period beginning stays a happening.)
    const strike = 'The strike, which began Oct. 1, closed three mines.';
    expect(whyNot(strike, '1987-10-20')).not.toContain('began:background:period-bounds');
  }, 60_000);

  it('makes no event "Mark Sullivan was rumored to be under consideration" (`hearsay:passive-report`)', () => {
    const rumour =
      'Mark Sullivan was rumored in April to be under consideration for a position on the board of the Federal Home Loan Bank Board, which regulates Savings and Loan Associations.';
    expect(events(rumour, '1987-06-18').map((m) => m.title)).not.toContain('Mark Sullivan was rumored to be under consideration');
    expect(whyNot(rumour, '1987-06-18')).toContain('rumored:hearsay:passive-report');
    // (A report made to someone, with no infinitive, is a deed: the rule leaves it.)
    expect(whyNot('The theft was reported to police on Monday.', '1987-06-18')).not.toContain('reported:hearsay:passive-report');
  }, 60_000);

  it('makes no event "Morgan\'s allowance totaled 953 mln dlrs" when the period\'s end stands in the subject (`state:level-at-period-end`)', () => {
    const allowance =
      "After the provision for loan losses, Morgan's allowance for credit losses at the end of March totaled 953 mln dlrs compared with 910 mln at end-1986 and 815 mln a year earlier.";
    expect(events(allowance, '1987-04-08').map((m) => m.title)).not.toContain("Morgan's allowance totaled 953 mln dlrs");
    expect(whyNot(allowance, '1987-04-08')).toContain('totaled:state:level-at-period-end');
  }, 60_000);

  it('makes no event "Daiwa has become the first foreign bookrunner ..." of a rank over a year (`state:ranking-over-a-year`)', () => {
    const rank =
      'Daiwa, the U.S. unit of Daiwa Securities Co Ltd of Japan, has become the first foreign bookrunner in the U.S. corporate debt market this year.';
    expect(events(rank, '1987-06-03').map((m) => m.title)).not.toContain('Daiwa has become the first foreign bookrunner in the corporate debt market');
    expect(whyNot(rank, '1987-06-03')).toContain('become:state:ranking-over-a-year');
    // (A first deed, told by the infinitive after the rank, is left to the other rules.)
    const deed = 'Daiwa became the first foreign firm to lead a U.S. corporate bond issue this year.';
    expect(whyNot(deed, '1987-06-03')).not.toContain('became:state:ranking-over-a-year');
  }, 60_000);

  it('makes no event "WestLB International\'s business showed a pleasing expansion" of a trend over a year (`state:trend-over-a-year`)', () => {
    const trend =
      "DUESSELDORF, April 2 - Westdeutsche Landesbank Girozentrale said its wholly-owned Luxembourg subsidiary WestLB International SA posted a decline in 1986 net profit to 12.6 mln marks from 48.5 mln a year earlier.\n\nThe statement said WestLB International's business with private customers showed a pleasing expansion last year.";
    expect(events(trend, '1987-04-02').map((m) => m.title)).not.toContain("WestLB International's business showed a pleasing expansion");
    expect(whyNot(trend, '1987-04-02')).toContain('showed:state:trend-over-a-year');
    // (A figure shown is a result told.)
    const figure = 'Shamrock said refining and marketing showed operating profits of 40.1 mln dlrs last year.';
    expect(whyNot(figure, '1987-04-01')).not.toContain('showed:state:trend-over-a-year');
    // (In the first paragraph the year's course is the news of a report of results.)
    const lede = "The statement said WestLB International's business with private customers showed a pleasing expansion last year.";
    expect(whyNot(lede, '1987-04-02')).not.toContain('showed:state:trend-over-a-year');
  }, 60_000);

  it("makes no event of a past year's figure in a story whose lede gives none (`background:yearly-figure-off-the-news`)", () => {
    const strike =
      "TRAIL, British Columbia, June 2 - Cominco Ltd said it set tentative talks with three striking union locals that rejected on Saturday a three-year contract offer at Cominco's Trail and Kimberley, British Columbia lead-zinc operations.\n\nRevenues from Trail's smelter totaled 356 mln Canadian dlrs in 1986.";
    expect(events(strike, '1987-06-02').map((m) => m.title)).not.toContain("Revenues from Trail's smelter totaled 356 mln Canadian dlrs");
    expect(whyNot(strike, '1987-06-02')).toContain('totaled:background:yearly-figure-off-the-news');
    const analyst =
      "LONDON, June 19 - Lloyds Bank Plc's decision to withdraw from making markets in Eurobonds and U.K. Government bonds (gilts) sent shivers down the spines of other market participants but was viewed as prudent by banking analysts.\n\nGreenwell's Brown noted that for all of 1986, Lloyds Merchant Bank sustained a loss of 28 mln stg, most of which he said were accounted for by the Eurobond and gilt operations.";
    expect(events(analyst, '1987-06-19').map((m) => m.title)).not.toContain('Lloyds Merchant Bank sustained a loss of 28 mln stg');
    expect(whyNot(analyst, '1987-06-19')).toContain('sustained:background:yearly-figure-off-the-news');
    // (A result announced is the act of making it known: judged a happening.)
    const reported = `${analyst}\n\nFor all of 1986, Lloyds reported a pre-tax profit of 700 mln stg.`;
    expect(whyNot(reported, '1987-06-19')).not.toContain('reported:background:yearly-figure-off-the-news');
    // (A lede that reports figures makes the story a report of results: its later figures are its news.)
    const results =
      "CLEVELAND, March 26 - Standard Oil Co expects the sale of assets and federal tax refunds resulting from last year's loss to add about one billion dlrs to its normal cash flows from operations in 1987, its annual report said.\n\nStandard's capital spending totaled 1.77 billion dlrs in 1986.";
    // (The short form "Standard" is a common word, so the title writes the company: subject:short-form-is-common-noun.)
    expect(events(results, '1987-03-26').map((m) => m.title)).toContain("Standard Oil Co's capital spending totaled 1.77 billion dlrs");
    // (A lede that names the figure with no number is about it: the figure sizes the news.)
    const surplus =
      "TAIPEI, March 2 - Taiwan plans another round of deep tariff cuts this year to help narrow its trade surplus with the U.S., A senior economic planner said.\n\nTaiwan's trade surplus with the United States hit 13.6 billion dlrs last year.";
    expect(whyNot(surplus, '1987-03-02')).not.toContain('hit:background:yearly-figure-off-the-news');
    expect(events(surplus, '1987-03-02').map((m) => m.title)).toContain("Taiwan's trade surplus with the United States hit 13.6 billion dlrs");
  }, 60_000);
});
