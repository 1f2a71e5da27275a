/**
 * Boot: apply the view from the address, show the explorer while the timeline loads, then keep store and address
 * in step. The download was started by main.tsx before this chunk was fetched.
 */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { PaneBoundary } from './ErrorBoundary';
import type { LoadResult } from './load/loadTimeline';
import { explorerStore } from './store/store';
import { applyUrlState, syncUrlWithStore, type UrlState } from './store/urlState';

export async function boot(url: UrlState, loading: Promise<LoadResult>) {
  applyUrlState(explorerStore, url);
  explorerStore.getState().startLoading(url.data);
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <PaneBoundary name="page">
        <App />
      </PaneBoundary>
    </StrictMode>,
  );
  const result = await loading;
  if (result.ok) {
    explorerStore.getState().loaded(result.timeline, { index: result.index, texts: result.texts });
    // the reader's own documents saved for this timeline, merged in (a chunk of its own: after the first view)
    const { timeline, texts } = result;
    void import('./mydocs/myDocsStore').then(({ restoreMyDocuments }) => restoreMyDocuments(url.data, timeline, texts));
  } else explorerStore.getState().failed(result.error);
  syncUrlWithStore(explorerStore);
}
