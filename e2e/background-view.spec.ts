/**
 * The earlier events of a large collection, one click away at the timeline's left edge, open as one readable view.
 * The BBC's spill coverage recalls 26 events from 1967 to 2009; "‹ 26 earlier events, 1967–2009" opened on
 * 1988–2027: the four oldest still behind "‹ 4 earlier events", labels cut at the left edge ("Tony …"), and the
 * story's 2010 piled into one column at the right. Built here from the spill fixture, its background recalled in
 * sentences of our own over the same forty years.
 */
import { expect, type Page, test } from '@playwright/test';
import type { EventRecord, TimelineFile } from '../src/schema/timeline';
import { spillTimeline } from '../src/app/store/__fixtures__/spillTimeline';
import { openExplorer } from './support';

const BACKGROUND: Array<[string, string]> = [
  ['1967', 'The Torrey Canyon was wrecked off Cornwall'],
  ['1979', 'Bob Dudley began his career at Amoco'],
  ['1982', 'Tony Hayward joined BP as a geologist'],
  ['1989-03', 'The Exxon Valdez hit a reef in Alaska'],
  ['1991', 'Oil was released from tankers in the Gulf war'],
  ['1999', 'Bob Dudley joined BP'],
  ['2002', 'The tanker Prestige broke up off Spain'],
  ['2005', 'Hurricane Katrina devastated the coast'],
  ['2007', 'Tony Hayward became BP chief executive'],
  ['2009-08', 'The rig drilled the deepest well in the industry'],
];

function spillWithBackground(): TimelineFile {
  const t = spillTimeline();
  const like = t.events.find((e) => e.id === 'story-0')!;
  const old = BACKGROUND.map(([value, title], i): EventRecord => {
    const precision = value.length === 7 ? 'month' : 'year';
    return {
      ...structuredClone(like),
      id: `recalled-${i}`,
      title,
      date: { value, precision, basis: 'explicit', text: value },
      importance: 2 + (i % 3) * 0.3,
      importanceWhy: { ...like.importanceWhy!, period: 'background' },
    };
  });
  t.events = [...old, ...t.events.filter((e) => !e.id.startsWith('old-'))];
  return t;
}

async function openSpill(page: Page) {
  const body = JSON.stringify(spillWithBackground());
  await page.route('**/recalled.json', (route) => route.fulfill({ contentType: 'application/json', body }));
  await openExplorer(page, '/?data=recalled.json');
}

const label = (page: Page, title: string) => page.getByRole('region', { name: 'Timeline' }).locator('.vis-item').filter({ hasText: title });

for (const viewport of [
  { width: 1280, height: 720 },
  { width: 1920, height: 1080 },
] as const) {
  test(`at ${viewport.width}×${viewport.height}, the earlier events open all in one view, the oldest drawn whole`, async ({ page }) => {
    await page.setViewportSize(viewport);
    await openSpill(page);
    await page.getByRole('button', { name: /^10 earlier events, 1967–2009$/ }).click();
    await expect(page.getByRole('button', { name: /Back to the story/ })).toBeVisible();
    // none of them left behind a marker
    await expect(page.getByRole('button', { name: /earlier events?,/ })).toHaveCount(0);
    // the oldest are drawn, and their labels read whole (not cut at the left edge)
    for (const title of ['The Torrey Canyon was wrecked off Cornwall', 'Bob Dudley began his career at Amoco', 'Tony Hayward joined BP as a geologist']) {
      await expect(label(page, title)).toBeInViewport();
      await expect(label(page, title).locator('[data-fit]')).toHaveCount(0);
    }
    await page.screenshot({ path: `e2e/screenshots/earlier-events-${viewport.width}.png` });
  });
}

test('on a phone too, the earlier events open all in one view, the oldest not cut at the left edge', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await openSpill(page);
  await page.getByRole('button', { name: /10 earlier/ }).click();
  await expect(page.getByRole('button', { name: /Back to the story/ })).toBeVisible();
  await expect(page.getByRole('button', { name: /earlier events?,/ })).toHaveCount(0);
  await expect(label(page, 'The Torrey Canyon was wrecked off Cornwall')).toBeInViewport();
  await expect(label(page, 'Bob Dudley began his career at Amoco').locator('[data-fit]')).toHaveCount(0);
  await page.screenshot({ path: 'e2e/screenshots/earlier-events-390.png' });
});
