import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import type { TimelineFile } from '../src/schema/timeline';
import { buildIndex } from '../src/app/store/timelineIndex';
import { slideOrder, spokenDate } from '../src/app/present/slides';
import { actorNamed, collectPageErrors, openExplorer, servedTimeline } from './support';

const timeline = servedTimeline();
const index = buildIndex(timeline);
/** the slides a presentation of these events shows, in order */
const slidesOf = (events: TimelineFile['events']) =>
  slideOrder(
    index,
    events.map((e) => index.eventPos.get(e.id)!),
  ).map((p) => index.events[p]);
const all = slidesOf(timeline.events);
const n = all.length;

const slide = (page: Page) => page.getByRole('region', { name: /^Slide \d+ of \d+$/ });
const expectSlide = async (page: Page, k: number, of = n) => {
  await expect(page.getByRole('region', { name: `Slide ${k} of ${of}` })).toBeVisible();
  await expect(page.locator('.present-progress')).toHaveText(`${k} / ${of}`);
};

test.use({ viewport: { width: 1280, height: 720 } });

test('Present shows the events in date order; →, Space, PageDown, ←, PageUp step and Home/End jump; Escape leaves', async ({ page }) => {
  expect(n).toBeGreaterThan(2);
  const errors = collectPageErrors(page);
  await openExplorer(page);
  await page.getByRole('button', { name: 'Present' }).click();
  await expectSlide(page, 1);
  await expect(slide(page).getByRole('heading', { level: 2 })).toHaveText(all[0].title);
  await expect(slide(page)).toContainText(spokenDate(all[0].date.value, all[0].date.precision));

  await page.keyboard.press('ArrowRight');
  await expectSlide(page, 2);
  await expect(slide(page).getByRole('heading', { level: 2 })).toHaveText(all[1].title);
  await page.keyboard.press('Space');
  await expectSlide(page, 3);
  await page.keyboard.press('ArrowLeft');
  await expectSlide(page, 2);
  await page.keyboard.press('PageDown');
  await expectSlide(page, 3);
  await page.keyboard.press('PageUp');
  await expectSlide(page, 2);
  await page.keyboard.press('End');
  await expectSlide(page, n);
  await expect(slide(page).getByRole('heading', { level: 2 })).toHaveText(all[n - 1].title);
  await page.keyboard.press('ArrowRight'); // past the end stays at the end
  await expectSlide(page, n);
  await page.keyboard.press('Home');
  await expectSlide(page, 1);

  // S reveals every source of the slide
  const most = all.reduce((best, e, i) => (e.mentions.length > all[best].mentions.length ? i : best), 0);
  const reports = all[most].mentions.length;
  await page.keyboard.press('End');
  for (let k = n; k > most + 1; k--) await page.keyboard.press('ArrowLeft');
  await expectSlide(page, most + 1);
  await expect(slide(page).locator('figure')).toHaveCount(1);
  await page.keyboard.press('s');
  await expect(slide(page).locator('figure')).toHaveCount(reports);
  await expect(page.getByRole('button', { name: 'All sources' })).toHaveAttribute('aria-pressed', 'true');

  await page.keyboard.press('Escape');
  await expect(page.getByRole('region', { name: 'Timeline' })).toBeVisible();
  await expect(slide(page)).toHaveCount(0);
  // back in the explorer at the event that was on screen
  await expect(page.getByRole('region', { name: 'Event details' }).getByRole('heading', { level: 2 })).toHaveText(all[most].title);
  expect(errors).toEqual([]);
});

test('key P presents the filtered events only; a copied link opens at the same slide of the same set', async ({ page, context }) => {
  const { actor, events } = actorNamed(timeline, 'Kim Jong Un');
  const mine = slidesOf(events);
  expect(mine.length).toBeGreaterThan(1);
  await openExplorer(page, `/?actor=${encodeURIComponent(actor.id)}`);
  await page.getByRole('region', { name: 'Timeline' }).click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('p');
  await expectSlide(page, 1, mine.length);
  await page.keyboard.press('ArrowRight');
  await expectSlide(page, 2, mine.length);
  const url = new URL(page.url());
  expect(url.searchParams.get('mode')).toBe('present');
  expect(url.searchParams.get('slide')).toBe('2');
  expect(url.searchParams.getAll('actor')).toEqual([actor.id]);

  const other = await context.newPage();
  await other.setViewportSize({ width: 1280, height: 720 });
  await other.goto(url.pathname + url.search);
  await expectSlide(other, 2, mine.length);
  await expect(slide(other).getByRole('heading', { level: 2 })).toHaveText(mine[1].title);
});

test('a link to slide 3 opens straight into slide 3; a slide past the end opens the last', async ({ page }) => {
  await page.goto('/?mode=present&slide=3');
  await expectSlide(page, 3);
  await expect(slide(page).getByRole('heading', { level: 2 })).toHaveText(all[2].title);
  await page.goto(`/?mode=present&slide=${n + 5}`);
  await expectSlide(page, n);
  await expect.poll(() => new URL(page.url()).searchParams.get('slide')).toBe(String(n));
});

/** the longest title and quote: the card most likely to break the layout */
const longest = all.reduce(
  (best, e, i) => (e.title.length + e.mentions[0].sentence.length > all[best].title.length + all[best].mentions[0].sentence.length ? i : best),
  0,
);

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`${scheme} scheme`, () => {
    test.use({ colorScheme: scheme });
    test(`at 1280×720 card titles are ≥ 44 px, every other card text ≥ 28 px, and the card fits (${scheme})`, async ({ page }) => {
      await page.goto(`/?mode=present&slide=${longest + 1}`);
      await expectSlide(page, longest + 1);
      await page.waitForTimeout(700); // the strip's move and the card's fade
      const sizes = await slide(page).evaluate((el) => {
        const px = (sel: string) => [...el.querySelectorAll(sel)].map((e) => parseFloat(getComputedStyle(e).fontSize));
        const textEls = [...el.querySelectorAll('*')].filter((e) => [...e.childNodes].some((c) => c.nodeType === 3 && c.textContent!.trim()));
        return {
          title: px('h2'),
          body: textEls.filter((e) => e.tagName !== 'H2').map((e) => parseFloat(getComputedStyle(e).fontSize)),
          overflows: el.scrollHeight > el.clientHeight + 1,
          bottom: el.getBoundingClientRect().bottom,
        };
      });
      expect(sizes.title.length).toBe(1);
      expect(Math.min(...sizes.title)).toBeGreaterThanOrEqual(44);
      expect(sizes.body.length).toBeGreaterThan(2);
      expect(Math.min(...sizes.body)).toBeGreaterThanOrEqual(28);
      expect(sizes.overflows).toBe(false);
      expect(sizes.bottom).toBeLessThanOrEqual(720);
      await page.screenshot({ path: `e2e/screenshots/present-${scheme}.png` });
    });
  });
}

test('presentation mode has no serious or critical axe violations', async ({ page }) => {
  test.setTimeout(60_000);
  await page.goto('/?mode=present&slide=2');
  await expectSlide(page, 2);
  await page.keyboard.press('s');
  const results = await new AxeBuilder({ page }).analyze();
  const bad = results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id}: ${v.help} (${v.nodes
          .slice(0, 3)
          .map((x) => x.target.join(' '))
          .join(' | ')})`,
    );
  expect(bad).toEqual([]);
});

test.describe('reduced motion', () => {
  test.use({ reducedMotion: 'reduce' });
  test('the card does not animate when the reader asks for less motion', async ({ page }) => {
    await page.goto('/?mode=present&slide=1');
    await expectSlide(page, 1);
    expect(await slide(page).evaluate((el) => getComputedStyle(el).animationName)).toBe('none');
  });
});
