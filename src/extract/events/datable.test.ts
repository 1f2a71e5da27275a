import { describe, expect, it } from 'vitest';
import { analyseText } from '../nlp/analyse';
import { segmentSentences } from '../segment';
import { findTimeExpressions } from '../time';
import { eventCandidates } from './candidates';
import { datableSentences } from './datable';

// Sentences of the development articles (bpoil, H1N1), one paragraph.
const TEXT = `BP caps leaking well\n\n${[
  'The oil giant said the cap was installed on Thursday.',
  'Engineers watched the pressure readings closely.',
  'A recent meeting between Tony Hayward and Carl-Henric Svanberg discussed the dividend.',
  'The Deepwater Horizon rig exploded on April 20, killing 11 workers.',
  'Crews sprayed the material over the slick.',
].join(' ')}`;

const read = (reference: string | null) => {
  const sentences = segmentSentences(TEXT);
  const a = analyseText(TEXT, sentences);
  const times = findTimeExpressions(TEXT, reference);
  return { a, times, sentences, datable: datableSentences(a, times, reference) };
};

describe('events/datable: the sentences whose clauses can become a dated event', () => {
  it('keeps the headline, the sentences with a time expression and a "recent" one', () => {
    const { a, datable } = read('2010-07-16');
    expect(a.sentences.map((s) => s.text.split(' ').slice(0, 2).join(' '))).toEqual([
      'BP caps',
      'The oil',
      'Engineers watched',
      'A recent',
      'The Deepwater',
      'Crews sprayed',
    ]);
    expect([...datable!]).toEqual([1, 1, 0, 1, 1, 0]);
  });

  it('reads every sentence of a document without its own publication date (its dates are read again later)', () => {
    expect(read(null).datable).toBeNull();
  });

  it('gives the same candidates of the kept sentences as reading every clause, and the same subjects', () => {
    const { a, times, datable } = read('2010-07-16');
    const all = eventCandidates(a, [], times);
    const some = eventCandidates(a, [], times, datable);
    expect(some.candidates).toEqual(all.candidates.filter((c) => c.kind !== 'clause' || datable![c.sentence]));
    expect(some.candidates.some((c) => c.kind === 'clause' && c.verb === 'exploded')).toBe(true);
    expect(some.candidates.some((c) => c.kind === 'clause' && c.verb === 'sprayed')).toBe(false);
    expect(some.subjects).toEqual(all.subjects);
  });
});
