import { useState, type ReactNode } from 'react';
import { PaneBoundary } from './ErrorBoundary';
import { EmbedView } from './embed/EmbedView';
import { ExportActions } from './export/ExportActions';
import { PresentButton } from './present/PresentButton';
import { Presentation } from './present/Presentation';
import { Handout } from './print/Handout';
import { DocumentReader } from './panels/DocumentReader';
import { EventDetails } from './panels/EventDetails';
import { EventList } from './panels/EventList';
import { FiltersPanel } from './panels/FiltersPanel';
import { AddDocumentsButton, DownloadTimelineButton, MyDocumentsRegion, PageDropZone } from './mydocs/MyDocuments';
import { hasActiveFilters } from './store/filtering';
import { selectFilterResult, selectTotal } from './store/selectors';
import { explorerStore, useExplorer, type Store } from './store/store';
import type { Lanes } from './store/viewSlice';
import { TimelineView } from './timeline/TimelineView';

export function App() {
  const status = useExplorer((s) => s.status);
  const error = useExplorer((s) => s.error);
  const source = useExplorer((s) => s.source);
  if (status === 'loading') {
    return (
      <div className="state-screen" role="status">
        <h1>Chronolens</h1>
        <p>Loading {source}…</p>
      </div>
    );
  }
  if (status === 'error') {
    return (
      <div className="state-screen" role="alert">
        <h1>Chronolens could not open this timeline</h1>
        <p className="error-message">{error}</p>
        <p className="muted">Fix the file, or open the default timeline.</p>
        <a href="./">Open timeline.json</a>
      </div>
    );
  }
  return <ReadyView />;
}

/** Classroom modes (issue 4): an embedded timeline, the presentation, or the explorer with its printable handout. */
function ReadyView() {
  const embed = useExplorer((s) => s.embed);
  const presenting = useExplorer((s) => s.mode === 'present' && s.index !== null);
  if (embed) return pane('embedded timeline', <EmbedView />);
  if (presenting) return pane('presentation', <Presentation />);
  return (
    <>
      <Explorer />
      {pane('handout', <Handout />)}
    </>
  );
}

function Explorer() {
  const total = useExplorer(selectTotal);
  const reader = useExplorer((s) => s.reader);
  const drawerOpen = useExplorer((s) => s.drawerOpen);
  const source = useExplorer((s) => s.source);
  const warnings = useExplorer((s) => s.index?.timeline.warnings.length ?? 0);
  return (
    <div className="app" data-drawer={drawerOpen}>
      <header className="topbar">
        <h1 className="brand">Chronolens</h1>
        <span className="muted source-name" title={warnings ? `${warnings} build warnings` : undefined}>
          {source}
        </span>
        <CountLine />
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
          <LanesSwitch />
          <CopyLink />
          {total > 0 && (
            <>
              <PresentButton />
              <ExportActions />
            </>
          )}
          <AddDocumentsButton />
          <DownloadTimelineButton />
        </div>
      </header>
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
            <EmptyNotice />
            {pane('list of my documents', <MyDocumentsRegion />)}
            {pane('events list', <EventList />)}
          </main>
          <div className="side">
            {reader ? pane('document reader', <DocumentReader />, readerKey) : pane('event details', <EventDetails />, (s) => s.selectedEventId ?? '')}
          </div>
        </>
      )}
      <PageDropZone />
    </div>
  );
}

/** A pane that fails shows its error and "Reset view" in its place; the others keep working (ErrorBoundary.tsx). */
function pane(name: string, content: ReactNode, retryOn?: (s: Store) => string) {
  return (
    <PaneBoundary key={name} name={name} retryOn={retryOn}>
      {content}
    </PaneBoundary>
  );
}
const readerKey = (s: Store) => `${s.reader?.doc}:${s.reader?.at}`;

function CountLine() {
  const shown = useExplorer((s) => selectFilterResult(s).matches.length);
  const total = useExplorer(selectTotal);
  return (
    <p className="count-line" role="status" aria-live="polite">
      {shown} of {total} events
    </p>
  );
}

function EmptyNotice() {
  const shown = useExplorer((s) => selectFilterResult(s).matches.length);
  const active = useExplorer((s) => hasActiveFilters(s.filters));
  if (shown > 0 || !active) return null;
  return (
    <p className="empty">
      No events match these filters —{' '}
      <button type="button" className="link-button" onClick={explorerStore.getState().clearFilters}>
        clear filters
      </button>
    </p>
  );
}

function LanesSwitch() {
  const lanes = useExplorer((s) => s.lanes);
  return (
    <label className="lanes">
      <span>Lanes</span>
      <select value={lanes} onChange={(e) => explorerStore.getState().setLanes(e.target.value as Lanes)}>
        <option value="none">off</option>
        <option value="actor">by actor</option>
        <option value="source">by source</option>
      </select>
    </label>
  );
}

function CopyLink() {
  const [state, setState] = useState<'idle' | 'copied' | 'manual'>('idle');
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(window.location.href);
      setState('copied');
    } catch {
      // no clipboard permission (some browsers, plain http): show the link to copy by hand
      setState('manual');
    }
    window.setTimeout(() => setState('idle'), 4000);
  };
  return (
    <span className="copy-link">
      <button type="button" onClick={copy}>
        Copy link
      </button>
      <span role="status" className="copy-status">
        {state === 'copied' && 'Link copied'}
        {state === 'manual' && <input aria-label="Link to this view" readOnly value={window.location.href} onFocus={(e) => e.target.select()} autoFocus />}
      </span>
    </span>
  );
}
