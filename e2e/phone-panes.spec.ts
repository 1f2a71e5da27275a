/**
 * On a phone the details and the reader are a sheet that scrolls in itself, and there is no Escape key: the title
 * of what is open and its × must stay on screen however far the reader has scrolled.
 */
import { expect, test } from '@playwright/test';
import { eventRows, openExplorer, servedTimeline, sourcesOf } from './support';

const timeline = servedTimeline();
// the quote furthest into its article: "Read in document" opens the reader deep in the text
const deepest = timeline.events
  .flatMap((event) => sourcesOf(timeline, event).map((mention, i) => ({ event, mention, i })))
  .sort((a, b) => b.mention.start - a.mention.start)[0];
const deepDoc = timeline.documents.find((d) => d.id === deepest.mention.doc)!;
// the event with the most sources: its details are longer than the sheet
const mostReported = [...timeline.events].sort((a, b) => b.mentions.length - a.mentions.length)[0];

test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

test('the reader, opened at a sentence deep in an article, keeps the article’s title and its × in view; × closes it', async ({ page }) => {
  await openExplorer(page);
  await eventRows(page).getByRole('link', { name: deepest.event.title, exact: true }).first().click();
  await page.getByRole('region', { name: 'Event details' }).getByRole('link', { name: 'Read in document' }).nth(deepest.i).click();
  const reader = page.getByRole('region', { name: 'Document reader' });
  const target = reader.locator('.reader-sentence.is-target');
  await expect(target).toBeInViewport();
  // the sentence is far enough down that the reader had to scroll to it
  expect(await reader.evaluate((el) => el.closest('.side')!.scrollTop)).toBeGreaterThan(300);
  await expect(reader.getByRole('heading', { level: 2 })).toHaveText(deepDoc.title || deepDoc.id);
  await expect(reader.getByRole('heading', { level: 2 })).toBeInViewport();
  const close = reader.getByRole('button', { name: 'Close reader' });
  await expect(close).toBeInViewport({ ratio: 1 });
  // the title stands over the text, not under it: the sentence is not hidden behind it
  const head = await reader.locator('.details-head').boundingBox();
  const sentence = await target.boundingBox();
  expect(sentence!.y).toBeGreaterThanOrEqual(head!.y + head!.height - 1);
  await page.screenshot({ path: 'e2e/screenshots/phone-reader-deep.png' });
  await close.click();
  await expect(reader).toHaveCount(0);
});

test('the details of an event with many sources keep its title and × in view at the last source', async ({ page }) => {
  await openExplorer(page);
  await eventRows(page).getByRole('link', { name: mostReported.title, exact: true }).first().click();
  const details = page.getByRole('region', { name: 'Event details' });
  const last = details.getByRole('link', { name: 'Read in document' }).last();
  await last.scrollIntoViewIfNeeded();
  await expect(last).toBeInViewport();
  expect(await details.evaluate((el) => el.closest('.side')!.scrollTop)).toBeGreaterThan(100);
  await expect(details.getByRole('heading', { name: mostReported.title })).toBeInViewport();
  const close = details.getByRole('button', { name: 'Close details' });
  await expect(close).toBeInViewport({ ratio: 1 });
  await close.click();
  await expect(details.getByRole('heading', { name: mostReported.title })).toHaveCount(0);
});

test('the events table keeps "Date ▲" and each date on one line, and does not scroll sideways', async ({ page }) => {
  await openExplorer(page);
  const table = page.getByRole('table', { name: 'Events' });
  await expect(table.getByRole('button', { name: /^Date/ })).toContainText('▲');
  // how many lines each text takes: the distinct tops of its line boxes
  const lines = await table.evaluate((t) => {
    const linesOf = (el: Element) => {
      const range = document.createRange();
      range.selectNodeContents(el);
      const tops: number[] = [];
      for (const r of range.getClientRects()) {
        if (r.width > 0 && !tops.some((top) => Math.abs(top - r.top) < r.height / 2)) tops.push(r.top);
      }
      return tops.length;
    };
    return {
      heading: linesOf(t.querySelector('thead th .sort-button')!),
      dates: [...t.querySelectorAll('tbody .cell-date')].map(linesOf),
    };
  });
  expect(lines.heading).toBe(1);
  expect(lines.dates.length).toBeGreaterThan(0);
  expect(lines.dates.every((n) => n === 1)).toBe(true);
  // one line each, yet the table fits the phone: nothing to scroll sideways
  expect(await page.locator('section.list').evaluate((el) => el.scrollWidth - el.clientWidth)).toBeLessThanOrEqual(0);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
});

test('an event opened with Enter on the timeline takes the focus into the sheet, and Escape gives it back to the timeline', async ({ page }) => {
  await openExplorer(page);
  const canvas = page.getByRole('listbox', { name: 'Timeline canvas' });
  await canvas.focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Enter');
  const details = page.getByRole('region', { name: 'Event details' });
  const title = details.getByRole('heading', { level: 2 });
  // not left on the timeline under the sheet, where Tab went on through what the sheet covers
  await expect(title).toBeFocused();
  const opened = await title.textContent();
  await page.keyboard.press('Tab');
  await expect(details.getByRole('button', { name: 'Close details' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(details).toHaveCount(0);
  await expect(canvas).toBeFocused();
  // the timeline's cursor is still on that event: Enter opens it again
  await page.keyboard.press('Enter');
  await expect(title).toBeFocused();
  await expect(title).toHaveText(opened!);
});
