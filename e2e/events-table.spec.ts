/**
 * The events table read on a projector and a phone: a row is as tall as its title needs, not taller because the
 * Sources cell broke "55 documents" after the number (the BBC spill coverage at 1280×720: every row two lines).
 */
import { expect, test } from '@playwright/test';
import { eventRows, eventsTable, openExplorer } from './support';

for (const viewport of [
  { width: 1280, height: 720 },
  { width: 1920, height: 1080 },
  { width: 390, height: 844 },
]) {
  test(`at ${viewport.width}×${viewport.height} each Sources cell is one line, with or without an event open`, async ({ page }) => {
    await page.setViewportSize(viewport);
    await openExplorer(page);
    const sourcesLines = () =>
      eventsTable(page).evaluate((t) =>
        [...t.querySelectorAll('tbody tr td:nth-child(4)')].map((td) => {
          const range = document.createRange();
          range.selectNodeContents(td);
          const tops: number[] = [];
          for (const r of range.getClientRects()) if (r.width > 1 && !tops.some((top) => Math.abs(top - r.top) < r.height / 2)) tops.push(r.top);
          return tops.length;
        }),
      );
    const lines = await sourcesLines();
    expect(lines.length).toBeGreaterThan(0);
    expect(lines.every((n) => n === 1)).toBe(true);
    // the details take the filters' place (wide) or cover the timeline's side: the table is as narrow as it gets
    await eventsTable(page).locator('tbody tr').first().getByRole('link').click();
    await expect(page.getByRole('region', { name: 'Event details' })).toBeVisible();
    expect((await sourcesLines()).every((n) => n === 1)).toBe(true);
    // the count is there on a phone too, the word "documents" for a screen reader only (clipped to 1×1 px); on a
    // projector the word is shown
    const cell = eventsTable(page).locator('tbody tr td:nth-child(4)').first();
    await expect(cell).toHaveText(/^\d+ documents?$/);
    const unit = await cell.locator('.sources-unit').boundingBox();
    if (viewport.width < 600) expect(unit!.width <= 1 && unit!.height <= 1).toBe(true);
    else expect(unit!.width).toBeGreaterThan(20);
  });
}

test('the table is one Tab stop: Tab enters at one row, the arrows move between rows, the next Tab leaves the table', async ({ page }) => {
  await openExplorer(page);
  const links = eventRows(page).getByRole('link');
  expect(await links.count()).toBeGreaterThan(2);
  // every row's link was a Tab stop: a table of 1,000 events took 1,000 Tabs to get past
  expect(await eventsTable(page).locator('tbody a:not([tabindex="-1"])').count()).toBe(1);
  const lastHeader = eventsTable(page).getByRole('button', { name: /^Sources/ });
  await lastHeader.focus();
  await page.keyboard.press('Tab');
  await expect(links.first()).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(links.nth(1)).toBeFocused();
  await page.keyboard.press('Tab');
  const left = await page.evaluate(() => !document.activeElement?.closest('table'));
  expect(left).toBe(true);
  // back into the table: the row last focused, not the first
  await page.keyboard.press('Shift+Tab');
  await expect(links.nth(1)).toBeFocused();
  // every link keeps its name for a screen reader's list of links
  await expect(links.nth(2)).toHaveAccessibleName(/\S/);
});

/** A version 1 file of `count` events a day apart, one document each (read by migration): more rows than the table draws. */
function manyEvents(count: number): import('../src/schema/timeline').TimelineFileV1 {
  const documents = [];
  const events = [];
  for (let i = 0; i < count; i++) {
    const value = new Date(Date.UTC(2010, 0, 1) + i * 86_400_000).toISOString().slice(0, 10);
    const title = `Row event ${i}`;
    documents.push({ id: `doc-${i}.txt`, title: `Report ${i}`, publisher: null, published: null, text: `${title}.`, citedSources: [] });
    events.push({
      id: `r${String(i).padStart(4, '0')}`,
      date: { value, precision: 'day' as const, basis: 'explicit' as const, text: value },
      title,
      actors: [],
      mentions: [{ doc: `doc-${i}.txt`, sentence: `${title}.`, start: 0, end: title.length + 1, attribution: null }],
    });
  }
  return { schemaVersion: 1, documents, actors: [], events, warnings: [] };
}

test('in a table of more than 200 rows, Tab comes back to the row last focused after it has scrolled out of the drawn rows', async ({ page }) => {
  const body = JSON.stringify(manyEvents(400));
  await page.route('**/rows-400.json', (route) => route.fulfill({ contentType: 'application/json', body }));
  await openExplorer(page, '/?data=rows-400.json&detail=all');
  const links = eventRows(page).getByRole('link');
  await expect(links.first()).toBeVisible();
  await links.first().focus();
  await page.keyboard.press('ArrowDown');
  const second = eventsTable(page).locator('tbody tr[aria-rowindex="3"]:not(.is-away)').getByRole('link');
  await expect(second).toBeFocused();
  // the reader scrolls far down the table: the second row is no longer drawn
  const lastHeader = eventsTable(page).getByRole('button', { name: /^Sources/ });
  await lastHeader.focus();
  await eventsTable(page).evaluate((table) => {
    for (let p = table.parentElement; p; p = p.parentElement)
      if (/(auto|scroll)/.test(getComputedStyle(p).overflowY) && p.scrollHeight > p.clientHeight) {
        p.scrollTop = p.scrollHeight / 2;
        return;
      }
    window.scrollTo(0, document.documentElement.scrollHeight / 2);
  });
  await expect(eventsTable(page).locator('tbody tr[aria-rowindex="3"]:not(.is-away)')).toHaveCount(0);
  // still one Tab stop, and Tab lands on that row (scrolled back into view), not on the first row drawn
  expect(await eventsTable(page).locator('tbody a:not([tabindex="-1"])').count()).toBe(1);
  await lastHeader.focus();
  await page.keyboard.press('Tab');
  await expect(second).toBeFocused();
  await expect(second).toBeInViewport();
});
