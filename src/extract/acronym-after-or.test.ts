import { describe, expect, it } from 'vitest';
import { events } from './events.harness';
import { analyseText } from './nlp/analyse';

const SARS =
  'An outbreak of severe acute respiratory syndrome, or SARS, which disrupted travel, trade and workplaces in 2003, cost the Asia Pacific region an estimated $40 billion.';

describe('a short form after ", or" (acronym-after-or)', () => {
  it('reads the capitals whose letters are the phrase initials as its apposition, not a second member of a list', () => {
    const a = analyseText(SARS);
    const np = a.nounPhrases[0].find((x) => a.tokens.norm[x.head] === 'syndrome');
    expect(np?.rules).toContain('acronym-after-or');
    expect(np?.conjuncts).toEqual([]);
    expect(np?.appositive && a.tokens.norm[np.appositive.start]).toBe('sars');
  });

  it('closes the aside in the title (title:acronym-kept-closed)', () => {
    const m = events(SARS, '2009-04-27').find((x) => x.time?.value === '2003');
    expect(m?.title).toBe('Severe acute respiratory syndrome, or SARS, disrupted travel, trade and workplaces');
    expect(m?.rules).toContain('title:acronym-kept-closed');
  });

  it('leaves a list whose second member is no short form of the first', () => {
    const a = analyseText('Shares of Texaco, or IBM, rose sharply on Monday.');
    const np = a.nounPhrases[0].find((x) => a.tokens.norm[x.head] === 'texaco');
    expect(np).toBeDefined();
    expect(np?.rules).not.toContain('acronym-after-or');
  });
});
