import type { ReactNode } from 'react';
import { PaneBoundary } from '../ErrorBoundary';
import type { Store } from '../store/store';

/** A pane that fails shows its error and "Reset view" in its place; the others keep working (ErrorBoundary.tsx). */
export function pane(name: string, content: ReactNode, retryOn?: (s: Store) => string) {
  return (
    <PaneBoundary key={name} name={name} retryOn={retryOn}>
      {content}
    </PaneBoundary>
  );
}

export const readerKey = (s: Store) => `${s.reader?.doc}:${s.reader?.at}`;
