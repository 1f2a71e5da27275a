import { describe, expect, it } from 'vitest';
import { TimelineFileSchema, takeTexts } from '../../schema/timeline';
import { applyFilters, EMPTY_FILTERS } from '../store/filtering';
import { smallTimeline } from '../store/__fixtures__/smallTimeline';
import { buildIndex } from '../store/timelineIndex';
import { filteredTimeline } from './filteredTimeline';

// as the app holds it: the documents without their texts, which are kept apart
const { timeline, texts } = takeTexts({
  ...smallTimeline,
  warnings: [
    { doc: 'a.txt', code: 'x', message: 'doubtful' },
    { doc: 'gone.png', code: 'binary', message: 'skipped' },
  ],
});
const index = buildIndex(timeline);

describe('JSON export', () => {
  it('holds only the filtered events and the documents and actors they reference, and validates', () => {
    const { matches } = applyFilters(index, { ...EMPTY_FILTERS, actors: ['putin'] });
    const file = filteredTimeline(index, matches, texts);
    expect(file.events.map((e) => e.id)).toEqual(['treaty']);
    expect(file.documents.map((d) => d.id)).toEqual(['a.txt']);
    expect(file.actors.map((a) => a.id).sort()).toEqual(['kim', 'putin']);
    expect(file.warnings).toEqual([{ doc: 'a.txt', code: 'x', message: 'doubtful' }]);
    expect(TimelineFileSchema.safeParse(file).success).toBe(true);
  });

  it('is one file: each document with its text, no texts file named', () => {
    const file = filteredTimeline(index, [0, 1, 2], texts);
    expect(file.schemaVersion).toBe(2);
    expect('texts' in file).toBe(false);
    expect(file.documents.map((d) => d.text)).toEqual(smallTimeline.documents.map((d) => d.text));
    expect(() => filteredTimeline(index, [0], new Map())).toThrow(/no text for document/);
  });

  it('keeps the contract order (by date) whatever order it is given', () => {
    expect(filteredTimeline(index, [2, 0], texts).events.map((e) => e.id)).toEqual(['agreement', 'meeting']);
  });

  it('with no filter is the whole timeline minus warnings about skipped files', () => {
    const file = filteredTimeline(index, [0, 1, 2], texts);
    expect(file.events).toEqual(index.timeline.events);
    expect(file.actors.map((a) => a.id)).toEqual(['kim', 'belousov', 'putin']); // KCNA is no event's actor
    expect(TimelineFileSchema.safeParse(file).success).toBe(true);
  });
});
