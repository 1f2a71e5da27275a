import { expect, test } from '@playwright/test';
import { actorNamed, eventRows, openExplorer, servedTimeline, sourcesOf } from './support';
import { spillTimeline } from '../src/app/store/__fixtures__/spillTimeline';

const timeline = servedTimeline();
// the best-reported event about Belousov: the one a reader would check first
const { events } = actorNamed(timeline, 'Andrei Belousov');
const event = [...events].sort((a, b) => b.mentions.length - a.mentions.length)[0];

test('selecting an event shows the quote from each of its sources', async ({ page }) => {
  await openExplorer(page);
  await eventRows(page).getByRole('link', { name: event.title, exact: true }).first().click();
  const details = page.getByRole('region', { name: 'Event details' });
  await expect(details.getByRole('heading', { name: event.title })).toBeVisible();
  const quotes = details.locator('blockquote');
  await expect(quotes).toHaveCount(event.mentions.length);
  for (const [i, m] of sourcesOf(timeline, event).entries()) await expect(quotes.nth(i)).toHaveText(m.sentence.replace(/\s+/g, ' ').trim());
  const docs = new Set(event.mentions.map((m) => m.doc)).size;
  await expect(details).toContainText(`reported by ${docs} document${docs === 1 ? '' : 's'}`);
  expect(new URL(page.url()).searchParams.get('event')).toBe(event.id);
  // the timeline selects the same event, and the details are on screen beside it
  await expect(page.locator('.vis-item.vis-selected').first()).toBeInViewport();
  await expect(details.getByRole('heading', { name: event.title })).toBeInViewport();
  await expect(quotes.first()).toBeInViewport();
  await page.screenshot({ path: 'e2e/screenshots/details-open.png' });

  // a reload keeps the selection
  await page.reload();
  await expect(details.getByRole('heading', { name: event.title })).toBeVisible();
});

test('an actor chip filters by that actor', async ({ page }) => {
  await openExplorer(page);
  await eventRows(page).getByRole('link', { name: event.title, exact: true }).first().click();
  const details = page.getByRole('region', { name: 'Event details' });
  await details.getByRole('button', { name: 'Andrei Belousov', exact: true }).click();
  await expect(eventRows(page)).toHaveCount(events.length);
  // the details stand in the filters' place; closing them shows the filters, with him ticked
  await page.keyboard.press('Escape');
  await expect(page.getByRole('region', { name: 'Filters' }).getByRole('checkbox', { name: /^Andrei Belousov\b/ })).toBeChecked();
});

test('clicking an item on the timeline selects its event', async ({ page }) => {
  await openExplorer(page);
  await page.locator('.vis-item .ev-title').first().click();
  await expect(page.getByRole('region', { name: 'Event details' }).locator('h2')).not.toHaveCount(0);
  expect(new URL(page.url()).searchParams.get('event')).toBeTruthy();
});

test('a source phrase that names no one ("The find suggests…", "it was revealed…") is not cited as a source; a named one is', async ({ page }) => {
  // the seeds, one report's attribution as the build gave it for "The find suggests the scale of the potential
  // environmental disaster is much worse…", another's named
  const garbled = structuredClone(timeline);
  const [named, thing] = garbled.events.filter((e) => e.mentions.length === 1).slice(0, 2);
  named.mentions[0].attribution = 'The US Coast Guard';
  thing.mentions[0].attribution = 'The find';
  await page.route('**/garbled.json', (route) => route.fulfill({ contentType: 'application/json', body: JSON.stringify(garbled) }));
  await openExplorer(page, '/?data=garbled.json');
  const details = page.getByRole('region', { name: 'Event details' });
  await eventRows(page).getByRole('link', { name: thing.title, exact: true }).first().click();
  await expect(details.getByRole('heading', { name: thing.title })).toBeVisible();
  await expect(details.locator('blockquote')).toHaveCount(1);
  await expect(details).not.toContainText('according to');
  await page.keyboard.press('Escape');
  await eventRows(page).getByRole('link', { name: named.title, exact: true }).first().click();
  await expect(details.getByRole('heading', { name: named.title })).toBeVisible();
  await expect(details.locator('.attribution')).toHaveText('according to The US Coast Guard');
  await page.keyboard.press('Escape');
  // the Cited sources filter offers the named source, not the thing
  const cited = page.getByRole('group', { name: 'Cited sources' });
  await expect(cited.getByRole('checkbox', { name: /^according to The US Coast Guard\b/ })).toBeVisible();
  await expect(cited.getByRole('checkbox', { name: /The find/ })).toHaveCount(0);
});

test('a link to an event the timeline does not show says why, and one click shows it', async ({ page }) => {
  // a large collection (the spill fixture): a background event is folded away, as a link to it from the BBC's
  // coverage found (?event= a 1991 event: its details opened beside a timeline and a table that did not have it)
  const spill = spillTimeline();
  await page.route('**/spill.json', (route) => route.fulfill({ contentType: 'application/json', body: JSON.stringify(spill) }));
  const folded = spill.events.find((e) => e.importanceWhy?.period === 'background')!;
  await openExplorer(page, `/?data=spill.json&event=${encodeURIComponent(folded.id)}`);
  const details = page.getByRole('region', { name: 'Event details' });
  await expect(details.getByRole('heading', { level: 2 })).toHaveText(folded.title);
  await expect(details).toContainText('Not on the timeline now: it is dated outside the story, folded away');
  await expect(eventRows(page).getByRole('link', { name: folded.title, exact: true })).toHaveCount(0);
  await details.getByRole('button', { name: 'show all events' }).click();
  await expect(eventRows(page).getByRole('link', { name: folded.title, exact: true })).toHaveCount(1);
  await expect(details).not.toContainText('Not on the timeline now');
  // and the timeline goes to it: a fit of the story left a 1905 event out of view
  const item = page.locator('.vis-item.vis-selected').filter({ hasText: folded.title });
  await expect(item).toBeVisible();
  await expect(item).toBeInViewport();

  // the seeds: a filter that leaves the open event out
  const timeline = servedTimeline();
  const { actor } = actorNamed(timeline, 'Andrei Belousov');
  const other = timeline.events.find((e) => !e.actors.includes(actor.id))!;
  await openExplorer(page, `/?actor=${encodeURIComponent(actor.id)}&event=${encodeURIComponent(other.id)}`);
  await expect(details).toContainText('Not on the timeline now: the filters leave it out');
  await details.getByRole('button', { name: 'clear filters' }).click();
  await expect(eventRows(page).getByRole('link', { name: other.title, exact: true })).toHaveCount(1);
});
