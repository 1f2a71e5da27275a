/**
 * The axis under the timeline names the days a reader zooms to. Zoomed to seven weeks, vis-timeline's steps of 1 or
 * 2 days do not fit a label each and its next step is a month: the BBC spill coverage at 1280×720 read only "Jun"
 * and "Jul", 540 px apart, under twenty events of June. The axis now ticks weeks ("18 Nov") there, with the month in
 * its second row, and keeps its days (and one month name in the second row per month) once days fit.
 */
import { expect, type Page, test } from '@playwright/test';
import { collectPageErrors } from './support';

/** the axis labels of one row as drawn (vis keeps measuring elements off screen: they have the class vis-measure) */
const axisLabels = (page: Page, row: 'minor' | 'major') =>
  page.getByRole('region', { name: 'Timeline' }).locator(`.vis-time-axis .vis-text.vis-${row}:not(.vis-measure)`);

async function shownTexts(page: Page, row: 'minor' | 'major'): Promise<string[]> {
  const texts: string[] = [];
  for (const label of await axisLabels(page, row).all())
    if (await label.evaluate((el) => getComputedStyle(el).visibility !== 'hidden')) texts.push(((await label.textContent()) ?? '').trim());
  return texts.filter(Boolean);
}

/** every shown label's words fit between the axis's edges and none runs into the next */
async function labelsWholeAndApart(page: Page) {
  const boxes = await axisLabels(page, 'minor').evaluateAll((els) =>
    els
      .filter((el) => getComputedStyle(el).visibility !== 'hidden' && (el.textContent ?? '').trim())
      .map((el) => {
        const range = document.createRange();
        range.selectNodeContents(el);
        const r = range.getBoundingClientRect();
        const box = el.getBoundingClientRect();
        return {
          left: r.left,
          right: r.right,
          text: (el.textContent ?? '').trim(),
          clipped: r.width > box.width + 0.5 && getComputedStyle(el).overflow !== 'visible',
        };
      })
      .sort((a, b) => a.left - b.left),
  );
  for (const b of boxes) expect(b.clipped, `"${b.text}" is cut by its box`).toBe(false);
  for (let i = 1; i < boxes.length; i++) expect(boxes[i].left, `"${boxes[i - 1].text}" runs into "${boxes[i].text}"`).toBeGreaterThan(boxes[i - 1].right);
}

test('zoomed to seven weeks at 1280×720, the axis names a day each week, with the month below', async ({ page }) => {
  const errors = collectPageErrors(page);
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto('/?start=2024-10-20&end=2024-12-08');
  await expect(page.getByRole('region', { name: 'Timeline' }).locator('.vis-item').filter({ visible: true }).first()).toBeVisible();
  // "27 Oct", "3 Nov", "10 Nov", …: a week apart, not only "Nov" and "Dec" (before)
  await expect.poll(async () => (await shownTexts(page, 'minor')).filter((t) => /^\d{1,2} (Oct|Nov|Dec)$/.test(t)).length).toBeGreaterThanOrEqual(5);
  expect(await shownTexts(page, 'minor')).not.toContain('Nov');
  expect(await shownTexts(page, 'major')).toEqual(expect.arrayContaining(['November 2024', 'December 2024']));
  await labelsWholeAndApart(page);
  await page.screenshot({ path: 'e2e/screenshots/axis-weeks-1280x720.png' });
  expect(errors).toEqual([]);
});

test('zoomed to ten days, the axis names every day and the month once, not under every Monday', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto('/?start=2024-11-24&end=2024-12-04');
  await expect(page.getByRole('region', { name: 'Timeline' }).locator('.vis-item').filter({ visible: true }).first()).toBeVisible();
  await expect.poll(async () => (await shownTexts(page, 'minor')).filter((t) => /^\d{1,2}$/.test(t)).length).toBeGreaterThanOrEqual(8);
  const months = await shownTexts(page, 'major');
  expect(months.length).toBe(new Set(months).size);
  expect(months).toContain('December 2024');
  await labelsWholeAndApart(page);
});

test('on a phone, seven weeks are ticked by the day of each week, the month below', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/?start=2024-10-20&end=2024-12-08');
  await expect(page.getByRole('region', { name: 'Timeline' }).locator('.vis-item').filter({ visible: true }).first()).toBeVisible();
  await expect.poll(async () => (await shownTexts(page, 'minor')).filter((t) => /^\d{1,2}$/.test(t)).length).toBeGreaterThanOrEqual(4);
  expect(await shownTexts(page, 'major')).toContain('November 2024');
  await labelsWholeAndApart(page);
  await page.screenshot({ path: 'e2e/screenshots/axis-weeks-phone-390x844.png' });
});

test('on a projector, the presentation’s strip under a day’s slide ticks the weeks around it, not only the months', async ({ page }) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.goto('/');
  await expect(page.locator('.vis-item').filter({ visible: true }).first()).toBeVisible();
  await page.getByRole('button', { name: 'Present' }).click();
  const date = page.locator('.slide-date-value');
  // the first slide of an event dated to the day (the seeds' "November 29th")
  for (let i = 0; i < 20 && !/^\d{1,2} [A-Z][a-z]+ \d{4}$/.test(((await date.allTextContents())[0] ?? '').trim()); i++) {
    await page.keyboard.press('ArrowRight');
    await expect(page.getByRole('region', { name: /^Slide \d+ of \d+$/ })).toBeVisible();
  }
  await expect(date).toHaveText(/^\d{1,2} [A-Z][a-z]+ \d{4}$/);
  const strip = page.locator('.present-strip .vis-time-axis .vis-text.vis-minor:not(.vis-measure)');
  await expect
    .poll(
      async () =>
        (await strip.evaluateAll((els) => els.filter((e) => getComputedStyle(e).visibility !== 'hidden').map((e) => (e.textContent ?? '').trim()))).filter(
          (t) => /^\d{1,2} [A-Z][a-z]{2}$/.test(t),
        ).length,
    )
    .toBeGreaterThanOrEqual(4);
  await page.screenshot({ path: 'e2e/screenshots/axis-weeks-present-1920x1080.png' });
});
