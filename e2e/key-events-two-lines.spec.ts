/**
 * Key events whose labels take two lines: keyEventsFor reckons a screen's key events at one line a label, and on the
 * Guardian's swine flu coverage at 1280×720 the first view's 16 key events stacked higher than the timeline, 4 of
 * them behind "▲ 4 more events above" ("China suspended flights from Mexico"). The first view now opens on as many
 * as its timeline draws whole. Built from the spill fixture with every title of the story written long, as a
 * paper's sentences are.
 */
import { expect, type Page, test } from '@playwright/test';
import { spillTimeline } from '../src/app/store/__fixtures__/spillTimeline';
import { keyEventsFor } from '../src/app/store/detail';
import { openExplorer, settledKeyEvents } from './support';

function longTitles() {
  const spill = spillTimeline();
  for (const e of spill.events) e.title = `${e.title}, as reports from the coast and from Washington said`;
  return spill;
}

const status = (page: Page) => page.getByRole('status').filter({ hasText: /^\d+ of \d+ events$/ });

/** the labels drawn whole inside the timeline's panel, and those it leaves out of sight (hidden, or past its edges) */
async function labels(page: Page) {
  const panel = (await page.locator('.vis-panel.vis-center').boundingBox())!;
  const boxes = await page
    .getByRole('region', { name: 'Timeline' })
    .locator('.vis-foreground .vis-item:not(.vis-dot)')
    .evaluateAll((els) => els.map((el) => ({ ...el.getBoundingClientRect().toJSON(), shown: getComputedStyle(el).visibility !== 'hidden' })));
  const inside = boxes.filter((b) => b.shown && b.top >= panel.y - 1 && b.bottom <= panel.y + panel.height + 1);
  return { whole: inside.length, twoLines: inside.filter((b) => b.height > 30).length, outOfSight: boxes.length - inside.length };
}

for (const viewport of [
  { width: 1280, height: 720 },
  { width: 1280, height: 800 },
] as const) {
  test(`at ${viewport.width}×${viewport.height}, key events of two-line labels are as many as the timeline draws whole, none hidden`, async ({ page }) => {
    await page.setViewportSize(viewport);
    const spill = longTitles();
    const body = JSON.stringify(spill);
    await page.route('**/long.json', (route) => route.fulfill({ contentType: 'application/json', body }));
    await openExplorer(page, '/?data=long.json');
    // fewer than the one-line reckoning, and still at least ten on a projector
    const key = await settledKeyEvents(page);
    expect(key).toBeLessThan(keyEventsFor(viewport.width, viewport.height));
    expect(key).toBeGreaterThanOrEqual(10);
    await expect(page.locator('.stack-cue')).toHaveCount(0);
    await expect.poll(async () => (await labels(page)).outOfSight).toBe(0);
    const drawn = await labels(page);
    expect(drawn.whole).toBe(key);
    expect(drawn.twoLines).toBeGreaterThan(key / 2);
    // the table, the Detail control's words and the slides count the same key events
    await expect(page.getByText(`The ${key} key events of ${spill.events.length}`)).toBeVisible();
    await page.screenshot({ path: `e2e/screenshots/key-events-two-lines-${viewport.width}x${viewport.height}.png` });
  });
}

test('a reload, or the link a teacher copies (it holds the window), opens on the same key events, none hidden', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  const body = JSON.stringify(longTitles());
  await page.route('**/long.json', (route) => route.fulfill({ contentType: 'application/json', body }));
  await openExplorer(page, '/?data=long.json');
  const key = await settledKeyEvents(page);
  await expect.poll(() => new URL(page.url()).searchParams.get('start')).not.toBeNull();
  const link = page.url();
  await openExplorer(page, link);
  expect(await settledKeyEvents(page)).toBe(key);
  await expect.poll(async () => (await labels(page)).outOfSight).toBe(0);
  expect((await labels(page)).whole).toBe(key);
  expect(new URL(page.url()).searchParams.get('start')).toBe(new URL(link).searchParams.get('start'));
});

test('a link with a level of its own (detail=20) keeps it: the fit is for the key events only', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  const spill = longTitles();
  const body = JSON.stringify(spill);
  await page.route('**/long.json', (route) => route.fulfill({ contentType: 'application/json', body }));
  await openExplorer(page, '/?data=long.json&detail=20');
  await expect(status(page)).toHaveText(`20 of ${spill.events.length} events`);
  await page.waitForTimeout(500);
  await expect(status(page)).toHaveText(`20 of ${spill.events.length} events`);
});
