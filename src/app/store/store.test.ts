import { describe, expect, it } from 'vitest';
import { createExplorerStore } from './store';
import { KEY_EVENTS, MIN_KEY_EVENTS } from './detail';
import { selectFilterResult, selectSelectedEvent, selectSelectedHidden, selectSortedRows, selectStoryView, selectVisibleIds } from './selectors';
import { spillTimeline } from './__fixtures__/spillTimeline';
import { smallTimeline } from './__fixtures__/smallTimeline';

function loadedStore() {
  const store = createExplorerStore();
  store.getState().loaded(smallTimeline);
  return store;
}

describe('explorer store', () => {
  it('starts loading, then holds an index of the timeline', () => {
    const store = createExplorerStore();
    expect(store.getState().status).toBe('loading');
    store.getState().loaded(smallTimeline);
    expect(store.getState().status).toBe('ready');
    expect(store.getState().index?.events).toHaveLength(3);
  });

  it('the key events made fewer by the first view (long labels) show fewer events, never fewer than the least a screen opens on', () => {
    const store = createExplorerStore();
    store.getState().loaded(spillTimeline());
    store.setState({ keyEvents: 16 });
    const shown = () => selectStoryView(store.getState()).shown.length;
    expect(shown()).toBe(16);
    store.getState().setKeyEvents(12);
    expect(store.getState().keyEvents).toBe(12);
    expect(shown()).toBe(12);
    store.getState().setKeyEvents(2);
    expect(store.getState().keyEvents).toBe(MIN_KEY_EVENTS);
    store.getState().setKeyEvents(KEY_EVENTS + 10);
    expect(store.getState().keyEvents).toBe(KEY_EVENTS);
  });

  it('keeps the message of a broken file', () => {
    const store = createExplorerStore();
    store.getState().failed('The timeline file is invalid at events.0.title: expected string');
    expect(store.getState()).toMatchObject({ status: 'error', error: expect.stringContaining('events.0.title') });
  });

  it('toggles an actor on and off', () => {
    const store = loadedStore();
    store.getState().toggleActor('belousov');
    expect([...selectVisibleIds(store.getState())]).toEqual(['meeting']);
    store.getState().toggleActor('belousov');
    expect(selectVisibleIds(store.getState()).size).toBe(3);
  });

  it('an actor chip adds the actor without removing it when already chosen', () => {
    const store = loadedStore();
    store.getState().filterByActor('kim');
    store.getState().filterByActor('kim');
    expect(store.getState().filters.actors).toEqual(['kim']);
  });

  it('clear all forgets every filter', () => {
    const store = loadedStore();
    const s = store.getState();
    s.toggleActor('kim');
    s.toggleSource('cited', 'KCNA');
    s.setText('treaty');
    s.setDateRange('2024-01-01', '');
    expect(selectFilterResult(store.getState()).matches).toHaveLength(0);
    store.getState().clearFilters();
    expect(selectFilterResult(store.getState()).matches).toHaveLength(3);
    expect(store.getState().filters.to).toBeNull();
  });

  it('derived results are computed once per change, not per read', () => {
    const store = loadedStore();
    expect(selectFilterResult(store.getState())).toBe(selectFilterResult(store.getState()));
    store.getState().setText('kim');
    const after = selectFilterResult(store.getState());
    expect(after.matches).toHaveLength(3);
    expect(selectFilterResult(store.getState())).toBe(after);
  });

  it('selecting an event closes the reader; opening the reader keeps the event', () => {
    const store = loadedStore();
    store.getState().openReader('a.txt', 0);
    store.getState().selectEvent('meeting');
    expect(store.getState().reader).toBeNull();
    expect(selectSelectedEvent(store.getState())?.title).toBe('Kim Jong Un meets Andrei Belousov');
    store.getState().openReader('b.txt');
    expect(store.getState()).toMatchObject({ selectedEventId: 'meeting', reader: { doc: 'b.txt', at: null } });
  });

  it('asks for the focus on the details only for an opening from the keyboard, not for a later one by mouse', () => {
    const store = loadedStore();
    store.getState().selectEvent('meeting', true);
    expect(store.getState().detailsFocus).toBeGreaterThan(0);
    store.getState().selectEvent(null);
    store.getState().selectEvent('treaty');
    expect(store.getState().detailsFocus).toBe(0);
    store.getState().selectEvent('meeting', true);
    store.getState().openReader('a.txt');
    expect(store.getState().detailsFocus).toBe(0);
  });

  it('says why the open event is not shown: the filters, the fold, or the Detail level', () => {
    const small = loadedStore();
    small.getState().selectEvent('meeting');
    expect(selectSelectedHidden(small.getState())).toBeNull();
    small.getState().setText('treaty');
    expect(selectSelectedHidden(small.getState())).toBe('filters');

    const store = createExplorerStore();
    store.getState().loaded(spillTimeline());
    const { index } = store.getState();
    const folded = index!.events.find((e) => e.importanceWhy?.period !== 'story')!;
    store.getState().selectEvent(folded.id);
    expect(selectSelectedHidden(store.getState())).toBe('folded');
    const shown = selectVisibleIds(store.getState());
    const below = index!.events.find((e) => e.importanceWhy?.period === 'story' && !shown.has(e.id))!;
    store.getState().selectEvent(below.id);
    expect(selectSelectedHidden(store.getState())).toBe('detail');
    store.getState().setDetail('all');
    expect(selectSelectedHidden(store.getState())).toBeNull();
  });

  it('an unknown selected id selects nothing', () => {
    const store = loadedStore();
    store.getState().selectEvent('nope');
    expect(selectSelectedEvent(store.getState())).toBeNull();
  });

  it('sorts the list by a column, and reverses on a second click', () => {
    const store = loadedStore();
    const titles = () => selectSortedRows(store.getState()).map((i) => store.getState().index!.events[i].id);
    expect(titles()).toEqual(['agreement', 'treaty', 'meeting']);
    store.getState().sortBy('title');
    expect(titles()).toEqual(['meeting', 'agreement', 'treaty']);
    store.getState().sortBy('title');
    expect(titles()).toEqual(['treaty', 'agreement', 'meeting']);
    store.getState().sortBy('date');
    expect(titles()).toEqual(['agreement', 'treaty', 'meeting']);
  });

  it('starts in explore mode with lanes off', () => {
    expect(createExplorerStore().getState()).toMatchObject({ mode: 'explore', lanes: 'none', window: null });
  });
});
