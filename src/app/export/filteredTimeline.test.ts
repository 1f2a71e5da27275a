import { describe, expect, it } from 'vitest';
import { TimelineFileSchema } from '../../schema/timeline';
import { applyFilters, EMPTY_FILTERS } from '../store/filtering';
import { smallTimeline } from '../store/__fixtures__/smallTimeline';
import { buildIndex } from '../store/timelineIndex';
import { filteredTimeline } from './filteredTimeline';

const index = buildIndex({
  ...smallTimeline,
  warnings: [
    { doc: 'a.txt', code: 'x', message: 'doubtful' },
    { doc: 'gone.png', code: 'binary', message: 'skipped' },
  ],
});

describe('JSON export', () => {
  it('holds only the filtered events and the documents and actors they reference, and validates', () => {
    const { matches } = applyFilters(index, { ...EMPTY_FILTERS, actors: ['putin'] });
    const file = filteredTimeline(index, matches);
    expect(file.events.map((e) => e.id)).toEqual(['treaty']);
    expect(file.documents.map((d) => d.id)).toEqual(['a.txt']);
    expect(file.actors.map((a) => a.id).sort()).toEqual(['kim', 'putin']);
    expect(file.warnings).toEqual([{ doc: 'a.txt', code: 'x', message: 'doubtful' }]);
    expect(TimelineFileSchema.safeParse(file).success).toBe(true);
  });

  it('keeps the contract order (by date) whatever order it is given', () => {
    expect(filteredTimeline(index, [2, 0]).events.map((e) => e.id)).toEqual(['agreement', 'meeting']);
  });

  it('with no filter is the whole timeline minus warnings about skipped files', () => {
    const file = filteredTimeline(index, [0, 1, 2]);
    expect(file.events).toEqual(index.timeline.events);
    expect(file.actors.map((a) => a.id)).toEqual(['kim', 'belousov', 'putin']); // KCNA is no event's actor
    expect(TimelineFileSchema.safeParse(file).success).toBe(true);
  });
});
