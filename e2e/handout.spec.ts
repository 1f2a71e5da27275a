import { expect, test } from '@playwright/test';
import { actorNamed, citeLine, moreAction, openExplorer, servedTimeline, slideSourcesOf } from './support';
import { pdfText, squash } from './pdfText';
import { collectionTitle } from '../src/app/store/collection';
import { HANDOUT_QUOTES, moreReportsLine } from '../src/app/print/handoutSources';

const timeline = servedTimeline();
const { actor, events } = actorNamed(timeline, 'Kim Jong Un');
const others = timeline.events.filter((e) => !events.includes(e));
const controls = ['Print handout', 'Export CSV', 'Export JSON', 'Export image', 'Copy link', 'Zoom in', 'Fit all', 'Lanes'];

test('Print handout prints the filtered events in date order with their quotes; the PDF holds them and none of the controls', async ({ page }) => {
  expect(events.length).toBeGreaterThan(0);
  await openExplorer(page, `/?actor=${encodeURIComponent(actor.id)}`);
  await page.evaluate(() => {
    window.print = () => ((window as unknown as { printed: boolean }).printed = true);
  });
  await (await moreAction(page, 'Print handout')).click();
  expect(await page.evaluate(() => (window as unknown as { printed?: boolean }).printed)).toBe(true);

  await page.emulateMedia({ media: 'print' });
  // under print media: the handout is shown, every control is hidden
  const entries = page.locator('.handout-entry');
  await expect(entries).toHaveCount(events.length);
  // a page holds several events: the first HANDOUT_QUOTES reports of each are quoted, the rest counted
  expect(events.some((e) => e.mentions.length > HANDOUT_QUOTES)).toBe(true);
  for (const [i, e] of events.entries()) {
    await expect(entries.nth(i).getByRole('heading', { level: 2 })).toHaveText(e.title);
    const quoted = slideSourcesOf(timeline, e).slice(0, HANDOUT_QUOTES);
    for (const m of quoted) await expect(entries.nth(i)).toContainText(m.sentence);
    // each quote cites its article with the article's date, as the details do: when it was reported is evidence
    const cites = quoted.map((m) => citeLine(timeline, m));
    await expect(entries.nth(i).locator('.handout-cite')).toHaveText(cites);
    const more = e.mentions.length - quoted.length;
    await expect(entries.nth(i).locator('.handout-more')).toHaveText(more > 0 ? [moreReportsLine(more)] : []);
  }
  expect(await page.locator('button:visible, input:visible, select:visible, [role=toolbar]:visible').count()).toBe(0);
  // innerText, not textContent: what the printed page shows, without the hidden controls' text
  // biome-ignore lint/performance/useDomNodeTextContent: the rendered text is what is being checked
  const printed = await page.evaluate(() => document.body.innerText);
  for (const label of controls) expect(printed).not.toContain(label);
  // an entry asks the printer not to split it across pages
  expect(await entries.first().evaluate((el) => getComputedStyle(el).breakInside)).toBe('avoid');
  await page.screenshot({ path: 'e2e/screenshots/handout-print.png', fullPage: true });

  // the PDF itself: its text holds every filtered title and quote, nothing of the controls, no unfiltered titles
  const pdf = await page.pdf({ format: 'A4' });
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  const text = squash(pdfText(pdf));
  for (const e of events) {
    expect(text).toContain(squash(e.title));
    for (const m of slideSourcesOf(timeline, e).slice(0, HANDOUT_QUOTES)) expect(text).toContain(squash(m.sentence));
  }
  for (const label of controls) expect(text).not.toContain(squash(label));
  for (const e of others)
    if (!events.some((f) => f.mentions.some((m) => squash(m.sentence).includes(squash(e.title))))) expect(text).not.toContain(squash(e.title));
});

test('the handout is titled with the collection and opens with a timeline graphic: one numbered mark per event, in date order', async ({ page }) => {
  await openExplorer(page);
  await page.emulateMedia({ media: 'print' });
  const handout = page.locator('.handout');
  await expect(handout.getByRole('heading', { level: 1 })).toHaveText(collectionTitle(timeline));
  const graphic = handout.getByRole('img', { name: /^Timeline of the \d+ events below/ });
  await expect(graphic).toBeVisible();
  const marks = await graphic.evaluate((svg) => {
    const frame = svg.getBoundingClientRect();
    return [...svg.querySelectorAll('.hg-event')].map((g) => {
      const mark = g.querySelector('circle, rect')!.getBoundingClientRect();
      const number = g.querySelector('.hg-number')!.getBoundingClientRect();
      return {
        n: Number(g.querySelector('.hg-number')!.textContent),
        x: mark.left,
        inside: mark.left >= frame.left && mark.right <= frame.right && number.right <= frame.right + 1 && number.top >= frame.top,
        number: { left: number.left, right: number.right, top: number.top, bottom: number.bottom },
      };
    });
  });
  expect(marks.map((m) => m.n)).toEqual(timeline.events.map((_, i) => i + 1));
  for (const m of marks) expect(m.inside, `mark ${m.n}`).toBe(true);
  for (let i = 1; i < marks.length; i++) expect(marks[i].x).toBeGreaterThanOrEqual(marks[i - 1].x - 0.5);
  // no number runs into another event's mark ("11" into the dot of 15 in the BBC spill coverage's handout)
  const dots = await graphic.evaluate((svg) =>
    [...svg.querySelectorAll('.hg-event')].map((g) => {
      const r = g.querySelector('circle, rect')!.getBoundingClientRect();
      return { n: Number(g.querySelector('.hg-number')!.textContent), left: r.left, right: r.right, top: r.top, bottom: r.bottom };
    }),
  );
  for (const m of marks)
    for (const d of dots) {
      if (d.n === m.n) continue;
      const p = m.number;
      // touching reads as one mark too: at least 2 px between a number and another mark
      const overlap = Math.min(p.right + 2, d.right) - Math.max(p.left - 2, d.left) > 0 && Math.min(p.bottom, d.bottom) - Math.max(p.top, d.top) > 0.5;
      expect(overlap, `number ${m.n} and the mark of ${d.n}`).toBe(false);
    }
  // no number covers another
  for (let a = 0; a < marks.length; a++)
    for (let b = a + 1; b < marks.length; b++) {
      const [p, q] = [marks[a].number, marks[b].number];
      const overlap = Math.min(p.right, q.right) - Math.max(p.left, q.left) > 0.5 && Math.min(p.bottom, q.bottom) - Math.max(p.top, q.top) > 0.5;
      expect(overlap, `numbers ${marks[a].n} and ${marks[b].n}`).toBe(false);
    }
  // each entry carries its number
  await expect(handout.locator('.handout-entry .handout-number')).toHaveText(timeline.events.map((_, i) => String(i + 1)));
  await page.screenshot({ path: 'e2e/screenshots/handout-graphic.png' });
});

test('a bar of the handout graphic holds its number, or has it after it: no number runs across a bar’s end', async ({ page }) => {
  // "18" ran past the end of its week's bar; the seeds' months are bars of a few px on an axis of six years
  await openExplorer(page);
  await page.emulateMedia({ media: 'print' });
  const graphic = page.locator('.handout').getByRole('img', { name: /^Timeline of the \d+ events below/ });
  await expect(graphic).toBeVisible();
  const bars = await graphic.evaluate((svg) =>
    [...svg.querySelectorAll('.hg-event')].flatMap((g) => {
      const bar = g.querySelector('rect');
      if (!bar) return [];
      const b = bar.getBoundingClientRect();
      const n = g.querySelector('.hg-number')!.getBoundingClientRect();
      return [{ n: g.querySelector('.hg-number')!.textContent, bar: { left: b.left, right: b.right }, number: { left: n.left, right: n.right } }];
    }),
  );
  expect(bars.length).toBeGreaterThan(0);
  for (const b of bars) {
    const inside = b.number.left >= b.bar.left && b.number.right <= b.bar.right + 0.5;
    const after = b.number.left >= b.bar.right;
    expect(inside || after, `number ${b.n}: ${JSON.stringify(b)}`).toBe(true);
  }
});

test('a filtered handout says what the filter keeps under its title: a class handed one actor’s events is told so', async ({ page }) => {
  await openExplorer(page, `/?actor=${encodeURIComponent(actor.id)}&q=${encodeURIComponent(events[0].title.split(' ')[0])}`);
  await page.evaluate(() => {
    window.print = () => {};
  });
  await (await moreAction(page, 'Print handout')).click();
  await page.emulateMedia({ media: 'print' });
  const head = page.locator('.handout-head');
  await expect(head).toContainText(`Only events with Kim Jong Un, matching “${events[0].title.split(' ')[0]}”.`);
});

test('the printed handout is the page’s main landmark', async ({ page }) => {
  await openExplorer(page);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.handout')).toBeVisible();
  // the explorer's own main is not printed: the handout had no main landmark, and a screen reader's "main" found nothing
  const main = page.getByRole('main');
  await expect(main).toHaveCount(1);
  await expect(main.getByRole('heading', { level: 1 })).toHaveText(collectionTitle(timeline));
  await expect(main.locator('.handout-entry').first()).toBeVisible();
});
