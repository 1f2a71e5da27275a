import { describe, expect, it } from 'vitest';
import { events } from '../events.harness';
import { analyseText } from './analyse';
import { tokenText } from './tokens';

/** The tag a word ends with, and the repair that set it (if any). */
function tagOf(sentence: string, word: string): { tag: string; rule: string | null } {
  const a = analyseText(sentence);
  for (let i = 0; i < a.tokens.count; i++) {
    if (tokenText(a.tokens, i) !== word) continue;
    const retag = a.retags.findLast((r) => r.token === i);
    return { tag: a.tokens.tag[i], rule: retag?.rule ?? null };
  }
  throw new Error(`no '${word}' in '${sentence}'`);
}

// Reuters, 13 April 1987.
const texpet =
  'Texas Petroleum Co, which posted a seven mln dlr profit in 1986 in Colombia, exploits in association with state-run oil company Ecopetrol some crude and natural gas wells.';

describe('tag repairs: the main verb after a relative aside (`verb-after-relative-aside`)', () => {
  it('reads "exploits" after ", which posted ...," as the verb of "Texas Petroleum Co"', () => {
    expect(tagOf(texpet, 'exploits')).toEqual({ tag: 'VERB', rule: 'verb-after-relative-aside' });
  });

  it('leaves a noun after an aside with a verb before it a noun', () => {
    expect(tagOf('BP said, which surprised analysts, profits in the quarter rose.', 'profits').rule).not.toBe('verb-after-relative-aside');
  });

  it('lists no Ecopetrol on "Texas Petroleum Co posted a seven mln dlr profit" (the relative clause ran to the end)', () => {
    const posted = events(texpet, '1987-04-13').find((m) => m.title === 'Texas Petroleum Co posted a seven mln dlr profit');
    expect(posted?.actors).toEqual(['texas-petroleum']);
  }, 60_000);
});
