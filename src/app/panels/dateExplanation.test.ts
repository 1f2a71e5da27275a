import { describe, expect, it } from 'vitest';
import type { EventRecord } from '../../schema/timeline';
import { smallTimeline } from '../store/__fixtures__/smallTimeline';
import { sourcesInOrder } from '../store/sourceOrder';
import { buildIndex } from '../store/timelineIndex';
import { dateSource, explainDate, precisionNote } from './dateExplanation';

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

describe('the report a date is read from', () => {
  const twoDays = (): { event: EventRecord; index: ReturnType<typeof buildIndex> } => {
    const t = structuredClone(smallTimeline);
    // the report the date comes from was published a day after the other: the details list the other first
    t.documents[1].published = { value: '2024-11-29', precision: 'day', basis: 'byline' };
    const index = buildIndex(t);
    return { event: index.events[2], index };
  };

  it('is the representative report, cited by title and publisher, with where the details list it', () => {
    const { event, index } = twoDays();
    event.date.explanation = "'on Friday', as written";
    const listed = sourcesInOrder(event.mentions, index);
    expect(listed.map((m) => m.doc)).toEqual(['b.txt', 'a.txt']);
    const from = dateSource(event, listed, index)!;
    expect(from.mention).toBe(event.mentions[0]);
    expect(from.at).toBe(1);
    expect(from.cited).toBe('“Article A”, Euro News Source');
    // the explanation the build wrote does not name the article's day here: the line does
    expect(explainDate(event, index)).toBe("'on Friday', as written");
    expect(from.published).toBe('30 Nov 2024');
  });

  it('does not repeat the day the explanation already gives', () => {
    const { event, index } = twoDays();
    event.date.explanation = "'on Friday', article published 30 Nov 2024";
    expect(dateSource(event, sourcesInOrder(event.mentions, index), index)?.published).toBeNull();
  });

  it('is none when no phrase gave the date', () => {
    const { event, index } = twoDays();
    const inferred = {
      ...event,
      date: { ...event.date, basis: 'inferred' as const, text: '' },
      mentions: event.mentions.map((m) => ({ ...m, dateText: null })),
    };
    expect(dateSource(inferred, sourcesInOrder(inferred.mentions, index), index)).toBeNull();
  });
});
