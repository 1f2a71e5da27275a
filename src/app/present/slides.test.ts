import { describe, expect, it } from 'vitest';
import { smallTimeline } from '../store/__fixtures__/smallTimeline';
import { buildIndex } from '../store/timelineIndex';
import type { TimelineFile } from '../../schema/timeline';
import { readUrl } from '../store/urlState';
import {
  clampSlide,
  eventOfSlide,
  FIRST_PAGE,
  nextSlide,
  nextSourcePage,
  previousSourcePage,
  reprintLine,
  slideCard,
  slideCount,
  slideOrder,
  spokenDate,
  startingSlide,
} from './slides';
import { handoutSources } from '../print/handoutSources';

const index = buildIndex(smallTimeline);
const ids = (order: number[]) => order.map((p) => index.events[p].id);

describe('slides of a presentation', () => {
  it('are the filtered events, earliest first', () => {
    expect(ids(slideOrder(index, [2, 0, 1]))).toEqual(['agreement', 'treaty', 'meeting']);
    expect(ids(slideOrder(index, [2, 1]))).toEqual(['treaty', 'meeting']);
  });

  it('put a whole-year date before a day later in that year, even when the file lists it after', () => {
    const t: TimelineFile = structuredClone(smallTimeline);
    t.events[0].date = { value: '2018-03-02', precision: 'day', basis: 'explicit', text: '2 March 2018' };
    t.events[1].date = { value: '2018', precision: 'year', basis: 'explicit', text: '2018' };
    const i = buildIndex(t);
    expect(slideOrder(i, [0, 1, 2]).map((p) => i.events[p].id)).toEqual(['treaty', 'agreement', 'meeting']);
  });

  it('a link to slide 3 of the same filters opens at slide 3; a slide past the end opens at the last', () => {
    const url = readUrl('?mode=present&slide=3');
    expect(clampSlide(url.slide, 3)).toBe(3);
    expect(clampSlide(readUrl('?mode=present&slide=9').slide, 3)).toBe(3);
    expect(clampSlide(readUrl('?actor=kim&mode=present&slide=2').slide, 2)).toBe(2);
    expect(clampSlide(4, 0)).toBe(1);
  });

  it('next and previous stop at the ends; first and last jump', () => {
    expect(nextSlide('next', 3, 3)).toBe(3);
    expect(nextSlide('previous', 1, 3)).toBe(1);
    expect(nextSlide('last', 1, 12)).toBe(12);
    expect(nextSlide('first', 7, 12)).toBe(1);
  });

  it('open with a title slide, the events following from slide 2', () => {
    expect(slideCount(3)).toBe(4);
    expect(eventOfSlide(1)).toBeNull();
    expect(eventOfSlide(2)).toBe(0);
    expect(eventOfSlide(4)).toBe(2);
  });

  it("start at the selected event's slide when there is one, else at the title", () => {
    const order = slideOrder(index, [0, 1, 2]);
    expect(startingSlide(index, order, 'meeting')).toBe(4);
    expect(startingSlide(index, order, null)).toBe(1);
    expect(startingSlide(index, slideOrder(index, [1]), 'meeting')).toBe(1);
  });

  it('show many sources a page at a time: the next key shows the next page, then the next slide', () => {
    const measured = { ...FIRST_PAGE, fits: 2 };
    const second = nextSourcePage(measured, 5)!;
    expect(second.starts).toEqual([0, 2]);
    expect(nextSourcePage({ ...second, fits: 3 }, 5)).toBeNull();
    expect(previousSourcePage(second)).toEqual(FIRST_PAGE);
    expect(previousSourcePage(FIRST_PAGE)).toBeNull();
    // not measured yet: no page to go to
    expect(nextSourcePage(FIRST_PAGE, 5)).toBeNull();
  });
});

describe('a slide card', () => {
  it('writes a date no more precisely than it is known', () => {
    expect(spokenDate('2024-06', 'month')).toBe('June 2024');
    expect(spokenDate('2018', 'year')).toBe('2018');
    expect(spokenDate('2024-11-29', 'day')).toBe('29 November 2024');
    expect(spokenDate('2010-06-07', 'week')).toBe('week of 7 June 2010');
  });

  it('holds the title, actor names and every report with its quote', () => {
    const card = slideCard(index.events[2], index);
    expect(card).toMatchObject({ title: 'Kim Jong Un meets Andrei Belousov', date: '29 November 2024', actors: ['Kim Jong Un', 'Andrei Belousov'] });
    expect(card.dateNotes).toEqual(['reports disagree on the date']);
    expect(card.sources.map((s) => [s.documentTitle, s.publisher, s.published, s.attribution])).toEqual([
      ['Article A', 'Euro News Source', '30 Nov 2024', null],
      ['Article B', null, null, 'KCNA'],
    ]);
    expect(card.sources[0].quote).toBe('Kim met Belousov on Friday.');
    expect(card.sources[0].named).toBeUndefined();
  });

  it('quotes the report the title was written from first, then the others as published', () => {
    const event = structuredClone(index.events[2]);
    event.mentions.reverse();
    expect(slideCard(event, index).sources.map((s) => s.documentTitle)).toEqual(['Article B', 'Article A']);
  });

  it('quotes a sentence a publisher printed twice once, and counts the reprint (the handout quotes it once too)', () => {
    const burn = 'A burn was last tried on 28 April when thousands of litres of oil were successfully removed.';
    const event = structuredClone(index.events[2]);
    const [a, b] = event.mentions;
    event.mentions = [
      { ...a, sentence: burn },
      { ...b, sentence: burn },
      { ...b, sentence: 'Kim met Belousov.' },
    ];
    const card = slideCard(event, index);
    expect(card.sources.map((s) => [s.quote, s.reprints])).toEqual([
      [burn, 1],
      ['Kim met Belousov.', 0],
    ]);
    expect(card.reports).toBe(3);
    expect(reprintLine(1)).toBe('printed word for word in 1 more report');
    expect(handoutSources(card.sources, 3, (s) => s.quote, card.reports)).toMatchObject({ more: 1 });
  });

  it('shows the phrase far before the quote that names what the title names, when a report has one', () => {
    const event = structuredClone(index.events[2]);
    event.mentions[0].named = { text: 'the Kremlin talks', start: 0, end: 17 };
    expect(slideCard(event, index).sources[0].named).toBe('the Kremlin talks');
  });

  it('says when a date is approximate or inferred', () => {
    expect(slideCard(index.events[1], index).dateNotes).toEqual(['day not reported']);
    const lastWeek = { ...index.events[2], conflicts: [], date: { ...index.events[2].date, value: '2024-11-25', precision: 'week' as const } };
    expect(slideCard(lastWeek, index)).toMatchObject({ date: 'week of 25 November 2024', dateNotes: ['day not reported'] });
    expect(slideCard(index.events[0], index).dateNotes).toEqual(['month and day not reported', 'date inferred']);
  });
});
