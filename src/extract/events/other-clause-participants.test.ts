import { describe, expect, it } from 'vitest';
import { events } from '../events.harness';

describe('phrases of another happening in the same sentence name no participant', () => {
  it('gives "Apple introduced the iMac" no iPod nor Mac OS X of the gapped 2001 and 2002 clauses (participants:gapped-clause-after-time)', () => {
    const text =
      'In 1998 Apple introduced the iMac personal computer, in 2001 the iPod music player and the following year the Mac OS X operating system was released.';
    const m = events(text, '2011-10-06').find((x) => x.title === 'Apple introduced the iMac personal computer')!;
    expect(m.rules).toContain('participants:gapped-clause-after-time');
    expect(m.actors).toContain('imac');
    expect(m.actors).not.toContain('ipod');
    expect(m.actors).not.toContain('mac-os-x');
  });

  it('gives the announcement no iPod nor iTunes of the event its time is counted from (participants:of-phrase-on-time)', () => {
    const text =
      'Within one month of the iPod nano and iTunes phone special event, Apple Computer announced today another special event to be held on October 12.';
    const m = events(text, '2005-10-04').find((x) => x.title.startsWith('Apple Computer announced'))!;
    expect(m.rules).toContain('participants:of-phrase-on-time');
    expect(m.actors).toEqual(['apple-computer']);
  });
});

describe('"following" read as a participle (participants:following-as-preposition)', () => {
  it('gives "Steve Jobs returned to the company" no Apple Computer of the purchase it followed', () => {
    // ("the company" of the real sentence, no company named before it, is dropped since ref41
    // (object-cannot-be-placed:company-not-named): the rule is read on a named place of return.)
    const text = "Steve Jobs returned to Cupertino in 1996, following Apple Computer's purchase of NeXT.";
    const m = events(text, '2011-10-06').find((x) => x.title === 'Steve Jobs returned to Cupertino')!;
    expect(m.rules).toContain('participants:following-as-preposition');
    expect(m.actors).toEqual(['steve-jobs']);
  });
});
