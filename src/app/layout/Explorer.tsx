/**
 * The explorer's frame: a one-line header, a side column beside the timeline, the events table under it. The side
 * column holds the filters, or the details while an event or a document is open, so opening one never moves the
 * timeline. The page itself never scrolls; every pane scrolls in itself (styles.css, "the frame").
 */
import { useEffect, useRef } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { keyTargets } from '../keys/commands';
import { AddDocumentsButton, MyDocumentsRegion, PageDropZone } from '../mydocs/lazyMyDocuments';
import { DocumentReader } from '../panels/DocumentReader';
import { EventDetails } from '../panels/EventDetails';
import { EventList } from '../panels/EventList';
import { FiltersPanel } from '../panels/FiltersPanel';
import { PresentButton } from '../present/PresentButton';
import { hasActiveFilters, unknownActors } from '../store/filtering';
import { filterPhrases } from '../store/filterSummary';
import { countInWindow } from '../store/inWindow';
import { selectFilterResult, selectSelectedEvent, selectStoryView, selectTotal } from '../store/selectors';
import { explorerStore, useExplorer } from '../store/store';
import { TIMELINE_CANVAS_ID } from '../timeline/canvasId';
import { TimelineView } from '../timeline/lazyTimelineView';
import { CollectionName } from './CollectionName';
import { CopyLink } from './CopyLink';
import { MoreMenu } from './MoreMenu';
import { pane, readerKey } from './pane';

export function Explorer() {
  const total = useExplorer(selectTotal);
  const sideOpen = useExplorer((s) => !!s.reader || !!selectSelectedEvent(s));
  const drawerOpen = useExplorer((s) => s.drawerOpen);
  return (
    <div className="app" data-drawer={drawerOpen} data-side={sideOpen ? 'open' : 'closed'}>
      <SkipLink />
      <Header />
      {total === 0 ? (
        <main className="state-screen">
          <h2>This timeline has no events yet</h2>
          <p className="muted">Add articles to data/documents/ and run `npm run extract`, or use “Add documents”.</p>
          {pane('list of my documents', <MyDocumentsRegion />)}
        </main>
      ) : (
        <>
          {pane('filters', <FiltersPanel />)}
          {drawerOpen && <div className="scrim" onClick={() => explorerStore.getState().setDrawerOpen(false)} aria-hidden="true" />}
          <main className="main">
            {pane('timeline', <TimelineView />)}
            <div className="events-pane">
              <FilterNote />
              <DetailNote />
              <EmptyNotice />
              {pane('list of my documents', <MyDocumentsRegion />)}
              {pane('events list', <EventList />)}
            </div>
          </main>
          {sideOpen && <Side />}
        </>
      )}
      <PageDropZone />
    </div>
  );
}

/** The first thing Tab reaches: straight to the timeline, past the header and the filters. */
function SkipLink() {
  return (
    <a
      className="skip-link"
      href={`#${TIMELINE_CANVAS_ID}`}
      onClick={(e) => {
        e.preventDefault();
        document.getElementById(TIMELINE_CANVAS_ID)?.focus();
      }}
    >
      Skip to the timeline
    </a>
  );
}

function Header() {
  const total = useExplorer(selectTotal);
  const drawerOpen = useExplorer((s) => s.drawerOpen);
  return (
    <header className="topbar">
      <span className="brand" aria-hidden="true">
        Chronolens
      </span>
      <div className="collection">
        <CollectionName />
        <CountLine />
      </div>
      <div className="topbar-actions">
        <button
          type="button"
          className="drawer-toggle"
          aria-expanded={drawerOpen}
          aria-controls="filters"
          onClick={() => explorerStore.getState().setDrawerOpen(!drawerOpen)}
        >
          Filters
        </button>
        {total > 0 && <PresentButton />}
        <CopyLink className="wide-only" />
        <AddDocumentsButton />
        <MoreMenu />
      </div>
    </header>
  );
}

function CountLine() {
  const shown = useExplorer((s) => selectFilterResult(s).matches.length);
  const total = useExplorer(selectTotal);
  // (beside the status, not in it: the status says what the table, the slides and the exports hold)
  const inView = useExplorer((s) => (s.index && s.mode === 'explore' ? countInWindow(s.index, selectFilterResult(s).matches, s.window) : null));
  return (
    <>
      <p className="count-line" role="status" aria-live="polite">
        {shown} of {total} events
      </p>
      {inView !== null && inView < shown && (
        <p className="count-in-view" title="The timeline's window reaches these; the markers at its edges and zooming out lead to the rest">
          {inView} in view
        </p>
      )}
    </>
  );
}

/**
 * Which filters hide events, in words, over the events: the filters' own panel is replaced by the details and the
 * reader, and is a closed drawer on narrow screens, so a shared link to one actor's events with an event open
 * (?actor=…&event=…) showed that actor's events with nothing to say that the others were hidden. When no event
 * passes, EmptyNotice says so instead.
 */
function FilterNote() {
  const shown = useExplorer((s) => selectFilterResult(s).matches.length);
  const phrases = useExplorer(useShallow((s) => (s.index ? filterPhrases(s.index, s.filters) : [])));
  if (!shown || !phrases.length) return null;
  return (
    <p className="filter-note">
      Showing only events {phrases.join(', ')} —{' '}
      <button type="button" className="link-button" onClick={explorerStore.getState().clearFilters}>
        clear filters
      </button>
    </p>
  );
}

/**
 * Why the table lists fewer events than the collection holds when no filter is set, and how to list them all. The
 * header said "30 of 183 events" over a table of 30 rows with every filter clear (the BBC's spill coverage), and
 * readers looked for the filter that hid the other 153: the Detail level keeps the key events, and the events dated
 * before or after the story are folded away (storyView.ts). One click lists every event (Detail at "All events", the
 * background shown), as the slider and the edge markers would.
 */
function DetailNote() {
  const view = useExplorer(selectStoryView);
  const filtered = useExplorer((s) => !!s.index && hasActiveFilters(s.filters, s.index));
  const shown = view.shown.length;
  const of = view.matches.length;
  if (!view.large || !shown || shown >= of) return null;
  // "The 30 key events of 185", "The top 60 events of 185": at Top 60 the note said "The 60 top 60 events of 185"
  const count = shown.toLocaleString('en-GB');
  const which = view.detail === 'key' ? `The ${count} key events` : typeof view.detail === 'number' ? `The top ${count} events` : `The ${count} events`;
  const folded = view.folded.length > 0 && `${view.folded.length} dated outside the story ${view.folded.length === 1 ? 'is' : 'are'} folded`;
  const why = view.limited ? `the Detail slider picks them${folded ? `, and ${folded}` : ''}` : folded;
  const showAll = () => {
    const s = explorerStore.getState();
    s.setDetail('all');
    s.setBackground('shown');
  };
  return (
    <p className="filter-note detail-note">
      {view.limited ? which : `${count} events`} of {of}
      {filtered ? ' that match the filters' : ''}: {why} —{' '}
      <button type="button" className="link-button" onClick={showAll}>
        list all {of}
      </button>
    </p>
  );
}

/**
 * Said once, at the top of the events pane (the table says nothing of its own): no event passes the filters, or the
 * address names an actor this timeline does not have (filtering.ts knownActors), whose events are then all shown.
 */
function EmptyNotice() {
  const shown = useExplorer((s) => selectFilterResult(s).matches.length);
  const active = useExplorer((s) => !!s.index && hasActiveFilters(s.filters, s.index));
  const unknown = useExplorer(useShallow((s) => (s.index ? unknownActors(s.index, s.filters) : [])));
  const forget = () => {
    const s = explorerStore.getState();
    s.setFilters({ ...s.filters, actors: s.filters.actors.filter((id) => !unknown.includes(id)) });
  };
  return (
    <>
      {unknown.length > 0 && (
        <p className="empty" role="status">
          {unknown.length === 1 ? 'The actor' : 'The actors'} {unknown.map((id) => `“${id}”`).join(', ')} in this link {unknown.length === 1 ? 'is' : 'are'} not
          in this timeline, so {unknown.length === 1 ? 'it filters' : 'they filter'} nothing.{' '}
          <button type="button" className="link-button" onClick={forget}>
            OK
          </button>
        </p>
      )}
      {shown === 0 && active && (
        <p className="empty">
          No events match these filters —{' '}
          <button type="button" className="link-button" onClick={explorerStore.getState().clearFilters}>
            clear filters
          </button>
        </p>
      )}
    </>
  );
}

/**
 * The details of the selected event, or the document reader: in the filters' place on wide screens, over the
 * timeline's right side on narrower ones, a sheet from the bottom on phones. Opened from the keyboard, it takes the focus; closed (×, or
 * Escape anywhere), it gives the focus back to where it came from.
 */
function Side() {
  const reader = useExplorer((s) => s.reader);
  const focusRequest = useExplorer((s) => s.detailsFocus);
  const panel = useRef<HTMLDivElement>(null);
  const cameFrom = useRef<Element | null>(null);

  useEffect(() => {
    cameFrom.current = document.activeElement;
    return () => {
      const back = cameFrom.current as HTMLElement | null;
      const lost = !document.activeElement || document.activeElement === document.body || !document.activeElement.isConnected;
      if (lost && back?.isConnected) back.focus({ preventScroll: true });
    };
  }, []);

  useEffect(() => {
    if (focusRequest) panel.current?.querySelector<HTMLElement>('h2')?.focus({ preventScroll: true });
  }, [focusRequest]);

  // Where the panel lies over the page (a sheet on a phone, over the timeline's right side on a narrower screen),
  // the focus follows the selection into it, never left on what it covers: it moves to the details' title; Escape or
  // × gives it back to the timeline (above), its cursor on the event.
  const selected = useExplorer((s) => s.selectedEventId);
  useEffect(() => {
    const side = panel.current;
    const active = document.activeElement;
    if (!side || !selected || !active || active === document.body || side.contains(active)) return;
    if (getComputedStyle(side).position !== 'fixed' || !overlaps(side.getBoundingClientRect(), active.getBoundingClientRect())) return;
    side.querySelector<HTMLElement>('h2')?.focus({ preventScroll: true });
  }, [selected]);

  useEffect(() => {
    keyTargets.closeDetails = () => {
      const s = explorerStore.getState();
      const inside = panel.current?.contains(document.activeElement);
      if (s.reader) s.closeReader();
      else s.selectEvent(null);
      // the focus was in the closing panel: it goes back to where the details were opened from
      if (inside) (cameFrom.current as HTMLElement | null)?.focus?.({ preventScroll: true });
      return undefined;
    };
    return () => {
      keyTargets.closeDetails = null;
    };
  }, []);

  return (
    <div className="side" ref={panel}>
      {reader ? pane('document reader', <DocumentReader />, readerKey) : pane('event details', <EventDetails />, (s) => s.selectedEventId ?? '')}
    </div>
  );
}

const overlaps = (a: DOMRect, b: DOMRect) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
