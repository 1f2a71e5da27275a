/**
 * A timeline in two parts (issue 15): the site serves timeline.json without the documents' texts and
 * timeline.texts.json beside it. What a reader sees: the timeline opens without the texts, a document opened in the
 * reader brings its text, a version 1 file (one piece) still opens, a download is one file, and a texts file that is
 * missing or from another build is named in the reader only, the rest of the page working as before.
 */
import { readFileSync } from 'node:fs';
import { expect, type Page, test } from '@playwright/test';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { serializeTimeline, serializeTimelineParts } from '../src/extract/write';
import { parseTimeline, type TimelineFileV1 } from '../src/schema/timeline';
import { collectPageErrors, DIST, eventRows, moreAction, openExplorer, servedTimeline } from './support';

const timeline = servedTimeline();
const event = timeline.events.find((e) => e.mentions.length > 0)!;
const mention = event.mentions[0];
const doc = timeline.documents.find((d) => d.id === mention.doc)!;
// a stretch of the document outside every quote: only the texts file has it
const quoted = timeline.events.flatMap((e) => e.mentions.filter((m) => m.doc === doc.id).map((m) => [m.start, m.end]));
const unquoted = doc.text
  .split('\n')
  .map((line) => line.trim())
  .find((line) => line.length > 30 && !quoted.some(([s, e]) => doc.text.indexOf(line) < e && doc.text.indexOf(line) + line.length > s))!;

const textsRequests = (page: Page) => {
  const asked: string[] = [];
  page.on('request', (r) => {
    if (/\.texts\.json(\?|$)/.test(r.url())) asked.push(r.url());
  });
  return asked;
};

async function openReader(page: Page) {
  await eventRows(page).getByRole('link', { name: event.title, exact: true }).first().click();
  await page.getByRole('region', { name: 'Event details' }).getByRole('link', { name: 'Read in document' }).first().click();
  const reader = page.getByRole('region', { name: 'Document reader' });
  await expect(reader.getByRole('heading', { name: doc.title || doc.id })).toBeVisible();
  return reader;
}

test('the first view loads no document text; opening a document loads its text, once', async ({ page }) => {
  expect(unquoted, 'the seeds have a line no event quotes').toBeTruthy();
  const asked = textsRequests(page);
  await openExplorer(page);
  await expect(page.getByRole('status').filter({ hasText: /^\d+ of \d+ events$/ })).toBeVisible();
  expect(asked).toEqual([]);
  const reader = await openReader(page);
  await expect(reader.locator('.reader-text')).toContainText(unquoted);
  await expect(reader.locator('.reader-sentence').first()).toBeVisible();
  expect(asked).toHaveLength(1);
  // another document: the texts are already here
  await page.getByRole('button', { name: 'Close reader' }).click();
  await openReader(page);
  expect(asked).toHaveLength(1);
});

test('a version 1 file (one piece, every text in it) still opens, and its reader needs no texts file', async ({ page }) => {
  const v1: TimelineFileV1 = { ...timeline, schemaVersion: 1 };
  await page.route('**/old.json', (route) => route.fulfill({ contentType: 'application/json', body: JSON.stringify(v1) }));
  const asked = textsRequests(page);
  await openExplorer(page, '/?data=old.json');
  await expect(page.getByRole('status').filter({ hasText: /^\d+ of \d+ events$/ })).toHaveText(`${timeline.events.length} of ${timeline.events.length} events`);
  const reader = await openReader(page);
  await expect(reader.locator('.reader-text')).toContainText(unquoted);
  expect(asked).toEqual([]);
});

test('?data= opens another timeline in two parts, and its reader reads its own texts file', async ({ page }) => {
  const parts = serializeTimelineParts(timeline, 'other.texts.json', (t) => createHash('sha256').update(t).digest('hex'));
  await page.route('**/other.json', (route) => route.fulfill({ contentType: 'application/json', body: parts.timeline }));
  await page.route('**/other.texts.json', (route) => route.fulfill({ contentType: 'application/json', body: parts.texts }));
  const asked = textsRequests(page);
  await openExplorer(page, '/?data=other.json');
  expect(asked).toEqual([]);
  const reader = await openReader(page);
  await expect(reader.locator('.reader-text')).toContainText(unquoted);
  expect(asked.map((u) => new URL(u).pathname.split('/').pop())).toEqual(['other.texts.json']);
});

test('"Download timeline" gives one file with every text: the build step’s one-file timeline, byte for byte', async ({ page }) => {
  await openExplorer(page);
  const button = await moreAction(page, 'Download timeline');
  const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
  const text = readFileSync((await download.path())!, 'utf8');
  expect(text).toBe(serializeTimeline(timeline));
  const parsed = parseTimeline(text);
  if (!parsed.ok) throw new Error(parsed.error);
  expect(parsed.timeline.texts).toBeUndefined();
  expect(parsed.timeline.documents.every((d) => typeof d.text === 'string')).toBe(true);
});

for (const [what, answer, message] of [
  [
    'a missing texts file',
    { status: 404, contentType: 'text/plain', body: 'Not found' },
    /The document texts are missing: timeline\.texts\.json is not on this site\. The timeline, its events and their quotes work without it/,
  ],
  [
    'the texts file of another build',
    () => {
      const texts = JSON.parse(readFileSync(join(DIST, 'timeline.texts.json'), 'utf8'));
      return { contentType: 'application/json', body: JSON.stringify({ ...texts, id: 'sha256-another-build' }) };
    },
    /timeline\.texts\.json belongs to another build of this timeline .* Run `npm run extract` again/,
  ],
] as const) {
  test(`${what} is named in the reader only; the timeline, the quotes and the filters keep working`, async ({ page }) => {
    const errors = collectPageErrors(page);
    await page.route('**/timeline.texts.json', (route) => route.fulfill(typeof answer === 'function' ? answer() : answer));
    await openExplorer(page);
    const reader = await openReader(page);
    await expect(reader.getByRole('alert')).toHaveText(message);
    await expect(reader.locator('.reader-text')).toHaveCount(0);
    await expect(page.getByRole('alert')).toHaveCount(1); // the reader's, and nothing else on the page
    await page.getByRole('button', { name: 'Close reader' }).click();
    // the event's quote comes with the timeline, not with the texts
    await expect(page.getByRole('region', { name: 'Event details' })).toContainText(mention.sentence.slice(0, 40));
    await expect(eventRows(page).first()).toBeVisible();
    expect(errors.filter((e) => !/Failed to load resource/.test(e))).toEqual([]);
  });
}
