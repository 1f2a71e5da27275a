/**
 * An event chosen in the table (or stepped to with the keys) that the window cuts or just misses is brought in by
 * the least move of the window, not centred: centring "The Gulf of Mexico oil disaster began" (April 2010, ten days
 * left of the BBC spill coverage's first window) moved the window three months back, half of it empty, and pushed
 * fifteen key events out of view.
 */
import { expect, test } from '@playwright/test';
import { eventRows, servedTimeline } from './support';

const timeline = servedTimeline();
const byDate = [...timeline.events].sort((a, b) => a.date.value.localeCompare(b.date.value));
const first = byDate[0];
const last = byDate[byDate.length - 1];
const yearOf = (value: string) => Number(value.slice(0, 4));

test.use({ viewport: { width: 1280, height: 720 } });

test('choosing in the table an event the window cuts at its left edge brings it in and keeps the latest events in view', async ({ page }) => {
  // the window starts a few months into the first event's year and reaches well past the last event
  const from = yearOf(first.date.value);
  const to = yearOf(last.date.value) + 2;
  expect(to - from).toBeGreaterThan(3);
  await page.goto(`/?start=${from}-04-01&end=${to}-06-01`);
  await expect(page.locator('.vis-item').filter({ visible: true }).first()).toBeVisible();
  await eventRows(page).getByRole('link', { name: first.title, exact: true }).first().click();
  await expect(page.getByRole('region', { name: 'Event details' }).getByRole('heading', { level: 2 })).toHaveText(first.title);
  const windowOf = () => {
    const p = new URL(page.url()).searchParams;
    return { start: Date.parse(p.get('start')!), end: Date.parse(p.get('end')!) };
  };
  await expect.poll(() => windowOf().start).toBeLessThanOrEqual(new Date(`${from}-01-01T00:00`).getTime());
  // the least move: the window keeps its zoom and still reaches past the last event
  const w = windowOf();
  expect(w.end - w.start).toBeGreaterThan((to - from) * 365 * 86_400_000 - 40 * 86_400_000);
  expect(w.end).toBeGreaterThan(new Date(`${last.date.value.slice(0, 4)}-12-31T00:00`).getTime());
  const panel = (await page.locator('.timeline-host .vis-panel.vis-center').boundingBox())!;
  for (const title of [first.title, last.title]) {
    const item = page
      .locator('.timeline-host .vis-item')
      .filter({ has: page.locator('.ev-title', { hasText: title }) })
      .first();
    const box = (await item.boundingBox())!;
    expect(box.x, title).toBeGreaterThanOrEqual(panel.x - 1);
    expect(box.x, title).toBeLessThan(panel.x + panel.width);
  }
  await page.screenshot({ path: 'e2e/screenshots/reveal-left-edge.png' });
});
