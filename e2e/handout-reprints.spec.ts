/**
 * A publisher reprints its paragraphs: the BBC's spill coverage quoted "A burn was last tried on 28 April when
 * thousands of litres of oil were successfully removed." twice, word for word, in one entry of the printed
 * handout. The handout quotes a sentence once and counts its reprints with the other reports. Built from the spill
 * fixture, whose rig explosion is reported three times in one sentence.
 */
import { expect, test } from '@playwright/test';
import { spillTimeline } from '../src/app/store/__fixtures__/spillTimeline';
import { moreReportsLine } from '../src/app/print/handoutSources';
import { openExplorer } from './support';

test('no handout entry quotes the same sentence twice; the reprints are counted as more reports', async ({ page }) => {
  const spill = spillTimeline();
  const blast = spill.events.find((e) => e.id === 'blast-0')!;
  expect(new Set(blast.mentions.map((m) => m.sentence)).size).toBe(1);
  expect(blast.mentions.length).toBe(3);
  const body = JSON.stringify(spill);
  await page.route('**/spill.json', (route) => route.fulfill({ contentType: 'application/json', body }));
  await openExplorer(page, '/?data=spill.json');
  await page.emulateMedia({ media: 'print' });
  const entries = page.locator('.handout-entry');
  await expect(entries.first()).toBeVisible();
  const entry = entries.filter({ has: page.getByRole('heading', { level: 2, name: blast.title, exact: true }) });
  await expect(entry.locator('.handout-source blockquote')).toHaveText([`“${blast.mentions[0].sentence}”`]);
  await expect(entry.locator('.handout-more')).toHaveText(moreReportsLine(2));
  // and in no entry at all
  const quotes = await entries.evaluateAll((els) => els.map((el) => [...el.querySelectorAll('.handout-source blockquote')].map((q) => q.textContent)));
  for (const q of quotes) expect(new Set(q).size).toBe(q.length);
});
