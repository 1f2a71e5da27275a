import { describe, expect, it } from 'vitest';
import type { EventRecord } from '../../schema/timeline';
import { precisionNote } from './dateExplanation';

const on = (value: string, precision: EventRecord['date']['precision']): EventRecord => ({
  id: 'e',
  date: { value, precision, basis: 'relative', text: 'last week' },
  title: 'Crews tested the cap',
  actors: [],
  mentions: [{ doc: 'a.txt', sentence: 'Crews tested the cap last week.', start: 0, end: 31, attribution: null }],
});

describe('the note beside a date', () => {
  it('says a week-dated event happened sometime that week, not on its Monday', () => {
    expect(precisionNote(on('2010-06-07', 'week'))).toBe('approximate: sometime in this week (Monday to Sunday)');
    expect(precisionNote(on('2010-06', 'month'))).toBe('approximate: sometime in this month');
    expect(precisionNote(on('2010-06-07', 'day'))).toBeNull();
  });
});
