/**
 * A small collection (shown whole, up to 40 events) that recalls a far past beside a busy story: Reuters' Chrysler
 * wire (29 events) recalls 1954, 1985 and 1986 beside its two months of 1987, and the first view fitted every event,
 * drawing the story as one column at 1987 on an axis from 1954 to 2012, most of it hidden above the top. The first
 * view is the story's period; the background is one click away at the edge, and every event is still listed.
 * Built here from the served timeline (its documents and quotes), 30 story days and 5 recalled years of the 1950s.
 */
import { expect, test, type Page } from '@playwright/test';
import type { EventRecord, WholeTimeline } from '../src/schema/timeline';
import { spillTimeline } from '../src/app/store/__fixtures__/spillTimeline';
import { buildIndex } from '../src/app/store/timelineIndex';
import { openExplorer, servedTimeline } from './support';

const STORY_FROM = Date.parse('2024-11-01');
const STORY_TO = Date.parse('2024-12-01');

function crowdedStory(): WholeTimeline {
  const t = structuredClone(servedTimeline());
  const like = t.events.find((e) => e.date.precision === 'day')!;
  const event = (id: string, title: string, value: string, precision: 'day' | 'year', period: 'story' | 'background'): EventRecord => ({
    ...structuredClone(like),
    id,
    title,
    date: { ...like.date, value, precision, text: value, explanation: `'${value}', as written` },
    conflicts: [],
    importanceWhy: like.importanceWhy && { ...like.importanceWhy, period },
  });
  const story = Array.from({ length: 30 }, (_, i) => {
    const d = String(i + 1).padStart(2, '0');
    return event(`2024-11-${d}-story-${d}`, `The talks went on for day ${i + 1} in the capital`, `2024-11-${d}`, 'day', 'story');
  });
  const background = [1950, 1951, 1952, 1953, 1954].map((y) => event(`${y}-treaty`, `A treaty of ${y} was signed`, String(y), 'year', 'background'));
  t.events = [...background, ...story];
  return t;
}

async function openCrowded(page: Page, path = '/?data=crowded.json') {
  const body = JSON.stringify(crowdedStory());
  await page.route('**/crowded.json', (route) => route.fulfill({ contentType: 'application/json', body }));
  await openExplorer(page, path);
}

const shownWindow = async (page: Page) => {
  const url = new URL(page.url());
  return { start: Date.parse(url.searchParams.get('start')!), end: Date.parse(url.searchParams.get('end')!) };
};

for (const [name, viewport] of [
  ['a projector', { width: 1280, height: 720 }],
  ['a phone', { width: 390, height: 844 }],
] as const) {
  test(`on ${name}, a small collection whose whole fit would pile its story up opens on the story's period`, async ({ page }) => {
    await page.setViewportSize(viewport);
    await openCrowded(page);
    await expect(async () => {
      const w = await shownWindow(page);
      // the story's weeks, with room for their labels: not the seventy years back to 1950
      expect(w.start).toBeGreaterThan(STORY_FROM - 30 * 86_400_000);
      expect(w.end).toBeLessThan(STORY_TO + 120 * 86_400_000);
    }).toPass({ timeout: 10_000 });
    // the recalled years are one click away, at the edge, and still listed
    const earlier = page.getByRole('button', { name: /5 earlier events, 1950–1954/ });
    await expect(earlier).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: /^\d+ of \d+ events$/ })).toHaveText('35 of 35 events');
    await earlier.click();
    await expect(async () => expect((await shownWindow(page)).start).toBeLessThan(Date.parse('1951-01-01'))).toPass({ timeout: 10_000 });
  });
}

test('a window in the link is kept: the story opening is only for a first view the link leaves open', async ({ page }) => {
  await openCrowded(page, '/?data=crowded.json&start=1940-01-01&end=2030-01-01');
  await expect(page.getByRole('button', { name: /earlier events/ })).toHaveCount(0);
  const w = await shownWindow(page);
  const DAYS_2 = 2 * 86_400_000;
  expect(Math.abs(w.start - Date.parse('1940-01-01'))).toBeLessThan(DAYS_2);
  expect(Math.abs(w.end - Date.parse('2030-01-01'))).toBeLessThan(DAYS_2);
});

test('with All events, the left marker counts every event left of the first view: those of a month-dated core before its first day-dated key event too', async ({
  page,
}) => {
  // a large collection (the spill fixture) whose core opens on a month-dated key event ("The Gulf of Mexico oil disaster
  // began", April 2010): the first view opens on the month's first day-dated key event (8 April), and the
  // small reports of 2–6 April lie left of it; the marker counted only the background, and they were in no marker and
  // not in view
  const spill = spillTimeline();
  const like = spill.events.find((e) => e.date.value === '2010-05-02')!;
  const made = (id: string, value: string, importance: number, title: string) => ({
    ...structuredClone(like),
    id,
    title,
    importance,
    date: { ...like.date, value, precision: value.length === 10 ? ('day' as const) : ('month' as const), text: value },
  });
  spill.events.push(made('apr-month', '2010-04', 25, 'The Gulf of Mexico oil disaster began'));
  for (let k = 2; k <= 6; k++) spill.events.push(made(`apr-early-${k}`, `2010-04-0${k}`, 0.1, `A small report ${k}`));
  for (let k = 8; k <= 19; k++) spill.events.push(made(`apr-${k}`, `2010-04-${String(k).padStart(2, '0')}`, 0.5, `A minor report ${k}`));
  spill.events.sort((a, b) => (a.date.value < b.date.value ? -1 : a.date.value > b.date.value ? 1 : a.id < b.id ? -1 : 1));
  // (a wide screen: the fit's margin before the arc is then under two days, and 2–3 April stay left of the window)
  await page.setViewportSize({ width: 2560, height: 900 });
  await page.route('**/spill-month.json', (route) => route.fulfill({ contentType: 'application/json', body: JSON.stringify(spill) }));
  await openExplorer(page, '/?data=spill-month.json&detail=all');
  const earlier = page.getByRole('button', { name: /earlier events?, \d{4}/ });
  await expect(earlier).toBeVisible();
  const index = buildIndex(spill);
  // (a day either side of the window's edge, as the address rounds it)
  const DAY = 86_400_000;
  await expect(async () => {
    const w = await shownWindow(page);
    expect(index.events.some((e, p) => e.title === 'A small report 2' && index.endMs[p] <= w.start - DAY)).toBe(true);
    const surely = index.events.filter((_, p) => index.endMs[p] <= w.start - DAY).length;
    const atMost = index.events.filter((_, p) => index.endMs[p] <= w.start + DAY).length;
    const count = Number(/(\d+) earlier events?/.exec((await earlier.textContent()) ?? '')?.[1]);
    expect(count).toBeGreaterThanOrEqual(surely);
    expect(count).toBeLessThanOrEqual(atMost);
  }).toPass({ timeout: 10_000 });
});
