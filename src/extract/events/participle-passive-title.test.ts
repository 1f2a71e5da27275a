/**
 * A past participle that describes its noun ("RICO, passed by Congress in 1970, contains ...") tells that the noun was
 * passed: its title is written as the passive it stands for, with the auxiliary the reduced relative leaves out
 * (`title:passive-auxiliary-supplied`), when who did it is named. Sentences from the Timeline17 topics.
 */
import { describe, expect, it } from 'vitest';
import { analyseText } from '../nlp/analyse';
import { verbText } from '../nlp/describe';
import { events, whyNot } from '../events.harness';

const EPA =
  'The study by the Environmental Protection Agency, released on Monday, showed the dispersant widely used in response to the oil spill in the Gulf, called Corexit 9500A, was "generally no more or less toxic than the other available alternatives".';

describe('a participle after the "by" phrase of its noun', () => {
  it('describes the noun the phrase is of, not the agency: participle-describes-authored-noun', () => {
    const a = analyseText(EPA);
    const released = a.clauses.find((c) => verbText(a, c) === 'released');
    expect(released?.rules).toContain('participle-describes-authored-noun');
    expect(released?.subject && a.text.slice(a.tokens.start[released.subject.start], a.tokens.end[released.subject.end - 1])).toBe('The study');
  });

  it('titles "The study by the Environmental Protection Agency was released", the agency its actor, on the day of "on Monday"', () => {
    const m = events(EPA, '2010-08-02').find((x) => x.title.includes('released'));
    expect(m?.title).toBe('The study by the Environmental Protection Agency was released');
    expect(m?.time?.value).toBe('2010-08-02');
    expect(m?.rules).toContain('title:passive-auxiliary-supplied');
    expect(m?.rules).toContain('participants:maker-of-authored-noun');
    expect(m?.actors).toEqual(['environmental-protection-agency']);
  }, 60_000);
});

describe('a participle with its named agent', () => {
  it('gives no title to "another" document: "Another undated BP document was released by Sen. Charles E. Grassley" (`subject-cannot-be-placed:another`)', () => {
    // (Judged unreadable: "'Another' document has no referent".)
    const s =
      "Another undated BP document, released by Sen. Charles E. Grassley (R-Iowa) last week, has an even more dramatic worst-case scenario for the well's flow rate.";
    expect(events(s, '2010-06-21').find((x) => x.title.includes('released'))).toBeUndefined();
    expect(whyNot(s, '2010-06-21')).toContain('released:subject-cannot-be-placed:another');
  }, 60_000);

  it('writes "were" for a plural noun: "Vaccine experts were convened by the WHO"', () => {
    const s = 'Vaccine experts convened by the WHO on Thursday did not reach a firm conclusion about whether such a switch should take place, Fukuda said.';
    const m = events(s, '2009-05-15').find((x) => x.title.includes('convened'));
    expect(m?.title).toBe('Vaccine experts were convened by the WHO');
    expect(m?.time?.value).toBe('2009-05-14');
  }, 60_000);

  it('writes "was" for a company whose name is a list ending on its legal form: "Merrill Lynch and Co was recommended"', () => {
    // (Reuters, 19 March 1987.)
    const s = 'Merrill Lynch and Co, recommended today by a PaineWebber analyst, rose 2-5/8 to 45-3/8.';
    const m = events(s, '1987-03-19').find((x) => x.title.includes('recommended'));
    expect(m?.title).toBe('Merrill Lynch and Co was recommended by a PaineWebber analyst');
  }, 60_000);

  it('writes "were" for a counted noun: "Two DC-10ER\'s were ordered by Thai Air"', () => {
    // (Reuters, 1987; "other" is left out, `title:other-after-count-left-out`.)
    const s = "The company said the nine aircraft, together with two other DC-10ER's ordered earlier this year by Thai Air, are worth about one billion dlrs.";
    const m = events(s, '1987-04-02').find((x) => x.title.includes('ordered'));
    expect(m?.title).toBe("Two DC-10ER's were ordered by Thai Air");
  }, 60_000);

  it('leaves a noun that names nothing without an event: "Details were released by the White House" cannot be placed', () => {
    const s =
      "A $20 billion compensation fund established for victims of the oil spill may use revenue from BP's oil and gas drilling as collateral, according to details released this week by the White House.";
    const titles = events(s, '2010-08-13').map((m) => m.title);
    expect(titles.some((x) => x.includes('were released') || x.includes('was released'))).toBe(false);
  }, 60_000);

  it("gives no auxiliary to a participle after a caption's verb in the present, whose date is the caption's", () => {
    const s =
      'Bystanders take photographs of the presidential motorcade along Casino Beach on Pensacola Beach, as the president visits the Gulf Coast region affected by the BP Deepwater Horizon oil spill on June 15, 2010.';
    const found = events(s, '2010-06-16');
    expect(found.map((m) => m.title)).not.toContain('The Gulf Coast region was affected by the BP Deepwater Horizon oil spill');
    expect(found.some((m) => m.rules.includes('title:passive-auxiliary-supplied'))).toBe(false);
  }, 60_000);
});
