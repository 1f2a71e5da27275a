/**
 * "More": the actions a reader needs now and then (lanes, the handout, exports, the timeline file), folded away so
 * the header is one line and the timeline gets the screen. A disclosure (a button and the panel it shows), closed
 * by Escape, by the button, or by a click elsewhere.
 */
import { lazy, Suspense } from 'react';
import { explorerStore, useExplorer } from '../store/store';
import type { Lanes } from '../store/viewSlice';
import { useDisclosure } from './useDisclosure';
import { CopyLink } from './CopyLink';

const MoreActions = lazy(() => import('./MoreActions'));

export function MoreMenu() {
  const { open, setOpen, panelId, root, button } = useDisclosure();

  return (
    <div className="more" ref={root} data-keyscope="menu">
      <button ref={button} type="button" className="more-button" aria-expanded={open} aria-controls={panelId} onClick={() => setOpen(!open)}>
        More <span aria-hidden="true">▾</span>
      </button>
      {open && (
        <div id={panelId} className="more-panel">
          <LanesSwitch />
          <CopyLink className="narrow-only" />
          <Suspense fallback={<span className="muted">Loading…</span>}>
            <MoreActions />
          </Suspense>
        </div>
      )}
    </div>
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
