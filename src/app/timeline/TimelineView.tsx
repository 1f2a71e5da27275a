import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { explorerStore, useExplorer } from '../store/store';
import { selectFilterResult, selectTotal } from '../store/selectors';
import { TimelineAdapter } from './TimelineAdapter';
import { sameWindow, windowFromUrl, windowToUrl } from './visibleWindow';

/** Hosts the timeline adapter and wires it to the store; the toolbar and keys drive it. */
export function TimelineView() {
  const host = useRef<HTMLDivElement>(null);
  const adapter = useRef<TimelineAdapter | null>(null);
  const index = useExplorer((s) => s.index);
  const matches = useExplorer((s) => selectFilterResult(s).matches);
  const total = useExplorer(selectTotal);
  const selected = useExplorer((s) => s.selectedEventId);
  const lanes = useExplorer((s) => s.lanes);
  const win = useExplorer((s) => s.window);
  /** events "Fit all" could not show: the collection spans more than the timeline can show at once */
  const [outside, setOutside] = useState(0);
  const fitAll = (a: TimelineAdapter) => setOutside(a.fit());

  useEffect(() => {
    const a = new TimelineAdapter(host.current!, {
      onSelect: (id) => explorerStore.getState().selectEvent(id),
      onWindowChange: (start, end) => explorerStore.getState().setWindow(windowToUrl(start, end)),
    });
    adapter.current = a;
    return () => {
      a.destroy();
      adapter.current = null;
    };
  }, []);

  useEffect(() => {
    const a = adapter.current;
    if (!a || !index) return;
    const s = explorerStore.getState();
    a.setData(index, s.lanes);
    a.setVisible(selectFilterResult(s).matches);
    a.setSelection(s.selectedEventId);
    const wanted = s.window && windowFromUrl(s.window);
    if (wanted) a.setWindow(wanted.start, wanted.end);
    else setOutside(a.fit());
  }, [index]);

  useEffect(() => {
    adapter.current?.setLanes(lanes);
  }, [lanes]);
  useEffect(() => {
    adapter.current?.setVisible(matches.length === total ? null : matches);
  }, [matches, total]);
  useEffect(() => {
    adapter.current?.setSelection(selected, true);
  }, [selected]);
  useEffect(() => {
    const a = adapter.current;
    const wanted = win && windowFromUrl(win);
    if (a && wanted && !sameWindow(a.getWindow(), wanted)) a.setWindow(wanted.start, wanted.end);
  }, [win]);

  const onKeyDown = (e: KeyboardEvent) => {
    const a = adapter.current;
    if (!a || e.altKey || e.ctrlKey || e.metaKey) return;
    const actions: Record<string, () => void> = {
      '+': () => a.zoomIn(),
      '=': () => a.zoomIn(),
      '-': () => a.zoomOut(),
      '−': () => a.zoomOut(),
      _: () => a.zoomOut(),
      ArrowLeft: () => a.pan(-0.2),
      ArrowRight: () => a.pan(0.2),
      Home: () => fitAll(a),
    };
    const action = actions[e.key];
    if (action) {
      e.preventDefault();
      action();
    }
  };

  return (
    <section className="timeline-region" aria-label="Timeline">
      <div className="timeline-toolbar" role="toolbar" aria-label="Timeline controls">
        <button type="button" onClick={() => adapter.current?.zoomIn()} aria-label="Zoom in" title="Zoom in (+)">
          +
        </button>
        <button type="button" onClick={() => adapter.current?.zoomOut()} aria-label="Zoom out" title="Zoom out (−)">
          −
        </button>
        <button type="button" onClick={() => adapter.current && fitAll(adapter.current)} title="Fit all (Home)">
          Fit all
        </button>
        <span className="legend" aria-hidden="true">
          <span className="legend-key legend-day" /> day
          <span className="legend-key legend-month" /> month
          <span className="legend-key legend-year" /> year
          <span className="legend-mark">≈</span> inferred
          <span className="legend-mark legend-conflict">!</span> dates disagree
        </span>
        {outside > 0 && (
          <span role="status" className="fit-note">
            {outside === 1 ? '1 event lies' : `${outside} events lie`} outside this view: the timeline shows at most 10,000 years at once.
          </span>
        )}
      </div>
      <p id="timeline-keys" className="visually-hidden">
        Keys: plus and minus zoom, left and right arrows pan, Home fits all events. The events table below lists the same events.
      </p>
      <div ref={host} className="timeline-host" tabIndex={0} role="group" aria-label="Timeline canvas" aria-describedby="timeline-keys" onKeyDown={onKeyDown} />
    </section>
  );
}
