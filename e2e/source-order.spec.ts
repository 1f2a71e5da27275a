/**
 * An event's sources are listed as they were published, the earliest first: under the BBC's "BP's Deepwater
 * Horizon rig exploded" (20 April) the first source was a report of 17 May, the one its title was written from,
 * above the reports of 29 and 30 April. The handout (and a slide) quotes the report the title was written from first,
 * so the title can be checked against its quote, then the others as published. Built from the spill fixture, its
 * three reports dated.
 */
import { expect, type Page, test } from '@playwright/test';
import { spillTimeline } from '../src/app/store/__fixtures__/spillTimeline';
import { moreAction, openExplorer } from './support';

function datedSpill() {
  const t = spillTimeline();
  const dates: Record<string, string> = { 'r0.txt': '2010-05-17', 'r1.txt': '2010-04-29', 'r2.txt': '2010-04-30' };
  for (const d of t.documents) d.published = { value: dates[d.id], precision: 'day', basis: 'metadata', text: dates[d.id] };
  // each report of the blast in words of its own: the handout quotes a sentence reprinted word for word once
  const own: Record<string, string> = {
    'r0.txt': 'Oil has been spewing into the Gulf since the rig exploded on 20 April.',
    'r1.txt': 'The rig suffered a huge explosion on 20 April and later sank.',
    'r2.txt': 'The 20 April explosion destroyed the rig.',
  };
  for (const d of t.documents) d.text = `${d.text} ${own[d.id]}`;
  const blast = t.events.find((e) => e.id === 'blast-0')!;
  blast.mentions = blast.mentions.map((m) => {
    const text = t.documents.find((d) => d.id === m.doc)!.text!;
    const start = text.indexOf(own[m.doc]);
    return { ...m, sentence: own[m.doc], start, end: start + own[m.doc].length };
  });
  return t;
}

async function openBlast(page: Page) {
  const body = JSON.stringify(datedSpill());
  await page.route('**/dated.json', (route) => route.fulfill({ contentType: 'application/json', body }));
  await openExplorer(page, '/?data=dated.json&event=blast-0');
}

for (const viewport of [
  { width: 1280, height: 720 },
  { width: 1920, height: 1080 },
  { width: 390, height: 844 },
] as const) {
  test(`at ${viewport.width}×${viewport.height}, the details list the blast's reports earliest first`, async ({ page }) => {
    await page.setViewportSize(viewport);
    await openBlast(page);
    const details = page.getByRole('region', { name: 'Event details' });
    await expect(details.getByRole('heading', { level: 2 })).toHaveText('The Deepwater Horizon rig exploded');
    await expect(details.locator('.source-doc')).toHaveText([/^r1\.txt — BBC, 29 Apr 2010$/, /^r2\.txt — BBC, 30 Apr 2010$/, /^r0\.txt — BBC, 17 May 2010$/]);
    await details.locator('.sources').scrollIntoViewIfNeeded();
    await page.screenshot({ path: `e2e/screenshots/source-order-${viewport.width}.png` });
  });
}

test('the handout quotes the title’s own report first, then the others earliest first', async ({ page }) => {
  await openBlast(page);
  await page.evaluate(() => {
    window.print = () => {};
  });
  await (await moreAction(page, 'Print handout')).click();
  await page.emulateMedia({ media: 'print' });
  const entry = page
    .locator('.handout-entry')
    .filter({ has: page.getByRole('heading', { level: 2, name: 'The Deepwater Horizon rig exploded', exact: true }) });
  await expect(entry.locator('.handout-cite')).toHaveText([/r0\.txt, BBC, 17 May 2010/, /r1\.txt, BBC, 29 Apr 2010/, /r2\.txt, BBC, 30 Apr 2010/]);
});
