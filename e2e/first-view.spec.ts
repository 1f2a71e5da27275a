/**
 * What the first view of a large collection draws, against what the header says, at the sizes readers have. Two
 * faults seen on Timeline17 collections built with the extractor:
 * - Reuters' spill coverage at 1920×1080: the header said "30 of 263 events" and the timeline drew 28; two key events
 *   of November 2010 lay months after the story, behind the "2 later events" marker. The header now says how many
 *   the window reaches ("· 28 in view"), and that is what is drawn.
 * - The Guardian's swine flu coverage at 1280×720 opened on 10 key events, the last on 7 May, in a window that ran to
 *   mid-June (the arc of the 30 key events a larger screen shows): the right third stood empty. Not fixed yet (the
 *   test at 1280×720 is a fixme, below).
 * Built from the spill fixture; the November events are key events months after its arc.
 */
import { expect, type Page, test } from '@playwright/test';
import { spillTimeline } from '../src/app/store/__fixtures__/spillTimeline';
import type { TimelineFile } from '../src/schema/timeline';
import { openExplorer } from './support';

/** the spill fixture, with two key events of the story's period half a year after its arc */
function withLateKeyEvents(): TimelineFile {
  const t = spillTimeline();
  const model = t.events.find((e) => e.title === 'The relief well intercepted the leaking well')!;
  const late: Array<[string, string]> = [
    ['2011-03-01', 'BP raised its estimate of the cleanup costs'],
    ['2011-03-08', 'The spill commission presented its findings'],
  ];
  for (const [i, [value, title]] of late.entries())
    t.events.push({ ...model, id: `late-${i}`, date: { ...model.date, value, text: value }, title, importance: 15 });
  t.events.sort((a, b) => (a.date.value < b.date.value ? -1 : a.date.value > b.date.value ? 1 : a.id < b.id ? -1 : 1));
  return t;
}

/**
 * The spill fixture with its most important events in its first six weeks, as the Guardian's swine flu coverage:
 * the 30 key events run to September, the 16 a laptop of 1280×720 shows end in May.
 */
function earlyStory(): TimelineFile {
  const t = spillTimeline();
  for (const e of t.events) if (e.importanceWhy?.period === 'story' && e.date.value >= '2010-06' && e.importance) e.importance = 4 + e.importance / 10;
  // a report on each of a dozen more days of the first weeks
  const model = t.events.find((e) => e.title === 'The burning rig sank into the Gulf of Mexico')!;
  const days = ['04-21', '04-23', '04-24', '04-25', '04-26', '04-27', '04-28', '04-30', '05-01', '05-03', '05-04', '05-05'];
  for (const [i, day] of days.entries()) {
    const value = `2010-${day}`;
    t.events.push({
      ...model,
      id: `early-${i}`,
      date: { ...model.date, value, text: value },
      title: `Crews fought the slick for the ${i + 1}th day`,
      importance: 8,
    });
  }
  t.events.sort((a, b) => (a.date.value < b.date.value ? -1 : a.date.value > b.date.value ? 1 : a.id < b.id ? -1 : 1));
  return t;
}

async function open(page: Page, file: TimelineFile) {
  const body = JSON.stringify(file);
  await page.route('**/first-view.json', (route) => route.fulfill({ contentType: 'application/json', body }));
  await openExplorer(page, '/?data=first-view.json');
  // the first fit is animated and may be measured again (fewer key events when some would hide): let it settle
  await page.waitForTimeout(1500);
}

/** the events the timeline draws in its window: their dots (or boxes) within it, left to right */
const drawn = (page: Page) =>
  page.evaluate(() => {
    const panel = document.querySelector('.timeline-host .vis-panel.vis-center')!.getBoundingClientRect();
    const out: Array<{ title: string; left: number; right: number }> = [];
    for (const el of document.querySelectorAll<HTMLElement>('.timeline-host .vis-item.vis-point, .timeline-host .vis-item.vis-range')) {
      if (el.style.visibility === 'hidden') continue;
      const box = el.getBoundingClientRect();
      const at = (el.querySelector('.vis-dot') ?? el).getBoundingClientRect();
      const mid = (at.left + at.right) / 2;
      if (box.width === 0 || mid < panel.left || mid > panel.right) continue;
      out.push({ title: el.textContent ?? '', left: box.left - panel.left, right: box.right - panel.left });
    }
    return { width: panel.width, items: out.sort((a, b) => a.left - b.left) };
  });

const countLine = (page: Page) => page.getByRole('status').filter({ hasText: /^\d+ of \d+ events$/ });

/** "▲ 1 more event above": what a stack taller than the timeline hides in the window (its own cue says so) */
async function stackedOut(page: Page): Promise<number> {
  let n = 0;
  for (const label of await page.locator('.stack-cue').evaluateAll((els) => els.map((el) => el.getAttribute('aria-label') ?? '')))
    n += Number(/^(\d+) more/.exec(label)?.[1] ?? 0);
  return n;
}

async function saysWhatItDraws(page: Page) {
  const shown = Number(/^(\d+) of/.exec((await countLine(page).textContent()) ?? '')?.[1]);
  const { items } = await drawn(page);
  const n = items.length + (await stackedOut(page));
  const inView = page.locator('.count-in-view');
  if (n < shown) await expect(inView).toHaveText(`${n} in view`);
  else await expect(inView).toHaveCount(0);
  return { shown, drawn: n };
}

for (const [name, viewport] of [
  ['1920×1080', { width: 1920, height: 1080 }],
  ['1280×720', { width: 1280, height: 720 }],
] as const) {
  test.describe(`at ${name}`, () => {
    test.use({ viewport });

    test('the header says how many of the events it counts the timeline draws', async ({ page }) => {
      await open(page, withLateKeyEvents());
      const { shown, drawn: n } = await saysWhatItDraws(page);
      expect(n).toBeGreaterThan(0);
      if (name === '1920×1080') {
        // the two key events of March 2011 are counted, and behind the later marker (with the folded 2051), not drawn
        expect(n).toBe(shown - 2);
        await expect(page.getByRole('button', { name: /^3 later events, 2011–2051$/ })).toBeVisible();
      }
    });

    // Not fixed: fitting the window to the key events a smaller screen draws (storyFrame's arc narrowed to them) made
    // the fixture of long titles at 1280×720 (key-events-two-lines.spec.ts) open on 10 key events with 2 stacked above
    // the top, since the measured reduction of key events then narrows the window as well. Reverted; kept as a fixme.
    test('the first view fits the key events it draws: no empty third at either side', async ({ page }) => {
      test.fixme(name === '1280×720', 'the first view still runs past the key events a laptop of 1280×720 draws');
      await open(page, earlyStory());
      const { width, items } = await drawn(page);
      expect(items.length).toBeGreaterThan(3);
      expect(items[0].left).toBeLessThan(width / 3);
      expect(Math.max(...items.map((i) => i.right))).toBeGreaterThan((2 * width) / 3);
      await saysWhatItDraws(page);
    });
  });
}

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
  test('the header says how many of the events it counts the timeline draws', async ({ page }) => {
    await open(page, withLateKeyEvents());
    const { drawn: n } = await saysWhatItDraws(page);
    expect(n).toBeGreaterThan(0);
  });
});
