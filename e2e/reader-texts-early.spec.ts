/**
 * The reader opened from a quote shows the document's text at once. A timeline in two parts fetched its texts only
 * when the first document was opened, and the reader said "Loading the document's text…" for as long as that took: two
 * seconds on the BBC's spill coverage (1 MB of texts for 291 reports) over a school's slow line. The texts now come
 * while the teacher reads the event's quotes. Here the texts file takes 1.5 s to arrive.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, type Page, test } from '@playwright/test';
import { DIST, eventRows, openExplorer, servedTimeline } from './support';

const timeline = servedTimeline();
const event = timeline.events.find((e) => e.mentions.length > 0)!;
const doc = timeline.documents.find((d) => d.id === event.mentions[0].doc)!;
const texts = readFileSync(join(DIST, 'timeline.texts.json'), 'utf8');

async function slowTexts(page: Page) {
  const asked: number[] = [];
  await page.route('**/timeline.texts.json', async (route) => {
    asked.push(Date.now());
    await new Promise((resolve) => setTimeout(resolve, 1500));
    await route.fulfill({ contentType: 'application/json', body: texts });
  });
  return asked;
}

test('a document opened from a quote shows its text at once, the texts fetched while the quotes were read', async ({ page }) => {
  const asked = await slowTexts(page);
  await openExplorer(page);
  await expect(page.getByRole('status').filter({ hasText: /^\d+ of \d+ events$/ })).toBeVisible();
  // the first view still fetches no text
  expect(asked).toEqual([]);
  await eventRows(page).getByRole('link', { name: event.title, exact: true }).first().click();
  const details = page.getByRole('region', { name: 'Event details' });
  await expect(details.getByRole('heading', { name: event.title })).toBeVisible();
  // reading the quotes
  await page.waitForTimeout(2000);
  await details.getByRole('link', { name: 'Read in document' }).first().click();
  const reader = page.getByRole('region', { name: 'Document reader' });
  // (the texts file takes 1.5 s: fetched only now, the text would not be there within half a second)
  await expect(reader.locator('.reader-text')).toBeVisible({ timeout: 500 });
  await expect(reader.getByRole('heading', { name: doc.title || doc.id })).toBeVisible();
  expect(await reader.getByText('Loading the document’s text…').count()).toBe(0);
  expect(asked).toHaveLength(1);
});

test('opened at once from a quote, the reader says it is loading, then shows the text', async ({ page }) => {
  await slowTexts(page);
  await openExplorer(page);
  await eventRows(page).getByRole('link', { name: event.title, exact: true }).first().click();
  await page.getByRole('region', { name: 'Event details' }).getByRole('link', { name: 'Read in document' }).first().click();
  const reader = page.getByRole('region', { name: 'Document reader' });
  await expect(reader.getByRole('status')).toHaveText('Loading the document’s text…');
  await expect(reader.locator('.reader-text')).toBeVisible();
});
