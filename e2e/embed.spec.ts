import { expect, test } from '@playwright/test';
import { actorNamed, servedTimeline } from './support';

const timeline = servedTimeline();
const { actor, events } = actorNamed(timeline, 'Kim Jong Un');

test('?embed=1 hides the panels, shows a compact timeline and a link to the same view in Chronolens', async ({ page, baseURL }) => {
  await page.setViewportSize({ width: 720, height: 360 });
  await page.goto(`/?actor=${encodeURIComponent(actor.id)}&embed=1`);
  await expect(page.locator('.vis-item').filter({ visible: true }).first()).toBeVisible();
  await expect(page.getByRole('region', { name: 'Timeline' })).toBeVisible();
  await expect(page.getByText(`${events.length} of ${timeline.events.length} events`)).toBeVisible();
  for (const name of ['Filters', 'Event details', 'Document reader']) await expect(page.getByRole('region', { name })).toHaveCount(0);
  await expect(page.getByRole('table', { name: 'Events' })).toHaveCount(0);
  for (const name of ['Present', 'Export CSV', 'Copy link']) await expect(page.getByRole('button', { name })).toHaveCount(0);
  // the timeline fills the frame without scrolling
  expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBeLessThanOrEqual(360);

  const open = page.getByRole('link', { name: 'Open in Chronolens' });
  const href = new URL((await open.getAttribute('href'))!, page.url());
  expect(href.searchParams.has('embed')).toBe(false);
  expect(href.searchParams.getAll('actor')).toEqual([actor.id]);
  await expect(open).toHaveAttribute('target', '_blank');
  await page.screenshot({ path: 'e2e/screenshots/embed.png' });

  // the README's snippet: inside an iframe on another page
  await page.setContent(`<iframe src="${baseURL}/?embed=1" title="Chronolens timeline" width="700" height="340" style="border:0"></iframe>`);
  await expect(page.frameLocator('iframe').locator('.vis-item').filter({ visible: true }).first()).toBeVisible();
  await expect(page.frameLocator('iframe').getByRole('link', { name: 'Open in Chronolens' })).toBeVisible();
});
