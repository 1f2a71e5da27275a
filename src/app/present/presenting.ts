/**
 * Entering and leaving the presentation: the store says which mode and slide (and so the URL does); the browser's
 * full screen follows when it is allowed (not inside an iframe without allowfullscreen, not on load from a link,
 * which is no user gesture).
 */
import { selectFilterResult } from '../store/selectors';
import { explorerStore } from '../store/store';
import { slideOrder, startingSlide } from './slides';

let enteredFullscreen = false;

export function enterPresentation(): void {
  const s = explorerStore.getState();
  if (!s.index) return;
  const order = slideOrder(s.index, selectFilterResult(s).matches);
  s.present(startingSlide(s.index, order, s.selectedEventId));
  const root = document.documentElement;
  if (document.fullscreenEnabled && !document.fullscreenElement && root.requestFullscreen) {
    root.requestFullscreen().then(
      () => (enteredFullscreen = true),
      () => undefined, // refused (no gesture, a policy): present in the window
    );
  }
}

let focusOnReturn = false;

/**
 * Once, when the explorer comes back from a presentation: the Present button takes the focus again. The explorer is
 * unmounted while presenting, so Escape or Exit left the focus on the page's body and the next Tab started over
 * at the top, wherever the reader had been.
 */
export function takeFocusOnReturn(): boolean {
  const take = focusOnReturn;
  focusOnReturn = false;
  return take;
}

/**
 * Leaves at the event on screen, selected in the explorer, so the class can dig into its sources. The focus goes
 * to that event's details (and back to Present when they close), or to Present when the title slide was on screen.
 */
export function leavePresentation(eventId: string | null): void {
  const s = explorerStore.getState();
  focusOnReturn = true;
  if (eventId) s.selectEvent(eventId, true);
  s.setMode('explore');
  if (enteredFullscreen && document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
  enteredFullscreen = false;
}

/** Escape in full screen is taken by the browser to leave full screen: leaving it leaves the presentation too. */
export function onFullscreenLeft(leave: () => void): () => void {
  const handler = () => {
    if (enteredFullscreen && !document.fullscreenElement) {
      enteredFullscreen = false;
      leave();
    }
  };
  document.addEventListener('fullscreenchange', handler);
  return () => document.removeEventListener('fullscreenchange', handler);
}

export const prefersReducedMotion = () => window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
