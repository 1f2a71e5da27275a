/**
 * Dates a wire sentence gives that are not its happening's: the day of a cause told in a passive verb's agent
 * (`date-scope:of-the-agents-happening`), the day of the close a share price moved from (`date:baseline-of-change`);
 * and a wire lede's present perfect of an amount, which the dateline does not date (`date:wire-lede-perfect-of-an-amount`).
 * Sentences of the Reuters 1987 sets, as the judges read them.
 */
import { describe, expect, it } from 'vitest';
import { events, whyNot } from '../events.harness';
import { explainFile } from '../explain-cli';
import { buildTimeline } from '../pipeline';
import { wireStory as story } from '../wire-story.harness';

const datedTitles = (text: string, published: string) =>
  events(text, published)
    .filter((m) => m.time)
    .map((m) => `${m.title} @ ${m.time?.value}`);

const explained = (published: string, body: string) => explainFile('a.md', story(published, body)[0].bytes).join('\n');
const mentions = (published: string, body: string) =>
  buildTimeline(story(published, body)).events.map((e) => ({ day: e.date?.value, rules: e.mentions[0].rules ?? [], title: e.title }));

describe("a date past the phrases of a passive verb's agent is the agent's (date-scope:of-the-agents-happening)", () => {
  it('"That decision, spurred by Brazil\'s suspension of interest payments on February 20, ..." is not dated 20 February', () => {
    const text =
      "That decision, spurred by Brazil's suspension of interest payments on February 20, reduced the quarter's net income by 20 mln dlrs to 226.4 mln dlrs, compared with 233.9 mln in the first three months of 1986.";
    expect(datedTitles(text, '1987-04-08').filter((t) => t.includes('1987-02-20'))).toEqual([]);
    expect(whyNot(text, '1987-04-08')).toContain('spurred:no-date-in-clause');
  });

  it('keeps a date right after the agent, which may be the clause\'s too: "destroyed by an explosion on April 20"', () => {
    expect(datedTitles('The rig was destroyed by an explosion on April 20.', '2010-05-01')).toEqual(['The rig was destroyed by an explosion @ 2010-04-20']);
  });
});

describe("the day of the close a price moved from is that close's (date:baseline-of-change)", () => {
  it('"Morgan shares firmed two pence to 318p at 0905 GMT from 316p at Friday\'s close" (Monday 13 April 1987) is not dated Friday', () => {
    const text = "Morgan shares firmed two pence to 318p at 0905 GMT from 316p at Friday's close.";
    expect(datedTitles(text, '1987-04-13')).toEqual([]);
    expect(whyNot(text, '1987-04-13')).toContain('firmed:date:baseline-of-change');
  });

  it('keeps a day the move itself is told on: "Morgan shares firmed two pence on Friday"', () => {
    expect(datedTitles('Morgan shares firmed two pence to 318p on Friday.', '1987-04-13')).toEqual(['Morgan shares firmed two pence @ 1987-04-10']);
  });
});

const COFFEE =
  "# UGANDA PULLS OUT OF COFFEE MARKET - TRADE SOURCES\n\nKAMPALA, April 11 - Uganda's Coffee Marketing Board (CMB) has stopped offering coffee on the international market because it is unhappy with current prices, coffee trade sources said.\n\nThe board suspended offerings last week but because of its urgent need for cash it was not immediately clear how long it could sustain, the sources added.";
const SUGAR =
  '# INDONESIA IMPORTS 12,000 TONNES CUBAN SUGAR\n\nJAKARTA, April 6 - Indonesia has imported 12,000 tonnes of refined sugar from Cuba to meet consumer demand in the province of South Sulawesi, the head of the provincial food agency said.';
const LOANS =
  '# WORLD BANK SUSPENDS LOANS TO PERU - CENTRAL BANK\n\nLIMA, June 2 - The World Bank has suspended loans to Peru because the country has over two months of payment arrears with the lending agency, central bank general manager Hector Neyra said.';
const STAKE =
  "# KUWAIT RAISES STAKE IN SIME DARBY\n\nKUALA LUMPUR, March 20 - The Kuwait Investment Office (KIO) has increased its stake in Sime Darby Bhd to 63.72 mln shares, representing 6.88 pct of Sime Darby's paid-up capital, from 60.7 mln shares, Malayan Banking Bhd MBKM.SI said.";

describe("a wire lede's present perfect of an amount is not dated by the dateline (date:wire-lede-perfect-of-an-amount)", () => {
  for (const [name, published, body, start] of [
    ['"has stopped offering coffee" (its next line: "suspended offerings last week")', '1987-04-11', COFFEE, "Uganda's Coffee Marketing Board has stopped"],
    ['"has imported 12,000 tonnes of refined sugar"', '1987-04-06', SUGAR, 'Indonesia has imported'],
    ['"has suspended loans to Peru"', '1987-06-02', LOANS, 'The World Bank has suspended'],
  ] as const)
    it(`leaves undated ${name}`, () => {
      expect(mentions(published, body).filter((m) => m.title.startsWith(start) && m.day)).toEqual([]);
      expect(explained(published, body)).toContain('date:wire-lede-perfect-of-an-amount');
    }, 60_000);

  it('keeps the day\'s news whose object is one thing: "The Kuwait Investment Office (KIO) has increased its stake in Sime Darby Bhd"', () => {
    const m = mentions('1987-03-20', STAKE).find((x) => x.title.startsWith('The Kuwait Investment Office has increased its stake'));
    expect(m?.day).toBe('1987-03-20');
    expect(m?.rules).toContain('date:wire-lede-present-perfect');
  }, 60_000);

  it('still dates the same story\'s past told with its day: "The board suspended offerings last week"', () => {
    const m = mentions('1987-04-11', COFFEE).find((x) => x.title.includes('suspended offerings'));
    expect(m?.day).toBe('1987-03-30');
  }, 60_000);
});
