/**
 * A class's projector opens on the story's key events, not on the day's share price. The BBC's 291 spill reports
 * print BP's share price in report after report, each trading day a date of its own, and 4 of the 16 key events at
 * 1280×720 were "BP's share price once again fell", "BP's shares fell", "BP shares fell 3.4%" and "Anadarko
 * recovered some 3% in early New York trading" (8 of 30 at 1920×1080). Market moves rank after every other event
 * (src/story/marketMove.ts); "All events" still lists them. Built from the spill fixture, with such days added.
 */
import { expect, test } from '@playwright/test';
import type { EventRecord } from '../src/schema/timeline';
import { spillTimeline } from '../src/app/store/__fixtures__/spillTimeline';
import { keyEventsFor } from '../src/app/store/detail';
import { eventsTable, openExplorer, settledKeyEvents } from './support';

/** trading days of June and July 2010, each outranking most of the story's days, as the BBC's did */
const MOVES: Array<[string, string]> = [
  ['2010-06-01', "BP's shares fell"],
  ['2010-06-09', 'BP shares fell 3.4%'],
  ['2010-06-14', "BP's share price once again fell"],
  ['2010-06-18', 'Anadarko recovered some 3% in early New York trading'],
  ['2010-06-25', 'BP shares have closed up almost 7%'],
  ['2010-07-02', 'Shares in BP fell a further 5%'],
];
const isMove = (title: string) => MOVES.some(([, t]) => t === title);

function withTradingDays() {
  const spill = spillTimeline();
  const text = 'Reports on the oil spill.';
  for (const [i, [value, title]] of MOVES.entries()) {
    const event: EventRecord = {
      id: `move-${i}`,
      date: { value, precision: 'day', basis: 'explicit', text: value },
      title,
      actors: ['bp'],
      mentions: [{ doc: 'r0.txt', sentence: text, start: 0, end: text.length, attribution: null }],
      importance: 15.5 - i * 0.2,
      importanceWhy: { documents: 1, publishers: 1, dateDocuments: 11, laterDocuments: 0, burst: 18, period: 'story' },
    };
    spill.events.push(event);
  }
  spill.events.sort((a, b) => (a.date.value < b.date.value ? -1 : a.date.value > b.date.value ? 1 : a.id < b.id ? -1 : 1));
  return spill;
}

for (const viewport of [
  { width: 1280, height: 720 },
  { width: 1920, height: 1080 },
  { width: 390, height: 844 },
] as const) {
  test(`at ${viewport.width}×${viewport.height} the key events are the story's, no share price among them; All events lists them`, async ({ page }) => {
    await page.setViewportSize(viewport);
    const spill = withTradingDays();
    const body = JSON.stringify(spill);
    await page.route('**/shares.json', (route) => route.fulfill({ contentType: 'application/json', body }));
    await openExplorer(page, '/?data=shares.json');
    // as many as keyEventsFor reckons, or fewer when labels take more lines than it reckons (TimelineView.tsx fitKeyEvents)
    const status = page.getByRole('status').filter({ hasText: /^\d+ of \d+ events$/ });
    await expect(status).toHaveText(new RegExp(`^\\d+ of ${spill.events.length} events$`));
    const key = await settledKeyEvents(page);
    expect(key).toBeLessThanOrEqual(keyEventsFor(viewport.width, viewport.height));
    expect(key).toBeGreaterThanOrEqual(keyEventsFor(viewport.width, viewport.height) - 2);
    const titles = eventsTable(page).locator('tbody tr[aria-rowindex]').getByRole('link');
    await expect(titles).toHaveCount(key);
    const listed = await titles.allTextContents();
    expect(listed.filter(isMove)).toEqual([]);
    // the timeline's labels too
    const labels = await page.getByRole('region', { name: 'Timeline' }).locator('.vis-item:not(.vis-background)').allTextContents();
    expect(labels.filter((l) => MOVES.some(([, t]) => l.includes(t)))).toEqual([]);
    // every share price is one step away, in the list of all events
    await page.goto('/?data=shares.json&detail=all');
    await expect(eventsTable(page).getByRole('link', { name: "BP's share price once again fell" })).toBeAttached();
  });
}
