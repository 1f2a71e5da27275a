/**
 * The date line of an event's details cites an article ("'on 20 April', article published 17 May 2010"), and the
 * reports under it are listed as published, earliest first: the BBC's spill coverage listed a report of 29 April on
 * top, and a reader took the date line for a mistake. The line names the report the date is read from (the event's
 * representative report, whose sentence holds the date phrase) and leads to it. Read from the served seeds, where
 * "Kim Jong Un met with visiting Russian Defense Minister Andrei Beloousov" is dated from a report of 1 December
 * listed under reports of 29 and 30 November.
 */
import { expect, test } from '@playwright/test';
import { formatDate } from '../src/app/store/dates';
import { eventRows, openExplorer, servedTimeline, sourcesOf } from './support';

const timeline = servedTimeline();
const docs = new Map(timeline.documents.map((d) => [d.id, d]));
const published = (doc: string) => docs.get(doc)?.published?.value ?? '';
// an event whose date comes from a report published after the first one listed
const event = timeline.events.find((e) => e.mentions[0].dateText && published(e.mentions[0].doc) > published(sourcesOf(timeline, e)[0].doc))!;

test('the date line names the report the date is read from, and one click shows that report, marked, with its date phrase', async ({ page }) => {
  expect(event, 'the seeds have an event dated from a later report than the first listed').toBeTruthy();
  const listed = sourcesOf(timeline, event);
  const at = listed.indexOf(event.mentions[0]);
  expect(at).toBeGreaterThan(0);
  const doc = docs.get(event.mentions[0].doc)!;
  await openExplorer(page, `/?detail=all&background=shown`);
  await eventRows(page).getByRole('link', { name: event.title, exact: true }).first().click();
  const details = page.getByRole('region', { name: 'Event details' });
  await expect(details.getByRole('heading', { name: event.title })).toBeVisible();
  // the first report listed is an earlier one: the date line says which report it is read from
  await expect(details.locator('.source-title').first()).not.toHaveText(doc.title);
  const line = details.locator('.date-source');
  await expect(line).toContainText(`in “${doc.title}”`);
  await expect(line).toContainText(doc.publisher ?? '');
  if (!event.date.explanation?.includes(formatDate(doc.published!.value, doc.published!.precision)))
    await expect(line).toContainText(formatDate(doc.published!.value, doc.published!.precision));
  await line.getByRole('button', { name: `report ${at + 1} below` }).click();
  const dated = details.locator('.source-dated');
  await expect(dated).toHaveCount(1);
  await expect(dated).toBeFocused();
  await expect(dated).toBeInViewport();
  await expect(dated.locator('.source-badge')).toHaveText('The date is read from this report');
  await expect(dated.locator('.source-title')).toHaveText(doc.title);
  await expect(dated.locator('.hl-date')).toHaveText(event.mentions[0].dateText!);
  // the badge is not hidden under the details' title, which stays on top
  const head = await details.locator('.details-head').boundingBox();
  const badge = await dated.locator('.source-badge').boundingBox();
  expect(badge!.y).toBeGreaterThanOrEqual(head!.y + head!.height);
});

test('an event with one report says nothing more: that report is the one its date is read from', async ({ page }) => {
  const single = timeline.events.find((e) => e.mentions.length === 1 && e.mentions[0].dateText)!;
  expect(single, 'the seeds have an event with one report').toBeTruthy();
  await openExplorer(page, `/?detail=all&background=shown`);
  await eventRows(page).getByRole('link', { name: single.title, exact: true }).first().click();
  const details = page.getByRole('region', { name: 'Event details' });
  await expect(details.getByRole('heading', { name: single.title })).toBeVisible();
  await expect(details.locator('blockquote')).toHaveCount(1);
  await expect(details.locator('.date-source')).toHaveCount(0);
  await expect(details.locator('.source-badge')).toHaveCount(0);
});
