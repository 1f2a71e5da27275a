import { describe, expect, it } from 'vitest';
import { events, whyNot } from '../events.harness';

// Words a title cannot leave out or cut, and headlines in capitals that are no title (Reuters wire copy of 1987).
const dated = (text: string, published: string) => events(text, published).filter((m) => m.time);
const titles = (text: string, published: string) => events(text, published).map((m) => m.title);

describe('titles keep the words their sentence needs', () => {
  it('heads "its major offensive" on its last word, not on "its" (head-after-possessive)', () => {
    const offensive =
      'Iran announced tonight that its major offensive against Iraq in the Gulf war had ended after dealing savage blows against the Baghdad government.';
    const titles = dated(offensive, '1987-02-26').map((m) => m.title);
    expect(titles).toContain('Iran announced that its major offensive had ended');
    expect(titles.some((x) => /\bits had\b/.test(x))).toBe(false);
  });

  it('keeps the gerund between "after" and its object (title:gerund-after-preposition-kept)', () => {
    const offensive =
      'Iran announced tonight that its major offensive against Iraq in the Gulf war had ended after dealing savage blows against the Baghdad government.';
    const m = dated(offensive, '1987-02-26').find((x) => x.rules.includes('title:gerund-after-preposition-kept'));
    expect(m?.title).toBe('Iran announced its major offensive had ended after dealing savage blows');
  });

  it('keeps both verbs joined by "or" (title:or-verbs-kept)', () => {
    const toll = 'Iran said over 2,600 Iraqis had been killed or wounded yesterday.';
    const m = dated(toll, '1987-04-08');
    expect(m.map((x) => x.title)).toEqual(['Iran said over 2,600 Iraqis had been killed or wounded']);
    expect(m[0].rules).toContain('title:or-verbs-kept');
  });

  it('gives no title to a rank cut from its scope, "the second foreign firm to manage an issue" (`title:rank-without-its-scope`)', () => {
    const s = 'UBS has become the second foreign firm to manage an issue in the domestic debt market this year, following Daiwa Securities America Inc.';
    expect(events(s, '1987-03-19').map((m) => m.title)).not.toContain('UBS has become the second foreign firm to manage an issue');
    expect(whyNot(s, '1987-03-19')).toContain('become:title-rank-without-its-scope');
  }, 60_000);

  it('cuts no title at "due" before its "to": "GSA tin disposals increased in calendar year 1986 due to changed market conditions"', () => {
    const text = 'The State Department statement said GSA tin disposals increased in calendar year 1986 due to changed market conditions.';
    expect(events(text, '1987-04-03').some((m) => /\bdue$/.test(m.title))).toBe(false);
    expect(whyNot(text, '1987-04-03')).toContain('increased:title-cut-inside-phrase:two-word-preposition');
  }, 60_000);

  it('keeps "other than" and its noun in the subject: no "Coffee rose 55 pct" (`title:other-than-in-phrase`)', () => {
    const text =
      'Colombian exports other than coffee rose 55 pct in January compared with the same period last year, figures from the government statistics institute show.';
    const rose = events(text, '1987-04-09').find((m) => m.title.includes('rose'));
    expect(rose?.title).toBe('Colombian exports other than coffee rose 55 pct');
    expect(rose?.rules).toContain('title:other-than-in-phrase');
  }, 60_000);

  it('keeps what a tender is for: "The Bundesbank set a new tender for a 28-day securities repurchase agreement" (`title:tender-keeps-what`)', () => {
    const text =
      'The Bundesbank set a new tender for a 28-day securities repurchase agreement today, offering banks liquidity aid, a central bank spokesman said.';
    const set = events(text, '1987-04-07').find((m) => m.title.includes('tender'));
    expect(set?.title.startsWith('The Bundesbank set a new tender for a')).toBe(true);
    expect(set?.rules).toContain('title:tender-keeps-what');
  }, 60_000);
});

describe('a wire headline in capitals is no title', () => {
  it('"EXXON XON OIL AND GAS PRODUCTION ROSE IN 1986" (Reuters, March 1987)', () => {
    expect(whyNot('EXXON XON OIL AND GAS PRODUCTION ROSE IN 1986', '1987-03-31')).toContain('ROSE:furniture:headline-in-capitals');
  });

  it('keeps a sentence with a name in capitals: "USX Corp said it shut down the plant in Gary, Ind., in 1986"', () => {
    expect(titles('USX Corp said it shut down the plant in Gary, Ind., in 1986.', '1987-03-31')).toEqual(
      expect.arrayContaining([expect.stringMatching(/USX/)]),
    );
  });

  it('names nothing by a headline in capitals: "ECUADOR GETS LOAN ... the loan was signed here today" is no "ECUADOR GETS LOAN was signed"', () => {
    const text =
      "ECUADOR GETS LOAN TO HELP REPAIR OIL PIPELINE\nThe Andean Development Corp (CAF) said today it is lending 11.7 mln dlrs to Ecuador to help repair 25 miles of oil pipeline destroyed by an earthquake earlier this month.\nthe loan was signed here today in the offices of the caracas based caf by the corporation's president, galo montano perez and ecuadorean ambassador antonio parra gil.";
    expect(events(text, '1987-03-19').some((m) => m.title.includes('ECUADOR GETS LOAN'))).toBe(false);
  }, 60_000);
});

describe("a name's possessive apostrophe before a figure", () => {
  it('"Shearson contributed 316 mln dlrs of American Express\' 1.25 billion dlr net in 1986" (Reuters, March 1987)', () => {
    const ms = events("Shearson contributed 316 mln dlrs of American Express' 1.25 billion dlr net in 1986.", '1987-03-02');
    expect(ms.map((m) => m.title)).toEqual(["Shearson contributed 316 mln dlrs of American Express' 1.25 billion dlr net"]);
  });
});
