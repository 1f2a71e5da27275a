import { describe, expect, it } from 'vitest';
import { findActorMentions } from './actors';

// Reuters wire copy of 1987: tickers unbracketed after a company's legal form, legal forms a name left behind, datelines.
const found = (text: string, setAside?: Array<{ word: string; rule: string }>) =>
  findActorMentions(text, undefined, setAside).map((m) => ({ surface: m.surface, kind: m.kind, key: m.key }));

describe('actors of 1987 wire copy: no ticker, no legal form alone, no dateline place', () => {
  it('reads no company "PZL" or "TX" in a ticker after a legal form (wire-ticker-after-legal-form)', () => {
    const a = found(
      'NEW YORK, March 31 - Pennzoil Co PZL Chairman J. Hugh Liedtke told a meeting of securities analysts that any settlement of the ongoing litigation would have to be above two billion dlrs.',
    );
    expect(a.some((m) => m.surface === 'PZL')).toBe(false);
    expect(a.find((m) => m.surface === 'Pennzoil Co')?.kind).toBe('organization');
    const b = found(
      "HOUSTON, April 13 - Pennzoil Co, frustrated by Texaco Inc's TX decision to seek bankruptcy protection from its 10.3 billion dlr court judgment, is preparing to launch a new assault, legal experts said.",
    );
    expect(b.some((m) => m.surface === 'TX')).toBe(false);
    expect(b.map((m) => m.surface)).toEqual(['Pennzoil Co', 'Texaco Inc']);
  });

  it('makes no actor of a legal form the name before it did not take (legal-form-alone-no-name)', () => {
    const aside: Array<{ word: string; rule: string }> = [];
    const texts = [
      "Standard and Poor's Corp said it downgraded to D about 8.4 billion dlrs of debt of Texaco Inc and the oil company's subsidiaries.",
      "Moody's Investors Service Inc followed suit, cutting most of the debt of Texaco and its units to Caa.",
      '"Probably shares of companies involved in the domestic economy are a good bet," said a broker at Daiwa Securities Co Ltd. He said his observation was based on figures.',
      'The company also said British Petroleum Co PLC BP last week refused to accept an order for fuel oil.',
    ];
    for (const t of texts) expect(found(t, aside).filter((m) => /^(?:Corp|Inc|Ltd|PLC|BP)$/.test(m.surface))).toEqual([]);
    expect(aside).toContainEqual({ word: 'Inc', rule: 'legal-form-alone-no-name' });
    // ("British Petroleum Co PLC": the second legal form is the name's, actors.ts `second-legal-form`.)
    expect(findActorMentions(texts[3]).find((m) => m.surface === 'British Petroleum')?.rules).toContain('second-legal-form');
  });

  it('keeps a name whole through its possessive before a legal form: "Standard and Poor\'s Corp" (possessive-name-before-legal-form)', () => {
    const m = findActorMentions(
      "NEW YORK, April 13 - Standard and Poor's Corp said it downgraded to D about 8.4 billion dlrs of debt of Texaco Inc and the oil company's subsidiaries.",
    );
    expect(m[0]).toMatchObject({ surface: "Standard and Poor's Corp", kind: 'organization', rules: ['possessive-name-before-legal-form'] });
    expect(m.some((x) => x.surface === 'Poor' || x.surface === 'Corp')).toBe(false);
  });

  it("lists no wire dateline's place as an actor, in capitals or not (wire-dateline-place)", () => {
    const aside: Array<{ word: string; rule: string }> = [];
    const a = found(
      'New York, Oct 20 - Texaco Inc said it raised the contract price it will pay for most grades of crude oil by 50 cts a barrel, effective October 16.',
      aside,
    );
    expect(a.map((m) => m.surface)).toEqual(['Texaco Inc']);
    expect(aside).toContainEqual({ word: 'New York', rule: 'wire-dateline-place' });
    const b = found('LONDON, March 5 - OPEC crude oil output in the first few days of March was running at about 14.7 mln bpd, a Reuter survey shows.');
    expect(b.some((m) => m.surface === 'LONDON')).toBe(false);
    expect(found('WHITE PLAINS, N.Y., March 23 - Texaco Inc said it has filed a motion with the Texas Court of Appeals.').map((m) => m.surface)).not.toContain(
      'WHITE PLAINS',
    );
  });

  it('keeps a city named inside a sentence: "London\'s Kleinwort Grieveson Securities" is no dateline', () => {
    const a = found("But Mehdi Varzi, chief oil analyst with London's Kleinwort Grieveson Securities, doubts Nigeria will act.");
    expect(a.some((m) => m.surface === 'London')).toBe(true);
  });
});
