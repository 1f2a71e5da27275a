import { describe, expect, it } from 'vitest';
import { findActorMentions } from './actors';
import { canonicalizeActors } from './canonical';

const found = (text: string, setAside?: Array<{ word: string; rule: string }>) => findActorMentions(text, undefined, setAside);

describe('actors joined by "and": one company with "and" inside, or a list of organisations', () => {
  it('reads "Gulf and Western Inc" and its short form whole (and-inside-company-name)', () => {
    const text =
      'NEW YORK, June 2 - Gulf and Western Inc said it named Pennzoil Co PZL chairman and chief executive officer J. Hugh Liedtke to its board. "Mr Liedtke is an outstanding addition to our board," said Gulf and Western chairman Martin Davis.';
    const m = found(text).filter((x) => x.kind === 'organization');
    const gw = m.filter((x) => x.surface.startsWith('Gulf and Western'));
    expect(gw.map((x) => x.surface)).toEqual(['Gulf and Western Inc', 'Gulf and Western']);
    expect(new Set(gw.map((x) => x.key)).size).toBe(1);
    expect(gw[0].rules).toContain('and-inside-company-name');
    expect(m.some((x) => x.surface === 'Western Inc' || x.surface === 'Western')).toBe(false);
  });

  it('keeps two companies when the words after "and" hold a head word (legal-form-ends-second-name)', () => {
    const m = found(
      'The cost of insuring the debt of BP, rig operator Transocean and Anadarko Petroleum Corp, which owns a 25 percent stake in the well, hit fresh highs on Wednesday.',
    );
    expect(m.map((x) => x.surface).slice(0, 3)).toEqual(['BP', 'Transocean', 'Anadarko Petroleum']);
  });

  it('reads one name when the same word stands either side of "and" and never alone (same-word-around-and)', () => {
    const m = found('Johnson and Johnson said it would appeal. Johnson and Johnson shares fell.');
    expect(m.map((x) => x.surface)).toEqual(['Johnson and Johnson', 'Johnson and Johnson']);
    expect(m[0].kind).toBe('organization');
    expect(m[0].rules).toContain('same-word-around-and');
    // "TransCanada PipeLines Ltd made a 4.3 billion Canadian dlr bid for Dome and Dome said ...": two clauses.
    const dome = found(
      'Dome Petroleum Ltd said TransCanada PipeLines Ltd made a 4.3 billion Canadian dlr bid for Dome and Dome said it is in talks with two other unidentified companies.',
    );
    expect(dome.some((x) => x.surface === 'Dome and Dome')).toBe(false);
  });

  it('marks a one-word name listed with an organisation (listed-with-organisation) and canonical makes it one', () => {
    const text =
      'Two years ago, the heads of General Motors and Chrysler were pilloried by congressmen for flying to Washington on corporate jets to plead for a taxpayer-funded bailout.';
    const m = found(text);
    const chrysler = m.find((x) => x.surface === 'Chrysler')!;
    expect(chrysler.rules).toContain('listed-with-organisation');
    const index = canonicalizeActors([{ doc: 'a.txt', mentions: m }]);
    const actor = index.actors.find((a) => a.name === 'Chrysler');
    expect(actor?.kind).toBe('organization');
    expect(index.rulesOf(actor!.id)).toContain('listed-with-organisation');
    // a list of three with a comma: "a three way deal among USAir, Piedmont and TWA"
    const three = found('USAir Group Inc said it was not interested in discussing a three way deal among USAir, Piedmont and TWA.');
    expect(three.find((x) => x.surface === 'Piedmont')?.rules).toContain('listed-with-organisation');
  });

  it('lists no firm named by two words joined by "and", nor a common noun, nor a name written with commas', () => {
    const cases = [
      'Earlier today, General Partners, owned by Wagner and Brown and AFG Industries Inc, launched the offer.',
      "On Friday, Louisiana's Department of Health and Hospitals announced severe restrictions on fishing.",
      'John H. Beisner and Ivan A. Schlager, Skadden, Arps, Slate, Meagher & Flom The two Skadden partners will be responsible.',
      'GenCorp Inc plans to use First Boston Corp and Kidder, Peabody and Co as financial advisers.',
    ];
    for (const t of cases)
      expect(
        found(t)
          .filter((x) => x.rules.includes('listed-with-organisation'))
          .map((x) => x.surface),
      ).toEqual([]);
  });

  it('gives a listed word to the person the corpus names before any organisation (Hayward and BP America)', () => {
    const a = found('Hayward and BP America were sued on Friday.');
    const b = found('BP chief executive Tony Hayward said the company would pay.');
    const index = canonicalizeActors([
      { doc: 'a.txt', mentions: a },
      { doc: 'b.txt', mentions: b },
    ]);
    expect(index.actors.some((x) => x.name === 'Hayward' && x.kind === 'organization')).toBe(false);
  });

  it('reads no actor in letters glued by a slash to a number, a model designation (slash-model-designation)', () => {
    // (modelled on the 1987 wire record the audit judged: "PS" of "PS/2" listed as an actor)
    const aside: Array<{ word: string; rule: string }> = [];
    const m = found('International Business Machines Corp said it would cut prices of its PS/2 computers.', aside);
    expect(m.some((x) => x.surface === 'PS')).toBe(false);
    expect(aside).toContainEqual({ word: 'PS', rule: 'slash-model-designation' });
  });
});
