import { describe, expect, it } from 'vitest';
import { events } from '../events.harness';

const dated = (text: string, published: string) => events(text, published).filter((m) => m.time);

// Reuters 1987, the Iran-Iraq war (audit reuters-wire44-main): titles that lost a word the sentence needs.
describe('events: words a title cannot leave out (Reuters wire44)', () => {
  it('heads "its major offensive" on its last word, not on "its" (head-after-possessive)', () => {
    const offensive =
      'Iran announced tonight that its major offensive against Iraq in the Gulf war had ended after dealing savage blows against the Baghdad government.';
    const titles = dated(offensive, '1987-02-26').map((m) => m.title);
    expect(titles).toContain('Iran announced that its major offensive had ended');
    expect(titles.some((x) => /\bits had\b/.test(x))).toBe(false);
  });

  it('keeps the gerund between "after" and its object (title:gerund-after-preposition-kept)', () => {
    const offensive =
      'Iran announced tonight that its major offensive against Iraq in the Gulf war had ended after dealing savage blows against the Baghdad government.';
    const m = dated(offensive, '1987-02-26').find((x) => x.rules.includes('title:gerund-after-preposition-kept'));
    expect(m?.title).toBe('Iran announced its major offensive had ended after dealing savage blows');
  });

  it('keeps both verbs joined by "or" (title:or-verbs-kept)', () => {
    const toll = 'Iran said over 2,600 Iraqis had been killed or wounded yesterday.';
    const m = dated(toll, '1987-04-08');
    expect(m.map((x) => x.title)).toEqual(['Iran said over 2,600 Iraqis had been killed or wounded']);
    expect(m[0].rules).toContain('title:or-verbs-kept');
  });

  it('dates the saying, not the words said, by a time right after "said" (date-scope:of-the-saying-before-its-words)', () => {
    const fired = 'A British naval source in the Gulf said last week Iran had fired one test missile against a hulk in the strait.';
    expect(dated(fired, '1987-03-29').map((m) => m.title)).toEqual([]);
    const silkworm =
      'A U.S. State Department spokesman said last week Iran had acquired Chinese-made Silkworm missiles which posed a greater threat to shipping in the Gulf than the weapons previously used.';
    expect(dated(silkworm, '1987-03-25').map((m) => m.title)).toEqual([]);
    // (A named sayer's announcement is told with its sayer, on the saying's day.)
    const coast = dated('The Coast Guard said Saturday it had shut down two offshore platforms.', '2010-05-02');
    expect(coast.map((m) => m.title)).toEqual(['The Coast Guard said it had shut down two offshore platforms']);
    expect(coast[0].rules).toContain('date-scope:of-the-saying-before-its-words');
  });
});
