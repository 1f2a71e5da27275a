/**
 * The DOM of timeline items and tooltips, built from text nodes only. Titles come from documents off the web,
 * so nothing here is ever parsed as HTML.
 */
import type { EventRecord } from '../../schema/timeline';
import { formatDate } from '../store/dates';

function el(tag: string, className: string, text?: string): HTMLElement {
  const node = document.createElement(tag);
  node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

export function itemElement(event: EventRecord): HTMLElement {
  const root = el('span', 'ev-content');
  if (event.date.basis === 'inferred') root.append(el('span', 'ev-mark ev-mark-inferred', '≈'));
  if (event.conflicts?.length) root.append(el('span', 'ev-mark ev-mark-conflict', '!'));
  root.append(el('span', 'ev-title', event.title));
  return root;
}

export function tooltipElement(event: EventRecord): HTMLElement {
  const root = el('div', 'ev-tooltip');
  root.append(el('strong', 'ev-tooltip-title', event.title));
  const notes = [formatDate(event.date.value, event.date.precision)];
  if (event.date.precision !== 'day') notes.push(`approximate (${event.date.precision})`);
  if (event.date.basis === 'inferred') notes.push('date inferred');
  if (event.conflicts?.length) notes.push('reports disagree on the date');
  root.append(el('div', 'ev-tooltip-date', notes.join(' · ')));
  const docs = new Set(event.mentions.map((m) => m.doc)).size;
  root.append(el('div', 'ev-tooltip-sources', `reported by ${docs} document${docs === 1 ? '' : 's'}`));
  return root;
}

/** A lane's name, and below it a short line of detail ("Reuters" / "Kim Jong Un meets…"); the whole name on hover. */
export function laneElement(label: string, detail?: string, full?: string): HTMLElement {
  const root = el('span', 'lane-label');
  root.append(el('span', 'lane-name', label));
  if (detail) root.append(el('span', 'lane-detail', detail));
  root.title = full ?? (detail ? `${label}: ${detail}` : label);
  return root;
}

/** "412 events": a cluster standing for the events of one period when there are too many to draw one by one. */
export function clusterElement(count: number): HTMLElement {
  const root = el('span', 'ev-content ev-cluster-content');
  root.append(el('span', 'ev-cluster-count', `${count} ${count === 1 ? 'event' : 'events'}`));
  return root;
}

export function clusterTooltipElement(count: number, period: string): HTMLElement {
  const root = el('div', 'ev-tooltip');
  root.append(el('strong', 'ev-tooltip-title', `${count} ${count === 1 ? 'event' : 'events'} in ${period}`));
  root.append(el('div', 'ev-tooltip-sources', 'click to zoom in'));
  return root;
}
