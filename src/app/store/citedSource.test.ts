import { describe, expect, it } from 'vitest';
import { actorNameSet, namesASource } from './citedSource';
import { citedNames } from './timelineIndex';

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

  it("counts no phrase after a dateline's dash or bracket, nor a determiner, as named inside the sentence", () => {
    expect(namesASource('The company', actors, 'HOUSTON (Reuters) - The company said on Monday it had capped the well.')).toBe(false);
    expect(namesASource('The company', actors, 'July 5 - The company says the cost of the spill has reached $3.12 billion.')).toBe(false);
    expect(namesASource('This', actors, 'Oil prices rose, This said.')).toBe(false);
    expect(namesASource('Suttles', actors, 'HOUSTON (Reuters) - Suttles said the company had made progress.')).toBe(false);
    expect(namesASource('Suttles', actors, 'LONDON (Reuters) -- Suttles said the company had made progress.')).toBe(false);
    // a capital past the first word still names someone after a dateline
    expect(namesASource('The US Coast Guard', actors, 'July 5 - The US Coast Guard said the slick had grown.')).toBe(true);
  });
});

describe('citedNames', () => {
  it('cites no "The company" from a dateline, so no report reads "according to The company"', () => {
    const mention = (attribution: string, sentence: string) => ({ attribution, sentence });
    const events = [
      { mentions: [mention('The company', 'HOUSTON (Reuters) - The company said on Monday it had capped the well.')] },
      { mentions: [mention('The company', 'The company said the cost of the spill had risen.')] },
      { mentions: [mention('Suttles', 'The well was capped, Suttles said on Monday.')] },
    ] as unknown as Parameters<typeof citedNames>[0];
    const names = citedNames(events, actors);
    expect(names.has('The company')).toBe(false);
    expect(names.get('Suttles')).toBe('Suttles');
  });
});
