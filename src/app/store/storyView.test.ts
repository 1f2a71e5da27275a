import { describe, expect, it } from 'vitest';
import { applyFilters, EMPTY_FILTERS } from './filtering';
import { collectionFacts, factsLine } from './collection';
import { formatDate } from './dates';
import { storyCore, storyView } from './storyView';
import { buildIndex } from './timelineIndex';
import { smallTimeline } from './__fixtures__/smallTimeline';
import { spillTimeline } from './__fixtures__/spillTimeline';

const spill = buildIndex(spillTimeline());
const all = spill.events.map((_, i) => i);
const ids = (positions: readonly number[]) => positions.map((p) => spill.events[p].id);
const offPeriod = spill.events.filter((e) => e.importanceWhy?.period !== 'story').map((e) => e.id);

describe('what a collection shows', () => {
  it('shows a small collection (the seeds) whole, as it is: no Detail level, no fold', () => {
    const index = buildIndex(smallTimeline);
    const matches = index.events.map((_, i) => i);
    const view = storyView(index, matches, 'key', 'folded');
    expect(view.large).toBe(false);
    expect(view.shown).toBe(matches);
    expect(view.folded).toEqual([]);
  });

  it('opens a large one on its 30 key events, one for every date of the story before a second for any', () => {
    const view = storyView(spill, all, 'key', 'folded');
    expect(view.large).toBe(true);
    expect(view.shown).toHaveLength(30);
    expect(view.limited).toBe(true);
    const storyDates = new Set(spill.events.filter((e) => e.importanceWhy?.period === 'story').map((e) => e.date.value));
    expect(new Set(view.shown.map((p) => spill.events[p].date.value))).toEqual(storyDates);
    // in date order, as the table and the slides list them
    expect([...view.shown].sort((a, b) => a - b)).toEqual(view.shown);
  });

  it('folds away what lies outside the collection’s period (a 1905 law, a 2051 target) until asked for', () => {
    const folded = storyView(spill, all, 'key', 'folded');
    expect(ids(folded.folded).sort()).toEqual([...offPeriod].sort());
    expect(ids(folded.shown).filter((id) => offPeriod.includes(id))).toEqual([]);
    const shown = storyView(spill, all, 'key', 'shown');
    expect(shown.shown).toHaveLength(30 + offPeriod.length);
    expect(shown.unfolded).toBe(offPeriod.length);
    expect(shown.folded).toEqual([]);
  });

  it('shows every event of the story at "all", the background still folded', () => {
    const view = storyView(spill, all, 'all', 'folded');
    expect(view.shown).toHaveLength(spill.events.length - offPeriod.length);
    expect(view.limited).toBe(false);
  });

  it('keeps one of two events with the same title a day apart ("US sues BP", 15 and 16 Dec 2010): the better ranked', () => {
    const file = spillTimeline();
    const sues = (id: string, value: string, importance: number) => ({
      ...file.events.find((e) => e.id === 'story-9')!,
      id,
      title: id === 'sues-15' ? 'US sues BP' : 'US sues BP.',
      date: { value, precision: 'day' as const, basis: 'explicit' as const, text: value },
      importance,
    });
    file.events.push(sues('sues-15', '2010-12-15', 30), sues('sues-16', '2010-12-16', 31));
    file.events.sort((a, b) => (a.date.value < b.date.value ? -1 : a.date.value > b.date.value ? 1 : a.id < b.id ? -1 : 1));
    const index = buildIndex(file);
    const every = index.events.map((_, i) => i);
    const key = storyView(index, every, 'key', 'folded').shown.map((p) => index.events[p].id);
    expect(key.filter((id) => id.startsWith('sues-'))).toEqual(['sues-16']);
    expect(key).toHaveLength(30);
    const allIds = storyView(index, every, 'all', 'folded').shown.map((p) => index.events[p].id);
    expect(allIds).toEqual(expect.arrayContaining(['sues-15', 'sues-16']));
  });

  it('ranks the key events again among what the filters keep', () => {
    const obama = applyFilters(spill, { ...EMPTY_FILTERS, actors: ['obama'] }).matches;
    // his two days first, then the second report of his busier day: not a key event of the whole story
    expect(ids(storyView(spill, obama, 3, 'folded').shown).sort()).toEqual(['second-2', 'story-2', 'story-6']);
    expect(ids(storyView(spill, all, 'key', 'folded').shown)).not.toContain('second-6');
  });
});

describe('the core period and the title slide', () => {
  it('runs from the blast to where most of the key events end, the background and the late relief well left out', () => {
    const view = storyView(spill, all, 'key', 'shown');
    const core = storyCore(spill, view.shown)!;
    expect(core.start).toBe(Date.UTC(2010, 3, 20));
    expect(core.end).toBeLessThan(Date.UTC(2010, 8, 19));
  });

  it('says how many key events of how many, and the articles and publishers of the whole selection', () => {
    const view = storyView(spill, all, 'key', 'folded');
    const facts = collectionFacts(spill, view.shown, view);
    // the period of the slides: from the first to the last key event, the late relief well included; not the core
    // period where the timeline opens, nor the background's 1905 law
    const last = view.shown
      .map((p) => spill.events[p].date.value)
      .sort()
      .at(-1)!;
    expect(last >= '2010-09-19').toBe(true);
    expect(facts.period).toBe(`20 Apr 2010 – ${formatDate(last, 'day')}`);
    expect(factsLine(facts)).toBe(`30 key events of ${spill.events.length}, from 3 articles by 1 publisher`);
    // with the background shown beside them, they are no longer all key events
    const unfolded = storyView(spill, all, 'key', 'shown');
    expect(factsLine(collectionFacts(spill, unfolded.shown, unfolded))).toBe(
      `${30 + offPeriod.length} events of ${spill.events.length}, from 3 articles by 1 publisher`,
    );
  });
});
