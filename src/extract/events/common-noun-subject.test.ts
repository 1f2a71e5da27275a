import { describe, expect, it } from 'vitest';
import { events, whyNot } from '../events.harness';

const titles = (text: string, published: string) => events(text, published).map((m) => m.title);

// Reuters 1987 wire copy, judged unreadable blind (docs/audit/reuters-unseen48-pair.json, reuters-unseen46-pair.json,
// reuters-wire46-main.json): a figure that moved, told by a subject of common nouns only (events/common-noun-subject.ts).
describe('events: a figure of no one that moved (subject-cannot-be-placed:common-noun-that-moved)', () => {
  it('makes no event of "The price was last changed" or "The taxes ... rose to 4.4 pct"', () => {
    const price = 'LOS ANGELES, Oct 19 - Unocal Corp said it raised its posted price for crude oil.\n\nThe price was last changed September 9, Unocal said.';
    // (A price is read first by `price-of-nothing-named`; either way the clause is unplaced.)
    expect(whyNot(price, '1987-10-19').some((r) => r.startsWith('changed:subject-cannot-be-placed:'))).toBe(true);
    const taxes =
      'KUALA LUMPUR, June 22 - Malaysia cut its tin export duty.\n\nThe taxes, levied on the tin mines, rose to 4.4 pct this month from 1.1 pct ad valorem over the past year.';
    expect(whyNot(taxes, '1987-06-22')).toContain('rose:subject-cannot-be-placed:common-noun-that-moved');
  }, 60_000);

  it('keeps a figure whose owner the title names, and a common-noun subject whose verb tells no figure', () => {
    const named = 'LOS ANGELES, Oct 19 - Unocal Corp said it raised its posted price for crude oil.\n\nThe Unocal price was last changed September 9.';
    expect(whyNot(named, '1987-10-19')).not.toContain('changed:subject-cannot-be-placed:common-noun-that-moved');
    // (A phrase kept after the head is title:placing-phrase's: "The pressure in the well dropped".)
    expect(whyNot('The pressure in the well dropped quickly on Tuesday, engineers said.', '2010-08-05')).not.toContain(
      'dropped:subject-cannot-be-placed:common-noun-that-moved',
    );
    // (A figure of events/ownerless-figure.ts's lists is left to it: it names the owner, `title:owner-of-figure`.)
    const exxon = 'NEW YORK, March 2 - Exxon Corp reported its 1986 results.\n\nExxon said that the ratio of debt to capital was cut by 1.6 pct in 1986.';
    expect(whyNot(exxon, '1987-03-02')).not.toContain('cut:subject-cannot-be-placed:common-noun-that-moved');
    // (A currency's name says which figure moved: "The dollar rose to 1.8250/60 marks on Friday".)
    expect(titles('The dollar rose to 1.8250/60 marks on Friday.', '1987-03-24')).toEqual(['The dollar rose to 1.8250/60 marks']);
    // (Timeline17, the story's own thing: "The rig sank" is no figure.)
    const rig = 'The Deepwater Horizon rig exploded on April 20. Two days later, on April 22, the rig sank.';
    expect(whyNot(rig, '2010-05-01')).not.toContain('sank:subject-cannot-be-placed:common-noun-that-moved');
    expect(titles(rig, '2010-05-01').join(' | ')).toMatch(/sank/);
  }, 60_000);
});
