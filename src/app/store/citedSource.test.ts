import { describe, expect, it } from 'vitest';
import { actorNameSet, namesASource } from './citedSource';

const actors = actorNameSet([
  { name: 'BP', aliases: ['BP PLC'] },
  { name: 'Reuters', aliases: [] },
]);

describe('an attribution is cited when it names a source', () => {
  it('names a source with a capital past its first word, in capitals, or as an actor', () => {
    for (const a of ['The US Coast Guard', 'the US Coast Guard', 'A BP spokesman', 'Mr Obama', 'North Korean state media', 'BP', 'KCNA', 'Reuters'])
      expect(namesASource(a, actors), a).toBe(true);
  });

  it('names a source by a capital the writer chose inside the sentence, not the one that opens it', () => {
    expect(namesASource('Suttles', actors, 'Suttles said the company had made progress.')).toBe(false);
    expect(namesASource('Suttles', actors, 'The company made progress, Suttles said on Monday.')).toBe(true);
    expect(namesASource('U.S. officials', actors, 'The well was capped, according to U.S. officials.')).toBe(true);
    expect(namesASource('It', actors, 'The slick grew, It said.')).toBe(false);
    expect(namesASource('The find', actors, 'The find suggests the scale of the potential environmental disaster is much worse.')).toBe(false);
  });

  it('cites no subject that is a thing or a pronoun ("The find suggests the scale of the potential environmental disaster is much worse")', () => {
    for (const a of ['The find', 'The slick', 'The latest report', 'it', 'he', 'He', 'you', 'I', 'the company', 'officials', 'Scientists'])
      expect(namesASource(a, actors), a).toBe(false);
  });
});
