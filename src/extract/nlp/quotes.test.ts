import { describe, expect, it } from 'vitest';
import { quotedTokens } from './quotes';
import { tokenize, tokenText } from './tokens';

/** The words inside quotations, joined. */
function quotedWords(text: string): string {
  const t = tokenize(text);
  const q = quotedTokens(t);
  return Array.from({ length: t.count }, (_, i) => (q[i] ? tokenText(t, i) : '|'))
    .join(' ')
    .replace(/(\| )+\|?/g, '| ')
    .trim();
}

describe('quotations', () => {
  it('finds what is inside curly and straight quotation marks', () => {
    expect(quotedWords('“It is over,” Hayward said.')).toBe('| It is over , |');
    expect(quotedWords('He said, "Our visit reflects the highest level of mutual trust." Then he left.')).toBe(
      '| Our visit reflects the highest level of mutual trust . |',
    );
  });

  it('leaves scare quotes in the narrator\'s sentence: BP Plc permanently "killed" its deep-sea well', () => {
    expect(quotedWords('BP Plc permanently "killed" its deep-sea well.')).toBe('|');
  });

  it('keeps a one-word answer after a colon as a quotation: He said: "Never."', () => {
    expect(quotedWords('He said: "Never."')).toBe('| Never . |');
  });

  it('ends a quotation left open at the end of its paragraph (news style for a quote that runs on)', () => {
    expect(quotedWords('“We will stop it.\nBP said so.')).toBe('| We will stop it . |');
  });
});
