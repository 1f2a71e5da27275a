import { describe, expect, it } from 'vitest';
import { events } from '../events.harness';

describe('a company described with a nation or a trade ("the British energy firm")', () => {
  it('names the one company the article has just named: "BP\'s shares fell 3.4%"', () => {
    const text =
      "BP said it would pay. BP's chief executive is due to appear before Congress for the first time next week. The British energy firm's shares fell 3.4% on Wednesday over worries that the company will have to suspend its dividend payments because of the disaster.";
    const m = events(text, '2010-06-10').find((x) => /fell/.test(x.title));
    expect(m?.title).toMatch(/^BP's shares fell 3\.4%/);
    expect(m?.rules).toEqual(expect.arrayContaining(['subject:company-described-with-modifiers', 'subject:company-named-before']));
  });

  it('leaves "the rival firm" alone: another company', () => {
    const text =
      "BP said it would pay. BP's chief executive is due to appear before Congress next week. The rival energy firm's shares fell 3.4% on Wednesday.";
    // (No title names BP for the rival's shares: with no company it can name, the clause makes no event.)
    const found = events(text, '2010-06-10');
    expect(found.filter((x) => /shares fell/.test(x.title))).toEqual([]);
    expect(found.flatMap((x) => x.rules)).not.toContain('subject:company-described-with-modifiers');
  });
});
