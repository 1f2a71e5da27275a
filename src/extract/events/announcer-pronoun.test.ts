import { describe, expect, it } from 'vitest';
import { events, whyNot } from '../events.harness';

const RULE = 'title:announced-pronoun-is-announcer';
const announced = (text: string, published: string) => events(text, published).filter((m) => m.rules.includes(RULE));

describe('what was announced, told with a pronoun that stands for the announcer (events/announcer-pronoun.ts)', () => {
  it('tells a decision announced by a company with "it", dated by the announcement (Washington Post, 2010-11-28)', () => {
    const [m, ...rest] = announced(
      "BP announced Sunday that it would sell its 60 percent interest in Pan American Energy's oil and gas operations in Argentina to Bridas Corp., which already owns the other 40 percent.",
      '2010-11-28',
    );
    expect(rest).toEqual([]);
    // (The stake keeps the company it is in, its percent dropped for room: `title:stake-percent-dropped`.)
    expect(m.title).toBe('BP announced that it would sell its interest in Pan American Energy');
    expect(m.time?.value).toBe('2010-11-28');
  }, 60_000);

  it("takes the announcing clause's day, not the day inside what was announced (BBC, 2010-07-15)", () => {
    const [m] = announced(
      "The Senate Foreign Relations Committee announced on Thursday it would hold a hearing on 29 July into the circumstances of Megrahi's release.",
      '2010-07-15',
    );
    expect(m.title).toBe('The Senate Foreign Relations Committee announced it would hold a hearing');
    expect(m.time?.value).toBe('2010-07-15');
  }, 60_000);

  it('tells "they" of a plural announcer (Reuters, 2009-05-16; Washington Post, 2010-05-06)', () => {
    // ("their warning" without "on travel to Mexico" was judged unplaceable; with it the title is 13 words, and none is
    // made: events/needed-phrase.ts `title:noun-keeps-its-complement`.)
    expect(announced('U.S. health officials later on Friday announced they were easing their warning on travel to Mexico.', '2009-05-16')).toEqual([]);
    expect(
      announced(
        'Louisiana officials announced Thursday that they had discovered two more dead birds, covered in oil, near the Grand Gosier Islands.',
        '2010-05-06',
      )[0]?.time?.value,
    ).toBe('2010-05-06');
  }, 60_000);

  it('keeps out an "it" that names nothing, and a pronoun that does not agree with the announcer', () => {
    // (An "it" of "be": a cleft, "announced today it was likely that ...".)
    expect(
      announced(
        'The New Zealand government announced today it was "likely" that 10 students who had recently returned from Mexico had contracted the virus.',
        '2009-04-26',
      ),
    ).toEqual([]);
    // (A person is no "it"; a single company is no "they".)
    expect(announced('Tony Hayward announced on Monday it would sell the stake.', '2010-06-01')).toEqual([]);
    expect(announced('BP announced on Monday they would sell the stake.', '2010-06-01')).toEqual([]);
  }, 60_000);

  it('keeps out a stance announced (Washington Post, 2010-06-03)', () => {
    expect(
      announced(
        "BP announced later Wednesday that it supports the administration's decision, and that the project will cost the company an estimated $360 million.",
        '2010-06-03',
      ),
    ).toEqual([]);
  }, 60_000);

  it('keeps out what was announced that the title would cut short', () => {
    // ("had begun [operating a second containment system]", "had any contact [with BP]", "will give owners [of its new
    // iPhone 4 a free case]".)
    expect(
      announced(
        'In its latest effort to contain the oil spewing into the Gulf of Mexico, BP announced on Wednesday morning that it had begun operating a second containment system designed to bring oil and gas to the surface for burning.',
        '2010-06-17',
      ),
    ).toEqual([]);
    expect(
      announced('The Scottish government denied on Friday it had any contact with BP before its decision last year to release the Libyan.', '2010-07-16'),
    ).toEqual([]);
    expect(
      announced(
        "Apple Inc. announced Friday that it will give owners of its new iPhone 4 a free case in response to mounting concerns over the device's antenna placement.",
        '2010-07-16',
      ),
    ).toEqual([]);
  }, 60_000);

  // A modal read as the verb head, a condition after the verb, an announcement the complement's own record tells with
  // its sayer.
  it('makes no verbless title when the tagger read the verb after "will" as no verb', () => {
    const text = 'GM announced on Monday that it will close the plant.';
    expect(events(text, '2009-04-10').map((m) => m.title)).not.toContain('GM announced that it will the plant');
    expect(events('Boeing announced on Monday that it will open a factory in China.', '2009-04-10').map((m) => m.title)).toEqual([]);
  }, 60_000);

  it('keeps a plan announced under a condition out, for a pronoun and for a named subject (title:announced-under-condition)', () => {
    for (const text of [
      'Sony announced on Monday that it would shut the factory if the talks failed.',
      'Toyota announced on Monday that it would cut 500 jobs unless the union agreed.',
      'GM announced on Monday that Opel would shut the factory if sales fell.',
    ]) {
      expect(events(text, '2009-04-10')).toEqual([]);
      expect(whyNot(text, '2009-04-10')).toContain('announced:title:announced-under-condition');
    }
    const [m] = events('Ryanair announced on Monday that it would not cancel flights.', '2009-04-10');
    expect(m.title).toBe('Ryanair announced that it would not cancel flights');
  }, 60_000);

  it('gives one record when the complement is already told with its sayer (title:announced-told-with-sayer)', () => {
    const ms = events('The Coast Guard announced on Saturday it had shut down two platforms.', '2009-04-10');
    expect(ms.map((m) => m.title)).toEqual(['The Coast Guard announced it had shut down two platforms']);
    expect(ms[0].rules).toContain('title:with-sayer');
    expect(whyNot('The WHO announced on Monday it had raised the alert level.', '2009-04-10')).toContain('announced:title:announced-told-with-sayer');
    expect(events('The WHO announced on Monday it had raised the alert level.', '2009-04-10').length).toBe(1);
  }, 60_000);

  it('keeps the object of a phrasal verb the parse took the particle for its preposition', () => {
    const ms = events('BP announced on Saturday that it would shut down two platforms.', '2009-04-10');
    expect(ms.map((m) => m.title)).toEqual(['BP announced that it would shut down two platforms']);
    expect(ms[0].rules).toContain(RULE);
  }, 60_000);
});
