import { expect, test } from '@playwright/test';
import { eventRows, openExplorer, servedTimeline, sourcesOf } from './support';

const timeline = servedTimeline();
// a document with the most event sentences
const counts = new Map<string, number>();
for (const e of timeline.events) for (const m of e.mentions) counts.set(m.doc, (counts.get(m.doc) ?? 0) + 1);
const [docId] = [...counts.entries()].sort((a, b) => b[1] - a[1])[0];
const event = timeline.events.find((e) => e.mentions.some((m) => m.doc === docId))!;
const doc = timeline.documents.find((d) => d.id === docId)!;

test('the reader highlights event sentences and leads back to the event', async ({ page }) => {
  await openExplorer(page);
  await eventRows(page).getByRole('link', { name: event.title, exact: true }).first().click();
  const details = page.getByRole('region', { name: 'Event details' });
  const i = sourcesOf(timeline, event).findIndex((m) => m.doc === docId);
  await details.getByRole('link', { name: 'Read in document' }).nth(i).click();

  const reader = page.getByRole('region', { name: 'Document reader' });
  await expect(reader.getByRole('heading', { name: doc.title || doc.id })).toBeVisible();
  // the text comes from the texts file, a moment after the heading
  await expect(reader.locator('.reader-sentence').first()).toBeVisible();
  const distinctSentences = new Set(timeline.events.flatMap((e) => e.mentions.filter((m) => m.doc === docId).map((m) => `${m.start}:${m.end}`))).size;
  expect(await reader.locator('.reader-sentence').count()).toBeGreaterThan(0);
  expect(await reader.locator('.reader-sentence').count()).toBeLessThanOrEqual(distinctSentences);
  // the sentence quoted in the details is the one in focus
  await expect(reader.locator('.reader-sentence.is-target')).toBeFocused();
  await expect(reader.locator('.reader-sentence.is-target')).toBeInViewport();
  expect(new URL(page.url()).searchParams.get('read')).toBe(docId);
  await page.screenshot({ path: 'e2e/screenshots/reader.png' });

  // another highlighted sentence leads to its own event
  const other = reader.locator('.reader-sentence').last();
  await other.click();
  await expect(reader).toHaveCount(0);
  const selectedId = new URL(page.url()).searchParams.get('event')!;
  const selected = timeline.events.find((e) => e.id === selectedId)!;
  await expect(details.getByRole('heading', { name: selected.title })).toBeVisible();
  await expect(reader).toHaveCount(0);
});
