/**
 * The strip under a slide names the current event and its neighbours; every other event is a dot. An unnamed
 * event's box was 2 px high while its dot is 14 px, and the timeline stacks boxes: on a phone, the BBC spill
 * coverage's "The BP-operated Deepwater Horizon rig sank" was crossed by three dots at its label's edges. No dot is
 * drawn over a label, and no label covers a dot. Built from the spill fixture (many events on a few days), on a phone,
 * at 1280×720 and at 1280×800 (a classroom projector).
 */
import { expect, type Page, test } from '@playwright/test';
import { spillTimeline } from '../src/app/store/__fixtures__/spillTimeline';

/**
 * The dots drawn over a named event's label in the strip, and those a label hides: a dot under a label is an event
 * the class cannot see. At 1280×800 the bold label of Reuters' "A Republican U.S. representative apologized to BP CEO
 * Tony Hayward" covered its neighbour's dot ("The BP-owned Macondo well was temporarily capped"): the check left the
 * neighbours' dots out, and counted only dots drawn on top.
 */
const dotsOverLabels = (page: Page) =>
  page.evaluate(() => {
    const strip = document.querySelector('.present-strip')!;
    const labels = [...strip.querySelectorAll<HTMLElement>('.vis-item.is-current .ev-content, .vis-item.is-near .ev-content')]
      .map((el) => ({ item: el.closest('.vis-item.vis-point'), r: el.getBoundingClientRect() }))
      .filter(({ r }) => r.width > 0);
    const over: string[] = [];
    for (const dot of strip.querySelectorAll<HTMLElement>('.vis-item.vis-dot')) {
      const d = dot.getBoundingClientRect();
      if (d.width === 0 || dot.closest<HTMLElement>('.vis-item.vis-point')?.style.visibility === 'hidden') continue;
      for (const { item, r: l } of labels) {
        // (a label's own dot is beside it)
        if (item?.contains(dot)) continue;
        const x0 = Math.max(d.left, l.left);
        const x1 = Math.min(d.right, l.right);
        const y0 = Math.max(d.top, l.top);
        const y1 = Math.min(d.bottom, l.bottom);
        if (x1 - x0 < 1 || y1 - y0 < 1) continue;
        over.push(`dot at ${Math.round(d.left)},${Math.round(d.top)} and a label at ${Math.round(l.left)},${Math.round(l.top)} cross`);
      }
    }
    return over;
  });

async function everySlide(page: Page): Promise<string[]> {
  const body = JSON.stringify(spillTimeline());
  await page.route('**/spill.json', (route) => route.fulfill({ contentType: 'application/json', body }));
  await page.goto('/?data=spill.json&mode=present&slide=2');
  const progress = page.locator('.present-progress');
  await expect(progress).toHaveText(/^2 \/ \d+$/);
  const count = Number((await progress.textContent())!.split('/')[1]);
  const found: string[] = [];
  for (let k = 2; k <= count; k++) {
    await page.goto(`/?data=spill.json&mode=present&slide=${k}`);
    await expect(progress).toHaveText(`${k} / ${count}`);
    await expect(page.locator('.present-strip .vis-item.is-current').first()).toBeVisible();
    // the strip settles (it moves to the slide's event, then restacks)
    await page.waitForTimeout(400);
    for (const o of await dotsOverLabels(page)) found.push(`slide ${k}: ${o}`);
  }
  return found;
}

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
  test('no dot of the strip is drawn over the current event or its neighbours', async ({ page }) => {
    expect(await everySlide(page)).toEqual([]);
  });
});

test.describe('at 1280×720', () => {
  test.use({ viewport: { width: 1280, height: 720 } });
  test('no dot of the strip is drawn over the current event or its neighbours', async ({ page }) => {
    expect(await everySlide(page)).toEqual([]);
  });
});

test.describe('at 1280×800, a classroom projector', () => {
  test.use({ viewport: { width: 1280, height: 800 } });
  test('no dot of the strip is drawn over the current event or its neighbours, nor hidden under their labels', async ({ page }) => {
    expect(await everySlide(page)).toEqual([]);
  });
});
