import { expect, test } from '@playwright/test';
import { eventRows, openExplorer, servedTimeline } from './support';

const timeline = servedTimeline();

test.describe('dark theme', () => {
  test.use({ colorScheme: 'dark' });
  test('follows the OS and stays readable', async ({ page }) => {
    await openExplorer(page);
    await eventRows(page).getByRole('link').first().click();
    const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    const [r, g, b] = bg.match(/\d+/g)!.map(Number);
    expect(r + g + b).toBeLessThan(150);
    await page.screenshot({ path: 'e2e/screenshots/desktop-dark.png' });
  });
});

test.describe('phone', () => {
  test.use({ viewport: { width: 375, height: 740 }, hasTouch: true, isMobile: true });
  test('renders in one column with filters in a drawer', async ({ page }) => {
    await openExplorer(page);
    const widest = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(widest).toBeLessThanOrEqual(375);
    await expect(page.getByRole('region', { name: 'Filters' })).toBeHidden();
    await page.screenshot({ path: 'e2e/screenshots/phone.png', fullPage: false });

    await page.getByRole('button', { name: 'Filters' }).click();
    const filters = page.getByRole('region', { name: 'Filters' });
    await expect(filters).toBeVisible();
    await page.screenshot({ path: 'e2e/screenshots/phone-drawer.png' });
    await filters.getByRole('checkbox', { name: new RegExp(`^${timeline.actors[0].name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`) }).check();
    await page.getByRole('button', { name: 'Close filters' }).click();
    await expect(filters).toBeHidden();
    await expect(eventRows(page).first()).toBeVisible();
  });
});
