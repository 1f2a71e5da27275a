/**
 * A projector's first view shows its key events: at 1280×720 the BBC spill coverage opened on 30 key events and
 * hid 11 of them behind "▲ 11 more events above". The key events are now as many as the screen's timeline draws
 * (store/detail.ts keyEventsFor), as on a phone. Built from the spill fixture (shaped like the BBC's coverage).
 */
import { expect, test } from '@playwright/test';
import { spillTimeline } from '../src/app/store/__fixtures__/spillTimeline';
import { keyEventsFor } from '../src/app/store/detail';
import { openExplorer, settledKeyEvents } from './support';

for (const viewport of [
  { width: 1280, height: 720 },
  { width: 1920, height: 1080 },
] as const) {
  test(`at ${viewport.width}×${viewport.height}, the first view draws every key event, none hidden above the timeline`, async ({ page }) => {
    await page.setViewportSize(viewport);
    const spill = spillTimeline();
    const body = JSON.stringify(spill);
    await page.route('**/spill.json', (route) => route.fulfill({ contentType: 'application/json', body }));
    await openExplorer(page, '/?data=spill.json');
    const key = keyEventsFor(viewport.width, viewport.height);
    await expect(page.getByRole('status').filter({ hasText: /^\d+ of \d+ events$/ })).toHaveText(`${key} of ${spill.events.length} events`);
    // nothing stacked out of sight, and the story's first view is not taken for a view beside it
    await expect(page.locator('.stack-cue')).toHaveCount(0);
    await expect(page.getByRole('button', { name: /Back to the story/ })).toHaveCount(0);
    const items = page.getByRole('region', { name: 'Timeline' }).locator('.vis-item:not(.vis-background)').filter({ visible: true });
    // once the first view has settled (the story's fit animates in), no label lies beyond the timeline's edges
    const outside = async () => {
      const panel = (await page.locator('.vis-panel.vis-center').boundingBox())!;
      const boxes = await items.evaluateAll((els) => els.map((el) => el.getBoundingClientRect().toJSON() as DOMRect));
      return boxes.filter((b) => b.top < panel.y - 1 || b.bottom > panel.y + panel.height + 1).length;
    };
    await expect.poll(outside).toBe(0);
    expect(await items.count()).toBeGreaterThanOrEqual(key);
    await page.screenshot({ path: `e2e/screenshots/key-events-${viewport.width}.png` });
  });
}

test('on a phone the key events are still as many as its stack holds, the count said the same way', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  const spill = spillTimeline();
  const body = JSON.stringify(spill);
  await page.route('**/spill.json', (route) => route.fulfill({ contentType: 'application/json', body }));
  await openExplorer(page, '/?data=spill.json');
  // as many as keyEventsFor reckons, fewer when some labels take three lines (TimelineView.tsx fitKeyEvents)
  const status = page.getByRole('status').filter({ hasText: /^\d+ of \d+ events$/ });
  await expect(status).toHaveText(new RegExp(`^\\d+ of ${spill.events.length} events$`));
  const key = await settledKeyEvents(page);
  expect(key).toBeLessThanOrEqual(keyEventsFor(390, 844));
  expect(key).toBeGreaterThanOrEqual(keyEventsFor(390, 844) - 2);
  await page.screenshot({ path: 'e2e/screenshots/key-events-390.png' });
});
