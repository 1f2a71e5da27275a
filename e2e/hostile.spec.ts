/**
 * Hostile and broken input in the browser (issue 6): document text is untrusted. A timeline built by the
 * real extractor from documents full of markup, and a hand-edited one with markup in its titles and
 * actor names, are opened; every event is hovered and selected, the reader and the list are shown, and
 * no payload runs, while the markup stays visible as text.
 */
import { expect, test, type Page } from '@playwright/test';
import { buildTimeline } from '../src/extract/pipeline';
import type { TimelineFile } from '../src/schema/timeline';
import { shortTitle } from '../src/app/timeline/items';
import { collectPageErrors, moreAction, openExplorer, servedTimeline } from './support';

// Each payload would set window.__pwned or open a dialog if it ever ran.
const IMG = '<img src=x onerror="window.__pwned=1">';
const SCRIPT = '<script>window.__pwned=2</script>';
const LINK = '<a href="javascript:window.__pwned=3">click</a>';
const STYLE = '<b style="position:fixed;inset:0;background:red">cover</b>';

const hostileDocuments = [
  {
    id: 'hostile-1.txt',
    text: `Ministers ${IMG} meet in Pyongyang\nSeoul, December 1, 2024 – Kim Jong Un met Vladimir Putin on November 29, 2024 ${IMG} to sign a treaty.\nThe report, published by KCNA on November 30, 2024, said ${SCRIPT} the talks went well.\n`,
  },
  {
    id: 'hostile-2.md',
    text: `# Talks ${LINK}\n\nPublished: November 30, 2024\n\nVladimir Putin met Kim Jong Un on November 29, 2024 ${STYLE} in Pyongyang, according to ${LINK} KCNA.\n`,
  },
];

function hostileTimeline(): TimelineFile {
  return buildTimeline(hostileDocuments.map((d) => ({ id: d.id, bytes: new TextEncoder().encode(d.text) })));
}

/** The seeds' timeline with markup written into titles, actor names and quotes, as a hand edit could. */
function handEditedTimeline(): TimelineFile {
  const t = structuredClone(servedTimeline());
  t.events.forEach((e, i) => {
    e.title = `${[IMG, SCRIPT, LINK, STYLE][i % 4]} ${e.title}`;
  });
  // A spreadsheet formula where a spreadsheet would run it: the first cell of a row.
  t.events[0].title = `=HYPERLINK("http://example.invalid","open") ${t.events[0].title}`;
  t.actors.forEach((a) => {
    a.name = `${a.name} ${IMG}`;
  });
  t.documents.forEach((d) => {
    d.title = `${SCRIPT}${d.title}`;
  });
  return t;
}

async function serve(page: Page, name: string, timeline: TimelineFile) {
  await page.route(`**/${name}`, (route) => route.fulfill({ contentType: 'application/json', body: JSON.stringify(timeline) }));
}

async function expectNothingRan(page: Page, dialogs: string[]) {
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  expect(dialogs).toEqual([]);
  expect(await page.locator('.vis-timeline img, main img[src="x"], a[href^="javascript:"], script:not([src])').count()).toBe(0);
}

async function visitEverything(page: Page, events: number) {
  const items = page.locator('.vis-item');
  await page.getByRole('button', { name: 'Fit all' }).click();
  const count = await items.count();
  for (let i = 0; i < count; i++) {
    await items.nth(i).hover({ force: true });
    await items.nth(i).click({ force: true });
  }
  const rows = page.getByRole('table', { name: 'Events' }).locator('tbody tr');
  await expect(rows).toHaveCount(events);
  for (let i = 0; i < events; i++) {
    await rows.nth(i).click();
    await expect(page.getByRole('region', { name: 'Event details' })).toBeVisible();
    const read = page
      .getByRole('region', { name: 'Event details' })
      .getByRole('link', { name: /read in document/i })
      .first();
    if (await read.count()) await read.click();
  }
}

for (const [name, make] of [
  ['built by the extractor from documents full of markup', hostileTimeline],
  ['edited by hand with markup in titles and actor names', handEditedTimeline],
] as const) {
  test(`a timeline ${name} shows the markup as text and runs none of it`, async ({ page }) => {
    test.setTimeout(120_000);
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    const timeline = make();
    expect(timeline.events.length).toBeGreaterThan(0);
    await serve(page, 'hostile.json', timeline);
    await openExplorer(page, '/?data=hostile.json');
    await visitEverything(page, timeline.events.length);
    await expectNothingRan(page, dialogs);
    // The markup is there to read, as text.
    await expect(page.locator('body')).toContainText('onerror=');
    await page.screenshot({ path: `e2e/screenshots/hostile-${name.split(' ')[0]}.png` });

    // Exports carry the markup as data, never as live HTML; CSV cells cannot start a formula.
    const csvDownload = page.waitForEvent('download');
    await (await moreAction(page, 'Export CSV')).click();
    const csv = await (await csvDownload).createReadStream().then(async (stream) => {
      const chunks: Buffer[] = [];
      for await (const c of stream) chunks.push(c as Buffer);
      return Buffer.concat(chunks).toString('utf8');
    });
    expect(csv).toContain('onerror=');
    if (name.startsWith('edited')) expect(csv).toContain("'=HYPERLINK");
    expect(csv.split(/\r?\n/).every((line) => !/(^|,)"?[=+\-@]/.test(line))).toBe(true);

    // Presentation: every slide, with every source revealed.
    await page.keyboard.press('p');
    const slides = page.getByRole('region', { name: /^Slide \d+ of \d+$/ });
    await expect(slides).toBeVisible();
    await page.keyboard.press('s');
    for (let i = 0; i < timeline.events.length; i++) {
      await expect(slides).toBeVisible();
      await page.keyboard.press('ArrowRight');
    }
    await expectNothingRan(page, dialogs);
    await page.keyboard.press('Escape');

    // The printed handout.
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('body')).toContainText('onerror=');
    await expectNothingRan(page, dialogs);
  });
}

test('malformed JSON names the problem instead of a blank page', async ({ page }) => {
  await page.route('**/malformed.json', (route) => route.fulfill({ contentType: 'application/json', body: '{"schemaVersion": 1, "documents": [' }));
  await page.goto('/?data=malformed.json');
  await expect(page.getByRole('alert')).toContainText(/not valid JSON/i);
});

test('an unknown schemaVersion names the version it cannot read', async ({ page }) => {
  await serve(page, 'future.json', { ...servedTimeline(), schemaVersion: 7 as unknown as 2 });
  await page.goto('/?data=future.json');
  await expect(page.getByRole('alert')).toContainText('schemaVersion 7');
});

test('a file that fails validation names the field', async ({ page }) => {
  const t = structuredClone(servedTimeline());
  (t.actors[0] as { kind: string }).kind = 'alien';
  await serve(page, 'invalid.json', t);
  await page.goto('/?data=invalid.json');
  await expect(page.getByRole('alert')).toContainText('actors.0.kind');
});

// ---- issue 14: no blank page, whatever the file or the address holds ----

const PROTOTYPE_NAMES = ['constructor', '__proto__', 'toString', 'valueOf', 'hasOwnProperty'];

/**
 * The seeds' timeline with event, actor and document ids named after members of Object.prototype (the CLI itself
 * makes the actor id "constructor" from an actors.json entry named "Constructor"). copies > 1 repeats every event
 * under new ids, past the 200 events the timeline hands vis-timeline whole.
 */
function prototypeNamed(copies = 1): TimelineFile {
  const t = structuredClone(servedTimeline());
  const actorIds = new Map(t.actors.slice(0, PROTOTYPE_NAMES.length).map((a, i) => [a.id, PROTOTYPE_NAMES[i]]));
  const docIds = new Map(t.documents.slice(0, 2).map((d, i) => [d.id, PROTOTYPE_NAMES[i]]));
  const actor = (id: string) => actorIds.get(id) ?? id;
  const doc = (id: string) => docIds.get(id) ?? id;
  for (const a of t.actors) a.id = actor(a.id);
  for (const d of t.documents) d.id = doc(d.id);
  for (const w of t.warnings) w.doc = doc(w.doc);
  t.events.forEach((e, i) => {
    if (i < PROTOTYPE_NAMES.length) e.id = PROTOTYPE_NAMES[i];
    e.actors = e.actors.map(actor);
    for (const m of e.mentions) m.doc = doc(m.doc);
    for (const c of e.conflicts ?? []) c.doc = doc(c.doc);
  });
  const originals = [...t.events];
  for (let k = 1; k < copies; k++) for (const e of originals) t.events.push({ ...structuredClone(e), id: `${e.id}-copy-${k}` });
  return t;
}

for (const [lanes, copies] of [
  ['none', 1],
  ['actor', 1],
  ['source', 1],
  ['none', 25],
  ['actor', 25],
] as const) {
  test(`ids named constructor, __proto__, toString… draw and select like any other (lanes ${lanes}, ${copies > 1 ? 'over 200 events' : 'the seeds'})`, async ({
    page,
  }) => {
    const errors = collectPageErrors(page);
    const t = prototypeNamed(copies);
    await serve(page, 'prototype.json', t);
    await openExplorer(page, `/?data=prototype.json&lanes=${lanes}`);
    await page.getByRole('button', { name: 'Fit all' }).click();
    await expect(page.locator('.vis-item').filter({ visible: true }).first()).toBeVisible();
    if (lanes === 'actor') await expect(page.locator('.vis-label').filter({ hasText: t.actors[0].name })).toHaveCount(1);
    // a document's lane: its publisher over the first words of its title
    if (lanes === 'source') await expect(page.locator('.vis-label').filter({ hasText: shortTitle(t.documents[0].title) })).toHaveCount(1);
    for (const id of PROTOTYPE_NAMES) {
      await page.goto(`/?data=prototype.json&lanes=${lanes}&event=${id}`);
      const event = t.events.find((e) => e.id === id)!;
      await expect(page.getByRole('region', { name: 'Event details' }).getByRole('heading', { level: 2 })).toHaveText(event.title);
    }
    await expect(page.locator('.vis-item').filter({ visible: true }).first()).toBeVisible();
    expect(errors).toEqual([]);
  });
}

test('two events under one id: the page names the duplicate and where the first one is, not a blank page', async ({ page }) => {
  const t = structuredClone(servedTimeline());
  t.events[1].id = t.events[0].id;
  await serve(page, 'twice.json', t);
  await page.goto('/?data=twice.json');
  await expect(page.getByRole('alert')).toContainText(`events.1.id: duplicate event id "${t.events[0].id}" (events.0 has it too)`);
});

test('dates that are not on the calendar are refused with the field and the reason, a conflicting report’s date too', async ({ page }) => {
  const month13 = structuredClone(servedTimeline());
  Object.assign(month13.events[0].date, { value: '2024-13-45', precision: 'day' });
  await serve(page, 'month13.json', month13);
  await page.goto('/?data=month13.json');
  await expect(page.getByRole('alert')).toContainText('events.0.date.value: "2024-13-45" has month 13, and months run from 01 to 12');
  await expect(page.locator('body')).not.toContainText('Feb 2025');

  const conflict = structuredClone(servedTimeline());
  conflict.events[2].conflicts = [{ value: 'soon', precision: 'day', doc: conflict.documents[0].id, text: 'soon' }];
  await serve(page, 'conflict.json', conflict);
  await page.goto('/?data=conflict.json');
  await expect(page.getByRole('alert')).toContainText('events.2.conflicts.0.value: "soon" is not an ISO date');
});

test('an event of the year 50 is listed, described and drawn in the year 50, not 1950', async ({ page }) => {
  const t = structuredClone(servedTimeline());
  Object.assign(t.events[0].date, { value: '0050-06-19', precision: 'day' });
  await serve(page, 'year50.json', t);
  await openExplorer(page, '/?data=year50.json');
  const row = page
    .getByRole('table', { name: 'Events' })
    .locator('tbody tr')
    .filter({ has: page.getByRole('link', { name: t.events[0].title, exact: true }) });
  await expect(row.locator('td').first()).toHaveText(/^19 Jun 50\b/);
  await row.getByRole('link').click();
  await expect(page.getByRole('region', { name: 'Event details' })).toContainText('19 Jun 50');
  await expect(page.locator('body')).not.toContainText('1950');
  // a window around the year 50 shows it (drawn in 1950, it would be out of view)
  await page.goto('/?data=year50.json&start=0049-06-01&end=0051-06-01');
  await expect(page.locator('.vis-item').filter({ hasText: t.events[0].title }).first()).toBeInViewport();
});

test('an event dated 9999 does not leave "Fit all" showing nothing; past 10,000 years the view says what it leaves out', async ({ page }) => {
  const far = structuredClone(servedTimeline());
  const last = far.events.length - 1;
  Object.assign(far.events[last].date, { value: '9999-06-01', precision: 'day' });
  await serve(page, 'far.json', far);
  await openExplorer(page, '/?data=far.json');
  await page.getByRole('button', { name: 'Fit all' }).click();
  const timeline = page.getByRole('region', { name: 'Timeline' });
  await expect(timeline.locator('.vis-item').filter({ hasText: far.events[0].title }).first()).toBeInViewport();
  await expect(timeline.locator('.vis-item').filter({ hasText: far.events[last].title }).first()).toBeInViewport();
  await expect(timeline.getByRole('status')).toHaveCount(0);

  const wider = structuredClone(far);
  Object.assign(wider.events[0].date, { value: '0000-01-01', precision: 'day' });
  await serve(page, 'wider.json', wider);
  await openExplorer(page, '/?data=wider.json');
  await page.getByRole('button', { name: 'Fit all' }).click();
  await expect(timeline.getByRole('status')).toHaveText('1 event lies outside this view: the timeline shows at most 10,000 years at once.');
  await expect(timeline.locator('.vis-item').filter({ hasText: far.events[1].title }).first()).toBeInViewport();
});

/** Makes this browser's Intl throw on one date: a stand-in for any record one pane cannot draw. */
async function poisonDate(page: Page, iso: string) {
  await page.addInitScript(
    (ms) => {
      const hit = (d: unknown) => d !== undefined && +new Date(d as number) === ms;
      const proto = Intl.DateTimeFormat.prototype;
      const formatToParts = proto.formatToParts;
      proto.formatToParts = function (this: Intl.DateTimeFormat, d?: number | Date) {
        if (hit(d)) throw new RangeError('this date cannot be drawn');
        return formatToParts.call(this, d);
      };
      const format = Object.getOwnPropertyDescriptor(proto, 'format')!.get!;
      Object.defineProperty(proto, 'format', {
        configurable: true,
        get(this: Intl.DateTimeFormat) {
          const f = format.call(this) as (d?: number | Date) => string;
          return (d?: number | Date) => {
            if (hit(d)) throw new RangeError('this date cannot be drawn');
            return f(d);
          };
        },
      });
    },
    Date.parse(`${iso}T00:00:00Z`),
  );
}

test('a pane that cannot draw a record says so and offers "Reset view"; the rest of the page keeps working, after a reload too', async ({ page }) => {
  const t = structuredClone(servedTimeline());
  const bad = t.events[1];
  bad.conflicts = [{ value: '1999-01-01', precision: 'day', doc: bad.mentions[0].doc, text: 'on New Year’s Day 1999' }];
  await serve(page, 'fault.json', t);
  await poisonDate(page, '1999-01-01');
  await openExplorer(page, '/?data=fault.json');
  const rows = page.getByRole('table', { name: 'Events' }).locator('tbody tr');
  await rows.getByRole('link', { name: bad.title, exact: true }).click();
  const failed = page.getByRole('alert', { name: 'The event details failed' });
  await expect(failed).toContainText('The event details could not be shown');
  await expect(failed).toContainText('this date cannot be drawn');
  // the rest works: the timeline, the list, the filters (back in their column once the details close), and
  // another event's details
  await expect(page.locator('.vis-item').filter({ visible: true }).first()).toBeVisible();
  await page.keyboard.press('Escape');
  const countLine = page.getByRole('status').filter({ hasText: /^\d+ of \d+ events$/ });
  await page.getByRole('region', { name: 'Filters' }).getByRole('checkbox').first().check();
  await expect(countLine).not.toHaveText(`${t.events.length} of ${t.events.length} events`);
  await page.getByRole('region', { name: 'Filters' }).getByRole('checkbox').first().uncheck();
  await rows.getByRole('link', { name: t.events[0].title, exact: true }).click();
  await expect(page.getByRole('region', { name: 'Event details' })).toContainText(t.events[0].title);

  // the failing view is in the address: reloading it shows the same message and way out, never a blank page
  await page.goto(`/?data=fault.json&event=${encodeURIComponent(bad.id)}&lanes=actor`);
  await expect(failed).toBeVisible();
  await expect(page.locator('.vis-item').filter({ visible: true }).first()).toBeVisible();
  await page.screenshot({ path: 'e2e/screenshots/hostile-pane-failed.png' });
  await failed.getByRole('button', { name: 'Reset view' }).click();
  await expect(failed).toHaveCount(0);
  // the failing view is gone from the address: no event, no lanes (the plain view's own fit may write its window)
  const after = new URL(page.url()).searchParams;
  expect([...after.keys()].filter((k) => k !== 'start' && k !== 'end')).toEqual(['data']);
  expect(after.get('data')).toBe('fault.json');
  await expect(page.getByRole('region', { name: 'Event details' })).toHaveCount(0);
  await page.reload();
  await expect(page.locator('.vis-item').filter({ visible: true }).first()).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('a ?data= value that is not a file beside the app is refused and said so, not replaced by timeline.json', async ({ page }) => {
  await page.goto('/?data=https://evil.example/x.json');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('"?data=https://evil.example/x.json" was not opened');
  await expect(page.locator('.vis-item')).toHaveCount(0);
  await page.goto('/?data=../package.json');
  await expect(alert).toContainText('"?data=../package.json" was not opened');
});

test('a timeline file that is there but holds a web page is named as not a timeline, not as missing', async ({ page }) => {
  await page.route('**/saved.json', (route) => route.fulfill({ contentType: 'application/json', body: '<!doctype html><title>Saved</title><p>Saved page' }));
  await page.goto('/?data=saved.json');
  await expect(page.getByRole('alert')).toContainText('saved.json is not a timeline file: it holds markup');
  await page.goto('/?data=no-such-file.json');
  await expect(page.getByRole('alert')).toContainText('Could not load no-such-file.json: the site has no such timeline file.');
});

test('the page loads and works under its Content-Security-Policy without a single violation', async ({ page }) => {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __violations: string[] }).__violations = seen;
    document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  const cdp = await page.context().newCDPSession(page);
  const issues: string[] = [];
  cdp.on('Audits.issueAdded', (e) => {
    if (e.issue.code === 'ContentSecurityPolicyIssue') issues.push(JSON.stringify(e.issue.details.contentSecurityPolicyIssueDetails));
  });
  await cdp.send('Audits.enable');
  const messages: string[] = [];
  page.on('console', (m) => {
    if (/content.security.policy|unsafe-eval|refused to/i.test(m.text())) messages.push(m.text());
  });
  await openExplorer(page);
  await page.getByRole('table', { name: 'Events' }).locator('tbody tr').first().getByRole('link').click();
  await expect(page.getByRole('region', { name: 'Event details' }).getByRole('heading', { level: 2 })).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { __violations: string[] }).__violations)).toEqual([]);
  expect(issues).toEqual([]);
  expect(messages).toEqual([]);
});

test('a 5,000-character title of one unbroken word keeps the details’ × on screen, on a phone and a projector', async ({ page }) => {
  const t = structuredClone(servedTimeline());
  const long = t.events[t.events.length - 1];
  long.title = 'A'.repeat(5000);
  await serve(page, 'long-title.json', t);
  for (const viewport of [
    { width: 390, height: 844 },
    { width: 1280, height: 720 },
  ]) {
    await page.setViewportSize(viewport);
    await openExplorer(page, `/?data=long-title.json&event=${encodeURIComponent(long.id)}`);
    const details = page.getByRole('region', { name: 'Event details' });
    const title = details.getByRole('heading', { level: 2 });
    await expect(title).toHaveText(long.title);
    // the × is where a finger or a pointer reaches it, and the title stays inside the pane
    await expect(details.getByRole('button', { name: 'Close details' })).toBeInViewport({ ratio: 1 });
    const pane = (await page.locator('.side').boundingBox())!;
    const head = (await title.boundingBox())!;
    expect(head.x + head.width).toBeLessThanOrEqual(pane.x + pane.width);
    // the sticky head leaves the sources room
    expect(head.height).toBeLessThan(pane.height / 2);
    await details.getByRole('button', { name: 'Close details' }).click();
    await expect(details).toHaveCount(0);
  }
});
