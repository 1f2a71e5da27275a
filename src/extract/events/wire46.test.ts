import { describe, expect, it } from 'vitest';
import { events, whyNot } from '../events.harness';

// Sentences of Reuters 1987 stories (the ecuador and tin sets), quoted.
describe('events: wire copy read as language works (wire46)', () => {
  it('takes no share of a whole for a happening: "oil exports, which made up 55 pct of the value of its total exports in 1986" (`state:share-of-a-whole`)', () => {
    const text =
      "Ecuador suspended oil exports, which made up 55 pct of the value of its total exports in 1986, for five months this year after an earthquake in March shattered the country's pipeline.";
    expect(events(text, '1987-10-20').some((m) => m.title.startsWith('Oil exports made up'))).toBe(false);
    expect(whyNot(text, '1987-10-20')).toContain('made:state:share-of-a-whole');
  }, 60_000);

  it('keeps "accounted for" with no share after it: "The company accounted for the loss in 1986"', () => {
    const text = "Oil generates about two-thirds of Ecuador's total exports. The company accounted for the loss in 1986.";
    expect(whyNot(text, '1987-03-13')).not.toContain('accounted:state:share-of-a-whole');
  }, 60_000);

  it('cuts no title at "due" before its "to": "GSA tin disposals increased in calendar year 1986 due to changed market conditions"', () => {
    const text = 'The State Department statement said GSA tin disposals increased in calendar year 1986 due to changed market conditions.';
    expect(events(text, '1987-04-03').some((m) => /\bdue$/.test(m.title))).toBe(false);
    expect(whyNot(text, '1987-04-03')).toContain('increased:title-cut-inside-phrase:two-word-preposition');
  }, 60_000);

  it('dates nothing by the first bound of "between January and May" (`date:bound-of-a-between-span`)', () => {
    const text =
      'The central bank said that between January and May Ecuador sold 16.1 mln barrels of crude and 2.3 mln barrels of products, compared with 32 mln and 2.7 mln respectively in the same period last year.';
    const sold = events(text, '1987-06-18').find((m) => m.title.startsWith('Ecuador sold'));
    expect(sold?.time?.value).not.toBe('1987-01');
    expect(whyNot(text, '1987-06-18')).toContain('sold:date:bound-of-a-between-span');
  }, 60_000);

  it('names nothing by a headline in capitals: "ECUADOR GETS LOAN ... the loan was signed here today" is no "ECUADOR GETS LOAN was signed"', () => {
    const text =
      "ECUADOR GETS LOAN TO HELP REPAIR OIL PIPELINE\nThe Andean Development Corp (CAF) said today it is lending 11.7 mln dlrs to Ecuador to help repair 25 miles of oil pipeline destroyed by an earthquake earlier this month.\nthe loan was signed here today in the offices of the caracas based caf by the corporation's president, galo montano perez and ecuadorean ambassador antonio parra gil.";
    expect(events(text, '1987-03-19').some((m) => m.title.includes('ECUADOR GETS LOAN'))).toBe(false);
  }, 60_000);
});
