import { describe, expect, it } from 'vitest';
import { joinSpacedNameHyphens } from './spaced-hyphen';
import { Flag, tokenize } from './tokens';

const glued = (text: string, word: string) => {
  const t = tokenize(text);
  const i = [...Array(t.count).keys()].find((k) => t.text.slice(t.start[k], t.end[k]) === word)!;
  return (t.flags[i] & Flag.GLUED) !== 0;
};

describe('spaced-name-hyphen', () => {
  it('joins the spaced hyphen of a name: "passed Wal - Mart", "The Trans - Alaska pipeline"', () => {
    expect(glued('Apple in February passed Wal - Mart to become the No. 1 music seller.', 'Mart')).toBe(true);
    expect(glued('The Trans - Alaska pipeline system was closed on Saturday.', 'Alaska')).toBe(true);
  });

  it('leaves a dash between phrases: a credit, a month, a list, a possessive', () => {
    expect(glued('Photo: Alastair Grant - AP', 'AP')).toBe(false);
    expect(glued("Three are in London - Alleyn's School in Dulwich.", 'Alleyn')).toBe(false);
    expect(glued('It is one that Ken - Secretary Salazar - and I looked at.', 'Secretary')).toBe(false);
    expect(glued('The test came in April - Gas and oil were found.', 'Gas')).toBe(false);
  });

  it('joins the same words in a string: ["passed", "Wal-Mart", "to"]', () => {
    expect(joinSpacedNameHyphens('passed Wal - Mart to become'.split(' '))).toEqual(['passed', 'Wal-Mart', 'to', 'become']);
    expect(joinSpacedNameHyphens('Alastair Grant - AP'.split(' '))).toEqual(['Alastair', 'Grant', '-', 'AP']);
  });
});
