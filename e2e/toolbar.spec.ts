/**
 * The timeline's toolbar as a reader sees it: one line at 1280×720 (the marks' key behind "Key", a disclosure the
 * keyboard opens), the key written out at 1920, two rows on a phone. A second line took 23 px of the timeline's
 * height at 1280×720, one row of its stack.
 */
import { expect, test } from '@playwright/test';
import { openExplorer } from './support';

const toolbarHeight = (page: import('@playwright/test').Page) =>
  page.locator('.timeline-toolbar').evaluate((el) => Math.round(el.getBoundingClientRect().height));

test.describe('1280×720', () => {
  test.use({ viewport: { width: 1280, height: 720 } });
  test('the toolbar is one line; Detail, search, filters and Present stay in sight; "Key" opens with the keyboard and Escape closes it', async ({ page }) => {
    await openExplorer(page);
    expect(await toolbarHeight(page)).toBeLessThanOrEqual(36);
    await expect(page.locator('.legend-inline')).toBeHidden();
    await expect(page.getByRole('button', { name: 'Present' })).toBeVisible();
    await expect(page.getByRole('searchbox').or(page.getByPlaceholder('Titles and quotes')).first()).toBeVisible();
    await expect(page.getByRole('button', { name: 'Zoom in' })).toBeVisible();
    const key = page.locator('.legend-menu > summary');
    await key.focus();
    await page.keyboard.press('Enter');
    await expect(page.locator('.legend-popup')).toBeVisible();
    await expect(page.locator('.legend-popup')).toContainText('dates disagree');
    // the open key lies over the timeline: the toolbar keeps its one line
    expect(await toolbarHeight(page)).toBeLessThanOrEqual(36);
    await page.keyboard.press('Escape');
    await expect(page.locator('.legend-popup')).toBeHidden();
    await expect(key).toBeFocused();
    await page.screenshot({ path: 'e2e/screenshots/toolbar-1280.png' });
  });
});

test.describe('1920×1080', () => {
  test.use({ viewport: { width: 1920, height: 1080 } });
  test('the key is written out in the toolbar, on its one line', async ({ page }) => {
    await openExplorer(page);
    await expect(page.locator('.legend-inline')).toBeVisible();
    await expect(page.locator('.legend-menu')).toBeHidden();
    expect(await toolbarHeight(page)).toBeLessThanOrEqual(36);
  });
});

test.describe('phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  test('the toolbar takes at most two rows, the page no wider than the phone', async ({ page }) => {
    await openExplorer(page);
    expect(await toolbarHeight(page)).toBeLessThanOrEqual(70);
    await expect(page.locator('.legend-menu > summary')).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  });
});
