import { expect, test, type Page } from '@playwright/test';
import { formatDate } from '../src/app/store/dates';
import { actorNamed, eventRows, expectListed, openExplorer, servedTimeline } from './support';

const timeline = servedTimeline();
const total = timeline.events.length;
const { actor, events: hisEvents } = actorNamed(timeline, 'Andrei Belousov');

const belousovBox = (page: Page) => page.getByRole('region', { name: 'Filters' }).getByRole('checkbox', { name: /^Andrei Belousov\b/ });

test('checking "Andrei Belousov" leaves exactly his events, updates the count and the URL; reload keeps it', async ({ page }) => {
  expect(hisEvents.length).toBeGreaterThan(0);
  await openExplorer(page);
  await page.getByPlaceholder('Find an actor').fill('Belousov');
  await belousovBox(page).check();

  await expectListed(page, hisEvents.length, total);
  await expect(eventRows(page)).toHaveCount(hisEvents.length);
  for (const e of hisEvents) await expect(eventRows(page).filter({ hasText: e.title }).first()).toBeVisible();
  expect(new URL(page.url()).searchParams.getAll('actor')).toEqual([actor.id]);
  // the timeline draws only his events
  await page.getByRole('button', { name: 'Fit all' }).click();
  expect(await page.locator('.vis-item.vis-point, .vis-item.vis-range').count()).toBeLessThanOrEqual(hisEvents.length);

  await page.reload();
  await expect(belousovBox(page)).toBeChecked();
  await expectListed(page, hisEvents.length, total);

  // back returns to the unfiltered view, forward to his events again
  await page.goBack();
  await expectListed(page, total, total);
  await page.goForward();
  await expectListed(page, hisEvents.length, total);
});

test('a link naming an actor this timeline does not have says so and shows the events the other filters keep', async ({ page }) => {
  await openExplorer(page, '/?actor=nobody-here');
  await expectListed(page, total, total);
  const notice = page.getByRole('status').filter({ hasText: 'not in this timeline' });
  await expect(notice).toHaveText(/^The actor “nobody-here” in this link is not in this timeline, so it filters nothing\./);
  await expect(page.getByText('No events match these filters')).toHaveCount(0);
  // beside a known actor, the known one filters as it would alone
  await page.goto(`/?actor=nobody-here&actor=${encodeURIComponent(actor.id)}`);
  await expectListed(page, hisEvents.length, total);
  await expect(notice).toBeVisible();
  // OK drops the unknown actor from the address, and the notice goes
  await notice.getByRole('button', { name: 'OK' }).click();
  await expect(notice).toHaveCount(0);
  expect(new URL(page.url()).searchParams.getAll('actor')).toEqual([actor.id]);
  await expectListed(page, hisEvents.length, total);
});

test('a link typed by hand with an actor’s name, in any case, filters by that actor (?actor=BP for the actor "bp")', async ({ page }) => {
  // the BBC's spill coverage answered ?actor=BP with "The actor “BP” in this link is not in this timeline" over its BP
  await openExplorer(page, `/?actor=${encodeURIComponent(actor.name.toUpperCase())}`);
  await expectListed(page, hisEvents.length, total);
  await expect(belousovBox(page)).toBeChecked();
  await expect(page.getByRole('status').filter({ hasText: 'not in this timeline' })).toHaveCount(0);
  // the next step writes the actor's id into the address
  await page.getByPlaceholder('Titles and quotes').fill(hisEvents[0].title.split(' ')[0]);
  await expect.poll(() => new URL(page.url()).searchParams.getAll('actor')).toEqual([actor.id]);
});

test('text search narrows the events, and Clear all brings every event back', async ({ page }) => {
  await openExplorer(page);
  const word = hisEvents[0].title.split(/\s+/).find((w) => w.length > 4) ?? hisEvents[0].title;
  const expected = timeline.events.filter((e) => [e.title, ...e.mentions.map((m) => m.sentence)].join('\n').toLowerCase().includes(word.toLowerCase())).length;
  await page.getByRole('searchbox', { name: 'Search events' }).fill(word);
  await expectListed(page, expected, total);
  expect(new URL(page.url()).searchParams.get('q')).toBe(word);

  await page.getByRole('searchbox', { name: 'Search events' }).fill('zzzz-no-such-words');
  // said once among the events, at their top (not again under the table's header)
  const events = page.locator('.events-pane');
  await expect(events.getByText('No events match these filters')).toHaveCount(1);
  await expect(events.getByText('No events match these filters')).toBeVisible();
  // and over the empty timeline, where a class is looking, inside its frame
  const over = page.getByRole('region', { name: 'Timeline' }).getByText('No events match these filters');
  await expect(over).toBeVisible();
  const frame = (await page.locator('.timeline-host').boundingBox())!;
  const box = (await over.boundingBox())!;
  expect(box.y).toBeGreaterThan(frame.y);
  expect(box.y + box.height).toBeLessThan(frame.y + frame.height);
  await page.getByRole('button', { name: 'Clear all' }).click();
  await expectListed(page, total, total);
});

test('a cited source written in two cases ("The US Coast Guard" opening a sentence) is one option that ticks all its events', async ({ page }) => {
  // the seeds, three of their reports credited to one source the way articles write it, at a sentence's start and inside one
  const cased = structuredClone(timeline);
  const credited = cased.events.slice(0, 3);
  expect(credited).toHaveLength(3);
  credited.forEach((e, i) => {
    e.mentions[0].attribution = i === 0 ? 'The US Coast Guard' : 'the US Coast Guard';
  });
  await page.route('**/cased.json', (route) => route.fulfill({ contentType: 'application/json', body: JSON.stringify(cased) }));
  await openExplorer(page, '/?data=cased.json');
  const cited = page.getByRole('group', { name: 'Cited sources' });
  const options = cited.getByRole('checkbox', { name: /coast guard/i });
  await expect(options).toHaveCount(1);
  await expect(cited.locator('label', { hasText: /coast guard/i })).toHaveText(/^according to the US Coast Guard\s*3 events$/);
  await options.check();
  await expectListed(page, 3, total);
  for (const e of credited) await expect(eventRows(page).filter({ hasText: e.title }).first()).toBeVisible();
});

test('the Documents filter lists the articles in the order they were published, each with its date', async ({ page }) => {
  await openExplorer(page);
  const dated = [...timeline.documents].sort(
    (a, b) =>
      (a.published ? 0 : 1) - (b.published ? 0 : 1) ||
      (a.published && b.published ? a.published.value.localeCompare(b.published.value) : 0) ||
      (a.title || a.id).localeCompare(b.title || b.id),
  );
  // the seeds' files are not in the order of their dates: the list is sorted, not left in file order
  expect(dated.map((d) => d.id)).not.toEqual(timeline.documents.map((d) => d.id));
  const labels = page.getByRole('group', { name: 'Documents' }).locator('.option-label');
  await expect(labels).toHaveText(dated.map((d) => `${d.published ? `${formatDate(d.published.value, d.published.precision)} · ` : ''}${d.title || d.id}`));
});

test('"Find an actor" finds names by the start of a word, not letters inside one, and says when none has it', async ({ page }) => {
  await openExplorer(page);
  const actors = page.getByRole('group', { name: 'Actors' });
  const find = page.getByPlaceholder('Find an actor');
  const startsAWord = (q: string) =>
    timeline.actors.filter((a) => [a.name, ...a.aliases].some((n) => new RegExp(`(^|[^\\p{L}\\p{N}])${q}`, 'iu').test(n))).map((a) => a.name);
  // "so" is inside Belousov and starts South Korea: only South Korea is listed
  expect(timeline.actors.some((a) => a.name === 'Andrei Belousov')).toBe(true);
  await find.fill('so');
  await expect(actors.getByRole('checkbox')).toHaveCount(startsAWord('so').length);
  await expect(actors.getByRole('checkbox', { name: /^Andrei Belousov\b/ })).toHaveCount(0);
  await expect(actors.getByRole('checkbox', { name: /^South Korea\b/ })).toBeVisible();
  // an alias's word counts: "jong" finds Kim Jong Un
  await find.fill('jong');
  await expect(actors.getByRole('checkbox', { name: /^Kim Jong Un\b/ })).toBeVisible();
  await find.fill('xq');
  await expect(actors.getByRole('checkbox')).toHaveCount(0);
  await expect(actors).toContainText('No actor’s name has a word starting “xq”.');
});

test('a shared link to one actor with an event open says, over the events, that only that actor’s events are shown (the filters’ panel is not on screen)', async ({
  page,
}) => {
  for (const viewport of [
    { width: 1280, height: 720 },
    { width: 390, height: 844 },
  ]) {
    await page.setViewportSize(viewport);
    await openExplorer(page, `/?actor=${encodeURIComponent(actor.id)}&event=${encodeURIComponent(hisEvents[0].id)}`);
    await expect(page.getByRole('region', { name: 'Event details' }).getByRole('heading', { name: hisEvents[0].title })).toBeVisible();
    // the details have the filters' place (a drawer, closed, on a phone): the ticked box is not to be seen
    await expect(belousovBox(page)).not.toBeInViewport();
    if (viewport.width < 600) await page.getByRole('button', { name: 'Close details' }).click();
    const note = page.locator('.events-pane').getByText('Showing only events with Andrei Belousov');
    await expect(note).toBeInViewport();
    await note.getByRole('button', { name: 'clear filters' }).click();
    await expectListed(page, total, total);
    await expect(note).toHaveCount(0);
  }
});

test('a shared link to one actor with another’s event open (?actor=X&event=Y, Y without X) opens on X’s events, their labels whole, not on Y’s empty days', async ({
  page,
}) => {
  const other = timeline.events.find((e) => !e.actors.includes(actor.id))!;
  for (const viewport of [
    { width: 1280, height: 720 },
    { width: 390, height: 844 },
  ]) {
    await page.setViewportSize(viewport);
    await page.goto(`/?actor=${encodeURIComponent(actor.id)}&event=${encodeURIComponent(other.id)}`);
    await expect(page.getByRole('region', { name: 'Event details' }).getByRole('heading', { name: other.title })).toBeVisible();
    await expect(page.locator('.vis-item.vis-point, .vis-item.vis-range')).toHaveCount(hisEvents.length);
    // every one of his events is drawn inside the timeline with its whole label (Y's window showed none of them)
    const drawn = await page.locator('.timeline-host').evaluate(async (host) => {
      for (let f = 0; f < 3; f++) await new Promise(requestAnimationFrame);
      const panel = host.querySelector('.vis-panel.vis-center')!.getBoundingClientRect();
      return [...host.querySelectorAll('.vis-item.vis-point, .vis-item.vis-range')].map((el) => {
        const label = (el.querySelector('.ev-content') ?? el).getBoundingClientRect();
        return { text: el.textContent, left: label.left, right: label.right, panel: { left: panel.left, right: panel.right } };
      });
    });
    for (const d of drawn) {
      expect(d.left, `${d.text} ${JSON.stringify(d)}`).toBeGreaterThanOrEqual(d.panel.left - 0.5);
      expect(d.right, `${d.text} ${JSON.stringify(d)}`).toBeLessThanOrEqual(d.panel.right + 0.5);
    }
    expect(drawn.length).toBe(hisEvents.length);
  }
});
