/**
 * Hostile and broken input in the browser (issue 6): document text is untrusted. A timeline built by the
 * real extractor from documents full of markup, and a hand-edited one with markup in its titles and
 * actor names, are opened; every event is hovered and selected, the reader and the list are shown, and
 * no payload runs, while the markup stays visible as text.
 */
import { expect, test, type Page } from '@playwright/test';
import { buildTimeline } from '../src/extract/pipeline';
import type { TimelineFile } from '../src/schema/timeline';
import { moreAction, openExplorer, servedTimeline } from './support';

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
  await serve(page, 'future.json', { ...servedTimeline(), schemaVersion: 7 as unknown as 1 });
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
