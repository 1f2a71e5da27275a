/**
 * Every keyboard command of the app, in one table. Components do not listen for keys; they hand their controls to
 * `keyTargets` while they are on screen (the timeline its zoom and cursor, the table its rows, the presentation its
 * slides), and one listener (useKeyCommands) runs the command the registry finds for a key press.
 */
import { useEffect } from 'react';
import { enterPresentation } from '../present/presenting';
import { explorerStore } from '../store/store';
import { CommandRegistry, type KeyCommand, scopesOf } from './registry';

export interface TimelineKeys {
  zoomIn(): void;
  zoomOut(): void;
  fit(): void;
  pan(fraction: number): void;
  step(direction: 'next' | 'previous'): void;
  open(): boolean;
}

export interface TableKeys {
  /** moves the focus between rows: a function of (row, last row, rows per page) */
  move(to: (at: number, last: number, page: number) => number, from: Element): boolean;
}

export interface MenuKeys {
  close(): void;
}

export interface PresentKeys {
  step(action: 'next' | 'previous' | 'first' | 'last'): void;
  toggleSources(): void;
  leave(): void;
}

/** What the commands act on: whatever is on screen now. */
export interface KeyTargets {
  timeline: TimelineKeys | null;
  table: TableKeys | null;
  menu: MenuKeys | null;
  present: PresentKeys | null;
  /** closes the open details or document, giving the focus back to where they were opened from */
  closeDetails: (() => boolean | undefined) | null;
}

export const keyTargets: KeyTargets = { timeline: null, table: null, menu: null, present: null, closeDetails: null };

const onTimeline = (act: (t: TimelineKeys) => unknown) => (k: KeyTargets) => {
  if (!k.timeline) return false;
  act(k.timeline);
  return undefined;
};
const tableMove = (to: (at: number, last: number, page: number) => number) => (k: KeyTargets, e: KeyboardEvent) =>
  !!k.table && k.table.move(to, e.target as Element);
const slide = (action: 'next' | 'previous' | 'first' | 'last') => (k: KeyTargets, e: KeyboardEvent) => {
  // Space on a focused button presses the button
  if (e.key === ' ' && (e.target as HTMLElement | null)?.tagName === 'BUTTON') return false;
  if (!k.present) return false;
  k.present.step(action);
  return undefined;
};

export const COMMANDS: KeyCommand<KeyTargets>[] = [
  // the explorer, wherever the focus is
  {
    name: 'present',
    scope: 'explorer',
    keys: ['p', 'P'],
    notWhileTyping: true,
    // an embedded timeline has no presentation
    perform: () => {
      if (explorerStore.getState().embed) return false;
      enterPresentation();
      return undefined;
    },
  },
  {
    name: 'closeDetails',
    scope: 'explorer',
    keys: ['Escape'],
    notWhileTyping: true,
    perform: (k) => {
      if (k.closeDetails) return k.closeDetails();
      const s = explorerStore.getState();
      if (s.reader) s.closeReader();
      else if (s.selectedEventId) s.selectEvent(null);
      else return false;
      return undefined;
    },
  },
  // the timeline, when it has the focus
  { name: 'zoomIn', scope: 'timeline', keys: ['+', '='], perform: onTimeline((t) => t.zoomIn()) },
  { name: 'zoomOut', scope: 'timeline', keys: ['-', '−', '_'], perform: onTimeline((t) => t.zoomOut()) },
  { name: 'fitAll', scope: 'timeline', keys: ['Home'], perform: onTimeline((t) => t.fit()) },
  { name: 'nextEvent', scope: 'timeline', keys: ['ArrowRight', 'ArrowDown'], perform: onTimeline((t) => t.step('next')) },
  { name: 'previousEvent', scope: 'timeline', keys: ['ArrowLeft', 'ArrowUp'], perform: onTimeline((t) => t.step('previous')) },
  { name: 'panLeft', scope: 'timeline', keys: ['Shift+ArrowLeft'], perform: onTimeline((t) => t.pan(-0.2)) },
  { name: 'panRight', scope: 'timeline', keys: ['Shift+ArrowRight'], perform: onTimeline((t) => t.pan(0.2)) },
  { name: 'openEvent', scope: 'timeline', keys: ['Enter', ' '], perform: (k) => !!k.timeline?.open() },
  // the events table, when a row's link has the focus (a table of 100,000 rows is not one to Tab through)
  { name: 'rowDown', scope: 'table', keys: ['ArrowDown'], perform: tableMove((at, last) => Math.min(last, at + 1)) },
  { name: 'rowUp', scope: 'table', keys: ['ArrowUp'], perform: tableMove((at) => Math.max(0, at - 1)) },
  { name: 'pageDown', scope: 'table', keys: ['PageDown'], perform: tableMove((at, last, page) => Math.min(last, at + page)) },
  { name: 'pageUp', scope: 'table', keys: ['PageUp'], perform: tableMove((at, _, page) => Math.max(0, at - page)) },
  { name: 'firstRow', scope: 'table', keys: ['Home'], perform: tableMove(() => 0) },
  { name: 'lastRow', scope: 'table', keys: ['End'], perform: tableMove((_, last) => last) },
  // an open menu
  {
    name: 'closeMenu',
    scope: 'menu',
    keys: ['Escape'],
    perform: (k) => {
      if (!k.menu) return false;
      k.menu.close();
      return undefined;
    },
  },
  // the presentation (keys a keyboard or a clicker sends: clickers send PageDown/PageUp)
  { name: 'nextSlide', scope: 'present', keys: ['ArrowRight', 'PageDown', ' '], perform: slide('next') },
  { name: 'previousSlide', scope: 'present', keys: ['ArrowLeft', 'PageUp'], perform: slide('previous') },
  { name: 'firstSlide', scope: 'present', keys: ['Home'], perform: slide('first') },
  { name: 'lastSlide', scope: 'present', keys: ['End'], perform: slide('last') },
  {
    name: 'allSources',
    scope: 'present',
    keys: ['s', 'S'],
    perform: (k) => {
      if (!k.present) return false;
      k.present.toggleSources();
      return undefined;
    },
  },
  {
    name: 'leavePresentation',
    scope: 'present',
    keys: ['Escape'],
    perform: (k) => {
      if (!k.present) return false;
      k.present.leave();
      return undefined;
    },
  },
];

export const keyCommands = new CommandRegistry<KeyTargets>();
for (const command of COMMANDS) keyCommands.register(command);

/** The one keydown listener: the explorer's or the presentation's commands, by the page's mode. */
export function useKeyCommands(presenting: boolean): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      // a modal dialog (Add documents) keeps its keys; a handled key is not handled twice
      if (e.defaultPrevented || (e.target as Element | null)?.closest?.('dialog[open]')) return;
      if (keyCommands.handle(e, scopesOf(e.target, presenting ? 'present' : 'explorer'), keyTargets)) e.preventDefault();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [presenting]);
}
