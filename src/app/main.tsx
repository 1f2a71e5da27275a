/**
 * Boot: read the view from the address, load and validate the timeline file, then keep store and address in step.
 */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { fetchTimeline } from './load/loadTimeline';
import { restoreMyDocuments } from './mydocs/myDocsStore';
import { explorerStore } from './store/store';
import { applyUrlState, readUrl, syncUrlWithStore } from './store/urlState';
import './styles.css';

async function boot() {
  const url = readUrl(window.location.search);
  applyUrlState(explorerStore, url);
  explorerStore.getState().startLoading(url.data);
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
  const result = await fetchTimeline(url.data);
  if (result.ok) {
    explorerStore.getState().loaded(result.timeline, result.index);
    void restoreMyDocuments(url.data, result.timeline);
  } else explorerStore.getState().failed(result.error);
  syncUrlWithStore(explorerStore);
}

void boot();
