import { describe, expect, it } from 'vitest';
import { findActorMentions } from './actors';

const surfaces = (text: string) => findActorMentions(text).map((m) => m.surface);

describe('a capitalised term that opens with a quantifier is no name', () => {
  it('lists no "Favoured Nation" for "withdrew Most Favoured Nation (MFN) trading status" (`quantifier-opens-capitalised-term`)', () => {
    // (Reuters, 5 March 1987.)
    const text =
      'The U.S. Imposed the measures and withdrew Most Favoured Nation (MFN) trading status from Poland in 1982 in retaliation for suppression of the Solidarity free trade union under martial law.';
    const found = surfaces(text);
    expect(found.filter((s) => /Favoured|Nation/.test(s))).toEqual([]);
    expect(found).toContain('Poland');
  });

  it('still reads a name after a quantifier that opens its sentence: "Most BP staff" keeps BP', () => {
    expect(surfaces('Most BP staff were evacuated from the platform on Tuesday.')).toContain('BP');
  });
});
