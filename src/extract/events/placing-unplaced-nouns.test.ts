import { describe, expect, it } from 'vitest';
import { events, whyNot } from '../events.harness';

const dated = (text: string, published: string) => events(text, published).filter((m) => m.time);

// Titles whose subject is a "the" or "another" noun a reader cannot place out of its article (judged unreadable on
// Timeline17 and Reuters 1987): the article's own earlier name is written where it is certain, else no event.
describe('events: nouns placed by the article, or not at all', () => {
  it('writes "the Department" as the name the article gave it before, ending in that word (named-in-article:capitalised-head)', () => {
    const food =
      'COLOMBO, March 25 - The Food Department will no longer import sugar from April 1, senior officials of the Food and Cooperatives Ministry and the Department told Reuters. ' +
      'Four months ago the Department allowed the private sector to import sugar without government clearance.';
    const m = dated(food, '1987-03-25').find((x) => x.title.includes('allowed'));
    expect(m?.title).toBe('The Food Department allowed the private sector to import sugar');
    expect(m?.rules).toEqual(expect.arrayContaining(['subject:named-in-article', 'named-in-article:capitalised-head', 'quote:name-shown-apart']));
    expect(m?.named?.text).toBe('The Food Department');
    const ec =
      'European Community finance ministers discussed the economic outlook for the 12-nation bloc and many said a recent gloomy forecast by the EC Commission was too pessimistic. ' +
      "The Commission, the EC's executive authority, two weeks ago cut its forecast for economic growth in the Community to 2.3 per cent for this year from 2.8 per cent predicted last autumn.";
    const c = dated(ec, '1987-03-09').find((x) => x.title.includes(' cut '));
    expect(c?.title).toBe('The EC Commission cut its forecast for economic growth');
    expect(c?.rules).toEqual(expect.arrayContaining(['named-in-article:capitalised-head', 'title:object-needs-its-phrase:relational']));
    // (The first test of the file loads the parser.)
  }, 30_000);

  // Reuters 1987, the Bank of England's money-market reports: "Earlier, the Bank revised its forecast of the liquidity
  // position in the system" was titled "The Bank revised its forecast ..." ("'The Bank' cannot be placed out of
  // context; the title never names the Bank of England").
  it('writes "the Bank" as the name the article gave it before, the word and its "of" phrase (named-in-article:capitalised-head-of)', () => {
    const boe =
      'LONDON, March 25 - The Bank of England said it had not operated in the money market during the morning session. ' +
      'Earlier today, the Bank revised its forecast of the liquidity position to a surplus of 150 mln stg from its original estimate of a flat position.';
    const m = dated(boe, '1987-03-25').find((x) => x.title.includes('revised'));
    expect(m?.title).toBe('The Bank of England revised its forecast of the liquidity position');
    expect(m?.rules).toEqual(expect.arrayContaining(['subject:named-in-article', 'named-in-article:capitalised-head-of', 'quote:name-shown-apart']));
    expect(m?.named?.text).toBe('The Bank of England');
    const spain =
      'MADRID, March 20 - The Bank of Spain raised the reserve requirement for banks by one point. The Bank on Friday drained liquidity from the money market.';
    expect(dated(spain, '1987-03-20').map((x) => x.title)).toContain('The Bank of Spain drained liquidity from the money market');
  });

  it('leaves "the Department" as written when the article named two of them, or named it with its word elsewhere', () => {
    const two =
      'The Food Department and the Customs Department met on Monday. Four months ago the Department allowed the private sector to import sugar without government clearance.';
    const m = dated(two, '1987-03-25').find((x) => x.title.includes('allowed'));
    expect(m?.rules ?? []).not.toContain('named-in-article:capitalised-head');
    const of =
      'The U.S. Department of Transportation said it gave final approval to the merger. Two months ago the Department allowed the airline to buy the shares.';
    const o = dated(of, '1987-03-17').find((x) => x.title.includes('allowed'));
    expect(o?.rules ?? []).not.toContain('named-in-article:capitalised-head');
    // ("White House" is a name of its own, no fuller name of "the House".)
    const house =
      'The Obama White House has imposed a moratorium on deepwater drilling. After numerous hearings on the safety of offshore drilling, the House passed legislation Wednesday that more than doubles the federal money for research.';
    expect(dated(house, '2010-07-22').map((m) => m.title)).toContain('The House passed legislation');
  });

  it('makes no event of "another" thing beside one told before, whatever words of kind or owner it keeps (subject-cannot-be-placed:another)', () => {
    const document =
      "Another undated BP document, released by Sen. Charles E. Grassley (R-Iowa) last week, has an even more dramatic worst-case scenario for the well's flow rate.";
    expect(whyNot(document, '2010-06-23')).toContain('released:subject-cannot-be-placed:another');
    expect(dated(document, '2010-06-23').map((m) => m.title)).not.toContain('Another undated BP document was released by Sen. Charles E. Grassley');
    // ("Another fifteen cases": a count says how many more, judged readable.)
    expect(whyNot('Another fifteen cases of swine flu were confirmed by the Health Protection Agency on Sunday.', '2009-05-03')).not.toContain(
      'confirmed:subject-cannot-be-placed:another',
    );
  });

  it('keeps what a forecast is for: "cut its forecast for economic growth" (title:object-needs-its-phrase:relational)', () => {
    const boe =
      'The Bank of England said it had revised its forecast of the liquidity position in the money market today to a surplus of 150 mln stg after it estimated a flat position earlier this morning.';
    const m = dated(boe, '1987-04-06').find((x) => x.title.includes('revised'));
    expect(m?.title).toBe('The Bank of England had revised its forecast of the liquidity position');
  });

  it('leaves "other" out after a count: "Two DC-10ER\'s were ordered by Thai Air" (title:other-after-count-left-out)', () => {
    const thai =
      "The company said the nine aircraft, together with two other DC-10ER's ordered earlier this year by Thai Air, are worth about one billion dlrs.";
    const m = dated(thai, '1987-06-18').find((x) => x.title.includes('Thai Air'));
    expect(m?.title).toBe("Two DC-10ER's were ordered by Thai Air");
    expect(m?.rules).toContain('title:other-after-count-left-out');
    // (After "and", "other" sets them beside the one the title names before them.)
    const sued = dated('The Justice Department sued BP and eight other companies on Wednesday.', '2010-12-16');
    expect(sued.map((x) => x.title)).toEqual(['The Justice Department sued BP and eight other companies']);
  });
});
