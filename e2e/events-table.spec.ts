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
