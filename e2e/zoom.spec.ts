import { expect, test, type Page } from '@playwright/test';
import { openExplorer } from './support';

/** the visible window, as the address bar holds it */
async function visibleSpan(page: Page): Promise<number> {
  const p = new URL(page.url()).searchParams;
  return Date.parse(p.get('end')!) - Date.parse(p.get('start')!);
}

test('the zoom buttons and keys change the visible window', async ({ page }) => {
  await openExplorer(page);
  await expect.poll(() => new URL(page.url()).searchParams.get('start')).toBeTruthy();
  const fitted = await visibleSpan(page);

  await page.getByRole('button', { name: 'Zoom in' }).click();
  await expect.poll(() => visibleSpan(page)).toBeLessThan(fitted * 0.9);
  const zoomed = await visibleSpan(page);

  await page.getByRole('button', { name: 'Zoom out' }).click();
  await expect.poll(() => visibleSpan(page)).toBeGreaterThan(zoomed * 1.1);

  // keys on the timeline: + zooms in, Shift and an arrow pan, Home fits all
  await page.getByRole('listbox', { name: 'Timeline canvas' }).focus();
  await page.keyboard.press('+');
  await expect.poll(() => visibleSpan(page)).toBeLessThan(fitted * 0.9);
  const before = new URL(page.url()).searchParams.get('start');
  await page.keyboard.press('Shift+ArrowRight');
  await expect.poll(() => new URL(page.url()).searchParams.get('start')).not.toBe(before);
  await page.keyboard.press('Home');
  await expect.poll(() => visibleSpan(page)).toBeGreaterThan(fitted * 0.9);

  // the window survives a reload
  await page.getByRole('button', { name: 'Zoom in' }).click();
  await expect.poll(() => visibleSpan(page)).toBeLessThan(fitted * 0.9);
  const url = page.url();
  await page.reload();
  await expect(page.locator('.vis-item').first()).toBeAttached();
  expect(page.url()).toBe(url);
});
