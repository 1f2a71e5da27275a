import { describe, expect, it } from 'vitest';
import { findActorMentions } from './actors';
import { cleanText } from './clean';
import { events } from './events.harness';
import { analyseText } from './nlp/analyse';

// Sentences of Reuters wire copy of 1987 where a company's name was cut, glued to a stray letter or read as a common
// noun, in titles and actor lists.
const mentions = (text: string) => findActorMentions(text).map((m) => ({ surface: m.surface, key: m.key, rules: m.rules }));

const BALLY =
  'CHICAGO, March  2 - Bally Manufacturing Corp said it completed the acquisition of the Golden Nugget Casino Hotel in Atlantic City, New Jersey from Golden Nugget Inc.';
const ALL_TICKET = 'TORONTO, March 9 - Consolidated Grandview Inc said it acquired a 60 pct stake in All Ticket Group PLC, of London, for undisclosed terms.';
const ROTHSCHILD =
  'Last December, Daiwa and Nomura were named primary dealers by the Federal Reserve, along with L.F. Rothschild, Unterberg, Towbin Inc and Security Pacific National Bank.';
const NATIONS =
  'Six major nations - Britain, Canada, France, Japan, the U.S. And West Germany - agreed in Paris last month to act together to hold currencies stable.';
const NEWS =
  'News Corp Ltd said its offer for Herald and Weekly Times Ltd was fair. The 23 dlrs a share cash-only offer is nearly double the market price before News announced its now-completed bid for The Herald and Weekly Times Ltd in early December and no other offer is likely, it said in a statement.';

describe("a company's name keeps its first word", () => {
  it('keeps "Bally", an adjective the lexicon knows but no adverb, before "Manufacturing Corp" (company-name-keeps-first-word)', () => {
    expect(mentions(BALLY)[0]).toMatchObject({ surface: 'Bally Manufacturing Corp', rules: expect.arrayContaining(['company-name-keeps-first-word']) });
    expect(mentions(BALLY).some((m) => m.surface === 'Manufacturing Corp')).toBe(false);
    const m = events(BALLY, '1987-03-02').find((x) => x.title.includes('completed'));
    // (one article alone: its actor's name leaves the legal form out, as canonical.ts does)
    expect(m?.title).toMatch(/^Bally Manufacturing (?:Corp )?said it completed the acquisition of the Golden Nugget Casino Hotel/);
    expect(m?.actors).toContain('bally-manufacturing-corp');
    expect(m?.actors).not.toContain('manufacturing-corp');
  }, 60_000);

  it('still sets an adverb in -ly aside: "Recently Continental Airlines Inc said"', () => {
    expect(mentions('Recently Continental Airlines Inc said it would buy planes.').map((m) => m.surface)).toEqual(['Continental Airlines']);
  });

  it('keeps "All" of "All Ticket Group PLC", a capitalised determiner inside a sentence (function-word-opens-company-name)', () => {
    expect(mentions(ALL_TICKET)[1]).toMatchObject({ surface: 'All Ticket Group', rules: expect.arrayContaining(['function-word-opens-company-name']) });
    const a = analyseText(ALL_TICKET);
    expect(a.retags.find((r) => a.tokens.text.slice(a.tokens.start[r.token], a.tokens.end[r.token]) === 'All')).toMatchObject({
      from: 'DET',
      to: 'PROPN',
      rule: 'function-word-opens-company-name',
    });
    // (No title names the firm without its first word; with it, the title runs one word past its limit and is not written.)
    expect(events(ALL_TICKET, '1987-03-09').some((x) => /stake in Ticket Group/.test(x.title))).toBe(false);
  }, 60_000);

  it('does not take an article, nor a function word in a headline written in title case', () => {
    expect(mentions('A stake in The Limited Inc was sold.').some((m) => m.surface.startsWith('The'))).toBe(false);
    expect(mentions('Stake In All Ticket Group PLC').some((m) => m.rules.includes('function-word-opens-company-name'))).toBe(false);
  });
});

describe('one firm, one actor', () => {
  it('reads "L.F. Rothschild, Unterberg, Towbin Inc" as one firm, its partners joined by commas (commas-inside-firm-name)', () => {
    const found = mentions(ROTHSCHILD);
    expect(found.find((m) => m.surface === 'L.F. Rothschild, Unterberg, Towbin Inc')).toMatchObject({
      rules: expect.arrayContaining(['commas-inside-firm-name']),
    });
    expect(found.some((m) => m.surface === 'Towbin Inc' || m.surface === 'Unterberg')).toBe(false);
  });

  it('keeps places and lists apart: "In Houston, Dallas, Exxon Corp", "BP, Halliburton, Transocean Ltd and Cameron"', () => {
    expect(mentions('In Houston, Dallas, Exxon Corp said it would cut jobs.').some((m) => m.rules.includes('commas-inside-firm-name'))).toBe(false);
    expect(mentions('BP, Halliburton, Transocean Ltd and Cameron were named.').some((m) => m.rules.includes('commas-inside-firm-name'))).toBe(false);
  });

  it('reads words joined by a slash before a legal form as one firm: "M/A-Com Inc", "Hughes/Conserdyne Corp" (slash-inside-company-name)', () => {
    const ma = mentions('WASHINGTON, April 3 - M/A-Com Inc said it won a major contract from Ford Motor Co.');
    expect(ma[0]).toMatchObject({ surface: 'M/A-Com Inc', rules: expect.arrayContaining(['slash-inside-company-name']) });
    const hughes = mentions('Hughes/Conserdyne Corp said it made Bear Stearns and Co Inc its exclusive investment banker.');
    expect(hughes[0]).toMatchObject({ surface: 'Hughes/Conserdyne Corp' });
    // (two firms of a dispute: the article names Pennzoil as a company of its own)
    const dispute = mentions('Pennzoil Co said it filed a brief concerning the Pennzoil/Texaco Inc (TX) litigation.');
    expect(dispute.map((m) => m.surface)).toContain('Texaco Inc');
  });

  it('ends a name at "And" after "U.S." (conjunction-after-acronym-ends-run): "West Germany" is named', () => {
    expect(mentions(NATIONS).find((m) => m.surface === 'West Germany')).toMatchObject({ key: 'country:West Germany' });
  });
});

describe('what a title writes of a company', () => {
  it('writes the legal form without a stray letter: "AMAX Incx said" (stray-letter-after-legal-form)', () => {
    const { text } = cleanText(
      'GREENWICH, March 2 - AMAX Incx said it has identified additional gold and silver ore reserves at its AMAX Sleeper Mine near Winnemucca, Nev..',
    );
    expect(text).toContain('AMAX Inc said it has identified');
    expect(cleanText('The U.S. Army Corps of Engineers approved the plan.').text).toContain('Army Corps of Engineers');
  });

  it('names "News Corp" where its short form "News" reads as a common noun (subject:short-form-is-common-noun)', () => {
    const m = events(NEWS, '1987-03-11').find((x) => x.title.includes('announced'));
    expect(m?.title).toMatch(/^News Corp announced its now-completed bid/);
    expect(m?.rules).toContain('subject:short-form-is-common-noun');
  }, 60_000);

  it('leaves a longer name written whole as it is: "Shell Canada raised crude oil prices", no "Shell Oil Canada"', () => {
    const text =
      'Shell Oil Co said it cut prices. Shell Canada, a wholly owned subsidiary of the Royal Dutch/Shell Group RD said that it raised crude oil prices by about 47 Canadian cts a barrel today.';
    expect(events(text, '1987-03-09').some((x) => x.title.startsWith('Shell Oil Canada'))).toBe(false);
  }, 60_000);
});
