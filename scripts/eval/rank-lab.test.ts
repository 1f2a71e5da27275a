import { describe, expect, it } from 'vitest';
import { labDocument } from './lab-document.harness';
import { absoluteDays, dayReferences } from './rank-lab';

const doc = labDocument;

describe("rank-lab's day references (docs/story.md, f1-44)", () => {
  const docs = [
    // an explicit date: the day fixed in the story's history
    doc('a', 'BP finished a pressure test on Sept. 19, the final step before the well was declared dead.', '2010-09-20'),
    // a weekday: the news cycle's reference to the same day
    doc('b', 'BP said on Sunday it had finished a pressure test on the well.', '2010-09-20'),
  ];

  it('counts every day-precision reference and each document once, with its publication day', () => {
    const { refs, pub } = dayReferences(docs);
    expect([...(refs.get('2010-09-19') ?? [])].sort()).toEqual(['a', 'b']);
    expect(pub.get('a')).toBe(pub.get('b'));
  });

  it('keeps only explicit dates for absdate: "Sept. 19", not "on Sunday"', () => {
    expect([...(absoluteDays(docs).get('2010-09-19') ?? [])]).toEqual(['a']);
  });
});
