import { describe, expect, it } from 'vitest';
import { analyseText } from './analyse';
import { LEGAL_SUFFIXES } from '../lexicon/actors';
import { blankTickers, blankTickersOf, blankWireTickers, tickerAfter, wireTickerCodes, withoutTickers } from './tickers';

describe('stock tickers in brackets', () => {
  it('are blanked for the tagger with every offset kept, and nothing else is', () => {
    const text = "Three-quarters of the oil from BP Plc's (BP.L) (BP.N) spill is gone, said the U.S. Environmental Protection Agency (EPA).";
    const blank = blankTickers(text);
    expect(blank.length).toBe(text.length);
    expect(blank).not.toContain('BP.L');
    expect(blank).toContain('(EPA)');
    expect(blankTickers('Transocean Ltd (RIGN.VX) and Mitsui (8031.T) fell, as did the FTSE 100 (.FTSE) and (BP.N, BP.L).')).not.toMatch(/\(\S+\.\S+\)/);
  });

  it('leave the subject of a clause whole: "BP Plc (BP.L) said ..." is said by BP Plc, not by "L"', () => {
    const a = analyseText('Shares of Transocean Ltd (RIGN.VX) fell 3 percent on Tuesday.');
    const fell = a.clauses.find((c) => a.tokens.norm[c.verb.head] === 'fell')!;
    const subject = fell.subject!;
    expect(a.text.slice(a.tokens.start[subject.start], a.tokens.end[subject.end - 1])).toBe('Shares of Transocean Ltd');
  });

  it("a currency's quote code is blanked, and the currency it follows is the subject", () => {
    const text = 'The peso MXN = MEX01 rose to its strongest level against the U.S. dollar since November on Tuesday.';
    const blank = blankTickers(text);
    expect(blank.length).toBe(text.length);
    expect(blank).not.toMatch(/MXN|MEX01/);
    expect(blankTickers('the Singapore dollar SGD = fell nearly 4 percent')).not.toContain('SGD');
    expect(blankTickers('believing CCP = China')).toBe('believing CCP = China');
    const a = analyseText(text);
    const rose = a.clauses.find((c) => a.tokens.norm[c.verb.head] === 'rose')!;
    expect(a.text.slice(a.tokens.start[rose.subject!.start], a.tokens.end[rose.subject!.end - 1])).toBe('The peso');
  });

  it('are left out of a title', () => {
    expect(withoutTickers("BP Plc's (BP.L) (BP.N) spill")).toBe("BP Plc's spill");
    expect(withoutTickers('the agency (EPA) said')).toBe('the agency (EPA) said');
  });

  it('are found right after a name', () => {
    const text = 'Shares of ConocoPhillips (COP.N) and the agency (EPA) fell.';
    expect(tickerAfter(text, text.indexOf(' (COP'))).toBe(true);
    expect(tickerAfter(text, text.indexOf(' (EPA'))).toBe(false);
    expect(tickerAfter(text, text.indexOf(' fell'))).toBe(false);
  });
});

describe('stock tickers unbracketed after a legal form, as 1987 wire copy writes them (wire-ticker-after-legal-form)', () => {
  it('are blanked and left out of a title: "Texaco Inc TX said", "Pennzoil Co PZL Chairman", "Pennzoil Company PZL.N"', () => {
    const text =
      'HOUSTON, April 13 - Texaco Inc TX said its decision to file for protection under Chapter 11 of the U.S. Bankruptcy code will not affect the majority of its businesses.';
    expect(wireTickerCodes(text)).toEqual(['TX']);
    expect(blankTickers(text)).toContain('Texaco Inc    said');
    expect(withoutTickers('Pennzoil Co PZL Chairman J. Hugh Liedtke told a meeting')).toBe('Pennzoil Co Chairman J. Hugh Liedtke told a meeting');
    expect(wireTickerCodes('will not be affected by the legal dispute with the Pennzoil Company PZL.N, managing board chairman Armin Schram said.')).toEqual([
      'PZL.N',
    ]);
    expect(wireTickerCodes("Pennzoil Co, frustrated by Texaco Inc's TX decision to seek bankruptcy protection")).toEqual(['TX']);
  });

  it('leave alone a legal form after another, an abbreviation, a new sentence and a heading in capitals', () => {
    expect(wireTickerCodes('British Petroleum Co PLC BP last week refused')).toEqual(['BP']);
    expect(wireTickerCodes('Texaco Inc U.S. unit said')).toEqual([]);
    expect(wireTickerCodes('said Apple Inc. IBM said')).toEqual([]);
    expect(wireTickerCodes('Texaco Inc A unit said')).toEqual([]);
    expect(wireTickerCodes('the company EPA said')).toEqual([]);
    // (a word that follows a company's name is no ticker: Reuters, 19 June 2010)
    expect(wireTickerCodes('WASHINGTON (Reuters) - BP Plc CEO Tony Hayward watched a yacht race off the English coast on Saturday')).toEqual([]);
    expect(wireTickerCodes('# BP PLC BP SAYS OUTPUT ROSE')).toEqual([]);
  });
});

describe('the search for unbracketed wire tickers', () => {
  // (wireTickers is skipped in a text without a legal form before a space: tickers.ts, LEGAL_FORM_BEFORE_SPACE. The test
  // it rests on: every legal form is ASCII letters without a "k", the one letter a non-ASCII letter, the Kelvin sign,
  // lower-cases to.)
  it('rests on legal forms written in ASCII letters, none with a "k"', () => {
    for (const form of LEGAL_SUFFIXES) expect(form).toMatch(/^[a-jl-z]+$/);
  });

  it('still finds the ticker after a legal form in any case, possessive or not, and leaves a text without one as it is', () => {
    expect(wireTickerCodes('Texaco Inc TX said its decision to file was made on Sunday.')).toEqual(['TX']);
    expect(wireTickerCodes("Texaco Inc's TX decision to seek bankruptcy protection")).toEqual(['TX']);
    expect(wireTickerCodes('the Pennzoil COMPANY PZL said on Monday')).toEqual(['PZL']);
    const text = 'BP said the US Coast Guard had approved the plan.';
    expect(blankTickers(text)).toBe(text);
  });

  it('gives each text its own answer when texts alternate', () => {
    const wire = 'HOUSTON, April 13 - Texaco Inc TX said its decision to file was made on Sunday.';
    const plain = 'BP said the US Coast Guard had approved the plan.';
    for (let k = 0; k < 2; k++) {
      expect(blankWireTickers(wire)).toBe('HOUSTON, April 13 - Texaco Inc    said its decision to file was made on Sunday.');
      expect(blankWireTickers(wire)).toBe('HOUSTON, April 13 - Texaco Inc    said its decision to file was made on Sunday.');
      expect(blankWireTickers(plain)).toBe(plain);
    }
  });

  it('gives the linguistic layer and the actors their texts from one reading: all tickers blanked, and the wire tickers alone', () => {
    const texts = [
      'HOUSTON, April 13 - Texaco Inc TX said its decision to file was made on Sunday.',
      'BP Plc (BP.L) said on Monday that Transocean Ltd (RIGN.VX) had leased the rig.',
      'Pennzoil Co PZL said BP Plc (BP.L) and Texaco Inc TX met.',
      'The peso MXN = MEX01 rose to its strongest level, Texaco Inc TX said.',
      'BP said the US Coast Guard had approved the plan.',
    ];
    for (const text of texts) {
      const both = blankTickersOf(text);
      expect(both.all).toBe(blankTickers(text));
      expect(both.wire).toBe(blankWireTickers(text));
      expect(both.all.length).toBe(text.length);
    }
    expect(blankTickersOf(texts[2])).toEqual({
      all: 'Pennzoil Co     said BP Plc        and Texaco Inc    met.',
      wire: 'Pennzoil Co     said BP Plc (BP.L) and Texaco Inc    met.',
    });
    expect(blankTickersOf(texts[3]).all).toBe('The peso             rose to its strongest level, Texaco Inc    said.');
    expect(blankTickersOf(texts[3]).wire).toBe('The peso MXN = MEX01 rose to its strongest level, Texaco Inc    said.');
  });
});
