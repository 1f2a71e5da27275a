/**
 * "My documents" in the explorer, its code (the dialog, the list, the drop zone, IndexedDB, the extractor's client)
 * a chunk of its own: the first view does not wait for a feature most visits never use. The chunk is asked for as
 * the explorer first renders, so it is there moments later; until then "Add documents" shows, disabled.
 */
import { lazy, Suspense } from 'react';

const load = () => import('./MyDocuments');
const Add = lazy(() => load().then((m) => ({ default: m.AddDocumentsButton })));
const Region = lazy(() => load().then((m) => ({ default: m.MyDocumentsRegion })));
const Drop = lazy(() => load().then((m) => ({ default: m.PageDropZone })));

export function AddDocumentsButton() {
  return (
    <Suspense
      fallback={
        <button type="button" disabled>
          Add documents
        </button>
      }
    >
      <Add />
    </Suspense>
  );
}

export function MyDocumentsRegion() {
  return (
    <Suspense fallback={null}>
      <Region />
    </Suspense>
  );
}

export function PageDropZone() {
  return (
    <Suspense fallback={null}>
      <Drop />
    </Suspense>
  );
}
