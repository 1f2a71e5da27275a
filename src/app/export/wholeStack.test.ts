import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { withWholeStack } from './wholeStack';

/**
 * A timeline host as the export sees it: 300 px tall, a stack of 500 px drawn up from its bottom. As in the browser,
 * a new height is laid out only after the window's resize, on the next frame.
 */
function fakeTimeline() {
  const style: Record<string, string> = {};
  let laidOut = 300;
  const declared = () => (style.height ? Number.parseFloat(style.height) : 300);
  const rect = (top: number, bottom: number) => ({ top, bottom, height: bottom - top, left: 0, right: 100, width: 100 });
  const host = {
    style,
    getAttribute: (name: string) => {
      const text = Object.entries(style)
        .filter(([, v]) => v)
        .map(([k, v]) => `${k}: ${v};`)
        .join(' ');
      return name === 'style' && text ? text : null;
    },
    setAttribute: (_: string, text: string) => {
      for (const k of Object.keys(style)) delete style[k];
      for (const part of text.split(';')) {
        const [k, v] = part.split(':').map((s) => s.trim());
        if (k) style[k] = v;
      }
    },
    removeAttribute: () => {
      for (const k of Object.keys(style)) delete style[k];
    },
    getBoundingClientRect: () => rect(0, laidOut),
    querySelector: () => ({ getBoundingClientRect: () => rect(0, laidOut) }),
    querySelectorAll: () => [{ getBoundingClientRect: () => ({ ...rect(laidOut - 500, laidOut), left: 10, right: 20 }) }],
  };
  const layout = () => {
    laidOut = declared();
  };
  return { host: host as unknown as HTMLElement, layout, height: () => laidOut };
}

let timeline: ReturnType<typeof fakeTimeline>;

beforeEach(() => {
  timeline = fakeTimeline();
  vi.stubGlobal('requestAnimationFrame', (cb: () => void) => setTimeout(cb, 0));
  vi.stubGlobal('window', { dispatchEvent: () => setTimeout(timeline.layout, 0) });
});

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('the image export grows the timeline for its stack', () => {
  it('draws the whole stack, then gives the timeline back its height', async () => {
    const heights = await withWholeStack(timeline.host, async () => timeline.height());
    expect(heights).toBeGreaterThanOrEqual(500);
    await new Promise((r) => setTimeout(r, 10));
    expect(timeline.host.getAttribute('style')).toBeNull();
    expect(timeline.height()).toBe(300);
  });

  it('two quick clicks leave the timeline at its height: the second waits for the first', async () => {
    const draw = async () => timeline.height();
    const [first, second] = await Promise.all([withWholeStack(timeline.host, draw), withWholeStack(timeline.host, draw)]);
    expect(first).toBeGreaterThanOrEqual(500);
    expect(second).toBeGreaterThanOrEqual(500);
    await new Promise((r) => setTimeout(r, 10));
    expect(timeline.host.getAttribute('style')).toBeNull();
    expect(timeline.height()).toBe(300);
  });

  it('gives back the reader’s scroll through the stack, which growing the timeline reset', async () => {
    const scroll = { stackScrollTop: -120 };
    await withWholeStack(
      timeline.host,
      async () => {
        scroll.stackScrollTop = 0;
      },
      scroll,
    );
    expect(scroll.stackScrollTop).toBe(-120);
  });
});
