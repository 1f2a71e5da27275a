/**
 * Issue 13, "the timeline is the hero": what a new reader and a teacher on a 1280×720 projector see in the first
 * minutes, checked as they would see it: where things are on the screen (bounding boxes), what a click or a wheel
 * moves, what is readable. Each test is one point of the issue.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import escapeStringRegexp from 'escape-string-regexp';
import { collectionTitle } from '../src/app/store/collection';
import type { TimelineFile } from '../src/schema/timeline';
import { actorNamed, collectPageErrors, eventRows, eventsTable, moreAction, openExplorer, servedTimeline } from './support';

const timeline = servedTimeline();
const total = timeline.events.length;
const DAY = 86_400_000;

/** the window as the address holds it (local days, or minutes), in ms */
function windowOf(page: Page): { start: number; end: number } {
  const p = new URL(page.url()).searchParams;
  const parse = (v: string) => (/^\d{4}-\d{2}-\d{2}$/.test(v) ? new Date(`${v}T00:00`).getTime() : Date.parse(v));
  return { start: parse(p.get('start')!), end: parse(p.get('end')!) };
}

/** Every drawn event: where its box starts and ends on screen, its label's box, and the panel that draws it. */
async function drawnItems(page: Page) {
  return page.locator('.timeline-host').evaluate((host) => {
    const panel = host.querySelector('.vis-panel.vis-center')!.getBoundingClientRect();
    return [...host.querySelectorAll<HTMLElement>('.vis-item.vis-point, .vis-item.vis-range')].map((el) => {
      const box = el.getBoundingClientRect();
      const dot = el.classList.contains('vis-point') ? el.parentElement!.querySelector<HTMLElement>('.vis-dot') : null;
      const label = el.querySelector('.ev-content')?.getBoundingClientRect() ?? null;
      // the label is cut where a box around it hides what overflows: vis's item frame, a panel, the timeline
      let clip = { left: -Infinity, right: Infinity, top: -Infinity, bottom: Infinity };
      for (let a = el.querySelector('.ev-content')?.parentElement ?? null; a && a !== host.parentElement; a = a.parentElement) {
        if (getComputedStyle(a).overflow === 'visible') continue;
        const r = a.getBoundingClientRect();
        clip = {
          left: Math.max(clip.left, r.left),
          right: Math.min(clip.right, r.right),
          top: Math.max(clip.top, r.top),
          bottom: Math.min(clip.bottom, r.bottom),
        };
      }
      return {
        text: el.querySelector('.ev-title')?.textContent ?? '',
        range: el.classList.contains('vis-range'),
        left: box.left,
        right: box.right,
        label: label && { left: label.left, right: label.right, top: label.top, bottom: label.bottom, width: label.width },
        clip,
        dot: dot?.getBoundingClientRect().left ?? null,
        panel: { left: panel.left, right: panel.right, top: panel.top, bottom: panel.bottom, width: panel.width },
      };
    });
  });
}

/** Waits until the window in the address stops changing (an animated fit ends; a zoom reports 200 ms later). */
async function settledWindow(page: Page): Promise<string> {
  let last = '';
  for (let i = 0; i < 40; i++) {
    const now = `${new URL(page.url()).searchParams.get('start')}/${new URL(page.url()).searchParams.get('end')}`;
    if (now === last) return now;
    last = now;
    await page.waitForTimeout(350);
  }
  throw new Error('the window never settled');
}

const itemLefts = async (page: Page) => (await drawnItems(page)).map((i) => Math.round(i.left));

test.describe('1. items stay on their dates', () => {
  test.use({ viewport: { width: 1280, height: 800 } });
  test('clicking an event on the timeline, closing its details or revealing a label moves no item', async ({ page }) => {
    await openExplorer(page);
    await expect.poll(() => new URL(page.url()).searchParams.get('start')).toBeTruthy();
    const before = await itemLefts(page);
    expect(before.length).toBe(total);

    // the day event's label, clicked on the timeline: the browser is asked to bring it into view
    const event = timeline.events.find((e) => e.date.precision === 'day')!;
    await page.locator('.vis-item .ev-title', { hasText: event.title }).first().click();
    await expect(page.getByRole('region', { name: 'Event details' }).getByRole('heading', { level: 2 })).toHaveText(event.title);
    expect(await itemLefts(page)).toEqual(before);

    // what find-in-page or a screen reader does: scroll a label into view by force
    await page
      .locator('.vis-item .ev-title')
      .last()
      .evaluate((el) => el.scrollIntoView({ inline: 'end' }));
    await page
      .locator('.vis-item .ev-title')
      .first()
      .evaluate((el) => el.scrollIntoView({ inline: 'start' }));
    expect(await itemLefts(page)).toEqual(before);
    const scrolled = await page.locator('.timeline-host').evaluate((host) => [...host.querySelectorAll('*')].filter((e) => e.scrollLeft !== 0).length);
    expect(scrolled).toBe(0);

    await page.getByRole('button', { name: 'Close details' }).click();
    expect(await itemLefts(page)).toEqual(before);

    // and each item sits at its date on the axis: x = (date − window start) / window span × panel width
    const w = windowOf(page);
    const items = await drawnItems(page);
    for (const e of timeline.events) {
      const item = items.find((i) => i.text === e.title)!;
      const [y, m = 1, d = 1] = e.date.value.split('-').map(Number);
      const at = new Date(y, m - 1, d).getTime();
      const x = item.panel.left + ((at - w.start) / (w.end - w.start)) * item.panel.width;
      // the window in the address is rounded to the day: a day is well under a pixel at this zoom
      const drawnAt = item.range ? item.left : item.dot! + 4;
      expect(Math.abs(drawnAt - x), `${e.title} drawn at ${drawnAt}, its date at ${x}`).toBeLessThan(3);
    }
  });
});

test.describe('1b. a selected label keeps its lines', () => {
  test.use({ viewport: { width: 1280, height: 800 } });
  test('clicking an event whose label is near its widest leaves it on one line: selection makes it bolder, not wider', async ({ page }) => {
    await openExplorer(page);
    // a title that fits one line at the label's widest (28em) in the usual weight, and not in bold: found by
    // laying candidates out beside a drawn label, so in its very font
    const title = await page.evaluate(() => {
      const content = document.querySelector('.timeline-host .vis-item .ev-content')!;
      const probe = content.cloneNode(true) as HTMLElement;
      content.parentElement!.append(probe);
      const text = probe.querySelector<HTMLElement>('.ev-title')!;
      const words = 'The ministers of the seven countries agreed on a new plan for the talks in the capital after a long night of meetings'.split(' ');
      let found = '';
      for (let n = 1; n <= words.length && !found; n++) {
        text.textContent = words.slice(0, n).join(' ');
        text.style.fontWeight = '400';
        const usual = probe.getBoundingClientRect().height;
        text.style.fontWeight = '700';
        if (probe.getBoundingClientRect().height > usual) found = text.textContent;
      }
      probe.remove();
      return found;
    });
    expect(title).not.toBe('');
    const edited = structuredClone(timeline);
    edited.events[0].title = title;
    await page.route('**/long-label.json', (route) => route.fulfill({ contentType: 'application/json', body: JSON.stringify(edited) }));
    await openExplorer(page, '/?data=long-label.json');
    const label = page
      .locator('.timeline-host .vis-item')
      .filter({ has: page.locator('.ev-title', { hasText: title }) })
      .locator('.ev-content');
    const before = (await label.boundingBox())!;
    await label.click();
    await expect(page.locator('.timeline-host .vis-item.vis-selected .ev-title')).toHaveText(title);
    const after = (await label.boundingBox())!;
    expect(Math.round(after.height)).toBe(Math.round(before.height));
  });
});

test.describe('2. the timeline is the hero', () => {
  test.use({ viewport: { width: 1280, height: 720 } });
  test('at 1280×720 it takes ≥ 45% of the screen, the header is one line and the rare actions are in a menu', async ({ page }) => {
    await openExplorer(page);
    const region = (await page.getByRole('region', { name: 'Timeline' }).boundingBox())!;
    expect((region.width * region.height) / (1280 * 720)).toBeGreaterThanOrEqual(0.45);
    // no empty details column: the details are not on the page until an event is chosen
    await expect(page.getByRole('region', { name: 'Event details' })).toHaveCount(0);
    await expect(page.getByText('Select an event')).toHaveCount(0);
    const header = (await page.locator('header.topbar').boundingBox())!;
    expect(header.height).toBeLessThan(60);
    for (const name of ['Export CSV', 'Export JSON', 'Export image', 'Print handout', 'Download timeline'])
      await expect(page.getByRole('button', { name })).toHaveCount(0);
    await expect(page.getByLabel('Lanes')).toHaveCount(0);
    // they are one click away
    await expect(await moreAction(page, 'Export CSV')).toBeVisible();
    await expect(page.getByLabel('Lanes')).toBeVisible();
    // and the table starts above the fold
    const table = (await eventsTable(page).boundingBox())!;
    expect(table.y).toBeLessThan(720);
    await page.screenshot({ path: 'e2e/screenshots/explorer-1280x720.png' });
  });

  test('opening an event puts its details in the filters’ place: the timeline keeps its size and place', async ({ page }) => {
    await openExplorer(page);
    const before = (await page.locator('.timeline-host').boundingBox())!;
    await eventRows(page).getByRole('link').nth(2).click();
    await expect(page.getByRole('region', { name: 'Event details' })).toBeVisible();
    expect(await page.locator('.timeline-host').boundingBox()).toEqual(before);
    await page.screenshot({ path: 'e2e/screenshots/explorer-1280x720-details.png' });
  });

  test('selecting an event scrolls its row into the table whole, and never leaves the "Events" caption cut in half', async ({ page }) => {
    await openExplorer(page);
    const pane = page.locator('.events-pane');
    // the details open beside the table on the first selection and make it narrower: open them first
    await eventRows(page).first().getByRole('link').click();
    await expect(page.getByRole('region', { name: 'Event details' })).toBeVisible();
    for (let row = 1; row < Math.min(total, 8); row++) {
      // the row just below the pane's bottom edge (12 px of it hidden): the table scrolls by a few pixels to show it,
      // which at the top of the table left the caption half under the timeline
      await pane.evaluate((el, row) => {
        el.scrollTop = 0;
        const tr = el.querySelector(`tbody tr[aria-rowindex="${row + 2}"]`)!;
        const bottom = tr.getBoundingClientRect().bottom - el.getBoundingClientRect().top;
        el.scrollTop = Math.max(0, bottom - el.clientHeight + 12);
      }, row);
      // a plain click on the link as the app gets it, without Playwright scrolling the row into view first
      await eventRows(page)
        .nth(row)
        .getByRole('link')
        .evaluate((a: HTMLElement) => a.click());
      await expect(eventRows(page).nth(row)).toHaveClass(/is-selected/);
      const at = await pane.evaluate(async (el) => {
        for (let f = 0; f < 3; f++) await new Promise(requestAnimationFrame);
        const box = el.getBoundingClientRect();
        const caption = el.querySelector('caption')!.getBoundingClientRect();
        const head = el.querySelector('thead')!.getBoundingClientRect();
        const tr = el.querySelector('tbody tr.is-selected')!.getBoundingClientRect();
        return {
          top: box.top,
          bottom: box.bottom,
          caption: { top: caption.top, bottom: caption.bottom },
          head: head.bottom,
          tr: { top: tr.top, bottom: tr.bottom },
        };
      });
      const whole = at.caption.top >= at.top - 0.5;
      const gone = at.caption.bottom <= at.top + 0.5;
      expect(whole || gone, `row ${row}: caption ${JSON.stringify(at)}`).toBe(true);
      expect(at.tr.top, `row ${row} under the header`).toBeGreaterThanOrEqual(at.head - 0.5);
      expect(at.tr.bottom, `row ${row} below the pane`).toBeLessThanOrEqual(at.bottom + 0.5);
    }
  });

  test.describe('at 1920×1080', () => {
    test.use({ viewport: { width: 1920, height: 1080 } });
    test('the timeline grows in height as well', async ({ page }) => {
      await openExplorer(page);
      const host = (await page.locator('.timeline-host').boundingBox())!;
      expect(host.height).toBeGreaterThanOrEqual(600);
      const region = (await page.getByRole('region', { name: 'Timeline' }).boundingBox())!;
      expect((region.width * region.height) / (1920 * 1080)).toBeGreaterThanOrEqual(0.45);
      await page.screenshot({ path: 'e2e/screenshots/explorer-1920x1080.png' });
    });
  });
});

test.describe('3. the first view shows the events', () => {
  test.use({ viewport: { width: 1280, height: 720 } });
  test('every event of the seeds is drawn with its whole label readable, none cut by an edge or its own box', async ({ page }) => {
    await openExplorer(page);
    await expect.poll(() => new URL(page.url()).searchParams.get('start')).toBeTruthy();
    const items = await drawnItems(page);
    expect(items.map((i) => i.text).sort()).toEqual(timeline.events.map((e) => e.title).sort());
    for (const i of items) {
      expect(i.label, i.text).not.toBeNull();
      const l = i.label!;
      // wide enough to read (a month of 5 px clipped its label to nothing), and nothing of it hidden
      expect(l.width, i.text).toBeGreaterThan(40);
      expect(l.left, `${i.text} starts before the edge`).toBeGreaterThanOrEqual(i.clip.left - 0.5);
      expect(l.right, `${i.text} runs past the edge`).toBeLessThanOrEqual(i.clip.right + 0.5);
      expect(l.top, `${i.text} is cut at the top`).toBeGreaterThanOrEqual(i.clip.top - 0.5);
      expect(l.bottom, `${i.text} is cut at the bottom`).toBeLessThanOrEqual(i.clip.bottom + 0.5);
    }
    // no two labels on top of each other
    for (let a = 0; a < items.length; a++)
      for (let b = a + 1; b < items.length; b++) {
        const [p, q] = [items[a].label!, items[b].label!];
        const overlap = Math.min(p.right, q.right) - Math.max(p.left, q.left) > 1 && Math.min(p.bottom, q.bottom) - Math.max(p.top, q.top) > 1;
        expect(overlap, `${items[a].text} / ${items[b].text}`).toBe(false);
      }
  });

  test('a timeline made shorter by the page (a toolbar line more) is drawn at its new height at once, its axis whole', async ({ page }) => {
    await openExplorer(page);
    await expect.poll(() => new URL(page.url()).searchParams.get('start')).toBeTruthy();
    // vis-timeline looks at its container's size once a second: a row the page adds (the edge markers, a second
    // toolbar line for the stack cue) left the axis's year under the timeline's edge until then
    const axisBelowEdge = await page.evaluate(async () => {
      document.querySelector<HTMLElement>('.timeline-toolbar')!.style.marginBottom = '60px';
      for (let f = 0; f < 3; f++) await new Promise(requestAnimationFrame);
      const host = document.querySelector('.timeline-host')!.getBoundingClientRect();
      const axis = document.querySelector('.timeline-host .vis-panel.vis-bottom')!.getBoundingClientRect();
      return Math.round(axis.bottom - host.bottom);
    });
    expect(axisBelowEdge).toBeLessThanOrEqual(0);
  });

  test('+ zooms toward the events, and toward the pointer when it is over the timeline', async ({ page }) => {
    await openExplorer(page);
    await expect.poll(() => new URL(page.url()).searchParams.get('start')).toBeTruthy();
    const inView = () => {
      const w = windowOf(page);
      return timeline.events.filter((e) => {
        const [y, m = 1, d = 1] = e.date.value.split('-').map(Number);
        const t = new Date(y, m - 1, d).getTime();
        return t >= w.start && t <= w.end;
      }).length;
    };
    const fitted = windowOf(page);
    expect(inView()).toBe(total);
    // two presses: the window closes in on where the events are, not on the empty middle of the fitted view
    for (let press = 0; press < 2; press++) {
      const span = windowOf(page).end - windowOf(page).start;
      await page.getByRole('button', { name: 'Zoom in' }).click();
      await expect.poll(() => windowOf(page).end - windowOf(page).start).toBeLessThan(span * 0.9);
    }
    expect(inView()).toBeGreaterThanOrEqual(Math.ceil((total * 2) / 3));

    // with the pointer over the timeline, "+" keeps the moment under the pointer where it is
    await page.getByRole('button', { name: 'Fit all' }).click();
    await expect.poll(() => windowOf(page).end - windowOf(page).start).toBeGreaterThan((fitted.end - fitted.start) * 0.9);
    const panel = (await page.locator('.vis-panel.vis-center').boundingBox())!;
    const px = panel.x + panel.width * 0.25;
    const atPointer = (w: { start: number; end: number }) => w.start + ((px - panel.x) / panel.width) * (w.end - w.start);
    const before = atPointer(windowOf(page));
    await page.mouse.move(px, panel.y + panel.height / 2);
    await page.locator('.timeline-host').focus();
    await page.keyboard.press('+');
    await expect.poll(() => windowOf(page).end - windowOf(page).start).toBeLessThan((fitted.end - fitted.start) * 0.6);
    expect(Math.abs(atPointer(windowOf(page)) - before)).toBeLessThan(3 * DAY);
  });
});

test.describe('3b. a wide week or month box holds its label', () => {
  test.use({ viewport: { width: 1280, height: 720 } });
  test('a month box wider than 180 px wraps its label inside its dashed edge, after a zoom too, and no labels overlap', async ({ page }) => {
    // a window of four months: the month of the best-reported month event is about 240 px wide, its label (28em) wider
    const month = [...timeline.events].filter((e) => e.date.precision === 'month').sort((a, b) => b.mentions.length - a.mentions.length)[0];
    const [y, m] = month.date.value.split('-').map(Number);
    const day = (yy: number, mm: number) => new Date(yy, mm - 1, 1).toLocaleDateString('sv');
    // the re-measure reads vis-timeline's private members: visTimeline.ts warns once if an upgrade removed them
    const warnings: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'warning' && m.text().startsWith('vis-timeline:')) warnings.push(m.text());
    });
    await openExplorer(page, `/?start=${day(y, m - 2)}&end=${day(y, m + 2)}`);
    const check = async (when: string) => {
      const items = await page.locator('.timeline-host').evaluate((host) =>
        [...host.querySelectorAll<HTMLElement>('.vis-item.vis-range, .vis-item.vis-point')].map((el) => {
          const b = el.getBoundingClientRect();
          const l = el.querySelector('.ev-content')!.getBoundingClientRect();
          return {
            text: el.textContent!,
            range: el.classList.contains('vis-range'),
            box: { left: b.left, right: b.right, width: b.width },
            label: { left: l.left, right: l.right, top: l.top, bottom: l.bottom },
          };
        }),
      );
      expect(items.some((i) => i.range && i.text.includes(month.title))).toBe(true);
      for (const i of items.filter((i) => i.range && i.box.width >= 180))
        expect(i.label.right, `${when}: "${i.text}" crosses its box's edge`).toBeLessThanOrEqual(i.box.right + 0.5);
      for (let a = 0; a < items.length; a++)
        for (let b = a + 1; b < items.length; b++) {
          const [p, q] = [items[a].label, items[b].label];
          const overlap = Math.min(p.right, q.right) - Math.max(p.left, q.left) > 1 && Math.min(p.bottom, q.bottom) - Math.max(p.top, q.top) > 1;
          expect(overlap, `${when}: ${items[a].text} / ${items[b].text}`).toBe(false);
        }
    };
    await expect.poll(() => page.locator('.timeline-host .vis-item.vis-range').count()).toBeGreaterThan(0);
    await check('first drawn');
    // a zoom narrows the box: the label takes a line more, and the items under it move down
    const span = () => {
      const p = new URL(page.url()).searchParams;
      return Date.parse(p.get('end')!) - Date.parse(p.get('start')!);
    };
    const before = span();
    await page.getByRole('button', { name: 'Zoom out' }).click();
    await expect.poll(span).toBeGreaterThan(before * 1.1);
    await page.waitForFunction(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => done(true)))));
    await check('zoomed out');
    expect(warnings).toEqual([]);
  });
});

test.describe('3c. a narrow week, month or year box has its label after it', () => {
  for (const [width, height] of [
    [1280, 720],
    [1920, 1080],
  ])
    test(`at ${width}×${height}, no label is crossed by its box's dashed edge: it is inside its box or after it, selected too`, async ({ page }) => {
      // "≈ Andrei| Belousov was appointed as defense minister": the seeds' year boxes are some 70 px wide at the first view
      await page.setViewportSize({ width, height });
      await openExplorer(page);
      await settledWindow(page);
      const straddling = () =>
        page.locator('.timeline-host').evaluate((host) =>
          [...host.querySelectorAll<HTMLElement>('.vis-item.vis-range:not(.ev-cluster)')].flatMap((el) => {
            const b = el.getBoundingClientRect();
            const l = el.querySelector('.ev-title')!.getBoundingClientRect();
            return l.left < b.right - 1 && l.right > b.right + 1 ? [`${el.textContent} (box ${Math.round(b.width)} px)`] : [];
          }),
        );
      const ranges = timeline.events.filter((e) => e.date.precision !== 'day');
      expect(ranges.length).toBeGreaterThan(0);
      await expect(page.locator('.timeline-host .vis-item.vis-range').first()).toBeVisible();
      expect(await straddling()).toEqual([]);
      for (const e of ranges) {
        await eventRows(page).getByRole('link', { name: e.title, exact: true }).first().click();
        await expect(page.locator('.timeline-host .vis-item.vis-range.vis-selected')).toHaveCount(1);
        expect(await straddling(), e.title).toEqual([]);
      }
    });
});

test.describe('4. filters re-fit the view', () => {
  test.use({ viewport: { width: 1280, height: 720 } });
  test('ticking an actor fits the window to his events with their labels; a window zoomed by hand is left alone', async ({ page }) => {
    const { events } = actorNamed(timeline, 'Vladimir Putin');
    expect(events.length).toBeGreaterThan(1);
    await openExplorer(page);
    await page.getByPlaceholder('Find an actor').fill('Putin');
    await page
      .getByRole('region', { name: 'Filters' })
      .getByRole('checkbox', { name: /^Vladimir Putin\b/ })
      .check();
    await expect(async () => {
      const items = await drawnItems(page);
      expect(items.map((i) => i.text).sort()).toEqual(events.map((e) => e.title).sort());
      const panel = items[0].panel;
      const from = Math.min(...items.map((i) => i.left));
      const to = Math.max(...items.map((i) => Math.max(i.right, i.label!.right)));
      // his events and their labels use most of the width, and none is cut
      expect((to - from) / panel.width).toBeGreaterThan(0.6);
      for (const i of items) expect(i.label!.right).toBeLessThanOrEqual(panel.right + 0.5);
    }).toPass({ timeout: 10_000 });

    // zoomed by hand, then another filter that keeps events in view: the reader's window stays
    const fitted = await settledWindow(page);
    await page.getByRole('button', { name: 'Zoom out' }).click();
    await expect.poll(() => settledWindow(page)).not.toBe(fitted);
    const zoomed = await settledWindow(page);
    const later = events.at(-1)!.date.value.slice(0, 4);
    await page.getByLabel('From').fill(`${later}-01-01`);
    await expect(page.getByRole('status').filter({ hasText: /^\d+ of \d+ events$/ })).not.toHaveText(`${events.length} of ${total} events`);
    expect(await settledWindow(page)).toBe(zoomed);
  });
});

test.describe('5. the frame stays put', () => {
  test.use({ viewport: { width: 1280, height: 720 } });
  test('a wheel over the header or the details, and "Read in document", scroll only their own pane', async ({ page }) => {
    await openExplorer(page);
    const headerTop = async () => (await page.locator('header.topbar').boundingBox())!.y;
    const frame = () =>
      page.evaluate(() => ({ page: document.scrollingElement!.scrollTop, body: document.body.scrollTop, root: document.getElementById('root')!.scrollTop }));
    await page.mouse.move(640, 20);
    await page.mouse.wheel(0, 900);
    await page.waitForTimeout(300);
    expect(await headerTop()).toBe(0);
    expect(await frame()).toEqual({ page: 0, body: 0, root: 0 });

    const event = [...timeline.events].sort((a, b) => b.mentions.length - a.mentions.length)[0];
    await eventRows(page).getByRole('link', { name: event.title, exact: true }).click();
    const details = page.getByRole('region', { name: 'Event details' });
    const box = (await details.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + 200);
    await page.mouse.wheel(0, 2000);
    await page.waitForTimeout(300);
    expect(await headerTop()).toBe(0);
    expect(await frame()).toEqual({ page: 0, body: 0, root: 0 });

    await details.getByRole('link', { name: 'Read in document' }).last().click();
    await expect(page.getByRole('region', { name: 'Document reader' })).toBeVisible();
    await expect(page.locator('.reader-sentence.is-target')).toBeFocused();
    expect(await headerTop()).toBe(0);
    expect(await frame()).toEqual({ page: 0, body: 0, root: 0 });
    const app = (await page.locator('.app').boundingBox())!;
    expect([app.y, app.height]).toEqual([0, 720]);
  });
});

/** WCAG contrast of two rgb() colours */
function contrast(a: string, b: string): number {
  const lum = (c: string) => {
    const [r, g, bl] = c
      .match(/[\d.]+/g)!
      .slice(0, 3)
      .map(Number)
      .map((v) => {
        const s = v / 255;
        return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
      });
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

for (const scheme of ['light', 'dark'] as const)
  test.describe(`6. the selected event is readable (${scheme})`, () => {
    test.use({ colorScheme: scheme, viewport: { width: 1280, height: 720 } });
    test(`its label's text stands out from what is behind it, in every kind of item (${scheme})`, async ({ page }) => {
      for (const precision of ['day', 'month', 'year'] as const) {
        const event = timeline.events.find((e) => e.date.precision === precision);
        if (!event) continue;
        await openExplorer(page, `/?event=${encodeURIComponent(event.id)}`);
        const colours = await page
          .locator('.vis-item.vis-selected .ev-title')
          .first()
          .evaluate((el) => {
            let bg = 'rgba(0, 0, 0, 0)';
            for (let a: Element | null = el; a; a = a.parentElement) {
              const c = getComputedStyle(a).backgroundColor;
              if (!/rgba\(.*,\s*0\)$/.test(c) && c !== 'transparent') {
                bg = c;
                break;
              }
            }
            return { text: getComputedStyle(el).color, bg };
          });
        expect(contrast(colours.text, colours.bg), `${precision}: ${colours.text} on ${colours.bg}`).toBeGreaterThanOrEqual(4.5);
      }
      if (scheme === 'dark') await page.screenshot({ path: 'e2e/screenshots/explorer-dark-selected.png' });
    });
  });

test.describe('8. on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
  test('the timeline starts near the top, and a tapped event shows its details on screen', async ({ page }) => {
    await openExplorer(page);
    const host = (await page.locator('.timeline-host').boundingBox())!;
    expect(host.y).toBeLessThan(150);
    expect(host.height).toBeGreaterThan(300);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await page.screenshot({ path: 'e2e/screenshots/phone-390x844.png' });

    const event = timeline.events[3];
    await eventRows(page).getByRole('link', { name: event.title, exact: true }).tap();
    const heading = page.getByRole('region', { name: 'Event details' }).getByRole('heading', { level: 2 });
    await expect(heading).toHaveText(event.title);
    const box = (await heading.boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y + box.height).toBeLessThanOrEqual(844);
    await expect(page.getByRole('button', { name: 'Close details' })).toBeInViewport();
    await page.screenshot({ path: 'e2e/screenshots/phone-390x844-details.png' });
  });
});

test.describe('9. the keyboard', () => {
  test.use({ viewport: { width: 1280, height: 720 } });
  test('a skip link leads to the timeline; arrows go from event to event, Enter opens one; Escape closes it', async ({ page }) => {
    await openExplorer(page);
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to the timeline' });
    await expect(skip).toBeFocused();
    await expect(skip).toBeInViewport();
    await page.keyboard.press('Enter');
    const canvas = page.getByRole('listbox', { name: 'Timeline canvas' });
    await expect(canvas).toBeFocused();

    // → goes to the first event in view, → again to the next, ← back; the outline follows on screen
    const ordered = [...timeline.events];
    await page.keyboard.press('ArrowRight');
    await expect(page.getByRole('option')).toHaveText(new RegExp(`^${escapeStringRegexp(ordered[0].title)}`));
    await expect(page.locator('.vis-item.is-cursor .ev-title')).toHaveText(ordered[0].title);
    await page.keyboard.press('ArrowRight');
    await expect(page.locator('.vis-item.is-cursor .ev-title')).toHaveText(ordered[1].title);
    const outline = await page.locator('.vis-item.is-cursor .vis-item-content').evaluate((el) => getComputedStyle(el).outlineStyle);
    expect(outline).toBe('solid');
    await page.keyboard.press('Enter');
    const details = page.getByRole('region', { name: 'Event details' });
    await expect(details.getByRole('heading', { level: 2 })).toHaveText(ordered[1].title);
    await page.keyboard.press('Escape');
    await expect(details).toHaveCount(0);
    await expect(canvas).toBeFocused();

    // Enter on a row of the table: the focus goes into the details; Escape closes them and returns to the row
    const row = eventRows(page).nth(4).getByRole('link');
    await row.focus();
    await page.keyboard.press('Enter');
    await expect(details.getByRole('heading', { level: 2 })).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(details).toHaveCount(0);
    await expect(row).toBeFocused();
  });
});

test.describe('10. names and labels', () => {
  test.use({ viewport: { width: 1280, height: 720 } });
  test("the header names the collection: the file's title, else its main actors, never the file name", async ({ page }) => {
    await openExplorer(page);
    const heading = page.getByRole('heading', { level: 1 });
    await expect(heading).toContainText(collectionTitle(timeline));
    await expect(heading).not.toContainText('timeline.json');

    const titled: TimelineFile = { ...timeline, title: 'North Korea and Russia, 2018–2024' };
    await page.route('**/titled.json', (route) => route.fulfill({ contentType: 'application/json', body: JSON.stringify(titled) }));
    await openExplorer(page, '/?data=titled.json');
    await expect(page.getByRole('heading', { level: 1 })).toContainText('North Korea and Russia, 2018–2024');
  });

  test('"By actor" lanes open at the busiest lane, on screen; "By source" lanes say the publisher in a line or two', async ({ page }) => {
    await openExplorer(page, '/?lanes=actor');
    const busiest = timeline.actors
      .map((a) => ({ name: a.name, n: timeline.events.filter((e) => e.actors.includes(a.id)).length }))
      .sort((a, b) => b.n - a.n || a.name.localeCompare(b.name))[0];
    const lane = page.locator('.vis-label .lane-name').first();
    await expect(lane).toHaveText(busiest.name);
    const host = (await page.locator('.timeline-host').boundingBox())!;
    const box = (await lane.boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(host.y);
    expect(box.y + box.height).toBeLessThanOrEqual(host.y + host.height);

    await openExplorer(page, '/?lanes=source');
    const labels = page.locator('.vis-label .lane-label');
    await expect(labels.first()).toBeVisible();
    const sizes = await labels.evaluateAll((els) =>
      els.map((el) => ({ lines: el.getBoundingClientRect().height / parseFloat(getComputedStyle(el).fontSize), text: el.textContent })),
    );
    for (const s of sizes) expect(s.lines, s.text ?? '').toBeLessThan(3.2);
    const publishers = new Set(timeline.documents.map((d) => d.publisher ?? 'Publisher unknown'));
    for (const name of await page.locator('.vis-label .lane-name').allTextContents()) expect(publishers.has(name)).toBe(true);
    await page.screenshot({ path: 'e2e/screenshots/lanes-by-source.png' });
  });

  test('turning lanes off (More → Lanes → off) gives back the plain timeline, with every event, and no error', async ({ page }) => {
    const errors = collectPageErrors(page);
    for (const lanes of ['actor', 'source']) {
      await openExplorer(page, `/?lanes=${lanes}`);
      await expect(page.locator('.vis-label').first()).toBeVisible();
      await moreAction(page, 'Print handout');
      await page.getByRole('combobox', { name: 'Lanes' }).selectOption('none');
      await expect(page.getByText('The timeline could not be shown')).toHaveCount(0);
      await expect(page.locator('.vis-label .lane-name')).toHaveCount(0);
      await expect(page.locator('.vis-item.vis-point, .vis-item.vis-range')).toHaveCount(timeline.events.length);
      expect(new URL(page.url()).searchParams.get('lanes')).toBeNull();
    }
    expect(errors).toEqual([]);
  });
});

test.describe('11. the exported image', () => {
  test.use({ viewport: { width: 1280, height: 720 } });
  test('is at twice the size, with the collection’s name, its period, the key and every label', async ({ page }) => {
    await openExplorer(page);
    await expect.poll(() => new URL(page.url()).searchParams.get('start')).toBeTruthy();
    const host = (await page.locator('.timeline-host').boundingBox())!;
    const button = await moreAction(page, 'Export image');
    const [file] = await Promise.all([page.waitForEvent('download'), button.click()]);
    const bytes = readFileSync((await file.path())!);
    const width = bytes.readUInt32BE(16);
    const height = bytes.readUInt32BE(20);
    expect(width).toBeGreaterThanOrEqual(2 * Math.round(host.width));
    expect(height).toBeGreaterThanOrEqual(2 * Math.round(host.height));
    // the picture as a reader sees it: the caption and the key are drawn, in the page, next to the timeline
    await page.setContent(
      `<body style="margin:0;background:#888"><img src="data:image/png;base64,${bytes.toString('base64')}" style="width:${width / 2}px"></body>`,
    );
    await page.setViewportSize({ width: Math.ceil(width / 2), height: Math.ceil(height / 2) });
    const inked = await page.evaluate(async () => {
      const img = document.querySelector('img')!;
      await img.decode();
      const c = new OffscreenCanvas(img.naturalWidth, img.naturalHeight);
      const ctx = c.getContext('2d')!;
      ctx.drawImage(img, 0, 0);
      // drawn pixels (text, marks) in a band, against the image's background: the title (top), the key (bottom)
      const corner = ctx.getImageData(1, 1, 1, 1).data;
      const ink = (y0: number, y1: number) => {
        const d = ctx.getImageData(0, y0, c.width, y1 - y0).data;
        let n = 0;
        for (let i = 0; i < d.length; i += 4) if (Math.abs(d[i] - corner[0]) + Math.abs(d[i + 1] - corner[1]) + Math.abs(d[i + 2] - corner[2]) > 150) n++;
        return n;
      };
      return { title: ink(10, 80), key: ink(c.height - 90, c.height - 20) };
    });
    expect(inked.title).toBeGreaterThan(500);
    expect(inked.key).toBeGreaterThan(200);
    await page.screenshot({ path: 'e2e/screenshots/export-image.png' });
  });

  test('nothing on the screen moves while the image is drawn: not the axis, not the toolbar, not the timeline’s frame', async ({ page }) => {
    // (low enough that the seeds' stack is taller than the timeline)
    await page.setViewportSize({ width: 1280, height: 500 });
    await openExplorer(page);
    await expect.poll(() => new URL(page.url()).searchParams.get('start')).toBeTruthy();
    // a stack taller than the timeline: the image grows the timeline for it
    await expect(page.locator('.stack-cue-above')).toBeVisible();
    const button = await moreAction(page, 'Export image');
    // where the axis, the toolbar and the timeline's frame are, frame by frame, from the click until the file is made
    await page.evaluate(() => {
      const w = window as unknown as { seen: string[]; watching: boolean };
      w.seen = [];
      w.watching = true;
      const look = () => {
        const box = (s: string) => document.querySelector(s)?.getBoundingClientRect();
        const axis = box('.timeline-host .vis-panel.vis-bottom');
        const stage = box('.timeline-stage');
        w.seen.push(
          [axis?.top, box('.timeline-toolbar')?.height, stage?.top, stage?.bottom, box('.events-pane')?.top].map((n) => Math.round(n ?? -1)).join(' '),
        );
        if (w.watching) requestAnimationFrame(look);
      };
      requestAnimationFrame(look);
    });
    const [file] = await Promise.all([page.waitForEvent('download'), button.click()]);
    await file.path();
    await expect(button).toBeEnabled();
    const seen = await page.evaluate(async () => {
      for (let f = 0; f < 5; f++) await new Promise(requestAnimationFrame);
      const w = window as unknown as { seen: string[]; watching: boolean };
      w.watching = false;
      return w.seen;
    });
    expect(seen.length).toBeGreaterThan(3);
    expect([...new Set(seen)]).toEqual([seen[0]]);
  });

  test('two quick clicks leave the timeline at its height, and the stack where the reader scrolled it', async ({ page }) => {
    // (low enough that the seeds' stack is taller than the timeline)
    await page.setViewportSize({ width: 1280, height: 500 });
    await openExplorer(page);
    await expect.poll(() => new URL(page.url()).searchParams.get('start')).toBeTruthy();
    // a stack taller than the timeline, scrolled up to its top: the image grows the timeline for it
    const above = page.locator('.stack-cue-above');
    await expect(above).toBeVisible();
    // The cue goes once the stack's top is in view, possibly between the count and the click: a click that finds no
    // cue is no failure, the count after the loop is the test.
    for (let step = 0; step < 20 && (await above.count()) > 0; step++) await above.click({ timeout: 5_000 }).catch(() => undefined);
    await expect(above).toHaveCount(0);
    await expect(page.locator('.stack-cue-below')).toBeVisible();
    const top = await page.locator('.vis-foreground .vis-item:not(.vis-dot)').evaluateAll((els) => els.map((el) => Math.round(el.getBoundingClientRect().top)));
    const cues = await page.locator('.stack-cue').allTextContents();
    const before = (await page.locator('.timeline-host').boundingBox())!;
    const button = await moreAction(page, 'Export image');
    const download = page.waitForEvent('download');
    await button.dblclick();
    await download;
    await expect(button).toBeEnabled();
    await expect.poll(async () => (await page.locator('.timeline-host').boundingBox())!.height).toBe(before.height);
    await expect.poll(() => page.locator('.stack-cue').allTextContents()).toEqual(cues);
    // every label where it was
    await expect
      .poll(() => page.locator('.vis-foreground .vis-item:not(.vis-dot)').evaluateAll((els) => els.map((el) => Math.round(el.getBoundingClientRect().top))))
      .toEqual(top);
  });
});
