/** Where the timeline's drawn items lie against its items' panel; plain DOM, so the export and tests use it without vis. */

/**
 * How far past the items' panel an item may reach and still be inside it, in px (sub-pixel layout). One tolerance
 * for the cue's count (stackOverflow), what hideCut leaves out and what the exported image grows for (wholeStack.ts),
 * so that they agree on every item: with 1 px for two and 0.5 px for the third, an item 0.7 px past the top was
 * hidden, yet not counted in "▲ more events above" nor grown for in the image.
 */
export const CUT_TOLERANCE_PX = 0.5;

/** Which side of the items' panel an item's box is cut on, or null when it is inside it. */
export function cutSide(r: Pick<DOMRect, 'top' | 'bottom'>, panel: Pick<DOMRect, 'top' | 'bottom'>): 'above' | 'below' | null {
  if (r.top < panel.top - CUT_TOLERANCE_PX) return 'above';
  if (r.bottom > panel.bottom + CUT_TOLERANCE_PX) return 'below';
  return null;
}

/** The drawn items (a point's dot is an item of its own) and the items' panel they are measured against. */
export function drawnItems(container: HTMLElement): { panel: DOMRect | null; items: NodeListOf<HTMLElement> } {
  return {
    panel: container.querySelector('.vis-panel.vis-center')?.getBoundingClientRect() ?? null,
    items: container.querySelectorAll<HTMLElement>('.vis-foreground .vis-item'),
  };
}
