/**
 * A reader who uses only the keyboard or a screen reader: every stop Tab makes has a name and a focus that can be
 * seen, and the views a phone shows pass axe as the desktop's do.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { eventRows, openExplorer } from './support';

test('Tab from the timeline leaves it for a named control, not the timeline’s own unnamed scroll strip', async ({ page }) => {
  await openExplorer(page);
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to the timeline' })).toBeFocused();
  await page.keyboard.press('Enter');
  const canvas = page.getByRole('listbox', { name: 'Timeline canvas' });
  await expect(canvas).toBeFocused();
  await page.keyboard.press('Tab');
  // vis-timeline's side scroll panel (16 px wide, no name) took the next Tab stop in Chromium
  const next = await page.evaluate(() => {
    const a = document.activeElement as HTMLElement;
    return { inCanvas: !!a.closest('.timeline-host'), name: (a.getAttribute('aria-label') || a.textContent || '').trim() };
  });
  expect(next.inCanvas).toBe(false);
  expect(next.name).not.toBe('');
  // and Shift+Tab comes straight back to the timeline
  await page.keyboard.press('Shift+Tab');
  await expect(canvas).toBeFocused();
});

test('leaving the presentation gives the focus back: to Present from the title slide, to the event’s details from a slide', async ({ page }) => {
  await openExplorer(page);
  const present = page.getByRole('button', { name: 'Present' });
  await present.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('region', { name: /^Slide 1 of \d+$/ })).toBeFocused();
  await page.keyboard.press('Escape');
  // the explorer is drawn again; the focus was left on the page's body
  await expect(present).toBeFocused();

  await page.keyboard.press('Enter');
  await expect(page.getByRole('region', { name: /^Slide 1 of \d+$/ })).toBeFocused();
  await page.keyboard.press('ArrowRight');
  const slide = page.getByRole('region', { name: /^Slide 2 of \d+$/ });
  await expect(slide).toBeFocused();
  const title = (await slide.locator('.slide-title').textContent()) ?? '';
  await page.keyboard.press('Escape');
  const details = page.getByRole('region', { name: 'Event details' });
  await expect(details.getByRole('heading', { level: 2 })).toHaveText(title);
  await expect(details.getByRole('heading', { level: 2 })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(details).toBeHidden();
  await expect(present).toBeFocused();
});

test('the presentation keeps all its content in landmarks (its screen-reader heading was outside every one)', async ({ page }) => {
  await page.goto('/?mode=present&slide=2');
  await expect(page.getByRole('region', { name: /^Slide 2 of \d+$/ })).toBeFocused();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Chronolens presentation: /);
  const results = await new AxeBuilder({ page }).withRules(['region', 'landmark-one-main']).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
  test('the document reader has no serious or critical axe violations (its sentence links show they are links)', async ({ page }) => {
    await openExplorer(page);
    await eventRows(page).getByRole('link').first().click();
    await page.getByRole('region', { name: 'Event details' }).getByRole('link', { name: 'Read in document' }).first().click();
    await expect(page.getByRole('region', { name: 'Document reader' })).toBeVisible();
    const results = await new AxeBuilder({ page }).analyze();
    const serious = results.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.help} ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    expect(serious).toEqual([]);
  });
});

test('a mouse opening leaves the focus where it was, even after an event was opened with Enter', async ({ page }) => {
  await openExplorer(page);
  const details = page.getByRole('region', { name: 'Event details' });
  const links = eventRows(page).getByRole('link');
  await links.first().focus();
  await page.keyboard.press('Enter');
  await expect(details.getByRole('heading', { level: 2 })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(details).toHaveCount(0);
  // the details opened again, by mouse: the focus stayed on what was clicked (it moved into the pane every time once
  // one opening had been by keyboard: a counter of requests, never reset, read again when the pane was drawn anew)
  await links.nth(1).click();
  await expect(details).toBeVisible();
  await expect(links.nth(1)).toBeFocused();
  expect(await details.evaluate((d) => d.contains(document.activeElement))).toBe(false);
});
