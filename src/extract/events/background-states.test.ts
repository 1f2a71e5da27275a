import { describe, expect, it } from 'vitest';
import { events, whyNot } from '../events.harness';

describe('events/background-states: an origin, a level at a period end, a forecast time and a baseline date tell no happening', () => {
  it('makes no event of "The current litigation arose from Texaco\'s buyout of Getty Oil Co in 1984" (`state:origin-from`)', () => {
    const origin = "The current litigation arose from Texaco's buyout of Getty Oil Co in 1984.";
    expect(events(origin, '1987-04-08').map((m) => m.title)).not.toContain("The current litigation arose from Texaco's buyout of Getty Oil Co");
    expect(whyNot(origin, '1987-04-08')).toContain('arose:state:origin-from');
    // (Without "from", a thing arising is a happening.)
    expect(whyNot('A dispute arose between the two companies on Monday.', '1987-04-08')).not.toContain('arose:state:origin-from');
  }, 60_000);

  it('makes no event of reserves that "totaled 2.54 billion barrels at the end of 1986" (`state:level-at-period-end`)', () => {
    const level =
      'Texaco said the proven crude oil reserves of the company and its consolidated subsidiaries totaled 2.54 billion barrels at the end of 1986, down from 2.69 billion a year earlier.';
    expect(events(level, '1987-03-25')).toHaveLength(0);
    expect(whyNot(level, '1987-03-25')).toContain('totaled:state:level-at-period-end');
    // (A flow over the year keeps its figure when the title says whose: "Production totaled" alone says not whose.)
    const flow = 'In its sulphur business, Pennzoil said production totaled 2.1 mln long tons last year, a decline of 18 pct from 1985.';
    expect(whyNot(flow, '1987-03-25')).toContain('totaled:subject-cannot-be-placed:figure-without-owner');
    const owned = "Pennzoil's sulphur production totaled 2.1 mln long tons last year, a decline of 18 pct from 1985.";
    expect(events(owned, '1987-03-25').map((m) => m.title)).toContain("Pennzoil's sulphur production totaled 2.1 mln long tons");
    expect(whyNot(owned, '1987-03-25')).not.toContain('totaled:state:level-at-period-end');
  }, 60_000);

  it('makes no event of the time clause of a forecast, "when the New York Stock Exchange opened Monday morning" (`forecast:time-of-expected`)', () => {
    const forecast =
      'Analysts said they expected Texaco stock, which closed Friday at 31 and 7/8, to slip to about 25 when the New York Stock Exchange opened Monday morning.';
    expect(events(forecast, '1987-04-13').map((m) => m.title)).not.toContain('The New York Stock Exchange opened');
    expect(whyNot(forecast, '1987-04-13')).toContain('opened:forecast:time-of-expected');
  }, 60_000);

  it('gives a change no date of the figure it started from "at the end of 1985" (`date:baseline-at-period-end`)', () => {
    const baseline =
      "However, inclusion of Texaco's equity in the Eastern Hemisphere reserves of a nonsubsidiary company limited the decline to 2.91 billion barrels from 3.00 billion at the end of 1985.";
    expect(events(baseline, '1987-03-25')).toHaveLength(0);
    expect(whyNot(baseline, '1987-03-25')).toContain('limited:date:baseline-at-period-end');
  }, 60_000);

  it('makes no event of a budget, "it had budgeted 212 mln dlrs for capital spending in 1987" (`plan:budgeted`)', () => {
    const budget = 'Pennzoil also said it had budgeted 212 mln dlrs for capital spending in 1987, a drop from the 233 mln dlrs spent last year.';
    expect(events(budget, '1987-03-25').map((m) => m.title)).not.toContain('Pennzoil had budgeted 212 mln dlrs');
    expect(whyNot(budget, '1987-03-25')).toContain('budgeted:plan:budgeted');
  }, 60_000);

  it('makes no event of what a ruling to be overturned found, "Texaco unlawfully interfered with ..." (`finding:under-challenge`)', () => {
    const finding =
      "DeCrane said he expected the Texas State Supreme Court to overturn a State Appeals Court ruling that found Texaco unlawfully interfered with Pennzoil's 1984 plan to acquire Getty Oil.";
    expect(events(finding, '1987-10-20')).toHaveLength(0);
    expect(whyNot(finding, '1987-10-20')).toContain('interfered:finding:under-challenge');
  }, 60_000);

  it('makes no verbless event of a happening kept from taking place, "interfered with Pennzoil\'s 1984 acquisition of Getty" (thwartedHappeningNoun)', () => {
    const thwarted =
      "Texaco is fighting a Texas law requiring it to post a bond of more than 10 billion dlrs before it can appeal a 1985 judgment that ruled it illegally interfered with Pennzoil's 1984 acquisition of Getty Petroleum Corp (GTY).";
    expect(events(thwarted, '1987-04-07').map((m) => m.title)).not.toContain("Pennzoil's acquisition of Getty Petroleum Corp");
    // (A happening noun no verb of thwarting governs stays.)
    const done = "The dispute stems from Texaco's 1984 acquisition of Getty Oil Co for 10.2 billion dlrs.";
    expect(events(done, '1987-04-07').map((m) => m.title)).toContain("Texaco's acquisition of Getty Oil Co");
  }, 60_000);
});
