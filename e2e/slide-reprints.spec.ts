/**
 * A publisher reprints its paragraphs: the BBC's spill coverage printed "A burn was last tried on 28 April when
 * thousands of litres of oil were successfully removed." word for word in two articles. The handout quotes it once;
 * the slides listed it twice under "All sources", one quote under the other, and a class read it as a mistake. The
 * slide quotes it once and says it was reprinted. Built from the spill fixture, whose rig explosion is reported
 * three times in one sentence.
 */
import { expect, test } from '@playwright/test';
import { spillTimeline } from '../src/app/store/__fixtures__/spillTimeline';
import { openExplorer } from './support';

test.use({ viewport: { width: 1280, height: 720 } });

test('a slide quotes a reprinted sentence once and says how many more reports print it; no "+ 2 more quotes" of the same words', async ({ page }) => {
  const spill = spillTimeline();
  const blast = spill.events.find((e) => e.id === 'blast-0')!;
  expect(new Set(blast.mentions.map((m) => m.sentence)).size).toBe(1);
  expect(blast.mentions.length).toBe(3);
  // a second event stated in two sentences, one of them printed twice: two quotes, not three
  const fire = spill.events.find((e) => e.id === 'blast-4')!;
  const other = 'Flames rose from the rig through the night.';
  spill.documents.push({ ...spill.documents[0], id: 'r3.txt', title: 'r3.txt', text: other });
  fire.mentions = [...fire.mentions, { ...fire.mentions[0], doc: 'r1.txt' }, { ...fire.mentions[0], doc: 'r3.txt', sentence: other, end: other.length }];
  const body = JSON.stringify(spill);
  await page.route('**/spill.json', (route) => route.fulfill({ contentType: 'application/json', body }));
  await openExplorer(page, `/?data=spill.json&event=${blast.id}`);
  await page.keyboard.press('p');
  const slide = page.getByRole('region', { name: /^Slide \d+ of \d+$/ });
  await expect(slide.getByRole('heading', { level: 2 })).toHaveText(blast.title);
  await expect(slide.locator('blockquote')).toHaveText([`“${blast.mentions[0].sentence}”`]);
  await expect(slide.locator('figcaption')).toContainText('printed word for word in 2 more reports');
  // nothing more to show: no "+ 2 more quotes" hint and no "All sources" button that would show the same words again
  await expect(slide.locator('.slide-hint')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'All sources' })).toHaveCount(0);

  await page.keyboard.press('Escape');
  await openExplorer(page, `/?data=spill.json&detail=all&event=${fire.id}`);
  await page.keyboard.press('p');
  await expect(slide.getByRole('heading', { level: 2 })).toHaveText(fire.title);
  await expect(slide.locator('.slide-hint')).toContainText('+ 1 more quote · 3 documents');
  await page.keyboard.press('s');
  await expect(slide.locator('.slide-pager')).toContainText('Quotes 1–2 of 2 · 3 documents');
  const quotes = await slide.locator('blockquote').allTextContents();
  expect(quotes).toEqual([`“${fire.mentions[0].sentence}”`, `“${other}”`]);
  await expect(slide.locator('figcaption').first()).toContainText('printed word for word in 1 more report');
});
