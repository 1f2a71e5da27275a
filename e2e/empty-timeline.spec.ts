/**
 * A link whose search finds nothing opened the timeline on vis-timeline's window around today ("Fri 4 … Wed 9,
 * December 2026" over the BBC's 2010 spill coverage) under "No events match these filters": a class read those
 * dates as the story's. The empty timeline keeps to the collection's own period. Read from the served seeds.
 */
import { expect, test } from '@playwright/test';
import { servedTimeline } from './support';

const timeline = servedTimeline();
const years = timeline.events.map((e) => Number(e.date.value.slice(0, 4)));
const [first, last] = [Math.min(...years), Math.max(...years)];

for (const viewport of [
  { width: 1280, height: 720 },
  { width: 390, height: 844 },
]) {
  test(`an empty timeline shows the collection's period, not today's week (${viewport.width}×${viewport.height})`, async ({ page }) => {
    await page.setViewportSize(viewport);
    await page.goto('/?q=nothing-matches-this-search');
    const timelineRegion = page.getByRole('region', { name: 'Timeline' });
    await expect(timelineRegion).toBeVisible();
    await expect(timelineRegion.locator('.timeline-empty')).toHaveText('No events match these filters');
    await expect(page.locator('.vis-item')).toHaveCount(0);
    const axis = timelineRegion.locator('.vis-time-axis .vis-text:not(.vis-measure)').filter({ visible: true });
    // the years the axis names (the month rows say "November 2024"; a year axis says "2024")
    await expect
      .poll(async () => {
        const named = (await axis.allTextContents()).join(' ').match(/\b(1[89]|20)\d\d\b/g) ?? [];
        return named.length > 0 && named.every((y) => Number(y) >= first && Number(y) <= last);
      })
      .toBe(true);
  });
}
