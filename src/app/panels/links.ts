import { explorerStore } from '../store/store';
import { writeUrl } from '../store/urlState';

/** The address of this view with another event selected: real links, so they open in a new tab too. */
export function eventHref(eventId: string): string {
  return writeUrl({ ...explorerStore.getState(), selectedEventId: eventId, reader: null }) || '?';
}

export function readerHref(doc: string, at: number | null): string {
  return writeUrl({ ...explorerStore.getState(), reader: { doc, at } }) || '?';
}

/** plain left click: handle in the app; modified clicks open a tab as links do */
export function isPlainClick(e: { button: number; metaKey: boolean; ctrlKey: boolean; shiftKey: boolean; altKey: boolean }): boolean {
  return e.button === 0 && !e.metaKey && !e.ctrlKey && !e.shiftKey && !e.altKey;
}
