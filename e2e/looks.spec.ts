/**
 * How the explorer looks in the dark and on a phone. Each screenshot is taken for a person to look at; what it was
 * meant to show is asserted as geometry and colour, so the test fails when the picture would be wrong.
 */
import { expect, test } from '@playwright/test';
import escapeStringRegexp from 'escape-string-regexp';
import { eventRows, openExplorer, servedTimeline } from './support';

const timeline = servedTimeline();

/** WCAG relative luminance of an rgb() colour */
const luminance = (c: string) => {
  const [r, g, b] = c
    .match(/[\d.]+/g)!
    .slice(0, 3)
    .map((v) => {
      const s = Number(v) / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
};
const contrast = (a: string, b: string) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
};

test.describe('dark theme', () => {
  test.use({ colorScheme: 'dark', viewport: { width: 1280, height: 720 } });
  test('follows the OS: dark panes, light text that reads on them, the timeline and the table both on screen', async ({ page }) => {
    await openExplorer(page);
    await eventRows(page).getByRole('link').first().click();
    const colours = await page.evaluate(() => {
      const c = (sel: string) => getComputedStyle(document.querySelector(sel)!);
      return {
        page: c('body').backgroundColor,
        text: c('body').color,
        panel: c('.timeline-host').backgroundColor,
        label: c('.vis-item .ev-title').color,
        link: c('.events-table a').color,
        details: c('.side').backgroundColor,
        quote: c('.quote').color,
      };
    });
    expect(luminance(colours.page)).toBeLessThan(0.05);
    expect(contrast(colours.text, colours.page)).toBeGreaterThanOrEqual(7);
    expect(contrast(colours.label, colours.panel)).toBeGreaterThanOrEqual(4.5);
    expect(contrast(colours.link, colours.page)).toBeGreaterThanOrEqual(4.5);
    expect(contrast(colours.quote, colours.details)).toBeGreaterThanOrEqual(4.5);
    for (const region of ['Timeline', 'Event details']) await expect(page.getByRole('region', { name: region })).toBeInViewport();
    await expect(eventRows(page).first()).toBeInViewport();
    await page.screenshot({ path: 'e2e/screenshots/desktop-dark.png' });
  });
});

test.describe('phone', () => {
  test.use({ viewport: { width: 375, height: 740 }, hasTouch: true, isMobile: true });
  test('renders in one column with filters in a drawer over the timeline', async ({ page }) => {
    await openExplorer(page);
    const widest = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(widest).toBeLessThanOrEqual(375);
    await expect(page.getByRole('region', { name: 'Filters' })).toBeHidden();
    // one column: the timeline and the table each take the whole width, one under the other
    const host = (await page.locator('.timeline-host').boundingBox())!;
    const table = (await page.getByRole('table', { name: 'Events' }).boundingBox())!;
    expect(host.width).toBeGreaterThan(340);
    expect(table.y).toBeGreaterThanOrEqual(host.y + host.height);
    await page.screenshot({ path: 'e2e/screenshots/phone.png', fullPage: false });

    await page.getByRole('button', { name: 'Filters' }).click();
    const filters = page.getByRole('region', { name: 'Filters' });
    await expect(filters).toBeVisible();
    // the drawer: from the left edge, the whole height, most of the width, over the timeline
    const drawer = (await filters.boundingBox())!;
    expect(drawer.x).toBe(0);
    expect(drawer.y).toBe(0);
    expect(drawer.height).toBe(740);
    expect(drawer.width).toBeGreaterThan(280);
    expect(drawer.width).toBeLessThanOrEqual(340);
    await page.screenshot({ path: 'e2e/screenshots/phone-drawer.png' });
    await filters.getByRole('checkbox', { name: new RegExp(`^${escapeStringRegexp(timeline.actors[0].name)}\\b`) }).check();
    await page.getByRole('button', { name: 'Close filters' }).click();
    await expect(filters).toBeHidden();
    await expect(eventRows(page).first()).toBeVisible();
  });
});

for (const viewport of [
  { width: 1280, height: 720 },
  { width: 1920, height: 1080 },
  { width: 390, height: 844 },
]) {
  test(`at ${viewport.width}×${viewport.height} the Dates filter's From and To fields are wide enough to show a whole date`, async ({ page }) => {
    await page.setViewportSize(viewport);
    await openExplorer(page);
    const toggle = page.getByRole('button', { name: 'Filters', exact: true });
    if (await toggle.isVisible()) await toggle.click();
    const from = page.getByLabel('From', { exact: true });
    await from.fill(timeline.events[0].date.value.slice(0, 10).padEnd(10, '-01').slice(0, 10));
    await from.scrollIntoViewIfNeeded();
    // side by side in half the filters' width each, the date fields were 130 px at 1280×720 and showed "mm/dd/yyy"
    // and a date cut at its last digit; each is now at least as wide as a date field left to its own width
    for (const field of [from, page.getByLabel('To', { exact: true })]) {
      const { width, natural } = await field.evaluate((input) => {
        const free = input.cloneNode() as HTMLInputElement;
        free.style.width = 'auto';
        free.style.position = 'absolute';
        input.parentElement!.appendChild(free);
        const natural = free.offsetWidth;
        free.remove();
        return { width: (input as HTMLElement).offsetWidth, natural };
      });
      expect(width).toBeGreaterThanOrEqual(natural);
    }
    await page.screenshot({ path: `e2e/screenshots/dates-filter-${viewport.width}.png` });
  });
}

test('on a phone the filters drawer says how many events its filters leave, as the header it covers does', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await openExplorer(page);
  await page.getByRole('button', { name: 'Filters', exact: true }).click();
  const drawer = page.getByRole('region', { name: 'Filters' });
  const word = timeline.events[0].title.split(/\s+/).find((w) => w.length > 4)!;
  await drawer.getByRole('searchbox', { name: 'Search events' }).fill(word);
  const header = page.getByRole('status').filter({ hasText: /^\d+ of \d+ events$/ });
  const said = (await header.textContent())!;
  expect(said).not.toBe(`${timeline.events.length} of ${timeline.events.length} events`);
  // the drawer covers the header's count: a search changed nothing the reader could see until the drawer was closed
  const count = drawer.getByText(said, { exact: true });
  await expect(count).toBeVisible();
  await expect(count).toBeInViewport();
  expect(
    await header.evaluate((el) => {
      const r = el.getBoundingClientRect();
      const top = document.elementFromPoint(r.left + 2, r.top + r.height / 2);
      return !!top?.closest('#filters');
    }),
  ).toBe(true);
});
