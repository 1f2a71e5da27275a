import { useCallback, useEffect, useRef, useState } from 'react';
import { keyCommands, keyTargets } from '../keys/commands';
import { formatDate } from '../store/dates';
import { detailLimit, KEY_EVENTS, MIN_KEY_EVENTS } from '../store/detail';
import { selectFiltered, selectFilterResult, selectStoryView, selectVisibleIds } from '../store/selectors';
import { explorerStore, useExplorer } from '../store/store';
import { isOffPeriod, storyView } from '../store/storyView';
import type { VisibleWindow } from '../store/viewSlice';
import { DetailControl } from './DetailControl';
import { EdgeMarkerButtons } from './EdgeMarkers';
import type { Side, StoryFrame } from './storyFrame';
import { TimelineAdapter } from './TimelineAdapter';
import { sameWindow, windowFromUrl, windowToUrl } from './visibleWindow';

import { SNAPSHOT_ATTR, TIMELINE_CANVAS_ID } from './canvasId';

const CURSOR_OPTION_ID = 'timeline-cursor';

/** Hosts the timeline adapter and wires it to the store; the toolbar and the keys (keys/commands.ts) drive it. */
export function TimelineView() {
  const host = useRef<HTMLDivElement>(null);
  const adapter = useRef<TimelineAdapter | null>(null);
  /** the last window this timeline reported to the store (the address) */
  const reported = useRef<VisibleWindow | null>(null);
  const index = useExplorer((s) => s.index);
  const matches = useExplorer((s) => selectFilterResult(s).matches);
  const selected = useExplorer((s) => s.selectedEventId);
  const lanes = useExplorer((s) => s.lanes);
  const win = useExplorer((s) => s.window);
  const large = useExplorer((s) => selectStoryView(s).large);
  const none = matches.length === 0 && (index?.events.length ?? 0) > 0;
  /** the event the keyboard is on: the listbox's one drawn option (a virtual list: its place is posinset of setsize) */
  const [cursor, setCursor] = useState<{ id: string; label: string; at: number; of: number } | null>(null);
  const loaded = useRef<unknown>(null);
  /** events a fit could not show: the collection spans more than the timeline can show at once */
  const [outside, setOutside] = useState(0);
  const fitted = useCallback((result: number | null) => {
    if (result !== null) setOutside(result);
  }, []);
  /** the core period and the events beside it, for the edge markers (null: a small collection) */
  const [frame, setFrame] = useState<StoryFrame | null>(null);
  /** the events the stack hides above the timeline's top or below (scrolled up) */
  const [stack, setStack] = useState<{ above: number; below: number }>({ above: 0, below: 0 });
  /** where a click on a marker that folds or unfolds the background goes, once the shown events follow */
  const goingTo = useRef<Side | 'story' | null>(null);
  /**
   * A small collection (shown whole, storyView.ts) opens on every event, unless that piles its story into a stack
   * that hides most of it: Reuters' Chrysler wire (29 events) recalls 1954, 1985 and 1986 beside its two months of
   * 1987, and fitting them all drew those months as one column at 1987 on an axis from 1954 to 2012, 19 of the 29
   * events hidden above the top (a third or more hidden is too many). It then opens on its story's period as a large
   * collection does, the background behind the edge markers ("‹ 7 earlier events, 1954–1986") and nothing folded away.
   * The seeds (9 events, 2018 to 2024) hide at most one and open whole. 'maybe': to be decided once the fit of a new
   * timeline (the first, or one with documents added) is drawn (onFitDrawn).
   */
  const storyOpening = useRef<'maybe' | 'yes' | 'no'>('no');
  /**
   * A large collection's first view is on its key events, as many as keyEventsFor reckons the screen draws, each label
   * on one line. Long labels wrap to two: on the Guardian's swine flu coverage at 1280×720 the 16 key events stacked
   * higher than the timeline and 4 of them hid behind "▲ 4 more events above" ("China suspended flights from Mexico").
   * The first view (a fit, or the window a link or a reload gives) is measured, and the key events made fewer by as
   * many as it hides (fitKeyEvents). null: no such measure is under way.
   */
  const keyFit = useRef<'fit' | { start: Date; end: Date } | null>(null);
  const showEvents = useCallback((a: TimelineAdapter) => {
    const s = explorerStore.getState();
    const view = selectStoryView(s);
    const shown = selectFilterResult(s).matches;
    // a level below a laptop's key events (a phone's): the story's period is still that of the 30 key events
    const fewer = view.large && s.index && (detailLimit(view.detail, s.keyEvents) ?? Number.POSITIVE_INFINITY) < KEY_EVENTS;
    const story = fewer && s.index ? storyView(s.index, selectFiltered(s).matches, 'key', s.background).shown : undefined;
    a.setStory(view.large ? view.folded : storyOpening.current === 'yes' ? [] : null, story);
    a.setVisible(shown.length === s.index?.events.length ? null : shown);
    setFrame(a.storyFrame());
  }, []);

  useEffect(() => {
    const a = new TimelineAdapter(host.current!, {
      onSelect: (id) => explorerStore.getState().selectEvent(id),
      onWindowChange: (start, end) => {
        reported.current = windowToUrl(start, end);
        explorerStore.getState().setWindow(reported.current);
      },
      // (the export's grown timeline hides nothing for a moment: the cue leaving the toolbar moved the timeline up a line)
      onStackChange: ({ above, below }) => {
        if (!host.current?.hasAttribute(SNAPSHOT_ATTR)) setStack({ above, below });
      },
      onFitDrawn: ({ above, below }) => {
        const first = keyFit.current;
        if (first) {
          if (!fitKeyEvents(above + below)) {
            keyFit.current = null;
            return;
          }
          showEvents(a);
          if (first === 'fit') {
            a.measureFit();
            fitted(a.fit());
          } else {
            a.measureWindow();
            a.setWindow(first.start, first.end);
          }
          return;
        }
        if (storyOpening.current !== 'maybe') return;
        storyOpening.current = 'no';
        // a third of the events or more hidden: the story's period, readable, rather than every event, piled up
        if ((above + below) * 3 < selectFilterResult(explorerStore.getState()).matches.length) return;
        storyOpening.current = 'yes';
        showEvents(a);
        fitted(a.fit());
      },
    });
    adapter.current = a;
    keyTargets.timeline = {
      zoomIn: () => a.zoomIn(),
      zoomOut: () => a.zoomOut(),
      fit: () => fitted(a.fit(true)),
      pan: (fraction) => a.pan(fraction),
      step: (direction) => {
        const moved = a.moveCursor(direction);
        if (moved) {
          const { event, at, of } = moved;
          setCursor({ id: event.id, label: `${event.title}, ${formatDate(event.date.value, event.date.precision)}`, at, of });
        }
      },
      open: () => {
        const id = a.cursorEvent();
        if (!id) return false;
        explorerStore.getState().selectEvent(id);
        return true;
      },
    };
    return () => {
      keyTargets.timeline = null;
      a.destroy();
      adapter.current = null;
    };
  }, [fitted, showEvents]);

  // a new timeline: the first from the address (its window, else a fit); a later one (documents added) re-fits
  useEffect(() => {
    const a = adapter.current;
    if (!a || !index) return;
    const s = explorerStore.getState();
    const first = loaded.current === null;
    loaded.current = index;
    // (Each timeline decides its opening anew: documents added or a kept merge may crowd it no more, or now.)
    storyOpening.current = 'no';
    a.setData(index, s.lanes);
    a.stackByImportance(selectStoryView(s).large);
    showEvents(a);
    a.setSelection(s.selectedEventId);
    const wanted = first && s.window && windowFromUrl(s.window);
    const view = selectStoryView(s);
    const measureKey = first && view.large && s.detail === 'key';
    keyFit.current = measureKey ? (wanted ? { start: wanted.start, end: wanted.end } : 'fit') : null;
    if (wanted) {
      if (measureKey) a.measureWindow();
      a.setWindow(wanted.start, wanted.end);
    } else {
      if (measureKey) a.measureFit();
      if (!view.large && view.shown.some((p) => isOffPeriod(index.events[p]))) {
        storyOpening.current = 'maybe';
        a.measureFit();
      }
      const done = first ? a.fit() : a.refit();
      // (no fit when the reader has moved the window: nothing is drawn to measure)
      if (done === null) storyOpening.current = 'no';
      fitted(done);
    }
  }, [index, fitted, showEvents]);

  useEffect(() => {
    adapter.current?.setLanes(lanes);
  }, [lanes]);

  // the filters changed: show their events, and fit them unless the reader has just zoomed by hand
  const shownBefore = useRef(matches);
  /** the open event is on the timeline (not left out by the filters, the fold or the Detail level) */
  const selectedShown = useRef(false);
  useEffect(() => {
    const a = adapter.current;
    if (!a || shownBefore.current === matches) return;
    shownBefore.current = matches;
    showEvents(a);
    const to = goingTo.current;
    goingTo.current = null;
    // the change brought the open event back onto the timeline (the details' "show all events" for an event a link
    // opened, folded away): the window goes to it, where a fit of the story left it out of view
    const s = explorerStore.getState();
    const back = !!s.selectedEventId && !selectedShown.current && selectVisibleIds(s).has(s.selectedEventId);
    selectedShown.current = !!s.selectedEventId && selectVisibleIds(s).has(s.selectedEventId);
    if (back && !to) a.setSelection(s.selectedEventId, true);
    else if (to === 'story') fitted(a.fit(true));
    else if (to) a.fitSide(to);
    else fitted(a.refit());
  }, [matches, fitted, showEvents]);

  const openSide = useCallback(
    (side: Side | 'story') => {
      const a = adapter.current;
      if (!a) return;
      const s = explorerStore.getState();
      const frame = a.storyFrame();
      // the way back to the story folds the background again: the first view, as a plain link opens it
      if (side === 'story') {
        if (s.background === 'folded') return fitted(a.fit(true));
        goingTo.current = 'story';
        return s.setBackground('folded');
      }
      // events folded away are shown first; the window follows once they are drawn (the effect above)
      if (s.background === 'folded' && frame?.[side].some((p) => frame.folded.has(p))) {
        goingTo.current = side;
        s.setBackground('shown');
      } else a.fitSide(side);
    },
    [fitted],
  );

  useEffect(() => {
    selectedShown.current = !!selected && selectVisibleIds(explorerStore.getState()).has(selected);
    adapter.current?.setSelection(selected, true);
  }, [selected]);

  // back and forward: the window the address holds. Not a window the timeline itself reported: during an animated
  // fit each step is reported, and by the time the address has it the animation has moved on; going back to that
  // step stopped the fit half-way and counted as the reader's own window, so filters no longer re-fitted it.
  useEffect(() => {
    const a = adapter.current;
    if (win && reported.current && win.start === reported.current.start && win.end === reported.current.end) return;
    const wanted = win && windowFromUrl(win);
    if (a && wanted && !sameWindow(a.getWindow(), wanted)) a.setWindow(wanted.start, wanted.end);
  }, [win]);

  return (
    <section className="timeline-region" aria-label="Timeline">
      <div className="timeline-toolbar" role="toolbar" aria-label="Timeline controls">
        <DetailControl />
        <button
          type="button"
          onClick={() => adapter.current?.zoomIn()}
          aria-label="Zoom in"
          title="Zoom in (+)"
          aria-keyshortcuts={keyCommands.shortcuts('zoomIn')}
        >
          +
        </button>
        <button
          type="button"
          onClick={() => adapter.current?.zoomOut()}
          aria-label="Zoom out"
          title="Zoom out (−)"
          aria-keyshortcuts={keyCommands.shortcuts('zoomOut')}
        >
          −
        </button>
        <button
          type="button"
          onClick={() => adapter.current && fitted(adapter.current.fit(true))}
          title="Fit all (Home)"
          aria-keyshortcuts={keyCommands.shortcuts('fitAll')}
        >
          Fit all
        </button>
        {/* The cues' place is kept when there is none: the toolbar wraps alike with a cue or without, so the timeline
            under it keeps its top. (At 1280×720 the cue coming and going with a zoom or a filter took the key to a
            second line and back, and moved the whole timeline 23 px up or down each time.) */}
        <span className="stack-cues">
          {stack.above > 0 && <StackCue count={stack.above} towards="above" onClick={() => adapter.current?.scrollStack('above')} />}
          {stack.below > 0 && <StackCue count={stack.below} towards="below" onClick={() => adapter.current?.scrollStack('below')} />}
        </span>
        {/* The key to the marks: written out where the toolbar has room for it (1920 wide); elsewhere behind "Key",
            a disclosure (Enter or Space opens it). At 1280×720 the written key took the toolbar to a second line and
            the timeline lost 23 px of height, one row of its stack. */}
        <span className="legend legend-inline" aria-hidden="true">
          <Legend />
        </span>
        <details
          className="legend-menu"
          onKeyDown={(ev) => {
            // Escape closes the key where it was opened, as a menu does
            const d = ev.currentTarget;
            if (ev.key !== 'Escape' || !d.open) return;
            ev.stopPropagation();
            d.open = false;
            d.querySelector('summary')?.focus();
          }}
        >
          <summary title="What the marks mean">Key</summary>
          <div className="legend legend-popup">
            <Legend />
          </div>
        </details>
        {outside > 0 && (
          <span role="status" className="fit-note">
            {outside === 1 ? '1 event lies' : `${outside} events lie`} outside this view: the timeline shows at most 10,000 years at once.
          </span>
        )}
      </div>
      <p id="timeline-keys" className="visually-hidden">
        Keys: left and right arrows move from event to event, Enter opens the event, plus and minus zoom, Shift with an arrow pans, Home fits all events. The
        events table below lists the same events.
      </p>
      <div className="timeline-stage">
        <div
          ref={host}
          id={TIMELINE_CANVAS_ID}
          className="timeline-host"
          tabIndex={0}
          role="listbox"
          aria-roledescription="timeline"
          aria-label="Timeline canvas"
          aria-describedby="timeline-keys"
          aria-activedescendant={cursor ? CURSOR_OPTION_ID : undefined}
          data-keyscope="timeline"
        >
          <div
            id={CURSOR_OPTION_ID}
            className="visually-hidden"
            role="option"
            tabIndex={-1}
            aria-selected={!!cursor && cursor.id === selected}
            aria-posinset={cursor ? cursor.at : undefined}
            aria-setsize={cursor ? cursor.of : undefined}
          >
            {cursor ? cursor.label : 'No event chosen: press the right arrow for the first event in view.'}
          </div>
        </div>
        {/* No event passes the filters: said where the reader looks, not only under the timeline (the events pane's
            notice says it with its "clear filters" for every reader; this one is for the eyes) */}
        {none && (
          <p className="timeline-empty" aria-hidden="true">
            No events match these filters
          </p>
        )}
        {frame && index ? (
          <EdgeMarkerButtons index={index} frame={frame} window={win} adapter={adapter} onOpen={openSide} />
        ) : (
          // a large collection keeps the markers' row with no event shown: the timeline keeps its height
          large && <div className="edge-markers" />
        )}
      </div>
    </section>
  );
}

/**
 * After the first view's fit is drawn: the key events made fewer by the `hidden` ones its stack leaves out of sight
 * (the least important, stacked furthest from the axis), unless the reader has chosen a level meanwhile. Returns
 * whether to fit and measure again (the window is the 30 key events' arc whatever their number, so the stack of the
 * fewer is lower, and one step is usually enough).
 */
function fitKeyEvents(hidden: number): boolean {
  const s = explorerStore.getState();
  if (hidden <= 0 || s.detail !== 'key' || s.keyEvents <= MIN_KEY_EVENTS) return false;
  s.setKeyEvents(s.keyEvents - hidden);
  return true;
}

/**
 * "▲ 13 more events above": the events a stack taller than the timeline hides. vis-timeline scrolls such a stack
 * with the wheel or a vertical drag, but shows nothing of what is up there: at 1280×720 the BBC spill coverage's
 * first view drew 17 of its 30 key events, and nothing said the other 13 were there. It sits in the toolbar, just
 * above the timeline's top edge, never over the timeline: drawn over the stack's top row (or, scrolled up, over the
 * row above the axis) it hid the very labels it points to ("Anadarko recovered some 3% in early New York trading" on
 * a phone).
 */
function StackCue({ count, towards, onClick }: { count: number; towards: 'above' | 'below'; onClick: () => void }) {
  const events = count === 1 ? 'event' : 'events';
  return (
    <button
      type="button"
      className={`stack-cue stack-cue-${towards}`}
      title={towards === 'above' ? 'Scroll the timeline up to the events stacked above' : 'Scroll the timeline back down towards the axis'}
      aria-label={`${count} more ${events} ${towards}`}
      onClick={onClick}
    >
      <span aria-hidden="true">{towards === 'above' ? '▲ ' : '▼ '}</span>
      {count} more
      <span className="cue-words">
        {' '}
        {events} {towards}
      </span>
    </button>
  );
}

/** What the marks mean: a day's dot, a month's dashed box, a year's dotted box, an inferred date, dates that disagree. */
function Legend() {
  return (
    <>
      <span className="legend-key legend-day" /> day
      <span className="legend-key legend-month" />
      <span>
        <span className="legend-week">week/</span>month
      </span>
      <span className="legend-key legend-year" /> year
      <span className="legend-mark">≈</span> inferred
      <span className="legend-mark legend-conflict">!</span> dates disagree
    </>
  );
}
