import { describe, expect, it } from 'vitest';
import { events, whyNot } from '../events.harness';

const RULE = 'subject:its-is-sayer';
const owned = (text: string, published: string) => events(text, published).filter((m) => m.rules.includes(RULE));

describe('"its" owning the subject of what a single named organisation said is the sayer\'s (candidates.ts, events.ts)', () => {
  it('writes the sayer\'s name for "its", dated by the clause\'s own day (Reuters, 2010-06-15)', () => {
    const [m, ...rest] = owned('BP said its new containment cap system had captured 15,420 barrels from its Gulf of Mexico well on Monday.', '2010-06-15');
    expect(rest).toEqual([]);
    expect(m.title).toMatch(/^BP’s new containment cap system had captured 15,420 barrels/);
    expect(m.time?.value).toBe('2010-06-14');
    expect(m.actors).toContain('bp');
  }, 60_000);

  it('reads a verb joined to what was said with the same sayer (Reuters, 2010-06-25)', () => {
    const [m] = owned('In the Gulf, BP said its oil-capture systems collected or burned off 23,725 barrels of oil on Thursday.', '2010-06-25');
    expect(m.title).toBe('BP’s oil-capture systems collected or burned off 23,725 barrels of oil');
    expect(m.time?.value).toBe('2010-06-24');
  }, 60_000);

  it('gives a name ending in a plural\'s "s" the apostrophe alone (Reuters, 1987-03-11)', () => {
    const [m] = owned(
      'American Motors Corp said its directors met Wednesday to review the takeover proposal which the corporation received Monday from Chrysler Corp C.',
      '1987-03-11',
    );
    expect(m.title).toBe('American Motors’ directors met to review the takeover proposal');
    expect(m.time?.value).toBe('1987-03-11');
  }, 60_000);

  it('writes the sayer as the sentence names it, with the article it needs', () => {
    const [uk] = owned('Britain said its ambassador to Iran was expelled from Tehran on Tuesday.', '1987-04-01');
    expect(uk.title).toBe('Britain’s ambassador was expelled from Tehran');
    const [us] = owned('The U.S. said its ambassador to Iran was expelled from Tehran on Tuesday.', '1987-04-01');
    expect(us.title).toBe('The United States’ ambassador was expelled from Tehran');
    // (A short form of the document's name is written in full.)
    const [std] = owned(
      'Standard Oil Co reported results. Standard said its refined product sales also rose last year, to 644,500 barrels per day.',
      '1987-03-26',
    );
    expect(std.title).toBe('Standard Oil Co’s refined product sales rose');
  }, 60_000);

  it('keeps out a plural sayer, whose "their" is no one company\'s (Reuters, 2009-06-10)', () => {
    const text =
      'Sanofi-Aventis, GlaxoSmithKline, Novartis and Solvay all said their vaccine teams had obtained the new influenza A (H1N1) seed virus within the past fortnight, enabling them to begin the production process.';
    expect(owned(text, '2009-06-10')).toEqual([]);
    expect(whyNot(text, '2009-06-10')).toContain('obtained:possessive-pronoun-subject');
  }, 60_000);

  it('drops the clause when the sayer is a description that names no one (BBC, 2010-06-14)', () => {
    const text = 'The company said on Monday that its response to the incident has so far cost $1.6 bn.';
    expect(owned(text, '2010-06-14')).toEqual([]);
    expect(whyNot(text, '2010-06-14')).toContain('cost:possessive-pronoun-subject:sayer-not-an-organisation');
  }, 60_000);

  it('reads the day after "payable" as the payment\'s, not the declaration\'s (Reuters, 1987-03-03)', () => {
    // The sentence of the wire is "Continental General Insurance Co said its board of directors declared a 10 pct stock
    // dividend on common shares, payable April one ...", where "April" was read as April 1986; here with a day of its own.
    const [m] = events(
      "Continental General Insurance Co's board of directors yesterday declared a 10 pct stock dividend on common shares, payable April one to shareholders of record March 16.",
      '1987-03-03',
    );
    expect(m.rules).toContain('date-scope:payable-day');
    expect(m.time?.value).toBe('1987-03-02');
    const told =
      'Continental General Insurance Co said its board of directors declared a 10 pct stock dividend on common shares, payable April one to shareholders of record March 16.';
    expect(events(told, '1987-03-03').filter((x) => x.time?.value === '1986-04')).toEqual([]);
  }, 60_000);

  it('tells no happening of a light verb whose object is "no" something (Reuters, 1987-04-01)', () => {
    const text =
      'Gencorp Inc said its board took no action with respect to a two pct stock dividend at its annual meeting yesterday due to the press of other business.';
    expect(owned(text, '1987-04-01')).toEqual([]);
    expect(whyNot(text, '1987-04-01')).toContain('took:negated:light-verb-no-object');
  }, 60_000);

  it("leaves a party's fighting claim with its sayer (Reuters 1987)", () => {
    const [m] = events("Iraq said its warplanes launched two bombing raids on Iran's offshore Nowruz oilfield in the northern Gulf today.", '1987-03-02');
    expect(m.rules).not.toContain(RULE);
    expect(m.title).toMatch(/^Iraq said its warplanes launched/);
  }, 60_000);
});
