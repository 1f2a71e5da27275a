/**
 * What the tests expect is read from the timeline the site serves (dist/timeline.json, built by the extractor
 * in CI), never typed by hand, so the suite holds for whatever the real seeds produce.
 */
import { existsSync, readFileSync } from 'node:fs';
import { expect, type Page } from '@playwright/test';
import { dirname, join } from 'node:path';
import { formatDate } from '../src/app/store/dates';
import { sourcesInOrder } from '../src/app/store/sourceOrder';
import { joinTexts, type Mention, parseTexts, parseTimeline, type WholeTimeline } from '../src/schema/timeline';

/**
 * The folder the test server serves (playwright.config.ts): E2E_DIST when a run serves another build (another
 * worktree's, in /tmp). Everything the tests read from the served site is read from here: mydocs.spec read
 * ./dist/documents whatever E2E_DIST said, and failed (or checked a stale build) when ./dist was not the one served.
 */
export const DIST = process.env.E2E_DIST ?? 'dist';

/** The served timeline as one file, its texts joined in (the site serves it in two parts), ready to serve again. */
export function servedTimeline(): WholeTimeline {
  const path = [join(DIST, 'timeline.json'), 'data/timeline.json'].find((p) => existsSync(p));
  if (!path) throw new Error('no timeline.json: run the build first');
  const parsed = parseTimeline(readFileSync(path, 'utf8'));
  if (!parsed.ok) throw new Error(parsed.error);
  const ref = parsed.timeline.texts;
  if (!ref) return parsed.timeline as WholeTimeline;
  const texts = parseTexts(readFileSync(join(dirname(path), ref.file), 'utf8'), parsed.timeline);
  if (!texts.ok) throw new Error(texts.error);
  return joinTexts(parsed.timeline, texts.texts);
}

export function actorNamed(timeline: Pick<WholeTimeline, 'actors' | 'events'>, name: string) {
  const actor = timeline.actors.find((a) => a.name === name);
  if (!actor) throw new Error(`the timeline has no actor "${name}"`);
  return { actor, events: timeline.events.filter((e) => e.actors.includes(actor.id)) };
}

/** An event's reports as the details, the slides and the handout list them: the earliest published first. */
export function sourcesOf<M extends Pick<Mention, 'doc'>>(timeline: Pick<WholeTimeline, 'documents'>, event: { mentions: readonly M[] }): M[] {
  return sourcesInOrder(event.mentions, { docById: new Map(timeline.documents.map((d) => [d.id, d])) });
}

/** The reports a slide and the handout quote, in their order: the one the title was written from, then the rest as published. */
export function slideSourcesOf<M extends Pick<Mention, 'doc'>>(timeline: Pick<WholeTimeline, 'documents'>, event: { mentions: readonly M[] }): M[] {
  return [...event.mentions.slice(0, 1), ...sourcesOf(timeline, { mentions: event.mentions.slice(1) })];
}

/** Opens the explorer and waits until the timeline has drawn. */
export async function openExplorer(page: Page, path = '/') {
  await page.goto(path);
  await expect(page.getByRole('region', { name: 'Timeline' })).toBeVisible();
  await expect(page.locator('.vis-item').filter({ visible: true }).first()).toBeVisible();
}

export const eventsTable = (page: Page) => page.getByRole('table', { name: 'Events' });

/** the rows drawn now: every row up to 200 events, only those around the view past that */
export const eventRows = (page: Page) => eventsTable(page).locator('tbody tr[aria-rowindex]');

/** The table says how many events it lists (aria-rowcount counts the header row too), and so does the count line. */
export async function expectListed(page: Page, shown: number, total: number) {
  await expect(page.getByRole('status').filter({ hasText: /^\d+ of \d+ events$/ })).toHaveText(`${shown} of ${total} events`);
  await expect(eventsTable(page)).toHaveAttribute('aria-rowcount', String(shown + 1));
}

/** From the first row, End moves the focus to the last listed event's row (of `listed`), scrolling it into view. */
export async function lastRowByKeys(page: Page, listed: number) {
  await eventRows(page).first().getByRole('link').focus();
  await page.keyboard.press('End');
  const row = eventsTable(page).locator(`tbody tr[aria-rowindex="${listed + 1}"]`);
  await expect(row.getByRole('link')).toBeFocused();
  await expect(row).toBeInViewport();
  return row;
}

/** A button of the header's "More" menu (lanes, the handout, exports, the timeline file), the menu opened first. */
export async function moreAction(page: Page, name: string) {
  const more = page.getByRole('button', { name: 'More', exact: true });
  if ((await more.getAttribute('aria-expanded')) !== 'true') await more.click();
  return page.getByRole('button', { name, exact: true });
}

export function collectPageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  return errors;
}

/** How a slide and the handout cite a report: "— Title, Publisher, 30 Nov 2024 (according to KCNA)", each part it has. */
export function citeLine(timeline: Pick<WholeTimeline, 'documents'>, m: Mention): string {
  const d = timeline.documents.find((doc) => doc.id === m.doc)!;
  const article = [d.title || d.id, d.publisher, d.published && formatDate(d.published.value, d.published.precision)].filter(Boolean).join(', ');
  return `— ${article}${m.attribution ? ` (according to ${m.attribution})` : ''}`;
}

/**
 * How many key events the first view settles on: keyEventsFor's reckoning, made fewer once the first fit is drawn
 * when its stack hides some (TimelineView.tsx fitKeyEvents). Read once no stack cue shows and the count has held.
 */
export async function settledKeyEvents(page: Page): Promise<number> {
  const status = page.getByRole('status').filter({ hasText: /^\d+ of \d+ events$/ });
  let last = -1;
  await expect
    .poll(
      async () => {
        const now = (await page.locator('.stack-cue').count()) ? -1 : Number((await status.textContent())?.split(' ')[0]);
        const held = now >= 0 && now === last;
        last = now;
        return held;
      },
      { intervals: [300] },
    )
    .toBe(true);
  return last;
}
