import nlp from 'compromise';
import { describe, expect, it } from 'vitest';
import { DICTIONARY_WORDS } from './dictionary-words';

describe('lexicon/dictionary-words.ts', () => {
  it("lists the single words of the installed compromise's lexicon (else: node scripts/lexicon/dictionary-words.mjs)", () => {
    const lexicon = Object.keys((nlp.model() as { one: { lexicon: Record<string, unknown> } }).one.lexicon).filter((w) => /^[a-z]+$/.test(w));
    expect([...DICTIONARY_WORDS]).toEqual([...lexicon].sort());
  });
});
