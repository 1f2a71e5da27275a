/**
 * The exported image is the timeline as laid out, and a stack taller than the timeline is drawn partly above its
 * top: at 1280×720 the BBC's spill coverage showed 16 of its 30 key events in the image, the 17th cut to its last
 * word ("letter"), under a caption that said "30 key events". For the moment of the snapshot the timeline is made
 * as tall as its stack, so every event in the window is in the picture, and then given back its height and the
 * reader's scroll through the stack.
 */
import { SNAPSHOT_ATTR } from '../timeline/canvasId';
import { CUT_TOLERANCE_PX, drawnItems } from '../timeline/stackMeasure';

/** How far the drawn items reach past the top and the bottom of the items' panel, in px (0: the stack fits). */
export function stackOverhang(host: HTMLElement): { above: number; below: number } {
  const { panel, items } = drawnItems(host);
  if (!panel) return { above: 0, below: 0 };
  let top = panel.top;
  let bottom = panel.bottom;
  for (const el of items) {
    const r = el.getBoundingClientRect();
    if (!r.height || r.right <= panel.left || r.left >= panel.right) continue;
    top = Math.min(top, r.top);
    bottom = Math.max(bottom, r.bottom);
  }
  return { above: Math.max(0, panel.top - top), below: Math.max(0, bottom - panel.bottom) };
}

/** An overhang the timeline hides an item for (visTimeline.ts cutSide): the same tolerance, so the same items. */
const cuts = (over: { above: number; below: number }) => over.above > CUT_TOLERANCE_PX || over.below > CUT_TOLERANCE_PX;

const frame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

/** vis-timeline's scroll through a stack taller than the timeline, where the timeline has one. */
export interface StackScroll {
  stackScrollTop: number;
}

/** The snapshot under way: a second click waits for it, else it would take the grown height for the timeline's own. */
let busy: Promise<unknown> = Promise.resolve();

/**
 * Runs draw with the timeline grown until its whole stack is inside it (a few rounds: vis restacks as it grows).
 * One at a time: two quick clicks on "Export image" made the second keep the first's grown style and give it back
 * as the timeline's own, which left the timeline as tall as its stack for good.
 */
export function withWholeStack<T>(host: HTMLElement, draw: () => Promise<T>, scroll?: StackScroll): Promise<T> {
  const run = busy.then(
    () => grownFor(host, draw, scroll),
    () => grownFor(host, draw, scroll),
  );
  busy = run.catch(() => undefined);
  return run;
}

async function grownFor<T>(host: HTMLElement, draw: () => Promise<T>, scroll?: StackScroll): Promise<T> {
  let over = stackOverhang(host);
  if (!cuts(over)) return draw();
  const style = host.getAttribute('style');
  const stage = host.parentElement;
  const stageStyle = stage?.getAttribute('style') ?? null;
  const scrollTop = scroll?.stackScrollTop;
  try {
    // The timeline grows upwards, out of the page's flow, inside its own place clipped to its size: its axis and the
    // rows above it stay where the reader sees them. Grown in the flow, the axis went 430 px down under the events
    // table, the stack cue left the toolbar and the toolbar lost a line, all for a moment, on every export.
    if (stage) {
      const box = stage.getBoundingClientRect();
      const hostBox = host.getBoundingClientRect();
      stage.style.flex = 'none';
      stage.style.height = `${box.height}px`;
      stage.style.overflow = 'clip';
      host.style.position = 'absolute';
      host.style.left = '0';
      host.style.right = '0';
      host.style.bottom = `${box.bottom - hostBox.bottom}px`;
    }
    host.setAttribute(SNAPSHOT_ATTR, '');
    for (let round = 0; round < 4 && cuts(over); round++) {
      host.style.flex = 'none';
      host.style.height = `${Math.ceil(host.getBoundingClientRect().height + over.above + over.below + 8)}px`;
      // vis-timeline notices a new size of its container on a window resize (else within a second)
      window.dispatchEvent(new Event('resize'));
      for (let f = 0; f < 3; f++) await frame();
      over = stackOverhang(host);
    }
    return await draw();
  } finally {
    if (style === null) host.removeAttribute('style');
    else host.setAttribute('style', style);
    if (stage) {
      if (stageStyle === null) stage.removeAttribute('style');
      else stage.setAttribute('style', stageStyle);
    }
    window.dispatchEvent(new Event('resize'));
    // growing the timeline scrolled the stack to its end; the reader's place in it is given back once vis has
    // laid the stack out at its own height again
    if (scroll && scrollTop !== undefined) {
      for (let f = 0; f < 2; f++) await frame();
      host.removeAttribute(SNAPSHOT_ATTR);
      scroll.stackScrollTop = scrollTop;
    }
    host.removeAttribute(SNAPSHOT_ATTR);
  }
}
