/**
 * How far each event's label reaches right of its date, in px, as the timeline will draw it: the same content
 * element (itemContent.ts) in the same classes, measured off screen inside the timeline's own container so that
 * its fonts and max-width apply. All probes are laid out together, so a fit costs one layout, not one per event.
 */
import type { EventRecord } from '../../schema/timeline';
import { itemElement } from './itemContent';

/** the dot's half width and the gap vis-timeline leaves between a point's dot and its label */
const POINT_LEAD = 8;
/** a range's label starts inside its box, after the border */
const RANGE_LEAD = 2;

/**
 * `classOf` gives an event the classes it will be drawn with beyond its kind (vis-selected, the strip's is-current):
 * a selected label is bold, wider than the plain one by a word's end ("…permanently seale").
 */
export function measureLabels(container: HTMLElement, events: readonly EventRecord[], classOf?: (eventId: string) => string): number[] {
  if (!events.length) return [];
  const layer = document.createElement('div');
  layer.className = 'vis-timeline label-probes';
  layer.setAttribute('aria-hidden', 'true');
  layer.style.cssText = 'position:absolute;left:0;top:0;visibility:hidden;pointer-events:none;width:4000px;border:0';
  const contents: HTMLElement[] = [];
  for (const event of events) {
    const range = event.date.precision !== 'day';
    const box = document.createElement('div');
    box.className = `vis-item ${range ? 'vis-range' : 'vis-point'} ev-${event.date.precision} ${classOf?.(event.id) ?? ''}`.trim();
    box.style.cssText = 'position:absolute;left:0;top:0';
    const content = document.createElement('div');
    content.className = 'vis-item-content';
    content.append(itemElement(event));
    box.append(content);
    layer.append(box);
    contents.push(content);
  }
  container.append(layer);
  const widths = events.map((event, i) => contents[i].offsetWidth + (event.date.precision === 'day' ? POINT_LEAD : RANGE_LEAD));
  layer.remove();
  return widths;
}
