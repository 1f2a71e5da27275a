/**
 * The Dates filter says the day chosen as the app writes dates: the browser draws its field as "04/05/2010" under
 * "mm/dd/yyyy" (an American browser), which a reader of "20 Apr 2010" everywhere else could take for 4 May. Built
 * from the spill fixture.
 */
import { expect, test } from '@playwright/test';
import { spillTimeline } from '../src/app/store/__fixtures__/spillTimeline';
import { openExplorer } from './support';

for (const viewport of [
  { width: 1280, height: 720 },
  { width: 1920, height: 1080 },
  { width: 390, height: 844 },
] as const) {
  test(`at ${viewport.width}×${viewport.height}, the From and To fields say their days as "5 Apr 2010"`, async ({ page }) => {
    await page.setViewportSize(viewport);
    const body = JSON.stringify(spillTimeline());
    await page.route('**/spill.json', (route) => route.fulfill({ contentType: 'application/json', body }));
    await openExplorer(page, '/?data=spill.json');
    const toggle = page.getByRole('button', { name: 'Filters', exact: true });
    if (await toggle.isVisible()) await toggle.click();
    const from = page.getByLabel('From', { exact: true });
    const to = page.getByLabel('To', { exact: true });
    // nothing chosen: the fields say they leave the dates open
    await expect(from).toHaveAccessibleDescription('From the first event');
    await expect(to).toHaveAccessibleDescription('To the last event');
    await from.fill('2010-04-05');
    await to.fill('2010-06-03');
    await expect(from).toHaveAccessibleDescription('5 Apr 2010');
    await expect(to).toHaveAccessibleDescription('3 Jun 2010');
    await expect(page.locator('.date-said')).toHaveText(['5 Apr 2010', '3 Jun 2010']);
    await expect(page.locator('.date-said').first()).toBeInViewport();
    // and the note over the events says the same days the same way
    await expect(page.getByText(/Showing only events from 5 Apr 2010/)).toBeVisible();
    await to.scrollIntoViewIfNeeded();
    await page.screenshot({ path: `e2e/screenshots/dates-said-${viewport.width}.png` });
  });
}
