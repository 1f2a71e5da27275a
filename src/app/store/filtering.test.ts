import { describe, expect, it } from 'vitest';
import { applyFilters, EMPTY_FILTERS, hasActiveFilters, type Filters, resolveActorIds, unknownActors } from './filtering';
import { buildIndex } from './timelineIndex';
import { smallTimeline } from './__fixtures__/smallTimeline';

const index = buildIndex(smallTimeline);
const ids = (f: Partial<Filters>) => applyFilters(index, { ...EMPTY_FILTERS, ...f }).matches.map((i) => index.events[i].id);
const counts = (f: Partial<Filters>) => applyFilters(index, { ...EMPTY_FILTERS, ...f }).counts;

describe('filtering events', () => {
  it('shows every event when nothing is chosen', () => {
    expect(ids({})).toEqual(['agreement', 'treaty', 'meeting']);
  });

  it('clearing the filters is instant: the unfiltered result is worked out once per timeline, not per visit', () => {
    const first = applyFilters(index, EMPTY_FILTERS);
    applyFilters(index, { ...EMPTY_FILTERS, actors: ['belousov'] });
    expect(applyFilters(index, { ...EMPTY_FILTERS })).toBe(first);
    expect(applyFilters(buildIndex(smallTimeline), EMPTY_FILTERS)).not.toBe(first);
  });

  it('ticking Andrei Belousov leaves exactly his events', () => {
    expect(ids({ actors: ['belousov'] })).toEqual(['meeting']);
  });

  it('an actor the timeline does not have (a shared link to another collection) filters nothing and is named as unknown', () => {
    expect(ids({ actors: ['nobody-here'] })).toEqual(['agreement', 'treaty', 'meeting']);
    expect(ids({ actors: ['nobody-here', 'belousov'] })).toEqual(['meeting']);
    expect(ids({ actors: ['nobody-here', 'belousov'], actorMatch: 'all' })).toEqual(['meeting']);
    expect(unknownActors(index, { ...EMPTY_FILTERS, actors: ['nobody-here', 'belousov'] })).toEqual(['nobody-here']);
  });

  it('"any" keeps events with either actor, "all" only events with both', () => {
    expect(ids({ actors: ['belousov', 'putin'] })).toEqual(['treaty', 'meeting']);
    expect(ids({ actors: ['belousov', 'putin'], actorMatch: 'all' })).toEqual([]);
    expect(ids({ actors: ['kim', 'putin'], actorMatch: 'all' })).toEqual(['treaty']);
  });

  it('sources: a document, a publisher, a cited source', () => {
    expect(ids({ docs: ['b.txt'] })).toEqual(['agreement', 'meeting']);
    expect(ids({ publishers: ['Euro News Source'] })).toEqual(['treaty', 'meeting']);
    expect(ids({ cited: ['KCNA'] })).toEqual(['meeting']);
  });

  it('a cited source written in two cases ("The US Coast Guard" opening a sentence) is one option, ticking all its events', () => {
    const timeline = structuredClone(smallTimeline);
    timeline.events[0].mentions[0].attribution = 'The US Coast Guard';
    timeline.events[1].mentions[0].attribution = 'the US Coast Guard';
    timeline.events[2].mentions[1].attribution = 'the US Coast Guard';
    const twoCases = buildIndex(timeline);
    expect(twoCases.citedSources).toEqual(['the US Coast Guard']);
    const result = applyFilters(twoCases, { ...EMPTY_FILTERS, cited: ['the US Coast Guard'] });
    expect(result.matches.map((i) => twoCases.events[i].id)).toEqual(['agreement', 'treaty', 'meeting']);
    expect(result.counts.cited.get('the US Coast Guard')).toBe(3);
  });

  it('text search looks in titles and quotes, every word, any case', () => {
    expect(ids({ text: 'TREATY' })).toEqual(['treaty']);
    expect(ids({ text: 'according kcna' })).toEqual(['agreement', 'meeting']);
    expect(ids({ text: 'treaty belousov' })).toEqual([]);
  });

  it('a date range keeps imprecise dates that overlap it', () => {
    // "June 2024" overlaps 20–30 June; "2018" does not
    expect(ids({ from: '2024-06-20', to: '2024-06-30' })).toEqual(['treaty']);
    expect(ids({ from: '2024-07-01' })).toEqual(['meeting']);
    expect(ids({ to: '2018-12-31' })).toEqual(['agreement']);
  });

  it('combines groups: every chosen group must match', () => {
    expect(ids({ actors: ['kim'], docs: ['b.txt'] })).toEqual(['meeting']);
  });
});

describe('counts beside the options', () => {
  it('count all events when nothing is chosen', () => {
    expect(counts({}).actors.get('kim')).toBe(2);
    expect(counts({}).docs.get('b.txt')).toBe(2);
  });

  it('follow the other filters but not their own group', () => {
    const c = counts({ actors: ['belousov'] });
    // ticking Putin as well would add the treaty: its count ignores the actor choice
    expect(c.actors.get('putin')).toBe(1);
    // documents follow the actor filter: only the meeting is left, reported in both
    expect(c.docs.get('a.txt')).toBe(1);
    expect(c.docs.get('b.txt')).toBe(1);
  });

  it('with "all", an actor counts only events that already pass', () => {
    const c = counts({ actors: ['kim'], actorMatch: 'all' });
    expect(c.actors.get('belousov')).toBe(1);
    expect(c.actors.get('putin')).toBe(1);
    expect(counts({ actors: ['belousov'], actorMatch: 'all' }).actors.get('putin')).toBeUndefined();
  });

  it('text search narrows every count', () => {
    expect(counts({ text: 'treaty' }).actors.get('kim')).toBe(1);
  });
});

describe('active filters', () => {
  it('knows when there is something to clear', () => {
    expect(hasActiveFilters(EMPTY_FILTERS, index)).toBe(false);
    expect(hasActiveFilters({ ...EMPTY_FILTERS, text: '  ' }, index)).toBe(false);
    expect(hasActiveFilters({ ...EMPTY_FILTERS, from: '2024-01-01' }, index)).toBe(true);
  });

  it("counts only the actors the timeline has: a link's unknown ?actor= filters nothing, so there is nothing to clear", () => {
    expect(hasActiveFilters({ ...EMPTY_FILTERS, actors: ['nobody'] }, index)).toBe(false);
    expect(hasActiveFilters({ ...EMPTY_FILTERS, actors: ['nobody', 'kim'] }, index)).toBe(true);
  });
});

describe('actors a link names by hand', () => {
  const index = buildIndex(smallTimeline);
  it('resolves a name, an alias or an id in another case to the actor’s id (?actor=BP for the actor "bp")', () => {
    expect(resolveActorIds(index, ['KCNA', 'Kim Jong Un', 'putin', 'belousov'])).toEqual(['kcna', 'kim', 'putin', 'belousov']);
    expect(resolveActorIds(index, ['vladimir  PUTIN'])).toEqual(['putin']);
  });
  it('keeps a name that fits no actor, for unknownActors to report, and the same array when nothing changes', () => {
    expect(resolveActorIds(index, ['Xi Jinping'])).toEqual(['Xi Jinping']);
    const known = ['kim'];
    expect(resolveActorIds(index, known)).toBe(known);
  });
});
