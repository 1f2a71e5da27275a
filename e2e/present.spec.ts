import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import type { TimelineFile } from '../src/schema/timeline';
import { buildIndex } from '../src/app/store/timelineIndex';
import { collectionFacts, factsLine } from '../src/app/store/collection';
import { slideOrder, spokenDate } from '../src/app/present/slides';
import { withoutReprints } from '../src/app/store/reprints';
import { actorNamed, citeLine, collectPageErrors, openExplorer, servedTimeline, slideSourcesOf } from './support';

const timeline = servedTimeline();
const index = buildIndex(timeline);
/** the events a presentation of these events shows, in order (slide 1 is the title; event k is slide k + 1) */
const slidesOf = (events: TimelineFile['events']) =>
  slideOrder(
    index,
    events.map((e) => index.eventPos.get(e.id)!),
  ).map((p) => index.events[p]);
const all = slidesOf(timeline.events);
const n = all.length;
const facts = collectionFacts(
  index,
  all.map((e) => index.eventPos.get(e.id)!),
);

const slide = (page: Page) => page.getByRole('region', { name: /^Slide \d+ of \d+$/ });
/** slide k of a presentation of `events` events (events + 1 slides with the title) */
const expectSlide = async (page: Page, k: number, events = n) => {
  await expect(page.getByRole('region', { name: `Slide ${k} of ${events + 1}` })).toBeVisible();
  await expect(page.locator('.present-progress')).toHaveText(`${k} / ${events + 1}`);
};
/** the k-th event (1-based) is on slide k + 1 */
const expectEvent = (page: Page, k: number, events = n) => expectSlide(page, k + 1, events);
/** "55 documents": how many documents report an event, as the events table's Sources column says it */
/** how many quotes a slide has for an event: each sentence once (a publisher's reprint is not quoted again) */
const quotesOf = (event: TimelineFile['events'][number]) => withoutReprints(event.mentions, (m) => m.sentence).length;
const documentsOf = (event: TimelineFile['events'][number]) => {
  const docs = new Set(event.mentions.map((m) => m.doc)).size;
  return `${docs} document${docs === 1 ? '' : 's'}`;
};

test.use({ viewport: { width: 1280, height: 720 } });

test('Present opens on a title slide, then the events in date order; →, Space, PageDown, ←, PageUp step and Home/End jump; Escape leaves', async ({ page }) => {
  expect(n).toBeGreaterThan(2);
  const errors = collectPageErrors(page);
  await openExplorer(page);
  await page.getByRole('button', { name: 'Present' }).click();
  // the title slide: the collection's name, its period, what it holds
  await expectSlide(page, 1);
  await expect(slide(page).getByRole('heading', { level: 2 })).toHaveText(facts.title);
  await expect(slide(page)).toContainText(facts.period!);
  await expect(slide(page)).toContainText(factsLine(facts));
  await page.screenshot({ path: 'e2e/screenshots/present-title.png' });

  await page.keyboard.press('ArrowRight');
  await expectEvent(page, 1);
  await expect(slide(page).getByRole('heading', { level: 2 })).toHaveText(all[0].title);
  await expect(slide(page)).toContainText(spokenDate(all[0].date.value, all[0].date.precision));
  // the quote cites its article with the article's date, as the details do
  await expect(slide(page).locator('figcaption').first()).toHaveText(citeLine(timeline, slideSourcesOf(timeline, all[0])[0]));
  await page.keyboard.press('ArrowRight');
  await expectEvent(page, 2);
  await expect(slide(page).getByRole('heading', { level: 2 })).toHaveText(all[1].title);
  await page.keyboard.press('Space');
  await expectEvent(page, 3);
  await page.keyboard.press('ArrowLeft');
  await expectEvent(page, 2);
  await page.keyboard.press('PageDown');
  await expectEvent(page, 3);
  await page.keyboard.press('PageUp');
  await expectEvent(page, 2);
  await page.keyboard.press('End');
  await expectEvent(page, n);
  await expect(slide(page).getByRole('heading', { level: 2 })).toHaveText(all[n - 1].title);
  await page.keyboard.press('ArrowRight'); // past the end stays at the end
  await expectEvent(page, n);
  await page.keyboard.press('Home');
  await expectSlide(page, 1);

  // S reveals every source of the slide, a page at a time: → shows the next page before the next slide
  const most = all.reduce((best, e, i) => (quotesOf(e) > quotesOf(all[best]) ? i : best), 0);
  const reports = quotesOf(all[most]);
  expect(reports).toBeGreaterThan(1);
  await page.keyboard.press('End');
  for (let k = n; k > most + 1; k--) await page.keyboard.press('ArrowLeft');
  await expectEvent(page, most + 1);
  await expect(slide(page).locator('figure')).toHaveCount(1);
  await page.keyboard.press('s');
  await expect(page.getByRole('button', { name: 'All sources' })).toHaveAttribute('aria-pressed', 'true');
  const quotes = new Set<string>();
  for (let page_ = 0; page_ < reports && quotes.size < reports; page_++) {
    await expect(slide(page).locator('.slide-pager')).toContainText(`of ${reports}`);
    for (const q of await slide(page).locator('blockquote').allTextContents()) quotes.add(q);
    // every shown source is inside the card, above the strip: nothing runs under it
    const { cardBottom, stripTop, overflow } = await page.evaluate(() => {
      const card = document.querySelector('.slide')!;
      const last = [...card.querySelectorAll('.slide-sources > li')].at(-1)!;
      return {
        cardBottom: last.getBoundingClientRect().bottom,
        stripTop: document.querySelector('.present-strip')!.getBoundingClientRect().top,
        overflow: card.scrollHeight > card.clientHeight + 1,
      };
    });
    expect(cardBottom).toBeLessThanOrEqual(stripTop);
    expect(overflow).toBe(false);
    if (quotes.size < reports) {
      await page.keyboard.press('ArrowRight');
      await expectEvent(page, most + 1);
    }
  }
  expect([...quotes].map((q) => q.replace(/^“|”$/g, ''))).toEqual(
    withoutReprints(slideSourcesOf(timeline, all[most]), (m) => m.sentence).map(({ source }) => source.sentence.replace(/\s+/g, ' ').trim()),
  );

  await page.keyboard.press('Escape');
  await expect(page.getByRole('region', { name: 'Timeline' })).toBeVisible();
  await expect(slide(page)).toHaveCount(0);
  // back in the explorer at the event that was on screen
  await expect(page.getByRole('region', { name: 'Event details' }).getByRole('heading', { level: 2 })).toHaveText(all[most].title);
  expect(errors).toEqual([]);
});

test('the strip under a card names the current event and its neighbours, all inside the strip', async ({ page }) => {
  const k = Math.min(3, n - 2);
  await page.goto(`/?mode=present&slide=${k + 1}`);
  await expectEvent(page, k);
  const names = [all[k - 2], all[k - 1], all[k]].map((e) => e.title);
  const strip = page.locator('.present-strip');
  // the strip moves to the slide's event (animated), then its labels stand still
  await expect(async () => {
    const shown = await strip.locator('.vis-item.is-current .ev-title, .vis-item.is-near .ev-title').allTextContents();
    expect(shown.sort()).toEqual([...names].sort());
    const boxes = await strip.evaluate((el) => {
      const frame = el.getBoundingClientRect();
      return [...el.querySelectorAll('.vis-item.is-current .ev-content, .vis-item.is-near .ev-content')].map((c) => {
        const r = c.getBoundingClientRect();
        return { inside: r.left >= frame.left - 1 && r.right <= frame.right + 1 && r.top >= frame.top - 1 && r.bottom <= frame.bottom + 1, width: r.width };
      });
    });
    expect(boxes).toHaveLength(3);
    for (const b of boxes) expect(b).toMatchObject({ inside: true });
  }).toPass({ timeout: 10_000 });
  await page.screenshot({ path: 'e2e/screenshots/present-strip.png' });
});

test('the strip under the title slide opens on the events, not flying in from an empty window around today', async ({ page }) => {
  await openExplorer(page);
  // from the click on, frame by frame as painted (after the frame's own callbacks, vis's redraw among them): how many
  // of the strip's events lie inside it, once it is there
  await page.evaluate(() => {
    const w = window as unknown as { seen: number[] };
    w.seen = [];
    const look = () => {
      const strip = document.querySelector('.present-strip .vis-panel.vis-center');
      if (strip) {
        const frame = strip.getBoundingClientRect();
        const items = [...document.querySelectorAll('.present-strip .vis-foreground .vis-point, .present-strip .vis-foreground .vis-range')];
        w.seen.push(
          items.filter((el) => {
            const r = el.getBoundingClientRect();
            return r.width > 0 && r.right > frame.left && r.left < frame.right;
          }).length,
        );
      }
      if (w.seen.length < 60) requestAnimationFrame(() => setTimeout(look));
    };
    requestAnimationFrame(() => setTimeout(look));
  });
  await page.getByRole('button', { name: 'Present' }).click();
  await expectSlide(page, 1);
  await expect.poll(() => page.evaluate(() => (window as unknown as { seen: number[] }).seen.length)).toBe(60);
  const seen = await page.evaluate(() => (window as unknown as { seen: number[] }).seen);
  expect(seen.filter((count) => count === 0)).toEqual([]);
});

test('the strip is put in place at once for a new collection too: a saved document merged in while the title slide is up', async ({ page }) => {
  test.setTimeout(120_000);
  // PresentStrip placed only its very first window at once: a collection that changed under a presentation (the
  // reader's saved documents merged in after a shared slide link opened) flew the strip from the old window to the new
  // a document of 1991, long before the seeds: the whole story's window moves a long way when it is merged in
  const text = [
    'Ceasefire signed in the Gulf',
    '',
    'Published 4 March 1991',
    '',
    'Iraqi generals signed a ceasefire with the coalition commanders at Safwan on 3 March 1991, officials said.',
    'President George Bush announced the end of the fighting on 28 February 1991.',
  ].join('\n');
  const doc = { id: 'gulf-ceasefire-1991.txt', name: 'gulf-ceasefire-1991.txt', bytes: new TextEncoder().encode(text) };
  await openExplorer(page);
  await page.evaluate(
    ({ id, name, bytes }) =>
      new Promise<void>((done, fail) => {
        const open = indexedDB.open('chronolens', 1);
        open.onupgradeneeded = () => open.result.createObjectStore('my-documents', { keyPath: ['timeline', 'id'] }).createIndex('timeline', 'timeline');
        open.onerror = () => fail(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction('my-documents', 'readwrite');
          tx.objectStore('my-documents').put({ id, name, bytes: new Uint8Array(bytes), timeline: 'timeline.json', added: Date.now() });
          tx.oncomplete = () => done();
          tx.onerror = () => fail(tx.error);
        };
      }),
    { id: doc.id, name: doc.name, bytes: [...doc.bytes] },
  );
  // every painted frame from the start: where the strip's marks are
  await page.addInitScript(() => {
    const w = window as unknown as { frames: string[] };
    w.frames = [];
    const look = () => {
      const marks = [...document.querySelectorAll('.present-strip .vis-foreground .vis-item')].map((el) => Math.round(el.getBoundingClientRect().left));
      if (marks.length) w.frames.push(marks.join(','));
      requestAnimationFrame(look);
    };
    requestAnimationFrame(look);
  });
  await page.goto('/?mode=present');
  await expectSlide(page, 1);
  const before = await page.locator('.present-strip .vis-foreground .vis-item').count();
  // the merged collection: one more article, and its events on the strip
  await expect(slide(page)).toContainText(`from ${timeline.documents.length + 1} articles`, { timeout: 90_000 });
  await expect.poll(() => page.locator('.present-strip .vis-foreground .vis-item').count()).toBeGreaterThan(before);
  await page.waitForTimeout(1500);
  const frames = await page.evaluate(() => (window as unknown as { frames: string[] }).frames);
  // the states the strip went through once the new marks were drawn: the last one, and at most one on the way
  const counts = frames.map((f) => f.split(',').length);
  const states = new Set(frames.filter((_, i) => counts[i] > before));
  expect(states.size, [...states].join('\n')).toBeLessThanOrEqual(2);
});

test('key P presents the filtered events only; "Copy link to this slide" copies a link that opens at the same slide of the same set', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const { actor, events } = actorNamed(timeline, 'Kim Jong Un');
  const mine = slidesOf(events);
  expect(mine.length).toBeGreaterThan(1);
  await openExplorer(page, `/?actor=${encodeURIComponent(actor.id)}`);
  await page.getByRole('region', { name: 'Timeline' }).click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('p');
  await expectSlide(page, 1, mine.length);
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expectEvent(page, 2, mine.length);
  const url = new URL(page.url());
  expect(url.searchParams.get('mode')).toBe('present');
  expect(url.searchParams.get('slide')).toBe('3');
  expect(url.searchParams.getAll('actor')).toEqual([actor.id]);

  const copy = page.getByRole('button', { name: 'Copy link to this slide' });
  await expect(copy).toBeVisible();
  await copy.click();
  await expect(page.getByText('Link copied')).toBeVisible();
  const copied = new URL(await page.evaluate(() => navigator.clipboard.readText()));
  expect(copied.search).toBe(url.search);

  const other = await context.newPage();
  await other.setViewportSize({ width: 1280, height: 720 });
  await other.goto(copied.pathname + copied.search);
  await expectEvent(other, 2, mine.length);
  await expect(slide(other).getByRole('heading', { level: 2 })).toHaveText(mine[1].title);
});

test('the title slide of a filtered presentation says what the filter keeps ("Only events with Kim Jong Un"); unfiltered it says nothing of the kind', async ({
  page,
}) => {
  const { actor, events } = actorNamed(timeline, 'Kim Jong Un');
  await page.goto(`/?mode=present&actor=${encodeURIComponent(actor.id)}`);
  await expectSlide(page, 1, slidesOf(events).length);
  await expect(slide(page)).toContainText('Only events with Kim Jong Un');
  await page.goto('/?mode=present');
  await expectSlide(page, 1);
  await expect(slide(page)).not.toContainText('Only events');
});

test('a link to slide 4 opens straight into the third event; a slide past the end opens the last', async ({ page }) => {
  await page.goto('/?mode=present&slide=4');
  await expectEvent(page, 3);
  await expect(slide(page).getByRole('heading', { level: 2 })).toHaveText(all[2].title);
  await page.goto(`/?mode=present&slide=${n + 5}`);
  await expectEvent(page, n);
  await expect.poll(() => new URL(page.url()).searchParams.get('slide')).toBe(String(n + 1));
});

/** the longest title and quote: the card most likely to break the layout */
const longest = all.reduce(
  (best, e, i) =>
    e.title.length + slideSourcesOf(timeline, e)[0].sentence.length > all[best].title.length + slideSourcesOf(timeline, all[best])[0].sentence.length
      ? i
      : best,
  0,
);

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`${scheme} scheme`, () => {
    test.use({ colorScheme: scheme });
    test(`at 1280×720 card titles are ≥ 44 px, every other card text ≥ 28 px, and the card fits above the strip (${scheme})`, async ({ page }) => {
      // (no card fade, no strip move: the sizes are measured where they end, not mid-transition on a slow runner)
      await page.emulateMedia({ reducedMotion: 'reduce' });
      await page.goto(`/?mode=present&slide=${longest + 2}`);
      await expectEvent(page, longest + 1);
      const sizes = await slide(page).evaluate((el) => {
        const px = (sel: string) => [...el.querySelectorAll(sel)].map((e) => parseFloat(getComputedStyle(e).fontSize));
        const textEls = [...el.querySelectorAll('*')].filter((e) => [...e.childNodes].some((c) => c.nodeType === 3 && c.textContent!.trim()));
        const lastText = textEls.at(-1)!.getBoundingClientRect().bottom;
        return {
          title: px('h2'),
          body: textEls.filter((e) => e.tagName !== 'H2').map((e) => parseFloat(getComputedStyle(e).fontSize)),
          overflows: el.scrollHeight > el.clientHeight + 1,
          bottom: lastText,
          stripTop: document.querySelector('.present-strip')!.getBoundingClientRect().top,
        };
      });
      expect(sizes.title.length).toBe(1);
      expect(Math.min(...sizes.title)).toBeGreaterThanOrEqual(44);
      expect(sizes.body.length).toBeGreaterThan(2);
      expect(Math.min(...sizes.body)).toBeGreaterThanOrEqual(28);
      expect(sizes.overflows).toBe(false);
      expect(sizes.bottom).toBeLessThanOrEqual(sizes.stripTop);
      await page.screenshot({ path: `e2e/screenshots/present-${scheme}.png` });
    });
  });
}

test('on a 1920×1080 projector the card grows with the screen: titles ≥ 66 px, every other card text ≥ 39 px (1.5× and about the 1280×720 sizes), still above the strip', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  // (no card fade, no strip move: the sizes are measured where they end, not mid-transition on a slow runner)
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto(`/?mode=present&slide=${longest + 2}`);
  await expectEvent(page, longest + 1);
  const sizes = await slide(page).evaluate((el) => {
    const textEls = [...el.querySelectorAll('*')].filter((e) => [...e.childNodes].some((c) => c.nodeType === 3 && c.textContent!.trim()));
    return {
      title: parseFloat(getComputedStyle(el.querySelector('h2')!).fontSize),
      body: textEls.filter((e) => e.tagName !== 'H2').map((e) => parseFloat(getComputedStyle(e).fontSize)),
      overflows: el.scrollHeight > el.clientHeight + 1,
      bottom: textEls.at(-1)!.getBoundingClientRect().bottom,
      stripTop: document.querySelector('.present-strip')!.getBoundingClientRect().top,
      progress: parseFloat(getComputedStyle(document.querySelector('.present-progress')!).fontSize),
    };
  });
  expect(sizes.title).toBeGreaterThanOrEqual(66);
  expect(Math.min(...sizes.body)).toBeGreaterThanOrEqual(39);
  expect(sizes.progress).toBeGreaterThanOrEqual(42);
  expect(sizes.overflows).toBe(false);
  expect(sizes.bottom).toBeLessThanOrEqual(sizes.stripTop);
});

test('presentation mode has no serious or critical axe violations', async ({ page }) => {
  test.setTimeout(60_000);
  await page.goto('/?mode=present&slide=3');
  await expectEvent(page, 2);
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
    await page.goto('/?mode=present&slide=2');
    await expectEvent(page, 1);
    expect(await slide(page).evaluate((el) => getComputedStyle(el).animationName)).toBe('none');
  });
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
  test('a swipe turns the slide, and "2 / 10" stays on one line', async ({ page }) => {
    await page.goto('/?mode=present&slide=2');
    await expectEvent(page, 1);
    const progress = page.locator('.present-progress');
    // one line is about 1.2 font sizes high; "5 / 9" on three lines was over 3.5
    const { height, font } = await progress.evaluate((el) => ({ height: el.getBoundingClientRect().height, font: parseFloat(getComputedStyle(el).fontSize) }));
    expect(height).toBeLessThan(font * 1.7);
    await page.screenshot({ path: 'e2e/screenshots/present-phone.png' });

    // a real touch sequence (the browser turns it into pointer events), right to left across the card
    const box = (await page.locator('.present-stage').boundingBox())!;
    const y = box.y + box.height / 2;
    const cdp = await page.context().newCDPSession(page);
    const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', x: number) =>
      cdp.send('Input.dispatchTouchEvent', { type, touchPoints: type === 'touchEnd' ? [] : [{ x, y }] });
    await touch('touchStart', box.x + box.width * 0.8);
    for (let step = 1; step <= 5; step++) await touch('touchMove', box.x + box.width * (0.8 - step * 0.12));
    await touch('touchEnd', box.x + box.width * 0.2);
    await expectEvent(page, 2);
    // and left to right goes back
    await touch('touchStart', box.x + box.width * 0.2);
    for (let step = 1; step <= 5; step++) await touch('touchMove', box.x + box.width * (0.2 + step * 0.12));
    await touch('touchEnd', box.x + box.width * 0.8);
    await expectEvent(page, 1);
  });

  test('on a slide with every button, the bar is two lines: "2 / 10" and Exit on the first, the steps on the second', async ({ page }) => {
    const k = all.findIndex((e) => quotesOf(e) > 1);
    expect(k, 'the seeds have an event with two sources').toBeGreaterThanOrEqual(0);
    await page.goto(`/?mode=present&slide=${k + 2}`);
    await expectEvent(page, k + 1);
    const bar = page.locator('.present-bar');
    await expect(bar.getByRole('button', { name: 'All sources' })).toBeVisible();
    const tops = await bar.evaluate((el) =>
      [el.querySelector('.present-progress')!, ...el.querySelectorAll('button')].map((b) => ({
        text: b.textContent!.trim(),
        top: Math.round(b.getBoundingClientRect().top),
        bottom: Math.round(b.getBoundingClientRect().bottom),
      })),
    );
    // "Exit" wrapped to a line of its own under the other four buttons: three lines for a bar of five buttons
    // a line: the boxes that overlap in height (the progress and a button are of different heights, centred)
    let lines = 0;
    let lineBottom = Number.NEGATIVE_INFINITY;
    for (const t of [...tops].sort((a, b) => a.top - b.top)) {
      if (t.top >= lineBottom) lines++;
      lineBottom = t.top >= lineBottom ? t.bottom : Math.max(lineBottom, t.bottom);
    }
    expect(lines, JSON.stringify(tops)).toBeLessThanOrEqual(2);
    const exit = tops.find((t) => t.text === 'Exit')!;
    const progress = tops[0];
    expect(exit.top).toBeLessThan(progress.bottom);
    for (const t of tops) expect(t.bottom, t.text).toBeLessThanOrEqual(844);
    await page.screenshot({ path: 'e2e/screenshots/present-phone-bar.png' });
  });

  test('the hints name no keys a phone does not have: "Next for the first event", "+ N more quotes", no "(→)" or "(S)"', async ({ page }) => {
    await page.goto('/?mode=present&slide=1');
    await expectSlide(page, 1);
    // what is shown (innerText): the key hint is in the page, hidden on a touch screen
    const shown = () =>
      slide(page)
        .locator('.slide-hint')
        // biome-ignore lint/performance/useDomNodeTextContent: the rendered text is what is being checked
        .evaluate((el) => (el as HTMLElement).innerText.trim());
    await expect.poll(shown).toBe('Next for the first event');
    const most = all.reduce((best, e, i) => (quotesOf(e) > quotesOf(all[best]) ? i : best), 0);
    const more = quotesOf(all[most]) - 1;
    expect(more).toBeGreaterThan(0);
    await page.goto(`/?mode=present&slide=${most + 2}`);
    await expectEvent(page, most + 1);
    await expect.poll(shown).toBe(`+ ${more} more quote${more === 1 ? '' : 's'} · ${documentsOf(all[most])}`);
  });
});

test('on a screen with a keyboard, the hints name the keys: "Next (→) for the first event", "+ N more quotes (S)"', async ({ page }) => {
  await page.goto('/?mode=present&slide=1');
  await expectSlide(page, 1);
  await expect(slide(page).locator('.slide-hint')).toHaveText('Next (→) for the first event');
  const most = all.reduce((best, e, i) => (quotesOf(e) > quotesOf(all[best]) ? i : best), 0);
  const more = quotesOf(all[most]) - 1;
  await page.goto(`/?mode=present&slide=${most + 2}`);
  await expectEvent(page, most + 1);
  await expect(slide(page).locator('.slide-hint')).toHaveText(`+ ${more} more quote${more === 1 ? '' : 's'} · ${documentsOf(all[most])} (S)`);
});

/**
 * A slide counts quotes and names the documents they come from as the events table does: "Sources 1–2 of 56" on the
 * BBC spill coverage's rig explosion, "55 documents" in its row of the table (one document states it twice).
 */
test('a slide counts its quotes and says how many documents they come from, as the events table does', async ({ page }) => {
  // the event whose reports outnumber its documents the most (else the one with the most reports)
  const gap = (e: TimelineFile['events'][number]) => e.mentions.length - new Set(e.mentions.map((m) => m.doc)).size;
  const most = all.reduce((best, e, i) => (gap(e) * 1000 + e.mentions.length > gap(all[best]) * 1000 + all[best].mentions.length ? i : best), 0);
  const event = all[most];
  expect(quotesOf(event)).toBeGreaterThan(1);
  await openExplorer(page, `/?detail=all&background=shown&event=${encodeURIComponent(event.id)}`);
  const row = page
    .getByRole('table', { name: 'Events' })
    .locator('tbody tr')
    .filter({ has: page.getByRole('link', { name: event.title, exact: true }) });
  await expect(row.first().locator('.cell-sources')).toHaveText(documentsOf(event));
  await page.goto(`/?mode=present&slide=${most + 2}`);
  await expectEvent(page, most + 1);
  await expect(slide(page).locator('.slide-hint')).toContainText(
    `+ ${quotesOf(event) - 1} more quote${quotesOf(event) === 2 ? '' : 's'} · ${documentsOf(event)}`,
  );
  await page.keyboard.press('s');
  await expect(slide(page).locator('.slide-pager')).toContainText(new RegExp(`^Quotes? 1(–\\d+)? of ${quotesOf(event)} · ${documentsOf(event)}`));
});
