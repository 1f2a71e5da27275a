/**
 * Journey: a reader pastes an article that is not among the seeds, sees its events merged into the timeline,
 * keeps them across a reload, downloads the combined timeline, and removes the article again.
 * What to expect is computed by the build step itself (the same documents through buildTimeline), never typed.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { serializeTimeline } from '../src/extract/write';
import { parseTimeline, type TimelineFile } from '../src/schema/timeline';
import { formatDate } from '../src/app/store/dates';
import { PASTED_ARTICLE } from '../src/app/mydocs/__fixtures__/pastedArticle';
import { fileFromPaste } from '../src/app/mydocs/myDocument';
import { docEventsLine } from '../src/app/mydocs/docEvents';
import { BASE_LABEL } from '../src/app/mydocs/extractionSession';
import { collectPageErrors, DIST, eventRows, moreAction, openExplorer, servedTimeline } from './support';

const base = servedTimeline();
const pasted = fileFromPaste(PASTED_ARTICLE);
const served = path.join(DIST, 'documents');

/** What `npm run extract` gives for the served seeds plus the pasted article (the NLP libraries load only here). */
async function expectedTimeline(): Promise<TimelineFile> {
  const { buildTimeline } = await import('../src/extract/pipeline');
  const seeds = readdirSync(served).map((id) => ({ id, bytes: new Uint8Array(readFileSync(path.join(served, id))) }));
  return buildTimeline([...seeds, pasted]);
}

/** The build step's timeline for the served seeds plus one pasted text, as the dialog would make it. */
async function buildWith(paste: { text: string; title: string; date: string }): Promise<TimelineFile> {
  const { buildTimeline } = await import('../src/extract/pipeline');
  const seeds = readdirSync(served).map((id) => ({ id, bytes: new Uint8Array(readFileSync(path.join(served, id))) }));
  return buildTimeline([...seeds, fileFromPaste({ ...paste, publisher: '' })]);
}

const EXTRACTOR_CHUNK = /\/assets\/extract\.worker[^/]*\.js/;
const myDocuments = (page: Page) => page.getByRole('region', { name: 'My documents' });
const countLine = (page: Page) => page.getByRole('status').filter({ hasText: /of \d+ events/ });
/** An actor's checkbox in the Filters' Actors group: "Kim Jong Un 7 events" (document titles also start with names). */
const actorBoxes = (page: Page, name: string) =>
  page
    .getByRole('region', { name: 'Filters' })
    .getByRole('group', { name: 'Actors' })
    .getByRole('checkbox', { name: new RegExp(`^${name} \\d`) });

test('a pasted article merges into the timeline, survives a reload, downloads as a valid timeline and can be removed', async ({ page }) => {
  test.setTimeout(90_000);
  const expected = await expectedTimeline();
  const newEvents = expected.events.filter((e) => e.mentions.some((m) => m.doc === pasted.id));
  const baseActors = new Set(base.actors.map((a) => a.id));
  const newActors = expected.actors.filter((a) => !baseActors.has(a.id) && newEvents.some((e) => e.actors.includes(a.id)));
  expect(newEvents.length).toBeGreaterThan(0);
  expect(newActors.length).toBeGreaterThan(0);

  const errors = collectPageErrors(page);
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));

  await openExplorer(page);
  await expect(countLine(page)).toHaveText(`${base.events.length} of ${base.events.length} events`);
  // the first load does not fetch the extractor
  expect(requests.filter((u) => EXTRACTOR_CHUNK.test(u))).toEqual([]);

  await page.getByRole('button', { name: 'Add documents' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add documents' });
  await expect(dialog).toBeVisible();
  // the extractor starts while the reader is still pasting, with the timeline's analyses file: Add then waits only
  // for the pasted article and the merge
  await expect.poll(() => requests.filter((u) => EXTRACTOR_CHUNK.test(u)).length).toBe(1);
  await expect.poll(() => requests.filter((u) => new URL(u).pathname.endsWith('/timeline.analyses.json')).length).toBe(1);
  await dialog.getByRole('textbox', { name: 'Article text' }).fill(PASTED_ARTICLE.text);
  await dialog.getByRole('textbox', { name: 'Title' }).fill(PASTED_ARTICLE.title);
  await dialog.getByRole('textbox', { name: 'Publisher' }).fill(PASTED_ARTICLE.publisher);
  await dialog.getByLabel('Date').fill(PASTED_ARTICLE.date);
  // every line the progress shows, as it changes: with the extractor ready, the merge of the seeds can be over
  // before a check of the line could see it
  await dialog.locator('.mydocs-progress').evaluate((status) => {
    const seen: string[] = [];
    (window as unknown as { progressLines: string[] }).progressLines = seen;
    new MutationObserver(() => seen.push(status.textContent ?? '')).observe(status, { subtree: true, childList: true, characterData: true });
  });
  await dialog.getByRole('button', { name: 'Add', exact: true }).click();
  // the page keeps answering while the worker extracts
  expect(await page.evaluate(() => document.title)).toBe('Chronolens');
  await expect(dialog).toBeHidden({ timeout: 45_000 });
  // progress was shown while it did
  const lines = await page.evaluate(() => (window as unknown as { progressLines: string[] }).progressLines);
  expect(lines.some((l) => /Reading|Merging/.test(l))).toBe(true);
  expect(requests.filter((u) => EXTRACTOR_CHUNK.test(u)).length).toBe(1);
  // the loaded documents' analyses come from the file the build step wrote beside the timeline: no seed file is
  // fetched to be analysed again, only the pasted article is analysed (src/extract/analysesFile.ts)
  expect(requests.filter((u) => new URL(u).pathname.endsWith('/timeline.analyses.json'))).toHaveLength(1);
  expect(requests.filter((u) => new URL(u).pathname.includes('/documents/'))).toEqual([]);

  const checkMerged = async () => {
    await expect(countLine(page)).toHaveText(`${expected.events.length} of ${expected.events.length} events`, { timeout: 45_000 });
    const entry = myDocuments(page).getByRole('listitem').filter({ hasText: PASTED_ARTICLE.title });
    // new events and events the seeds already had are told apart (the entry said only "N events")
    const added = newEvents.filter((e) => e.mentions.every((m) => m.doc === pasted.id)).length;
    await expect(entry.locator('.mydocs-facts')).toContainText(docEventsLine({ events: newEvents.length, added }));
    for (const e of newEvents) {
      const row = eventRows(page).filter({ hasText: e.title });
      await expect(row).toHaveCount(1);
      await expect(row.locator('td').first()).toContainText(formatDate(e.date.value, e.date.precision));
      await expect(page.locator('.vis-item').filter({ hasText: e.title }).first()).toBeAttached();
    }
    // Kim Jong Un of the seeds and of the paste are one actor; the new actor is listed
    await expect(actorBoxes(page, 'Kim Jong Un')).toHaveCount(1);
    await expect(actorBoxes(page, 'Vladimir Putin')).toHaveCount(1);
    for (const a of newActors) await expect(actorBoxes(page, a.name)).toHaveCount(1);
  };
  await checkMerged();
  // the view fits the merged events again: every label ends inside the timeline, and the window spans the events
  // with room for their labels, not decades more
  await expect(async () => {
    const { labels, panel } = await page.locator('.timeline-host').evaluate((host) => ({
      panel: host.querySelector('.vis-panel.vis-center')!.getBoundingClientRect().toJSON(),
      labels: [...host.querySelectorAll('.vis-item .ev-content')].map((l) => l.getBoundingClientRect().toJSON()),
    }));
    expect(labels.length).toBe(expected.events.length);
    for (const l of labels) {
      expect(l.left).toBeGreaterThanOrEqual(panel.left - 0.5);
      expect(l.right).toBeLessThanOrEqual(panel.right + 0.5);
    }
  }).toPass({ timeout: 10_000 });
  // (the address says the window once it has settled: read it until it does)
  const dates = expected.events.map((e) => Date.parse(e.date.value.length === 4 ? `${e.date.value}-01-01` : e.date.value));
  await expect
    .poll(() => {
      const shown = new URL(page.url()).searchParams;
      return Date.parse(shown.get('end') ?? '') - Date.parse(shown.get('start') ?? '');
    })
    .toBeLessThan(3 * (Math.max(...dates) - Math.min(...dates)));

  // a reload shows the merge kept from before: the extractor is not loaded to read every document again (with
  // many added documents, every reload took as long as adding them all)
  requests.length = 0;
  await page.reload();
  await checkMerged();
  expect(requests.filter((u) => EXTRACTOR_CHUNK.test(u))).toEqual([]);

  // the download is the CLI's timeline.json for the same documents, byte for byte, and valid against the schema
  const downloadButton = await moreAction(page, 'Download timeline');
  const [download] = await Promise.all([page.waitForEvent('download'), downloadButton.click()]);
  expect(download.suggestedFilename()).toBe('timeline.json');
  const text = readFileSync(await download.path(), 'utf8');
  const parsed = parseTimeline(text);
  expect(parsed.ok, parsed.ok ? '' : parsed.error).toBe(true);
  expect(text).toBe(serializeTimeline(expected));

  // the pasted markup stayed text: nothing ran
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();

  await myDocuments(page).getByRole('listitem').filter({ hasText: PASTED_ARTICLE.title }).getByRole('button', { name: 'Remove' }).click();
  await expect(countLine(page)).toHaveText(`${base.events.length} of ${base.events.length} events`);
  for (const e of newEvents.filter((n) => !base.events.some((b) => b.title === n.title)))
    await expect(eventRows(page).filter({ hasText: e.title })).toHaveCount(0);
  await expect(myDocuments(page).getByRole('listitem')).toHaveCount(0);
  await page.reload();
  await expect(countLine(page)).toHaveText(`${base.events.length} of ${base.events.length} events`);
  await expect(myDocuments(page)).toHaveCount(0);
  expect(errors).toEqual([]);
});

test('a binary or empty file gets a clear message and changes nothing else', async ({ page }) => {
  await openExplorer(page);
  await page.getByRole('button', { name: 'Add documents' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add documents' });
  await dialog.getByLabel(/^Files/).setInputFiles([
    { name: 'photo.txt', mimeType: 'text/plain', buffer: readFileSync('src/extract/__fixtures__/pixel.png') },
    { name: 'empty.md', mimeType: 'text/markdown', buffer: Buffer.from('') },
  ]);
  await dialog.getByRole('button', { name: 'Add', exact: true }).click();
  const alert = dialog.getByRole('alert');
  await expect(alert).toContainText('"photo.txt" was not added: binary data', { timeout: 30_000 });
  await expect(alert).toContainText('"empty.md" was not added: the file is empty');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(countLine(page)).toHaveText(`${base.events.length} of ${base.events.length} events`);
  await expect(myDocuments(page).getByRole('listitem')).toHaveCount(0);
});

test('the dialog speaks to a reader, not a developer; an added text that gives no event says why, not only "0 events"', async ({ page }) => {
  test.setTimeout(90_000);
  await openExplorer(page);
  await page.getByRole('button', { name: 'Add documents' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add documents' });
  await expect(dialog).toContainText('read here in your browser, not uploaded');
  await expect(dialog).not.toContainText('npm');
  // undated, as a class's own notes often are: nothing in it says when anything happened
  await dialog
    .getByRole('textbox', { name: 'Article text' })
    .fill('Teachers in the district say the new timetable is popular. Pupils seem to like the longer lunch break.');
  await dialog.getByRole('textbox', { name: 'Title' }).fill('Timetable notes');
  await dialog.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(dialog).toBeHidden({ timeout: 45_000 });
  const entry = myDocuments(page).getByRole('listitem').filter({ hasText: 'Timetable notes' });
  await expect(entry).toContainText('0 events');
  await expect(entry).toContainText('No events found in it: an event is kept only from a sentence that dates it and names who acted');
  await expect(countLine(page)).toHaveText(`${base.events.length} of ${base.events.length} events`);
  await entry.getByRole('button', { name: 'Remove' }).click();
  await expect(myDocuments(page).getByRole('listitem')).toHaveCount(0);
});

test('a pasted copy of a loaded article says its events were all already on the timeline, not how many "events" it has', async ({ page }) => {
  test.setTimeout(90_000);
  // the seed with the most events, pasted again under another title: each of its sentences joins its own event
  const seed = [...base.documents].sort(
    (a, b) =>
      base.events.filter((e) => e.mentions.some((m) => m.doc === b.id)).length - base.events.filter((e) => e.mentions.some((m) => m.doc === a.id)).length,
  )[0];
  const expected = await buildWith({ text: seed.text, title: 'A copy', date: seed.published?.value ?? '' });
  const copy = expected.documents.find((d) => !base.documents.some((b) => b.id === d.id))!;
  const events = expected.events.filter((e) => e.mentions.some((m) => m.doc === copy.id));
  expect(events.length).toBeGreaterThan(1);
  expect(events.every((e) => e.mentions.some((m) => m.doc !== copy.id))).toBe(true);
  expect(expected.events.length).toBe(base.events.length);

  await openExplorer(page);
  await page.getByRole('button', { name: 'Add documents' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add documents' });
  await dialog.getByRole('textbox', { name: 'Article text' }).fill(seed.text);
  await dialog.getByRole('textbox', { name: 'Title' }).fill('A copy');
  if (seed.published) await dialog.getByLabel('Date').fill(seed.published.value);
  await dialog.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(dialog).toBeHidden({ timeout: 45_000 });
  const entry = myDocuments(page).getByRole('listitem').filter({ hasText: 'A copy' });
  await expect(entry.locator('.mydocs-facts')).toContainText(`${events.length} events, ${events.length === 2 ? 'both' : 'all'} already on the timeline`);
  await expect(countLine(page)).toHaveText(`${base.events.length} of ${base.events.length} events`);
  await entry.getByRole('button', { name: 'Remove' }).click();
  await expect(myDocuments(page).getByRole('listitem')).toHaveCount(0);
});

test('on a phone the Add documents dialog keeps every field inside it: the file box does not run past its right edge', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await openExplorer(page);
  await page.getByRole('button', { name: 'Add documents' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add documents' });
  await expect(dialog).toBeVisible();
  const out = await dialog.evaluate((d) => {
    const form = d.querySelector('form')!.getBoundingClientRect();
    return [...d.querySelectorAll('form *')]
      .filter((e) => e.getBoundingClientRect().width > 0 && e.getBoundingClientRect().right > form.right + 0.5)
      .map((e) => `${e.tagName}.${e.className} ends at ${Math.round(e.getBoundingClientRect().right)} > ${Math.round(form.right)}`);
  });
  expect(out).toEqual([]);
  expect(await dialog.evaluate((d) => d.scrollWidth - d.clientWidth)).toBeLessThanOrEqual(0);
});

test('an added document’s entry shows its events, alone, in one click', async ({ page }) => {
  test.setTimeout(90_000);
  const expected = await expectedTimeline();
  const mine = expected.events.filter((e) => e.mentions.some((m) => m.doc === pasted.id));
  expect(mine.length).toBeGreaterThan(0);
  await openExplorer(page);
  await page.getByRole('button', { name: 'Add documents' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add documents' });
  await dialog.getByRole('textbox', { name: 'Article text' }).fill(PASTED_ARTICLE.text);
  await dialog.getByRole('textbox', { name: 'Title' }).fill(PASTED_ARTICLE.title);
  await dialog.getByRole('textbox', { name: 'Publisher' }).fill(PASTED_ARTICLE.publisher);
  await dialog.getByLabel('Date').fill(PASTED_ARTICLE.date);
  await dialog.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(dialog).toBeHidden({ timeout: 45_000 });
  await expect(countLine(page)).toHaveText(`${expected.events.length} of ${expected.events.length} events`, { timeout: 45_000 });
  // on a large collection the added article's event was not among the key events: "1 new event", and nowhere to be seen
  const entry = myDocuments(page).getByRole('listitem').filter({ hasText: PASTED_ARTICLE.title });
  await entry.getByRole('button', { name: /^show its events?$/ }).click();
  await expect(countLine(page)).toHaveText(`${mine.length} of ${expected.events.length} events`);
  for (const e of mine) await expect(eventRows(page).filter({ hasText: e.title })).toHaveCount(1);
  await entry.getByRole('button', { name: 'Remove' }).click();
  await expect(entry).toHaveCount(0);
});

test('an article pasted with no title is named in the notice by the title it got, not "Pasted text"; the progress names no other article', async ({ page }) => {
  test.setTimeout(90_000);
  const text = `Putin and Kim Jong Un discuss defence treaty in phone call\n${PASTED_ARTICLE.text}`;
  const expected = await buildWith({ text, title: '', date: '' });
  const mine = expected.documents.find((d) => !base.documents.some((b) => b.id === d.id))!;
  expect(mine.title).toBeTruthy();

  await page.setViewportSize({ width: 1280, height: 720 });
  await openExplorer(page);
  await page.getByRole('button', { name: 'Add documents' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add documents' });
  await dialog.getByRole('textbox', { name: 'Article text' }).fill(text);
  // at 1280×720 the dialog has room for a line of progress under its fields: Cancel and Add stay in it, unscrolled
  // (they went 18 px under its bottom edge while the BBC spill coverage merged)
  const room = await dialog.evaluate((d) => parseFloat(getComputedStyle(d).maxHeight) - d.scrollHeight);
  expect(room).toBeGreaterThanOrEqual(24);
  // every line the progress shows, as it changes
  await dialog.locator('.mydocs-progress').evaluate((status) => {
    const seen: string[] = [];
    (window as unknown as { progressLines: string[] }).progressLines = seen;
    new MutationObserver(() => seen.push(status.textContent ?? '')).observe(status, { subtree: true, childList: true, characterData: true });
  });
  await dialog.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(dialog).toBeHidden({ timeout: 45_000 });
  await expect(myDocuments(page).getByRole('status')).toHaveText(`Added "${mine.title}".`);
  // the progress said what it did, never the title of one of the timeline's own documents the reader did not add
  const lines = await page.evaluate(() => (window as unknown as { progressLines: string[] }).progressLines);
  expect(lines.some((l) => l.trim().startsWith(BASE_LABEL))).toBe(true);
  for (const d of base.documents) for (const l of lines) expect(l).not.toContain(d.title);
  await expect(myDocuments(page).getByRole('listitem').filter({ hasText: mine.title })).toHaveCount(1);
  await page.screenshot({ path: 'e2e/screenshots/mydocs-pasted-untitled.png' });
  await myDocuments(page).getByRole('listitem').getByRole('button', { name: 'Remove' }).click();
  await expect(myDocuments(page).getByRole('listitem')).toHaveCount(0);
});
