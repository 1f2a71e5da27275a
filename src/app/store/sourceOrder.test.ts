import { describe, expect, it } from 'vitest';
import type { DocumentRecord } from '../../schema/timeline';
import { sourcesInOrder } from './sourceOrder';

const doc = (id: string, value: string | null): DocumentRecord =>
  ({
    id,
    title: id,
    publisher: 'BBC',
    published: value && { value, precision: value.length === 10 ? 'day' : 'month', basis: 'metadata', text: value },
    citedSources: [],
  }) as DocumentRecord;

describe('sourcesInOrder', () => {
  const index = {
    docById: new Map(
      [
        doc('2010-05-17_872.md', '2010-05-17'),
        doc('2010-04-29_1971.md', '2010-04-29'),
        doc('2010-04-30_1549.md', '2010-04-30'),
        doc('undated.md', null),
        doc('may.md', '2010-05'),
      ].map((d) => [d.id, d]),
    ),
  };

  it('lists the reports of the 20 April explosion earliest first, not the 17 May report its title came from', () => {
    const mentions = ['2010-05-17_872.md', '2010-04-29_1971.md', '2010-04-30_1549.md'].map((d) => ({ doc: d }));
    expect(sourcesInOrder(mentions, index).map((m) => m.doc)).toEqual(['2010-04-29_1971.md', '2010-04-30_1549.md', '2010-05-17_872.md']);
  });

  it('puts the undated last, keeps the order of one day, and a month before the days of it that follow', () => {
    const mentions = [{ doc: 'undated.md' }, { doc: '2010-05-17_872.md', n: 1 }, { doc: 'may.md' }, { doc: '2010-05-17_872.md', n: 2 }];
    expect(sourcesInOrder(mentions, index)).toEqual([
      { doc: 'may.md' },
      { doc: '2010-05-17_872.md', n: 1 },
      { doc: '2010-05-17_872.md', n: 2 },
      { doc: 'undated.md' },
    ]);
  });
});
