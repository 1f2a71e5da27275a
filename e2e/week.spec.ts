/**
 * A week-dated event ("last week" in a report of a known day): the seeds have none, so one of their events is served
 * re-dated to the week of its day, the way the build writes a week (its Monday, precision 'week').
 */
import { expect, test } from '@playwright/test';
import { mondayOf } from '../src/schema/calendarDate';
import type { TimelineFile } from '../src/schema/timeline';
import { actorNamed, eventRows, eventsTable, openExplorer, servedTimeline } from './support';

const timeline = servedTimeline();
const { events } = actorNamed(timeline, 'Andrei Belousov');
const day = [...events].filter((e) => e.date.precision === 'day').sort((a, b) => b.mentions.length - a.mentions.length)[0];
const monday = mondayOf(day.date.value);
const label = `week of ${new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${monday}T00:00:00Z`))}`;
const weekly: TimelineFile = {
  ...timeline,
  events: timeline.events.map((e) =>
    e.id === day.id ? { ...e, date: { value: monday, precision: 'week', basis: 'relative', text: 'last week' }, conflicts: [] } : e,
  ),
};

test.use({ viewport: { width: 1280, height: 720 } });

test('a week-dated event reads "week of" its Monday in the table and the details, and spans its week on the timeline', async ({ page }) => {
  await page.route('**/weekly.json', (route) => route.fulfill({ contentType: 'application/json', body: JSON.stringify(weekly) }));
  await openExplorer(page, '/?data=weekly.json');
  const row = eventRows(page)
    .filter({ has: page.getByRole('link', { name: day.title, exact: true }) })
    .first();
  await expect(row.locator('.cell-date')).toHaveText(label);
  await row.getByRole('link', { name: day.title, exact: true }).click();
  const details = page.getByRole('region', { name: 'Event details' });
  await expect(details.locator('.date-badge')).toHaveText(label);
  await expect(details).toContainText('approximate: sometime in this week (Monday to Sunday)');
  // drawn as a bar across Monday to Sunday, as a month is across its month, not as a point on the Monday
  const item = page.locator('.vis-item.vis-selected').first();
  await expect(item).toHaveClass(/vis-range/);
  await expect(item).toHaveClass(/ev-week/);
  await page.screenshot({ path: 'e2e/screenshots/week-details.png' });
});

test('zoomed to a month, the week-dated item is a week wide', async ({ page }) => {
  await page.route('**/weekly.json', (route) => route.fulfill({ contentType: 'application/json', body: JSON.stringify(weekly) }));
  const from = new Date(`${monday}T00:00:00Z`);
  const iso = (days: number) => new Date(from.getTime() + days * 86_400_000).toISOString().slice(0, 10);
  // 28 days across, the week in the middle
  await openExplorer(page, `/?data=weekly.json&event=${encodeURIComponent(day.id)}&start=${iso(-10)}&end=${iso(18)}`);
  const item = page.locator('.vis-item.ev-week').first();
  await expect(item).toBeVisible();
  const axis = (await page.locator('.vis-panel.vis-center').boundingBox())!;
  const box = (await item.boundingBox())!;
  const weekPx = (7 / 28) * axis.width;
  expect(Math.abs(box.width - weekPx)).toBeLessThan(weekPx * 0.15);
  await page.screenshot({ path: 'e2e/screenshots/week-zoomed.png' });
});

test('on a phone a week-dated row breaks after "week of": the table fits the screen, its Sources column whole', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  // a title with long words, as the BBC's spill coverage has ("representatives", "Remote-controlled"): the Event
  // column can be no narrower than its longest word
  const title = 'Congressional representatives questioned the chief executive';
  const long: TimelineFile = { ...weekly, events: weekly.events.map((e) => (e.id === day.id ? { ...e, title } : e)) };
  await page.route('**/weekly-long.json', (route) => route.fulfill({ contentType: 'application/json', body: JSON.stringify(long) }));
  await openExplorer(page, '/?data=weekly-long.json');
  const row = eventRows(page)
    .filter({ has: page.getByRole('link', { name: title, exact: true }) })
    .first();
  await expect(row.locator('.cell-date')).toHaveText(label);
  // "week of 13 Sept 2010" kept on one line made the Date column as wide as half the phone, and the table ran off
  // the screen's right edge, its Sources header cut (the BBC spill coverage at "All events")
  const overflow = await eventsTable(page).evaluate((t) => t.getBoundingClientRect().right - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0.5);
  // the date itself is never broken: "13 Sept 2010" stays on one line
  expect(await row.locator('.date-nowrap').evaluate((el) => el.getClientRects().length)).toBe(1);
});
