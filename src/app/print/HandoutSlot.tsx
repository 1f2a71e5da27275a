/**
 * Where the printed handout goes. Its code (layout, the timeline graphic, the cards) is a chunk of its own, fetched
 * when the page is idle after the first view, and the handout is drawn only while the page is printed: on screen
 * it is never seen, and at 100,000 events laying it out for nothing cost the explorer time.
 */
import { type ComponentType, useEffect, useState } from 'react';
import { flushSync } from 'react-dom';
import { pane } from '../layout/pane';

let Handout: ComponentType | null = null;
let loading: Promise<ComponentType> | null = null;

/** The handout's chunk, fetched once. */
export function loadHandout(): Promise<ComponentType> {
  loading ??= import('./Handout').then((m) => (Handout = m.Handout));
  return loading;
}

/** "Print handout": the print dialog opens once the handout can be drawn, so the printout is never blank. */
export async function printHandout(): Promise<void> {
  await loadHandout();
  window.print();
}

/** True while the page is being printed (Ctrl+P, "Print handout", or print media in a test). */
function usePrinting(): boolean {
  const [printing, setPrinting] = useState(() => window.matchMedia?.('print').matches ?? false);
  useEffect(() => {
    // beforeprint runs before the browser lays out the printed page: render now, not on the next frame
    const before = () => flushSync(() => setPrinting(true));
    const after = () => setPrinting(false);
    const media = window.matchMedia?.('print');
    const change = (e: MediaQueryListEvent) => (e.matches ? before() : after());
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    media?.addEventListener('change', change);
    return () => {
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
      media?.removeEventListener('change', change);
    };
  }, []);
  return printing;
}

export function HandoutSlot() {
  const printing = usePrinting();
  const [ready, setReady] = useState(Handout !== null);
  useEffect(() => {
    // ready before Ctrl+P, which gives no time to fetch anything: the print is laid out in the same task
    const idle = window.requestIdleCallback ?? ((f: () => void) => window.setTimeout(f, 2000));
    idle(() => void loadHandout().then(() => setReady(true)));
  }, []);
  useEffect(() => {
    if (printing && !Handout) void loadHandout().then(() => setReady(true));
  }, [printing]);
  if (!printing || !ready || !Handout) return null;
  const Drawn = Handout;
  return pane('handout', <Drawn />);
}
