import { describe, expect, it } from 'vitest';
import { analyseText } from '../nlp/analyse';
import type { TitleRole } from './candidates';
import { phraseKeptAt, placingWord } from './placing-words';

const at = (text: string) => {
  const a = analyseText(text);
  const t = a.tokens;
  return { t, i: (w: string) => t.norm.findIndex((n) => n.toLowerCase() === w) };
};

describe('placingWord: a name, a number or a capital places a phrase', () => {
  it('reads "Mexican" and "23-year-old"s number as placing, "sick" not ("The sick 23-year-old Mexican man had arrived")', () => {
    const { t, i } = at('The sick 23-year-old Mexican man had arrived in Beijing.');
    expect(placingWord(t, i('mexican'))).toBe(true);
    expect(placingWord(t, i('sick'))).toBe(false);
    expect(t.norm.some((_, k) => t.tag[k] === 'NUM' && placingWord(t, k))).toBe(true);
  });
});

describe('phraseKeptAt: a preposition or "to" the title keeps after a phrase', () => {
  it('reads "in" of "The two sides in the dispute met" as kept, and not when the title leaves it out', () => {
    const { t, i } = at('The two sides in the dispute met on Friday.');
    const kept = new Map<number, TitleRole>([
      [i('sides'), 'subject'],
      [i('in'), 'subject'],
    ]);
    expect(phraseKeptAt(t, kept, i('in'))).toBe(true);
    expect(phraseKeptAt(t, new Map<number, TitleRole>([[i('sides'), 'subject']]), i('in'))).toBe(false);
  });

  it('reads no phrase at the verb ("The man arrived"), nor at a word that is no preposition', () => {
    const { t, i } = at('The man arrived in Beijing.');
    expect(phraseKeptAt(t, new Map<number, TitleRole>([[i('arrived'), 'verb']]), i('arrived'))).toBe(false);
    expect(phraseKeptAt(t, new Map<number, TitleRole>([[i('beijing'), 'object']]), i('beijing'))).toBe(false);
  });
});
