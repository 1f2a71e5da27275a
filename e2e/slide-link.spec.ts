/**
 * A slide's link opens the same slide on any screen. The key events are as many as the screen's timeline shows (30
 * at 1920×1080, 10 on a phone), and "Copy link to this slide" from slide 20 of a laptop's deck opened the phone's
 * last slide, another event. Built from the spill fixture (shaped like the BBC's coverage of the oil spill).
 */
import { expect, test } from '@playwright/test';
import { spillTimeline } from '../src/app/store/__fixtures__/spillTimeline';
import { keyEventsFor } from '../src/app/store/detail';

test('a slide link made on a laptop opens the same event, in a deck of the same length, on a phone and a projector', async ({ browser }) => {
  const body = JSON.stringify(spillTimeline());
  const open = async (viewport: { width: number; height: number }, path: string) => {
    const page = await browser.newPage({ viewport });
    await page.route('**/spill.json', (route) => route.fulfill({ contentType: 'application/json', body }));
    await page.goto(path);
    return page;
  };
  const laptop = await open({ width: 1920, height: 1080 }, '/?data=spill.json&mode=present&slide=20');
  const key = keyEventsFor(1920, 1080);
  expect(key).toBeGreaterThan(keyEventsFor(390, 844));
  const slide = laptop.getByRole('region', { name: `Slide 20 of ${key + 1}` });
  await expect(slide).toBeVisible();
  const title = await slide.getByRole('heading', { level: 2 }).textContent();
  await expect.poll(() => new URL(laptop.url()).searchParams.get('detail')).toBe(String(key));
  const link = new URL(laptop.url());
  for (const viewport of [
    { width: 390, height: 844 },
    { width: 1280, height: 720 },
  ]) {
    const other = await open(viewport, link.pathname + link.search);
    const same = other.getByRole('region', { name: `Slide 20 of ${key + 1}` });
    await expect(same).toBeVisible();
    await expect(same.getByRole('heading', { level: 2 })).toHaveText(title!);
    await other.close();
  }
  // back in the explorer, the laptop's address is the plain story again
  await laptop.keyboard.press('Escape');
  await expect(laptop.getByRole('region', { name: 'Timeline' })).toBeVisible();
  await expect.poll(() => new URL(laptop.url()).searchParams.get('detail')).toBeNull();
  await laptop.close();
});

test('the address printed on a projector’s handout opens the same key events on a phone', async ({ browser }) => {
  const spill = spillTimeline();
  const body = JSON.stringify(spill);
  const open = async (viewport: { width: number; height: number }, path: string) => {
    const page = await browser.newPage({ viewport });
    await page.route('**/spill.json', (route) => route.fulfill({ contentType: 'application/json', body }));
    await page.goto(path);
    return page;
  };
  const projector = await open({ width: 1280, height: 720 }, '/?data=spill.json');
  const key = keyEventsFor(1280, 720);
  expect(key).not.toBe(keyEventsFor(390, 844));
  await projector.emulateMedia({ media: 'print' });
  await expect(projector.locator('.handout-entry')).toHaveCount(key);
  const printed = new URL((await projector.locator('.handout-url').textContent())!);
  expect(printed.searchParams.get('detail')).toBe(String(key));
  await projector.close();
  const phone = await open({ width: 390, height: 844 }, printed.pathname + printed.search);
  await expect(phone.getByRole('status').filter({ hasText: /^\d+ of \d+ events$/ })).toHaveText(`${key} of ${spill.events.length} events`);
  await phone.close();
});
