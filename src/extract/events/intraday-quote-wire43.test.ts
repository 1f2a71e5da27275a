/**
 * wire43: an intraday price quote is a state (events/background-states.ts `state:intraday-quote`), as a closing price
 * is (`state:closing-price`); trading of other things and a happening told with the quote stay.
 */
import { describe, expect, it } from 'vitest';
import { events, whyNot } from '../events.harness';

const titles = (text: string, published: string) => events(text, published).map((m) => m.title);

describe('wire43: an intraday quote is no happening', () => {
  it('"The stock traded around 12, down 1/8, this afternoon" (Reuters, 1987)', () => {
    const text = 'The stock traded around 12, down 1/8, this afternoon, after falling to 11-1/2 earlier this week on the news.';
    expect(whyNot(text, '1987-03-20')).toContain('traded:state:intraday-quote');
  });

  it('"The shares last traded at 19" and "The dollar traded around 145 yen" (Reuters, 1987)', () => {
    expect(whyNot('Avana shares traded at 800p on Friday.', '1987-03-20')).toContain('traded:state:intraday-quote');
    expect(whyNot('The dollar traded around 145 yen in Tokyo on Friday.', '1987-03-20')).toContain('traded:state:intraday-quote');
  });

  it('keeps trading that is a happening: "The two teams traded places", "Exxon traded its stake"', () => {
    for (const text of ['The two teams traded places on Friday, March 3, 2023.', 'Exxon traded its stake in the refinery for cash on Friday, March 3, 2023.'])
      expect({ text, why: whyNot(text, '2023-03-05').filter((w) => w.endsWith(':state:intraday-quote')) }).toEqual({ text, why: [] });
    expect(titles('Exxon traded its stake in the refinery for cash on Friday, March 3, 2023.', '2023-03-05')).toEqual(
      expect.arrayContaining([expect.stringMatching(/Exxon traded its stake/)]),
    );
  });
});

describe('wire43: a wire headline in capitals is no title', () => {
  it('"EXXON XON OIL AND GAS PRODUCTION ROSE IN 1986" (Reuters, March 1987)', () => {
    expect(whyNot('EXXON XON OIL AND GAS PRODUCTION ROSE IN 1986', '1987-03-31')).toContain('ROSE:furniture:headline-in-capitals');
  });

  it('keeps a sentence with a name in capitals: "USX Corp said it shut down the plant in Gary, Ind., in 1986"', () => {
    expect(titles('USX Corp said it shut down the plant in Gary, Ind., in 1986.', '1987-03-31')).toEqual(
      expect.arrayContaining([expect.stringMatching(/USX/)]),
    );
  });
});

describe("wire43: a name's possessive apostrophe before a figure", () => {
  it('"Shearson contributed 316 mln dlrs of American Express\' 1.25 billion dlr net in 1986" (Reuters, March 1987)', () => {
    const ms = events("Shearson contributed 316 mln dlrs of American Express' 1.25 billion dlr net in 1986.", '1987-03-02');
    expect(ms.map((m) => m.title)).toEqual(["Shearson contributed 316 mln dlrs of American Express' 1.25 billion dlr net"]);
  });
});
