/**
 * A whole archive: 20,000 events. Zoomed out the timeline shows clusters with their counts, zooming in reaches the
 * events themselves, and filters count and list as with the seeds: the table lists every matching event (only the
 * rows around the view are drawn), and the last one can be reached and opened. Behaviour only: how fast is for
 * `npm run bench`.
 */
import { expect, test } from '@playwright/test';
import type { TimelineFileV1 } from '../src/schema/timeline';
import { collectPageErrors, eventRows, eventsTable, expectListed, lastRowByKeys } from './support';

const EVENTS = 20_000;
const ACTORS = 40;

/** A version 1 file (read by migration). Deterministic: event i falls on day 3i/8 from 1 Jan 2005, one in ten at month precision, one in fifty at year. */
function scaleTimeline(): TimelineFileV1 {
  const actors = Array.from({ length: ACTORS }, (_, i) => ({ id: `actor-${i}`, name: `Scale Actor ${i}`, kind: 'person' as const, aliases: [] }));
  const documents: TimelineFileV1['documents'] = [];
  const events: TimelineFileV1['events'] = [];
  for (let i = 0; i < EVENTS; i++) {
    const day = new Date(Date.UTC(2005, 0, 1) + Math.floor((i * 3) / 8) * 86_400_000).toISOString().slice(0, 10);
    const precision = i % 50 === 0 ? 'year' : i % 10 === 0 ? 'month' : 'day';
    const value = day.slice(0, { day: 10, month: 7, year: 4 }[precision]);
    // actor 0 is on every fifth event: thousands, more than the list shows
    const pair = [i % 5 === 0 ? 0 : 1 + (i % (ACTORS - 1)), 1 + ((i * 7) % (ACTORS - 1))];
    const title = `Scale event ${i}`;
    if (i % 10 === 0)
      documents.push({ id: `doc-${i / 10}.txt`, title: `Report ${i / 10}`, publisher: `Outlet ${i % 7}`, published: null, text: '', citedSources: [] });
    const doc = documents[documents.length - 1];
    const start = doc.text.length;
    doc.text += `${title}.\n`;
    events.push({
      id: `s${String(i).padStart(5, '0')}`,
      date: { value, precision, basis: 'explicit', text: value },
      title,
      actors: [...new Set(pair.map((a) => `actor-${a}`))].sort(),
      mentions: [{ doc: doc.id, sentence: `${title}.`, start, end: start + title.length + 1, attribution: null }],
    });
  }
  events.sort((a, b) => (a.date.value < b.date.value ? -1 : a.date.value > b.date.value ? 1 : a.id < b.id ? -1 : 1));
  return { schemaVersion: 1, documents, actors, events, warnings: [] };
}

const timeline = scaleTimeline();
const body = JSON.stringify(timeline);
const countLine = (page: import('@playwright/test').Page) => page.getByRole('status').filter({ hasText: /^\d+ of \d+ events$/ });

test('20,000 events: clusters with counts when zoomed out, single events when zoomed in, filters, and a table of every event', async ({ page }) => {
  test.setTimeout(180_000);
  const errors = collectPageErrors(page);
  await page.route('**/scale-20000.json', (route) => route.fulfill({ contentType: 'application/json', body }));
  // every event: the archive whole, not its key events
  await page.goto('/?data=scale-20000.json&detail=all');
  await expect(countLine(page)).toHaveText(`${EVENTS} of ${EVENTS} events`, { timeout: 90_000 });
  const timelineRegion = page.getByRole('region', { name: 'Timeline' });
  await expect(timelineRegion.locator('.vis-item').filter({ visible: true }).first()).toBeVisible({ timeout: 30_000 });

  // zoomed out: a few dozen clusters, each saying how many events it stands for, no single events
  const clusters = timelineRegion.locator('.vis-item.ev-cluster');
  await expect(clusters.first()).toBeVisible();
  const labels = await clusters.allTextContents();
  expect(labels.length).toBeLessThan(200);
  for (const label of labels) expect(label).toMatch(/^\d+ events?$/);
  const counted = labels.reduce((n, l) => n + Number(l.split(' ')[0]), 0);
  expect(counted).toBeGreaterThan(EVENTS / 2);
  expect(counted).toBeLessThanOrEqual(EVENTS);
  expect(await timelineRegion.locator('.vis-item .ev-title').count()).toBe(0);
  // the table lists all 20,000, drawing only the rows around the view
  await expectListed(page, EVENTS, EVENTS);
  await expect(eventRows(page).first()).toContainText(timeline.events[0].title);
  expect(await eventRows(page).count()).toBeLessThan(100);

  // zooming in reaches the events themselves, drawn as text
  const titles = timelineRegion.locator('.vis-item .ev-title');
  for (let i = 0; i < 14 && !(await titles.count()); i++) await page.getByRole('button', { name: 'Zoom in' }).click();
  await expect(titles.first()).toBeVisible();
  expect(await timelineRegion.locator('.vis-item.vis-point, .vis-item.vis-range').count()).toBeLessThan(700);
  for (const t of (await titles.allTextContents()).slice(0, 20)) expect(t).toMatch(/^Scale event \d+$/);

  // clicking a drawn event selects it; Escape closes its details and the filters are back in their place
  await titles.first().click();
  await expect(page.getByRole('region', { name: 'Event details' })).toContainText('Scale event');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('region', { name: 'Event details' })).toHaveCount(0);

  // filtering by an actor: the count line and the table agree, and her last event is in the table, to be opened
  const herEvents = timeline.events.filter((e) => e.actors.includes('actor-0'));
  const hers = herEvents.length;
  expect(hers).toBeGreaterThan(500);
  await page.getByPlaceholder('Find an actor').fill('Scale Actor 0');
  await page
    .getByRole('region', { name: 'Filters' })
    .getByRole('checkbox', { name: /^Scale Actor 0\b/ })
    .check();
  await expectListed(page, hers, EVENTS);
  for (const row of (await eventRows(page).allTextContents()).slice(0, 25)) expect(row).toContain('Scale Actor 0');
  const last = await lastRowByKeys(page, hers);
  await expect(last).toContainText(herEvents[hers - 1].title);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('region', { name: 'Event details' })).toContainText(herEvents[hers - 1].title);
  // and by scrolling: the end of the pane under the timeline shows the table's last row
  await eventsTable(page).getByRole('button', { name: 'Event', exact: true }).click(); // sort by title, A to Z
  const byTitle = herEvents.map((e) => e.title.toLowerCase()).sort();
  await expect(eventsTable(page).getByRole('columnheader', { name: 'Event', exact: true })).toHaveAttribute('aria-sort', 'ascending');
  // (rows are measured as they are drawn, so the column's end moves as it is reached: scroll on, as a reader would)
  const bottom = eventsTable(page).locator(`tbody tr[aria-rowindex="${hers + 1}"]`);
  await expect(async () => {
    await page.locator('.events-pane').evaluate((pane) => pane.scrollTo(0, pane.scrollHeight));
    await expect(bottom).toBeInViewport({ timeout: 1000 });
  }).toPass({ timeout: 15_000 });
  await expect(bottom.getByRole('link')).toHaveText(new RegExp(`^${byTitle[hers - 1]}$`, 'i'));
  await page.locator('.events-pane').evaluate((pane) => pane.scrollTo(0, 0));

  // zoomed out again, the clusters count only her events
  await page.getByRole('button', { name: 'Fit all' }).click();
  await expect(clusters.first()).toBeVisible();
  const filtered = (await clusters.allTextContents()).reduce((n, l) => n + Number(l.split(' ')[0]), 0);
  expect(filtered).toBeGreaterThan(0);
  expect(filtered).toBeLessThanOrEqual(hers);
  expect(errors).toEqual([]);
});
