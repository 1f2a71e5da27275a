import { expect, test } from '@playwright/test';
import { localSpan } from '../src/app/timeline/items';
import { spillTimeline } from '../src/app/store/__fixtures__/spillTimeline';
import { openExplorer, servedTimeline } from './support';

const DAY = 86_400_000;

/**
 * A label near the timeline's right edge ends in "…" (or wraps) inside it, never cut there mid-word: the BBC spill
 * coverage at 1280×720 showed "Responsibilty was transfered to the Gulf Coast Cla", the Reuters Ecuador coverage's
 * year labels were cut on a phone. A label whose dot lies just before the timeline's left edge starts inside it, never
 * cut there mid-word: the BBC spill coverage at 1280×720, its window starting two days after "BP's Deepwater Horizon rig
 * exploded", showed "izon rig exploded" and the like; it keeps its end where it was, so it crosses no neighbour. Either
 * way its whole text is a hover away.
 */
const edges = [
  {
    edge: 'right' as const,
    name: 'a label at the right edge is fitted inside the timeline',
    // its dot a day inside the window's right end: its label has no room to run on
    window: (at: number) => [at - 40 * DAY, at + 2 * DAY],
  },
  {
    edge: 'left' as const,
    name: 'a label at the left edge starts inside the timeline',
    // its dot a day outside the window's left end: most of its label is inside the window
    window: (at: number) => [at + DAY, at + 40 * DAY],
  },
];
for (const { edge, name, window } of edges) {
  for (const viewport of [
    { width: 1280, height: 720 },
    { width: 390, height: 844 },
  ]) {
    test(`${name}, its whole text on hover (${viewport.width}×${viewport.height})`, async ({ page }) => {
      await page.setViewportSize(viewport);
      const timeline = servedTimeline();
      // the longest title of a day's event: its label runs furthest right of its dot
      const event = timeline.events.filter((e) => e.date.precision === 'day').reduce((a, b) => (b.title.length > a.title.length ? b : a));
      const [start, end] = window(Date.parse(event.date.value)).map((t) => new Date(t).toISOString());
      await openExplorer(page, `/?detail=all&background=shown&start=${start}&end=${end}`);
      const measure = () =>
        page.evaluate((side) => {
          const panel = document.querySelector('.vis-panel.vis-center')!.getBoundingClientRect();
          const cut: string[] = [];
          for (const item of document.querySelectorAll<HTMLElement>('.vis-foreground .vis-item:not(.vis-dot)')) {
            const content = item.querySelector('.ev-content');
            if (!content || getComputedStyle(item).visibility === 'hidden') continue;
            const r = content.getBoundingClientRect();
            const across = side === 'right' ? r.left < panel.right && r.right > panel.right + 0.5 : r.right > panel.left && r.left < panel.left - 0.5;
            if (r.width && across) cut.push(content.textContent ?? '');
          }
          return cut;
        }, edge);
      await expect.poll(measure).toEqual([]);
      // a label that had no room shows a shortened or wrapped title, and hovering it says the whole title
      const labels = page.locator('.vis-foreground .vis-item[data-fit]').filter({ visible: true });
      // (at the right edge, a stub of a letter or two is hidden beside its mark: the last label shown is the one)
      const fitted = edge === 'right' ? labels.and(page.locator(':not([data-fit="hidden"])')).last() : labels.first();
      await expect(fitted).toHaveAttribute('data-fit', /^(wrap|line)$/);
      const title = (await fitted.locator('.ev-title').textContent()) ?? '';
      await fitted.locator('.ev-content').hover();
      await expect(page.locator('.vis-tooltip')).toContainText(title);
    });
  }
}

/**
 * A week, month or year box begun before the timeline's left edge: its label is inside the part of the box in view,
 * or right after the box, never run on past the box's end across its dashed edge ("The Gulf |Coast Claims Facility
 * was set up", the BBC spill coverage's week at 1280×720; "Ecuador squeezed by the slide i|n world oil prices", the
 * Reuters Ecuador coverage's 1986), nor a third of the timeline away from its box (that 1986 on a phone).
 */
for (const viewport of [
  { width: 1280, height: 720 },
  { width: 390, height: 844 },
]) {
  test(`a box begun before the left edge keeps its label inside its part in view or right after it (${viewport.width}×${viewport.height})`, async ({
    page,
  }) => {
    await page.setViewportSize(viewport);
    const timeline = servedTimeline();
    const ranges = timeline.events.filter((e) => e.date.precision !== 'day');
    test.skip(!ranges.length, 'the served timeline has no week, month or year');
    // the longest title of a range: the label most likely to run past its box
    const event = ranges.reduce((a, b) => (b.title.length > a.title.length ? b : a));
    const span = localSpan(event.date.value, event.date.precision);
    const from = span.start.getTime();
    const length = span.end!.getTime() - from;
    // 70% of the box before the left edge, the window about four boxes wide: a wide box, little of it in view
    const start = new Date(from + 0.7 * length).toISOString();
    const end = new Date(from + 0.7 * length + (30 / 7) * length).toISOString();
    await openExplorer(page, `/?detail=all&background=shown&start=${start}&end=${end}`);
    const measure = () =>
      page.evaluate(() => {
        const panel = document.querySelector('.vis-panel.vis-center')!.getBoundingClientRect();
        const wrong: string[] = [];
        for (const item of document.querySelectorAll<HTMLElement>('.vis-foreground .vis-item.vis-range:not(.ev-cluster)')) {
          const content = item.querySelector('.ev-content');
          const box = item.getBoundingClientRect();
          if (!content || getComputedStyle(item).visibility === 'hidden' || box.left >= panel.left || box.right <= panel.left) continue;
          const label = content.getBoundingClientRect();
          const inside = label.right <= box.right + 0.5;
          const after = label.left >= box.right - 0.5 && label.left - box.right < 16;
          if (label.width && !(inside || after))
            wrong.push(`${content.textContent} (box ends ${Math.round(box.right)}, label ${Math.round(label.left)}–${Math.round(label.right)})`);
          else if (label.width && label.left < panel.left - 0.5) wrong.push(`${content.textContent} cut at the edge`);
        }
        return wrong;
      });
    await expect.poll(measure).toEqual([]);
    // the chosen event's box is drawn across the edge (the test measured something)
    await expect(page.locator('.vis-foreground .vis-item.vis-range').filter({ hasText: event.title }).first()).toBeVisible();
  });
}

/**
 * A label whose dot is off the left edge and of which only a stub would show ("Thou…" for "Thousands of litres of oil
 * were successfully removed", "BP began …", the BBC spill coverage on a phone zoomed to weeks) is hidden with its dot:
 * a stub of a word says nothing. The keyboard's cursor still shows it whole.
 */
test('a label off the left edge with room for only a stub is hidden, not cut to a word (1280×720)', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  const timeline = servedTimeline();
  const event = timeline.events.filter((e) => e.date.precision === 'day').reduce((a, b) => (b.title.length > a.title.length ? b : a));
  const at = Date.parse(event.date.value);
  // its dot a day before the left edge, most of its label inside
  await openExplorer(page, `/?detail=all&background=shown&start=${new Date(at + DAY).toISOString()}&end=${new Date(at + 41 * DAY).toISOString()}`);
  const item = page.locator('.vis-foreground .vis-item').filter({ hasText: event.title }).first();
  const panel = (await page.locator('.vis-panel.vis-center').boundingBox())!;
  const inside = () => item.evaluate((el, left) => Math.round(el.querySelector('.ev-content')!.getBoundingClientRect().right - left), panel.x);
  // (once the window has settled: it may still be moving to the asked dates)
  let before = -1;
  await expect
    .poll(async () => {
      const [a, b] = [await inside(), await page.waitForTimeout(400).then(inside)];
      before = b;
      return a === b;
    })
    .toBe(true);
  expect(before).toBeGreaterThan(200);
  await expect(item.locator('.ev-content')).toBeVisible();
  // the reader drags the timeline left until about 40 px of the label would be left inside the edge
  const y = panel.y + panel.height - 30;
  await page.mouse.move(panel.x + 600, y);
  await page.mouse.down();
  await page.mouse.move(panel.x + 600 - (before - 40), y, { steps: 10 });
  await page.mouse.up();
  await expect(item).toHaveAttribute('data-fit', 'hidden');
  await expect(item.locator('.ev-content')).toBeHidden();
});

/**
 * A label at the right edge with room for a letter or two said nothing and looked broken on a projector: "B…" and
 * "BP a…" beside two month boxes (the BBC spill coverage, all events at 1280×720). Such a stub is hidden; its box
 * stays. Built from the spill fixture (shaped like that coverage).
 */
test('no label at the right edge shows as a stub of a letter or two (all events, 1280×720)', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  const body = JSON.stringify(spillTimeline());
  await page.route('**/spill.json', (route) => route.fulfill({ contentType: 'application/json', body }));
  await openExplorer(page, '/?data=spill.json&detail=all');
  for (const start of ['2010-04-01', '2010-04-10', '2010-04-25', '2010-05-10']) {
    // windows ending at several places among the events, as panning leaves them
    await page.goto(`/?data=spill.json&detail=all&start=${start}T00:00:00.000Z&end=2010-06-01T00:00:00.000Z`);
    await expect(page.getByRole('region', { name: 'Timeline' })).toBeVisible();
    await page.waitForTimeout(800);
    const stubs = await page
      .locator('.vis-foreground .vis-item[data-fit] .ev-content')
      .evaluateAll((els) =>
        els
          .filter((el) => getComputedStyle(el).visibility !== 'hidden' && el.getBoundingClientRect().width > 0 && el.getBoundingClientRect().width < 56)
          .map((el) => el.textContent),
      );
    expect(stubs, `window from ${start}`).toEqual([]);
  }
});
