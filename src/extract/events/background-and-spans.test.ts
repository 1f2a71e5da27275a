/**
 * date40: a span inside one month dates its happening by the month (time `spanToBareDay`, `spanWithinMonth`; events
 * `date:month-of-span`), and happenings a sentence tells only as background, by the clause that holds them
 * (`background:biography-in-who-clause`, `background:comparison-clause`, events/background-clauses.ts).
 */
import { describe, expect, it } from 'vitest';
import { events, whyNot } from '../events.harness';
import { findTimeExpressions } from '../time';

describe('a span inside one month (date:month-of-span)', () => {
  it('"for March 1 through 20": the decline is March\'s, not 1 March\'s (Reuters, 24 March 1987)', () => {
    const text = 'Domestic sales for March 1 through 20 declined 60 pct to 1,550 cars from 3,880 cars in the comparable period of 1986, American Motors said.';
    const [x] = findTimeExpressions(text, '1987-03-24');
    expect(x.text).toBe('March 1 through 20');
    expect(x.rules).toEqual(expect.arrayContaining(['span', 'spanToBareDay', 'spanWithinMonth']));
    const declined = events(text, '1987-03-24').find((m) => m.title.includes('declined'));
    expect(declined?.time).toMatchObject({ value: '1987-03', precision: 'month' });
    expect(declined?.rules).toContain('date:month-of-span');
  });

  it('"June 3 to 6": a burn over four days is June\'s', () => {
    // (The Washington Post's "The Post-ABC poll was conducted June 3 to 6" is a poll's method note, no happening:
    // events/background-states.ts `furniture:poll-method`.)
    const m = events('Coast Guard crews burned oil on the surface June 3 to 6.', '2010-06-08').find((e) => e.title.includes('burned'));
    expect(m?.time).toMatchObject({ value: '2010-06', precision: 'month' });
    expect(m?.rules).toContain('date:month-of-span');
  });

  it('leaves a span across months and a number that is no later day alone', () => {
    expect(whyNot('The rig burned from April 20 to May 2, officials said.', '2010-06-01')).toContain('burned:date:span');
    const [x] = findTimeExpressions('The WHO raised its pandemic alert on April 29 to 5 on the scale, meaning a pandemic is imminent.', '2009-05-01');
    expect(x.rules).not.toContain('spanWithinMonth');
    expect(findTimeExpressions('Prices rose on March 3 through 20 pct increases.', '1987-03-24')[0].rules).not.toContain('spanToBareDay');
  });

  it('"was based on" is a state (state:based-on)', () => {
    expect(whyNot('The poll was based on telephone interviews with just over 1,000 people between May 21-23.', '2010-06-01')).toContain('based:state:based-on');
  });
});

describe('a person\'s biography in a ", who" clause (background:biography-in-who-clause)', () => {
  it('"Barton, who was elected to Congress in 1984" (Washington Post, June 2010)', () => {
    const text =
      'Barton, who was elected to Congress in 1984, has received $27,000 in campaign contributions from BP and its affiliates and $1.4 million from the oil and gas industry as a whole, according to campaign finance records.';
    expect(events(text, '2010-06-18').some((m) => m.title.includes('elected'))).toBe(false);
    expect(whyNot(text, '2010-06-18')).toContain('elected:background:biography-in-who-clause');
  });

  it('"Tony Hayward, who succeeded Lord Browne ... in 2007" (Guardian, June 2010)', () => {
    const text =
      "He said that BP's chief executive, Tony Hayward, who succeeded Lord Browne of Madingley as chief executive in 2007, had not had enough time to repair the damage.";
    expect(whyNot(text, '2010-06-02')).toContain('succeeded:background:biography-in-who-clause');
  });

  it('keeps a recent deed in a "who" or "which" clause', () => {
    const recent = events('Obama, who flew to the Gulf Coast on Friday, said the spill was a disaster.', '2010-06-07');
    expect(recent.some((m) => m.title.includes('flew'))).toBe(true);
    const amc = events('AMC, which last week reported its first profitable quarter in two years, said it wanted a contract for the plants.', '1987-03-02');
    expect(amc.some((m) => m.title.includes('reported'))).toBe(true);
  });

  it('keeps an earlier event in a ", which" clause: it is folded as background by its date, not dropped', () => {
    const text = 'The rig blast has revived memories of the Piper Alpha explosion and fire in the North Sea, which killed nearly 170 people in 1988.';
    expect(events(text, '2010-06-01').some((m) => m.title.includes('killed'))).toBe(true);
  });
});

describe('a comparison with an earlier happening (background:comparison-clause)', () => {
  it('"much like hurricanes Katrina and Rita washed away marshlands in 2005" (Fox News, 2010)', () => {
    const text =
      'Flooding might help by floating out the oil, but it also could wash away the natural barriers to flooding from hurricanes and other disasters -- much like hurricanes Katrina and Rita washed away marshlands in 2005.';
    expect(events(text, '2010-06-01').some((m) => m.title.includes('washed'))).toBe(false);
    expect(whyNot(text, '2010-06-01')).toContain('washed:background:comparison-clause');
  });

  it('keeps a clause after a "like" phrase closed by its comma', () => {
    const m = events('Like many investors, John Smith sold his Chrysler shares on Monday.', '1987-03-10');
    expect(m.some((e) => e.title.includes('sold'))).toBe(true);
  });
});

describe("a figure's level in a relative clause, a year before the report (`background:figure-in-relative-clause`)", () => {
  it('"the U.S. trade deficit, which last year reached 170 billion dlrs" is background to the call for a lower dollar (Reuters, 9 March 1987)', () => {
    const text =
      'USX Corp chairman David Roderick called for a lower value for the U.S. dollar against other currencies to help speed a correction in the U.S. trade deficit, which last year reached 170 billion dlrs.';
    expect(events(text, '1987-03-09').some((m) => m.title.includes('reached'))).toBe(false);
    expect(whyNot(text, '1987-03-09')).toContain('reached:background:figure-in-relative-clause');
  });

  it('"Kericho, which last year received 387 mm" is last year\'s rain set beside this year\'s drought (Reuters, 29 April 1987)', () => {
    const text =
      'Kericho, which last year received 387 mm in April last year, has so far recorded only 176 mm and little rain is forecast throughout the country in the next two days.';
    expect(events(text, '1987-04-29').some((m) => m.title.startsWith('Kericho received'))).toBe(false);
    expect(whyNot(text, '1987-04-29')).toContain('received:background:figure-in-relative-clause');
  });

  it('keeps a deed with an amount: "Banque Paribas, which arranged a 220 mln dlr loan for Ecuador last year"', () => {
    const text =
      'Banque Paribas, which arranged a 220 mln dlr loan for Ecuador last year to pre-finance oil exports, wants to adjust the terms of the facility to help the country recover from a devastating earthquake, bankers said.';
    expect(events(text, '1987-03-17').map((m) => `${m.title} @ ${m.time?.value}`)).toContain('Banque Paribas arranged a 220 mln dlr loan for Ecuador @ 1986');
  });
});

describe('what a speaker says a policy brought about (`claim:effect-of-a-policy`)', () => {
  it('"the IMF\'s approach had caused social and political unrest" is a quoted view, not the speech\'s news (Reuters, 2 April 1987)', () => {
    const text =
      "Bank of Zambia general manager Michael Mwape has accused the International Monetary Fund of ignoring social conditions. Mwape said in a speech to businessmen in the southern town of Livingstone yesterday that the IMF's approach had caused social and political unrest across the continent.";
    expect(events(text, '1987-04-02').some((m) => m.title.includes('caused'))).toBe(false);
    expect(whyNot(text, '1987-04-02')).toContain('caused:claim:effect-of-a-policy');
  });

  it('keeps a happening a speaker reports: "the fire had prompted an evacuation"', () => {
    const text = 'Officials said on Monday that the fire had prompted an evacuation of the plant.';
    expect(whyNot(text, '2010-05-04')).not.toContain('prompted:claim:effect-of-a-policy');
  });
});
