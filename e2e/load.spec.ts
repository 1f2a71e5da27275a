import { expect, test } from '@playwright/test';
import { collectPageErrors, eventRows, expectListed, lastRowByKeys, openExplorer, servedTimeline } from './support';

const timeline = servedTimeline();
const total = timeline.events.length;

test("the seeds' events load into the timeline and the list", async ({ page }) => {
  const errors = collectPageErrors(page);
  await openExplorer(page);
  await expectListed(page, total, total);
  // the seeds' table holds every row (only a table of more than 200 is drawn around the view)
  if (total <= 200) await expect(eventRows(page)).toHaveCount(total);
  // the latest event is the table's last row, reached with the keyboard and opened
  const latest = timeline.events[total - 1];
  const last = await lastRowByKeys(page, total);
  await expect(last).toContainText(latest.title);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('region', { name: 'Event details' })).toContainText(latest.title);
  await openExplorer(page);
  // every event the timeline draws is one the file holds
  // a point is drawn as two .vis-item elements (label and dot): count points and ranges
  const drawn = await page.locator('.vis-item.vis-point, .vis-item.vis-range').count();
  expect(drawn).toBeGreaterThan(0);
  expect(drawn).toBeLessThanOrEqual(total);
  await expect(page.getByRole('region', { name: 'Filters' })).toBeVisible();
  // no event is selected: no empty details column takes the timeline's room
  await expect(page.getByRole('region', { name: 'Event details' })).toHaveCount(0);
  for (const name of ['Zoom in', 'Zoom out', 'Fit all', 'Copy link', 'Present', 'More'])
    await expect(page.getByRole('button', { name, exact: true })).toBeVisible();
  // the picture this screenshot is for: the timeline and the first rows of the table on one screen
  await expect(page.getByRole('region', { name: 'Timeline' })).toBeInViewport({ ratio: 1 });
  await expect(eventRows(page).first()).toBeInViewport();
  await page.screenshot({ path: 'e2e/screenshots/desktop-light.png' });
  expect(errors).toEqual([]);
});

test('month and year dates are drawn as spans, day dates as points', async ({ page }) => {
  await openExplorer(page);
  const approx = timeline.events.filter((e) => e.date.precision !== 'day').length;
  const exact = total - approx;
  await page.getByRole('button', { name: 'Fit all' }).click();
  if (approx) expect(await page.locator('.vis-item.vis-range').count()).toBeGreaterThan(0);
  if (exact) expect(await page.locator('.vis-item.vis-point').count()).toBeGreaterThan(0);
});

test('a broken timeline file shows what is wrong and where', async ({ page }) => {
  await page.route('**/broken.json', (route) =>
    route.fulfill({ contentType: 'application/json', body: JSON.stringify({ ...timeline, events: [{ ...timeline.events[0], title: 42 }] }) }),
  );
  await page.goto('/?data=broken.json');
  await expect(page.getByRole('alert')).toContainText('events.0.title');
});

test('a missing timeline file says so', async ({ page }) => {
  await page.goto('/?data=no-such-timeline.json');
  await expect(page.getByRole('alert')).toContainText('no-such-timeline.json');
});
