/**
 * A timeline file over 1 MB is validated in a worker while the page parses and indexes its own copy (issue 5).
 * The seeds' timeline, with one long document added to pass that size, must open and behave as the seeds do, and
 * a broken one must say what is wrong and where, as the small path does. Behaviour only: how fast is for
 * `npm run bench`.
 */
import { expect, test, type Page } from '@playwright/test';
import type { TimelineFile } from '../src/schema/timeline';
import { collectPageErrors, servedTimeline } from './support';

const seeds = servedTimeline();

/** The seeds plus a 1.2 MB document no event points into: a large file with the seeds' events. */
function largeSeeds(): TimelineFile {
  const t = structuredClone(seeds);
  t.documents.push({ id: 'zz-long.txt', title: 'A long report', publisher: null, published: null, text: 'Talks went on. '.repeat(80_000), citedSources: [] });
  return t;
}

async function serve(page: Page, name: string, body: string) {
  expect(body.length).toBeGreaterThan(1_000_000);
  await page.route(`**/${name}`, (route) => route.fulfill({ contentType: 'application/json', body }));
}

const countLine = (page: Page) => page.getByRole('status').filter({ hasText: /^\d+ of \d+ events$/ });

test('a large timeline opens with every event, and text search finds them', async ({ page }) => {
  const errors = collectPageErrors(page);
  const total = seeds.events.length;
  await serve(page, 'large.json', JSON.stringify(largeSeeds()));
  const worker = page.waitForEvent('worker');
  await page.goto('/?data=large.json');
  expect((await worker).url()).toContain('timeline.worker');
  await expect(countLine(page)).toHaveText(`${total} of ${total} events`);
  await expect(page.getByRole('region', { name: 'Timeline' }).locator('.vis-item').filter({ visible: true }).first()).toBeVisible();
  // a word of the first event's title: the search (its text built by the worker, or here if asked for first) finds it
  const word = seeds.events[0].title.split(/\s+/).find((w) => w.length > 3) ?? seeds.events[0].title;
  const expected = seeds.events.filter((e) => [e.title, ...e.mentions.map((m) => m.sentence)].join('\n').toLowerCase().includes(word.toLowerCase())).length;
  await page.getByPlaceholder('Titles and quotes').fill(word);
  await expect(countLine(page)).toHaveText(`${expected} of ${total} events`);
  expect(errors).toEqual([]);
});

test('a broken large timeline names the field, as a small one does', async ({ page }) => {
  const broken = largeSeeds();
  (broken.events[0] as { title: unknown }).title = 42;
  await serve(page, 'large-broken.json', JSON.stringify(broken));
  await page.goto('/?data=large-broken.json');
  await expect(page.getByRole('alert')).toContainText('events.0.title');
  await expect(page.getByRole('region', { name: 'Timeline' })).toHaveCount(0);
});

test('a large timeline whose quote does not match its document says which one', async ({ page }) => {
  const broken = largeSeeds();
  broken.events[0].mentions[0].start += 1;
  await serve(page, 'large-mismatch.json', JSON.stringify(broken));
  await page.goto('/?data=large-mismatch.json');
  await expect(page.getByRole('alert')).toContainText('events.0.mentions.0.sentence');
});

test('a large file that is not JSON says so', async ({ page }) => {
  await serve(page, 'large-cut.json', JSON.stringify(largeSeeds()).slice(0, -100));
  await page.goto('/?data=large-cut.json');
  await expect(page.getByRole('alert')).toContainText('not valid JSON');
});
