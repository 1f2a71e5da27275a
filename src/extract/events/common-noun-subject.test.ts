import { describe, expect, it } from 'vitest';
import { whyNot } from '../events.harness';

// Reuters 1987 wire copy, judged unreadable blind (docs/audit/reuters-unseen48-pair.json, reuters-unseen46-pair.json):
// a subject of "the" or "a" and common nouns only (events/common-noun-subject.ts).
describe('events: a common-noun subject on a wire story (subject-cannot-be-placed:common-noun-on-wire)', () => {
  it('makes no event of "The price was last changed" or "The provision for loan losses jumped" under a dateline', () => {
    const price = 'LOS ANGELES, Oct 19 - Unocal Corp said it raised its posted price for crude oil.\n\nThe price was last changed September 9, Unocal said.';
    expect(whyNot(price, '1987-10-19')).toContain('changed:subject-cannot-be-placed:common-noun-on-wire');
    const provision =
      'NEW YORK, Oct 20 - Bankers Trust New York Corp reported a third-quarter loss.\n\nAt September 30, the provision for loan losses jumped to 1.30 billion dlrs from 455 mln at the same time last year.';
    expect(whyNot(provision, '1987-10-20')).toContain('jumped:subject-cannot-be-placed:common-noun-on-wire');
  }, 60_000);

  it('keeps a subject with a name, and the same sentence in a story with no dateline', () => {
    const named = 'LOS ANGELES, Oct 19 - Unocal Corp said it raised its posted price for crude oil.\n\nThe Unocal price was last changed September 9.';
    expect(whyNot(named, '1987-10-19')).not.toContain('changed:subject-cannot-be-placed:common-noun-on-wire');
    const plain = 'Unocal Corp said it raised its posted price for crude oil.\n\nThe price was last changed September 9, Unocal said.';
    expect(whyNot(plain, '1987-10-19')).not.toContain('changed:subject-cannot-be-placed:common-noun-on-wire');
    const gatt =
      'GENEVA, April 8 - Trade ministers met in Geneva today.\n\nThe U.S. delegation held its first meeting with the Community in February and is expected to meet again in May.';
    expect(whyNot(gatt, '1987-04-08')).not.toContain('held:subject-cannot-be-placed:common-noun-on-wire');
  }, 60_000);
});
