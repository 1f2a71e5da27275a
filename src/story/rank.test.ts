import { describe, expect, it } from 'vitest';
import type { EventRecord, Mention } from '../schema/timeline';
import {
  compareByImportance,
  importanceOf,
  keyDates,
  keyEvents,
  rankDates,
  rankEvents,
  rankOrder,
  representativeSentence,
  spreadOverDates,
  summarizeTimeline,
} from './rank';

function mention(doc: string, sentence: string, extra: Partial<Mention> = {}): Mention {
  return { doc, sentence, start: 0, end: sentence.length, attribution: null, ...extra };
}

function event(id: string, value: string, importance: number | undefined, mentions: Mention[]): EventRecord {
  const precision = value.length === 10 ? 'day' : value.length === 7 ? 'month' : 'year';
  return {
    id,
    date: { value, precision, basis: 'explicit', text: value },
    title: id,
    actors: [],
    mentions,
    ...(importance === undefined ? {} : { importance }),
  };
}

const blast = event('blast', '2010-04-20', 9.5, [
  mention('a.txt', 'Crews searched the Gulf on Wednesday for 11 missing workers.'),
  mention('b.txt', 'The Deepwater Horizon rig exploded on April 20, killing 11 workers.', {
    dateText: 'on April 20',
    date: { value: '2010-04-20', precision: 'day' },
  }),
]);
const sank = event('sank', '2010-04-22', 6, [mention('c.txt', 'The rig sank on April 22 after burning for two days.', { dateText: 'on April 22' })]);
const fire = event('fire', '2010-04-20', 4, [mention('d.txt', 'Fire boats fought the blaze through the night of April 20.', { dateText: 'April 20' })]);
const cap = event('cap', '2010-07-15', 9.5, [mention('e.txt', 'BP capped the leaking well on July 15.', { dateText: 'on July 15' })]);
const june = event('june', '2010-06', 12, [mention('f.txt', 'BP shares lost a third of their value in June.', { dateText: 'in June' })]);
const valdez = event('valdez', '1989-03-24', 1, [mention('g.txt', 'The Exxon Valdez ran aground on March 24, 1989.', { dateText: 'on March 24, 1989' })]);
const all = [valdez, cap, sank, fire, june, blast];

describe('the story ranking', () => {
  it('puts the most important event first and breaks ties by date, earlier first', () => {
    expect(rankEvents(all).map((e) => e.id)).toEqual(['june', 'blast', 'cap', 'sank', 'fire', 'valdez']);
  });

  it('ranks a timeline written without importance by how many documents report each event', () => {
    const twice = event('twice', '2010-05-01', undefined, [mention('a.txt', 'One.'), mention('b.txt', 'Two.'), mention('b.txt', 'Again.')]);
    const once = event('once', '2010-04-01', undefined, [mention('c.txt', 'Three.')]);
    expect(importanceOf(twice)).toBe(2);
    expect([once, twice].sort(compareByImportance).map((e) => e.id)).toEqual(['twice', 'once']);
  });

  it('keeps only the events inside the window, a month-dated event when its month overlaps it', () => {
    expect(rankEvents(all, { from: '2010-04-21', to: '2010-06-10' }).map((e) => e.id)).toEqual(['june', 'sank']);
    expect(rankEvents(all, { to: '2000-01-01' }).map((e) => e.id)).toEqual(['valdez']);
  });

  it('scores a day by its most important event and names no day for a month-dated event', () => {
    const days = rankDates(all);
    expect(days.map((d) => [d.date, d.score])).toEqual([
      ['2010-04-20', 9.5],
      ['2010-07-15', 9.5],
      ['2010-04-22', 6],
      ['1989-03-24', 1],
    ]);
    expect(days[0].events.map((e) => e.id)).toEqual(['blast', 'fire']);
  });

  it('names no key date for a week-dated event, keeps it in a window its week overlaps, and spreads it apart from the day of its Monday', () => {
    const lastWeek: EventRecord = { ...event('lastWeek', '2010-04-19', 20, [mention('e.txt', 'Crews tested the preventer last week.')]) };
    lastWeek.date = { ...lastWeek.date, precision: 'week', text: 'last week' };
    const monday = event('monday', '2010-04-19', 19, [mention('f.txt', 'The rig passed an inspection on April 19.')]);
    expect(rankDates([lastWeek, monday]).map((d) => [d.date, d.events.map((e) => e.id)])).toEqual([['2010-04-19', ['monday']]]);
    // the week of Monday 19 April runs to Sunday 25 April
    expect(rankEvents([lastWeek], { from: '2010-04-25' }).map((e) => e.id)).toEqual(['lastWeek']);
    expect(rankEvents([lastWeek], { from: '2010-04-26' })).toEqual([]);
    const tuesday = event('tuesday', '2010-04-20', 5, [mention('g.txt', 'The rig exploded on April 20.')]);
    expect(keyEvents([lastWeek, monday, tuesday], 2).map((e) => e.id)).toEqual(['lastWeek', 'monday']);
  });

  it('gives the N key dates in date order', () => {
    expect(keyDates(all, 3).map((d) => d.date)).toEqual(['2010-04-20', '2010-04-22', '2010-07-15']);
    expect(keyDates(all, 2, { from: '2010-04-21' }).map((d) => d.date)).toEqual(['2010-04-22', '2010-07-15']);
    expect(keyDates(all, 0)).toEqual([]);
  });

  it('shows the report whose sentence holds the date phrase', () => {
    expect(representativeSentence(blast)).toBe('The Deepwater Horizon rig exploded on April 20, killing 11 workers.');
    const undated = event('u', '2010-04-20', 1, [mention('a.txt', 'Crews searched the Gulf for 11 missing workers.')]);
    expect(representativeSentence(undated)).toBe('Crews searched the Gulf for 11 missing workers.');
  });

  it('summarises as [[day, [sentences of its top events]]], one sentence per date unless asked for more', () => {
    expect(summarizeTimeline(all, { dates: 2 })).toEqual([
      ['2010-04-20', ['The Deepwater Horizon rig exploded on April 20, killing 11 workers.']],
      ['2010-07-15', ['BP capped the leaking well on July 15.']],
    ]);
    expect(summarizeTimeline(all, { dates: 1, sentences: 3 })).toEqual([
      ['2010-04-20', ['The Deepwater Horizon rig exploded on April 20, killing 11 workers.', 'Fire boats fought the blaze through the night of April 20.']],
    ]);
  });

  it('gives a sentence two events share only once', () => {
    const s = 'BP capped the leaking well on July 15.';
    const twin = event('twin', '2010-07-15', 3, [mention('e.txt', s, { dateText: 'on July 15' })]);
    expect(summarizeTimeline([cap, twin], { dates: 1, sentences: 2 })).toEqual([['2010-07-15', [s]]]);
  });

  it('gives the positions in the order compareByImportance sorts the events, whatever order they come in', () => {
    const shuffled = [fire, valdez, june, blast, sank, cap];
    expect(rankOrder(shuffled).map((p) => shuffled[p].id)).toEqual([...shuffled].sort(compareByImportance).map((e) => e.id));
    expect(rankOrder([])).toEqual([]);
  });
});

describe('key events', () => {
  it("spread over the story: the best event of each date first, a date's second event only after every date has one", () => {
    // fire (4) is less important than the blast (9.5) on the same day: every other date comes before it
    expect(keyEvents(all, 6).map((e) => e.id)).toEqual(['june', 'blast', 'cap', 'sank', 'valdez', 'fire']);
    expect(keyEvents(all, 3).map((e) => e.id)).toEqual(['june', 'blast', 'cap']);
    expect(keyEvents(all, 4, { from: '2010-04-01', to: '2010-04-30' }).map((e) => e.id)).toEqual(['blast', 'sank', 'fire']);
  });

  it('thirty reports of one day do not crowd out the rest of the story', () => {
    const day = (i: number) => event(`blast-${i}`, '2010-04-20', 16.5, [mention(`r${i}.txt`, 'The Deepwater Horizon rig exploded.')]);
    const reports = Array.from({ length: 30 }, (_, i) => day(i));
    const story = [...reports, cap, sank, june];
    expect(
      rankEvents(story)
        .slice(0, 5)
        .every((e) => e.date.value === '2010-04-20'),
    ).toBe(true);
    expect(keyEvents(story, 5).map((e) => e.date.value)).toEqual(['2010-04-20', '2010-06', '2010-07-15', '2010-04-22', '2010-04-20']);
  });

  it("takes a day's share price after every other event: the spill's key events tell of the well, not of BP's shares", () => {
    const titled = (e: EventRecord, title: string) => ({ ...e, title });
    // the BBC's "BP's share price once again fell" (14 June 2010) outranked the hearings of its week by its day's reports
    const shares = titled(
      event('shares', '2010-06-14', 12.9, [mention('e.txt', "On Monday, the company's share price once again fell sharply.")]),
      "BP's share price once again fell",
    );
    const letter = titled(
      event('letter', '2010-06-15', 8.2, [mention('f.txt', 'Henry Waxman and Bart Stupak sent Tony Hayward a letter.')]),
      'Henry Waxman and Bart Stupak sent Tony Hayward a letter',
    );
    const story = [shares, letter, blast, cap];
    expect(rankEvents(story).map((e) => e.id)).toEqual(['shares', 'blast', 'cap', 'letter']);
    expect(keyEvents(story, 3).map((e) => e.title)).toEqual(['blast', 'cap', 'Henry Waxman and Bart Stupak sent Tony Hayward a letter']);
    // a story day's second event comes before a trading day's first: "fire" (the blast's day) before the shares
    expect(keyEvents([...story, fire], 5).map((e) => e.id)).toEqual(['blast', 'cap', 'letter', 'fire', 'shares']);
    // a story of nothing but trading days still has its key events
    expect(keyEvents([shares], 1).map((e) => e.id)).toEqual(['shares']);
  });

  it('spreads any ranked items by the date they are given, and stops at n', () => {
    const ranked = [0, 1, 2, 3];
    const dates = ['2010-04-20', '2010-04-20', '2010-04-22', '2010-04-20'];
    expect(spreadOverDates(ranked, (i) => dates[i])).toEqual([0, 2, 1, 3]);
    expect(spreadOverDates(ranked, (i) => dates[i], 2)).toEqual([0, 2]);
    expect(spreadOverDates(ranked, (i) => dates[i], 0)).toEqual([]);
    // items set aside come after every other, spread among themselves
    expect(
      spreadOverDates(
        [0, 1, 2, 3, 4],
        (i) => ['a', 'a', 'b', 'c', 'c'][i],
        Number.POSITIVE_INFINITY,
        (i) => i >= 2,
      ),
    ).toEqual([0, 1, 2, 3, 4]);
    expect(
      spreadOverDates(
        [0, 1, 2, 3],
        (i) => ['a', 'b', 'b', 'b'][i],
        3,
        (i) => i === 1,
      ),
    ).toEqual([0, 2, 3]);
  });
});
