import { describe, expect, it } from 'vitest';
import { analyseText } from './analyse';
import { phraseText } from './describe';
import type { NounPhrase } from './noun-phrases';
import { spanText, tokenText } from './tokens';

/** The sentence's noun phrases, as written. */
function phrases(sentence: string): { a: ReturnType<typeof analyseText>; nps: NounPhrase[]; texts: string[] } {
  const a = analyseText(sentence);
  const nps = a.nounPhrases[0];
  return { a, nps, texts: nps.map((np) => phraseText(a, np)) };
}

describe('noun phrases', () => {
  it.each([
    ['The spill began on 20 April.', ['The spill', '20 April']],
    ['An 11-year-old boy and nearly 5,000 workers got $1.55 billion from BP.', ['An 11-year-old boy and nearly 5,000 workers', '$1.55 billion', 'BP']],
    ['Biden flew over the wreckage of the Francis Scott Key Bridge.', ['Biden', 'the wreckage', 'the Francis Scott Key Bridge']],
    ['It unleashed the worst offshore oil spill in US history.', ['It', 'the worst offshore oil spill', 'US history']],
    ["Secretary of State Hillary Clinton met the Jacksonian's president.", ['Secretary of State Hillary Clinton', "the Jacksonian's president"]],
    ['Apple introduced an iPod capable of displaying video.', ['Apple', 'an iPod', 'capable', 'video']],
    // (The letters before a currency sign are the amount's: "rose US $5.41", currency-country-prefix.)
    ['Shares of Acme rose US $5.41 yesterday.', ['Shares of Acme', 'US $5.41', 'yesterday']],
    // (The unit of a rate joins no list: "per day, and the Wild Mary well" are two phrases.)
    [
      'It recalled the gusher, which blew out at 100,000 barrels per day, and the Wild Mary well, which spewed for 11 days.',
      ['It', 'the gusher', '100,000 barrels', 'day', 'the Wild Mary well', '11 days'],
    ],
    // (Two bare nouns after one preposition are its list, bare-nouns-of-preposition: "cable" is no subject of "began".)
    ['The effort to lower it by rope and pulley to the seabed began late Monday.', ['The effort', 'it', 'rope and pulley', 'the seabed', 'late Monday']],
    // (A bare noun right before a second "and" belongs to the words after it, "gas and oil leaks": no "9 workers and gas".)
    ['The blast killed 9 workers and gas and oil leaks followed.', ['The blast', '9 workers', 'gas', 'oil leaks']],
    // (After "the", a noun is its phrase's head: "cost the firm $90m" is two objects; "a record $17bn loss" is one.)
    ['The leak had cost the firm $90m so far.', ['The leak', 'the firm', '$90m']],
  ])('%s → %j', (sentence, expected) => {
    expect(phrases(sentence).texts).toEqual(expected);
  });

  it('keeps a time set off by its comma out of the list of names after it (time-before-comma-not-in-list)', () => {
    const { texts, nps } = phrases('On Tuesday, BP and other oil industry executives traded blame in Congress.');
    expect(texts).toEqual(['Tuesday', 'BP and other oil industry executives', 'blame', 'Congress']);
    expect(nps[1].conjuncts[0].rules).toContain('time-before-comma-not-in-list');
    expect(phrases('Monday, Tuesday and Wednesday were busy.').texts[0]).toBe('Monday, Tuesday and Wednesday');
  });

  it('reads a hyphened measure with its conversion in brackets as one phrase ("a 6in-wide (15cm) tube")', () => {
    expect(phrases('BP tried to thread a 6in-wide (15cm) tube into the pipe.').texts).toContain('a 6in-wide (15cm) tube');
  });

  it('holds quoted words inside a phrase (quoted-words-in-phrase)', () => {
    // ("The blowout preventer was used in the top kill operation": cut at the quotes, the phrase lost its determiner.)
    const { texts, nps } = phrases('The blowout preventer was used in the "top kill" operation on Wednesday.');
    expect(texts).toEqual(['The blowout preventer', 'the "top kill" operation', 'Wednesday']);
    expect(nps[1].rules).toContain('quoted-words-in-phrase');
    expect(phrases('BP tried a "static kill" last week.').texts).toEqual(['BP', 'a "static kill"', 'last week']);
    expect(phrases('Engineers fired the so-called "junk shot" into the well.').texts).toContain('the so-called "junk shot"');
    // ("such" before "a" is the phrase's: such-a-in-phrase.)
    const such = phrases('Mr Dudley added that such a "perfect case" was threatened by the hurricane season.');
    expect(such.texts).toContain('such a "perfect case"');
    expect(such.nps[1].rules).toContain('such-a-in-phrase');
    // (A list does not run past a quotation closed before ", and" and a new subject with its verb.)
    expect(phrases('Obama hailed the move as a "positive sign", and BP\'s shares rallied in early trading.').texts).toContain("BP's shares");
    // (A quoted verb is no name of a phrase.)
    expect(phrases('BP said it had "killed" the well.').texts).toEqual(['BP', 'it', 'the well']);
  });

  it('holds a comma between two adjectives of one noun inside its phrase (coordinate-adjectives-comma)', () => {
    // ("The administration issued a new, more limited ban today", the Guardian of 13 July 2010: cut at the comma, the
    // object was "a new" and the clause made no event.)
    const { texts, nps } = phrases('The administration issued a new, more limited ban today.');
    expect(texts).toEqual(['The administration', 'a new, more limited ban', 'today']);
    expect(nps[1].rules).toContain('coordinate-adjectives-comma');
    expect(phrases('The company faces a long, costly legal battle.').texts).toContain('a long, costly legal battle');
    // (Not before a noun with its verb: a new clause's subject.)
    expect(phrases('BP was the largest, federal officials said.').texts).toEqual(['BP', 'the largest', 'federal officials']);
    // ("far" before a preposition is no word of the phrase before it: far-before-preposition.)
    expect(phrases('Three weeks ago, an oil rig far off the coast of Louisiana was hit with a sudden, massive explosion.').texts).toEqual([
      'Three weeks',
      'an oil rig',
      'the coast',
      'Louisiana',
      'a sudden, massive explosion',
    ]);
    // (Not a list of adjectives closed by "and".)
    expect(phrases('It was the first, second and third well.').texts).not.toContain('the first, second');
  });

  it('records a list of bare nouns after one preposition', () => {
    const { nps } = phrases('The effort to lower it by rope and pulley to the seabed began late Monday.');
    expect(nps[2].rules).toContain('bare-nouns-of-preposition');
  });

  it('finds the head, the determiner, the modifiers and the name of "the Deepwater Horizon oil rig"', () => {
    const { a, nps } = phrases('The rig was the Deepwater Horizon oil rig.');
    const rig = nps[1];
    expect(tokenText(a.tokens, rig.head)).toBe('rig');
    expect(tokenText(a.tokens, rig.determiner)).toBe('the');
    expect(rig.modifiers.map((i) => tokenText(a.tokens, i))).toEqual(['Deepwater', 'Horizon', 'oil']);
    expect(rig.names.map(([s, e]) => spanText(a.tokens, s, e - 1))).toEqual(['Deepwater Horizon']);
    expect(rig.properName).toBeNull();
  });

  it('gives "Swiss drilling giant Transocean" its name as head', () => {
    const { a, nps } = phrases('The rig was leased from Swiss drilling giant Transocean.');
    const giant = nps.find((np) => phraseText(a, np).startsWith('Swiss'))!;
    expect(tokenText(a.tokens, giant.head)).toBe('Transocean');
    expect(spanText(a.tokens, giant.properName![0], giant.properName![1] - 1)).toBe('Transocean');
    expect(tokenText(a.tokens, giant.preposition)).toBe('from');
  });

  it('keeps the possessor of "BP\'s chief executive"', () => {
    const { a, nps } = phrases("BP's chief executive resigned.");
    expect(phraseText(a, nps[0])).toBe("BP's chief executive");
    expect(phraseText(a, nps[0].possessor)).toBe("BP's");
    expect(tokenText(a.tokens, nps[0].head)).toBe('executive');
  });

  it('joins "Tony Hayward, BP\'s chief executive," as a name with its apposition', () => {
    const { a, nps } = phrases('Tony Hayward, BP’s chief executive, stepped down.');
    expect(phraseText(a, nps[0])).toBe('Tony Hayward, BP’s chief executive');
    expect(phraseText(a, nps[0].appositive)).toBe('BP’s chief executive');
    expect(nps[0].rules).toContain('apposition');
    expect(tokenText(a.tokens, nps[0].head)).toBe('Hayward');
  });

  it('carries a description over its prepositional phrases: "Joseph Domenech, the chief veterinary officer at the U.N. Food and Agriculture Organisation, told"', () => {
    const { a, nps } = phrases('Joseph Domenech, the chief veterinary officer at the U.N. Food and Agriculture Organisation, told Reuters.');
    expect(phraseText(a, nps[0])).toBe('Joseph Domenech, the chief veterinary officer');
  });

  it('coordinates "BP and Transocean" and lists "BP, Transocean and Halliburton"', () => {
    const { a, nps } = phrases('BP and Transocean blamed BP, Transocean and Halliburton.');
    expect(nps[0].conjuncts.map((c) => phraseText(a, c))).toEqual(['BP', 'Transocean']);
    expect(nps[1].conjuncts.map((c) => phraseText(a, c))).toEqual(['BP', 'Transocean', 'Halliburton']);
    expect(nps[0].rules).toEqual(['coordination']);
  });

  it('does not coordinate across two clauses: "BP blamed Transocean and Halliburton denied it"', () => {
    const { texts } = phrases('BP blamed Transocean and Halliburton denied it.');
    expect(texts).toEqual(['BP', 'Transocean', 'Halliburton', 'it']);
  });

  it('knows a time from a participant: "Monday", "20 April", "two days", but not "An April 20 explosion"', () => {
    const { a, nps } = phrases('An April 20 explosion killed 11 workers on Monday and the rig sank two days later in 2010, not last summer.');
    const temporal = nps.filter((np) => np.temporal).map((np) => phraseText(a, np));
    expect(temporal).toEqual(['Monday', 'two days', '2010', 'last summer']);
  });

  it('leaves "Apple Computer today" as a company and a time', () => {
    expect(phrases('Apple Computer today launched a 3G version of its iPhone device.').texts.slice(0, 2)).toEqual(['Apple Computer', 'today']);
  });

  it('does not take a subordinator for a preposition: "After more work has been done"', () => {
    const { nps } = phrases('After more work has been done, we will know.');
    expect(nps[0].preposition).toBe(-1);
  });
});
