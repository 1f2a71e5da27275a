import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { TimelineFileSchema } from '../src/schema/timeline';
import { CSV_COLUMNS, neutraliseCell } from '../src/app/export/csv';
import { parseCsv } from '../src/app/export/parseCsv';
import { IMAGE_SCALE, imageSize } from '../src/app/export/timelinePng';
import { actorNamed, moreAction, openExplorer, servedTimeline } from './support';

const timeline = servedTimeline();
const { actor, events } = actorNamed(timeline, 'Kim Jong Un');

async function download(page: Page, button: string) {
  const action = await moreAction(page, button);
  const [file] = await Promise.all([page.waitForEvent('download'), action.click()]);
  return { name: file.suggestedFilename(), bytes: readFileSync((await file.path())!) };
}

test.beforeEach(async ({ page }) => {
  expect(events.length).toBeLessThan(timeline.events.length);
  await openExplorer(page, `/?actor=${encodeURIComponent(actor.id)}`);
});

test('Export CSV: one row per filtered event, titles and actors as written (formula cells neutralised)', async ({ page }) => {
  const { name, bytes } = await download(page, 'Export CSV');
  expect(name).toMatch(/\.csv$/);
  const rows = parseCsv(bytes.toString('utf8'));
  expect(rows[0]).toEqual([...CSV_COLUMNS]);
  const col = (c: (typeof CSV_COLUMNS)[number]) => CSV_COLUMNS.indexOf(c);
  expect(rows.slice(1).map((r) => r[col('id')])).toEqual(events.map((e) => e.id));
  expect(rows.slice(1).map((r) => r[col('title')])).toEqual(events.map((e) => neutraliseCell(e.title)));
  for (const row of rows.slice(1)) expect(row).toHaveLength(CSV_COLUMNS.length);
  expect(rows.slice(1).every((r) => r[col('actors')].includes(actor.name))).toBe(true);
});

test("Export JSON: the contract's shape with only the filtered events and what they reference; it validates", async ({ page }) => {
  const { name, bytes } = await download(page, 'Export JSON');
  expect(name).toMatch(/\.json$/);
  const file = JSON.parse(bytes.toString('utf8'));
  const parsed = TimelineFileSchema.safeParse(file);
  expect(parsed.success, parsed.success ? '' : JSON.stringify(parsed.error.issues[0])).toBe(true);
  expect(file.events.map((e: { id: string }) => e.id)).toEqual(events.map((e) => e.id));
  const docs = new Set(events.flatMap((e) => e.mentions.map((m) => m.doc)));
  const actors = new Set(events.flatMap((e) => e.actors));
  expect(new Set(file.documents.map((d: { id: string }) => d.id))).toEqual(docs);
  expect(new Set(file.actors.map((a: { id: string }) => a.id))).toEqual(actors);
  // one file, whatever the site serves in two parts: each document with its text, no texts file named
  expect(file.texts).toBeUndefined();
  for (const d of file.documents as Array<{ id: string; text: string }>) expect(d.text).toBe(timeline.documents.find((t) => t.id === d.id)!.text);
});

test('Export image: a PNG at twice the size of the timeline with its caption and key, that decodes to a drawn picture', async ({ page }) => {
  const box = (await page.locator('.timeline-host').boundingBox())!;
  const { name, bytes } = await download(page, 'Export image');
  expect(name).toMatch(/\.png$/);
  expect(bytes.subarray(1, 4).toString()).toBe('PNG');
  // IHDR: width and height, big-endian, at bytes 16 and 20
  const size = imageSize(box.width, box.height);
  expect(bytes.readUInt32BE(16)).toBe(size.width * IMAGE_SCALE);
  expect(bytes.readUInt32BE(20)).toBe(size.height * IMAGE_SCALE);
  const decoded = await page.evaluate(async (b64) => {
    // (fetch of a data: URL is refused by the page's CSP connect-src, rightly)
    const blob = new Blob([Uint8Array.from(atob(b64), (c) => c.charCodeAt(0))], { type: 'image/png' });
    const bitmap = await createImageBitmap(blob);
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const ctx = canvas.getContext('2d')!;
    ctx.drawImage(bitmap, 0, 0);
    const data = ctx.getImageData(0, 0, bitmap.width, bitmap.height).data;
    const colours = new Set<number>();
    for (let i = 0; i < data.length; i += 4 * 7) colours.add((data[i] << 16) | (data[i + 1] << 8) | data[i + 2]);
    return { width: bitmap.width, height: bitmap.height, colours: colours.size };
  }, bytes.toString('base64'));
  expect(decoded).toMatchObject({ width: size.width * IMAGE_SCALE, height: size.height * IMAGE_SCALE });
  // a drawn timeline (axis text, items, grid), not a blank rectangle
  expect(decoded.colours).toBeGreaterThan(20);
  await page.setContent(`<img src="data:image/png;base64,${bytes.toString('base64')}" style="width:${size.width}px">`);
  await page.screenshot({ path: 'e2e/screenshots/export-image-filtered.png' });
});

test('Export image: the caption says which events the picture shows (the filters in words, as the handout says them)', async ({ page }) => {
  // what the picture's canvas writes, recorded as it is drawn
  await page.addInitScript(() => {
    const drawn: string[] = [];
    (window as unknown as { drawnText: string[] }).drawnText = drawn;
    const fill = CanvasRenderingContext2D.prototype.fillText;
    CanvasRenderingContext2D.prototype.fillText = function (text: string, x: number, y: number, max?: number) {
      drawn.push(text);
      return max === undefined ? fill.call(this, text, x, y) : fill.call(this, text, x, y, max);
    };
  });
  await openExplorer(page, `/?actor=${encodeURIComponent(actor.id)}`);
  await download(page, 'Export image');
  const drawn = await page.evaluate(() => (window as unknown as { drawnText: string[] }).drawnText);
  // a picture of one actor's events said how many it showed and nothing of whose
  expect(drawn.some((t) => t.includes(`Only events with ${actor.name}`))).toBe(true);
});
